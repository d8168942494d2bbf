#include "HubSpotConnector.h"

#include "HubSpotParser.h"

#include <LookupPlan.h>
#include <ResponseSignals.h>
#include <SamplePlan.h>
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

ConnectorError refine(Transport& transport, const HttpResponse& response)
{
    if (response.status < 400)
        return response.error;
    ConnectorError e = HubSpotParser::parseError(response.status, response.body);
    e.retryAfterMs = response.error.retryAfterMs;
    e.message = transport.redactor().redact(e.message);
    return e;
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
            r.error = refine(*t, response);
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

using MakeRequest = std::function<HttpRequest(const QByteArray& body)>;

QStringList withKey(const QString& keyField, const QStringList& fields, const QString& also = {})
{
    QStringList out { keyField };
    for (const QString& f : fields)
        out << f;
    if (!also.isEmpty())
        out << also;
    out.removeDuplicates();
    out.removeAll(QString());
    return out;
}

// A value-check answer: meta, a refined error, or the records and total it holds.
ValuePage readRecords(Transport& transport, const HttpResponse& response, const QString& version,
    const QString& keyField, const QStringList& fields)
{
    ValuePage page;
    if (response.error.ok())
        page = HubSpotParser::parseRecords(response.body, keyField, fields);
    else
        page.error = refine(transport, response);
    page.meta = metaFor(response, version);
    return page;
}

class HubSpotSample final : public SamplePlan
{
public:
    HubSpotSample(Transport& transport, MakeRequest make, QString version, IntegrationSide side, SampleRequest request)
        : m_transport(transport)
        , m_make(std::move(make))
        , m_version(std::move(version))
        , m_side(std::move(side))
        , m_request(std::move(request))
        , m_fields(withKey(m_request.keyField, m_request.fields))
        , m_properties(withKey(m_request.keyField, m_request.fields, u"lastmodifieddate"_s))
    {
    }

    QString vendorName() const override { return u"HubSpot"_s; }
    int pageLimit() const override { return 200; }
    HttpRequest probe() const override
    {
        ConnectorError unused;
        return post(HubSpotParser::searchBody(m_side.filter, unused).value_or(QJsonObject {}));
    }
    HttpRequest recent(const QDateTime& since, const QDateTime& before, int limit, qint64 offset) const override
    {
        return page({ m_properties, since, before, u"lastmodifieddate"_s, true, limit, offset });
    }
    HttpRequest spread(qint64 offset, int limit, qint64 population) override
    {
        // Search answers at most 10,000 results per query: read the far part of a larger object from its end.
        constexpr qint64 kCap = 10000;
        if (offset + limit <= kCap || population <= 0)
            return page({ m_properties, {}, {}, u"hs_object_id"_s, false, limit, offset });
        const qint64 fromEnd = qBound<qint64>(0, population - offset - limit, kCap - limit);
        return page({ m_properties, {}, {}, u"hs_object_id"_s, true, limit, fromEnd });
    }
    ValuePage read(Kind kind, const HttpResponse& response) override
    {
        ValuePage page = readRecords(m_transport, response, m_version, m_request.keyField, m_fields);
        if (kind == Kind::Probe && page.error.ok() && !page.total)
            page.error
                = { ErrorKind::Parse, HubSpotParser::tr("HubSpot's search answer has no \"total\"."), std::nullopt };
        return page;
    }

private:
    HttpRequest post(const QJsonObject& body) const
    {
        return m_make(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpRequest page(const HubSpotParser::SearchPage& p) const
    {
        ConnectorError unused; // the filter was checked before the run started
        return post(HubSpotParser::sampleBody(m_side.filter, p, unused).value_or(QJsonObject {}));
    }

    Transport& m_transport;
    MakeRequest m_make;
    QString m_version;
    IntegrationSide m_side;
    SampleRequest m_request;
    QStringList m_fields;
    QStringList m_properties;
};

class HubSpotLookup final : public LookupPlan
{
public:
    static constexpr int kBatch = 100; // "Object API batch endpoints are limited to 100 inputs per request"

    HubSpotLookup(Transport& transport, MakeRequest make, QString version, QString path, LookupRequest request)
        : m_transport(transport)
        , m_make(std::move(make))
        , m_version(std::move(version))
        , m_path(std::move(path))
        , m_request(std::move(request))
        , m_fields(withKey(m_request.keyField, m_request.fields))
    {
    }

    QString vendorName() const override { return u"HubSpot"_s; }
    std::optional<Step> next(const LookupProgress& progress) override
    {
        const QStringList keys = progress.pending.mid(0, kBatch);
        const QJsonObject body = HubSpotParser::batchReadBody(m_request.keyField, m_fields, keys);
        return Step { m_make(QJsonDocument(body).toJson(QJsonDocument::Compact)), keys };
    }
    ValuePage read(Step&, const HttpResponse& response) override
    {
        ValuePage page = readRecords(m_transport, response, m_version, m_request.keyField, m_fields);
        if (response.status == 404 || (response.status == 400 && page.error.kind != ErrorKind::NotFound)) {
            page.error.kind = ErrorKind::NotFound;
            page.error.message = QCoreApplication::translate(
                "HubSpotConnector", "HubSpot has no batch read by %1 at %2 (API version %3): %4")
                                     .arg(m_request.keyField, m_path, m_version, page.error.message);
        }
        return page;
    }

private:
    Transport& m_transport;
    MakeRequest m_make;
    QString m_version;
    QString m_path;
    LookupRequest m_request;
    QStringList m_fields;
};

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

QString HubSpotConnector::batchReadPath(const QString& object) const
{
    const QString v = apiVersion();
    return HubSpotParser::isDateVersion(v) ? u"/crm/objects/%1/%2/batch/read"_s.arg(v, segment(object))
                                           : u"/crm/v3/objects/%1/batch/read"_s.arg(segment(object));
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

void HubSpotConnector::sample(
    const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done)
{
    ConnectorError problem;
    if (side.object.trimmed().isEmpty())
        problem = { ErrorKind::NotFound,
            QCoreApplication::translate("HubSpotConnector", "No HubSpot object type is set."), std::nullopt };
    else if (request.keyField.trimmed().isEmpty())
        problem = { ErrorKind::NotFound,
            QCoreApplication::translate("HubSpotConnector", "No HubSpot key property is set for the value check."),
            std::nullopt };
    else
        HubSpotParser::searchBody(side.filter, problem);
    if (!problem.ok())
        return failSample(context, std::move(done), problem, apiVersion());
    const QString path = searchPath(side.object);
    auto make = [this, path](const QByteArray& body) { return makeRequest("POST", path, body); };
    runSample(m_transport, std::make_shared<HubSpotSample>(m_transport, make, apiVersion(), side, request), request,
        context, std::move(done));
}

void HubSpotConnector::lookup(
    const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done)
{
    if (side.object.trimmed().isEmpty() || request.keyField.trimmed().isEmpty())
        return failLookup(context, std::move(done),
            { ErrorKind::NotFound,
                QCoreApplication::translate("HubSpotConnector", "No HubSpot object type or key property is set."),
                std::nullopt },
            apiVersion());
    const QString path = batchReadPath(side.object);
    auto make = [this, path](const QByteArray& body) { return makeRequest("POST", path, body); };
    runLookup(m_transport, std::make_shared<HubSpotLookup>(m_transport, make, apiVersion(), path, request), request,
        context, std::move(done));
}

} // namespace plumbline
