#include "ShopifyConnector.h"

#include "ShopifyParser.h"

#include <ResponseSignals.h>
#include <Transport.h>
#include <VendorProfile.h>

#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

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

void ShopifyConnector::get(const QString& path, const QUrlQuery& query, QObject* context, Then then)
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
    const QString version = apiVersion();
    m_transport.send(std::move(request), context, [then = std::move(then), version](const HttpResponse& r) {
        ResponseMeta meta = ResponseSignals::read(r, version);
        const QString served = ShopifyParser::readVersionSignals(r.headers, version, meta.deprecation);
        if (!served.isEmpty())
            meta.servedApiVersion = served;
        if (const auto q = ShopifyParser::parseCallLimit(r.headers))
            meta.quota = *q;
        then(r, meta);
    });
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

} // namespace plumbline
