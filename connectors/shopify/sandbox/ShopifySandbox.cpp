#include "ShopifySandbox.h"

#include <sandbox/SandboxFields.h>

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
constexpr int kBucket = 40;
constexpr int kLeakPerSecond = 2;
// Supported stable versions, oldest first. retired_version drops the oldest (2025-01).
const QStringList kSupported
    = { u"2025-01"_s, u"2025-04"_s, u"2025-07"_s, u"2025-10"_s, u"2026-01"_s, u"2026-04"_s, u"2026-07"_s };

const QRegularExpression& adminRe()
{
    static const QRegularExpression re(u"^/admin/api/([0-9]{4}-[0-9]{2}|unstable)(/.*)$"_s);
    return re;
}

OAuthPolicy policy()
{
    OAuthPolicy p;
    p.grants = { u"client_credentials"_s };
    p.clientCredentialsScope = u"read_customers,read_orders,read_products"_s;
    return p;
}

// Shopify's OAuth server words its refusals as Doorkeeper does (RFC 6749 §5.2 codes).
SandboxReply oauthError(const QString& error, const QString& description)
{
    SandboxReply r
        = SandboxOAuth::tokenJson(400, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
    r.setHeader(QByteArrayLiteral("X-Request-Id"), VendorSandbox::uuid().toLatin1());
    return r;
}
} // namespace

ShopifySandbox::ShopifySandbox(SandboxContext& context, QString connectionId, QString shop)
    : VendorSandbox(context, connectionId)
    , m_shop(std::move(shop))
    , m_oauth(context, connectionId, policy())
{
    context.tokens.addConnection(connectionId, SandboxTokens::Shape::Shopify, kAccessTokenLifetimeS);
}

QString ShopifySandbox::tokenPath() const
{
    return u"/admin/oauth/access_token"_s;
}

QByteArray ShopifySandbox::presentedToken(const SandboxRequest& request) const
{
    return request.header("X-Shopify-Access-Token").trimmed();
}

SandboxReply ShopifySandbox::token(const SandboxRequest& request)
{
    if (request.method != "POST")
        return errors(406, u"Not Acceptable"_s);
    const OAuthGrant g = m_oauth.grant(request, state().scenario);
    switch (g.error) {
    case OAuthGrant::Error::None:
        break;
    case OAuthGrant::Error::UnsupportedGrant:
        return oauthError(u"unsupported_grant_type"_s,
            u"The authorization grant type is not supported by the authorization server."_s);
    case OAuthGrant::Error::UnknownClient:
    case OAuthGrant::Error::BadSecret:
        return oauthError(u"invalid_client"_s,
            u"Client authentication failed due to unknown client, no client authentication included, or "
            "unsupported authentication method."_s);
    case OAuthGrant::Error::BadCode:
    case OAuthGrant::Error::BadVerifier:
    case OAuthGrant::Error::RedirectMismatch:
    case OAuthGrant::Error::BadRefreshToken:
    case OAuthGrant::Error::Revoked:
        return oauthError(u"invalid_grant"_s,
            u"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used "
            "in the authorization request, or was issued to another client."_s);
    }
    return SandboxOAuth::tokenJson(200,
        QJsonObject {
            { u"access_token"_s, g.accessToken }, { u"scope"_s, g.scope }, { u"expires_in"_s, g.lifetimeS } });
}

SandboxReply ShopifySandbox::errors(int status, const QString& message)
{
    SandboxReply r = SandboxReply::json(status, QJsonObject { { u"errors"_s, message } });
    r.setHeader(QByteArrayLiteral("X-Request-Id"), uuid().toLatin1());
    return r;
}

bool ShopifySandbox::authorized(const SandboxRequest& request) const
{
    return request.header("X-Shopify-Access-Token") == secret().toUtf8();
}

