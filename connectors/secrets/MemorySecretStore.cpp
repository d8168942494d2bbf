#include "MemorySecretStore.h"

namespace plumbline {

void MemorySecretStore::read(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    if (m_failure != SecretError::None)
        return deliver(context, std::move(done), { m_failure, {}, messageFor(m_failure) });
    const auto it = m_secrets.constFind(entryKey(connectionId, name));
    if (it == m_secrets.constEnd())
        return deliver(context, std::move(done), { SecretError::NotFound, {}, messageFor(SecretError::NotFound) });
    deliver(context, std::move(done), { SecretError::None, *it, {} });
}

void MemorySecretStore::write(
    const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done)
{
    if (m_failure != SecretError::None)
        return deliver(context, std::move(done), { m_failure, {}, messageFor(m_failure) });
    m_secrets.insert(entryKey(connectionId, name), value);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    if (m_failure != SecretError::None)
        return deliver(context, std::move(done), { m_failure, {}, messageFor(m_failure) });
    m_secrets.remove(entryKey(connectionId, name));
    deliver(context, std::move(done), {});
}

bool MemorySecretStore::contains(const QString& connectionId, const QString& name) const
{
    return m_secrets.contains(entryKey(connectionId, name));
}

} // namespace plumbline
