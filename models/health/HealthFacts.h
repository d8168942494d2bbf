#pragma once

#include "../ErrorKind.h"
#include "../Integration.h"
#include "../values/ValueCheck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace plumbline {

class VendorWords;

// What the monitor stored about the world; the rules read only these (models know no network).

// One side of one poll. `count` is nullopt when it could not be read — never 0.
struct SideSample
{
    std::optional<qint64> count;
    int httpStatus = 0; // 0: no HTTP answer
    qint64 latencyMs = 0;
    ErrorKind errorKind = ErrorKind::None; // stored by its key (auth, permission, not_found, …)
    QString errorMessage; // redacted

    bool operator==(const SideSample&) const = default;
};

// One poll of one integration, keyed (integration_id, ts).
struct Sample
{
    QDateTime ts;
    SideSample source;
    SideSample destination;
    bool maintenance = false; // taken during a maintenance window

    bool operator==(const Sample&) const = default;
};

// Connection-level facts from the latest poll of a connection.
struct ConnectionFacts
{
    QString connectionId;
    QDateTime ts;
    int httpStatus = 0;
    ErrorKind errorKind = ErrorKind::None;
    QString errorMessage;
    std::optional<qint64> quotaRemaining;
    std::optional<qint64> quotaLimit;
    std::optional<int> quotaWindowS;
    std::optional<qint64> retryAfterMs; // from a 429
    bool rateLimited = false; // a 429 (or Salesforce REQUEST_LIMIT_EXCEEDED) was seen
    QString requestedVersion;
    QString servedVersion;
    bool deprecated = false;
    bool retired = false; // 410 or version no longer offered
    bool fellForward = false; // served version != requested
    std::optional<QDateTime> deprecatedAt;
    std::optional<QDateTime> sunset;
    QString notice; // vendor's words
    std::optional<QDateTime> credentialSetAt; // when the key was last stored (credential age)

    bool operator==(const ConnectionFacts&) const = default;
};

struct FieldInfo
{
    QString name;
    QString label;
    QString type;

    bool operator==(const FieldInfo&) const = default;
};

// The field schema of one object at one connection, as last fetched.
struct SchemaSnapshot
{
    QString connectionId;
    QString object;
    QDateTime ts;
    QList<FieldInfo> fields;

    bool operator==(const SchemaSnapshot&) const = default;
};

// One middleware run (Make scenario execution, Zap run), deduplicated by its external id.
struct RunRecord
{
    QString connectionId;
    QString ref; // scenario id, zap id
    QString externalId;
    QDateTime ts;
    QString status; // success, warning, error, pending, unknown
    QString message;

    bool operator==(const RunRecord&) const = default;
};

struct MiddlewareSnapshot
{
    std::optional<bool> active;
    std::optional<bool> paused;
    std::optional<bool> invalid;
    std::optional<qint64> storedFailures;
    std::optional<QDateTime> lastSuccess;
    // The vendor answered that the scenario or Zap does not exist (Make: 404; Zapier: not in the account's list).
    bool missing = false;
    int httpStatus = 0;
    QString problem; // the connector's words, redacted

    bool operator==(const MiddlewareSnapshot&) const = default;
};

// How the rules name a connection to people: its display name and vendor key (hubspot, mailchimp, ...).
struct ConnectionLabel
{
    QString name;
    const VendorWords* vendor = nullptr; // the vendor's words; nullptr: a service Plumbline knows nothing special about

    bool operator==(const ConnectionLabel&) const = default;
};

// Everything the integration rules look at for one integration at one moment.
struct IntegrationFacts
{
    Integration integration;
    QDateTime now;
    QList<Sample> samples; // recent raw samples, oldest first (the newest is the current poll)
    std::optional<QDateTime> lastSuccessfulPoll; // both counts read
    std::optional<ConnectionFacts> source;
    std::optional<ConnectionFacts> destination;
    std::optional<ConnectionFacts> middleware;
    std::optional<SchemaSnapshot> sourceSchema;
    std::optional<SchemaSnapshot> destinationSchema;
    QList<RunRecord> runs; // middleware runs in the rules' window, oldest first
    std::optional<MiddlewareSnapshot> middlewareState;
    QHash<QString, ConnectionLabel> connections; // the integration's connections by id (may be incomplete)
    std::optional<ValueCheckResult> values; // the latest value check (ARCHITECTURE.md §12), when one ran
};

} // namespace plumbline