SandboxReply ShopifySandbox::unauthorized(const SandboxRequest&) const
{
    return errors(401, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
}

SandboxReply ShopifySandbox::forbidden(const SandboxRequest&) const
{
    return errors(403, u"[API] This action requires merchant approval for read_customers scope."_s);
}

SandboxReply ShopifySandbox::tooManyRequests(const SandboxRequest&) const
{
    SandboxReply r = errors(
        429, u"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."_s);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2.0"));
    return r;
}

SandboxReply ShopifySandbox::serverError(int status) const
{
    if (status == 503)
        return errors(503, u"Service Unavailable"_s);
    return errors(500, u"Internal Server Error"_s);
}

QString ShopifySandbox::servedVersion(const QString& requested) const
{
    QStringList supported = kSupported;
    if (state().scenario == Scenario::RetiredVersion)
        supported.removeFirst();
    if (requested == u"unstable" || supported.contains(requested))
        return requested;
    // Shopify does not refuse an unsupported version: it serves the oldest supported one instead.
    return supported.first();
}

std::optional<SandboxReply> ShopifySandbox::retired(const SandboxRequest&) const
{
    return std::nullopt; // falls forward: see servedVersion()
}

void ShopifySandbox::addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const
{
    // Leaky bucket: requests of the last 20 s, less what leaked at 2 per second, approximated by the window.
    int used = qBound(1, clientUse(1000 * kBucket / kLeakPerSecond, kBucket) / 2 + 1, kBucket);
    if (state.scenario == Scenario::RateLimited)
        used = reply.status == 429 ? kBucket : kBucket - 1;
    reply.setHeader(QByteArrayLiteral("X-Shopify-Shop-Api-Call-Limit"),
        QByteArray::number(used) + '/' + QByteArray::number(kBucket));
}

void ShopifySandbox::addDeprecation(SandboxReply& reply, const SandboxRequest&) const
{
    reply.setHeader(QByteArrayLiteral("X-Shopify-API-Deprecated-Reason"),
        QByteArrayLiteral("https://shopify.dev/api/usage/versioning#deprecation-practices"));
    reply.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(60)));
}

SandboxReply ShopifySandbox::route(const SandboxRequest& request)
{
    const auto m = adminRe().match(request.path);
    if (!m.hasMatch())
        return errors(404, u"Not Found"_s);
    const QString served = servedVersion(m.captured(1));
    const QString rest = m.captured(2);
    SandboxReply reply;
    if (request.method != "GET") {
        reply = errors(406, u"Not Acceptable"_s);
    } else if (rest == u"/shop.json") {
        reply = SandboxReply::json(200,
            QJsonObject { { u"shop"_s,
                QJsonObject { { u"id"_s, 548380009 }, { u"name"_s, u"Plumbline Sandbox Store"_s },
                    { u"email"_s, u"owner@plumbline-sandbox.example"_s }, { u"domain"_s, m_shop },
                    { u"myshopify_domain"_s, m_shop }, { u"plan_name"_s, u"basic"_s }, { u"currency"_s, u"USD"_s },
                    { u"iana_timezone"_s, u"America/New_York"_s },
                    { u"created_at"_s, u"2022-05-10T11:02:13-04:00"_s } } } });
    } else if (rest == u"/customers/count.json") {
        // Customers are a source (they flow to Salesforce through the Zap). Filters are accepted and ignored.
        const qint64 count = servedCount([this](const QDateTime& t) { return dataset().customers(t); }, false);
        reply = SandboxReply::json(200, QJsonObject { { u"count"_s, count } });
    } else if (rest == u"/customers.json") {
        reply = customers(request);
    } else if (rest == u"/customers/search.json") {
        reply = search(request);
    } else if (rest == u"/deprecated_api_calls.json") {
        QJsonArray calls;
        if (state().scenario == Scenario::DeprecatedVersion) {
            calls << QJsonObject { { u"api_type"_s, u"REST"_s },
                { u"description"_s, u"The REST Admin API version %1 is deprecated."_s.arg(served) },
                { u"documentation_url"_s, u"https://shopify.dev/api/usage/versioning"_s },
                { u"endpoint"_s, u"Customer"_s }, { u"last_call_at"_s, QString(isoMs(now()).left(19) + u"Z"_s) },
                { u"migration_deadline"_s, QString(isoMs(now().addDays(60)).left(19) + u"Z"_s) },
                { u"graphql_schema_name"_s, QJsonValue::Null }, { u"version"_s, served } };
        }
        reply = SandboxReply::json(200,
            QJsonObject { { u"data_updated_at"_s, QString(isoMs(now()).left(19) + u"Z"_s) },
                { u"deprecated_api_calls"_s, calls } });
    } else {
        reply = errors(404, u"Not Found"_s);
    }
    reply.setHeader(QByteArrayLiteral("X-Shopify-API-Version"), served.toLatin1());
    reply.setHeader(QByteArrayLiteral("X-Request-Id"), uuid().toLatin1());
    return reply;
}

