#include "EnvSecretStore.h"

#include <Connection.h>

namespace plumbline {

EnvSecretStore::EnvSecretStore(QProcessEnvironment environment, QObject* parent)
    : SecretStore(parent)
    , m_environment(std::move(environment))
{
}

QString EnvSecretStore::variableName(const QString& connectionId)
{
    return secretVariableName(connectionId);
}

bool EnvSecretStore::has(const QString& connectionId) const
{
    return m_environment.contains(variableName(connectionId));
}

void EnvSecretStore::read(const QString& connectionId, const QString&, QObject* context, Done done)
{
    const QString var = variableName(connectionId);
    if (!m_environment.contains(var)) {
        return deliver(context, std::move(done),
            { SecretError::NotFound, {}, tr("The environment variable %1 is not set.").arg(var) });
    }
    deliver(context, std::move(done), { SecretError::None, m_environment.value(var), {} });
}

void EnvSecretStore::write(const QString&, const QString&, const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done),
        { SecretError::NotSupported, {}, tr("Secrets from environment variables cannot be changed by Plumbline.") });
}

void EnvSecretStore::remove(const QString&, const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done),
        { SecretError::NotSupported, {}, tr("Secrets from environment variables cannot be changed by Plumbline.") });
}

} // namespace plumbline
