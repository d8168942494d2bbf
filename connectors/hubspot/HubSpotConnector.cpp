#include "HubSpotConnector.h"

#include "HubSpotParser.h"

#include <ResponseSignals.h>
#include <Transport.h>

#include <QJsonDocument>
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
    ResponseMeta meta = ResponseSignals::read(response, version);
    const QuotaState q = HubSpotParser::parseQuota(response.headers);
    if (q.known())
        meta.quota = q;
    if (!HubSpotParser::isDateVersion(version) && !meta.deprecation.deprecated) {
        meta.deprecation.deprecated = true;
        meta.deprecation.notice = QCoreApplication::translate("HubSpotConnector",
            "HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the "
            "connection to a date-based version such as 2026-03.");
    }
    return meta;
}

// Sends, fills meta and a refined error, and hands a successful response to `onOk`.
template <typename R, typename OnOk>
void exchange(Transport& transport, HttpRequest request, const QString& version, QObject* context,
    Connector::Done<R> done, OnOk onOk)
{
    Transport* t = &transport;
    transport.send(std::move(request), context, [t, version, done, onOk](const HttpResponse& response) {
        R r;
        r.meta = metaFor(response, version);
        if constexpr (std::is_same_v<R, QuotaResult>)
            r.quota = r.meta.quota; // a 429 still tells the headroom
        if (!response.error.ok()) {
            if (response.status >= 400) {
                const auto after = response.error.retryAfterMs;
                r.error = HubSpotParser::parseError(response.status, response.body);
                r.error.retryAfterMs = after;
                r.error.message = t->redactor().redact(r.error.message);
            } else {
                r.error = response.error;
            }
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

HubSpotConnector::HubSpotConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QString HubSpotConnector::apiVersion() const
{
    const QString v = m_connection.apiVersion.trimmed();
    return v.isEmpty() ? u"v3"_s : v;
}

QString HubSpotConnector::searchPath(const QString& object) const
{
    const QString v = apiVersion();
    return HubSpotParser::isDateVersion(v) ? u"/crm/objects/%1/%2/search"_s.arg(v, segment(object))
                                           : u"/crm/v3/objects/%1/search"_s.arg(segment(object));
}

QString HubSpotConnector::propertiesPath(const QString& object) const
{
    const QString v = apiVersion();
    return HubSpotParser::isDateVersion(v) ? u"/crm/properties/%1/%2"_s.arg(v, segment(object))
                                           : u"/crm/v3/properties/%1"_s.arg(segment(object));
}

HttpRequest HubSpotConnector::makeRequest(const QByteArray& method, const QString& path, const QByteArray& body) const
{
    HttpRequest r;
    r.method = method;
    r.url = QUrl(m_baseUrl + path);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_secret.toUtf8());
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (!body.isEmpty())
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    r.body = body;
    r.connectionId = m_connection.id;
    attachCredential(r);
    return r;
}

void HubSpotConnector::testConnection(QObject* context, Done<TestResult> done)
{
    exchange<TestResult>(m_transport, makeRequest("GET", propertiesPath(u"contacts"_s)), apiVersion(), context,
        std::move(done), [](const HttpResponse& response, TestResult& r) {
            ConnectorError error;
            if (!HubSpotParser::parseSchema(response.body, error))
                r.error = error;
        });
}

void HubSpotConnector::count(const IntegrationSide& side, QObject* context, Done<CountResult> done)
{
    if (side.object.trimmed().isEmpty()) {
        fail(context, std::move(done),
            { ErrorKind::NotFound, QCoreApplication::translate("HubSpotConnector", "No HubSpot object type is set."),
                std::nullopt },
            apiVersion());
        return;
    }
    ConnectorError filterError;
    const auto body = HubSpotParser::searchBody(side.filter, filterError);
    if (!body) {
        fail(context, std::move(done), filterError, apiVersion());
        return;
    }
    exchange<CountResult>(m_transport,
        makeRequest("POST", searchPath(side.object), QJsonDocument(*body).toJson(QJsonDocument::Compact)), apiVersion(),
        context, std::move(done), [](const HttpResponse& response, CountResult& r) {
            r.count = HubSpotParser::parseCount(response.body, r.error);
        });
}

void HubSpotConnector::schema(const QString& object, QObject* context, Done<SchemaResult> done)
{
    if (object.trimmed().isEmpty()) {
        fail(context, std::move(done),
            { ErrorKind::NotFound, QCoreApplication::translate("HubSpotConnector", "No HubSpot object type is set."),
                std::nullopt },
            apiVersion());
        return;
    }
    exchange<SchemaResult>(m_transport, makeRequest("GET", propertiesPath(object)), apiVersion(), context,
        std::move(done), [](const HttpResponse& response, SchemaResult& r) {
            if (auto fields = HubSpotParser::parseSchema(response.body, r.error))
                r.fields = std::move(*fields);
        });
}

void HubSpotConnector::quota(QObject* context, Done<QuotaResult> done)
{
    exchange<QuotaResult>(m_transport, makeRequest("GET", propertiesPath(u"contacts"_s)), apiVersion(), context,
        std::move(done), [](const HttpResponse&, QuotaResult& r) { r.quota = r.meta.quota; });
}

} // namespace plumbline
