#include "SalesforceConnector.h"

#include "SalesforceParser.h"

#include <LookupPlan.h>
#include <ResponseSignals.h>
#include <SamplePlan.h>
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

using MakeQuery = std::function<HttpRequest(const QString& soql)>;

ValuePage readRecords(Transport& transport, const HttpResponse& response, const QString& version,
    const QString& keyField, const QStringList& fields)
{
    ValuePage page;
    if (response.error.ok())
        page = SalesforceParser::parseRecords(response.body, keyField, fields);
    else
        page.error = refine(&transport, response);
    page.meta = metaFor(response, version);
    return page;
}

class SalesforceSample final : public SamplePlan
{
public:
    static constexpr qint64 kMaxOffset = 2000; // "OFFSET max 2,000, beyond: NUMBER_OUTSIDE_VALID_RANGE"

    SalesforceSample(Transport& transport, MakeQuery query, QString version, SalesforceParser::SampleQuery base)
        : m_transport(transport)
        , m_query(std::move(query))
        , m_version(std::move(version))
        , m_base(std::move(base))
    {
    }

    QString vendorName() const override { return u"Salesforce"_s; }
    int pageLimit() const override { return 200; }
    HttpRequest probe() const override
    {
        QString soql = u"SELECT COUNT() FROM "_s + m_base.object;
        if (!m_base.where.isEmpty())
            soql += u" WHERE "_s + m_base.where;
        return m_query(soql);
    }
    HttpRequest recent(const QDateTime& since, const QDateTime& before, int limit, qint64 offset) const override
    {
        SalesforceParser::SampleQuery q = m_base;
        q.since = since;
        q.before = before;
        q.limit = limit;
        q.offset = qMin(offset, kMaxOffset);
        return m_query(SalesforceParser::sampleQuery(q));
    }
    HttpRequest spread(qint64 offset, int limit, qint64 population) override
    {
        SalesforceParser::SampleQuery q = m_base;
        q.limit = limit;
        q.offset = offset;
        if (offset > kMaxOffset && population > 0) {
            q.descending = true;
            q.offset = qBound<qint64>(0, population - offset - limit, kMaxOffset);
        }
        q.offset = qMin(q.offset, kMaxOffset);
        return m_query(SalesforceParser::sampleQuery(q));
    }
    ValuePage read(Kind kind, const HttpResponse& response) override
    {
        if (kind == Kind::Probe) {
            ValuePage page;
            page.meta = metaFor(response, m_version);
            if (response.error.ok())
                page.total = SalesforceParser::parseCount(response.body, page.error);
            else
                page.error = refine(&m_transport, response);
            return page;
        }
        return readRecords(m_transport, response, m_version, m_base.keyField, m_base.fields);
    }

private:
    Transport& m_transport;
    MakeQuery m_query;
    QString m_version;
    SalesforceParser::SampleQuery m_base;
};

class SalesforceLookup final : public LookupPlan
{
public:
    // Salesforce recommends URIs within 2,000 characters (value-reconciliation.md §2).
    static constexpr qsizetype kMaxUrl = 2000;

    SalesforceLookup(Transport& transport, MakeQuery query, QString version, qsizetype urlBase, QString object,
        QString where, LookupRequest request)
        : m_transport(transport)
        , m_query(std::move(query))
        , m_version(std::move(version))
        , m_urlBase(urlBase)
        , m_object(std::move(object))
        , m_where(std::move(where))
        , m_request(std::move(request))
    {
    }

    QString vendorName() const override { return u"Salesforce"_s; }
    std::optional<Step> next(const LookupProgress& progress) override
    {
        QStringList keys { progress.pending.first() };
        for (qsizetype i = 1; i < progress.pending.size(); ++i) {
            QStringList more = keys;
            more << progress.pending.at(i);
            if (urlLength(more) > kMaxUrl)
                break;
            keys = more;
        }
        return Step { m_query(soql(keys)), keys };
    }
    ValuePage read(Step&, const HttpResponse& response) override
    {
        QStringList fields = m_request.fields;
        fields.prepend(m_request.keyField);
        fields.removeDuplicates();
        return readRecords(m_transport, response, m_version, m_request.keyField, fields);
    }

private:
    QString soql(const QStringList& keys) const
    {
        return SalesforceParser::lookupQuery(m_object, m_request.keyField, m_request.fields, m_where, keys);
    }
    qsizetype urlLength(const QStringList& keys) const
    {
        return m_urlBase + SalesforceParser::encodeQuery(soql(keys)).size();
    }

    Transport& m_transport;
    MakeQuery m_query;
    QString m_version;
    qsizetype m_urlBase;
    QString m_object;
    QString m_where;
    LookupRequest m_request;
};

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

std::optional<ConnectorError> SalesforceConnector::valuesProblem(
    const IntegrationSide& side, const QString& keyField, const QStringList& fields, QString& where) const
{
    if (const auto problem = precondition())
        return problem;
    ConnectorError error;
    if (!SalesforceParser::countQuery(side.object, side.filter, error))
        return error;
    for (const QString& name : QStringList { keyField } + fields) {
        if (!SalesforceParser::isApiName(name))
            return ConnectorError { ErrorKind::NotFound,
                QCoreApplication::translate("SalesforceConnector",
                    "\"%1\" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).")
                    .arg(name.left(80)),
                std::nullopt };
    }
    where = SalesforceParser::whereClause(side.filter, error).value_or(QString());
    return std::nullopt;
}

void SalesforceConnector::sample(
    const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done)
{
    QString where;
    if (const auto problem = valuesProblem(side, request.keyField, request.fields, where))
        return failSample(context, std::move(done), *problem, apiVersion());
    SalesforceParser::SampleQuery base;
    base.object = side.object.trimmed();
    base.keyField = request.keyField;
    base.fields = request.fields;
    base.where = where;
    const QString path = u"/services/data/v%1/query"_s.arg(apiVersion());
    auto query = [this, path](const QString& soql) { return makeRequest(path, SalesforceParser::encodeQuery(soql)); };
    runSample(m_transport, std::make_shared<SalesforceSample>(m_transport, query, apiVersion(), base), request, context,
        std::move(done));
}

void SalesforceConnector::lookup(
    const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done)
{
    QString where;
    if (const auto problem = valuesProblem(side, request.keyField, request.fields, where))
        return failLookup(context, std::move(done), *problem, apiVersion());
    const QString path = u"/services/data/v%1/query"_s.arg(apiVersion());
    auto query = [this, path](const QString& soql) { return makeRequest(path, SalesforceParser::encodeQuery(soql)); };
    const qsizetype urlBase = m_baseUrl.size() + path.size() + 1; // the '?'
    runLookup(m_transport,
        std::make_shared<SalesforceLookup>(
            m_transport, query, apiVersion(), urlBase, side.object.trimmed(), where, request),
        request, context, std::move(done));
}

} // namespace plumbline
