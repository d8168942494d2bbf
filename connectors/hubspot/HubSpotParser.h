#pragma once

#include <ConnectorResults.h>
#include <HttpHeaders.h>

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
};

} // namespace plumbline
