#pragma once

#include "Vendor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace plumbline {

// What Plumbline last learned about a connection's secret. Never the secret itself.
enum class SecretState
{
    Unknown, // not checked yet
    Stored, // the keychain holds an entry
    Missing, // the keychain answered: no entry
    Unavailable, // the keychain could not be asked (no service, locked, access denied)
};

QString secretStateKey(SecretState state);
SecretState secretStateFromKey(const QString& key);

// The environment variable a headless run takes the connection's key from (ARCHITECTURE.md, "Contracts"):
// PLUMBLINE_SECRET_<ID>, the id upper-cased with every non-alphanumeric character replaced by '_'.
QString secretVariableName(const QString& connectionId);
// An OAuth connection's refresh token, headless (ARCHITECTURE.md §11): PLUMBLINE_REFRESH_TOKEN_<ID>, same spelling.
QString refreshTokenVariableName(const QString& connectionId);

// One account at one vendor (ARCHITECTURE.md, "Contracts"). The secret lives in the OS keychain, never here.
struct Connection
{
    QString id;
    QString name;
    Vendor vendor = Vendor::Generic;
    QString baseUrl; // empty: the vendor's default
    QString apiVersion; // e.g. v3, 62.0, 2025-01
    QString authMethod; // e.g. private_app_token, api_key, bearer, oauth_client_credentials (AuthMethod.h)
    QJsonObject auth; // the OAuth settings of an oauth_* method: public values only (AuthSettings)
    QJsonObject options;
    QString owner;
    QString notes;

    // Bookkeeping kept by the store, not part of the workspace file.
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime secretUpdatedAt;
    SecretState secretState = SecretState::Unknown;

    // Equality over the definition only (what the workspace file carries).
    bool sameDefinition(const Connection& other) const;
};

} // namespace plumbline
