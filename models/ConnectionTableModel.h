#pragma once

#include "Connection.h"
#include "views/KeyedRowsModel.h"

namespace plumbline {

class WorkspaceRepository;

// The connections of the workspace, a row each; updated in place (keyed by id) when the repository says they changed.
class ConnectionTableModel final : public KeyedRowsModel<Connection>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableModel)

public:
    enum Column
    {
        NameColumn,
        VendorColumn,
        ApiVersionColumn,
        SecretColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit ConnectionTableModel(WorkspaceRepository& repository, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Connection connectionAt(int row) const { return m_rows.at(row); }
    void reload();

protected:
    QString rowKey(const Connection& row) const override { return row.id; }

private:
    WorkspaceRepository& m_repository;
};

} // namespace plumbline
