#include "ShopifyConnector.h"

#include "ShopifyParser.h"

#include <LookupPlan.h>
#include <ResponseSignals.h>
#include <SamplePlan.h>
#include <Transport.h>
#include <VendorProfile.h>

#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

template <typename R> void answerLater(QObject* context, const Connector::Done<R>& done, R r)
{
    QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
}

bool isResourceName(const QString& object)
{
    static const QRegularExpression re(u"^[a-z][a-z_]{0,63}$"_s);
    return re.match(object).hasMatch();
}

QString versionPath(const QString& version)
{
    return u"/admin/api/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(version)));
}

class ShopifySample final : public SamplePlan
{
public:
    ShopifySample(const ShopifyConnector& connector, IntegrationSide side, QUrlQuery filter, SampleRequest request)
        : m_connector(connector)
        , m_side(std::move(side))
        , m_filter(std::move(filter))
        , m_request(std::move(request))
    {
    }

    QString vendorName() const override { return u"Shopify"_s; }
    int pageLimit() const override { return 250; }
    HttpRequest probe() const override { return m_connector.request(path(u"/count.json"_s), m_filter); }
    HttpRequest recent(const QDateTime& since, const QDateTime& before, int limit, qint64) const override
    {
        // REST lists by id, not by change: read a full page of the window and keep its most recent `limit`. The page
        // also tells how far the ids reach, for the spread pivots.
        m_recentWant = limit;
        return list({ m_request.keyField, m_request.fields, pageLimit(), since, before, m_lastRecentId });
    }
    HttpRequest spread(qint64 offset, int limit, qint64 population) override
    {
        // since_id pivots: the first page from the start tells the smallest id and how densely ids follow each other
        // (ids grow with creation, with gaps); the others jump to where the record at `offset` should be.
        qint64 pivot = 0;
        if (m_spreadPages++ > 0 && m_density > 0 && population > 0)
            pivot = m_minId - 1 + qint64(m_density * double(offset));
        return list({ m_request.keyField, m_request.fields, limit, {}, {}, pivot });
    }
    ValuePage read(Kind kind, const HttpResponse& response) override
    {
        ValuePage page;
        if (!response.error.ok()) {
            page.error = m_connector.errorOf(response);
        } else if (kind == Kind::Probe) {
            const CountResult count = ShopifyParser::parseCount(response.body);
            page.total = count.count;
            page.error = count.error;
        } else {
            ShopifyParser::Customers customers
                = ShopifyParser::parseCustomers(response.body, m_request.keyField, m_request.fields);
            page = customers.page;
            if (customers.minId > 0)
                m_minId = m_minId == 0 ? customers.minId : qMin(m_minId, customers.minId);
            m_maxId = qMax(m_maxId, customers.maxId);
            if (kind == Kind::Spread && m_density == 0 && page.records.size() > 1 && customers.maxId > customers.minId)
                m_density = double(customers.maxId - customers.minId) / double(page.records.size() - 1);
            if (kind == Kind::Recent) {
                m_lastRecentId = customers.maxId; // REST lists by id: the next recent page goes on from here
                std::stable_sort(page.records.begin(), page.records.end(),
                    [](const ValueRecord& a, const ValueRecord& b) { return a.changedAt > b.changedAt; });
                if (page.records.size() > m_recentWant)
                    page.records.resize(m_recentWant);
            }
        }
        page.meta = m_connector.metaOf(response);
        return page;
    }

private:
    QString path(const QString& tail) const
    {
        return versionPath(m_connector.apiVersion()) + u'/' + m_side.object + tail;
    }
    HttpRequest list(const ShopifyParser::CustomersPage& p) const
    {
        QUrlQuery q = ShopifyParser::customersQuery(p);
        for (const auto& item : m_filter.queryItems(QUrl::FullyDecoded))
            q.addQueryItem(item.first, item.second);
        return m_connector.request(path(u".json"_s), q);
    }

    const ShopifyConnector& m_connector;
    IntegrationSide m_side;
    QUrlQuery m_filter;
    SampleRequest m_request;
    qint64 m_minId = 0;
    qint64 m_maxId = 0;
    qint64 m_lastRecentId = 0;
    mutable int m_recentWant = 0;
    int m_spreadPages = 0;
    double m_density = 0; // ids per record, from the first spread page
};

class ShopifyLookup final : public LookupPlan
{
public:
    static constexpr int kBatch = 25; // keeps the search query modest (the OR-term cap is UNCONFIRMED)

