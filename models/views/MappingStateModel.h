#pragma once

#include <HealthFacts.h>
#include <Integration.h>

#include <QAbstractTableModel>

namespace plumbline {

// The state of one field mapping against the latest schemas of both sides (the dashboard's Mappings tab).
struct MappingState
{
    enum class State
    {
        Ok,
        MissingOnSource,
        MissingOnDestination,
        TypeChanged,
        Unknown, // no schema fetched yet for a side
    };
    FieldMapping mapping;
    State state = State::Unknown;
    QString sourceType;
    QString destinationType;
    QString detail; // translated: what changed ("was text, now number")
    QString suggestion; // a likely rename, e.g. "first_name" (empty when none)
    QDateTime since; // when the schema that shows the problem was first seen

    bool operator==(const MappingState&) const = default;
};

QString mappingStateKey(
    MappingState::State state); // ok, missing_on_source, missing_on_destination, type_changed, unknown

// Read-only table of mapping states.
class MappingStateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingStateModel)

public:
    enum Column
    {
        SourceColumn,
        DestinationColumn,
        KeyColumn,
        StateColumn,
        SuggestionColumn,
        ColumnCount
    };
    enum Role
    {
        StateKeyRole = Qt::UserRole + 1, // mappingStateKey()
        SeverityRole, // "ok", "warning", "unknown" (for a status dot), as mapping_drift rates it
    };

    explicit MappingStateModel(QObject* parent = nullptr);

    void setStates(const QList<MappingState>& states);
    const QList<MappingState>& states() const { return m_rows; }
    static QString stateText(MappingState::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MappingState> m_rows;
};

} // namespace plumbline
