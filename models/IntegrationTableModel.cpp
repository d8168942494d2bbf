#include "IntegrationTableModel.h"

#include "WorkspaceRepository.h"

using namespace Qt::StringLiterals;

namespace plumbline {

IntegrationTableModel::IntegrationTableModel(WorkspaceRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &WorkspaceRepository::integrationsChanged, this, &IntegrationTableModel::reload);
    connect(&m_repository, &WorkspaceRepository::connectionsChanged, this, &IntegrationTableModel::reload);
    reload();
}

void IntegrationTableModel::reload()
{
    beginResetModel();
    m_rows = m_repository.integrations();
    m_connectionNames.clear();
    for (const Connection& c : m_repository.connections())
        m_connectionNames.insert(c.id, c.name);
    endResetModel();
}

int IntegrationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IntegrationTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString IntegrationTableModel::sideText(const IntegrationSide& side) const
{
    return tr("%1 · %2").arg(m_connectionNames.value(side.connection, side.connection), side.object);
}

QVariant IntegrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration& i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return i.name;
        case SourceColumn:
            return sideText(i.source);
        case DestinationColumn:
            return sideText(i.destination);
        case DirectionColumn:
            return directionDisplayName(i.direction);
        case OwnerColumn:
            return i.owner;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1 → %2").arg(sideText(i.source), sideText(i.destination));
    return {};
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Integration");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case DirectionColumn:
        return tr("Direction");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace plumbline
