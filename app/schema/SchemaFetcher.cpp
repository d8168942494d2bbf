#include "SchemaFetcher.h"

#include <ConnectorRegistry.h>
#include <SecretStore.h>
#include <Transport.h>
#include <WorkspaceService.h>

#include <QPointer>
#include <memory>

namespace plumbline {

SchemaFetcher::SchemaFetcher(SecretStore& secrets, Transport& transport, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_transport(transport)
{
}

void SchemaFetcher::fetch(const Connection& connection, const QString& object, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_secrets.read(connection.id, WorkspaceService::secretNameFor(connection), context,
        [this, connection, object, guard, done](const SecretResult& secret) {
            if (!guard)
                return;
            if (!secret.ok()) {
                SchemaResult r;
                r.error = { ErrorKind::Auth, tr("No API key for “%1”: %2").arg(connection.name, secret.message),
                    std::nullopt };
                done(r);
                return;
            }
            // The connector lives until its answer has been delivered.
            std::shared_ptr<Connector> connector = ConnectorRegistry::create(m_transport, connection, secret.value);
            if (!connector) {
                SchemaResult r;
                r.error = { ErrorKind::NotFound, tr("No connector for “%1”.").arg(connection.name), std::nullopt };
                done(r);
                return;
            }
            connector->schema(object, guard.data(), [connector, done](const SchemaResult& r) { done(r); });
        });
}

} // namespace plumbline
