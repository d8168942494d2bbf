#pragma once

#include <Finding.h>
#include <IntegrationTableModel.h>

#include <QScrollArea>
#include <optional>

class QFrame;
class QPushButton;
class QVBoxLayout;

namespace plumbline {

class DashboardCharts;
class HistoryService;
class Monitor;
class WorkspaceService;
struct Alert;
struct Integration;

// The dashboard's Overview tab (ARCHITECTURE.md, "The window"): the charts of the integration's history, then its
// current findings as cards with their alerts (acknowledge, snooze: through the Monitor) and, where there is one, the
// card's one primary action (a refused key: Sign in again… or Set key…, which the window carries out). The cards are
// rebuilt only when what they show changed, and the scroll position is kept.
class DashboardOverviewTab final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardOverviewTab)

public:
    explicit DashboardOverviewTab(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~DashboardOverviewTab() override;

    // The charts are created with the first history.
    void setHistory(HistoryService* history);
    void setMonitor(Monitor* monitor);
    // Another integration: the last one's live state and cards are forgotten, back to the top.
    void showIntegration(const QString& id);
    // The latest counts and findings the window knows; updateFindings() shows them.
    void setLiveState(const std::optional<CountSnapshot>& snapshot, const QList<Finding>& findings);
    // Re-reads the charts' history (zoom kept for the same integration) and the cards' alerts.
    void refresh(const Integration& integration);
    void updateFindings();

    // Where the charts widget goes; holds a placeholder until then.
    QVBoxLayout* chartsSlot() const { return m_chartsSlot; }

Q_SIGNALS:
    // The primary action of an `auth` card: a person signs in again, or the connection's key or client secret is set.
    void signInRequested(const QString& connectionId);
    void setKeyRequested(const QString& connectionId);

private:
    QPushButton* primaryAction(const Finding& finding, QWidget* card);
    QFrame* findingCard(const Finding& finding, const std::optional<Alert>& alert, QWidget* parent);
    std::optional<Alert> openAlertFor(const Finding& finding) const;
    void acknowledge(qint64 alertId);
    void snooze(qint64 alertId, const QDateTime& until);

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    Monitor* m_monitor = nullptr;
    QString m_id;
    std::optional<CountSnapshot> m_snapshot;
    QList<Finding> m_findings;
    QString m_findingsKey; // what the cards show, to rebuild them only when something changed

    QVBoxLayout* m_chartsSlot = nullptr;
    DashboardCharts* m_charts = nullptr; // created once the history is known
    QString m_chartsIntegration; // whose history the charts show
    QVBoxLayout* m_findingsLayout = nullptr;
    QWidget* m_findingsBox = nullptr;
};

} // namespace plumbline
