#pragma once

#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace plumbline {

class ConnectionTableModel;
class CredentialKeepers;
class MessageBanner;
class WorkspaceService;
struct Connection;

// The connections page: the workspace's accounts (vendor, account, API version), with Add, Edit, Set API key and
// Delete, and how the selected one signs in: its method and, for OAuth (ARCHITECTURE.md §11), who it is signed in
// as, when its access token expires, its last renewal and any problem, with Sign in… for a person's sign-in. The
// window decides what the buttons do (they act on the selected connection, as the Workspace menu does).
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(WorkspaceService& workspace, QWidget* parent = nullptr);

    ConnectionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    std::optional<QString> selectedConnectionId() const;
    void selectConnection(const QString& id);
    // Edit, Set API key and Delete need a selected connection.
    void setSelectionActionsEnabled(bool enabled);

    // Where the OAuth connections' token states come from (not owned; null: only the method is shown).
    void setCredentials(CredentialKeepers* credentials);
    // Re-reads how the selected connection signs in (after a poll, a sign-in or an edit).
    void refreshDetails();

Q_SIGNALS:
    void addRequested();
    void editSelectedRequested();
    void setKeySelectedRequested();
    void deleteSelectedRequested();
    // Enter or a double click on a connection.
    void editRequested(const QString& id);
    void selectionChanged();
    // Sign in… (or Sign in again…) on the selected connection, which signs in as a person.
    void signInRequested(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDetails();
    void showCredentialStatus(const Connection& connection);
    QString relative(const QDateTime& at) const;

    WorkspaceService& m_workspace;
    CredentialKeepers* m_credentials = nullptr;
    ConnectionTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_setKeyButton = nullptr;

    QGroupBox* m_details = nullptr;
    QLabel* m_method = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_renewed = nullptr;
    MessageBanner* m_problem = nullptr;
    MessageBanner* m_warning = nullptr;
    QPushButton* m_signIn = nullptr;
    QString m_shownId; // the connection the details show
};

} // namespace plumbline
