#include "HeadlessSecretStore.h"

namespace plumbline {

HeadlessSecretStore::HeadlessSecretStore(EnvSecretStore& environment, SecretStore& keychain, QObject* parent)
    : SecretStore(parent)
    , m_environment(environment)
    , m_keychain(keychain)
{
}

void HeadlessSecretStore::read(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    if (m_environment.has(connectionId, name))
        m_environment.read(connectionId, name, context, std::move(done));
    else
        m_keychain.read(connectionId, name, context, std::move(done));
}

void HeadlessSecretStore::write(
    const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done)
{
    // A secret the environment gives cannot be changed here: writing it to the keychain would leave the variable,
    // which reads win, holding the old value (a rotated refresh token must never be replayed).
    if (m_environment.has(connectionId, name))
        return m_environment.write(connectionId, name, value, context, std::move(done));
    m_keychain.write(connectionId, name, value, context, std::move(done));
}

void HeadlessSecretStore::remove(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    m_keychain.remove(connectionId, name, context, std::move(done));
}

} // namespace plumbline
