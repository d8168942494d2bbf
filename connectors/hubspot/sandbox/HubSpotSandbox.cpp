#include "HubSpotSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <sandbox/SandboxSchemas.h>

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
constexpr int kTenSecondMax = 190; // Professional tier
constexpr qint64 kDailyMax = 625000;
const QStringList kDateVersions = { u"2025-09"_s, u"2026-03"_s };
const QStringList kObjects = { u"contacts"_s, u"companies"_s };

OAuthPolicy policy()
{
    OAuthPolicy p;
    // HubSpot's client_credentials grant serves the webhooks journal only, not the CRM.
    p.grants = { u"authorization_code"_s, u"refresh_token"_s };
    p.secretForAuthorizationCode = true;
    p.secretForRefresh = true;
    p.signInScope = u"oauth crm.objects.contacts.read crm.objects.companies.read"_s;
    p.vendorName = u"HubSpot"_s;
    p.unknownClient = { u"invalid_client"_s, u"missing or unknown client id"_s };
    p.unsupportedResponseType = { u"unsupported_response_type"_s, u"response_type must be code"_s };
    p.missingChallenge = { u"invalid_request"_s, u"code_challenge_method must be S256"_s };
    return p;
}

// "0 second(s)", "92 minute(s)", "5 hour(s)", "19884 day(s)": the largest unit that fits twice, as HubSpot words it.
QString ago(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds >= 2 * 86400)
        return u"%1 day(s)"_s.arg(seconds / 86400);
    if (seconds >= 2 * 3600)
        return u"%1 hour(s)"_s.arg(seconds / 3600);
    if (seconds >= 120)
        return u"%1 minute(s)"_s.arg(seconds / 60);
    return u"%1 second(s)"_s.arg(seconds);
}
} // namespace

HubSpotSandbox::HubSpotSandbox(SandboxContext& context, QString connectionId)
    : VendorSandbox(context, connectionId)
    , m_oauth(context, connectionId, policy())
{
    context.tokens.addConnection(connectionId, SandboxTokens::Shape::HubSpot, kAccessTokenLifetimeS);
}

QString HubSpotSandbox::tokenPath() const
{
    return u"/oauth/2026-03/token"_s;
}

QString HubSpotSandbox::authorizePath() const
{
    return u"/oauth/authorize"_s;
}

bool HubSpotSandbox::authorized(const SandboxRequest& request) const
{
    return request.header("Authorization") == "Bearer " + secret().toUtf8();
}

QByteArray HubSpotSandbox::presentedToken(const SandboxRequest& request) const
{
    const QByteArray value = request.header("Authorization");
    return value.startsWith("Bearer ") ? value.mid(7).trimmed() : QByteArray();
}

SandboxReply HubSpotSandbox::oauthError(const QString& status, const QString& message, const QString& error) const
{
    // The 2026-03 endpoints keep HubSpot's status/message and add the RFC 6749 pair.
    return SandboxOAuth::tokenJson(400,
        QJsonObject { { u"status"_s, status }, { u"message"_s, message }, { u"correlationId"_s, uuid() },
            { u"error"_s, error }, { u"error_description"_s, message } });
}

SandboxReply HubSpotSandbox::token(const SandboxRequest& request)
{
    if (request.method != "POST")
        return error(405, u"VALIDATION_ERROR"_s, u"Method not allowed"_s);
    const OAuthGrant g = m_oauth.grant(request, state().scenario);
    switch (g.error) {
    case OAuthGrant::Error::None:
        break;
    case OAuthGrant::Error::UnsupportedGrant:
        return oauthError(u"BAD_GRANT_TYPE"_s, u"missing or unknown grant type"_s, u"unsupported_grant_type"_s);
    case OAuthGrant::Error::UnknownClient:
    case OAuthGrant::Error::BadSecret:
        return oauthError(u"BAD_CLIENT_ID"_s, u"missing or unknown client id"_s, u"invalid_client"_s);
    case OAuthGrant::Error::BadCode:
    case OAuthGrant::Error::BadVerifier:
        return oauthError(u"BAD_AUTH_CODE"_s, u"missing or unknown auth code"_s, u"invalid_grant"_s);
    case OAuthGrant::Error::RedirectMismatch:
        return oauthError(
            u"BAD_REDIRECT_URI"_s, u"redirect URI does not match initial auth code URL"_s, u"invalid_grant"_s);
    case OAuthGrant::Error::BadRefreshToken:
    case OAuthGrant::Error::Revoked:
        return oauthError(u"BAD_REFRESH_TOKEN"_s, u"missing or invalid refresh token"_s, u"invalid_grant"_s);
    }
    // HubSpot does not rotate: the same refresh token comes back with every new access token.
    return SandboxOAuth::tokenJson(200,
        QJsonObject { { u"token_type"_s, u"bearer"_s }, { u"refresh_token"_s, g.refreshToken },
            { u"access_token"_s, g.accessToken }, { u"expires_in"_s, g.lifetimeS } });
}

