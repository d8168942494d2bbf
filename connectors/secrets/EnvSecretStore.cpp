#include "EnvSecretStore.h"

#include <AuthMethod.h>
#include <Connection.h>
#include <SecretShapes.h>

namespace plumbline {

EnvSecretStore::EnvSecretStore(QProcessEnvironment environment, QObject* parent)
    : SecretStore(parent)
    , m_environment(std::move(environment))
{
}

QString EnvSecretStore::variableName(const QString& connectionId, const QString& name)
{
    // A channel's secrets: PLUMBLINE_SECRET_CHANNEL_<ID>_<NAME> (e.g. PLUMBLINE_SECRET_CHANNEL_MOPS_SLACK_URL).
    if (connectionId.contains(QLatin1Char('/')))
        return secretVariableName(connectionId + QLatin1Char('_') + name);
    return name == QLatin1String(AuthMethod::kRefreshToken) ? refreshTokenVariableName(connectionId)
                                                            : secretVariableName(connectionId);
}

bool EnvSecretStore::has(const QString& connectionId, const QString& name) const
{
    return m_environment.contains(variableName(connectionId, name));
}

void EnvSecretStore::read(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    const QString var = variableName(connectionId, name);
    if (!m_environment.contains(var)) {
        return deliver(context, std::move(done),
            { SecretError::NotFound, {}, tr("The environment variable %1 is not set.").arg(var) });
    }
    // One trailing newline, as a shell or an editor leaves it (`X="$(cat key.txt; echo)"`), is not part of a key.
    deliver(context, std::move(done),
        { SecretError::None, SecretShapes::withoutTrailingNewline(m_environment.value(var)), {} });
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
