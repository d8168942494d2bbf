#pragma once

#include "KeyedRowsModel.h"

#include <AlertEngine.h>

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <functional>

namespace plumbline {

class MonitorRepository;

// Every alert the monitor stored (open and resolved), a row each, updated in place by alert id so that a refresh
// after a poll or an acknowledgement keeps the selection.
class AlertTableModel final : public KeyedRowsModel<Alert>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableModel)

public:
    enum Column
    {
        SeverityColumn,
        SubjectColumn,
        RuleColumn,
        StateColumn,
        OpenedColumn,
        LastChangeColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 alert id
        SeverityRole, // severity key
        StateRole, // int(State)
        SortRole,
    };
    enum class State
    {
        Open,
        Acknowledged,
        Snoozed,
        Resolved,
    };
    Q_ENUM(State)

    explicit AlertTableModel(QObject* parent = nullptr);

    // Time comes from here (tests pin it); the default is the current UTC time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How a subject ("integration:<id>", "connection:<id>") is shown; the default shows the id.
    void setSubjectNamer(std::function<QString(const QString&)> namer) { m_subjectName = std::move(namer); }

    // Replaces the rows (keyed by id); `lastChanges` gives each alert's latest event time, when known.
    void setAlerts(const QList<Alert>& alerts, const QHash<qint64, QDateTime>& lastChanges = {});
    // Reads every alert and its latest event from the store.
    void reload(const MonitorRepository& history);
    // Durations and snoozes move with time: refresh the time-dependent cells.
    void refreshTimes();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Alert alertAt(int row) const { return m_rows.at(row); }
    State stateOf(const Alert& alert) const;
    int openCount() const; // not resolved

    static QString ruleDisplayName(const QString& rule);
    static QString stateDisplayName(State state);
    static QString durationText(qint64 seconds);

protected:
    QString rowKey(const Alert& row) const override { return QString::number(row.id); }

private:
    QDateTime lastChange(const Alert& alert) const;
    QString stateText(const Alert& alert) const;

    std::function<QDateTime()> m_clock;
    std::function<QString(const QString&)> m_subjectName;
    QHash<qint64, QDateTime> m_lastChanges;
};

// Which alerts the Alerts page shows: open (every unresolved alert, acknowledged and snoozed included),
// acknowledged, snoozed, resolved or all; sorted by the model's SortRole.
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertFilterProxy)

public:
    enum class Filter
    {
        Open,
        Acknowledged,
        Snoozed,
        Resolved,
        All,
    };
    Q_ENUM(Filter)

    explicit AlertFilterProxy(QObject* parent = nullptr);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    static QString filterDisplayName(Filter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter m_filter = Filter::Open;
};

} // namespace plumbline
