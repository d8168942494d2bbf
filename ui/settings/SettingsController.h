#pragma once

#include "Appearance.h"

#include <settings/AppSettings.h>

#include <QObject>
#include <functional>
#include <memory>

class QApplication;

namespace plumbline {

class MainWindow;
class Translations;

// Applies the settings to the running application and owns the main window so that a change of language can
// rebuild it: the translators are reinstalled (app/Translations) and a new window replaces the old one on the same
// page and at the same place. The composition root (GuiMain) creates the window through `setWindowFactory` and
// wires it in `windowCreated`; it applies the monitor-side settings in `applied`.
class SettingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsController)

public:
    using WindowFactory = std::function<std::unique_ptr<MainWindow>()>;

    SettingsController(QApplication& app, Translations& translations, AppSettings settings, QString dataDir,
        QObject* parent = nullptr);
    ~SettingsController() override;

    // Reads the settings file and applies the language (with QLocale's default for numbers and dates) and theme.
    void applyStored();
    const AppSettings::Values& values() const { return m_values; }
    const AppSettings& settings() const { return m_settings; }
    Appearance& appearance() { return m_appearance; }

    void setWindowFactory(WindowFactory factory) { m_factory = std::move(factory); }
    // Builds the first window (not shown).
    MainWindow* createWindow();
    MainWindow* window() const { return m_window.get(); }
    // Destroys the window while the services it uses still exist (the composition root, after the event loop).
    void destroyWindow();

    // Opens the settings dialog over the window (modal).
    void openSettings();
    // Applies values that were saved: theme at once; a new language reinstalls the translators and rebuilds the
    // window once control is back in the event loop (never under a signal of the old window).
    void apply(const AppSettings::Values& values);

    // The locale for a language setting (empty: the system's).
    static QLocale localeFor(const QString& language);

Q_SIGNALS:
    void windowCreated(plumbline::MainWindow* window);
    void applied(const plumbline::AppSettings::Values& values);

private:
    void applyLanguage(const QString& language);
    void rebuildWindow();

    QApplication& m_app;
    Translations& m_translations;
    AppSettings m_settings;
    QString m_dataDir;
    Appearance m_appearance;
    AppSettings::Values m_values;
    WindowFactory m_factory;
    std::unique_ptr<MainWindow> m_window;
    bool m_rebuildQueued = false;
};

} // namespace plumbline
