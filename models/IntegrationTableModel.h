#pragma once

#include "Integration.h"
#include "views/KeyedRowsModel.h"

#include <AlertEngine.h>
#include <Severity.h>
#include <values/ValueCheck.h>

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
    QString headline; // the worst finding's message
};

// The integrations of the workspace, a row each (the sidebar shows the name column). Updated in place, keyed by
// integration id: an edit or a finished poll keeps the views' selection and scroll position.
class IntegrationTableModel final : public KeyedRowsModel<Integration>
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
        GapColumn, // destination - source, records
        CheckedColumn,
        StatusColumn, // the state word (the view adds the status dot)
        GapPercentColumn, // of the source count
        AlertsColumn, // open alerts of the integration and of the connections it uses
        ReasonColumn, // why: the worst finding's one line, whole (the view wraps it rather than cut it)
        ValuesColumn, // the latest value check's match rate ("91 % match"), ARCHITECTURE.md §12
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, // severity key ("ok", "warning", "critical", "unknown"), when evaluated
        SortRole, // numbers as numbers, times as times, states by how bad they are
        SearchRole, // name, ids, systems, objects and owner, for the overview's search field
    };

    explicit IntegrationTableModel(WorkspaceRepository& repository, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Integration integrationAt(int row) const { return m_rows.at(row); }
    void setSnapshot(const QString& integrationId, const CountSnapshot& snapshot);
    std::optional<CountSnapshot> snapshot(const QString& integrationId) const;
    // The open alerts (from the monitor's store); each row counts those of its integration and its connections.
    void setOpenAlerts(const QList<Alert>& openAlerts);
    int openAlerts(const QString& integrationId) const;
    // The latest value check of each integration (HistoryService::latestValueChecks), for the Values column.
    void setValueChecks(const QHash<QString, ValueCheckResult>& latest);
    std::optional<ValueCheckResult> valueCheck(const QString& integrationId) const;
    void reload();

protected:
    QString rowKey(const Integration& row) const override { return row.id; }

private:
    QString sideText(const IntegrationSide& side) const;
    int countAlerts(const Integration& integration) const;

    WorkspaceRepository& m_repository;
    QHash<QString, int> m_alertsBySubject; // "integration:<id>" / "connection:<id>" -> open alerts
    QHash<QString, QString> m_connectionNames;
    QHash<QString, QString> m_connectionVendors; // display names, for the search
    QHash<QString, CountSnapshot> m_snapshots; // kept across reloads
    QHash<QString, ValueCheckResult> m_valueChecks; // kept across reloads; examples not used
};

} // namespace plumbline
