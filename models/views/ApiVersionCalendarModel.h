#pragma once

#include "ApiVersionRow.h"
#include "KeyedRowsModel.h"

namespace plumbline {

// The API versions calendar: one row per connection and known deadline, in the order given (soonest first),
// updated in place. The rows come from the app layer (ApiVersionCalendar), which may read the vendor catalog.
class ApiVersionCalendarModel final : public KeyedRowsModel<ApiVersionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiVersionCalendarModel)

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
        UrgencyRole, // int(ApiVersionRow::Urgency)
        SeverityRole, // the urgency as a severity key, for the status dot
        SortRole,
    };

    explicit ApiVersionCalendarModel(QObject* parent = nullptr);

    void setRows(const QList<ApiVersionRow>& rows);
    ApiVersionRow rowAt(int row) const { return m_rows.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString urgencyDisplayName(ApiVersionRow::Urgency urgency);
    static QString kindDisplayName(ApiVersionRow::Kind kind);
    static QString severityKeyOf(ApiVersionRow::Urgency urgency);

protected:
    QString rowKey(const ApiVersionRow& row) const override { return row.key(); }
};

} // namespace plumbline