namespace {
constexpr qint64 kFirstCustomerId = 6100000000; // ids grow with creation, as Shopify's do

QString shopTime(const QDateTime& t)
{
    return t.toOffsetFromUtc(-5 * 3600).toString(Qt::ISODate); // the shop's zone, America/New_York (EST)
}
} // namespace

QJsonObject ShopifySandbox::customer(qint64 index) const
{
    const SandboxPerson p = dataset().view(index, PersonView::Shopify);
    return QJsonObject { { u"id"_s, kFirstCustomerId + index }, { u"email"_s, p.email },
        { u"first_name"_s, p.firstName }, { u"last_name"_s, p.lastName }, { u"phone"_s, p.phone },
        { u"state"_s, u"enabled"_s }, { u"created_at"_s, shopTime(p.createdAt) },
        { u"updated_at"_s, shopTime(p.updatedAt) },
        { u"default_address"_s,
            QJsonObject { { u"address1"_s, u"%1 Harbour Street"_s.arg(1 + index % 200) }, { u"city"_s, u"Portland"_s },
                { u"province_code"_s, u"OR"_s }, { u"zip"_s, u"97201"_s }, { u"country_code"_s, u"US"_s },
                { u"company"_s, p.company } } } };
}

SandboxReply ShopifySandbox::page(
    const QList<qint64>& indexes, const SandboxRequest& request, const ShopifySandbox& self)
{
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt();
    if (limit < 1 || limit > 250)
        return errors(400, u"limit must be between 1 and 250"_s);
    const QStringList fields = SandboxFields::fromQuery(request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded));
    QJsonArray out;
    for (qint64 i : indexes) {
        if (out.size() >= limit)
            break;
        out << SandboxFields::keep(self.customer(i), fields);
    }
    return SandboxReply::json(200, QJsonObject { { u"customers"_s, out } });
}

SandboxReply ShopifySandbox::customers(const SandboxRequest& request) const
{
    const auto item
        = [&request](const QString& name) { return request.query.queryItemValue(name, QUrl::FullyDecoded); };
    const QDateTime min = QDateTime::fromString(item(u"updated_at_min"_s), Qt::ISODate);
    const QDateTime max = QDateTime::fromString(item(u"updated_at_max"_s), Qt::ISODate);
    const qint64 sinceId = item(u"since_id"_s).toLongLong();
    const qint64 people = dataset().people(now());
    QList<qint64> selected;
    for (qint64 i = qMax<qint64>(0, sinceId - kFirstCustomerId + 1); i < people; ++i) {
        const SandboxPerson p = dataset().person(i);
        // Shopify's bounds are inclusive and in seconds.
        const QDateTime changed = p.updatedAt.addMSecs(-p.updatedAt.time().msec());
        if (!p.customer || (min.isValid() && changed < min) || (max.isValid() && changed > max))
            continue;
        selected << i;
        if (selected.size() >= 250)
            break;
    }
    return page(selected, request, *this);
}

SandboxReply ShopifySandbox::search(const SandboxRequest& request) const
{
    // The sandbox understands the e-mail terms of Shopify's search syntax, joined by OR; matching ignores case.
    QSet<QString> emails;
    for (const QString& term : request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded).split(u" OR "_s)) {
        const QString t = term.trimmed();
        if (t.startsWith(u"email:", Qt::CaseInsensitive))
            emails.insert(t.mid(6).trimmed().toLower());
    }
    QList<qint64> selected;
    const qint64 people = dataset().people(now());
    for (qint64 i = 0; i < people && !emails.isEmpty(); ++i) {
        const SandboxPerson p = dataset().person(i);
        if (p.customer && emails.contains(p.email.toLower()))
            selected << i;
    }
    return page(selected, request, *this);
}

std::optional<SandboxReply> ShopifySandbox::deleted(const SandboxRequest& request) const
{
    // What the integration counts is gone: Shopify's plain {"errors":"Not Found"}.
    const auto m = adminRe().match(request.path);
    if (!m.hasMatch() || m.captured(2) == u"/shop.json" || m.captured(2) == u"/deprecated_api_calls.json")
        return std::nullopt;
    return errors(404, u"Not Found"_s);
}

} // namespace plumbline
