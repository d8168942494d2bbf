#pragma once

#include <Connection.h>
#include <ConnectorFactory.h>

#include <QObject>
#include <functional>
#include <optional>

namespace plumbline {

class CredentialKeepers;

class SecretStore;
class Transport;

// "Test connection" in the editor: asks the vendor with the key just typed, or the stored one.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // translated, redacted; never contains the key
        qint64 latencyMs = 0;
        QString servedVersion;
    };
    using Done = std::function<void(const Outcome&)>;

    ConnectionTester(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent = nullptr);

    void test(const Connection& connection, const std::optional<QString>& typedSecret, QObject* context, Done done);

private:
    void testWith(std::shared_ptr<Connector> connector, QObject* context, Done done);

    ConnectorFactory m_connectors;
};

} // namespace plumbline
