#include "SalesforceConnector.h"

#include "SalesforceParser.h"

#include <ResponseSignals.h>
#include <Transport.h>
#include <VendorProfile.h>

#include <QTimer>
#include <QUrl>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QString segment(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s.trimmed()));
}

ResponseMeta metaFor(const HttpResponse& response, const QString& version)
{
    ResponseMeta meta = ResponseSignals::read(response, version); // Warning: 299, Deprecation/Sunset, 410
    const QuotaState q = SalesforceParser::parseLimitInfo(response.headers);
    if (q.known())
        meta.quota = q;
    return meta;
}

ConnectorError refine(Transport* t, const HttpResponse& response)
{
    if (response.status < 400)
        return response.error; // network, timeout, TLS, size cap, Plumbline's own budget
    ConnectorError e = SalesforceParser::parseError(response.status, response.body);
    e.retryAfterMs = response.error.retryAfterMs;
    e.message = t->redactor().redact(e.message);
    return e;
}

template <typename R, typename OnOk>
void exchange(Transport& transport, HttpRequest request, const QString& version, QObject* context,
    Connector::Done<R> done, OnOk onOk)
{
    Transport* t = &transport;
    transport.send(std::move(request), context, [t, version, done, onOk](const HttpResponse& response) {
        R r;
        r.meta = metaFor(response, version);
        if (!response.error.ok()) {
            r.error = refine(t, response);
            if (r.error.kind == ErrorKind::Gone)
                r.meta.deprecation.retired = true;
            done(r);
            return;
        }
        onOk(response, r);
        done(r);
    });
}

template <typename R> void fail(QObject* context, Connector::Done<R> done, ConnectorError error, const QString& version)
{
    R r;
    r.error = std::move(error);
    r.meta.requestedApiVersion = version;
    r.meta.servedApiVersion = version;
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

} // namespace

SalesforceConnector::SalesforceConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QString SalesforceConnector::apiVersion() const
{
    QString v = m_connection.apiVersion.trimmed();
    if (v.isEmpty())
        v = VendorCatalog::profile(Vendor::Salesforce).defaultApiVersion;
    return SalesforceParser::normalizeVersion(v).value_or(v);
}

std::optional<ConnectorError> SalesforceConnector::precondition() const
{
    if (m_baseUrl.isEmpty())
        return ConnectorError { ErrorKind::Network,
            QCoreApplication::translate("SalesforceConnector", "The Salesforce connection has no instance URL."),
            std::nullopt };
    if (!SalesforceParser::normalizeVersion(apiVersion()))
        return ConnectorError { ErrorKind::NotFound,
            QCoreApplication::translate(
                "SalesforceConnector", "\"%1\" is not a Salesforce API version (write it like 62.0).")
                .arg(apiVersion().left(40)),
            std::nullopt };
    return std::nullopt;
}

HttpRequest SalesforceConnector::makeRequest(const QString& path, const QByteArray& query) const
{
    HttpRequest r;
    r.method = "GET";
    r.url = QUrl(m_baseUrl + path);
    if (!query.isEmpty())
        r.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_secret.toUtf8());
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    r.connectionId = m_connection.id;
    attachCredential(r);
    return r;
}

void SalesforceConnector::testConnection(QObject* context, Done<TestResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    const QString version = apiVersion();
    Transport* t = &m_transport;
    HttpRequest limits = makeRequest(u"/services/data/v%1/limits"_s.arg(version));
    QPointer<QObject> guard(context);
    m_transport.send(
        makeRequest(u"/services/data/"_s), context, [t, version, done, limits, guard](const HttpResponse& response) {
            TestResult r;
            r.meta = metaFor(response, version);
            if (!response.error.ok()) {
                r.error = refine(t, response);
                done(r);
                return;
            }
            const auto versions = SalesforceParser::parseVersions(response.body, r.error);
            if (!versions) {
                done(r);
                return;
            }
            if (!versions->contains(version)) {
                r.meta.deprecation.retired = true;
                r.meta.deprecation.notice = QCoreApplication::translate(
                    "SalesforceConnector", "API version %1 is not among the versions this org offers (%2 … %3).")
                                                .arg(version, versions->first(), versions->last());
                r.error = { ErrorKind::Gone,
                    QCoreApplication::translate(
                        "SalesforceConnector", "Salesforce no longer offers API version %1; the org offers %2 to %3.")
                        .arg(version, versions->first(), versions->last()),
                    std::nullopt };
                done(r);
                return;
            }
            if (!guard)
                return;
            t->send(limits, guard.data(), [t, version, done](const HttpResponse& second) {
                TestResult r2;
                r2.meta = metaFor(second, version);
                if (!second.error.ok()) {
                    const ConnectorError e = refine(t, second);
                    // A 403 other than the daily limit: the token was accepted, the user may not read limits.
                    if (e.kind != ErrorKind::Permission)
                        r2.error = e;
                    if (e.kind == ErrorKind::Gone)
                        r2.meta.deprecation.retired = true;
                }
                done(r2);
            });
        });
}

void SalesforceConnector::count(const IntegrationSide& side, QObject* context, Done<CountResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    ConnectorError queryError;
    const auto soql = SalesforceParser::countQuery(side.object, side.filter, queryError);
    if (!soql) {
        fail(context, std::move(done), queryError, apiVersion());
        return;
    }
    exchange<CountResult>(m_transport,
        makeRequest(u"/services/data/v%1/query"_s.arg(apiVersion()), SalesforceParser::encodeQuery(*soql)),
        apiVersion(), context, std::move(done), [](const HttpResponse& response, CountResult& r) {
            r.count = SalesforceParser::parseCount(response.body, r.error);
        });
}

void SalesforceConnector::schema(const QString& object, QObject* context, Done<SchemaResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    if (object.trimmed().isEmpty()) {
        fail(context, std::move(done),
            { ErrorKind::NotFound, QCoreApplication::translate("SalesforceConnector", "No Salesforce object is set."),
                std::nullopt },
            apiVersion());
        return;
    }
    exchange<SchemaResult>(m_transport,
        makeRequest(u"/services/data/v%1/sobjects/%2/describe"_s.arg(apiVersion(), segment(object))), apiVersion(),
        context, std::move(done), [](const HttpResponse& response, SchemaResult& r) {
            if (auto fields = SalesforceParser::parseSchema(response.body, r.error))
                r.fields = std::move(*fields);
        });
}

void SalesforceConnector::quota(QObject* context, Done<QuotaResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    const QString version = apiVersion();
    Transport* t = &m_transport;
    m_transport.send(makeRequest(u"/services/data/v%1/limits"_s.arg(version)), context,
        [t, version, done](const HttpResponse& response) {
            QuotaResult r;
            r.meta = metaFor(response, version);
            if (!response.error.ok()) {
                r.error = refine(t, response);
                if (r.error.kind == ErrorKind::Gone)
                    r.meta.deprecation.retired = true;
                // No permission to read /limits: the header of the refusal still tells the daily usage.
                if (r.error.kind == ErrorKind::Permission && r.meta.quota.known())
                    r.error = {};
                r.quota = r.meta.quota;
                done(r);
                return;
            }
            if (const auto q = SalesforceParser::parseLimits(response.body, r.error)) {
                r.quota = *q;
                r.meta.quota = *q;
            }
            done(r);
        });
}

} // namespace plumbline
