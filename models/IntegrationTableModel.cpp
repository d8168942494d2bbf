#include "IntegrationTableModel.h"

#include "WorkspaceRepository.h"

#include <QLocale>
#include <cmath>

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

void IntegrationTableModel::setSnapshot(const QString& integrationId, const CountSnapshot& snapshot)
{
    m_snapshots.insert(integrationId, snapshot);
    const int row = rowOf(integrationId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, SourceCountColumn), index(row, StatusColumn));
    if (row >= 0 && snapshot.status)
        Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), { Qt::DecorationRole, StatusRole });
}

std::optional<CountSnapshot> IntegrationTableModel::snapshot(const QString& integrationId) const
{
    const auto it = m_snapshots.constFind(integrationId);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

namespace {

QString countText(const std::optional<qint64>& count, const QString& problem)
{
    if (count)
        return QLocale().toString(*count);
    return problem.isEmpty() ? QString() : IntegrationTableModel::tr("unavailable");
}

QString gapText(const CountSnapshot& s)
{
    if (!s.source || !s.destination)
        return {};
    const qint64 gap = *s.destination - *s.source;
    const QString absolute = (gap > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(gap);
    if (*s.source == 0)
        return absolute;
    double pct = 100.0 * double(gap) / double(*s.source);
    if (std::abs(pct) < 0.05)
        pct = 0.0; // no "-0.0 %"

    return IntegrationTableModel::tr("%1 (%2 %)").arg(absolute, QLocale().toString(pct, 'f', 1));
}

} // namespace

QVariant IntegrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration& i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == StatusRole) {
        const auto snap = m_snapshots.constFind(i.id);
        return snap != m_snapshots.constEnd() && snap->status ? QVariant(severityKey(*snap->status)) : QVariant();
    }
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
            break;
        }
        const auto snap = m_snapshots.constFind(i.id);
        if (snap == m_snapshots.constEnd())
            return {};
        switch (index.column()) {
        case SourceCountColumn:
            return countText(snap->source, snap->sourceProblem);
        case DestinationCountColumn:
            return countText(snap->destination, snap->destinationProblem);
        case GapColumn:
            return gapText(*snap);
        case CheckedColumn:
            return QLocale().toString(snap->at.toLocalTime().time(), QLocale::ShortFormat);
        case StatusColumn:
            if (!snap->status)
                return {};
            return snap->headline.isEmpty() ? severityDisplayName(*snap->status)
                                            : tr("%1: %2").arg(severityDisplayName(*snap->status), snap->headline);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= SourceCountColumn && index.column() <= GapColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == SourceCountColumn || index.column() == DestinationCountColumn)) {
        const auto snap = m_snapshots.constFind(i.id);
        if (snap != m_snapshots.constEnd())
            return index.column() == SourceCountColumn ? snap->sourceProblem : snap->destinationProblem;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1 → %2").arg(sideText(i.source), sideText(i.destination));
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return sideText(i.source);
    if (role == Qt::ToolTipRole && index.column() == DestinationColumn)
        return sideText(i.destination);
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
    case SourceCountColumn:
        return tr("Source count");
    case DestinationCountColumn:
        return tr("Destination count");
    case GapColumn:
        return tr("Gap");
    case CheckedColumn:
        return tr("Checked");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace plumbline
