#pragma once

#include <QDateTime>
#include <QWidget>
#include <functional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace plumbline {

class ApiVersionCalendarModel;
class Monitor;
class HistoryService;
class StatusIconProxy;
class WorkspaceService;

// The API versions page (ARCHITECTURE.md, "The window"): every connection's API version and its known deadlines,
// soonest first, with a status dot by urgency. Rebuilt in place after each poll cycle and on workspace changes.
class ApiVersionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiVersionsPage)

public:
    explicit ApiVersionsPage(WorkspaceService& workspace, QWidget* parent = nullptr);

    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    ApiVersionCalendarModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Rows with less than 90 days left or already retired.
    int urgentCount() const;

    void reload();

Q_SIGNALS:
    void urgentCountChanged(int count);

private:
    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    std::function<QDateTime()> m_clock;
    ApiVersionCalendarModel* m_model = nullptr;
    StatusIconProxy* m_icons = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    int m_lastUrgent = -1;
};

} // namespace plumbline