SandboxReply HubSpotSandbox::authorize(const SandboxRequest& request)
{
    return m_oauth.signInReply(request);
}

SandboxReply HubSpotSandbox::expired(const SandboxRequest&, const QDateTime& expiredAt) const
{
    SandboxReply r = SandboxReply::json(401,
        QJsonObject { { u"status"_s, u"error"_s },
            { u"message"_s,
                u"The OAuth token used to make this call expired %1 ago."_s.arg(ago(expiredAt.secsTo(now()))) },
            { u"correlationId"_s, uuid() }, { u"category"_s, u"EXPIRED_AUTHENTICATION"_s },
            { u"context"_s, QJsonObject { { u"expire time"_s, QJsonArray { isoMs(expiredAt) } } } } });
    r.setHeader(QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized"));
    return r;
}

SandboxReply HubSpotSandbox::error(int status, const QString& category, const QString& message) const
{
    SandboxReply r = SandboxReply::json(status,
        QJsonObject { { u"status"_s, u"error"_s }, { u"message"_s, message }, { u"correlationId"_s, uuid() },
            { u"category"_s, category } });
    return r;
}

SandboxReply HubSpotSandbox::unauthorized(const SandboxRequest&) const
{
    SandboxReply r = error(401, u"INVALID_AUTHENTICATION"_s,
        u"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more "
        "details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s);
    r.setHeader(QByteArrayLiteral("x-hubspot-auth-failure"), QByteArrayLiteral("401 Unauthorized"));
    return r;
}

SandboxReply HubSpotSandbox::forbidden(const SandboxRequest&) const
{
    QJsonObject body { { u"status"_s, u"error"_s },
        { u"message"_s,
            u"This app hasn't been granted all required scopes to make this call. Read more about required scopes "
            "here: https://developers.hubspot.com/scopes."_s },
        { u"correlationId"_s, uuid() },
        { u"errors"_s,
            QJsonArray { QJsonObject { { u"message"_s, u"One or more of the following scopes are required."_s },
                { u"context"_s,
                    QJsonObject {
                        { u"requiredGranularScopes"_s, QJsonArray { u"crm.objects.contacts.read"_s } } } } } } },
        { u"links"_s, QJsonObject { { u"scopes"_s, u"https://developers.hubspot.com/scopes"_s } } },
        { u"category"_s, u"MISSING_SCOPES"_s } };
    return SandboxReply::json(403, body);
}

SandboxReply HubSpotSandbox::tooManyRequests(const SandboxRequest&) const
{
    return SandboxReply::json(429,
        QJsonObject { { u"status"_s, u"error"_s },
            { u"message"_s, u"You have reached your ten_secondly_rolling limit."_s },
            { u"errorType"_s, u"RATE_LIMIT"_s }, { u"correlationId"_s, uuid() },
            { u"policyName"_s, u"TEN_SECONDLY_ROLLING"_s }, { u"requestId"_s, uuid() } });
}

SandboxReply HubSpotSandbox::serverError(int status) const
{
    SandboxReply r = status == 503
        ? error(503, u"SERVICE_UNAVAILABLE"_s, u"The service is temporarily unavailable. Please try again later."_s)
        : error(500, u"INTERNAL_ERROR"_s, u"internal error"_s);
    if (status == 503)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

std::optional<SandboxReply> HubSpotSandbox::retired(const SandboxRequest& request) const
{
    if (!request.path.startsWith(u"/crm/"))
        return std::nullopt;
    SandboxReply r = error(410, u"GONE"_s,
        u"This API version is no longer supported. See https://developers.hubspot.com/docs/api-reference/legacy/migration-guide"_s);
    r.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(-1)));
    return r;
}

void HubSpotSandbox::addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const
{
    const bool limited = state.scenario == Scenario::RateLimited;
    const int used = clientUse(10000, kTenSecondMax);
    const int remaining = limited ? 2 : qMax(0, kTenSecondMax - used);
    const qint64 dailyRemaining = limited ? 150 : qMax<qint64>(0, kDailyMax - 41250 - totalRequests());
    reply.setHeader(QByteArrayLiteral("X-HubSpot-RateLimit-Max"), QByteArray::number(kTenSecondMax));
    reply.setHeader(QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"), QByteArray::number(remaining));
    reply.setHeader(QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArrayLiteral("10000"));
    reply.setHeader(QByteArrayLiteral("X-HubSpot-RateLimit-Daily"), QByteArray::number(kDailyMax));
    reply.setHeader(QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray::number(dailyRemaining));
    reply.setHeader(QByteArrayLiteral("X-HubSpot-Correlation-Id"), uuid().toLatin1());
}

SandboxReply HubSpotSandbox::route(const SandboxRequest& request)
{
    // /crm/v3/properties/{obj}, /crm/properties/{date}/{obj}, /crm/v3/objects/{obj}/search,
    // /crm/objects/{date}/{obj}/search
    static const QRegularExpression propsRe(u"^/crm/(?:v3/properties|properties/(\\d{4}-\\d{2}))/([a-z_0-9]+)/?$"_s);
    static const QRegularExpression searchRe(u"^/crm/(?:v3/objects|objects/(\\d{4}-\\d{2}))/([a-z_0-9]+)/search/?$"_s);
    static const QRegularExpression batchRe(
        u"^/crm/(?:v3/objects|objects/(\\d{4}-\\d{2}))/([a-z_0-9]+)/batch/read/?$"_s);
    for (const auto* re : { &propsRe, &searchRe, &batchRe }) {
        const auto m = re->match(request.path);
        if (!m.hasMatch())
            continue;
        const QString date = m.captured(1);
        const QString object = m.captured(2);
        if (!date.isEmpty() && !kDateVersions.contains(date))
            return error(404, u"OBJECT_NOT_FOUND"_s, u"Unknown API version %1"_s.arg(date));
        if (!kObjects.contains(object))
            return error(400, u"VALIDATION_ERROR"_s, u"Unable to infer object type from: %1"_s.arg(object));
        if (re == &propsRe) {
            if (request.method != "GET")
                return error(405, u"VALIDATION_ERROR"_s, u"Method not allowed"_s);
            return properties(object);
        }
        if (request.method != "POST")
            return error(405, u"VALIDATION_ERROR"_s, u"Method not allowed"_s);
        return re == &batchRe ? batchRead(object, request) : search(object, request);
    }
    return error(404, u"OBJECT_NOT_FOUND"_s, u"Resource not found: %1"_s.arg(request.path));
}

SandboxReply HubSpotSandbox::properties(const QString& objectType) const
{
    const bool drifted = state().scenario == Scenario::MappingDrift;
    return SandboxReply::json(
        200, QJsonObject { { u"results"_s, SandboxSchemas::hubspotProperties(objectType, drifted) } });
}

SandboxReply HubSpotSandbox::search(const QString& objectType, const SandboxRequest& request)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = request.body.trimmed().isEmpty() ? QJsonDocument(QJsonObject {})
                                                               : QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, u"VALIDATION_ERROR"_s,
            u"Invalid input JSON on line 1, column %1: %2"_s.arg(parseError.offset + 1).arg(parseError.errorString()));
    const QJsonObject body = doc.object();
    const int limit = body.value(u"limit").toInt(10);
    if (limit < 0 || limit > 200)
        return error(400, u"VALIDATION_ERROR"_s, u"limit must be between 0 and 200"_s);

    // The one filter the sandbox understands is the opt-out flag, which is what makes HubSpot and Mailchimp
    // counts comparable; any other filter counts everyone.
    enum class OptOut
    {
        Any,
        OnlyOut,
        OnlyIn
    } optOut
        = OptOut::Any;
    for (const QJsonValue& group : body.value(u"filterGroups").toArray()) {
        for (const QJsonValue& f : group.toObject().value(u"filters").toArray()) {
            const QJsonObject filter = f.toObject();
            if (filter.value(u"propertyName").toString() != u"hs_email_optout")
                continue;
            const QString op = filter.value(u"operator").toString();
            const QJsonValue v = filter.value(u"value");
            const bool value = v.isBool() ? v.toBool() : v.toString() == u"true";
            const bool wantOut = (op == u"EQ") == value;
            if (op == u"EQ" || op == u"NEQ")
                optOut = wantOut ? OptOut::OnlyOut : OptOut::OnlyIn;
            else if (op == u"NOT_HAS_PROPERTY")
                optOut = OptOut::OnlyIn;
        }
    }
    // Value checks narrow to a lastmodifieddate window (BETWEEN, GTE/GT, LT/LTE, epoch milliseconds as HubSpot takes).
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const QJsonValue& group : body.value(u"filterGroups").toArray()) {
        for (const QJsonValue& f : group.toObject().value(u"filters").toArray()) {
            const QJsonObject filter = f.toObject();
            if (filter.value(u"propertyName").toString() != u"lastmodifieddate")
                continue;
            const QString op = filter.value(u"operator").toString();
            const qint64 value = filter.value(u"value").toVariant().toLongLong();
            const qint64 high = filter.value(u"highValue").toVariant().toLongLong();
            if (op == u"BETWEEN") {
                fromMs = qMax(fromMs, value);
                toMs = qMin(toMs, high);
            } else if (op == u"GTE" || op == u"GT") {
                fromMs = qMax(fromMs, op == u"GT" ? value + 1 : value);
            } else if (op == u"LTE" || op == u"LT") {
                toMs = qMin(toMs, op == u"LT" ? value - 1 : value);
            }
        }
    }
    const bool windowed = fromMs != std::numeric_limits<qint64>::min() || toMs != std::numeric_limits<qint64>::max();
    const qint64 after = body.value(u"after").toString().toLongLong();
    if (after + limit > 10000)
        return error(400, u"VALIDATION_ERROR"_s,
            u"The maximum number of results for a search query is 10000; after + limit is %1"_s.arg(after + limit));

    qint64 total = 0;
    if (objectType == u"companies") {
        total = servedCount([this](const QDateTime& t) { return dataset().accounts(t); }, false);
    } else if (optOut == OptOut::OnlyIn) {
        total = servedCount([this](const QDateTime& t) { return dataset().subscribed(t); }, false);
    } else if (optOut == OptOut::OnlyOut) {
        total = servedCount([this](const QDateTime& t) { return dataset().optedOut(t); }, false);
    } else {
        total = servedCount([this](const QDateTime& t) { return dataset().people(t); }, false);
    }

    // The matching contacts in the order asked (one sort, as HubSpot honours), by index otherwise.
    QList<QPair<qint64, qint64>> matching; // (last modified ms, index)
    const QJsonObject sort = body.value(u"sorts").toArray().first().toObject();
    const bool indexOrder = sort.value(u"propertyName").toString() != u"lastmodifieddate"
        && sort.value(u"direction").toString() != u"DESCENDING";
    // In index order without a window, a page needs only the people up to its end (counts stay cheap).
    const qint64 needed = windowed || !indexOrder ? total : qMin(total, after + limit);
    if (objectType == u"contacts") {
        const qint64 people = dataset().people(now());
        for (qint64 i = 0; i < people && matching.size() < needed; ++i) {
            const SandboxPerson p = dataset().person(i);
            if ((optOut == OptOut::OnlyIn && p.emailOptOut) || (optOut == OptOut::OnlyOut && !p.emailOptOut))
                continue;
            const qint64 changed = p.updatedAt.toMSecsSinceEpoch();
            if (windowed && (changed < fromMs || changed > toMs))
                continue;
            matching.append({ changed, i });
        }
        if (windowed)
            total = matching.size();
    }
    if (sort.value(u"propertyName").toString() == u"lastmodifieddate")
        std::stable_sort(
            matching.begin(), matching.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (sort.value(u"direction").toString() == u"DESCENDING")
        std::reverse(matching.begin(), matching.end());

    QStringList properties;
    for (const QJsonValue& p : body.value(u"properties").toArray())
        properties << p.toString();
    if (properties.isEmpty()) // HubSpot's default set
        properties
            = { u"createdate"_s, u"email"_s, u"firstname"_s, u"hs_object_id"_s, u"lastmodifieddate"_s, u"lastname"_s };
    QJsonArray results;
    for (qint64 i = after; i < qMin<qint64>(matching.size(), after + limit); ++i)
        results << contact(matching.at(i).second, properties);
    QJsonObject out { { u"total"_s, total }, { u"results"_s, results } };
    if (after + limit < total) {
        const QString next = QString::number(after + limit);
        out.insert(
            u"paging"_s, QJsonObject { { u"next"_s, QJsonObject { { u"after"_s, next }, { u"link"_s, QString() } } } });
    }
    return SandboxReply::json(200, out);
}

