#pragma once

#include <Connector.h>

namespace plumbline {

struct HttpRequest;

// Salesforce REST (connectors/README.md, vendor-apis.md §2). `Authorization: Bearer <access token>` against the
// connection's instance URL (base_url is required). api_version "62.0" or "v62.0" → paths `/services/data/v62.0/…`.
//
// testConnection: `GET /services/data/` (needs no credentials), checks that the configured version is offered
// (not listed → Gone, deprecation.retired), then `GET /services/data/v{ver}/limits` to prove the token: 200 or a
// 403 other than REQUEST_LIMIT_EXCEEDED (the user lacks "View Setup and Configuration") both mean it is accepted.
//
// count(side): `GET …/query?q=SELECT COUNT() FROM <object>[ WHERE <filter>]` → `totalSize`. The filter is a SOQL
// WHERE clause as text (a leading "WHERE" is dropped), or `{"where":"…"}`; null or empty text counts all rows.
// The object must be an API name; the WHERE text is the user's own SOQL and is sent percent-encoded as is.
//
// quota(): `GET …/limits` → DailyApiRequests; when that is refused with 403 (permission), the
// `Sforce-Limit-Info: api-usage=used/max` header of the refusal is used instead. Every result's meta.quota comes
// from Sforce-Limit-Info when sent; `Warning: 299` marks deprecation, 410 marks the version retired.
//
// Value checks: sample() sends SOQL through the same query endpoint (COUNT() first for the population, then
// `SELECT Id, <key>, <fields>, LastModifiedDate … WHERE LastModifiedDate >= … AND < … ORDER BY LastModifiedDate DESC`,
// then spread pages `ORDER BY Id LIMIT k OFFSET r`; OFFSET stops at 2000, so a larger object is read from its other
// end with ORDER BY Id DESC). lookup() sends `… WHERE <key> IN ('a', …)` with keys escaped for SOQL, as many keys per
// GET as keep the URL within 2,000 characters (Salesforce's recommendation); Email is not unique in Salesforce, so a
// key may find several records (all are returned).
class SalesforceConnector final : public Connector
{
public:
    SalesforceConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done) override;
    void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done) override;

private:
    QString apiVersion() const; // normalized "62.0", or the configured text when it is not a version
    // Empty when the request can be sent, else why not (no instance URL, unusable version).
    std::optional<ConnectorError> precondition() const;
    HttpRequest makeRequest(const QString& path, const QByteArray& query = {}) const;
    // Why a value check cannot start on this side (no instance URL, bad names or filter), else nothing; `where` gets
    // the side's filter.
    std::optional<ConnectorError> valuesProblem(
        const IntegrationSide& side, const QString& keyField, const QStringList& fields, QString& where) const;
};

} // namespace plumbline
