#pragma once

#include <Finding.h>
#include <Integration.h>
#include <IntegrationTableModel.h>

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace plumbline {

class DashboardDefinitionTab;
class DashboardMappingsTab;
class DashboardOverviewTab;
class DashboardRunLogTab;
class DashboardSchemaTab;
class DashboardValuesTab;
class HistoryService;
class Monitor;
class ValueChecker;
class WorkspaceService;

// The selected integration's dashboard (ARCHITECTURE.md, "The window"): a header with its state and the two sides, and
// tabs for the overview (charts and current findings with their alerts: acknowledge, snooze), the mappings' states, the
// value checks (match rate, fields, examples; Compare now), the schema change history, the run and error log, and the
// definition, each its own widget (Dashboard*Tab). Reads the definition from the workspace once per refresh and hands
// it to the tabs, which read the history they show; acts through the Monitor. refresh() keeps the tab, and each tab its
// selections and scroll positions, so a finished poll never throws the reader back to the top.
class IntegrationDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationDashboard)

public:
    enum Tab
    {
        OverviewTab,
        MappingsTab,
        ValuesTab,
        SchemaTab,
        RunLogTab,
        DefinitionTab,
    };

    explicit IntegrationDashboard(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~IntegrationDashboard() override;

    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);
    // Runs the Values tab's Compare now (not owned; may be null).
    void setValueChecker(ValueChecker* checker);

    // Shows an integration (nullopt: the empty state with `emptyText`).
    void showIntegration(const std::optional<QString>& id, const QString& emptyText = {});
    std::optional<QString> integrationId() const { return m_id; }
    // The latest counts and findings the window knows for the shown integration (from the monitor's report).
    void setLiveState(const std::optional<CountSnapshot>& snapshot, const QList<Finding>& findings);
    // Re-reads everything from the stores; keeps the current tab, selections and scroll positions.
    void refresh();

    // Where the charts widget goes (the first thing on the Overview tab); holds a placeholder until then.
    QVBoxLayout* chartsSlot() const;
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void editRequested(const QString& integrationId);
    // A finding card's primary action on one of the integration's connections (DashboardOverviewTab).
    void signInRequested(const QString& connectionId);
    void setKeyRequested(const QString& connectionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createHeader();
    void updateHeader();
    void updateRunButton();

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    std::optional<QString> m_id;
    std::optional<Integration> m_integration; // read once per refresh
    bool m_dirty = false; // a refresh was asked for while hidden
    std::optional<CountSnapshot> m_snapshot;
    QList<Finding> m_findings;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_statusWord = nullptr;
    QLabel* m_sides = nullptr;
    QLabel* m_checked = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_runNow = nullptr;
    QPushButton* m_edit = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardOverviewTab* m_overview = nullptr;
    DashboardMappingsTab* m_mappings = nullptr;
    DashboardValuesTab* m_values = nullptr;
    DashboardSchemaTab* m_schema = nullptr;
    DashboardRunLogTab* m_runLog = nullptr;
    DashboardDefinitionTab* m_definition = nullptr;
};

} // namespace plumbline
