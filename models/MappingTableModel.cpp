#include "MappingTableModel.h"

namespace plumbline {

MappingTableModel::MappingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MappingTableModel::setMappings(const QList<FieldMapping>& mappings)
{
    beginResetModel();
    m_rows = mappings;
    endResetModel();
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldMapping& m = m_rows.at(index.row());
    switch (index.column()) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m.source;
        break;
    case DestinationColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m.destination;
        break;
    case KeyColumn:
        if (role == Qt::CheckStateRole)
            return m.key ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return m.key ? tr("Key field") : tr("Not a key field");
        break;
    default:
        break;
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FieldMapping& m = m_rows[index.row()];
    if (index.column() == KeyColumn && role == Qt::CheckStateRole) {
        m.key = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == SourceColumn) {
        m.source = value.toString().trimmed();
    } else if (role == Qt::EditRole && index.column() == DestinationColumn) {
        m.destination = value.toString().trimmed();
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, { role, Qt::DisplayRole });
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == KeyColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source field");
    case DestinationColumn:
        return tr("Destination field");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}

bool MappingTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int k = 0; k < count; ++k)
        m_rows.insert(row, FieldMapping {});
    endInsertRows();
    return true;
}

bool MappingTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool MappingTableModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_rows.move(sourceRow, to);
    endMoveRows();
    return true;
}

QList<int> MappingTableModel::incompleteRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).source.isEmpty() || m_rows.at(row).destination.isEmpty())
            rows << row;
    }
    return rows;
}

} // namespace plumbline
