#pragma once

#include <Integration.h>
#include <values/ValueCheck.h>

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace plumbline {

class HistoryService;
class Monitor;
class ValueChecker;
class ValueFieldTableModel;
class ValueRateChart;
class WorkspaceService;

// The dashboard's Values tab (ARCHITECTURE.md §12): the latest value check of the integration in one sentence, the
// match rate over time with its interval, each mapped field's counts sorted by differences, and the redacted
// examples of the field selected. "Compare now" runs a check (ValueChecker) with its progress and Cancel, then asks
// the monitor to evaluate the integration again, so value_drift follows. Reads only stored checks (HistoryService);
// the result shows when the store says a check was written.
class DashboardValuesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardValuesTab)

public:
    explicit DashboardValuesTab(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~DashboardValuesTab() override;

    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);
    void setValueChecker(ValueChecker* checker);
    void setClock(std::function<QDateTime()> clock); // tests: "older than 14 days", the chart's range
    // Re-reads the integration's checks; keeps the selected field and the scroll position.
    void refresh(const Integration& integration);
    // Another integration: nothing of the last one stays selected.
    void resetPlace();

    // Compare now / Cancel, as the buttons do.
    void compareNow();
    void cancelCheck();
    bool isComparing() const { return m_running; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureChart();
    void reload();
    void showHeadline(const std::optional<ValueCheckResult>& latest);
    void showExamples();
    void updateButtons();
    void finishRun(const QString& integrationId, bool cancelled, bool skipped, const QString& storeError);
    QString connectionName(const QString& connectionId) const;

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    ValueChecker* m_checker = nullptr;
    std::function<QDateTime()> m_clock;
    std::optional<Integration> m_integration;
    bool m_stale = false; // refreshed while hidden: reload when shown
    std::optional<ValueCheckResult> m_latest;
    bool m_running = false; // a run this tab started
    bool m_cancelRequested = false;
    QString m_runId;

    QLabel* m_headline = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_compare = nullptr;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_splitter = nullptr; // the chart, the fields and their examples
    ValueRateChart* m_chart = nullptr; // made on the first reload (ensureChart)
    QWidget* m_chartHolder = nullptr;
    ValueFieldTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_examplesTitle = nullptr;
    QListWidget* m_examples = nullptr;
    QLabel* m_examplesNote = nullptr;
};

} // namespace plumbline
