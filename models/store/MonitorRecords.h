#pragma once

#include "../health/AlertEngine.h"
#include "../health/Finding.h"
#include "../health/HealthFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace plumbline {

// Plain records of the monitor's store (MonitorRepository). No Qt meta-object code here.

// The state of one middleware scenario or zap at one poll.
struct MiddlewareRecord
{
    QString connectionId;
    QString ref;
    QDateTime ts;
    MiddlewareSnapshot state;

    bool operator==(const MiddlewareRecord&) const = default;
};

// Everything one poll cycle stores: written in one transaction, all or nothing.
struct PollBatch
{
    QList<QPair<QString, Sample>> samples; // (integration id, sample)
    QList<ConnectionFacts> connectionFacts;
    QList<SchemaSnapshot> schemas; // stored only when different from the latest of its object
    QList<RunRecord> runs; // deduplicated by (connection, external id); the latest status wins
    QList<MiddlewareRecord> middleware;
    QList<Finding> findings;
    std::optional<QDateTime> heartbeat; // the monitor's own heartbeat; also counts one cycle

    bool isEmpty() const
    {
        return samples.isEmpty() && connectionFacts.isEmpty() && schemas.isEmpty() && runs.isEmpty()
            && middleware.isEmpty() && findings.isEmpty() && !heartbeat;
    }
};

// count, sum, min and max of the values that were read (unread values are not counted).
struct RollupStat
{
    qint64 n = 0;
    qint64 sum = 0;
    std::optional<qint64> min;
    std::optional<qint64> max;

    void add(std::optional<qint64> value);
    void merge(const RollupStat& other);
    std::optional<double> mean() const;
    bool operator==(const RollupStat&) const = default;
};

// One hourly or daily bucket of one integration (UTC). Buckets merge exactly: merge(a, b) equals the bucket of
// the union of their samples.
struct Rollup
{
    QDateTime bucket; // start of the bucket
    qint64 n = 0; // samples
    RollupStat source; // source counts that were read
    RollupStat destination;
    RollupStat gap; // source - destination, of samples with both counts
    qint64 errors = 0; // samples with an error or an unread count on either side
    qint64 maintenance = 0; // samples taken in a maintenance window

    void add(const Sample& sample);
    void merge(const Rollup& other);
    bool operator==(const Rollup&) const = default;
};

enum class RollupGrain
{
    Hourly,
    Daily,
};

// Start of the UTC hour or day that holds `ts`.
QDateTime rollupBucket(RollupGrain grain, const QDateTime& ts);

// Retention (ARCHITECTURE.md, "Storage"). Daily rollups, findings, alerts and schema history are kept forever.
// A value <= 0 keeps that tier forever too.
struct RetentionSettings
{
    int rawDays = 30; // samples, connection facts, middleware states and runs (the latest of each is kept)
    int hourlyDays = 365; // hourly rollups

    bool operator==(const RetentionSettings&) const = default;
};

struct MonitorHeartbeat
{
    QDateTime at;
    qint64 pid = 0;
    qint64 cycles = 0; // heartbeats recorded since the store was created

    bool operator==(const MonitorHeartbeat&) const = default;
};

// Who holds a lease (the `poller` lease: the one process that polls a workspace).
struct LeaseHolder
{
    QString holder; // a random id per process
    qint64 pid = 0;
    QString host;
    QString kind; // what the process is: "window", "run"
    QString osUser;
    QDateTime acquiredAt;
    QDateTime renewedAt;
    QDateTime expiresAt;

    bool operator==(const LeaseHolder&) const = default;
};

// One line of an alert's history.
struct AlertEvent
{
    qint64 id = 0;
    qint64 alertId = 0; // 0: suppressed before it ever opened
    QDateTime ts;
    QString subject;
    QString rule;
    AlertTransition::Kind kind = AlertTransition::Kind::Opened;
    Severity severity = Severity::Ok;
    bool notified = false;
    QString note;

    bool operator==(const AlertEvent&) const = default;
};

struct MaintenanceWindow
{
    qint64 id = 0;
    QString integrationId;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QString note;

    bool contains(const QDateTime& at) const { return at >= from && at < to; }
    bool operator==(const MaintenanceWindow&) const = default;
};

// Storage keys of alert transitions (alert_events.kind): opened, escalated, deescalated, acknowledged, snoozed,
// resolved, suppressed.
QString alertEventKindKey(AlertTransition::Kind kind);
std::optional<AlertTransition::Kind> alertEventKindFromKey(const QString& key);

} // namespace plumbline
