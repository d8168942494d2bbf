#pragma once

#include <settings/AppSettings.h>

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace plumbline {

// Settings › Preferences: language, theme, desktop notifications (channels are on the Notifications page), defaults for
// new integrations' checks, retention, the data folder and "start minimised to the tray". OK and Apply validate
// everything first: an invalid value is shown inline next to its field and nothing is saved. A successful save emits
// `applied` so the application can act on it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const AppSettings& settings, QString dataDir, QWidget* parent = nullptr);

    // The values the form shows now (not necessarily saved).
    AppSettings::Values values() const;
    // Validates and saves; false (with the error shown) when something is refused.
    bool apply();
    void accept() override;

    // Test seam: how a folder is opened (default: QDesktopServices).
    void setFolderOpener(std::function<bool(const QString&)> opener) { m_openFolder = std::move(opener); }

Q_SIGNALS:
    void applied(const plumbline::AppSettings::Values& values);
    // "Open Notifications": the channels are the workspace's, set up on the Notifications page.
    void notificationsPageRequested();

private:
    void load(const AppSettings::Values& values);
    void setDirty(bool dirty);

    const AppSettings& m_settings;
    QString m_dataDir;
    std::function<bool(const QString&)> m_openFolder;

    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_startMinimised = nullptr;
    QCheckBox* m_desktop = nullptr;
    QSpinBox* m_interval = nullptr;
    QDoubleSpinBox* m_tolerancePct = nullptr;
    QSpinBox* m_toleranceAbs = nullptr;
    QSpinBox* m_lagGrace = nullptr;
    QSpinBox* m_rawDays = nullptr;
    QSpinBox* m_hourlyDays = nullptr;
    QLineEdit* m_dataFolder = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace plumbline
