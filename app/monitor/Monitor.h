#pragma once

#include <AlertEngine.h>
#include <HealthFacts.h>
#include <MonitorRecords.h>
#include <RuleSettings.h>
#include <notify/Outbox.h>

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace plumbline {

class MonitorRepository;
class Poller;
class ValueRepository;
struct PollOutcome;
class WorkspaceRepository;

struct SideHealth
{
    QString connectionId;
    SideSample sample;
};

struct IntegrationHealth
{
    QString id;
    Severity status = Severity::Unknown;
    SideHealth source;
    SideHealth destination;
    QList<Finding> findings; // its own and those of the connections it uses
    std::optional<ValueCheckResult> values; // the latest value check, when one ran
};

struct ConnectionHealth
{
    QString id;
    Severity status = Severity::Unknown;
    std::optional<ConnectionFacts> facts;
    QList<Finding> findings;
};

// The outcome of one poll cycle: what `plumbline check` prints and the window shows.
struct CycleReport
{
    QDateTime generatedAt;
    Severity status = Severity::Ok;
    QList<IntegrationHealth> integrations;
    QList<ConnectionHealth> connections;
    // Set when the results could not be stored or the store could not be read: every integration is then reported
    // Unknown with a `store_failure` finding, never OK on the strength of an old history.
    QString storeError;
    // Findings about the monitor itself beyond its heartbeat: notifications that fail (rule notification_failure).
    QList<Finding> monitorFindings;
};

// Polls, stores, evaluates and alerts (ARCHITECTURE.md, "Monitoring"): a cycle polls integrations through the Poller,
// writes the samples and facts in one batch, runs the health rules over the stored history, records the findings, and
// feeds them to the alert engine, whose transitions are stored and announced. The scheduler runs each integration on
// its interval with jitter and backs off after failures; a missed interval (laptop asleep) polls once, not N times.
class Monitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Monitor)

public:
    Monitor(WorkspaceRepository& workspace, MonitorRepository& history, Poller& poller, AlertEngine& alerts,
        QObject* parent = nullptr);
    ~Monitor() override;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    void setDefaults(const RuleSettings& defaults) { m_defaults = defaults; }
    void setOsUser(const QString& user)
    {
        m_osUser = user;
        m_self.osUser = user;
    }
    void setRetention(const RetentionSettings& retention) { m_retention = retention; }
    // The value checks' history (ARCHITECTURE.md §12): value_drift reads the latest check, reports carry it.
    void setValueHistory(const ValueRepository* values) { m_values = values; }
    // Notifications (ARCHITECTURE.md §14): the outbox rows announcing alert changes, written with them; and the
    // monitor's own findings about its notifications, added to every report.
    using OutboxPlanner = std::function<QList<OutboxEntry>(const QList<AlertTransition>&, const QDateTime&)>;
    void setOutboxPlanner(OutboxPlanner planner) { m_planner = std::move(planner); }
    using MonitorFindings = std::function<QList<Finding>(const QDateTime&)>;
    void setMonitorFindings(MonitorFindings findings) { m_monitorFindings = std::move(findings); }

    // Polls now: the given integrations (all when empty); `done` gets the report once everything is stored.
    void runCycle(const QStringList& integrationIds, std::function<void(const CycleReport&)> done);

    // Scheduled polling. Only the process that holds the workspace's `poller` lease in the store polls on schedule
    // (ARCHITECTURE.md, "Monitoring"); the others follow the store (cycleFinished with the stored state when another
    // process wrote) and take the lease over when its holder stops, dies or lets it expire. runCycle (check, Run now)
    // polls whatever the lease says.
    void start();
    void stop();
    // What this process is, as others see it: "window" or "run".
    void setLeaseKind(const QString& kind) { m_self.kind = kind; }
    bool isLeading() const { return m_leading; }
    // Who polls this workspace (from the store), or nothing when nobody holds the lease.
    std::optional<LeaseHolder> poller() const;
    // How long the lease lasts without renewal: the shortest interval, between 10 s and 5 min.
    qint64 leaseTtlMs() const;
    void pause();
    void resume();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isPolling() const { return m_inFlight > 0; }

    // Builds the report from what is stored (no polling): the window on start-up. When the stored heartbeat is
    // older than the polling should allow, a `stale` finding says that the monitor itself has stopped.
    CycleReport report(const QStringList& integrationIds = {}) const;

    AlertEngine& alerts() { return m_alerts; }
    QList<AlertTransition> acknowledge(qint64 alertId);
    QList<AlertTransition> snooze(qint64 alertId, const QDateTime& until);

Q_SIGNALS:
    void cycleFinished(const CycleReport& report);
    void alertTransitions(const QList<AlertTransition>& transitions);
    void pollingChanged(bool polling);
    void storeError(const QString& message);
    // This process started (true) or stopped (false) polling on schedule; poller() says who does.
    void leadershipChanged(bool leading);

private:
    void tick();
    void scheduleNext();
    void checkLease();
    void becomeLeader(const QDateTime& now);
    void becomeFollower();
    void followStore();
    // Every integration of the report becomes Unknown with one store_failure finding saying why.
    void markUnsaved(CycleReport& report, const QString& error) const;
    void finishCycle(const QList<PollOutcome>& outcomes, std::function<void(const CycleReport&)> done);
    QList<Finding> evaluateIntegration(const QString& id, const QDateTime& now) const;
    QList<Finding> evaluateConnection(const QString& id, const QDateTime& now) const;
    // `polled`: the samples of this cycle when they could not be stored (else the latest stored ones are shown).
    CycleReport buildReport(const QStringList& ids, const QHash<QString, QList<Finding>>& integrationFindings,
        const QHash<QString, QList<Finding>>& connectionFindings, const QDateTime& now,
        const QHash<QString, Sample>& polled = {}) const;
    void storeTransitions(QList<AlertTransition> transitions);

    WorkspaceRepository& m_workspace;
    MonitorRepository& m_history;
    OutboxPlanner m_planner;
    MonitorFindings m_monitorFindings;
    Poller& m_poller;
    AlertEngine& m_alerts;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_random;
    RuleSettings m_defaults;
    QString m_osUser;

    QTimer m_timer;
    bool m_running = false;
    bool m_paused = false;
    int m_inFlight = 0;
    QHash<QString, QDateTime> m_due; // integration id -> next poll
    QHash<QString, int> m_failures; // consecutive failed polls, for backoff
    QHash<QString, QDateTime> m_lastPoll; // integration id -> last poll start (runs since, schema cadence)
    QHash<QString, QDateTime> m_lastSchema;
    RetentionSettings m_retention;
    const ValueRepository* m_values = nullptr;
    QDateTime m_lastPrune;

    QTimer m_leaseTimer;
    LeaseHolder m_self; // this process, as recorded in the lease
    bool m_leading = false;
    bool m_followed = false; // another process polled while this one watched (see becomeLeader)
    qint64 m_seenDataVersion = -1;
};

} // namespace plumbline
