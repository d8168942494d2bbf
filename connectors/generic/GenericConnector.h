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
//
// Value checks, when the options say how: sample() counts as count() does, then reads spread pages from
// options.list_path (default "{object}?limit={limit}&offset={offset}") with the records at options.records_pointer
// (default /data); a generic API has no change window, so there is no recent stratum. lookup() GETs
// options.lookup_path per key ("{object}?email={key}" or "{object}/{key}"; no default: without it, no lookup), a 404
// meaning missing. The key is the record member named by the mapping, or options.key_pointer inside a record; the
// last-modified time is the member options.changed_field (default updated_at).
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
    void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done) override;
    void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done) override;

    QString countPointer() const;
    QByteArray method() const; // upper-cased option, GET by default

    // The count request for a side, or an error when the settings or the filter cannot make one.
    struct Built
    {
        HttpRequest request;
        ConnectorError error;
    };
    Built buildCount(const IntegrationSide& side) const;

    // A GET below the base URL from a path template ("contacts?limit={limit}"): nothing when it leaves the base.
    std::optional<HttpRequest> getFrom(const QString& pattern, const QHash<QString, QString>& values) const;
    QString option(const QString& key, const QString& fallback = {}) const;
    ResponseMeta metaOf(const HttpResponse& response) const;
    ConnectorError failure(const HttpResponse& r) const;

private:
    using Then = std::function<void(const HttpResponse&, const ResponseMeta&)>;
    std::optional<ConnectorError> authProblem() const;
    HttpRequest request(const QByteArray& method, const QUrl& url) const;
    std::optional<QUrl> urlFor(const QString& path) const;
    void send(HttpRequest request, QObject* context, Then then);
};

} // namespace plumbline
