#include "MappingStateModel.h"

using namespace Qt::StringLiterals;

namespace plumbline {

QString mappingStateKey(MappingState::State state)
{
    switch (state) {
    case MappingState::State::Ok:
        return u"ok"_s;
    case MappingState::State::MissingOnSource:
        return u"missing_on_source"_s;
    case MappingState::State::MissingOnDestination:
        return u"missing_on_destination"_s;
    case MappingState::State::TypeChanged:
        return u"type_changed"_s;
    case MappingState::State::Unknown:
        break;
    }
    return u"unknown"_s;
}

MappingStateModel::MappingStateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString MappingStateModel::stateText(MappingState::State state)
{
    switch (state) {
    case MappingState::State::Ok:
        return tr("OK");
    case MappingState::State::MissingOnSource:
        return tr("Missing on source");
    case MappingState::State::MissingOnDestination:
        return tr("Missing on destination");
    case MappingState::State::TypeChanged:
        return tr("Type changed");
    case MappingState::State::Unknown:
        break;
    }
    return tr("Not checked yet");
}

void MappingStateModel::setStates(const QList<MappingState>& states)
{
    if (states == m_rows)
        return;
    if (states.size() == m_rows.size()) {
        // Same rows, new states: keep the view's selection and scroll position.
        m_rows = states;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = states;
    endResetModel();
}

int MappingStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingStateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingState& s = m_rows.at(index.row());
    if (role == StateKeyRole)
        return mappingStateKey(s.state);
    if (role == SeverityRole) {
        switch (s.state) {
        case MappingState::State::Ok:
            return u"ok"_s;
        case MappingState::State::TypeChanged:
        case MappingState::State::MissingOnSource:
        case MappingState::State::MissingOnDestination:
            return u"warning"_s; // as the mapping_drift rule rates it
        case MappingState::State::Unknown:
            break;
        }
        return u"unknown"_s;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn || index.column() == SuggestionColumn)
            return s.detail.isEmpty() ? QVariant() : QVariant(s.detail);
        if (index.column() == SourceColumn && !s.sourceType.isEmpty())
            return tr("Type: %1").arg(s.sourceType);
        if (index.column() == DestinationColumn && !s.destinationType.isEmpty())
            return tr("Type: %1").arg(s.destinationType);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return s.mapping.source;
    case DestinationColumn:
        return s.mapping.destination;
    case KeyColumn:
        return s.mapping.key ? tr("key") : QString();
    case StateColumn:
        return s.detail.isEmpty() ? stateText(s.state) : tr("%1 — %2").arg(stateText(s.state), s.detail);
    case SuggestionColumn:
        return s.suggestion.isEmpty() ? QString() : tr("Renamed to “%1”?").arg(s.suggestion);
    default:
        return {};
    }
}

QVariant MappingStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source field");
    case DestinationColumn:
        return tr("Destination field");
    case KeyColumn:
        return tr("Key");
    case StateColumn:
        return tr("State");
    case SuggestionColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

} // namespace plumbline
