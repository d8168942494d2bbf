#include "GuiMain.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "settings/Appearance.h"
#include "settings/SettingsController.h"

#include <AlertEngine.h>
#include <AppContext.h>
#include <AppPaths.h>
#include <ResourcePaths.h>
#include <Translations.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

namespace plumbline {

namespace {

// Start-up measurement (tests/bench StartupBench): with PLUMBLINE_REPORT_FIRST_PAINT=1 the app prints
// "first_paint_ms <n>" once the main window has painted for the first time, n counted from
// PLUMBLINE_LAUNCH_EPOCH_MS (the launcher's clock, just before it started the process) when given, else from
// the start of runGui. With PLUMBLINE_EXIT_AFTER_FIRST_PAINT=1 it then quits.
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(QWidget* window, QElapsedTimer sinceStart, bool exitAfter)
        : QObject(window)
        , m_sinceStart(sinceStart)
        , m_exitAfter(exitAfter)
    {
        bool ok = false;
        m_launchEpochMs = qEnvironmentVariable("PLUMBLINE_LAUNCH_EPOCH_MS").toLongLong(&ok);
        if (!ok)
            m_launchEpochMs = 0;
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            watched->removeEventFilter(this);
            // Report once this paint has been delivered.
            QTimer::singleShot(0, this, [this] {
                const qint64 ms = m_launchEpochMs > 0 ? QDateTime::currentMSecsSinceEpoch() - m_launchEpochMs
                                                      : m_sinceStart.elapsed();
                QTextStream(stdout) << "first_paint_ms " << ms << Qt::endl;
                if (m_exitAfter)
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QElapsedTimer m_sinceStart;
    qint64 m_launchEpochMs = 0;
    bool m_exitAfter = false;
    bool m_reported = false;
};

} // namespace

int runGui(int argc, char** argv, const CommandLineOptions& options)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Plumbline"));
    QApplication::setWindowIcon(Appearance::appIcon());
    QApplication::setDesktopFileName(QStringLiteral("io.plumbline.Plumbline"));
    // Language (and with it number and date formats) and theme come from the settings file before any window.
    Translations translations;
    const bool demo = options.command == CommandLineOptions::Command::Demo;
    // The demo is throwaway: its store lives in a temporary folder and its keys in memory, never the keychain.
    QTemporaryDir demoDir;
    const QString dataDir = demo ? demoDir.path() : AppPaths::dataDir(options.dataDir);
    SettingsController settings(app, translations, AppSettings(), dataDir);
    settings.applyStored();
    // Every service comes from the composition root. The demo is throwaway: its store lives in a temporary folder
    // and its keys in memory, never the keychain.
    AppContext::Options contextOptions;
    contextOptions.databaseFile = AppPaths::databaseFile(dataDir);
    contextOptions.secrets = demo ? AppContext::Secrets::Memory : AppContext::Secrets::Keychain;
    AppContext context(contextOptions);
    if (const AppContext::Opened opened = context.open(); !opened) {
        QMessageBox::critical(
            nullptr, QApplication::translate("GuiMain", "Plumbline cannot open its workspace"), opened.message);
        return 1;
    }
    Monitor& monitor = context.monitor();

    // The demo runs the fake vendor stack in-process on a free loopback port and imports its workspace.
    MainWindow::Options windowOptions;
    windowOptions.demo = demo;
    windowOptions.dataDir = dataDir;
    if (demo && !context.startSandbox()) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Plumbline"),
            QApplication::translate("GuiMain", "The demo sandbox could not listen on 127.0.0.1."));
        return 1;
    }

    // The monitor-side settings (thresholds, retention), now and whenever they change.
    context.applySettings(settings.values());
    QObject::connect(&settings, &SettingsController::applied, &context, &AppContext::applySettings);
    // A notification given up on is said at once; one that will be retried shows on the Notifications page and, if
    // it keeps failing, as the monitor's own finding.
    QObject::connect(&context, &AppContext::notificationFailed, &settings,
        [&settings](const QString& channel, const QString& error, bool final) {
            if (!final)
                return;
            if (MainWindow* w = settings.window())
                w->showError(QApplication::translate("GuiMain", "A notification to “%1” could not be delivered: %2")
                                 .arg(channel, error));
        });

