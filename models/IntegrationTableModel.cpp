#include "IntegrationTableModel.h"

#include "WorkspaceRepository.h"

#include <AlertSubject.h>
#include <views/ValueFieldTableModel.h>

#include <QLocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace plumbline {

IntegrationTableModel::IntegrationTableModel(WorkspaceRepository& repository, QObject* parent)
    : KeyedRowsModel<Integration>(parent)
    , m_repository(repository)
{
    connect(&m_repository, &WorkspaceRepository::integrationsChanged, this, &IntegrationTableModel::reload);
    connect(&m_repository, &WorkspaceRepository::connectionsChanged, this, &IntegrationTableModel::reload);
    reload();
}

void IntegrationTableModel::reload()
{
    QHash<QString, QString> names;
    QHash<QString, QString> vendors;
    for (const Connection& c : m_repository.connections()) {
        names.insert(c.id, c.name);
        vendors.insert(c.id, vendorDisplayName(c.vendor));
    }
    const bool namesChanged = names != m_connectionNames || vendors != m_connectionVendors;
    m_connectionNames = names;
    m_connectionVendors = vendors;
    syncRows(
        m_repository.integrations(), [](const Integration& a, const Integration& b) { return a.sameDefinition(b); });
    if (namesChanged)
        allRowsChanged();
}

void IntegrationTableModel::setOpenAlerts(const QList<Alert>& openAlerts)
{
    QHash<QString, int> bySubject;
    for (const Alert& a : openAlerts)
        ++bySubject[a.subject];
    if (bySubject == m_alertsBySubject)
        return;
    m_alertsBySubject = bySubject;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AlertsColumn), index(int(m_rows.size()) - 1, AlertsColumn));
}

void IntegrationTableModel::setValueChecks(const QHash<QString, ValueCheckResult>& latest)
{
    if (latest == m_valueChecks)
        return;
    m_valueChecks = latest;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ValuesColumn), index(int(m_rows.size()) - 1, ValuesColumn));
}

std::optional<ValueCheckResult> IntegrationTableModel::valueCheck(const QString& integrationId) const
{
    const auto it = m_valueChecks.constFind(integrationId);
    if (it == m_valueChecks.constEnd())
        return std::nullopt;
    return *it;
}

int IntegrationTableModel::countAlerts(const Integration& i) const
{
    int n = m_alertsBySubject.value(AlertSubject::integration(i.id).key());
    for (const QString& c : i.connectionIds())
        n += m_alertsBySubject.value(AlertSubject::connection(c).key());
    return n;
}

int IntegrationTableModel::openAlerts(const QString& integrationId) const
{
    const int row = rowOf(integrationId);
    return row < 0 ? 0 : countAlerts(m_rows.at(row));
}

int IntegrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationTableModel::sideText(const IntegrationSide& side) const
{
    return tr("%1 · %2").arg(m_connectionNames.value(side.connection, side.connection), side.object);
}

void IntegrationTableModel::setSnapshot(const QString& integrationId, const CountSnapshot& snapshot)
{
    m_snapshots.insert(integrationId, snapshot);
    const int row = rowOf(integrationId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, SourceCountColumn), index(row, ColumnCount - 1));
    if (row >= 0 && snapshot.status)
        Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), { Qt::DecorationRole, StatusRole });
}

