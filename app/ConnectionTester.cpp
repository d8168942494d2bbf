#include "ConnectionTester.h"

#include "WorkspaceService.h"

#include <ConnectorRegistry.h>
#include <SecretStore.h>
#include <Transport.h>

#include <QTimer>

namespace plumbline {

ConnectionTester::ConnectionTester(SecretStore& secrets, Transport& transport, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_transport(transport)
{
}

void ConnectionTester::test(
    const Connection& connection, const std::optional<QString>& typedSecret, QObject* context, Done done)
{
    if (typedSecret && !typedSecret->isEmpty()) {
        testWith(connection, *typedSecret, context, std::move(done));
        return;
    }
    m_secrets.read(connection.id, WorkspaceService::secretNameFor(connection), context,
        [this, connection, context, done](const SecretResult& secret) {
            if (!secret.ok()) {
                done({ false, secret.message, 0, {} });
                return;
            }
            testWith(connection, secret.value, context, done);
        });
}

void ConnectionTester::testWith(const Connection& connection, const QString& secret, QObject* context, Done done)
{
    std::shared_ptr<Connector> connector = ConnectorRegistry::create(m_transport, connection, secret);
    connector->testConnection(context, [connector, done](const TestResult& result) {
        Outcome outcome;
        outcome.ok = result.error.ok();
        outcome.latencyMs = result.meta.latencyMs;
        outcome.servedVersion = result.meta.servedApiVersion;
        if (outcome.ok) {
            outcome.message = result.account.isEmpty()
                ? tr("Connected in %1 ms.").arg(result.meta.latencyMs)
                : tr("Connected to %1 in %2 ms.").arg(result.account).arg(result.meta.latencyMs);
            if (result.meta.deprecation.any())
                outcome.message += u' ' + tr("Note: the vendor says this API version is deprecated or retired.");
        } else {
            outcome.message = result.error.message;
        }
        done(outcome);
    });
}

} // namespace plumbline
