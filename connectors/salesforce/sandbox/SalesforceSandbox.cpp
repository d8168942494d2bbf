#include "SalesforceSandbox.h"

#include <algorithm>

#include <sandbox/SandboxSchemas.h>

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
// Versions this org serves: 31.0-40.0 still answer but are deprecated (Summer '27), below 31.0 are retired (410),
// as in Salesforce's end-of-life table. The retired_version scenario also retires everything up to 62.0.
constexpr int kOldestServed = 31;
constexpr int kNewest = 66;
constexpr int kFirstSupported = 41;
constexpr int kRetiredInScenario = 62;

QString releaseLabel(int major)
{
    // v31.0 was Summer '14; three releases a year since.
    static const QStringList seasons = { u"Summer"_s, u"Winter"_s, u"Spring"_s };
    const int step = major - 31;
    const int season = step % 3;
    const int year = 14 + (step + 2) / 3;
    return u"%1 '%2"_s.arg(seasons.at(season)).arg(year, 2, 10, QChar(u'0'));
}

const QRegularExpression& versionPathRe()
{
    static const QRegularExpression re(u"^/services/data/v(\\d+)\\.0(/.*)?$"_s);
    return re;
}

// The org and the Run As (integration) user every token acts as.
const QString kOrgId = u"00D5g000004SbxQEAS"_s;
const QString kUserId = u"0055g00000BvTqPAAV"_s;

OAuthPolicy policy()
{
    OAuthPolicy p;
    p.grants = { u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s };
    // An External Client App for a desktop app: a public client with PKCE required and Refresh Token Rotation on.
    p.rotatesRefreshTokens = true;
    p.requiresChallenge = true;
    p.refreshNeedsScope = true;
    p.clientCredentialsScope = u"api"_s;
    p.signInScope = u"api refresh_token"_s;
    p.vendorName = u"Salesforce"_s;
    p.unknownClient = { u"invalid_client_id"_s, u"client identifier invalid"_s };
    p.unsupportedResponseType = { u"unsupported_response_type"_s, u"response type not supported"_s };
    p.missingChallenge = { u"invalid_request"_s, u"missing required code challenge"_s };
    return p;
}

SandboxReply oauthError(const QString& error, const QString& description)
{
    return SandboxOAuth::tokenJson(400, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
}
} // namespace

SalesforceSandbox::SalesforceSandbox(SandboxContext& context, QString connectionId)
    : VendorSandbox(context, connectionId)
    , m_oauth(context, connectionId, policy())
{
    context.tokens.addConnection(connectionId, SandboxTokens::Shape::Salesforce, kSessionTimeoutS);
}

QString SalesforceSandbox::tokenPath() const
{
    return u"/services/oauth2/token"_s;
}

QString SalesforceSandbox::authorizePath() const
{
    return u"/services/oauth2/authorize"_s;
}

QByteArray SalesforceSandbox::presentedToken(const SandboxRequest& request) const
{
    // Salesforce takes "Bearer" and its older "OAuth" scheme alike.
    const QByteArray value = request.header("Authorization");
    for (const QByteArray& scheme : { QByteArrayLiteral("Bearer "), QByteArrayLiteral("OAuth ") }) {
        if (value.startsWith(scheme))
            return value.mid(scheme.size()).trimmed();
    }
    return {};
}

