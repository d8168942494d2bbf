#pragma once

#include <AlertEngine.h>

#include <QObject>
#include <memory>

class QSystemTrayIcon;
class QMenu;

namespace plumbline {

// The tray icon shows the worst open alert; each alert state change that should reach a person becomes one desktop
// notification. Without a system tray (some desktops, CI) it stays silent and the window's status bar still tells.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setWorst(Severity severity);
    Severity worst() const { return m_worst; }
    // Returns the notification texts shown (for tests and the log view).
    QStringList notify(
        const QList<AlertTransition>& transitions, const std::function<QString(const QString&)>& subjectName);

Q_SIGNALS:
    void showWindowRequested();

private:
    std::unique_ptr<QSystemTrayIcon> m_tray;
    std::unique_ptr<QMenu> m_menu;
    Severity m_worst = Severity::Ok;
};

} // namespace plumbline
