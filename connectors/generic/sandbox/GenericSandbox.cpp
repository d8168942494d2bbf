#include "GenericSandbox.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
constexpr int kQuota = 600; // per minute

OAuthPolicy policy()
{
    OAuthPolicy p;
    p.grants = { u"client_credentials"_s };
    p.grantsRequestedScope = true;
    p.clientCredentialsScope = u"contacts:read"_s;
    return p;
}
} // namespace

GenericSandbox::GenericSandbox(
    SandboxContext& context, QString connectionId, QByteArray authHeader, QByteArray authScheme)
    : VendorSandbox(context, connectionId)
    , m_authHeader(std::move(authHeader))
    , m_authScheme(std::move(authScheme))
    , m_oauth(context, connectionId, policy())
{
    context.tokens.addConnection(connectionId, SandboxTokens::Shape::Generic, kAccessTokenLifetimeS);
}

QString GenericSandbox::tokenPath() const
{
    return u"/oauth/token"_s;
}

QByteArray GenericSandbox::presentedToken(const SandboxRequest& request) const
{
    const QByteArray value = request.header("Authorization");
    return value.startsWith("Bearer ") ? value.mid(7).trimmed() : QByteArray();
}

SandboxReply GenericSandbox::token(const SandboxRequest& request)
{
    if (request.method != "POST")
        return failure(405, u"Method not allowed."_s);
    const OAuthGrant g = m_oauth.grant(request, state().scenario);
    // RFC 6749 §5.2 words.
    const auto refuse = [&g](const QString& error, const QString& description) {
        // A client that authenticated with Basic and failed gets 401 and a challenge (§5.2, invalid_client).
        const bool challenge = error == u"invalid_client" && g.basicAuth;
        SandboxReply r = SandboxOAuth::tokenJson(
            challenge ? 401 : 400, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
        if (challenge)
            r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"warehouse-api\""));
        return r;
    };
    switch (g.error) {
    case OAuthGrant::Error::None:
        break;
    case OAuthGrant::Error::UnsupportedGrant:
        return refuse(u"unsupported_grant_type"_s, u"The grant type is not supported: use client_credentials."_s);
    case OAuthGrant::Error::UnknownClient:
    case OAuthGrant::Error::BadSecret:
        return refuse(u"invalid_client"_s, u"Client authentication failed."_s);
    case OAuthGrant::Error::BadCode:
    case OAuthGrant::Error::BadVerifier:
    case OAuthGrant::Error::RedirectMismatch:
    case OAuthGrant::Error::BadRefreshToken:
    case OAuthGrant::Error::Revoked:
        return refuse(u"invalid_grant"_s, u"The grant is invalid, expired or revoked."_s);
    }
    return SandboxOAuth::tokenJson(200,
        QJsonObject { { u"access_token"_s, g.accessToken }, { u"token_type"_s, u"Bearer"_s },
            { u"expires_in"_s, g.lifetimeS }, { u"scope"_s, g.scope } });
}

SandboxReply GenericSandbox::expired(const SandboxRequest&, const QDateTime&) const
{
    // RFC 6750 §3.1: an expired token is invalid_token.
    SandboxReply r = failure(401, u"The access token expired."_s);
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"),
        QByteArrayLiteral("Bearer error=\"invalid_token\", error_description=\"The access token expired\""));
    return r;
}

SandboxReply GenericSandbox::failure(int status, const QString& message) const
{
    const QJsonObject error { { u"id"_s, uuid() }, { u"status"_s, status }, { u"timestamp"_s, isoMs(now()) },
        { u"message"_s, message } };
    return SandboxReply::json(status,
        QJsonObject {
            { u"meta"_s, QJsonObject { { u"total"_s, QJsonValue::Null } } }, { u"errors"_s, QJsonArray { error } } });
}

bool GenericSandbox::authorized(const SandboxRequest& request) const
{
    const QByteArray expected = m_authScheme.isEmpty() ? secret().toUtf8() : m_authScheme + ' ' + secret().toUtf8();
    return request.header(m_authHeader).trimmed() == expected;
}

SandboxReply GenericSandbox::unauthorized(const SandboxRequest&) const
{
    SandboxReply r = failure(401, u"Invalid or missing API key."_s);
    r.setHeader(
        QByteArrayLiteral("WWW-Authenticate"), m_authScheme.isEmpty() ? QByteArrayLiteral("ApiKey") : m_authScheme);
    return r;
}

SandboxReply GenericSandbox::forbidden(const SandboxRequest&) const
{
    return failure(403, u"This API key may not read contacts."_s);
}