    // The tray shows the worst open alert and tells a person once per alert state change (unless switched off).
    TrayIcon tray;
    const auto showWindow = [&settings] {
        if (MainWindow* w = settings.window()) {
            w->showNormal();
            w->raise();
            w->activateWindow();
        }
    };
    QObject::connect(&tray, &TrayIcon::showWindowRequested, &settings, showWindow);
    QObject::connect(&monitor, &Monitor::alertTransitions, &tray,
        [&tray, &context, &settings](const QList<AlertTransition>& transitions) {
            if (settings.values().desktopNotifications)
                tray.notify(
                    transitions, [&context](const QString& subject) { return context.service().subjectName(subject); });
            tray.setWorst(context.alerts().worstOpen(context.clock()()));
        });

    // The window is built by the settings controller, which rebuilds it when the language changes.
    settings.setWindowFactory([&] {
        auto window = std::make_unique<MainWindow>(context, windowOptions);
        QObject::connect(window.get(), &MainWindow::demoRequested, window.get(),
            [] { QProcess::startDetached(QApplication::applicationFilePath(), { QStringLiteral("--demo") }); });
        QObject::connect(
            window.get(), &MainWindow::settingsRequested, &settings, [&settings] { settings.openSettings(); });
        return window;
    });
    MainWindow* window = settings.createWindow();
    const bool exitAfterPaint = qEnvironmentVariableIntValue("PLUMBLINE_EXIT_AFTER_FIRST_PAINT") == 1;
    if (exitAfterPaint || qEnvironmentVariableIntValue("PLUMBLINE_REPORT_FIRST_PAINT") == 1)
        new FirstPaintReporter(window, sinceStart, exitAfterPaint);
    // "Start minimised to the tray": only where there is a tray to come back from.
    if (settings.values().startMinimised && tray.isAvailable())
        window->hide();
    else if (settings.values().startMinimised)
        window->showMinimized();
    else
        window->show();

    // A notification's link (plumbline://integration/<id>, plumbline://alerts), given on the command line.
    const auto openLink = [&settings, url = options.openUrl] {
        MainWindow* w = settings.window();
        if (url.isEmpty() || !w)
            return;
        const QUrl link(url);
        const QString where = link.host().toLower();
        const QString id = link.path().mid(1);
        if (where == QStringLiteral("integration") && !id.isEmpty())
            w->openIntegration(id);
        else if (where == QStringLiteral("alerts"))
            w->showPage(MainWindow::Page::Alerts);
        else if (where == QStringLiteral("notifications"))
            w->showPage(MainWindow::Page::Notifications);
        else
            w->showError(QApplication::translate("GuiMain", "Plumbline cannot open the link %1.").arg(url));
    };

    if (demo) {
        // Definitions first, then a month of history leading up to what the sandbox reports now, then polling.
        context.loadDemo(true, &settings, [&settings, &monitor, openLink](const QString& error) {
            if (!error.isEmpty() && settings.window())
                settings.window()->showError(error);
            monitor.start();
            openLink();
        });
    } else {
        // The one webhook URL of versions before 0.2 becomes the channel "webhook", its URL moved into the keychain
        // and out of the settings file. Never in the demo: its store and keys are thrown away.
        context.migrateLegacyWebhook(settings.settings(), &settings, [&settings](const QString& error) {
            if (!error.isEmpty() && settings.window())
                settings.window()->showError(error);
        });
        monitor.start();
        openLink();
    }
    const int status = app.exec();
    // The window uses the services above; it goes first, as it did when it was a local declared after them.
    settings.destroyWindow();
    return status;
}

} // namespace plumbline
