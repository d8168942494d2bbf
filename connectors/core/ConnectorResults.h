#pragma once

#include <ConnectorError.h>
#include <values/ValueRecord.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace plumbline {

// Rate-limit headroom read from a vendor's headers or limits endpoint.
struct QuotaState
{
    std::optional<qint64> remaining;
    std::optional<qint64> limit;
    std::optional<int> windowS; // length of the window the numbers refer to (10 for HubSpot, 86400 for daily)
    QString source; // which header or endpoint said so, e.g. "X-HubSpot-RateLimit-*"

    bool known() const { return remaining.has_value() && limit.has_value(); }
};

// Deprecation signals seen in a response (ARCHITECTURE.md, "Monitoring": `Deprecation`, `Sunset`, Salesforce `Warning:
// 299`, Shopify `X-Shopify-API-Deprecated-Reason` and served `X-Shopify-API-Version`, 410 Gone).
struct DeprecationSignals
{
    bool deprecated = false;
    bool retired = false; // 410, or the version is no longer offered
    bool fellForward = false; // the vendor served another version than the one asked for
    std::optional<QDateTime> deprecatedAt;
    std::optional<QDateTime> sunset;
    QString notice; // the vendor's words (Warning text, deprecated reason)

    bool any() const { return deprecated || retired || fellForward || sunset.has_value(); }
};

// What every answer tells besides its payload.
struct ResponseMeta
{
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QString requestedApiVersion;
    QString servedApiVersion;
    QuotaState quota;
    DeprecationSignals deprecation;
};

struct TestResult
{
    ConnectorError error;
    ResponseMeta meta;
    QString account; // what the vendor calls the account, when it says
};

struct CountResult
{
    std::optional<qint64> count; // never 0 for "could not read"
    ConnectorError error;
    ResponseMeta meta;
};

struct SchemaField
{
    QString name; // the API name (HubSpot property name, Salesforce field name, Mailchimp merge tag)
    QString label; // what people see
    QString type;

    bool operator==(const SchemaField&) const = default;
};

struct SchemaResult
{
    QList<SchemaField> fields;
    ConnectorError error;
    ResponseMeta meta;
};

struct QuotaResult
{
    QuotaState quota;
    ConnectorError error;
    ResponseMeta meta;
};

// One run of a middleware scenario or Zap.
struct RunEvent
{
    enum class Status
    {
        Success,
        Warning,
        Error,
        Pending,
        Unknown,
    };
    QString externalId; // dedup key
    QDateTime at;
    Status status = Status::Unknown;
    qint64 operations = 0;
    QString message;
};

QString runStatusKey(RunEvent::Status status);

// The middleware's own state: is it on, valid, with stored failures?
struct MiddlewareState
{
    std::optional<bool> active;
    std::optional<bool> paused;
    std::optional<bool> invalid;
    std::optional<qint64> storedFailures; // Make dlqCount
    std::optional<QDateTime> lastSuccess; // Zapier last_successful_run_date
    QString name;
};

struct RunLogResult
{
    QList<RunEvent> events;
    MiddlewareState state;
    ConnectorError error;
    ResponseMeta meta;
};

// Records sampled on a value check's source (ARCHITECTURE.md §12).
struct SampleResult
{
    QList<ValueRecord> records; // recent first, then the spread ones; no key twice
    int requests = 0; // requests sent, answered or not
    std::optional<qint64> population; // records in the object, when the vendor said
    // The budget, the vendor's page limits or a rate limit stopped sampling early; `records` are still right.
    bool partial = false;
    QString partialReason; // translated
    ConnectorError error; // set only when nothing usable was read
    ResponseMeta meta;
};

// Records found at a value check's destination by key.
struct LookupResult
{
    // normaliseKey(key) -> every record found for it (two or more: duplicates at the destination). A looked-up key
    // without an entry is missing at the destination.
    QHash<QString, QList<ValueRecord>> matches;
    QSet<QString> looked; // normalised keys actually looked up (a partial lookup leaves the others unknown)
    int requests = 0;
    bool partial = false;
    QString partialReason; // translated
    ConnectorError error; // set only when nothing usable was read
    ResponseMeta meta;
};

} // namespace plumbline
