#pragma once

#include <Connection.h>
#include <ConnectorFactory.h>
#include <ConnectorResults.h>

#include <QObject>
#include <functional>

namespace plumbline {

class CredentialKeepers;

class SecretStore;
class Transport;

// Fetches one object's field schema from a connection, now (the mapping wizard): reads the connection's key from
// the secret store, makes the vendor's connector for this one request and keeps neither. Asynchronous; `done` runs
// on the event loop only while `context` lives.
class SchemaFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFetcher)

public:
    using Done = std::function<void(const SchemaResult&)>;

    SchemaFetcher(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent = nullptr);

    void fetch(const Connection& connection, const QString& object, QObject* context, Done done);

private:
    ConnectorFactory m_connectors;
};

} // namespace plumbline
