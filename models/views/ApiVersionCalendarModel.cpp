#include "ApiVersionCalendarModel.h"

#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace plumbline {

ApiVersionCalendarModel::ApiVersionCalendarModel(QObject* parent)
    : KeyedRowsModel<ApiVersionRow>(parent)
{
}

void ApiVersionCalendarModel::setRows(const QList<ApiVersionRow>& rows)
{
    syncRows(rows, [](const ApiVersionRow& a, const ApiVersionRow& b) { return a == b; });
}

int ApiVersionCalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiVersionCalendarModel::urgencyDisplayName(ApiVersionRow::Urgency urgency)
{
    switch (urgency) {
    case ApiVersionRow::Urgency::Retired:
        return tr("Retired");
    case ApiVersionRow::Urgency::Critical:
        return tr("Under 14 days");
    case ApiVersionRow::Urgency::Soon:
        return tr("Under 90 days");
    case ApiVersionRow::Urgency::Ok:
        return tr("OK");
    case ApiVersionRow::Urgency::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString ApiVersionCalendarModel::kindDisplayName(ApiVersionRow::Kind kind)
{
    switch (kind) {
    case ApiVersionRow::Kind::None:
        return tr("No deadline announced");
    case ApiVersionRow::Kind::Sunset:
        return tr("Stops working");
    case ApiVersionRow::Kind::Deprecated:
        return tr("Deprecated");
    case ApiVersionRow::Kind::Retired:
        return tr("Retired");
    case ApiVersionRow::Kind::FellForward:
        return tr("Another version is served");
    }
    return {};
}

QString ApiVersionCalendarModel::severityKeyOf(ApiVersionRow::Urgency urgency)
{
    switch (urgency) {
    case ApiVersionRow::Urgency::Retired:
    case ApiVersionRow::Urgency::Critical:
        return u"critical"_s;
    case ApiVersionRow::Urgency::Soon:
        return u"warning"_s;
    case ApiVersionRow::Urgency::Ok:
        return u"ok"_s;
    case ApiVersionRow::Urgency::Unknown:
        return u"unknown"_s;
    }
    return {};
}

namespace {

QString daysText(const ApiVersionRow& r)
{
    if (!r.daysLeft)
        return {};
    const qint64 d = *r.daysLeft;
    if (d < 0)
        return ApiVersionCalendarModel::tr("%n days ago", nullptr, int(-d));
    if (d == 0)
        return ApiVersionCalendarModel::tr("today");
    return ApiVersionCalendarModel::tr("%n days", nullptr, int(d));
}

QString sourceText(const ApiVersionRow& r)
{
    const QString origin = r.source == ApiVersionRow::Source::Vendor ? ApiVersionCalendarModel::tr("Vendor's response")
        : r.source == ApiVersionRow::Source::Catalog                 ? ApiVersionCalendarModel::tr("Vendor's schedule")
                                                                     : QString();
    if (r.notice.isEmpty())
        return origin;
    return origin.isEmpty() ? r.notice : ApiVersionCalendarModel::tr("%1: %2").arg(origin, r.notice);
}

} // namespace

QVariant ApiVersionCalendarModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiVersionRow& r = m_rows.at(index.row());
    switch (role) {
    case ConnectionIdRole:
        return r.connectionId;
    case UrgencyRole:
        return int(r.urgency);
    case SeverityRole:
        return severityKeyOf(r.urgency);
    case SortRole:
        switch (index.column()) {
        case UrgencyColumn:
            return int(r.urgency);
        case DateColumn:
        case DaysLeftColumn:
            // Undated rows sort after every dated one.
            return r.daysLeft ? *r.daysLeft : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UrgencyColumn:
            return urgencyDisplayName(r.urgency);
        case ConnectionColumn:
            return r.connectionName;
        case VendorColumn:
            return r.vendorName;
        case RequestedColumn:
            return r.requestedVersion;
        case ServedColumn:
            return r.servedVersion.isEmpty() && role == Qt::AccessibleTextRole ? tr("not known") : r.servedVersion;
        case DeadlineColumn:
            return kindDisplayName(r.kind);
        case DateColumn:
            return r.deadline.isValid() ? QLocale().toString(r.deadline.toLocalTime().date(), QLocale::ShortFormat)
                                        : QString();
        case DaysLeftColumn:
            return daysText(r);
        case SourceColumn:
            return sourceText(r);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return sourceText(r);
        if (index.column() == DateColumn && r.deadline.isValid())
            return QLocale().toString(r.deadline.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ServedColumn && r.checkedAt.isValid())
            return tr("As served at the check of %1")
                .arg(QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    default:
        return {};
    }
}

QVariant ApiVersionCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case ConnectionColumn:
        return tr("Connection");
    case VendorColumn:
        return tr("Vendor");
    case RequestedColumn:
        return tr("Requested");
    case ServedColumn:
        return tr("Served");
    case DeadlineColumn:
        return tr("What happens");
    case DateColumn:
        return tr("Date");
    case DaysLeftColumn:
        return tr("Days left");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace plumbline
