#pragma once

#include <Connector.h>

namespace plumbline {

// Mailchimp: see connectors/README.md for the endpoints used.
class MailchimpConnector final : public Connector
{
public:
    MailchimpConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
};

} // namespace plumbline
