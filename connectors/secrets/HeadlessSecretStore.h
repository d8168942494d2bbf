#pragma once

#include "EnvSecretStore.h"

namespace plumbline {

// For `check` and `run`: a key from PLUMBLINE_SECRET_<ID> when that variable is set (servers and CI without a
// keychain), otherwise the keychain. Writes and removals always go to the keychain. Never an insecure fallback.
class HeadlessSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSecretStore)

public:
    HeadlessSecretStore(EnvSecretStore& environment, SecretStore& keychain, QObject* parent = nullptr);

    void read(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    void write(
        const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done) override;
    void remove(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    QString displayName() const override { return m_keychain.displayName(); }

private:
    EnvSecretStore& m_environment;
    SecretStore& m_keychain;
};

} // namespace plumbline
