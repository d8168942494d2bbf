#pragma once

#include <ConnectorResults.h>
#include <HttpHeaders.h>
#include <ValuePage.h>

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace plumbline {

// Pure functions over Salesforce REST bytes and headers (vendor-apis.md §2). A body that is not the documented
// shape yields ErrorKind::Parse with a message; a count is never invented.
class SalesforceParser final
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceParser)

public:
    // "62.0", "v62.0", "V62", "62" → "62.0"; nullopt for anything else.
    static std::optional<QString> normalizeVersion(const QString& apiVersion);

    // `GET /services/data/` → `[{label,url,version}]` → the offered versions ("62.0", …). An empty list is Parse.
    static std::optional<QStringList> parseVersions(const QByteArray& body, ConnectorError& error);
    // `query?q=SELECT COUNT() FROM …` → `{"totalSize":N,"done":true,"records":[]|null}` → N.
    static std::optional<qint64> parseCount(const QByteArray& body, ConnectorError& error);
    // `sobjects/{object}/describe` → `fields[].{name,label,type}`.
    static std::optional<QList<SchemaField>> parseSchema(const QByteArray& body, ConnectorError& error);
    // `limits` → `DailyApiRequests.{Max,Remaining}` as a daily quota.
    static std::optional<QuotaState> parseLimits(const QByteArray& body, ConnectorError& error);
    // `Sforce-Limit-Info: api-usage=used/max[; per-app-api-usage=…]` → remaining = max − used. Unknown if absent.
    static QuotaState parseLimitInfo(const HeaderList& headers);
    // An error answer `[{message, errorCode}]`: INVALID_SESSION_ID → Auth, REQUEST_LIMIT_EXCEEDED → QuotaExhausted,
    // other 403 → Permission, 404/NOT_FOUND and INVALID_TYPE → NotFound, 410 / UNSUPPORTED_API_VERSION → Gone.
    static ConnectorError parseError(int status, const QByteArray& body);

    // `SELECT COUNT() FROM <object>[ WHERE <filter>]`. The object must be an API name (letters, digits, _);
    // the filter is null, a WHERE clause as text (a leading "WHERE" is accepted) or `{"where": "<text>"}`.
    static std::optional<QString> countQuery(const QString& object, const QJsonValue& filter, ConnectorError& error);
    // The query string for `…/query`: "q=" + the SOQL percent-encoded (spaces %20, '+' %2B, '&' %26, …).
    static QByteArray encodeQuery(const QString& soql);

    // Value checks (ARCHITECTURE.md §12). The WHERE text of a side's filter, as countQuery() reads it ("" for none).
    static std::optional<QString> whereClause(const QJsonValue& filter, ConnectorError& error);
    // Whether `name` can stand in a SOQL field list or FROM (an API name such as Email or Invoice__c).
    static bool isApiName(const QString& name);
    // A SOQL string literal: quoted, backslash and quote escaped.
    static QString soqlString(const QString& value);
    // `SELECT Id, <key>, <fields>, LastModifiedDate FROM <object> [WHERE …] ORDER BY … LIMIT n [OFFSET k]`:
    // with a valid `since`, records changed in [since, before) by LastModifiedDate DESC; else by Id (DESC when
    // `descending`). OFFSET stops at 2000 in SOQL.
    struct SampleQuery
    {
        QString object;
        QString keyField;
        QStringList fields;
        QString where; // the side's filter
        QDateTime since;
        QDateTime before;
        bool descending = false;
        int limit = 100;
        qint64 offset = 0;
    };
    static QString sampleQuery(const SampleQuery& q);
    // `SELECT Id, <key>, <fields> FROM <object> WHERE [(<filter>) AND ]<key> IN ('a', …)`.
    static QString lookupQuery(const QString& object, const QString& keyField, const QStringList& fields,
        const QString& where, const QStringList& keys);
    // A query answer's `records` (key = the key field; fields as named; changedAt = LastModifiedDate) and totalSize.
    static ValuePage parseRecords(const QByteArray& body, const QString& keyField, const QStringList& fields);
};

} // namespace plumbline
