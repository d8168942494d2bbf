#pragma once

#include "SandboxReply.h"
#include "SandboxScenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace plumbline {

struct SandboxContext;

// How one vendor's token and sign-in endpoints behave; the vendor's sandbox words the answers.
struct OAuthPolicy
{
    QStringList grants; // client_credentials, authorization_code, refresh_token
    bool secretForAuthorizationCode = false; // false: a public client (PKCE) may omit client_secret
    bool secretForRefresh = false;
    bool rotatesRefreshTokens = false; // Salesforce Refresh Token Rotation: each refresh returns a new one
    bool requiresChallenge = false; // the sign-in refuses a request without an S256 code_challenge
    bool refreshNeedsScope = false; // Salesforce: a refresh token only when asked for (refresh_token, offline_access)
    bool grantsRequestedScope = false; // client credentials answer with the scope asked for (else the app's own)
    QString clientCredentialsScope; // the app's scopes for client credentials
    QString signInScope; // the app's scopes when the sign-in names none

    // How the sign-in words a refusal in the redirect back (error, error_description), and whose page refuses an
    // unregistered redirect.
    struct SignInRefusal
    {
        QString error;
        QString description;
    };
    QString vendorName;
    SignInRefusal unknownClient;
    SignInRefusal unsupportedResponseType;
    SignInRefusal missingChallenge;
};

// A token request, judged. The vendor turns `error` into its own body.
struct OAuthGrant
{
    enum class Error
    {
        None,
        UnsupportedGrant, // grant_type missing or not one of the policy's
        UnknownClient, // client_id missing or not the sandbox's
        BadSecret, // client_secret wrong, or missing where the grant needs it
        BadCode, // unknown, spent, expired or another client's authorization code
        BadVerifier, // the code_verifier does not hash to the sign-in's code_challenge
        RedirectMismatch, // redirect_uri is not the sign-in's
        BadRefreshToken, // unknown or invalidated (reusing a rotated-out one revokes its whole grant)
        Revoked, // refresh_revoked: every grant is refused
    };

    Error error = Error::None;
    QString grantType;
    bool basicAuth = false; // the client authenticated with HTTP Basic
    QString accessToken;
    QString refreshToken; // empty when none is issued
    QString scope;
    QDateTime issuedAt;
    qint64 lifetimeS = 0;
};

// A sign-in (authorize) request, judged: a code to send back, or why not.
struct OAuthSignIn
{
    enum class Error
    {
        None,
        BadRedirect, // redirect_uri missing or not registered: an error page, never a redirect
        UnknownClient,
        UnsupportedResponseType,
        MissingChallenge, // no S256 code_challenge where the policy requires one, or another method
    };

    Error error = Error::None;
    QString redirectUri;
    QString state;
    QString code;
};

// The token and sign-in endpoints every OAuth vendor of the sandbox shares (the design card's §11): client
// authentication in the body or as HTTP Basic, authorization codes with PKCE S256, refresh with or without rotation,
// the scenarios token_expired and refresh_revoked, and the redirect back to the loopback address.
class SandboxOAuth final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOAuth)

public:
    SandboxOAuth(SandboxContext& context, QString connectionId, OAuthPolicy policy);

    OAuthGrant grant(const SandboxRequest& request, Scenario scenario);
    OAuthSignIn signIn(const SandboxRequest& request);
    // The sign-in's answer: a 302 back with the code (or the policy's words for a refusal) and the state, or the
    // error page for an unregistered redirect.
    SandboxReply signInReply(const SandboxRequest& request);
    const OAuthPolicy& policy() const { return m_policy; }

    // application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
    static QList<QPair<QString, QString>> form(const QByteArray& body);
    // BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2).
    static QString challengeS256(const QString& verifier);
    // The sandbox's app accepts sign-ins sent back to this computer only: http(s) to localhost, 127.0.0.1 or ::1.
    static bool registeredRedirect(const QString& uri);

    // 302 to `redirectUri` with `params` appended to its query, each value percent-encoded once.
    static SandboxReply redirect(const QString& redirectUri, const QList<QPair<QString, QString>>& params);
    // The page a person sees when the sign-in names a redirect address the app does not know.
    static SandboxReply redirectRefusedPage(const QString& vendor, const QString& redirectUri);
    // A token endpoint's JSON answer, never cached (RFC 6749 §5.1).
    static SandboxReply tokenJson(int status, const QJsonObject& body);

private:
    SandboxContext& m_context;
    QString m_connectionId;
    OAuthPolicy m_policy;
};

} // namespace plumbline
