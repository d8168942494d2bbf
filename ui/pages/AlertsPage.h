#pragma once

#include <QDateTime>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace plumbline {

class AlertFilterProxy;
class AlertTableModel;
class Monitor;
class HistoryService;
class StatusIconProxy;
class WorkspaceService;

// The Alerts page (ARCHITECTURE.md, "The window"): every alert the monitor raised, filtered by state, with bulk
// Acknowledge and Snooze and the selected alert's history below. Refreshes in place when the store's alerts change, so
// the selection survives a poll.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(WorkspaceService& workspace, QWidget* parent = nullptr);

    void setHistory(HistoryService* history);
    // Acknowledge and Snooze go through the monitor (not owned); without one they are disabled.
    void setMonitor(Monitor* monitor);
    void setClock(std::function<QDateTime()> clock);

    AlertTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    int openCount() const;
    QList<qint64> selectedAlertIds() const;

    void reload();
    void acknowledgeSelected();
    void snoozeSelected(const QDateTime& until);

    // Snooze choices: "until tomorrow 09:00" in local time, from `now`.
    static QDateTime tomorrowMorning(const QDateTime& now);

Q_SIGNALS:
    void openCountChanged(int count);

private:
    void updateActions();
    void updateTimeline();
    void updateEmptyState();
    void snoozeCustom();
    QString subjectName(const QString& subject) const;

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    std::function<QDateTime()> m_clock;
    AlertTableModel* m_model = nullptr;
    StatusIconProxy* m_icons = nullptr;
    AlertFilterProxy* m_proxy = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_snooze = nullptr;
    QLabel* m_timelineLabel = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTimer* m_clockTimer = nullptr;
    int m_lastOpenCount = -1;
};

} // namespace plumbline
