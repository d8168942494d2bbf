#pragma once

#include "DeprecationRow.h"
#include "KeyedRowsModel.h"

namespace plumbline {

// The deprecation calendar: one row per connection and known deadline, in the order given (soonest first),
// updated in place. The rows come from the app layer (DeprecationCalendar), which may read the vendor catalog.
class DeprecationCalendarModel final : public KeyedRowsModel<DeprecationRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeprecationCalendarModel)

public:
    enum Column
    {
        UrgencyColumn,
        ConnectionColumn,
        VendorColumn,
        RequestedColumn,
        ServedColumn,
        DeadlineColumn, // what happens
        DateColumn,
        DaysLeftColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        ConnectionIdRole = Qt::UserRole + 1,
        UrgencyRole,  // int(DeprecationRow::Urgency)
        SeverityRole, // the urgency as a severity key, for the status dot
        SortRole,
    };

    explicit DeprecationCalendarModel(QObject* parent = nullptr);

    void setRows(const QList<DeprecationRow>& rows);
    DeprecationRow rowAt(int row) const { return m_rows.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString urgencyDisplayName(DeprecationRow::Urgency urgency);
    static QString kindDisplayName(DeprecationRow::Kind kind);
    static QString severityKeyOf(DeprecationRow::Urgency urgency);

protected:
    QString rowKey(const DeprecationRow& row) const override { return row.key(); }
};

} // namespace plumbline
