#pragma once

#include "Vendor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace plumbline {

struct Connection;

// How a connection proves who it is (ARCHITECTURE.md §11, "Credentials"): one pasted secret sent as it is, or an
// OAuth 2.0 grant whose access tokens Plumbline obtains and renews by itself.
enum class AuthFlow
{
    Static, // a token or API key from the keychain, sent as is (`token`, `private_app_token`, `api_key`, ...)
    ClientCredentials, // oauth_client_credentials: client id + client secret, no person involved
    AuthorizationCode, // oauth_authorization_code: a person signs in once; the refresh token renews
};

// The connection's `auth` object, read. Only public values: the secrets are keychain entries.
struct AuthSettings
{
    QString tokenUrl; // empty: the vendor's own (Salesforce, Shopify, HubSpot)
    QString authorizeUrl; // empty: the vendor's own
    QString clientId;
    std::optional<QString> scope; // nullopt: the app's default scopes
    int redirectPort = 0; // 0: Plumbline's default loopback port

    static AuthSettings of(const QJsonObject& auth);
    QJsonObject toJson() const;
};

class AuthMethod final
{
    Q_DECLARE_TR_FUNCTIONS(AuthMethod)

public:
    static constexpr const char* kClientCredentials = "oauth_client_credentials";
    static constexpr const char* kAuthorizationCode = "oauth_authorization_code";
    // Keychain entry names (connection/<id>/<name>) besides the vendor's static-token name.
    static constexpr const char* kClientSecret = "client_secret";
    static constexpr const char* kRefreshToken = "refresh_token";
    // The loopback port of the sign-in redirect when the workspace names none; registered with the vendor's app.
    static constexpr int kDefaultRedirectPort = 53682;

    static AuthFlow flowOf(const QString& method);
    static AuthFlow flowOf(const Connection& connection);
    static QString key(AuthFlow flow); // the auth_method value; empty for Static (the vendor's own name)
    static bool isOAuth(const Connection& connection) { return flowOf(connection) != AuthFlow::Static; }
    // Which OAuth flows a vendor offers (Static is always offered).
    static bool offers(Vendor vendor, AuthFlow flow);
    // The keychain entry a connection's one pasted secret goes in: the client secret for OAuth, else `staticName`.
    static QString primarySecretName(const Connection& connection, const QString& staticName);

    // What is wrong with a connection's auth_method and auth, as (key, message) pairs for the workspace problems;
    // empty when nothing is. Keys are relative to the connection ("auth.token_url").
    static QList<std::pair<QString, QString>> problems(const Connection& connection);
};

} // namespace plumbline
