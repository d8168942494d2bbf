#pragma once

#include <QTreeWidget>

namespace plumbline {

class HistoryService;
class WorkspaceService;
struct Integration;

// The dashboard's Schema changes tab (ARCHITECTURE.md, "The window"): the field schema history of both sides, one
// branch each. A refresh keeps the current row, which sides are open and the scroll position.
class DashboardSchemaTab final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardSchemaTab)

public:
    explicit DashboardSchemaTab(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~DashboardSchemaTab() override;

    void setHistory(HistoryService* history);
    // Re-reads both sides' schema history.
    void refresh(const Integration& integration);

private:
    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
};

} // namespace plumbline