    ShopifyLookup(const ShopifyConnector& connector, IntegrationSide side, LookupRequest request)
        : m_connector(connector)
        , m_side(std::move(side))
        , m_request(std::move(request))
    {
    }

    QString vendorName() const override { return u"Shopify"_s; }
    std::optional<Step> next(const LookupProgress& progress) override
    {
        const QStringList keys = progress.pending.mid(0, kBatch);
        const QString path = versionPath(m_connector.apiVersion()) + u'/' + m_side.object + u"/search.json"_s;
        return Step { m_connector.request(path, ShopifyParser::searchQuery(m_request.keyField, m_request.fields, keys)),
            keys };
    }
    ValuePage read(Step&, const HttpResponse& response) override
    {
        ValuePage page;
        if (response.error.ok())
            page = ShopifyParser::parseCustomers(response.body, m_request.keyField, m_request.fields).page;
        else
            page.error = m_connector.errorOf(response);
        page.meta = m_connector.metaOf(response);
        return page;
    }

private:
    const ShopifyConnector& m_connector;
    IntegrationSide m_side;
    LookupRequest m_request;
};

} // namespace

ShopifyConnector::ShopifyConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QString ShopifyConnector::apiVersion() const
{
    return m_connection.apiVersion.isEmpty() ? VendorCatalog::profile(Vendor::Shopify).defaultApiVersion
                                             : m_connection.apiVersion;
}

std::optional<QUrlQuery> ShopifyConnector::filterQuery(const QJsonValue& filter)
{
    QUrlQuery q;
    if (filter.isNull() || filter.isUndefined())
        return q;
    if (filter.isString()) {
        QString text = filter.toString().trimmed();
        if (text.startsWith(u'?'))
            text.remove(0, 1);
        if (text.isEmpty())
            return q;
        for (const QString& pair : text.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return std::nullopt;
            q.addQueryItem(QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()));
        }
        return q;
    }
    if (filter.isObject()) {
        const QJsonObject o = filter.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isString())
                q.addQueryItem(it.key(), it->toString());
            else if (it->isDouble())
                q.addQueryItem(it.key(), QString::number(it->toDouble(), 'g', 17));
            else if (it->isBool())
                q.addQueryItem(it.key(), it->toBool() ? u"true"_s : u"false"_s);
            else
                return std::nullopt;
        }
        return q;
    }
    return std::nullopt;
}

HttpRequest ShopifyConnector::request(const QString& path, const QUrlQuery& query) const
{
    HttpRequest request;
    request.method = "GET";
    QUrl url(m_baseUrl + path);
    if (!query.isEmpty())
        url.setQuery(query);
    request.url = url;
    request.headers = { { "X-Shopify-Access-Token", m_secret.toUtf8() }, { "Accept", "application/json" } };
    request.connectionId = m_connection.id;
    attachCredential(request);
    return request;
}

ResponseMeta ShopifyConnector::metaOf(const HttpResponse& r) const
{
    const QString version = apiVersion();
    ResponseMeta meta = ResponseSignals::read(r, version);
    const QString served = ShopifyParser::readVersionSignals(r.headers, version, meta.deprecation);
    if (!served.isEmpty())
        meta.servedApiVersion = served;
    if (const auto q = ShopifyParser::parseCallLimit(r.headers))
        meta.quota = *q;
    return meta;
}

ConnectorError ShopifyConnector::errorOf(const HttpResponse& r) const
{
    ConnectorError e = ShopifyParser::refineError(r.status, r.error, r.body);
    e.message = m_transport.redactor().redact(e.message);
    return e;
}

void ShopifyConnector::get(const QString& path, const QUrlQuery& query, QObject* context, Then then)
{
    m_transport.send(
        request(path, query), context, [this, then = std::move(then)](const HttpResponse& r) { then(r, metaOf(r)); });
}

