#pragma once

#include "SecretStore.h"

#include <QHash>

namespace plumbline {

// Secrets held in memory only: unit tests and the demo (whose sandbox keys must not touch the real keychain).
// A failure can be injected to exercise the error paths.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    void read(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    void write(
        const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done) override;
    void remove(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    QString displayName() const override { return tr("memory (this session only)"); }

    void setFailure(SecretError error) { m_failure = error; }
    bool contains(const QString& connectionId, const QString& name) const;
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
    SecretError m_failure = SecretError::None;
};

} // namespace plumbline
