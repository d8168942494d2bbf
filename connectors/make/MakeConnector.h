#pragma once

#include <Connector.h>

#include <QUrlQuery>

namespace plumbline {

struct HttpResponse;

// Make API v2 (connectors/README.md): `Authorization: Token`; /users/me to test; the scenario's state and its
// logs as run log; the organization's licensed API limit as quota when `organization_id` is set. No counts.
class MakeConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(MakeConnector)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 5;

    MakeConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done) override;

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    void get(const QString& path, const QUrlQuery& query, QObject* context, Then then);
    struct LogWalk;
    void fetchLogs(std::shared_ptr<LogWalk> walk, QObject* context);
    ConnectorError failure(const HttpResponse& r) const;
};

} // namespace plumbline
