#pragma once

#include <QString>
#include <functional>

namespace plumbline {

// Proof Key for Code Exchange (RFC 7636), which Qt 6.4's QtNetworkAuth lacks (it came in 6.8): a random verifier
// kept in memory for one sign-in, and its S256 challenge sent with the authorization request.
class Pkce final
{
public:
    // 64 characters from the unreserved set (RFC 7636 §4.1: 43 to 128). `random` is injectable for tests and
    // defaults to the system's secure generator.
    static QString codeVerifier(const std::function<quint32()>& random = {});
    // BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2).
    static QString challengeS256(const QString& verifier);
};

} // namespace plumbline
