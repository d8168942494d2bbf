#include "CredentialKeepers.h"

#include <AuthMethod.h>

#include <QTimer>

namespace plumbline {

CredentialKeepers::CredentialKeepers(SecretStore& secrets, Transport& transport, Clock clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_transport(transport)
    , m_clock(std::move(clock))
{
}

CredentialKeepers::~CredentialKeepers() = default;

std::shared_ptr<TokenKeeper> CredentialKeepers::keeper(const Connection& connection)
{
    if (!AuthMethod::isOAuth(connection))
        return nullptr;
    std::shared_ptr<TokenKeeper>& slot = m_keepers[connection.id];
    if (!slot || !slot->connection().sameDefinition(connection))
        slot = std::make_shared<TokenKeeper>(connection, m_secrets, m_transport, m_clock, kAssumedLifetimeS);
    return slot;
}

void CredentialKeepers::probe(
    const Connection& connection, QObject* context, std::function<void(const CredentialStatus&)> done)
{
    const std::shared_ptr<TokenKeeper> k = keeper(connection);
    if (!k) {
        QTimer::singleShot(0, context, [done] { done(CredentialStatus {}); });
        return;
    }
    k->token(context, [k, done](const TokenGrant*, const ConnectorError&) { done(k->status()); });
}

std::optional<CredentialStatus> CredentialKeepers::status(const QString& connectionId) const
{
    const auto it = m_keepers.constFind(connectionId);
    if (it == m_keepers.constEnd() || !*it)
        return std::nullopt;
    return (*it)->status();
}

void CredentialKeepers::forget(const QString& connectionId)
{
    m_keepers.remove(connectionId);
}

} // namespace plumbline
