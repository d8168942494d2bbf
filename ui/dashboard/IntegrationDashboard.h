#pragma once

#include <Finding.h>
#include <Integration.h>
#include <IntegrationTableModel.h>

#include <QWidget>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QVBoxLayout;

namespace plumbline {

class DashboardCharts;
class MappingStateModel;
class Monitor;
class HistoryService;
class RunLogModel;
class WorkspaceService;
struct Alert;

// The selected integration's dashboard (ARCHITECTURE.md, "The window"): a header with its state and the two sides, and
// tabs for the overview (charts and current findings with their alerts: acknowledge, snooze), the mappings' states, the
// schema change history, the run and error log, and the definition. Reads definitions from the workspace and
// history from the monitor's store; acts through the Monitor. refresh() keeps the tab, selections and scroll
// positions, so a finished poll never throws the reader back to the top.
class IntegrationDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationDashboard)

public:
    enum Tab
    {
        OverviewTab,
        MappingsTab,
        SchemaTab,
        RunLogTab,
        DefinitionTab,
    };

    explicit IntegrationDashboard(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~IntegrationDashboard() override;

    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);

    // Shows an integration (nullopt: the empty state with `emptyText`).
    void showIntegration(const std::optional<QString>& id, const QString& emptyText = {});
    std::optional<QString> integrationId() const { return m_id; }
    // The latest counts and findings the window knows for the shown integration (from the monitor's report).
    void setLiveState(const std::optional<CountSnapshot>& snapshot, const QList<Finding>& findings);
    // Re-reads everything from the stores; keeps the current tab, selections and scroll positions.
    void refresh();

    // Where the charts widget goes (the first thing on the Overview tab); holds a placeholder until then.
    QVBoxLayout* chartsSlot() const { return m_chartsSlot; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void editRequested(const QString& integrationId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createOverviewTab();
    QWidget* createMappingsTab();
    QWidget* createSchemaTab();
    QWidget* createRunLogTab();
    void updateHeader();
    void updateFindings();
    void updateMappings();
    void updateSchemaChanges();
    void updateRunLog();
    void updateDefinition();
    void updatePaging();
    void updateRunButton();
    QFrame* findingCard(const Finding& finding, const std::optional<Alert>& alert, QWidget* parent);
    std::optional<Alert> openAlertFor(const Finding& finding) const;
    void acknowledge(qint64 alertId);
    void snooze(qint64 alertId, const QDateTime& until);
    void copyRunLogSelection();

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    std::optional<QString> m_id;
    std::optional<Integration> m_integration; // read once per refresh
    bool m_dirty = false; // a refresh was asked for while hidden
    std::optional<CountSnapshot> m_snapshot;
    QList<Finding> m_findings;
    QString m_findingsKey; // what the cards show, to rebuild them only when something changed

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
    QScrollArea* m_overviewScroll = nullptr;
    QVBoxLayout* m_chartsSlot = nullptr;
    DashboardCharts* m_charts = nullptr; // created once the history is known
    QString m_chartsIntegration; // whose history the charts show
    QVBoxLayout* m_findingsLayout = nullptr;
    QWidget* m_findingsBox = nullptr;
    MappingStateModel* m_mappingModel = nullptr;
    QTableView* m_mappingTable = nullptr;
    QLabel* m_mappingNote = nullptr;
    QTreeWidget* m_schemaTree = nullptr;
    RunLogModel* m_runLogModel = nullptr;
    QTableView* m_runLogTable = nullptr;
    QComboBox* m_runLogCategory = nullptr;
    QLineEdit* m_runLogFilter = nullptr;
    QPushButton* m_previousPage = nullptr;
    QPushButton* m_nextPage = nullptr;
    QLabel* m_pageLabel = nullptr;
    QTextBrowser* m_definition = nullptr;
};

} // namespace plumbline
