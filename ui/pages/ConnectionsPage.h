#pragma once

#include <QWidget>
#include <optional>

class QPushButton;
class QTableView;

namespace plumbline {

class ConnectionTableModel;
class WorkspaceService;

// The connections page: the workspace's accounts (vendor, account, API version), with Add, Edit, Set API key and
// Delete. The window decides what the buttons do (they act on the selected connection, as the Workspace menu does).
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

Q_SIGNALS:
    void addRequested();
    void editSelectedRequested();
    void setKeySelectedRequested();
    void deleteSelectedRequested();
    // Enter or a double click on a connection.
    void editRequested(const QString& id);
    void selectionChanged();

private:
    ConnectionTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_setKeyButton = nullptr;
};

} // namespace plumbline
