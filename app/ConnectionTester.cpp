#include "ConnectionTester.h"

#include <SecretStore.h>
#include <Transport.h>

#include <QTimer>

namespace plumbline {

ConnectionTester::ConnectionTester(
    SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent)
    : QObject(parent)
    , m_connectors(secrets, transport, keepers)
{
}

void ConnectionTester::test(
    const Connection& connection, const std::optional<QString>& typedSecret, QObject* context, Done done)
{
    const auto opened = [this, context, done](std::shared_ptr<Connector> connector, const ConnectorError& error) {
        if (!connector) {
            done({ false, error.message, 0, {} });
            return;
        }
        testWith(std::move(connector), context, done);
    };
    if (typedSecret && !typedSecret->isEmpty()) {
        m_connectors.openWith(connection, *typedSecret, context, opened);
        return;
    }
    m_connectors.open(
        connection, context, [this, context, done](std::shared_ptr<Connector> connector, const ConnectorError& error) {
            if (!connector) {
                done({ false, error.message, 0, {} });
                return;
            }
            testWith(std::move(connector), context, done);
        });
}

void ConnectionTester::testWith(std::shared_ptr<Connector> connector, QObject* context, Done done)
{
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
