#include "TokenKeeper.h"

#include "OAuthEndpoints.h"
#include "TokenEndpoint.h"

#include <SecretStore.h>
#include <VendorProfile.h>

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcTokens, "plumbline.tokens")

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// Nothing was asked of the vendor: Plumbline lacks a secret it needs. Not cached by the token source, so the next
// poll after `secret set` or a sign-in works.
TokenResponse missing(const SecretResult& read, const QString& message)
{
    return TokenResponse::unreachable(read.unavailable() ? ErrorKind::KeychainUnavailable : ErrorKind::MissingKey,
        read.unavailable() ? read.message : message);
}

} // namespace

TokenKeeper::TokenKeeper(Connection connection, SecretStore& secrets, Transport& transport,
    std::function<QDateTime()> clock, qint64 assumedLifetimeS)
    : m_connection(std::move(connection))
    , m_settings(AuthSettings::of(m_connection.auth))
    , m_secrets(secrets)
    , m_transport(transport)
    , m_source([this](TokenSource::Ready ready) { fetch(std::move(ready)); }, std::move(clock), assumedLifetimeS)
{
    m_status.flow = AuthMethod::flowOf(m_connection);
}

TokenKeeper::~TokenKeeper() = default;

void TokenKeeper::token(QObject* context, Ready ready)
{
    QPointer<QObject> guard(context);
    m_source.token([this, guard, ready = std::move(ready)](const TokenResponse& response) {
        if (!guard)
            return;
        if (response.outcome == TokenResponse::Outcome::Granted && response.grant)
            ready(&*response.grant, {});
        else
            ready(nullptr, errorFor(m_connection, response));
    });
}

void TokenKeeper::renewAfterRefusal(const QString& refusedToken, QObject* context, Renewed done)
{
    QPointer<QObject> guard(context);
    qCInfo(lcTokens) << "access token of" << m_connection.id << "refused; renewing once";
    m_source.renewAfterRefusal(refusedToken, [this, guard, done = std::move(done)](const TokenResponse& response) {
        if (!guard)
            return;
        if (response.outcome == TokenResponse::Outcome::Granted && response.grant)
            done(response.grant->accessToken, {});
        else
            done(QString(), errorFor(m_connection, response));
    });
}

CredentialStatus TokenKeeper::status() const
{
    CredentialStatus s = m_status;
    s.expiresAt = m_source.expiresAt();
    s.lastRenewal = m_source.lastRenewal();
    s.refreshTokenInMemoryOnly = m_refreshInMemory.has_value();
    return s;
}

ConnectorError TokenKeeper::errorFor(const Connection& c, const TokenResponse& response)
{
    const ErrorKind kind = response.errorKind();
    const QString name = c.name.isEmpty() ? c.id : c.name;
    const QString said = response.error.isEmpty()
        ? response.description
        : (response.description.isEmpty() ? response.error : u"%1: %2"_s.arg(response.error, response.description));
    QString message;
    switch (response.outcome) {
    case TokenResponse::Outcome::Granted:
        return {};
    case TokenResponse::Outcome::SignInAgain:
        message = tr("%1's token endpoint refused Plumbline's grant for \"%2\" (%3). Renewing again will not help: "
                     "sign in again, or check the app's client id and secret.")
                      .arg(vendorDisplayName(c.vendor), name,
                          said.isEmpty() ? tr("HTTP %1").arg(response.httpStatus) : said);
        break;
    case TokenResponse::Outcome::Transient:
        if (kind == ErrorKind::MissingKey || kind == ErrorKind::KeychainUnavailable) {
            message = response.description;
        } else if (response.httpStatus == 0) {
            message = tr("Could not reach %1's token endpoint for \"%2\": %3. Plumbline will try again; nothing to do "
                         "unless it lasts.")
                          .arg(vendorDisplayName(c.vendor), name, response.description);
        } else {
            message = tr("%1's token endpoint is unavailable for \"%2\" (HTTP %3%4). Plumbline will try again; "
                         "nothing to do unless it lasts.")
                          .arg(vendorDisplayName(c.vendor), name)
                          .arg(response.httpStatus)
                          .arg(said.isEmpty() ? QString() : u", "_s + said);
        }
        break;
    case TokenResponse::Outcome::Unreadable:
        message = tr("%1's token endpoint for \"%2\" answered something that is not a token (HTTP %3): %4. A proxy or "
                     "captive portal login page answers like this; check the token address and the network.")
                      .arg(vendorDisplayName(c.vendor), name)
                      .arg(response.httpStatus)
                      .arg(response.description.isEmpty() ? tr("no access_token") : response.description);
        break;
    }
    return { kind, message, std::nullopt };
}

