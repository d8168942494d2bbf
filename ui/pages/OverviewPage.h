#pragma once

#include <Finding.h>

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace plumbline {

class IntegrationDashboard;
class IntegrationFilterProxy;
class IntegrationTableModel;
class Monitor;
class HistoryService;
class StatusIconProxy;
class ValueChecker;
class WorkspaceService;

// The overview (the Integrations page): a one-line summary of the workspace, the integrations filtered by state and
// searched (Ctrl+F), and the selected integration's dashboard below. The window keeps the table, the sidebar and the
// dashboard on the same integration: the page says which one the user picked (selectRequested) and shows the one it
// is told to (selectRow, showIntegration).
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    // `statusProxy` adds the status dots over `model` (both not owned; the sidebar shows them too).
    OverviewPage(WorkspaceService& workspace, IntegrationTableModel& model, StatusIconProxy& statusProxy,
        QWidget* parent = nullptr);

    IntegrationDashboard* dashboard() const { return m_dashboard; }
    QTableView* table() const { return m_table; }

    // The summary's "last check" comes from the history's heartbeat (not owned; may be null).
    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);
    void setValueChecker(ValueChecker* checker);
    // The time the summary line counts "last check … ago" from (default: the current time).
    void setClock(std::function<QDateTime()> clock);

    std::optional<QString> selectedIntegrationId() const;
    // Selects the model's `row` in the table, when the filter shows it.
    void selectRow(int row);
    // The dashboard shows `id` with the model's live state and the last poll's findings, or says why there is none.
    void showIntegration(const std::optional<QString>& id, const QList<Finding>& findings);
    // Puts the focus in the search field (Find integration, Ctrl+F).
    void focusSearch();
    // "No integration matches": shown when the filter and search hide every integration.
    void updateEmptyState();
    // "1 critical · 1 warning · 1 OK · last check 1 min ago"
    void updateSummary();

Q_SIGNALS:
    // The user picked the integration `id` in the table or from the search field.
    void selectRequested(const QString& id);
    // The table's current row or selection changed.
    void tableSelectionChanged();
    // The state filter or the search text changed.
    void filterChanged();
    void editRequested(const QString& id);
    // A finding card's primary action (IntegrationDashboard) on a connection.
    void signInRequested(const QString& connectionId);
    void setKeyRequested(const QString& connectionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createFilterBar(QVBoxLayout* layout);
    QWidget* createTable(QWidget* parent);
    void arrangeColumns();

    IntegrationTableModel& m_model;
    StatusIconProxy& m_statusProxy;
    HistoryService* m_history = nullptr;
    std::function<QDateTime()> m_clock;
    IntegrationFilterProxy* m_filterProxy = nullptr; // the overview's filter, search and sort
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_summaryTimer = nullptr; // keeps its "ago" current
    QTableView* m_table = nullptr;
    IntegrationDashboard* m_dashboard = nullptr;
};

} // namespace plumbline