SandboxReply SalesforceSandbox::token(const SandboxRequest& request)
{
    if (request.method != "POST")
        return oauthError(u"invalid_request"_s, u"must use HTTP POST"_s);
    const OAuthGrant g = m_oauth.grant(request, state().scenario);
    switch (g.error) {
    case OAuthGrant::Error::None:
        break;
    case OAuthGrant::Error::UnsupportedGrant:
        return oauthError(u"unsupported_grant_type"_s, u"grant type not supported"_s);
    case OAuthGrant::Error::UnknownClient:
        return oauthError(u"invalid_client_id"_s, u"client identifier invalid"_s);
    case OAuthGrant::Error::BadSecret:
        return oauthError(u"invalid_client"_s, u"invalid client credentials"_s);
    case OAuthGrant::Error::BadCode:
        return oauthError(u"invalid_grant"_s, u"expired authorization code"_s);
    case OAuthGrant::Error::BadVerifier:
        return oauthError(u"invalid_grant"_s, u"invalid code verifier"_s);
    case OAuthGrant::Error::RedirectMismatch:
        return oauthError(u"redirect_uri_mismatch"_s, u"redirect_uri must match configuration"_s);
    case OAuthGrant::Error::BadRefreshToken:
    case OAuthGrant::Error::Revoked:
        return oauthError(u"invalid_grant"_s, u"expired access/refresh token"_s);
    }
    // No expires_in, ever: the session timeout decides, and the client learns it from a 401.
    const QString id = baseUrl() + u"/id/"_s + kOrgId + u'/' + kUserId;
    const QString issuedAt = QString::number(g.issuedAt.toMSecsSinceEpoch());
    // As Salesforce signs it: HMAC-SHA256 of id + issued_at, keyed with the client secret.
    const QByteArray signature
        = QMessageAuthenticationCode::hash((id + issuedAt).toUtf8(), secret().toUtf8(), QCryptographicHash::Sha256)
              .toBase64();
    QJsonObject body { { u"access_token"_s, g.accessToken }, { u"signature"_s, QString::fromLatin1(signature) },
        { u"scope"_s, g.scope }, { u"instance_url"_s, baseUrl() }, { u"id"_s, id }, { u"token_type"_s, u"Bearer"_s },
        { u"issued_at"_s, issuedAt }, { u"token_format"_s, u"opaque"_s } };
    if (!g.refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, g.refreshToken);
    return SandboxOAuth::tokenJson(200, body);
}

SandboxReply SalesforceSandbox::authorize(const SandboxRequest& request)
{
    return m_oauth.signInReply(request);
}
SandboxReply SalesforceSandbox::error(int status, const QString& errorCode, const QString& message)
{
    return SandboxReply::json(
        status, QJsonArray { QJsonObject { { u"message"_s, message }, { u"errorCode"_s, errorCode } } });
}

bool SalesforceSandbox::isPublic(const SandboxRequest& request) const
{
    // "You don't need authentication to retrieve the list of versions."
    return request.path == u"/services/data" || request.path == u"/services/data/";
}

bool SalesforceSandbox::authorized(const SandboxRequest& request) const
{
    return request.header("Authorization") == "Bearer " + secret().toUtf8();
}

SandboxReply SalesforceSandbox::unauthorized(const SandboxRequest&) const
{
    SandboxReply r = error(401, u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s);
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token"));
    return r;
}

SandboxReply SalesforceSandbox::forbidden(const SandboxRequest&) const
{
    // A permission problem, deliberately not REQUEST_LIMIT_EXCEEDED (that one means the daily quota is gone).
    return error(403, u"INSUFFICIENT_ACCESS"_s,
        u"The user does not have the API Enabled permission or access to this object."_s);
}

SandboxReply SalesforceSandbox::tooManyRequests(const SandboxRequest&) const
{
    // Salesforce has no 429: an exhausted daily allowance is 403 REQUEST_LIMIT_EXCEEDED.
    return error(403, u"REQUEST_LIMIT_EXCEEDED"_s, u"TotalRequests Limit exceeded."_s);
}

SandboxReply SalesforceSandbox::serverError(int status) const
{
    if (status == 503)
        return error(503, u"SERVER_UNAVAILABLE"_s, u"Server temporarily unavailable. Please try again later."_s);
    return error(500, u"UNKNOWN_EXCEPTION"_s,
        u"An unexpected error occurred. Please include this ErrorId if you contact support: 1893224077-41270 (-1210379286)"_s);
}

std::optional<SandboxReply> SalesforceSandbox::retired(const SandboxRequest& request) const
{
    const auto m = versionPathRe().match(request.path);
    if (!m.hasMatch() || m.captured(1).toInt() > kRetiredInScenario)
        return std::nullopt;
    return error(410, u"UNSUPPORTED_API_VERSION"_s,
        u"API version %1.0 has been retired and is no longer supported."_s.arg(m.captured(1)));
}

qint64 SalesforceSandbox::apiUsed() const
{
    return qMin(kDailyApiMax, 18240 + totalRequests());
}

void SalesforceSandbox::addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const
{
    if (reply.status == 401)
        return;
    qint64 used = apiUsed();
    if (state.scenario == Scenario::RateLimited)
        used = reply.status == 403 ? kDailyApiMax : kDailyApiMax - 12;
    reply.setHeader(QByteArrayLiteral("Sforce-Limit-Info"),
        "api-usage=" + QByteArray::number(used) + '/' + QByteArray::number(kDailyApiMax));
}

