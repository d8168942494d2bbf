#include "AlertTableModel.h"

#include <AlertSubject.h>
#include <MonitorRepository.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

AlertTableModel::AlertTableModel(QObject* parent)
    : KeyedRowsModel<Alert>(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_subjectName([](const QString& subject) { return AlertSubject::parse(subject).id; })
{
}

void AlertTableModel::setAlerts(const QList<Alert>& alerts, const QHash<qint64, QDateTime>& lastChanges)
{
    const QHash<qint64, QDateTime> before = m_lastChanges;
    m_lastChanges = lastChanges;
    syncRows(alerts, [&before, this](const Alert& a, const Alert& b) {
        return a == b && before.value(a.id) == m_lastChanges.value(b.id);
    });
}

void AlertTableModel::reload(const MonitorRepository& history)
{
    const QList<Alert> alerts = history.alerts({}, true);
    QHash<qint64, QDateTime> last;
    for (const Alert& a : alerts) {
        const QList<AlertEvent> events = history.alertEvents(a.id);
        if (!events.isEmpty())
            last.insert(a.id, events.constLast().ts);
    }
    setAlerts(alerts, last);
}

void AlertTableModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    // A snooze that ran out changes the state too.
    Q_EMIT dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, DurationColumn));
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AlertTableModel::State AlertTableModel::stateOf(const Alert& a) const
{
    if (!a.isOpen())
        return State::Resolved;
    if (a.snoozedUntil.isValid() && a.snoozedUntil > m_clock())
        return State::Snoozed;
    if (a.acknowledgedAt.isValid())
        return State::Acknowledged;
    return State::Open;
}

int AlertTableModel::openCount() const
{
    int n = 0;
    for (const Alert& a : m_rows)
        n += a.isOpen() ? 1 : 0;
    return n;
}

QDateTime AlertTableModel::lastChange(const Alert& a) const
{
    QDateTime last = m_lastChanges.value(a.id);
    for (const QDateTime& t : { a.openedAt, a.escalatedAt, a.acknowledgedAt, a.resolvedAt }) {
        if (t.isValid() && (!last.isValid() || t > last))
            last = t;
    }
    return last;
}

QString AlertTableModel::ruleDisplayName(const QString& rule)
{
    static const QHash<QString, const char*> names {
        { u"count_drift"_s, QT_TR_NOOP("Counts drifted apart") },
        { u"silent_failure"_s, QT_TR_NOOP("Data stopped moving") },
        { u"stale"_s, QT_TR_NOOP("Not checked for too long") },
        { u"mapping_drift"_s, QT_TR_NOOP("A mapped field changed") },
        { u"auth"_s, QT_TR_NOOP("Credentials rejected") },
        { u"permission"_s, QT_TR_NOOP("Permission missing") },
        { u"deprecation"_s, QT_TR_NOOP("API version going away") },
        { u"rate_limit"_s, QT_TR_NOOP("Running out of API quota") },
        { u"volume_anomaly"_s, QT_TR_NOOP("Unusual change in volume") },
        { u"run_failures"_s, QT_TR_NOOP("Automation runs failing") },
        { u"value_drift"_s, QT_TR_NOOP("Field values differ between systems") },
        { u"unreachable"_s, QT_TR_NOOP("Service unreachable") },
        { u"bad_response"_s, QT_TR_NOOP("Unreadable answer from the API") },
    };
    const auto it = names.constFind(rule);
    return it == names.constEnd() ? rule : tr(*it);
}

QString AlertTableModel::stateDisplayName(State state)
{
    switch (state) {
    case State::Open:
        return tr("Open");
    case State::Acknowledged:
        return tr("Acknowledged");
    case State::Snoozed:
        return tr("Snoozed");
    case State::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString AlertTableModel::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n days", nullptr, int(hours / 24));
}

QString AlertTableModel::stateText(const Alert& a) const
{
    const State state = stateOf(a);
    const QLocale locale;
    switch (state) {
    case State::Snoozed:
        return tr("Snoozed until %1").arg(locale.toString(a.snoozedUntil.toLocalTime(), QLocale::ShortFormat));
    case State::Acknowledged:
        return a.acknowledgedBy.isEmpty() ? stateDisplayName(state) : tr("Acknowledged by %1").arg(a.acknowledgedBy);
    default:
        return stateDisplayName(state);
    }
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_rows.at(index.row());
    const QDateTime now = m_clock();
    const qint64 duration = a.openedAt.secsTo(a.isOpen() ? now : a.resolvedAt);
    const QLocale locale;
    switch (role) {
    case IdRole:
        return a.id;
    case SeverityRole:
        return severityKey(a.severity);
    case StateRole:
        return int(stateOf(a));
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return a.severity == Severity::Critical ? 3
                : a.severity == Severity::Unknown   ? 2
                : a.severity == Severity::Warning   ? 1
                                                    : 0;
        case StateColumn:
            return int(stateOf(a));
        case OpenedColumn:
            return a.openedAt;
        case LastChangeColumn:
            return lastChange(a);
        case DurationColumn:
            return duration;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityDisplayName(a.severity);
        case SubjectColumn:
            return m_subjectName(a.subject);
        case RuleColumn:
            return ruleDisplayName(a.rule);
        case StateColumn:
            return stateText(a);
        case OpenedColumn:
            return locale.toString(a.openedAt.toLocalTime(), QLocale::ShortFormat);
        case LastChangeColumn:
            return locale.toString(lastChange(a).toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return durationText(duration);
        case MessageColumn:
            return a.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn) {
            const AlertSubject s = AlertSubject::parse(a.subject);
            return s.kind == AlertSubject::Kind::Connection ? tr("Connection %1").arg(s.id)
                                                            : tr("Integration %1").arg(s.id);
        }
        if (index.column() == RuleColumn)
            return tr("Rule: %1").arg(a.rule);
        if (index.column() == MessageColumn)
            return a.message;
        return {};
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SubjectColumn:
        return tr("Integration or connection");
    case RuleColumn:
        return tr("Problem");
    case StateColumn:
        return tr("State");
    case OpenedColumn:
        return tr("Opened");
    case LastChangeColumn:
        return tr("Last change");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}

AlertFilterProxy::AlertFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AlertFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

QString AlertFilterProxy::filterDisplayName(Filter filter)
{
    switch (filter) {
    case Filter::Open:
        return tr("Open");
    case Filter::Acknowledged:
        return tr("Acknowledged");
    case Filter::Snoozed:
        return tr("Snoozed");
    case Filter::Resolved:
        return tr("Resolved");
    case Filter::All:
        return tr("All");
    }
    return {};
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto state = AlertTableModel::State(
        sourceModel()->index(sourceRow, 0, sourceParent).data(AlertTableModel::StateRole).toInt());
    switch (m_filter) {
    case Filter::Open:
        return state != AlertTableModel::State::Resolved;
    case Filter::Acknowledged:
        return state == AlertTableModel::State::Acknowledged;
    case Filter::Snoozed:
        return state == AlertTableModel::State::Snoozed;
    case Filter::Resolved:
        return state == AlertTableModel::State::Resolved;
    case Filter::All:
        return true;
    }
    return true;
}

} // namespace plumbline
