#pragma once

#include <Connector.h>

#include <QUrlQuery>

namespace plumbline {

struct HttpResponse;

// Shopify Admin REST (connectors/README.md): X-Shopify-Access-Token; shop.json to test; {resource}/count.json to
// count (a string or object filter becomes query parameters); a static field list as schema; quota and version
// signals from the headers of every answer.
//
// Value checks on customers: sample() counts (`customers/count.json`), reads the recent stratum from
// `customers.json?updated_at_min=&updated_at_max=` (most recent first), then spread pages from `since_id` pivots
// (REST has no offsets: the first spread page starts at the oldest customer, later pivots are spread between the
// smallest and largest id read). lookup() asks `customers/search.json?query=email:a OR email:b…` for at most 25 keys
// a request. Only the key and the mapped fields are requested (`fields=`).
class ShopifyConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyConnector)

public:
    ShopifyConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done) override;
    void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done) override;

    QString apiVersion() const;
    // Query parameters for a side's filter: null -> none; "a=1&b=2" -> those; {"a": "1"} -> a=1. nullopt when the
    // filter has another shape.
    static std::optional<QUrlQuery> filterQuery(const QJsonValue& filter);

    // The request get() would send, for the value-check plans.
    HttpRequest request(const QString& path, const QUrlQuery& query) const;
    // Reads the version, deprecation and call-limit signals of an answer.
    ResponseMeta metaOf(const HttpResponse& response) const;
    ConnectorError errorOf(const HttpResponse& response) const;

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    void get(const QString& path, const QUrlQuery& query, QObject* context, Then then);
};

} // namespace plumbline