void SalesforceSandbox::addDeprecation(SandboxReply& reply, const SandboxRequest& request) const
{
    if (isPublic(request))
        return;
    reply.setHeader(QByteArrayLiteral("Warning"),
        QByteArrayLiteral("299 - \"This API is deprecated and will be removed by Summer '27\""));
    reply.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(60)));
}

SandboxReply SalesforceSandbox::versions() const
{
    const bool retiring = state().scenario == Scenario::RetiredVersion;
    QJsonArray list;
    for (int v = kFirstSupported; v <= kNewest; ++v) {
        if (retiring && v <= kRetiredInScenario)
            continue;
        const QString version = u"%1.0"_s.arg(v);
        list << QJsonObject { { u"label"_s, releaseLabel(v) }, { u"url"_s, QString(u"/services/data/v"_s + version) },
            { u"version"_s, version } };
    }
    return SandboxReply::json(200, list);
}

SandboxReply SalesforceSandbox::route(const SandboxRequest& request)
{
    if (isPublic(request))
        return versions();
    const auto m = versionPathRe().match(request.path);
    if (!m.hasMatch())
        return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    const int major = m.captured(1).toInt();
    if (major > kNewest)
        return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    if (major < kOldestServed)
        return error(410, u"UNSUPPORTED_API_VERSION"_s, u"API version %1.0 has been retired."_s.arg(major));
    QString rest = m.captured(2);
    if (rest.endsWith(u'/'))
        rest.chop(1);
    if (request.method != "GET")
        return error(405, u"METHOD_NOT_ALLOWED"_s,
            u"HTTP Method '%1' not allowed. Allowed are GET"_s.arg(QString::fromLatin1(request.method)));
    SandboxReply reply;
    const QString prefix = u"/services/data/v%1.0"_s.arg(major);
    if (rest.isEmpty()) {
        reply = SandboxReply::json(200,
            QJsonObject { { u"limits"_s, QString(prefix + u"/limits"_s) },
                { u"query"_s, QString(prefix + u"/query"_s) }, { u"sobjects"_s, QString(prefix + u"/sobjects"_s) },
                { u"recent"_s, QString(prefix + u"/recent"_s) } });
    } else if (rest == u"/query") {
        reply = query(request);
    } else if (rest == u"/limits") {
        reply = limits();
    } else if (rest.startsWith(u"/sobjects/") && rest.endsWith(u"/describe")) {
        const QString sobject = rest.mid(10, rest.size() - 10 - 9);
        QJsonObject describe = SandboxSchemas::salesforceDescribe(sobject, state().scenario == Scenario::MappingDrift);
        reply = describe.isEmpty() ? error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s)
                                   : SandboxReply::json(200, describe);
    } else {
        reply = error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    }
    // Versions 31.0-40.0 are deprecated for everyone, whatever the scenario.
    if (major < kFirstSupported && reply.status == 200)
        addDeprecation(reply, request);
    return reply;
}

SandboxReply SalesforceSandbox::query(const SandboxRequest& request)
{
    static const QRegularExpression countRe(
        u"^\\s*SELECT\\s+COUNT\\(\\s*\\)\\s+FROM\\s+(\\w+)(?:\\s+WHERE\\s+(.+))?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString soql = request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).replace(u'+', u' ');
    const auto m = countRe.match(soql);
    static const QRegularExpression selectRe(
        u"^\\s*SELECT\\s+(?!COUNT\\()"_s, QRegularExpression::CaseInsensitiveOption);
    if (!m.hasMatch() && selectRe.match(soql).hasMatch())
        return select(soql, versionPathRe().match(request.path).captured(1).toInt());
    if (!m.hasMatch()) {
        return error(400, u"MALFORMED_QUERY"_s,
            soql.isEmpty() ? u"A query string has to be specified"_s
                           : u"The sandbox answers SELECT COUNT() FROM <object> [WHERE ...] only: %1"_s.arg(soql));
    }
    const QString sobject = m.captured(1);
    qint64 total = 0;
    if (sobject.compare(u"Contact", Qt::CaseInsensitive) == 0) {
        // Contacts arrive from Shopify customers through the Zap: a destination, trailing its source.
        total = servedCount([this](const QDateTime& t) { return dataset().customers(t); }, true);
    } else if (sobject.compare(u"Account", Qt::CaseInsensitive) == 0) {
        total = servedCount([this](const QDateTime& t) { return dataset().accounts(t); }, false);
    } else if (sobject.compare(u"Lead", Qt::CaseInsensitive) == 0) {
        total = servedCount([this](const QDateTime& t) { return dataset().leads(t); }, false);
    } else {
        return error(400, u"INVALID_TYPE"_s,
            u"sObject type '%1' is not supported. If you are attempting to use a custom object, be sure to append "
            "the '__c' after the entity name."_s.arg(sobject));
    }
    return SandboxReply::json(
        200, QJsonObject { { u"totalSize"_s, total }, { u"done"_s, true }, { u"records"_s, QJsonArray {} } });
}

namespace {

// Splits a WHERE clause at AND outside quotes and parentheses.
QStringList conditions(const QString& where)
{
    QStringList out;
    QString current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < where.size(); ++i) {
        const QChar c = where.at(i);
        if (quoted && c == u'\\' && i + 1 < where.size()) {
            current += c;
            current += where.at(++i);
            continue;
        }
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')')
            --depth;
        if (!quoted && depth == 0 && where.mid(i, 5).compare(u" AND "_s, Qt::CaseInsensitive) == 0) {
            out << current.trimmed();
            current.clear();
            i += 4;
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// The string literals of an IN list: 'a', 'b\'c'.
QStringList literals(const QString& list)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (quoted && c == u'\\' && i + 1 < list.size()) {
            current += list.at(++i);
        } else if (c == u'\'') {
            if (quoted)
                out << current;
            current.clear();
            quoted = !quoted;
        } else if (quoted) {
            current += c;
        }
    }
    return out;
}

QString salesforceTime(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
}

} // namespace

