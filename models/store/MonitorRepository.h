#pragma once

#include <notify/Outbox.h>

#include "MonitorRecords.h"
#include "StoreResult.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace plumbline {

class Database;

// All SQL about the monitor's history (ARCHITECTURE.md, "Storage" and "Monitoring"): samples, rollups, connection
// facts, schema snapshots, middleware runs and states, findings, alerts, maintenance windows and the monitor's
// heartbeat. Writes go through the one writer connection of `Database`; each write is one transaction. Time ranges are
// half-open [from, to); an invalid bound is open-ended.
class MonitorRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorRepository)

public:
    explicit MonitorRepository(Database& database, QObject* parent = nullptr);
    ~MonitorRepository() override;

    // Stores one poll cycle in one transaction with reused prepared statements and adds its samples to the
    // hourly and daily rollups. All or nothing: on failure nothing of the batch is written. Rows that name an
    // integration or connection that no longer exists (deleted while the poll ran) are skipped.
    StoreResult write(const PollBatch& batch);

    // Samples
    QList<Sample> recentSamples(const QString& integrationId, int limit) const; // oldest first
    QList<Sample> samples(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    // The latest poll with both counts read (from raw samples, else from rollups: then the bucket's start).
    std::optional<QDateTime> lastSuccessfulPoll(const QString& integrationId) const;
    // The time of the integration's latest stored poll, read or not (raw samples only).
    std::optional<QDateTime> lastPoll(const QString& integrationId) const;

    // Rollups, oldest first
    QList<Rollup> hourly(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    QList<Rollup> daily(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;

    // Connections and middleware
    std::optional<ConnectionFacts> latestConnectionFacts(const QString& connectionId) const;
    QList<ConnectionFacts> connectionFacts(
        const QString& connectionId, const QDateTime& from, const QDateTime& to) const;
    std::optional<SchemaSnapshot> latestSchema(const QString& connectionId, const QString& object) const;
    QList<SchemaSnapshot> schemaHistory(const QString& connectionId, const QString& object) const; // oldest first
    std::optional<QDateTime> schemaLastSeen(const QString& connectionId, const QString& object) const;
    // Runs since `since` (inclusive), oldest first; an empty ref means every ref of the connection.
    QList<RunRecord> runs(const QString& connectionId, const QString& ref, const QDateTime& since) const;
    std::optional<MiddlewareSnapshot> latestMiddlewareState(const QString& connectionId, const QString& ref) const;

    // The monitor's heartbeat
    std::optional<MonitorHeartbeat> heartbeat() const;
    std::optional<QDateTime> lastHeartbeat() const;
    qint64 cycleCount() const;

    // Findings (kept forever), oldest first
    QList<Finding> integrationFindings(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    QList<Finding> connectionFindings(const QString& connectionId, const QDateTime& from, const QDateTime& to) const;
    // The findings of the integration's (or connection's) latest evaluated poll: none when it was polled again after
    // its newest findings (a healthy poll stores no finding).
    QList<Finding> latestIntegrationFindings(const QString& integrationId) const;
    QList<Finding> latestConnectionFindings(const QString& connectionId) const;

    // Retention: raw tiers older than now - rawDays, hourly rollups older than now - hourlyDays. One transaction.
    StoreResult prune(const QDateTime& now, const RetentionSettings& settings = {});

    // Alerts (kept forever). Stores each transition's alert (inserting new ones and writing the assigned id back
    // into `transitions`) and appends one alert event per transition, in one transaction. An alert with id 0 is
    // matched to the open alert of the same subject and rule, if any. The event's time is `at`, or when invalid
    // the alert's own timestamp for that kind of change.
    // `outbox`: the notifications announcing these changes (ARCHITECTURE.md §14), written in the same transaction so
    // neither is kept without the other.
    StoreResult saveTransitions(
        QList<AlertTransition>& transitions, const QDateTime& at = QDateTime(), const QList<OutboxEntry>& outbox = {});
    QList<Alert> openAlerts() const;
    // An empty subject means every subject. Newest first.
    QList<Alert> alerts(const QString& subject, bool includeResolved) const;
    std::optional<Alert> alert(qint64 id) const;
    QList<AlertEvent> alertEvents(qint64 alertId) const; // oldest first
    QList<AlertEvent> alertEventsForSubject(const QString& subject) const; // oldest first, with suppressed ones

    // Maintenance windows: no alerts, still polled, samples marked.
    // Returns the new window's id, or 0 with `result` set on failure.
    qint64 addMaintenanceWindow(const QString& integrationId, const QDateTime& from, const QDateTime& to,
        const QString& note, StoreResult* result = nullptr);
    StoreResult removeMaintenanceWindow(qint64 id);
    bool inMaintenance(const QString& integrationId, const QDateTime& at) const;
    QList<MaintenanceWindow> maintenanceWindows(const QString& integrationId) const; // by start

    // Leases (ARCHITECTURE.md, "Monitoring"): one process at a time holds `name`. acquire() takes it when it is free,
    // expired, or already ours, in one statement (so two processes cannot both win), and extends it to now + ttl. A
    // holder recorded on this host whose process no longer exists (killed) may be replaced at once when `takeOverDead`.
    // Returns whether `self` holds the lease afterwards; a store failure is `false` with `result` set.
    bool acquireLease(const QString& name, const LeaseHolder& self, const QDateTime& now, qint64 ttlMs,
        StoreResult* result = nullptr);
    // Gives the lease up if `holder` has it (a clean stop), so a waiting process takes over at once.
    StoreResult releaseLease(const QString& name, const QString& holder);
    std::optional<LeaseHolder> leaseHolder(const QString& name) const;
    // PRAGMA data_version: changes whenever another connection (another process) committed to the file.
    qint64 dataVersion() const;

    // Test seam: fail the write after this many statements (simulates a crash in the middle of a batch).
    void failAfterStatementsForTest(int count) { m_failAfter = count; }

Q_SIGNALS:
    void samplesWritten(const QStringList& integrationIds);
    void alertsChanged();
    // Notifications were queued with alert changes (the dispatcher wakes up).
    void outboxWritten();
    void maintenanceChanged(const QString& integrationId);

private:
    class Transaction;
    // write()'s steps, in the order they run inside its one transaction; each returns its first failure.
    struct BatchWrite;
    static StoreResult writeFailed(const QString& why);
    static StoreResult readDefinitionIds(BatchWrite& w);
    static StoreResult writeSamples(BatchWrite& w, const QList<QPair<QString, Sample>>& samples);
    static bool upsertRollups(Transaction& tx, const QString& table, const QList<QPair<QString, Rollup>>& rows);
    static StoreResult writeConnectionFacts(BatchWrite& w, const QList<ConnectionFacts>& facts);
    static StoreResult writeSchemas(BatchWrite& w, const QList<SchemaSnapshot>& schemas);
    static StoreResult writeRuns(BatchWrite& w, const QList<RunRecord>& runs);
    static StoreResult writeMiddlewareStates(BatchWrite& w, const QList<MiddlewareRecord>& states);
    static StoreResult writeFindings(
        BatchWrite& w, const QList<Finding>& findings, const std::optional<QDateTime>& heartbeat);
    static StoreResult writeHeartbeat(BatchWrite& w, const std::optional<QDateTime>& heartbeat);

    QList<Rollup> rollups(
        const QString& table, const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    QList<Finding> findingsWhere(
        const QString& column, const QString& id, const QDateTime& from, const QDateTime& to) const;
    QList<Finding> latestFindingsWhere(const QString& column, const QString& id) const;
    QList<AlertEvent> alertEventsWhere(const QString& column, const QVariant& value) const;
    QList<Alert> alertsWhere(const QString& where, const QVariantList& binds) const;

    Database& m_database;
    int m_failAfter = -1;
};

} // namespace plumbline
