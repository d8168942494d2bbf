#pragma once

#include <Connector.h>

#include <Transport.h>

#include <QUrlQuery>

namespace plumbline {

struct HttpResponse;

// Any REST/JSON service (connectors/README.md): the secret in options.auth_header (default Authorization) after
// options.auth_scheme (default Bearer; empty for none); GET {base} to test; {method} {base}/{object} (+ body) with
// the count at options.count_pointer (default /total); an optional run/error list at options.errors_pointer
// (runLog GETs {base}/{ref}); RateLimit/X-RateLimit-* headers as quota.
class GenericConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(GenericConnector)

public:
    GenericConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done) override;

    QString countPointer() const;
    QByteArray method() const; // upper-cased option, GET by default

    // The count request for a side, or an error when the settings or the filter cannot make one.
    struct Built
    {
        HttpRequest request;
        ConnectorError error;
    };
    Built buildCount(const IntegrationSide& side) const;

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    std::optional<ConnectorError> authProblem() const;
    HttpRequest request(const QByteArray& method, const QUrl& url) const;
    std::optional<QUrl> urlFor(const QString& path) const;
    void send(HttpRequest request, QObject* context, Then then);
    ConnectorError failure(const HttpResponse& r) const;
};

} // namespace plumbline
