#pragma once

#include "SecretStore.h"

#include <QProcessEnvironment>

namespace plumbline {

// Headless only (servers, CI): secrets from PLUMBLINE_SECRET_<ID> variables (ARCHITECTURE.md, "Contracts"). Read-only.
class EnvSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvSecretStore)

public:
    explicit EnvSecretStore(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(), QObject* parent = nullptr);

    void read(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    void write(
        const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done) override;
    void remove(const QString& connectionId, const QString& name, QObject* context, Done done) override;
    QString displayName() const override { return tr("environment variables"); }

    bool has(const QString& connectionId, const QString& name = {}) const;
    // PLUMBLINE_SECRET_ + the id upper-cased, every non-alphanumeric character replaced by '_': the one pasted
    // secret (an API key, or an OAuth connection's client secret); PLUMBLINE_REFRESH_TOKEN_<ID> for `refresh_token`.
    static QString variableName(const QString& connectionId, const QString& name = {});

private:
    QProcessEnvironment m_environment;
};

} // namespace plumbline
