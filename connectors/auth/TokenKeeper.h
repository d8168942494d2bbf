#pragma once

#include "TokenEndpoint.h"
#include "TokenSource.h"

#include <AuthMethod.h>
#include <Connection.h>
#include <ConnectorError.h>
#include <Transport.h>

#include <QCoreApplication>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace plumbline {

class SecretStore;

// What `plumbline auth status` and the connection page show about a connection's OAuth credentials. No secrets.
struct CredentialStatus
{
    AuthFlow flow = AuthFlow::Static;
    std::optional<QDateTime> expiresAt; // of the access token held in memory (known or assumed)
    std::optional<QDateTime> lastRenewal;
    QString identity; // who the token acts as, where the vendor says (Salesforce's identity URL)
    ErrorKind problemKind = ErrorKind::None; // of the last renewal that failed; None after a success
    QString problem; // translated; never a secret
    bool refreshTokenInMemoryOnly = false; // the keychain refused a rotated refresh token
    int tokenRequests = 0; // grants posted since this keeper was made
};

// One OAuth connection's credentials over months (ARCHITECTURE.md §11): gets access tokens with the connection's
// grant (client credentials, or the refresh token of a person's sign-in), keeps them in memory only, renews them
// ahead of their expiry and once when a vendor refuses one (the transport asks, as a RenewableCredential), one
// renewal at a time. A rotated refresh token is written to the secret store before the new access token is handed
// out; when the store refuses, it is kept in memory and the status says a new sign-in will be needed after a restart.
class TokenKeeper final : public RenewableCredential
{
    Q_DECLARE_TR_FUNCTIONS(TokenKeeper)
    Q_DISABLE_COPY_MOVE(TokenKeeper)

public:
    // `grant` is null exactly when `error` says why: grant_refused (a person must act), missing_key (no client secret
    // or refresh token yet), keychain_unavailable, or a transient kind (network, timeout, server, rate_limited).
    using Ready = std::function<void(const TokenGrant* grant, const ConnectorError& error)>;

    // Salesforce never says when its tokens expire: without expires_in a token is taken to live `assumedLifetimeS`
    // and renewed at half of it (credentials-oauth.md §1.5).
    TokenKeeper(Connection connection, SecretStore& secrets, Transport& transport, std::function<QDateTime()> clock,
        qint64 assumedLifetimeS = 3600);
    ~TokenKeeper() override;

    const Connection& connection() const { return m_connection; }
    // A fresh access token, from memory or after a renewal. `ready` runs only while `context` lives.
    void token(QObject* context, Ready ready);
    void renewAfterRefusal(const QString& refusedToken, QObject* context, Renewed done) override;
    QString currentToken() const override { return m_source.heldToken(); }

    CredentialStatus status() const;
    // The message for a failed token answer, in the vendor's words where it gave some. Never a secret.
    static ConnectorError errorFor(const Connection& connection, const TokenResponse& response);

private:
    void fetch(TokenSource::Ready ready);
    void post(const TokenRequest& request, TokenSource::Ready ready);
    void granted(const TokenResponse& response, TokenSource::Ready ready);
    void remember(const TokenResponse& response);

    Connection m_connection;
    AuthSettings m_settings;
    SecretStore& m_secrets;
    Transport& m_transport;
    QObject m_guard; // callbacks of the store and the transport end with the keeper
    TokenSource m_source;
    std::optional<QString> m_refreshInMemory; // a rotated refresh token the store would not take
    QString m_lastRefresh; // the refresh token last sent, to tell a rotation
    CredentialStatus m_status;
};

} // namespace plumbline
