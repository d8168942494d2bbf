#pragma once

#include <Connector.h>

#include <QUrlQuery>

namespace plumbline {

struct HttpResponse;

// Shopify Admin REST (connectors/README.md): X-Shopify-Access-Token; shop.json to test; {resource}/count.json to
// count (a string or object filter becomes query parameters); a static field list as schema; quota and version
// signals from the headers of every answer.
class ShopifyConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyConnector)

public:
    ShopifyConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;

    QString apiVersion() const;
    // Query parameters for a side's filter: null -> none; "a=1&b=2" -> those; {"a": "1"} -> a=1. nullopt when the
    // filter has another shape.
    static std::optional<QUrlQuery> filterQuery(const QJsonValue& filter);

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    void get(const QString& path, const QUrlQuery& query, QObject* context, Then then);
};

} // namespace plumbline
