#pragma once

#include <QTextBrowser>

namespace plumbline {

class WorkspaceService;
struct Integration;

// The dashboard's Definition tab (ARCHITECTURE.md, "The window"): the integration as defined and documented (sides,
// direction, middleware, owner, mappings, checks, purpose, runbook). A refresh keeps the scroll position.
class DashboardDefinitionTab final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDefinitionTab)

public:
    explicit DashboardDefinitionTab(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~DashboardDefinitionTab() override;

    void refresh(const Integration& integration);

private:
    WorkspaceService& m_workspace;
};

} // namespace plumbline
