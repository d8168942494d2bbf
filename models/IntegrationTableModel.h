#pragma once

#include "Integration.h"

#include <QAbstractTableModel>
#include <Severity.h>

#include <QDateTime>
#include <QHash>

namespace plumbline {

class WorkspaceRepository;

// The latest counts read from both sides of an integration. A count that could not be read is nullopt (shown as
// such, with the reason), never 0.
struct CountSnapshot
{
    std::optional<qint64> source;
    std::optional<qint64> destination;
    QString sourceProblem;
    QString destinationProblem;
    QDateTime at;
    std::optional<Severity> status; // from the health rules, when evaluated
    QString headline;               // the worst finding's message
};

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
        SourceCountColumn,
        DestinationCountColumn,
        GapColumn,
        CheckedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, // severity key ("ok", "warning", "critical", "unknown"), when evaluated
    };

    explicit IntegrationTableModel(WorkspaceRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Integration integrationAt(int row) const { return m_rows.at(row); }
    void setSnapshot(const QString& integrationId, const CountSnapshot& snapshot);
    std::optional<CountSnapshot> snapshot(const QString& integrationId) const;
    int rowOf(const QString& id) const;
    void reload();

private:
    QString sideText(const IntegrationSide& side) const;

    WorkspaceRepository& m_repository;
    QList<Integration> m_rows;
    QHash<QString, QString> m_connectionNames;
    QHash<QString, CountSnapshot> m_snapshots; // kept across reloads
};

} // namespace plumbline
