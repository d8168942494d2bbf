#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace plumbline {

// The OS keychain through QtKeychain (service "Plumbline", key "connection/<id>/<name>").
// Writes are read back, because some setups report success without keeping the entry; an operation that fails
// because the keyring is not up yet is retried once after a short delay. Never an insecure fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void read(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    void write(
        const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done) override;
    void remove(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    QString displayName() const override { return tr("the system keychain"); }

    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    static SecretResult classify(int keychainError, const QString& errorString);

private:
    using MakeJob = std::function<QKeychain::Job*()>;
    using JobDone = std::function<void(QKeychain::Job*)>;
    void run(MakeJob make, QObject* context, JobDone done, bool mayRetry);

    int m_retryDelayMs = 750;
};

} // namespace plumbline
