#include "SandboxOAuth.h"

#include "SandboxContext.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
QString value(const QList<QPair<QString, QString>>& form, const QString& name)
{
    for (const auto& [key, v] : form) {
        if (key == name)
            return v;
    }
    return {};
}

bool asksForRefreshToken(const QString& scope)
{
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    return scopes.isEmpty() || scopes.contains(u"refresh_token") || scopes.contains(u"offline_access");
}
} // namespace

SandboxOAuth::SandboxOAuth(SandboxContext& context, QString connectionId, OAuthPolicy policy)
    : m_context(context)
    , m_connectionId(std::move(connectionId))
    , m_policy(std::move(policy))
{
}

QList<QPair<QString, QString>> SandboxOAuth::form(const QByteArray& body)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        v.replace('+', ' ');
        out.append({ QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(v) });
    }
    return out;
}

QString SandboxOAuth::challengeS256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SandboxOAuth::registeredRedirect(const QString& uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return false;
    const QString host = url.host();
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

SandboxReply SandboxOAuth::redirect(const QString& redirectUri, const QList<QPair<QString, QString>>& params)
{
    QByteArray location = QUrl(redirectUri).toEncoded();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto& [name, v] : params) {
        location += separator + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(v);
        separator = '&';
    }
    SandboxReply r;
    r.status = 302;
    r.setHeader(QByteArrayLiteral("Location"), location);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store"));
    return r;
}

SandboxReply SandboxOAuth::redirectRefusedPage(const QString& vendor, const QString& redirectUri)
{
    const QString title = tr("Sign-in refused");
    const QString text = redirectUri.isEmpty()
        ? tr("The sign-in request names no redirect address, so %1 cannot send the sign-in back.").arg(vendor)
        : tr("The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.")
              .arg(redirectUri.toHtmlEscaped(), vendor);
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                         "<h1>%1</h1><p>%2</p><p><code>error=redirect_uri_mismatch&amp;error_description=redirect_uri "
                         "must match configuration</code></p></body></html>\n"_s.arg(title.toHtmlEscaped(), text);
    SandboxReply r;
    r.status = 400;
    r.body = html.toUtf8();
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    return r;
}

SandboxReply SandboxOAuth::tokenJson(int status, const QJsonObject& body)
{
    SandboxReply r = SandboxReply::json(status, body);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return r;
}

OAuthGrant SandboxOAuth::grant(const SandboxRequest& request, Scenario scenario)
{
    OAuthGrant g;
    const auto f = form(request.body);
    g.grantType = value(f, u"grant_type"_s);
    QString clientId = value(f, u"client_id"_s);
    QString secret = value(f, u"client_secret"_s);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        // RFC 6749 §2.3.1: id and secret form-encoded, joined by ':', base64.
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        g.basicAuth = true;
        clientId = QUrl::fromPercentEncoding(colon < 0 ? pair : pair.left(colon));
        secret = colon < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(colon + 1));
    }
    if (!m_policy.grants.contains(g.grantType)) {
        g.error = OAuthGrant::Error::UnsupportedGrant;
        return g;
    }
    if (clientId.isEmpty() || clientId != m_context.clientIds.value(m_connectionId)) {
        g.error = OAuthGrant::Error::UnknownClient;
        return g;
    }
    const bool secretNeeded = g.grantType == u"client_credentials"
        || (g.grantType == u"authorization_code" && m_policy.secretForAuthorizationCode)
        || (g.grantType == u"refresh_token" && m_policy.secretForRefresh);
    // An empty client_secret counts as none: Qt 6.4's OAuth flow sends one empty for public clients.
    if ((secretNeeded || !secret.isEmpty()) && secret != m_context.secrets.value(m_connectionId)) {
        g.error = OAuthGrant::Error::BadSecret;
        return g;
    }
    if (scenario == Scenario::RefreshRevoked) {
        g.error = OAuthGrant::Error::Revoked;
        return g;
    }

    SandboxTokens& tokens = m_context.tokens;
    g.issuedAt = m_context.now();
    g.lifetimeS = tokens.lifetime(m_connectionId);
    const bool diesEarly = scenario == Scenario::TokenExpired;
    int family = 0;
    if (g.grantType == u"client_credentials") {
        const QString asked = value(f, u"scope"_s);
        g.scope = m_policy.grantsRequestedScope && !asked.isEmpty() ? asked : m_policy.clientCredentialsScope;
    } else if (g.grantType == u"authorization_code") {
        const QString code = value(f, u"code"_s);
        const auto issued = tokens.redeemCode(m_connectionId, code, g.issuedAt);
        if (!issued || issued->clientId != clientId) {
            g.error = OAuthGrant::Error::BadCode;
            return g;
        }
        if (value(f, u"redirect_uri"_s) != issued->redirectUri) {
            g.error = OAuthGrant::Error::RedirectMismatch;
            return g;
        }
        if (!issued->codeChallenge.isEmpty() && challengeS256(value(f, u"code_verifier"_s)) != issued->codeChallenge) {
            g.error = OAuthGrant::Error::BadVerifier;
            return g;
        }
        g.scope = issued->scope.isEmpty() ? m_policy.signInScope : issued->scope;
        if (!m_policy.refreshNeedsScope || asksForRefreshToken(issued->scope)) {
            g.refreshToken = tokens.newFamily(m_connectionId, g.scope, &family);
            tokens.bindCode(m_connectionId, code, family);
        }
    } else {
        const QString presented = value(f, u"refresh_token"_s);
        switch (tokens.refreshState(m_connectionId, presented)) {
        case SandboxTokens::RefreshState::Unknown:
            g.error = OAuthGrant::Error::BadRefreshToken;
            return g;
        case SandboxTokens::RefreshState::Invalidated:
            // Reuse of a rotated-out refresh token: the current one and all its access tokens die with it.
            if (m_policy.rotatesRefreshTokens)
                tokens.revokeFamily(m_connectionId, tokens.familyOf(m_connectionId, presented));
            g.error = OAuthGrant::Error::BadRefreshToken;
            return g;
        case SandboxTokens::RefreshState::Valid:
            break;
        }
        family = tokens.familyOf(m_connectionId, presented);
        const QString scope = tokens.scopeOf(m_connectionId, family);
        g.scope = scope.isEmpty() ? m_policy.signInScope : scope;
        g.refreshToken = m_policy.rotatesRefreshTokens ? tokens.rotate(m_connectionId, presented) : presented;
    }
    g.accessToken = tokens.issueAccessToken(m_connectionId, g.issuedAt, family, diesEarly);
    return g;
}