std::optional<CountSnapshot> IntegrationTableModel::snapshot(const QString& integrationId) const
{
    const auto it = m_snapshots.constFind(integrationId);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

namespace {

QString countText(const std::optional<qint64>& count, const QString& problem)
{
    if (count)
        return QLocale().toString(*count);
    return problem.isEmpty() ? QString() : IntegrationTableModel::tr("unavailable");
}

std::optional<qint64> gap(const CountSnapshot& s)
{
    if (!s.source || !s.destination)
        return std::nullopt;
    return *s.destination - *s.source;
}

std::optional<double> gapPercent(const CountSnapshot& s)
{
    const std::optional<qint64> g = gap(s);
    if (!g || *s.source == 0)
        return std::nullopt;
    const double pct = 100.0 * double(*g) / double(*s.source);
    return std::abs(pct) < 0.05 ? 0.0 : pct; // no "-0.0 %"
}

QString gapText(const CountSnapshot& s)
{
    const std::optional<qint64> g = gap(s);
    if (!g)
        return {};
    return (*g > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*g);
}

QString gapPercentText(const CountSnapshot& s)
{
    const std::optional<double> pct = gapPercent(s);
    if (!pct)
        return {};
    return IntegrationTableModel::tr("%1 %").arg(
        (*pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*pct, 'f', 1));
}

QString checkedText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

// Sorting by state puts the worst first when descending, in the one order of severities (severityRank), with
// "not checked yet" just above ok: ok < not checked < unknown < warning < critical.
int stateSortRank(const std::optional<Severity>& s)
{
    if (!s)
        return 1;
    return *s == Severity::Ok ? 0 : plumbline::severityRank(*s) + 1;
}

// "91 %": whole percents, but never "100 %" for a rate below it (nor "0 %" above nothing).
QString wholePercent(double fraction)
{
    const double pct = fraction * 100.0;
    const int decimals = (pct > 99.5 && pct < 100.0) || (pct > 0.0 && pct < 0.5) ? 1 : 0;
    return IntegrationTableModel::tr("%1 %").arg(QLocale().toString(pct, 'f', decimals));
}

QString valuesText(const ValueCheckResult& check)
{
    if (!check.compared())
        return IntegrationTableModel::tr("Could not run");
    return IntegrationTableModel::tr("%1 match").arg(wholePercent(check.matchRate));
}

QString valuesToolTip(const ValueCheckResult& check, const QString& destination)
{
    const QLocale locale;
    const QString when = locale.toString(check.checkedAt.toLocalTime(), QLocale::ShortFormat);
    if (!check.compared())
        return IntegrationTableModel::tr("Value check of %1: %2").arg(when, check.problem);
    QString tip = IntegrationTableModel::tr("Value check of %1: %2 of %3 sampled records match, %4 (95 % interval "
                                            "%5–%6); %7 missing in %8")
                      .arg(when, locale.toString(check.matched), locale.toString(check.sampled),
                          ValueFieldTableModel::percentText(check.matchRate),
                          ValueFieldTableModel::percentText(check.matchRateLow),
                          ValueFieldTableModel::percentText(check.matchRateHigh),
                          locale.toString(check.missingAtDestination), destination);
    if (check.partial)
        tip += u'\n' + IntegrationTableModel::tr("Partial check: %1").arg(check.partialReason);
    return tip;
}

} // namespace

QVariant IntegrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration& i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == StatusRole) {
        const auto snap = m_snapshots.constFind(i.id);
        return snap != m_snapshots.constEnd() && snap->status ? QVariant(severityKey(*snap->status)) : QVariant();
    }
    if (role == SearchRole) {
        QStringList parts { i.id, i.name, i.owner, i.source.connection, i.source.object, i.destination.connection,
            i.destination.object };
        for (const QString& c : i.connectionIds())
            parts << m_connectionNames.value(c) << m_connectionVendors.value(c);
        if (i.middleware)
            parts << i.middleware->ref;
        return parts.join(u'\n');
    }
    if (role == SortRole) {
        const auto snap = m_snapshots.constFind(i.id);
        const bool has = snap != m_snapshots.constEnd();
        // Unread numbers sort below every number.
        const auto number = [](const std::optional<qint64>& v) {
            return v ? QVariant(*v) : QVariant(std::numeric_limits<qint64>::min());
        };
        switch (index.column()) {
        case SourceCountColumn:
            return has ? number(snap->source) : number(std::nullopt);
        case DestinationCountColumn:
            return has ? number(snap->destination) : number(std::nullopt);
        case GapColumn:
            return has ? number(gap(*snap)) : number(std::nullopt);
        case GapPercentColumn: {
            const std::optional<double> pct = has ? gapPercent(*snap) : std::nullopt;
            return pct ? *pct : -1e300;
        }
        case CheckedColumn:
            return has ? snap->at : QDateTime();
        case StatusColumn:
            return stateSortRank(has ? snap->status : std::nullopt);
        case AlertsColumn:
            return countAlerts(i);
        case ValuesColumn: {
            // Worst first when ascending: could not run below every rate, no check below that.
            const auto check = m_valueChecks.constFind(i.id);
            if (check == m_valueChecks.constEnd())
                return -2.0;
            return check->compared() ? check->matchRate : -1.0;
        }
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return i.name;
        case SourceColumn:
            return sideText(i.source);
        case DestinationColumn:
            return sideText(i.destination);
        case DirectionColumn:
            return directionDisplayName(i.direction);
        case OwnerColumn:
            return i.owner;
        case AlertsColumn: {
            const int n = countAlerts(i);
            return n == 0 ? (role == Qt::AccessibleTextRole ? tr("no open alerts") : QString()) : QString::number(n);
        }
        case ValuesColumn: {
            const auto check = m_valueChecks.constFind(i.id);
            if (check == m_valueChecks.constEnd())
                return role == Qt::AccessibleTextRole ? tr("no value check yet") : tr("—");
            return valuesText(*check);
        }
        default:
            break;
        }
        const auto snap = m_snapshots.constFind(i.id);
        if (snap == m_snapshots.constEnd())
            return {};
        switch (index.column()) {
        case SourceCountColumn:
            return countText(snap->source, snap->sourceProblem);
        case DestinationCountColumn:
            return countText(snap->destination, snap->destinationProblem);
        case GapColumn:
            return gapText(*snap);
        case GapPercentColumn:
            return gapPercentText(*snap);
        case CheckedColumn:
            return checkedText(snap->at);
        case StatusColumn:
            if (!snap->status)
                return {};
            // Read aloud, the state says why too; on screen the reason has its own column.
            if (role == Qt::AccessibleTextRole && !snap->headline.isEmpty())
                return tr("%1: %2").arg(severityDisplayName(*snap->status), snap->headline);
            return severityDisplayName(*snap->status);
        case ReasonColumn:
            if (role == Qt::AccessibleTextRole && snap->headline.isEmpty() && snap->status == Severity::Ok)
                return tr("no problem found");
            return snap->headline;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole
        && ((index.column() >= SourceCountColumn && index.column() <= GapColumn) || index.column() == GapPercentColumn
            || index.column() == AlertsColumn || index.column() == ValuesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CheckedColumn) {
        const auto snap = m_snapshots.constFind(i.id);
        if (snap != m_snapshots.constEnd() && snap->at.isValid())
            return QLocale().toString(snap->at.toLocalTime(), QLocale::LongFormat);
    }
    if (role == Qt::ToolTipRole && (index.column() == ReasonColumn || index.column() == StatusColumn)) {
        // The whole line, whatever the column's width.
        const auto snap = m_snapshots.constFind(i.id);
        if (snap == m_snapshots.constEnd() || !snap->status)
            return {};
        return snap->headline.isEmpty() ? severityDisplayName(*snap->status)
                                        : tr("%1: %2").arg(severityDisplayName(*snap->status), snap->headline);
    }
    if (role == Qt::ToolTipRole && index.column() == ValuesColumn) {
        const auto check = m_valueChecks.constFind(i.id);
        if (check == m_valueChecks.constEnd())
            return tr("No value check yet: it compares the mapped fields of sampled records on both sides");
        return valuesToolTip(*check, m_connectionNames.value(i.destination.connection, i.destination.connection));
    }
    if (role == Qt::ToolTipRole && index.column() == AlertsColumn)
        return tr("Open alerts of this integration and of the connections it uses: %1").arg(countAlerts(i));
    if (role == Qt::ToolTipRole && (index.column() == SourceCountColumn || index.column() == DestinationCountColumn)) {
        const auto snap = m_snapshots.constFind(i.id);
        if (snap != m_snapshots.constEnd())
            return index.column() == SourceCountColumn ? snap->sourceProblem : snap->destinationProblem;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1 → %2").arg(sideText(i.source), sideText(i.destination));
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return sideText(i.source);
    if (role == Qt::ToolTipRole && index.column() == DestinationColumn)
        return sideText(i.destination);
    return {};
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SourceCountColumn:
            return tr("Records counted at the source at the last check");
        case DestinationCountColumn:
            return tr("Records counted at the destination at the last check");
        case ReasonColumn:
            return tr("Why: the most serious finding of the last check");
        case ValuesColumn:
            return tr("The latest value check: the share of sampled records whose mapped fields hold the same values "
                      "on both sides");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Integration");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case DirectionColumn:
        return tr("Direction");
    case OwnerColumn:
        return tr("Owner");
    // Short, so the reason has the room; the tooltips say what is counted.
    case SourceCountColumn:
        return tr("In source");
    case DestinationCountColumn:
        return tr("In destination");
    case GapColumn:
        return tr("Gap");
    case GapPercentColumn:
        return tr("Gap %");
    case AlertsColumn:
        return tr("Alerts");
    case CheckedColumn:
        return tr("Last checked");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case ValuesColumn:
        return tr("Values");
    default:
        return {};
    }
}

} // namespace plumbline