void ShopifyConnector::testConnection(QObject* context, Done<TestResult> done)
{
    const QString base = u"/admin/api/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(apiVersion())));
    get(base + u"/shop.json"_s, {}, context,
        [this, base, context, done](const HttpResponse& r, const ResponseMeta& meta) {
            TestResult result;
            if (!r.error.ok()) {
                result.error = ShopifyParser::refineError(r.status, r.error, r.body);
                result.error.message = m_transport.redactor().redact(result.error.message);
            } else {
                result = ShopifyParser::parseShop(r.body);
            }
            result.meta = meta;
            if (!result.error.ok()) {
                done(result);
                return;
            }
            // Custom apps may also read which deprecated calls they made; other apps get 403/404, which is no
            // failure of the connection.
            get(base + u"/deprecated_api_calls.json"_s, {}, context,
                [done, result](const HttpResponse& r2, const ResponseMeta&) mutable {
                    if (r2.error.ok()) {
                        const auto calls = ShopifyParser::parseDeprecatedApiCalls(r2.body);
                        if (calls.error.ok() && calls.calls > 0) {
                            DeprecationSignals& d = result.meta.deprecation;
                            d.deprecated = true;
                            if (calls.deprecation.sunset && (!d.sunset || *calls.deprecation.sunset < *d.sunset))
                                d.sunset = calls.deprecation.sunset;
                            d.notice = d.notice.isEmpty() ? calls.deprecation.notice
                                                          : d.notice + u"; "_s + calls.deprecation.notice;
                        }
                    }
                    done(result);
                });
        });
}

void ShopifyConnector::count(const IntegrationSide& side, QObject* context, Done<CountResult> done)
{
    CountResult early;
    early.meta.requestedApiVersion = apiVersion();
    early.meta.servedApiVersion = apiVersion();
    if (!isResourceName(side.object)) {
        early.error = { ErrorKind::NotFound,
            tr("\"%1\" is not a Shopify REST resource name (e.g. customers, orders, products).").arg(side.object),
            std::nullopt };
        answerLater(context, done, early);
        return;
    }
    const auto query = filterQuery(side.filter);
    if (!query) {
        early.error = { ErrorKind::Parse,
            tr("A Shopify filter is query parameters, e.g. \"created_at_min=2026-01-01\" or {\"status\": \"any\"}."),
            std::nullopt };
        answerLater(context, done, early);
        return;
    }
    const QString path
        = u"/admin/api/%1/%2/count.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(apiVersion())), side.object);
    get(path, *query, context, [this, done](const HttpResponse& r, const ResponseMeta& meta) {
        CountResult result;
        if (!r.error.ok()) {
            result.error = ShopifyParser::refineError(r.status, r.error, r.body);
            result.error.message = m_transport.redactor().redact(result.error.message);
        } else {
            result = ShopifyParser::parseCount(r.body);
        }
        result.meta = meta;
        done(result);
    });
}

void ShopifyConnector::schema(const QString& object, QObject* context, Done<SchemaResult> done)
{
    SchemaResult r;
    r.meta.requestedApiVersion = apiVersion();
    r.meta.servedApiVersion = apiVersion();
    if (const auto fields = ShopifyParser::resourceFields(object)) {
        r.fields = *fields;
    } else {
        r.error = { ErrorKind::NotFound,
            tr("Plumbline knows the fields of the Shopify resources %1, not of \"%2\".")
                .arg(ShopifyParser::knownResources().join(u", "_s), object),
            std::nullopt };
    }
    answerLater(context, done, r);
}

void ShopifyConnector::quota(QObject* context, Done<QuotaResult> done)
{
    const QString path = u"/admin/api/%1/shop.json"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(apiVersion())));
    get(path, {}, context, [this, done](const HttpResponse& r, const ResponseMeta& meta) {
        QuotaResult result;
        result.meta = meta;
        result.quota = meta.quota;
        if (!r.error.ok()) {
            result.error = ShopifyParser::refineError(r.status, r.error, r.body);
            result.error.message = m_transport.redactor().redact(result.error.message);
        }
        done(result);
    });
}

void ShopifyConnector::sample(
    const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done)
{
    const auto filter = filterQuery(side.filter);
    if (!isResourceName(side.object) || !filter || request.keyField.trimmed().isEmpty())
        return failSample(context, std::move(done),
            { ErrorKind::NotFound,
                tr("A value check needs a Shopify resource (customers), a key field and a usable filter."),
                std::nullopt },
            apiVersion());
    runSample(
        m_transport, std::make_shared<ShopifySample>(*this, side, *filter, request), request, context, std::move(done));
}

void ShopifyConnector::lookup(
    const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done)
{
    if (!isResourceName(side.object) || request.keyField.trimmed().isEmpty())
        return failLookup(context, std::move(done),
            { ErrorKind::NotFound, tr("A value check needs a Shopify resource (customers) and a key field."),
                std::nullopt },
            apiVersion());
    runLookup(m_transport, std::make_shared<ShopifyLookup>(*this, side, request), request, context, std::move(done));
}

} // namespace plumbline