SandboxReply GenericSandbox::tooManyRequests(const SandboxRequest&) const
{
    SandboxReply r = failure(429, u"Rate limit exceeded."_s);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2"));
    return r;
}

SandboxReply GenericSandbox::serverError(int status) const
{
    SandboxReply r = failure(status, status == 503 ? u"Service unavailable."_s : u"Internal server error."_s);
    if (status == 503)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

std::optional<SandboxReply> GenericSandbox::retired(const SandboxRequest&) const
{
    SandboxReply r = failure(410, u"This API version has been retired."_s);
    r.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(-1)));
    return r;
}

void GenericSandbox::addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const
{
    const bool limited = state.scenario == Scenario::RateLimited;
    const int remaining = limited ? (reply.status == 429 ? 0 : 3) : kQuota - clientUse(60000, kQuota);
    const int reset = 60 - now().time().second();
    reply.setHeader(QByteArrayLiteral("RateLimit-Policy"), "\"default\";q=" + QByteArray::number(kQuota) + ";w=60");
    reply.setHeader(QByteArrayLiteral("RateLimit"),
        "\"default\";r=" + QByteArray::number(remaining) + ";t=" + QByteArray::number(reset));
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(kQuota));
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(remaining));
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(reset));
}

SandboxReply GenericSandbox::route(const SandboxRequest& request)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (request.method != "GET" && request.method != "POST")
        return failure(405, u"Method not allowed."_s);
    if (path.isEmpty())
        return SandboxReply::json(200,
            QJsonObject {
                { u"status"_s, u"ok"_s }, { u"service"_s, u"warehouse-api"_s }, { u"version"_s, u"1.4.2"_s } });
    if (path != u"/contacts")
        return failure(404, u"No such collection: %1"_s.arg(path.mid(1)));
    const qint64 total = servedCount([this](const QDateTime& t) { return dataset().people(t); }, true);
    // Records the sync rejected show up in the error list, as loaders usually report them.
    QJsonArray errors;
    const ScenarioState& st = state();
    if (st.scenario == Scenario::CountDrift || st.scenario == Scenario::GrowingGap) {
        for (int i = 0; i < 3; ++i) {
            errors << QJsonObject { { u"id"_s, u"rej-%1-%2"_s.arg(st.countRequests).arg(i) }, { u"status"_s, 422 },
                { u"timestamp"_s, isoMs(now().addSecs(-20 * i)) },
                { u"message"_s, u"Rejected contact: email domain is on the suppression list"_s } };
        }
    }
    return SandboxReply::json(200,
        QJsonObject { { u"meta"_s, QJsonObject { { u"total"_s, total }, { u"page"_s, 1 }, { u"per_page"_s, 0 } } },
            { u"errors"_s, errors }, { u"data"_s, contacts(request) } });
}

QJsonArray GenericSandbox::contacts(const SandboxRequest& request) const
{
    // Without limit or email (a count) the list stays empty, as before value checks.
    const QString email = request.query.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed().toLower();
    const int limit = qBound(0, request.query.queryItemValue(u"limit"_s).toInt(), 100);
    const qint64 offset = qMax(0, request.query.queryItemValue(u"offset"_s).toInt());
    if (email.isEmpty() && limit == 0)
        return {};
    // Loaded from the CRM, a sync lag after each contact's creation.
    const QDateTime arrived = now().addSecs(-SandboxDataset::kSyncLagS);
    const qint64 people = dataset().people(now());
    QJsonArray out;
    qint64 seen = 0;
    for (qint64 i = 0; i < people; ++i) {
        const SandboxPerson p = dataset().view(i, PersonView::Generic, driftFrom());
        if (p.createdAt > arrived || !SandboxDataset::atDestination(i, valueDrift()))
            continue;
        if (!email.isEmpty() && p.email.toLower() != email)
            continue;
        if (email.isEmpty() && seen++ < offset)
            continue;
        out << QJsonObject { { u"id"_s, QString::number(50000 + i) }, { u"email"_s, p.email },
            { u"firstname"_s, p.firstName }, { u"lastname"_s, p.lastName }, { u"phone"_s, p.phone },
            { u"company"_s, p.company }, { u"updated_at"_s, isoMs(p.updatedAt) } };
        if (email.isEmpty() && out.size() >= limit)
            break;
    }
    return out;
}

std::optional<SandboxReply> GenericSandbox::deleted(const SandboxRequest& request) const
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return std::nullopt;
    return failure(404, u"No such collection: %1"_s.arg(path.mid(1)));
}

} // namespace plumbline