QJsonObject SalesforceSandbox::contact(qint64 index, const QStringList& fields, int major) const
{
    const SandboxPerson p = dataset().view(index, PersonView::Salesforce, driftFrom());
    const QString id = u"003%1AAA"_s.arg(index, 12, 10, QLatin1Char('0'));
    const QJsonObject all { { u"Id"_s, id }, { u"Email"_s, p.email }, { u"FirstName"_s, p.firstName },
        { u"LastName"_s, p.lastName }, { u"Phone"_s, p.phone }, { u"CreatedDate"_s, salesforceTime(p.createdAt) },
        { u"LastModifiedDate"_s, salesforceTime(p.updatedAt) } };
    QJsonObject out { { u"attributes"_s,
        QJsonObject { { u"type"_s, u"Contact"_s },
            { u"url"_s, u"/services/data/v%1.0/sobjects/Contact/%2"_s.arg(major).arg(id) } } } };
    for (const QString& f : fields) {
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it.key().compare(f, Qt::CaseInsensitive) == 0)
                out.insert(it.key(), it.value());
        }
    }
    return out;
}

SandboxReply SalesforceSandbox::select(const QString& soql, int major) const
{
    static const QRegularExpression re(u"^\\s*SELECT\\s+(.+?)\\s+FROM\\s+(\\w+)(?:\\s+WHERE\\s+(.+?))?"
                                       "(?:\\s+ORDER\\s+BY\\s+(\\w+)(?:\\s+(ASC|DESC))?)?(?:\\s+LIMIT\\s+(\\d+))?"
                                       "(?:\\s+OFFSET\\s+(\\d+))?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(soql);
    if (!m.hasMatch())
        return error(400, u"MALFORMED_QUERY"_s, u"unexpected token: %1"_s.arg(soql.left(200)));
    const QString sobject = m.captured(2);
    if (sobject.compare(u"Contact", Qt::CaseInsensitive) != 0)
        return SandboxReply::json(
            200, QJsonObject { { u"totalSize"_s, 0 }, { u"done"_s, true }, { u"records"_s, QJsonArray {} } });
    QStringList fields;
    static const QStringList known
        = { u"Id"_s, u"Email"_s, u"FirstName"_s, u"LastName"_s, u"Phone"_s, u"CreatedDate"_s, u"LastModifiedDate"_s };
    for (const QString& f : m.captured(1).split(u',')) {
        const QString name = f.trimmed();
        const bool renamed = state().scenario == Scenario::MappingDrift && name.compare(u"FirstName") == 0;
        if (renamed || !known.contains(name, Qt::CaseInsensitive))
            return error(400, u"INVALID_FIELD"_s,
                u"No such column '%1' on entity 'Contact'. If you are attempting to use a custom field, be sure to "
                "append the '__c' after the custom field name."_s.arg(name));
        fields << name;
    }
    const qint64 offset = m.captured(7).toLongLong();
    if (offset > 2000)
        return error(400, u"NUMBER_OUTSIDE_VALID_RANGE"_s, u"Maximum SOQL offset allowed is 2000"_s);

    QDateTime from;
    QDateTime to;
    bool toInclusive = false;
    QString inField;
    QSet<QString> inKeys;
    for (const QString& c : conditions(m.captured(3))) {
        static const QRegularExpression timeRe(
            u"^LastModifiedDate\\s*(>=|>|<=|<)\\s*(\\S+)$"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression inRe(u"^(\\w+)\\s+IN\\s*\\((.*)\\)$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        if (const auto t = timeRe.match(c); t.hasMatch()) {
            const QDateTime at = QDateTime::fromString(t.captured(2), Qt::ISODate);
            if (t.captured(1).startsWith(u'>'))
                from = t.captured(1) == u">" ? at.addMSecs(1) : at;
            else
                std::tie(to, toInclusive) = std::pair { at, t.captured(1) == u"<=" };
        } else if (const auto in = inRe.match(c); in.hasMatch()) {
            inField = in.captured(1);
            for (const QString& k : literals(in.captured(2)))
                inKeys.insert(k.toLower()); // SOQL compares strings case-insensitively
        }
    }
    // Contacts are the Shopify customers that arrived through the Zap (by creation time, as Mailchimp's members).
    const QDateTime arrived = now().addSecs(-SandboxDataset::kSyncLagS);
    const qint64 people = dataset().people(now());
    QList<QPair<QDateTime, qint64>> rows;
    for (qint64 i = 0; i < people; ++i) {
        const SandboxPerson p = dataset().person(i);
        if (!p.customer || p.createdAt > arrived || !SandboxDataset::atDestination(i, valueDrift()))
            continue;
        if ((from.isValid() && p.updatedAt < from)
            || (to.isValid() && (toInclusive ? p.updatedAt > to : p.updatedAt >= to)))
            continue;
        if (!inField.isEmpty()) {
            const QJsonValue v = contact(i, { inField }, major).value(inField);
            if (!inKeys.contains(v.toString().toLower()))
                continue;
        }
        rows.append({ p.updatedAt, i });
    }
    if (m.captured(4).compare(u"LastModifiedDate", Qt::CaseInsensitive) == 0)
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (m.captured(5).compare(u"DESC", Qt::CaseInsensitive) == 0)
        std::reverse(rows.begin(), rows.end());
    const qint64 limit = m.captured(6).isEmpty() ? 2000 : qMin<qint64>(2000, m.captured(6).toLongLong());
    QJsonArray records;
    for (qint64 k = offset; k < qMin<qint64>(rows.size(), offset + limit); ++k)
        records << contact(rows.at(k).second, fields, major);
    return SandboxReply::json(200,
        QJsonObject { { u"totalSize"_s, qint64(records.size()) }, { u"done"_s, true }, { u"records"_s, records } });
}

SandboxReply SalesforceSandbox::limits() const
{
    const bool limited = state().scenario == Scenario::RateLimited;
    const qint64 remaining = limited ? 12 : kDailyApiMax - apiUsed();
    auto pair = [](qint64 max, qint64 remaining) {
        return QJsonObject { { u"Max"_s, max }, { u"Remaining"_s, remaining } };
    };
    return SandboxReply::json(200,
        QJsonObject { { u"DailyApiRequests"_s, pair(kDailyApiMax, remaining) },
            { u"DailyAsyncApexExecutions"_s, pair(250000, 250000) }, { u"DailyBulkApiBatches"_s, pair(15000, 15000) },
            { u"DataStorageMB"_s, pair(5120, 4870) }, { u"FileStorageMB"_s, pair(20480, 20311) } });
}

std::optional<SandboxReply> SalesforceSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted object: SOQL names it INVALID_TYPE, its describe is NOT_FOUND (as for an object that never was).
    const auto m = versionPathRe().match(request.path);
    if (!m.hasMatch())
        return std::nullopt;
    const QString rest = m.captured(2);
    if (rest.startsWith(u"/sobjects/"))
        return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    if (!rest.startsWith(u"/query"))
        return std::nullopt;
    static const QRegularExpression fromRe(u"\\bFROM\\s+(\\w+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString soql = request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).replace(u'+', u' ');
    const QString sobject = fromRe.match(soql).captured(1);
    return error(400, u"INVALID_TYPE"_s,
        u"sObject type '%1' is not supported. If you are attempting to use a custom object, be sure to append the "
        "'__c' after the entity name."_s.arg(sobject));
}

} // namespace plumbline