QJsonObject HubSpotSandbox::contact(qint64 index, const QStringList& properties) const
{
    const SandboxPerson p = dataset().view(index, PersonView::HubSpot);
    const QString id = QString::number(1001 + index);
    const QJsonObject all { { u"createdate"_s, isoMs(p.createdAt) }, { u"email"_s, p.email },
        { u"firstname"_s, p.firstName }, { u"lastname"_s, p.lastName }, { u"phone"_s, p.phone },
        { u"company"_s, p.company }, { u"lifecyclestage"_s, p.lifecycleStage },
        { u"hs_email_optout"_s, p.emailOptOut ? u"true"_s : u"false"_s }, { u"hs_object_id"_s, id },
        { u"lastmodifieddate"_s, isoMs(p.updatedAt) } };
    QJsonObject props;
    for (const QString& name : properties)
        props.insert(name, all.value(name).isUndefined() ? QJsonValue(QJsonValue::Null) : all.value(name));
    return QJsonObject { { u"id"_s, id }, { u"properties"_s, props }, { u"createdAt"_s, isoMs(p.createdAt) },
        { u"updatedAt"_s, isoMs(p.updatedAt) }, { u"archived"_s, false } };
}

SandboxReply HubSpotSandbox::batchRead(const QString& objectType, const SandboxRequest& request) const
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, u"VALIDATION_ERROR"_s,
            u"Invalid input JSON on line 1, column %1: %2"_s.arg(parseError.offset + 1).arg(parseError.errorString()));
    const QJsonObject body = doc.object();
    const QJsonArray inputs = body.value(u"inputs").toArray();
    if (inputs.size() > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"Batch input cannot exceed 100 items"_s);
    const QString idProperty = body.value(u"idProperty").toString(u"hs_object_id"_s);
    QStringList properties;
    for (const QJsonValue& p : body.value(u"properties").toArray())
        properties << p.toString();
    if (properties.isEmpty())
        properties
            = { u"createdate"_s, u"email"_s, u"firstname"_s, u"hs_object_id"_s, u"lastmodifieddate"_s, u"lastname"_s };

    // Contacts by e-mail (matched case-insensitively, as HubSpot stores e-mails in lower case) or by record id.
    QHash<QString, qint64> byKey;
    const qint64 people = objectType == u"contacts" ? dataset().people(now()) : 0;
    for (qint64 i = 0; i < people; ++i) {
        const SandboxPerson p = dataset().person(i);
        byKey.insert(idProperty == u"email" ? p.email.toLower() : QString::number(1001 + i), i);
    }
    QJsonArray results;
    QJsonArray missing;
    for (const QJsonValue& input : inputs) {
        const QString key = input.toObject().value(u"id").toString();
        const auto it = byKey.constFind(idProperty == u"email" ? key.trimmed().toLower() : key.trimmed());
        if (it == byKey.cend())
            missing << key;
        else
            results << contact(*it, properties);
    }
    const QString at = isoMs(now());
    QJsonObject out { { u"status"_s, u"COMPLETE"_s }, { u"results"_s, results }, { u"startedAt"_s, at },
        { u"completedAt"_s, at } };
    if (missing.isEmpty())
        return SandboxReply::json(200, out);
    out.insert(u"numErrors"_s, 1);
    out.insert(u"errors"_s,
        QJsonArray { QJsonObject { { u"status"_s, u"error"_s }, { u"category"_s, u"OBJECT_NOT_FOUND"_s },
            { u"message"_s,
                u"Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid."_s },
            { u"context"_s, QJsonObject { { u"ids"_s, missing } } } } });
    return SandboxReply::json(207, out);
}

std::optional<SandboxReply> HubSpotSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted (custom) object type: HubSpot answers 400 "Unable to infer object type from: …" (the wording of
    // HubSpot/hubspot-api-php#128; tests/data/vendors/hubspot/SOURCES.md).
    static const QRegularExpression objectRe(
        u"^/crm/(?:v3/properties|properties/\\d{4}-\\d{2}|v3/objects|objects/\\d{4}-\\d{2})/([a-z_0-9]+)(?:/search|/batch/read)?/?$"_s);
    const auto m = objectRe.match(request.path);
    if (!m.hasMatch())
        return std::nullopt;
    return error(400, u"VALIDATION_ERROR"_s, u"Unable to infer object type from: %1"_s.arg(m.captured(1)));
}

} // namespace plumbline
