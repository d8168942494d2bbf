#pragma once

#include "Connection.h"

#include <QAbstractTableModel>

namespace plumbline {

class WorkspaceRepository;

// The connections of the workspace, a row each; reloads when the repository says they changed.
class ConnectionTableModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Connection connectionAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    void reload();

private:
    WorkspaceRepository& m_repository;
    QList<Connection> m_rows;
};

} // namespace plumbline
