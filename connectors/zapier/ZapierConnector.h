#pragma once

#include <Connector.h>

namespace plumbline {

// Zapier: see connectors/README.md for the endpoints used.
class ZapierConnector final : public Connector
{
public:
    ZapierConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done) override;
    bool isMiddleware() const override { return true; }
};

} // namespace plumbline
