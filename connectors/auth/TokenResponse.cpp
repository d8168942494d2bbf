#include "TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qsizetype kDescriptionLimit = 300;

QString text(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

bool transientCode(const QString& error)
{
    // Salesforce rate_limit_exceeded; RFC 6749's server_error and temporarily_unavailable.
    return error == u"rate_limit_exceeded" || error == u"temporarily_unavailable" || error == u"server_error";
}

std::optional<qint64> expiresIn(const QJsonValue& v)
{
    qint64 s = 0;
    if (v.isDouble())
        s = qint64(v.toDouble());
    else if (v.isString())
        s = v.toString().trimmed().toLongLong();
    // 0 (Mailchimp) means it does not expire; a negative or absurd value is not a lifetime.
    if (s <= 0 || s > 10LL * 365 * 86400)
        return std::nullopt;
    return s;
}

std::optional<QDateTime> issuedAt(const QJsonValue& v)
{
    const qint64 ms = v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
    if (ms <= 0)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

ErrorKind TokenResponse::errorKind() const
{
    switch (outcome) {
    case Outcome::Granted:
        return ErrorKind::None;
    case Outcome::SignInAgain:
        return ErrorKind::GrantRefused;
    case Outcome::Transient:
        if (transportError != ErrorKind::None)
            return transportError;
        if (httpStatus == 408)
            return ErrorKind::Timeout;
        if (httpStatus == 429 || transientCode(error))
            return ErrorKind::RateLimited;
        return ErrorKind::Server;
    case Outcome::Unreadable:
        break;
    }
    return ErrorKind::Parse;
}

TokenResponse TokenResponse::unreachable(ErrorKind kind, const QString& message)
{
    TokenResponse r;
    r.outcome = Outcome::Transient;
    r.transportError = kind == ErrorKind::None ? ErrorKind::Network : kind;
    r.description = message.simplified().left(kDescriptionLimit);
    return r;
}

TokenResponse TokenResponse::parse(int httpStatus, const QByteArray& body)
{
    TokenResponse r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.isObject() ? doc.object() : QJsonObject();

    r.error = text(o, "error"_L1);
    // HubSpot: {"status":"BAD_REFRESH_TOKEN","message":"…"} (the status is "error" on other failures).
    const QString status = text(o, "status"_L1);
    if (r.error.isEmpty() && !status.isEmpty() && status != u"error" && status.toUpper() == status)
        r.error = status;
    r.description = text(o, "error_description"_L1);
    if (r.description.isEmpty())
        r.description = text(o, "message"_L1);
    r.description = r.description.simplified().left(kDescriptionLimit);

    const bool transientStatus = httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    if (transientStatus || transientCode(r.error)) {
        r.outcome = Outcome::Transient;
        return r;
    }
    // Any other 4xx (invalid_grant, invalid_client, BAD_REFRESH_TOKEN, …), and a 2xx that names an error all the
    // same, refuses the grant or the client: retrying will not help.
    if (httpStatus >= 400 || !r.error.isEmpty()) {
        r.outcome = Outcome::SignInAgain;
        return r;
    }
    const QString accessToken = text(o, "access_token"_L1);
    if (httpStatus < 200 || httpStatus >= 300 || !doc.isObject() || accessToken.isEmpty()) {
        r.outcome = Outcome::Unreadable;
        return r;
    }
    TokenGrant g;
    g.accessToken = accessToken;
    g.tokenType = text(o, "token_type"_L1);
    g.expiresInS = expiresIn(o.value("expires_in"_L1));
    g.refreshToken = text(o, "refresh_token"_L1);
    g.scope = text(o, "scope"_L1);
    g.instanceUrl = text(o, "instance_url"_L1);
    g.identity = text(o, "id"_L1);
    g.issuedAt = issuedAt(o.value("issued_at"_L1));
    r.grant = g;
    r.outcome = Outcome::Granted;
    return r;
}

} // namespace plumbline
