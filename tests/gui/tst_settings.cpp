// The settings: AppSettings over a temporary settings file, the settings dialog, and the language switch that
// rebuilds the main window in the new language.
#include <AppContext.h>
#include <Database.h>
#include <IntegrationDialog.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <Translations.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <settings/AppSettings.h>
#include <settings/Appearance.h>
#include <settings/SettingsController.h>
#include <settings/SettingsDialog.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString fileMenuTitle(MainWindow* window)
{
    const QList<QAction*> menus = window->menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsWithoutFile();
    void roundTripAndCompatibleKeys();
    void malformedValuesFallBack();
    void badValuesRefusedNothingSaved();
    void dialogSavesValues();
    void dialogOpensNotificationsPage();
    void dialogOpensDataFolder();
    void newIntegrationStartsWithDefaultChecks();
    void themeDarkAndBack();
    void applicationIcon();
    void languageSwitchRebuildsWindow();

private:
    // Runs `fill` inside the modal dialog's own event loop once it is shown.
    void whenDialogShows(std::function<void(SettingsDialog*)> fill);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    bool m_dialogRan = false;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"plumbline.conf"_s);
    qputenv("PLUMBLINE_SETTINGS", m_file.toLocal8Bit());
}

void TestSettings::whenDialogShows(std::function<void(SettingsDialog*)> fill)
{
    m_dialogRan = false;
    auto* poll = new QTimer(this);
    poll->setInterval(10);
    auto deadline = std::make_shared<int>(500);
    connect(poll, &QTimer::timeout, this, [this, poll, fill, deadline] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (--*deadline <= 0)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        m_dialogRan = true;
        fill(dialog);
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

void TestSettings::defaultsWithoutFile()
{
    const AppSettings settings(m_file);
    QCOMPARE(settings.load(), AppSettings::Values());
    QVERIFY(!QFile::exists(m_file));
    // Without an argument, the file of PLUMBLINE_SETTINGS.
    QCOMPARE(AppSettings().fileName(), m_file);
}

void TestSettings::roundTripAndCompatibleKeys()
{
    const AppSettings settings(m_file);
    AppSettings::Values v;
    v.language = u"fr"_s;
    v.theme = AppSettings::Theme::Dark;
    v.startMinimised = true;
    v.desktopNotifications = false;
    v.intervalS = 600;
    v.tolerancePct = 3.5;
    v.toleranceAbs = 25;
    v.lagGraceS = 1200;
    v.retention.rawDays = 14;
    v.retention.hourlyDays = 0;
    QCOMPARE(settings.save(v), QString());
    QCOMPARE(settings.load(), v);
    // No secret is written to the file: the webhook URL of versions before 0.2 moved into a channel (tst_demo).
    QVERIFY(!readAll(m_file).contains("webhook"));
    const RuleSettings rules = AppSettings::ruleDefaults(v);
    QCOMPARE(rules.intervalS, 600);
    QCOMPARE(rules.tolerancePct, 3.5);
    QCOMPARE(rules.toleranceAbs, 25);
    QCOMPARE(rules.lagGraceS, 1200);
    QCOMPARE(rules.criticalPct, RuleSettings().criticalPct);
}

void TestSettings::malformedValuesFallBack()
{
    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.setValue(u"ui/language"_s, u"tlh"_s);
        raw.setValue(u"ui/theme"_s, u"purple"_s);
        raw.setValue(u"ui/start_minimised"_s, u"maybe"_s);
        raw.setValue(u"checks/interval_s"_s, u"soon"_s);
        raw.setValue(u"checks/tolerance_pct"_s, 250);
        raw.setValue(u"retention/raw_days"_s, -3);
        raw.setValue(u"retention/hourly_days"_s, 90);
    }
    const AppSettings::Values v = AppSettings(m_file).load();
    const AppSettings::Values d;
    QCOMPARE(v.language, QString());
    QCOMPARE(v.theme, AppSettings::Theme::System);
    QCOMPARE(v.startMinimised, d.startMinimised);
    QCOMPARE(v.intervalS, d.intervalS);
    QCOMPARE(v.tolerancePct, d.tolerancePct);
    QCOMPARE(v.retention.rawDays, d.retention.rawDays);
    QCOMPARE(v.retention.hourlyDays, 90);
}

void TestSettings::badValuesRefusedNothingSaved()
{
    const AppSettings settings(m_file);
    AppSettings::Values good;
    good.intervalS = 600;
    QCOMPARE(settings.save(good), QString());
    const QByteArray before = readAll(m_file);
    QVERIFY(!before.isEmpty());

    AppSettings::Values v = good;
    v.intervalS = 5;
    QVERIFY(!settings.save(v).isEmpty());
    v = good;
    v.language = u"xx"_s;
    QVERIFY(!settings.save(v).isEmpty());
    QCOMPARE(readAll(m_file), before);
    QCOMPARE(settings.load(), good);

    // The webhook URL check stays, for the channels' URLs (the Notifications page's editor).
    QCOMPARE(AppSettings::webhookUrlError(u"http://127.0.0.1:9/hook"_s), QString()); // plain http only to here
    for (const QString& bad :
        { u"http://hooks.example.com/x"_s, u"ftp://example.com/x"_s, u"not a url"_s, u"https://"_s }) {
        const QString error = AppSettings::webhookUrlError(bad);
        QVERIFY2(error.contains(u"webhook"_s, Qt::CaseInsensitive), qPrintable(bad + u" -> "_s + error));
    }
}

void TestSettings::dialogSavesValues()
{
    const AppSettings settings(m_file);
    SettingsDialog dialog(settings, m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet

    auto* theme = child<QComboBox>(&dialog, u"themeCombo"_s);
    theme->setCurrentIndex(theme->findData(u"light"_s));
    child<QCheckBox>(&dialog, u"desktopNotificationsCheck"_s)->setChecked(false);
    child<QCheckBox>(&dialog, u"startMinimisedCheck"_s)->setChecked(true);
    // Where notifications go is the Notifications page's, not a setting.
    QVERIFY(!dialog.findChild<QLineEdit*>(u"webhookEdit"_s));
    QVERIFY(child<QLabel>(&dialog, u"notificationChannelsNote"_s)->isVisible());
    child<QSpinBox>(&dialog, u"intervalSpin"_s)->setValue(900);
    child<QDoubleSpinBox>(&dialog, u"tolerancePctSpin"_s)->setValue(5.0);
    child<QSpinBox>(&dialog, u"toleranceAbsSpin"_s)->setValue(3);
    child<QSpinBox>(&dialog, u"lagGraceSpin"_s)->setValue(60);
    child<QSpinBox>(&dialog, u"rawDaysSpin"_s)->setValue(7);
    child<QSpinBox>(&dialog, u"hourlyDaysSpin"_s)->setValue(0);
    QVERIFY(buttons->button(QDialogButtonBox::Apply)->isEnabled());
    QCOMPARE(child<QSpinBox>(&dialog, u"hourlyDaysSpin"_s)->text(), SettingsDialog::tr("Forever"));
    QVERIFY(child<QLineEdit>(&dialog, u"dataFolderEdit"_s)->isReadOnly());
    // PLUMBLINE_SCREENSHOTS=<dir>: keeps a picture of the dialog in the light and dark themes.
    if (const QString shots = qEnvironmentVariable("PLUMBLINE_SCREENSHOTS"); !shots.isEmpty()) {
        Appearance appearance(*qApp);
        for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
            appearance.applyTheme(theme);
            QCoreApplication::processEvents();
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(u"settings-%1.png"_s.arg(AppSettings::themeKey(theme)))));
        }
        appearance.applyTheme(AppSettings::Theme::System);
    }

    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(applied.count(), 1);

    const AppSettings::Values v = settings.load();
    QCOMPARE(v.theme, AppSettings::Theme::Light);
    QCOMPARE(v.desktopNotifications, false);
    QCOMPARE(v.startMinimised, true);
    QCOMPARE(v.intervalS, 900);
    QCOMPARE(v.tolerancePct, 5.0);
    QCOMPARE(v.toleranceAbs, 3);
    QCOMPARE(v.lagGraceS, 60);
    QCOMPARE(v.retention.rawDays, 7);
    QCOMPARE(v.retention.hourlyDays, 0);
    QCOMPARE(applied.first().first().value<AppSettings::Values>(), v);

    // A new dialog shows what was saved.
    SettingsDialog again(settings, m_dir->path());
    QCOMPARE(again.values(), v);
}

