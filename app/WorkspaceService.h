#pragma once

#include <SecretStore.h>
#include <StoreResult.h>
#include <Workspace.h>
#include <WorkspaceJson.h>

#include <QObject>

namespace plumbline {

class ChangeLogTableModel;
class ConnectionTableModel;
class IntegrationTableModel;
class WorkspaceRepository;

// Application service for definitions: keeps the store and the keychain in step (a connection's key is written,
// read back and removed with it), imports and exports workspace files, and records changes.
class WorkspaceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceService)

public:
    using Done = std::function<void(const StoreResult&)>;

    WorkspaceService(WorkspaceRepository& repository, SecretStore& secrets, QObject* parent = nullptr);

    const WorkspaceRepository& repository() const { return m_repository; }
    SecretStore& secrets() { return m_secrets; }

    // Definitions, as the window reads them.
    QList<Connection> connections() const;
    std::optional<Connection> connection(const QString& id) const;
    QList<Integration> integrations() const;
    std::optional<Integration> integration(const QString& id) const;
    // Integrations that use the connection as source, destination or middleware.
    QStringList dependentIntegrations(const QString& connectionId) const;
    // The display name of an alert subject ("integration:<id>", "connection:<id>"), or its id when it is gone.
    QString subjectName(const QString& subject) const;

    // Integrations have no keys: they are saved and removed as they are (with a change-log entry).
    StoreResult saveIntegration(const Integration& integration);
    StoreResult removeIntegration(const QString& id);

    // Notification channels (ARCHITECTURE.md §14). Saving stores the definition, then each given secret in the
    // keychain (`channel/<id>/<name>`; an empty value removes that entry); `done` says whether every secret was
    // stored (the definition is kept either way). Removing a channel removes its secrets too.
    QList<NotifyChannel> channels() const;
    std::optional<NotifyChannel> channel(const QString& id) const;
    void saveChannel(const NotifyChannel& channel, const QHash<QString, QString>& secrets, QObject* context, Done done);
    void removeChannel(const QString& id, QObject* context, Done done);
    // Whether each of the channel's secrets is in the keychain (without keeping the values): name -> stored.
    void channelSecretState(
        const QString& id, QObject* context, std::function<void(const QHash<QString, bool>& stored)> done);

    // Item models over the definitions (owned by `parent`), updated in place as definitions change.
    ConnectionTableModel* createConnectionModel(QObject* parent) const;
    IntegrationTableModel* createIntegrationModel(QObject* parent) const;
    ChangeLogTableModel* createChangeLogModel(QObject* parent) const;

    // Saves the definition; when `newSecret` is set, stores it in the keychain too. `done` says whether the
    // key could be stored (the definition is kept either way, with its credential marked unavailable).
    void saveConnection(
        const Connection& connection, const std::optional<QString>& newSecret, QObject* context, Done done);
    // Stores a key for an existing connection (the `secret set` command and "Rotate key"): the entry `name`
    // (token, client_secret, refresh_token), or when empty the connection's one pasted secret (secretNameFor).
    void setSecret(
        const QString& connectionId, const QString& secret, QObject* context, Done done, const QString& name = {});
    // Deletes the connection, its dependent integrations when asked, and its keychain entry.
    void removeConnection(const QString& connectionId, bool withDependents, QObject* context, Done done);
    // Asks the keychain whether a key is stored (without keeping the value) and records the answer.
    void refreshSecretState(const QString& connectionId, QObject* context, Done done);
    // Reads the key for display, on the user's explicit request.
    void revealSecret(const QString& connectionId, QObject* context, SecretStore::Done done);

    struct ImportOutcome
    {
        QList<WorkspaceProblem> problems; // the file's problems, each with its JSON path
        QString error; // a store or file error
        int connections = 0;
        int integrations = 0;
        bool ok() const { return problems.isEmpty() && error.isEmpty(); }
        QStringList messages() const;
    };
    // `fullSize`: the file's size when `bytes` is only its beginning (for the oversize message).
    ImportOutcome importBytes(const QByteArray& bytes, const QString& sourceName, qint64 fullSize = -1);
    ImportOutcome importFile(const QString& path);
    StoreResult exportFile(const QString& path) const;

    // The keychain entry of the connection's one pasted secret: the vendor's token name, or an OAuth connection's
    // client secret (ARCHITECTURE.md §11).
    static QString secretNameFor(const Connection& connection);
    // Every entry a connection may have in the keychain (removed with it).
    static QStringList secretNamesOf(const Connection& connection);
    // The vendor's own OAuth token and sign-in addresses for this definition (ignoring auth.token_url and
    // auth.authorize_url), for the editor's placeholders; empty where the vendor fixes none.
    static QString vendorTokenUrl(const Connection& connection);
    static QString vendorAuthorizeUrl(const Connection& connection);

Q_SIGNALS:
    void connectionsChanged();
    void integrationsChanged();
    void channelsChanged();
    void changeLogChanged();
    // A secret of the connection was stored: whoever holds tokens made from the old one drops them.
    void secretChanged(const QString& connectionId);

private:
    void recordSecretOutcome(const QString& connectionId, const SecretResult& result, bool written);

    WorkspaceRepository& m_repository;
    SecretStore& m_secrets;
};

} // namespace plumbline
