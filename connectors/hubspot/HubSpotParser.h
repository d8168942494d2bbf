#pragma once

#include <ConnectorResults.h>
#include <HttpHeaders.h>
#include <ValuePage.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace plumbline {

// Pure functions over HubSpot's bytes and headers (vendor-apis.md §1). Every body that is not the documented shape
// (malformed or truncated JSON, wrong types, missing required members) yields ErrorKind::Parse with a message; a
// count is never invented.
class HubSpotParser final
{
    Q_DECLARE_TR_FUNCTIONS(HubSpotParser)

public:
    // `POST …/search` → CollectionResponseWithTotal…: the non-negative integer `total`.
    static std::optional<qint64> parseCount(const QByteArray& body, ConnectorError& error);
    // `GET …/properties/{object}` → `{"results":[{name,label,type,…}]}`.
    static std::optional<QList<SchemaField>> parseSchema(const QByteArray& body, ConnectorError& error);
    // An error answer: kind from the status, refined by `category` / `errorType` / `policyName`; message from the
    // vendor's `message`. 401 INVALID_AUTHENTICATION / EXPIRED_AUTHENTICATION → Auth, 403 MISSING_SCOPES →
    // Permission, 429 RATE_LIMIT → RateLimited (a policy named like DAILY → QuotaExhausted).
    static ConnectorError parseError(int status, const QByteArray& body);
    // X-HubSpot-RateLimit-Daily/-Daily-Remaining when sent (private-app tokens), else the interval bucket
    // X-HubSpot-RateLimit-Max/-Remaining with -Interval-Milliseconds. Unknown when absent or unreadable.
    static QuotaState parseQuota(const HeaderList& headers);

    // Whether `apiVersion` is a date-based version such as "2026-03" (paths /crm/objects/2026-03/…).
    static bool isDateVersion(const QString& apiVersion);
    // The search body for a count: {"limit":1} plus what the side's filter says (see HubSpotConnector.h).
    // nullopt and `error` (Parse) when the filter cannot be used.
    static std::optional<QJsonObject> searchBody(const QJsonValue& filter, ConnectorError& error);

    // Value checks (ARCHITECTURE.md §12). A search body for a sample page: the side's filter as for a count, with
    // `lastmodifieddate BETWEEN since and before - 1 ms` added to every filter group when `since` is valid (HubSpot
    // ORs groups and ANDs the filters inside one); `properties`, one sort (HubSpot honours only one), `limit` (at most
    // 200) and `after` (an offset; search stops at 10,000 results).
    struct SearchPage
    {
        QStringList properties;
        QDateTime since; // invalid: no time filter
        QDateTime before;
        QString sortProperty;
        bool descending = false;
        int limit = 100;
        qint64 after = 0;
    };
    static std::optional<QJsonObject> sampleBody(
        const QJsonValue& filter, const SearchPage& page, ConnectorError& error);
    // `POST …/batch/read` by a unique property: {"idProperty", "properties", "inputs":[{"id":key}…]} (at most 100
    // inputs). `idProperty` is left out for the record id itself (hs_object_id).
    static QJsonObject batchReadBody(const QString& idProperty, const QStringList& properties, const QStringList& keys);
    // A search or batch-read answer: `results[].properties` as records (key = the key property, or the record id for
    // hs_object_id; fields = the requested properties it has; changedAt = lastmodifieddate, else updatedAt) and
    // `total` when given. Batch read's `errors` (keys not found, 207 Multi-Status) are not records.
    static ValuePage parseRecords(const QByteArray& body, const QString& keyField, const QStringList& fields);
};

} // namespace plumbline