void TestSettings::dialogOpensNotificationsPage()
{
    AppContext::Options options;
    options.databaseFile = m_dir->filePath(u"plumbline.sqlite"_s);
    options.secrets = AppContext::Secrets::Memory;
    AppContext context(options);
    QVERIFY(context.open());
    Translations translations;
    SettingsController controller(*qApp, translations, AppSettings(m_file), m_dir->path());
    controller.setWindowFactory([&] {
        return std::make_unique<MainWindow>(context, MainWindow::Options { false, m_dir->path(), {} });
    });
    MainWindow* window = controller.createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showPage(MainWindow::Page::ChangeLog);

    // A change, then "Open Notifications": the change is saved and the page shown.
    whenDialogShows([](SettingsDialog* dialog) {
        auto* interval = dialog->findChild<QSpinBox*>(u"intervalSpin"_s);
        QVERIFY(interval);
        interval->setValue(1500);
        auto* open = dialog->findChild<QPushButton*>(u"openNotificationsButton"_s);
        QVERIFY(open);
        QVERIFY(!open->accessibleName().isEmpty() || !open->text().isEmpty());
        QSignalSpy requested(dialog, &SettingsDialog::notificationsPageRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(!dialog->isVisible());
    });
    controller.openSettings();
    QVERIFY(m_dialogRan);
    QCOMPARE(window->currentPage(), MainWindow::Page::Notifications);
    QCOMPARE(AppSettings(m_file).load().intervalS, 1500);
    controller.destroyWindow();
}

void TestSettings::dialogOpensDataFolder()
{
    const AppSettings settings(m_file);
    SettingsDialog dialog(settings, m_dir->path());
    QStringList opened;
    dialog.setFolderOpener([&opened](const QString& path) {
        opened << path;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, u"dataFolderEdit"_s)->text(), QDir::toNativeSeparators(m_dir->path()));
    QTest::mouseClick(child<QPushButton>(&dialog, u"openFolderButton"_s), Qt::LeftButton);
    QCOMPARE(opened, QStringList { m_dir->path() });
    QVERIFY(child<QLabel>(&dialog, u"error_settings"_s)->isHidden());
    dialog.setFolderOpener([](const QString&) { return false; });
    QTest::mouseClick(child<QPushButton>(&dialog, u"openFolderButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, u"error_settings"_s)->isVisible());
}

void TestSettings::newIntegrationStartsWithDefaultChecks()
{
    AppContext::Options options;
    options.databaseFile = m_dir->filePath(u"plumbline.sqlite"_s);
    options.secrets = AppContext::Secrets::Memory;
    AppContext context(options);
    QVERIFY(context.open());
    AppSettings::Values v;
    v.intervalS = 1800;
    v.tolerancePct = 7.5;
    v.toleranceAbs = 42;
    v.lagGraceS = 3600;
    const Checks checks = AppSettings::newChecks(v);

    IntegrationDialog added(context.service(), std::nullopt);
    added.setNewChecks(checks);
    QCOMPARE(child<QSpinBox>(&added, u"intervalSpin"_s)->value(), 1800);
    QCOMPARE(added.integration().checks.intervalS, 1800);
    QCOMPARE(added.integration().checks.tolerancePct, 7.5);
    QCOMPARE(added.integration().checks.toleranceAbs, 42);
    QCOMPARE(added.integration().checks.lagGraceS, 3600);

    // An existing integration keeps its own.
    Integration existing;
    existing.id = u"crm-to-mail"_s;
    existing.name = u"CRM to mail"_s;
    IntegrationDialog edited(context.service(), existing);
    edited.setNewChecks(checks);
    QCOMPARE(edited.integration().checks, Checks());
}

void TestSettings::themeDarkAndBack()
{
    auto& app = *qApp;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    Appearance appearance(app);
    appearance.applyTheme(AppSettings::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    appearance.applyTheme(AppSettings::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    appearance.applyTheme(AppSettings::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void TestSettings::applicationIcon()
{
    const QIcon icon = Appearance::appIcon();
    QVERIFY(!icon.isNull());
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
    // The corner of the 64 px icon is transparent, its middle the icon's blue.
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QVERIFY(image.pixelColor(10, 32).blue() > image.pixelColor(10, 32).red());
    // The tray marks a problem with a dot, so its icon differs from the application's.
    QVERIFY(Appearance::trayIcon(Severity::Critical).pixmap(32, 32).toImage() != icon.pixmap(32, 32).toImage());
    QCOMPARE(Appearance::trayIcon(Severity::Ok).pixmap(32, 32).toImage(), icon.pixmap(32, 32).toImage());
}

void TestSettings::languageSwitchRebuildsWindow()
{
    // A real workspace on the production composition root; the window starts in English.
    AppContext::Options options;
    options.databaseFile = m_dir->filePath(u"plumbline.sqlite"_s);
    options.secrets = AppContext::Secrets::Memory;
    AppContext context(options);
    QVERIFY(context.open());
    AppSettings::Values english;
    english.language = u"en"_s;
    QCOMPARE(AppSettings(m_file).save(english), QString());

    Translations translations;
    SettingsController controller(*qApp, translations, AppSettings(m_file), m_dir->path());
    controller.applyStored();
    QCOMPARE(QLocale().language(), QLocale::English);
    int built = 0;
    controller.setWindowFactory([&] {
        ++built;
        auto window = std::make_unique<MainWindow>(context, MainWindow::Options { false, m_dir->path(), {} });
        connect(
            window.get(), &MainWindow::settingsRequested, &controller, [&controller] { controller.openSettings(); });
        return window;
    });
    QPointer<MainWindow> first = controller.createWindow();
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first.data()));
    QVERIFY(!first->windowIcon().isNull());
    first->showPage(MainWindow::Page::ChangeLog);
    QCOMPARE(fileMenuTitle(first), u"&File"_s);

    // The Settings action: Ctrl+, in the File menu, the platform's Preferences role.
    auto* action = first->findChild<QAction*>(u"actionSettings"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+,"_s));
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);

    // File › Settings…, Language: Deutsch, OK.
    whenDialogShows([](SettingsDialog* dialog) {
        auto* language = dialog->findChild<QComboBox*>(u"languageCombo"_s);
        QVERIFY(language);
        const int de = language->findData(u"de"_s);
        QVERIFY(de > 0);
        QCOMPARE(language->itemText(de), u"Deutsch"_s);
        language->setCurrentIndex(de);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(m_dialogRan);
    QCOMPARE(AppSettings(m_file).load().language, u"de"_s);

    // A new window replaces the old one, on the same page, in German.
    QTRY_VERIFY(first.isNull());
    MainWindow* second = controller.window();
    QVERIFY(second);
    QCOMPARE(built, 2);
    QVERIFY(second->isVisible());
    QCOMPARE(second->currentPage(), MainWindow::Page::ChangeLog);
    QCOMPARE(QLocale().language(), QLocale::German);
    const QString german = QCoreApplication::translate("plumbline::MainWindow", "&File");
    QVERIFY2(german != u"&File"_s,
        "The German catalogue (translations/plumbline_de.ts) has no translation of "
        "\"&File\" yet, or the German .qm was not embedded");
    QCOMPARE(fileMenuTitle(second), german);
    QCOMPARE(second->findChild<QAction*>(u"actionSettings"_s)->text(),
        QCoreApplication::translate("plumbline::MainWindow", "&Settings…"));

    // And back to English.
    AppSettings::Values back = controller.values();
    back.language = u"en"_s;
    controller.apply(back);
    QTRY_VERIFY(controller.window() != second);
    QCOMPARE(fileMenuTitle(controller.window()), u"&File"_s);
    translations.remove(*qApp);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
