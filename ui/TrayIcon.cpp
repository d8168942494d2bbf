#include "TrayIcon.h"

#include "StatusIcons.h"
#include "settings/Appearance.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace plumbline {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = std::make_unique<QSystemTrayIcon>(Appearance::trayIcon(Severity::Ok));
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("Show Plumbline"), this, &TrayIcon::showWindowRequested);
    m_menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Plumbline: all integrations OK"));
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setWorst(Severity severity)
{
    m_worst = severity;
    if (!m_tray)
        return;
    m_tray->setIcon(Appearance::trayIcon(severity));
    m_tray->setToolTip(severity == Severity::Ok ? tr("Plumbline: all integrations OK")
                                                : tr("Plumbline: %1").arg(severityDisplayName(severity)));
}

QStringList TrayIcon::notify(
    const QList<AlertTransition>& transitions, const std::function<QString(const QString&)>& subjectName)
{
    QStringList shown;
    for (const AlertTransition& t : transitions) {
        if (!t.notify)
            continue;
        const QString who = subjectName(t.alert.subject);
        QString title;
        switch (t.kind) {
        case AlertTransition::Kind::Resolved:
            title = tr("Resolved: %1").arg(who);
            break;
        case AlertTransition::Kind::Escalated:
            title = tr("Worse: %1 (%2)").arg(who, severityDisplayName(t.alert.severity));
            break;
        default:
            title = tr("%1: %2").arg(severityDisplayName(t.alert.severity), who);
            break;
        }
        shown << title + u'\n' + t.alert.message;
        if (m_tray) {
            m_tray->showMessage(title, t.alert.message,
                t.alert.severity == Severity::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
        }
    }
    return shown;
}

} // namespace plumbline
