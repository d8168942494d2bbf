#pragma once

#include <Connector.h>

namespace plumbline {

// Salesforce: see connectors/README.md for the endpoints used.
class SalesforceConnector final : public Connector
{
public:
    SalesforceConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
};

} // namespace plumbline
