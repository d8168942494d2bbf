#pragma once

#include <Connector.h>

namespace plumbline {

struct HttpResponse;

// Zapier partner API (connectors/README.md): Bearer token; GET /v2/zaps?limit=1 to test; a Zap's state from
// /v2/zaps and its runs from /v2/zap-runs (filtered here by zap_id) as run log; X-RateLimit-* as quota when sent.
class ZapierConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(ZapierConnector)

public:
    static constexpr int kRunPageSize = 100;
    static constexpr int kMaxPages = 5;

    ZapierConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done) override;

    // A `links.next` we may follow: same scheme, host and port as the base URL. Invalid URL otherwise.
    QUrl followable(const QString& next) const;

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    void get(const QUrl& url, QObject* context, Then then);
    QUrl url(const QString& path, const QList<QPair<QString, QString>>& query = {}) const;
    ConnectorError failure(const HttpResponse& r) const;
    struct Walk;
    void fetchZaps(std::shared_ptr<Walk> walk, const QUrl& url, QObject* context);
    void fetchRuns(std::shared_ptr<Walk> walk, const QUrl& url, QObject* context);
};

} // namespace plumbline
