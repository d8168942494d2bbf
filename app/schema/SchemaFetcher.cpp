#include "SchemaFetcher.h"

#include <SecretStore.h>
#include <Transport.h>

#include <QPointer>
#include <memory>

namespace plumbline {

SchemaFetcher::SchemaFetcher(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent)
    : QObject(parent)
    , m_connectors(secrets, transport, keepers)
{
}

void SchemaFetcher::fetch(const Connection& connection, const QString& object, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_connectors.open(
        connection, context, [object, guard, done](std::shared_ptr<Connector> connector, const ConnectorError& error) {
            if (!guard)
                return;
            if (!connector) {
                SchemaResult r;
                r.error = error;
                done(r);
                return;
            }
            // The connector lives until its answer has been delivered.
            connector->schema(object, guard.data(), [connector, done](const SchemaResult& r) { done(r); });
        });
}

} // namespace plumbline
