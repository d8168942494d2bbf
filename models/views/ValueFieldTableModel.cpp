#include "ValueFieldTableModel.h"

#include <values/ValueStatistics.h>

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ValueFieldTableModel::ValueFieldTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ValueFieldTableModel::percentText(double fraction)
{
    // One decimal, but no "100.0 %" for 99.96 % and no "0.0 %" for a few in ten thousand.
    const double pct = fraction * 100.0;
    int decimals = 1;
    if (pct > 0 && pct < 0.1)
        decimals = 2;
    return tr("%1 %").arg(QLocale().toString(pct, 'f', decimals));
}

QString ValueFieldTableModel::rateText(qint64 part, qint64 of)
{
    if (of <= 0)
        return tr("—");
    const ProportionInterval interval = wilsonInterval(part, of);
    const QLocale locale;
    return tr("%1 (%2–%3 %)")
        .arg(percentText(double(part) / double(of)), locale.toString(interval.low * 100, 'f', 1),
            locale.toString(interval.high * 100, 'f', 1));
}

void ValueFieldTableModel::setFields(const QList<FieldTally>& fields)
{
    QList<FieldTally> sorted = fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FieldTally& a, const FieldTally& b) {
        if (a.failures() != b.failures())
            return a.failures() > b.failures();
        return QString::localeAwareCompare(a.source, b.source) < 0;
    });
    if (sorted == m_rows)
        return;
    const auto sameFields = [&] {
        if (sorted.size() != m_rows.size())
            return false;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (sorted.at(i).source != m_rows.at(i).source || sorted.at(i).destination != m_rows.at(i).destination)
                return false;
        }
        return true;
    };
    if (sameFields()) {
        m_rows = sorted;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = sorted;
    endResetModel();
}

int ValueFieldTableModel::rowOf(const QString& source, const QString& destination) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source == source && m_rows.at(i).destination == destination)
            return int(i);
    }
    return -1;
}

int ValueFieldTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValueFieldTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueFieldTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldTally& f = m_rows.at(index.row());
    if (role == FailuresRole)
        return f.failures();
    if (role == SortRole) {
        switch (index.column()) {
        case ComparedColumn:
            return f.compared;
        case DifferColumn:
            return f.failures();
        case EmptyColumn:
            return f.emptyOnDestination;
        case TruncatedColumn:
            return f.truncated;
        case CaseOnlyColumn:
            return f.caseOnly;
        case RateColumn:
            return f.compared > 0 ? double(f.failures()) / double(f.compared) : -1.0;
        case SinceColumn:
            return f.firstFailureChange.value_or(QDateTime());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SourceColumn:
            return f.source;
        case DestinationColumn:
            return f.destination;
        case ComparedColumn:
            return number(f.compared);
        case DifferColumn:
            return number(f.failures());
        case EmptyColumn:
            return number(f.emptyOnDestination);
        case TruncatedColumn:
            return number(f.truncated);
        case CaseOnlyColumn:
            return number(f.caseOnly);
        case RateColumn:
            if (role == Qt::AccessibleTextRole && f.compared > 0) {
                const ProportionInterval i = wilsonInterval(f.failures(), f.compared);
                return tr("%1 differ, between %2 and %3")
                    .arg(percentText(double(f.failures()) / double(f.compared)), percentText(i.low),
                        percentText(i.high));
            }
            return rateText(f.failures(), f.compared);
        case SinceColumn:
            if (!f.firstFailureChange || !f.firstFailureChange->isValid())
                return role == Qt::AccessibleTextRole ? tr("no date") : QString();
            return QLocale().toString(f.firstFailureChange->toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ComparedColumn && index.column() <= RateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SourceColumn:
        case DestinationColumn:
            return tr("%1 → %2 (%3)").arg(f.source, f.destination, fieldKindKey(f.kind));
        case DifferColumn:
            return tr("%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another "
                      "value")
                .arg(number(f.failures()), number(f.compared), number(f.emptyOnDestination), number(f.truncated),
                    number(f.differs));
        case EmptyColumn:
            return tr("The destination holds no value though the source has one");
        case TruncatedColumn:
            return tr("The destination holds the start of the source's value only");
        case CaseOnlyColumn:
            return tr("Only upper and lower case differ; counted as a match");
        case RateColumn:
            return tr("Share of compared records that failed, with its 95 % interval (Wilson): the true rate is "
                      "most likely in this range");
        case SinceColumn:
            if (f.firstFailureChange && f.firstFailureChange->isValid())
                return tr("The earliest change at the source among the failing records: the mapping may have "
                          "broken around %1")
                    .arg(QLocale().toString(f.firstFailureChange->toLocalTime(), QLocale::LongFormat));
            return {};
        default:
            return {};
        }
    }
    return {};
}

QVariant ValueFieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ComparedColumn:
            return tr("Records found at the destination in which this field was compared");
        case DifferColumn:
            return tr("Records whose value is empty, cut short or different at the destination");
        case EmptyColumn:
            return tr("Empty at the destination though the source has a value");
        case TruncatedColumn:
            return tr("Cut short at the destination");
        case CaseOnlyColumn:
            return tr("Only the case differs (counted as equal)");
        case RateColumn:
            return tr("Share that differs, with its 95 % interval");
        case SinceColumn:
            return tr("The earliest source change among the failing records");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source field");
    case DestinationColumn:
        return tr("Destination field");
    case ComparedColumn:
        return tr("Compared");
    case DifferColumn:
        return tr("Differ");
    case EmptyColumn:
        return tr("Empty at destination");
    case TruncatedColumn:
        return tr("Truncated");
    case CaseOnlyColumn:
        return tr("Case only");
    case RateColumn:
        return tr("Rate");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace plumbline
