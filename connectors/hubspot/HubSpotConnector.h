#pragma once

#include <Connector.h>

namespace plumbline {

// HubSpot: see connectors/README.md for the endpoints used.
class HubSpotConnector final : public Connector
{
public:
    HubSpotConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
};

} // namespace plumbline
