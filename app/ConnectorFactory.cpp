#include "ConnectorFactory.h"

#include "CredentialKeepers.h"
#include "WorkspaceService.h"

#include <AuthMethod.h>
#include <Endpoint.h>

#include <ConnectorRegistry.h>
#include <SecretShapes.h>
#include <SecretStore.h>

#include <MemorySecretStore.h>

#include <QCoreApplication>
#include <QTimer>

namespace plumbline {

ConnectorFactory::ConnectorFactory(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers)
    : m_secrets(secrets)
    , m_transport(transport)
    , m_keepers(keepers)
{
}

void ConnectorFactory::open(const Connection& connection, QObject* context, Ready ready) const
{
    if (AuthMethod::isOAuth(connection)) {
        openWithToken(connection, m_keepers.keeper(connection), context, std::move(ready));
        return;
    }
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

void ConnectorFactory::openWith(
    const Connection& connection, const QString& typedSecret, QObject* context, Ready ready) const
{
    if (AuthMethod::flowOf(connection) == AuthFlow::AuthorizationCode) {
        open(connection, context, std::move(ready)); // the refresh token of a sign-in is never typed
        return;
    }
    if (AuthMethod::flowOf(connection) == AuthFlow::ClientCredentials) {
        auto store = std::make_shared<MemorySecretStore>();
        store->write(connection.id, QString::fromLatin1(AuthMethod::kClientSecret), typedSecret, context,
            [](const SecretResult&) {});
        auto keeper = std::make_shared<TokenKeeper>(connection, *store, m_transport, m_keepers.clock());
        // The store lives as long as the keeper's request: both are held by the callback.
        openWithToken(connection, keeper, context,
            [store, ready = std::move(ready)](std::shared_ptr<Connector> connector, const ConnectorError& error) {
                ready(std::move(connector), error);
            });
        return;
    }
    QTimer::singleShot(0, context,
        [this, connection, typedSecret, ready = std::move(ready)] { ready(create(connection, typedSecret), {}); });
}

void ConnectorFactory::openWithToken(
    const Connection& connection, std::shared_ptr<TokenKeeper> keeper, QObject* context, Ready ready) const
{
    keeper->token(context, [this, connection, keeper, ready](const TokenGrant* grant, const ConnectorError& error) {
        if (!grant) {
            ready(nullptr, error);
            return;
        }
        Connection c = connection;
        // Salesforce: every API call goes to the instance the token was issued for (credentials-oauth.md §1.7).
        if (c.vendor == Vendor::Salesforce && !grant->instanceUrl.isEmpty()
            && Endpoint::isAllowed(QUrl(grant->instanceUrl)))
            c.baseUrl = grant->instanceUrl;
        std::shared_ptr<Connector> connector = create(c, grant->accessToken);
        connector->setCredential(keeper);
        ready(std::move(connector), {});
    });
}

std::shared_ptr<Connector> ConnectorFactory::create(const Connection& connection, const QString& secret) const
{
    return ConnectorRegistry::create(m_transport, connection, secret);
}

} // namespace plumbline