void TokenKeeper::fetch(TokenSource::Ready ready)
{
    // Nothing is asked of the vendor: remembered for the status, and answered (never cached by the token source).
    const auto fail = [this](const TokenResponse& r, const TokenSource::Ready& answer) {
        remember(r);
        answer(r);
    };
    const QUrl tokenUrl = OAuthEndpoints::of(m_connection).tokenUrl;
    if (!tokenUrl.isValid() || tokenUrl.isEmpty()) {
        fail(TokenResponse::unreachable(ErrorKind::Network,
                 tr("\"%1\" has no token address: set auth.token_url in the connection.").arg(m_connection.name)),
            ready);
        return;
    }
    const QString name = m_connection.name.isEmpty() ? m_connection.id : m_connection.name;
    m_secrets.read(m_connection.id, QString::fromLatin1(AuthMethod::kClientSecret), &m_guard,
        [this, fail, tokenUrl, name, ready = std::move(ready)](const SecretResult& secret) {
            TokenRequest request;
            request.tokenUrl = tokenUrl;
            request.clientId = m_settings.clientId;
            request.scope = m_settings.scope.value_or(QString());
            request.connectionId = m_connection.id;
            if (secret.ok())
                request.clientSecret = secret.value.trimmed();
            if (m_status.flow == AuthFlow::ClientCredentials) {
                if (!secret.ok())
                    return fail(missing(secret,
                                    tr("No client secret for \"%1\": store the app's client secret (Set API key…, or "
                                       "plumbline secret set %2 --name client_secret).")
                                        .arg(name, m_connection.id)),
                        ready);
                request.grantType = u"client_credentials"_s;
                return post(request, ready);
            }
            // A person's sign-in: a public client (Salesforce with PKCE) has no client secret, and that is fine.
            if (!secret.ok() && secret.unavailable())
                return fail(missing(secret, {}), ready);
            request.grantType = u"refresh_token"_s;
            if (m_refreshInMemory) {
                request.refreshToken = *m_refreshInMemory;
                return post(request, ready);
            }
            m_secrets.read(m_connection.id, QString::fromLatin1(AuthMethod::kRefreshToken), &m_guard,
                [this, fail, request, name, ready](const SecretResult& refresh) mutable {
                    if (!refresh.ok() || refresh.value.trimmed().isEmpty())
                        return fail(missing(refresh,
                                        tr("\"%1\" is not signed in yet: choose Sign in… on the connection (or run "
                                           "plumbline auth login %2).")
                                            .arg(name, m_connection.id)),
                            ready);
                    request.refreshToken = refresh.value.trimmed();
                    post(request, ready);
                });
        });
}

void TokenKeeper::post(const TokenRequest& request, TokenSource::Ready ready)
{
    m_lastRefresh = request.refreshToken;
    ++m_status.tokenRequests;
    TokenEndpoint::request(m_transport, request, &m_guard,
        [this, ready = std::move(ready)](const TokenResponse& response) { granted(response, ready); });
}

void TokenKeeper::granted(const TokenResponse& response, TokenSource::Ready ready)
{
    const bool ok = response.outcome == TokenResponse::Outcome::Granted && response.grant;
    if (!ok || response.grant->refreshToken.isEmpty() || response.grant->refreshToken == m_lastRefresh) {
        remember(response);
        ready(response);
        return;
    }
    // Rotation (Salesforce RTR, Zapier): the old refresh token is dead now. Store the new one before anyone uses the
    // new access token, so a crash right after cannot leave the keychain holding a token that revokes everything.
    const QString rotated = response.grant->refreshToken;
    m_transport.redactor().addSecret(rotated);
    m_secrets.write(m_connection.id, QString::fromLatin1(AuthMethod::kRefreshToken), rotated, &m_guard,
        [this, response, rotated, ready](const SecretResult& written) {
            if (written.ok()) {
                m_refreshInMemory.reset();
            } else {
                m_refreshInMemory = rotated;
                qCWarning(lcTokens) << "the keychain refused the rotated refresh token of" << m_connection.id
                                    << "- kept in memory:" << written.message;
            }
            remember(response);
            ready(response);
        });
}

void TokenKeeper::remember(const TokenResponse& response)
{
    if (response.outcome == TokenResponse::Outcome::Granted && response.grant) {
        m_transport.redactor().addSecret(response.grant->accessToken);
        m_status.problemKind = ErrorKind::None;
        m_status.problem.clear();
        if (!response.grant->identity.isEmpty())
            m_status.identity = response.grant->identity;
        if (m_refreshInMemory) {
            m_status.problem = tr("The keychain would not store the new refresh token of \"%1\"; it is kept in memory "
                                  "only, so after Plumbline restarts you will need to sign in again.")
                                   .arg(m_connection.name.isEmpty() ? m_connection.id : m_connection.name);
        }
        return;
    }
    const ConnectorError e = errorFor(m_connection, response);
    m_status.problemKind = e.kind;
    m_status.problem = e.message;
    qCInfo(lcTokens) << "token for" << m_connection.id << "not renewed:" << m_transport.redactor().redact(e.message);
}

} // namespace plumbline
