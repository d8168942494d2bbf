#pragma once

#include <Connector.h>

namespace plumbline {

// Shopify: see connectors/README.md for the endpoints used.
class ShopifyConnector final : public Connector
{
public:
    ShopifyConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
};

} // namespace plumbline
