#include "SettingsController.h"

#include "../MainWindow.h"
#include "SettingsDialog.h"

#include <Translations.h>

#include <QApplication>
#include <QTimer>

namespace plumbline {

SettingsController::SettingsController(
    QApplication& app, Translations& translations, AppSettings settings, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_translations(translations)
    , m_settings(std::move(settings))
    , m_dataDir(std::move(dataDir))
    , m_appearance(app)
{
}

SettingsController::~SettingsController() = default;

QLocale SettingsController::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void SettingsController::applyStored()
{
    m_values = m_settings.load();
    applyLanguage(m_values.language);
    m_appearance.applyTheme(m_values.theme);
}

void SettingsController::applyLanguage(const QString& language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    m_translations.install(m_app, locale);
}

MainWindow* SettingsController::createWindow()
{
    Q_ASSERT(m_factory);
    m_window = m_factory();
    m_window->setWindowIcon(Appearance::appIcon());
    Q_EMIT windowCreated(m_window.get());
    return m_window.get();
}

void SettingsController::destroyWindow()
{
    m_window.reset();
}

void SettingsController::openSettings()
{
    SettingsDialog dialog(m_settings, m_dataDir, m_window.get());
    connect(&dialog, &SettingsDialog::applied, this, &SettingsController::apply);
    connect(&dialog, &SettingsDialog::notificationsPageRequested, this, [this] {
        if (m_window)
            m_window->showPage(MainWindow::Page::Notifications);
    });
    dialog.exec();
}

void SettingsController::apply(const AppSettings::Values& values)
{
    const AppSettings::Values before = m_values;
    m_values = values;
    if (values.theme != before.theme)
        m_appearance.applyTheme(values.theme);
    if (values.language != before.language) {
        applyLanguage(values.language);
        if (m_window && !m_rebuildQueued) {
            m_rebuildQueued = true;
            QTimer::singleShot(0, this, &SettingsController::rebuildWindow);
        }
    }
    Q_EMIT applied(values);
}

void SettingsController::rebuildWindow()
{
    m_rebuildQueued = false;
    // Wait until the settings dialog (a child of the old window) has closed.
    if (QApplication::activeModalWidget()) {
        m_rebuildQueued = true;
        QTimer::singleShot(50, this, &SettingsController::rebuildWindow);
        return;
    }
    if (!m_window || !m_factory)
        return;
    std::unique_ptr<MainWindow> old = std::move(m_window);
    const MainWindow::Page page = old->currentPage();
    const QByteArray geometry = old->saveGeometry();
    const bool visible = old->isVisible();
    const Qt::WindowStates state = old->windowState();
    createWindow();
    m_window->restoreGeometry(geometry);
    m_window->showPage(page);
    if (visible) {
        m_window->setWindowState(state);
        m_window->show();
        m_window->activateWindow();
    }
    old->hide();
    old.release()->deleteLater();
}

} // namespace plumbline
