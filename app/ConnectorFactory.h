#pragma once

#include <Connector.h>

#include <functional>
#include <memory>

namespace plumbline {

class CredentialKeepers;
class TokenKeeper;
class SecretStore;
class Transport;

// Reads a connection's key from the secret store and creates its connector: the one place where "no key",
// "no keychain" and "a key that cannot be sent" become typed errors before anything is sent to the vendor
// (ARCHITECTURE.md, "Vendors"). The poller, the schema fetcher and the connection tester open connectors here.
// An OAuth connection's connector gets an access token from its keeper instead (ARCHITECTURE.md §11), Salesforce's
// instance_url as its base URL, and the keeper as the credential the transport renews on a 401.
class ConnectorFactory final
{
public:
    // `connector` is null exactly when `error` says why.
    using Ready = std::function<void(std::shared_ptr<Connector> connector, const ConnectorError& error)>;

    ConnectorFactory(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers);

    // Runs `ready` on the event loop, only while `context` lives.
    void open(const Connection& connection, QObject* context, Ready ready) const;
    // With a key at hand (typed into a form), no store read. For a client-credentials connection the typed key is
    // the client secret: a token is got with it (through a keeper of its own, so nothing is stored or shared).
    void openWith(const Connection& connection, const QString& typedSecret, QObject* context, Ready ready) const;
    // The connector for an access token or API key at hand.
    std::shared_ptr<Connector> create(const Connection& connection, const QString& secret) const;

private:
    void openWithToken(
        const Connection& connection, std::shared_ptr<TokenKeeper> keeper, QObject* context, Ready ready) const;

    SecretStore& m_secrets;
    Transport& m_transport;
    CredentialKeepers& m_keepers;
};

} // namespace plumbline