SandboxReply SandboxOAuth::signInReply(const SandboxRequest& request)
{
    const OAuthSignIn s = signIn(request);
    const auto refusal = [](const OAuthPolicy::SignInRefusal& r) -> QList<QPair<QString, QString>> {
        return { { u"error"_s, r.error }, { u"error_description"_s, r.description } };
    };
    QList<QPair<QString, QString>> params;
    switch (s.error) {
    case OAuthSignIn::Error::BadRedirect:
        return redirectRefusedPage(m_policy.vendorName, s.redirectUri);
    case OAuthSignIn::Error::None:
        params = { { u"code"_s, s.code } };
        break;
    case OAuthSignIn::Error::UnknownClient:
        params = refusal(m_policy.unknownClient);
        break;
    case OAuthSignIn::Error::UnsupportedResponseType:
        params = refusal(m_policy.unsupportedResponseType);
        break;
    case OAuthSignIn::Error::MissingChallenge:
        params = refusal(m_policy.missingChallenge);
        break;
    }
    if (!s.state.isEmpty())
        params.append({ u"state"_s, s.state });
    return redirect(s.redirectUri, params);
}

OAuthSignIn SandboxOAuth::signIn(const SandboxRequest& request)
{
    OAuthSignIn s;
    const auto item
        = [&request](const QString& name) { return request.query.queryItemValue(name, QUrl::FullyDecoded); };
    s.redirectUri = item(u"redirect_uri"_s);
    s.state = item(u"state"_s);
    if (s.redirectUri.isEmpty() || !registeredRedirect(s.redirectUri)) {
        s.error = OAuthSignIn::Error::BadRedirect;
        return s;
    }
    const QString clientId = item(u"client_id"_s);
    if (clientId.isEmpty() || clientId != m_context.clientIds.value(m_connectionId)) {
        s.error = OAuthSignIn::Error::UnknownClient;
        return s;
    }
    if (item(u"response_type"_s) != u"code") {
        s.error = OAuthSignIn::Error::UnsupportedResponseType;
        return s;
    }
    const QString challenge = item(u"code_challenge"_s);
    const QString method = item(u"code_challenge_method"_s);
    if ((challenge.isEmpty() && m_policy.requiresChallenge) || (!challenge.isEmpty() && method != u"S256")) {
        s.error = OAuthSignIn::Error::MissingChallenge;
        return s;
    }
    SandboxTokens::AuthorizationCode code;
    code.clientId = clientId;
    code.redirectUri = s.redirectUri;
    code.codeChallenge = challenge;
    code.scope = item(u"scope"_s).replace(u'+', u' ').simplified();
    code.expiresAt = m_context.now().addSecs(SandboxTokens::kCodeLifetimeS);
    s.code = m_context.tokens.issueCode(m_connectionId, code);
    return s;
}

} // namespace plumbline
