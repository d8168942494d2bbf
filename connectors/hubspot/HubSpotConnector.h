#pragma once

#include <Connector.h>

namespace plumbline {

struct HttpRequest;

// HubSpot CRM (connectors/README.md, vendor-apis.md §1). `Authorization: Bearer <token>`.
//
// Paths: when api_version is date-based ("2026-03") the dated paths `/crm/objects/2026-03/{object}/search` and
// `/crm/properties/2026-03/{object}`; otherwise (empty, "v3", anything else) the legacy `/crm/v3/...` paths, and
// every answer then carries a deprecation notice (HubSpot ends semantic-version APIs in September 2027).
//
// count(side) posts `{"limit":1, …}` to the search endpoint and reads `total`. The side's filter maps as:
//   - null or empty text            → `{"limit":1}` (all records)
//   - object with `filterGroups`    → passed through as `filterGroups` (plus its `query`, if any)
//   - object with `filters`         → one filter group: `filterGroups:[{filters:…}]`
//   - object with only `query`      → `query`
//   - array                         → taken as the `filterGroups` list
//   - text starting with { or [     → parsed as JSON, then as above
//   - other text                    → HubSpot's full-text search `query` (≤ 3000 characters)
// Anything else is refused locally with a Parse error naming the filter, before any request is sent.
//
// quota() reads the rate-limit headers of `GET …/properties/contacts` (search answers carry none).
//
// Value checks: sample() posts search pages to the same search path (a count first for the population, then the
// recent stratum sorted by lastmodifieddate DESCENDING within the window, then spread pages sorted by hs_object_id
// at random `after` offsets; past the 10,000-result cap of search it reads from the other end). lookup() posts
// `…/objects/{object}/batch/read` (dated: `/crm/objects/2026-03/{object}/batch/read`) with `idProperty` = the key
// field and at most 100 inputs per request; keys HubSpot does not have come back in `errors` (207 Multi-Status).
class HubSpotConnector final : public Connector
{
public:
    HubSpotConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done) override;
    void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done) override;

private:
    QString apiVersion() const;
    QString searchPath(const QString& object) const;
    QString propertiesPath(const QString& object) const;
    QString batchReadPath(const QString& object) const;
    HttpRequest makeRequest(const QByteArray& method, const QString& path, const QByteArray& body = {}) const;
};

} // namespace plumbline
