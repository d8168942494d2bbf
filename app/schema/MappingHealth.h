#pragma once

#include <HealthFacts.h>
#include <Integration.h>
#include <views/MappingStateModel.h>

#include <QCoreApplication>

namespace plumbline {

// One difference between two consecutive schema snapshots of one side.
struct SchemaChange
{
    enum class Kind
    {
        FirstSeen, // the first snapshot: the field count
        Added,
        Removed,
        TypeChanged,
    };
    QDateTime ts;
    Kind kind = Kind::Added;
    QString field;
    QString detail; // translated: "text → number", "First Name"

    bool operator==(const SchemaChange&) const = default;
};

// Mapping states and schema history read from stored schema snapshots (the dashboard's Mappings and Schema changes
// tabs). Suggested renames come from the same MappingSuggester the mapping wizard uses.
class MappingHealth final
{
    Q_DECLARE_TR_FUNCTIONS(MappingHealth)

public:
    // `history`: oldest first, its last element the latest snapshot (empty: never fetched).
    static QList<MappingState> evaluate(const Integration& integration, const QList<SchemaSnapshot>& sourceHistory,
        const QList<SchemaSnapshot>& destinationHistory);

    // Changes between consecutive snapshots, newest first.
    static QList<SchemaChange> changes(const QList<SchemaSnapshot>& history);
    static QString kindText(SchemaChange::Kind kind);
};

} // namespace plumbline
