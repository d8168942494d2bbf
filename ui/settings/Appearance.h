#pragma once

#include <Severity.h>
#include <settings/AppSettings.h>

#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace plumbline {

// The application-wide look: the theme (the system's style and colours, or Fusion with a light or dark palette) and
// the application icon, which the window, dialogs and tray share.
class Appearance final
{
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    // Remembers the system's style and palette so that "System" can return to them.
    explicit Appearance(QApplication& app);

    void applyTheme(AppSettings::Theme theme);
    AppSettings::Theme theme() const { return m_theme; }

    // The application icon: the PNG sizes embedded in every build, plus the SVG where Qt can draw it.
    static QIcon appIcon();
    // The tray's icon: the application icon with a status dot in the corner unless everything is OK.
    static QIcon trayIcon(Severity severity);
    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QApplication& m_app;
    QString m_systemStyle;
    QPalette m_systemPalette;
    AppSettings::Theme m_theme = AppSettings::Theme::System;
};

} // namespace plumbline
