#pragma once

#include "TokenResponse.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

namespace plumbline {

class Transport;

// One grant posted to a token endpoint (ARCHITECTURE.md, "Credentials"), form-encoded as RFC 6749 says, through the
// shared transport (so https or loopback only, timeouts, no retry of a 4xx). The client secret, the refresh token
// and the code are given to the redactor before anything is sent: no log line or message can show them.
struct TokenRequest
{
    QUrl tokenUrl;
    QString grantType; // client_credentials, refresh_token, authorization_code
    QString clientId;
    QString clientSecret; // empty for a public client (PKCE)
    QString refreshToken; // for refresh_token
    QString code; // for authorization_code
    QString codeVerifier; // PKCE
    QString redirectUri;
    QString scope;
    bool basicAuth = false; // client id and secret in an Authorization: Basic header instead of the body
    QString connectionId; // for the transport's per-connection budget

    // The form body, in a stable order.
    QByteArray formBody() const;
};

class TokenEndpoint final
{
public:
    using Done = std::function<void(const TokenResponse&)>;

    // `done` runs on the event loop, only while `context` lives. No HTTP answer (network, TLS, timeout) is Transient.
    static void request(Transport& transport, const TokenRequest& request, QObject* context, Done done);
};

} // namespace plumbline
