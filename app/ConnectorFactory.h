#pragma once

#include <Connector.h>

#include <functional>
#include <memory>

namespace plumbline {

class SecretStore;
class Transport;

// Reads a connection's key from the secret store and creates its connector: the one place where "no key",
// "no keychain" and "a key that cannot be sent" become typed errors before anything is sent to the vendor
// (ARCHITECTURE.md, "Vendors"). The poller, the schema fetcher and the connection tester open connectors here.
class ConnectorFactory final
{
public:
    // `connector` is null exactly when `error` says why.
    using Ready = std::function<void(std::shared_ptr<Connector> connector, const ConnectorError& error)>;

    ConnectorFactory(SecretStore& secrets, Transport& transport);

    // Runs `ready` on the event loop, only while `context` lives.
    void open(const Connection& connection, QObject* context, Ready ready) const;
    // With a key at hand (typed into a form), no store read.
    std::shared_ptr<Connector> create(const Connection& connection, const QString& secret) const;

private:
    SecretStore& m_secrets;
    Transport& m_transport;
};

} // namespace plumbline
