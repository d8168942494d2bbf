#pragma once

#include <ErrorKind.h>

#include <QDateTime>
#include <QString>
#include <optional>

namespace plumbline {

// What an OAuth 2.0 token endpoint gave (ARCHITECTURE.md, "Credentials"): an access token and what came with it.
// Holds secrets: never log, store or print one of these; the refresh token goes to the keychain only.
struct TokenGrant
{
    QString accessToken;
    QString tokenType; // "Bearer" as sent; empty when the vendor omits it
    std::optional<qint64> expiresInS; // nullopt: not said (Salesforce) or 0 (Mailchimp: does not expire)
    QString refreshToken; // empty: none issued (client credentials, or no rotation)
    QString scope;
    QString instanceUrl; // Salesforce: the host every API call must go to
    std::optional<QDateTime> issuedAt; // Salesforce issued_at (ms since the epoch)
    QString identity; // Salesforce "id": the identity URL of the user the token acts as
};

// A token endpoint's answer, read from its status and body whatever the status (a 200 may carry an error, a 400
// carries `{error, error_description}` or HubSpot's `{status: BAD_REFRESH_TOKEN, message}`), and classified:
// - SignInAgain: the grant or the client is refused for good (invalid_grant, invalid_client, unauthorized_client,
//   unsupported_grant_type, BAD_REFRESH_TOKEN, or another 4xx except 408 and 429) — a person must act;
// - Transient: 5xx, 408, 429, rate_limit_exceeded, server_error or temporarily_unavailable — retry later, never
//   "sign in again";
// - Unreadable: a 2xx without an access token, or a body that is not JSON.
struct TokenResponse
{
    enum class Outcome
    {
        Granted,
        SignInAgain,
        Transient,
        Unreadable,
    };

    Outcome outcome = Outcome::Unreadable;
    std::optional<TokenGrant> grant; // for Granted only
    QString error; // the vendor's error code ("invalid_grant", "BAD_REFRESH_TOKEN"); never a secret
    QString description; // the vendor's words, cut to 300 characters
    int httpStatus = 0; // 0: no HTTP answer arrived
    ErrorKind transportError = ErrorKind::None; // why no answer arrived (network, tls, timeout)

    // The connector error kind this answer means: none, grant_refused, rate_limited, timeout, server or parse.
    ErrorKind errorKind() const;

    static TokenResponse parse(int httpStatus, const QByteArray& body);
    // No HTTP answer at all: transient, with the transport's kind and its (redacted) message.
    static TokenResponse unreachable(ErrorKind kind, const QString& message);
};

} // namespace plumbline
