#pragma once

#include "Integration.h"

#include <QAbstractTableModel>
#include <QHash>

namespace plumbline {

class WorkspaceRepository;

// The integrations of the workspace, a row each (the sidebar shows the name column).
class IntegrationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationTableModel)

public:
    enum Column
    {
        NameColumn,
        SourceColumn,
        DestinationColumn,
        DirectionColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit IntegrationTableModel(WorkspaceRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Integration integrationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    void reload();

private:
    QString sideText(const IntegrationSide& side) const;

    WorkspaceRepository& m_repository;
    QList<Integration> m_rows;
    QHash<QString, QString> m_connectionNames;
};

} // namespace plumbline
