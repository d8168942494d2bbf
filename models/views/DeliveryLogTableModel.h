#pragma once

#include "KeyedRowsModel.h"

#include <notify/Outbox.h>

#include <QDateTime>
#include <QHash>
#include <functional>

namespace plumbline {

// The delivery log (ARCHITECTURE.md §14): the outbox's rows, newest first, a row each, updated in place by row id
// so a re-read after a delivery keeps the selection and the scroll position.
class DeliveryLogTableModel final : public KeyedRowsModel<OutboxEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogTableModel)

public:
    enum Column
    {
        TimeColumn,
        ChannelColumn,
        EventColumn,
        SeverityColumn,
        SubjectColumn,
        StateColumn,
        AttemptsColumn,
        DetailColumn, // the last error, or the note (why it waits or was skipped)
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 outbox row id
        ChannelIdRole,
        StateRole, // int(OutboxEntry::State)
        StatusRole, // severity key for the state's dot: failed "critical", pending after a failure "warning"
    };

    explicit DeliveryLogTableModel(QObject* parent = nullptr);

    // "Today" comes from here (tests pin it): today's rows show the time only.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void setEntries(const QList<OutboxEntry>& entries);
    // How channel ids are shown (a removed channel keeps its id).
    void setChannelNames(const QHash<QString, QString>& names);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    OutboxEntry entryAt(int row) const { return m_rows.at(row); }

    static QString eventDisplayName(NotifyMessage::Event event); // translated
    static QString detailText(const OutboxEntry& entry);

protected:
    QString rowKey(const OutboxEntry& row) const override { return QString::number(row.id); }

private:
    QString timeText(const QDateTime& at) const;

    std::function<QDateTime()> m_clock;
    QHash<QString, QString> m_names;
};

} // namespace plumbline
