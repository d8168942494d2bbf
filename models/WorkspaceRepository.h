#pragma once

#include "ChangeLogEntry.h"
#include "StoreResult.h"
#include "Workspace.h"

#include <QObject>
#include <functional>

namespace plumbline {

class Database;

// All SQL about definitions: connections, integrations, field mappings and the change log.
// Every write is one transaction and records what changed in the change log.
class WorkspaceRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceRepository)

public:
    using Clock = std::function<QDateTime()>;

    WorkspaceRepository(Database& database, QString osUser, QObject* parent = nullptr);
    ~WorkspaceRepository() override;

    void setClock(Clock clock);

    QList<Connection> connections() const;
    std::optional<Connection> connection(const QString& id) const;
    QList<Integration> integrations() const;
    std::optional<Integration> integration(const QString& id) const;
    Workspace workspace() const;
    // The whole workspace, or the read failure (a damaged file) instead of a silently shorter workspace.
    StoreResult readWorkspace(Workspace& out) const;
    Database& database() const { return m_database; }

    // Integrations that use the connection as source, destination or middleware.
    QStringList dependentIntegrations(const QString& connectionId) const;

    StoreResult saveConnection(const Connection& connection);
    // Deletes the connection and, when asked, the integrations that depend on it.
    StoreResult removeConnection(const QString& id, bool withDependents);
    StoreResult saveIntegration(const Integration& integration);
    StoreResult removeIntegration(const QString& id);

    // Notification channels (ARCHITECTURE.md §14): definitions only; their secrets are the keychain's.
    QList<NotifyChannel> channels() const;
    std::optional<NotifyChannel> channel(const QString& id) const;
    StoreResult saveChannel(const NotifyChannel& channel);
    StoreResult removeChannel(const QString& id);

    // Adds or replaces every definition of `incoming` in one transaction: all or nothing.
    StoreResult importWorkspace(const Workspace& incoming, const QString& sourceName);

    // Records the credential's state (never its value); `secretChanged` also stamps the credential's age.
    StoreResult setSecretState(const QString& connectionId, SecretState state, bool secretChanged);

    // Adds a change-log line for something outside the definitions (e.g. a secret removed).
    StoreResult logChange(const ChangeLogEntry& entry);

    QList<ChangeLogEntry> changeLog(int limit = 1000) const;

    // Test seam: fail the write after this many statements (simulates a crash in the middle of an import).
    void failAfterStatementsForTest(int count) { m_failAfter = count; }

Q_SIGNALS:
    void connectionsChanged();
    void integrationsChanged();
    void channelsChanged();
    void changeLogChanged();

private:
    class Transaction;
    StoreResult writeConnection(Transaction& tx, const Connection& c, bool exists);
    StoreResult writeIntegration(Transaction& tx, const Integration& i, bool exists);
    StoreResult deleteIntegration(Transaction& tx, const QString& id);
    StoreResult writeChannel(Transaction& tx, const NotifyChannel& c, bool exists);
    StoreResult appendLog(Transaction& tx, const ChangeLogEntry& entry);
    QDateTime now() const;

    Database& m_database;
    QString m_osUser;
    Clock m_clock;
    int m_failAfter = -1;
};

} // namespace plumbline
