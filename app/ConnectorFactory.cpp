#include "ConnectorFactory.h"

#include "WorkspaceService.h"

#include <ConnectorRegistry.h>
#include <SecretShapes.h>
#include <SecretStore.h>

#include <QCoreApplication>

namespace plumbline {

ConnectorFactory::ConnectorFactory(SecretStore& secrets, Transport& transport)
    : m_secrets(secrets)
    , m_transport(transport)
{
}

void ConnectorFactory::open(const Connection& connection, QObject* context, Ready ready) const
{
    m_secrets.read(connection.id, WorkspaceService::secretNameFor(connection), context,
        [this, connection, ready](const SecretResult& secret) {
            // The messages keep the poller's translation context, where they were written and translated first.
            if (!secret.ok()) {
                // Nothing was sent: this is not the vendor rejecting a key (ARCHITECTURE.md, "Monitoring" auth) but
                // Plumbline having none to send, which needs other steps.
                const ErrorKind kind = secret.unavailable() ? ErrorKind::KeychainUnavailable : ErrorKind::MissingKey;
                ready(nullptr,
                    { kind,
                        QCoreApplication::translate("plumbline::Poller", "No API key for \"%1\": %2")
                            .arg(connection.name, secret.message),
                        std::nullopt });
                return;
            }
            if (const QString problem = SecretShapes::controlCharacterProblem(secret.value); !problem.isEmpty()) {
                ready(nullptr,
                    { ErrorKind::UnusableKey,
                        QCoreApplication::translate("plumbline::Poller", "The API key of \"%1\" cannot be sent: %2")
                            .arg(connection.name, problem),
                        std::nullopt });
                return;
            }
            ready(create(connection, secret.value), {});
        });
}

std::shared_ptr<Connector> ConnectorFactory::create(const Connection& connection, const QString& secret) const
{
    return ConnectorRegistry::create(m_transport, connection, secret);
}

} // namespace plumbline
