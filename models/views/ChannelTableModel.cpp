#include "ChannelTableModel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

bool sameHealth(const std::optional<ChannelHealth>& a, const std::optional<ChannelHealth>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->lastOkAt == b->lastOkAt && a->failingSince == b->failingSince && a->lastError == b->lastError
        && a->lastStatus == b->lastStatus && a->failures == b->failures;
}

} // namespace

ChannelTableModel::ChannelTableModel(QObject* parent)
    : KeyedRowsModel<NotifyChannel>(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ChannelTableModel::setChannels(const QList<NotifyChannel>& channels, const QList<ChannelHealth>& health)
{
    QHash<QString, ChannelHealth> next;
    for (const ChannelHealth& h : health)
        next.insert(h.channelId, h);
    const QHash<QString, ChannelHealth> before = m_health;
    m_health = next;
    syncRows(channels, [&before, this](const NotifyChannel& a, const NotifyChannel& b) {
        const auto old = before.contains(a.id) ? std::optional(before.value(a.id)) : std::nullopt;
        return a == b && sameHealth(old, healthOf(b.id));
    });
}

void ChannelTableModel::setMissingSecrets(const QString& channelId, const QStringList& missingLabels)
{
    if (m_missing.contains(channelId) && m_missing.value(channelId) == missingLabels)
        return;
    m_missing.insert(channelId, missingLabels);
    const int row = rowOf(channelId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

std::optional<ChannelHealth> ChannelTableModel::healthOf(const QString& channelId) const
{
    const auto it = m_health.constFind(channelId);
    if (it == m_health.constEnd())
        return std::nullopt;
    return *it;
}

int ChannelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChannelTableModel::reachesText(const NotifyChannel& c)
{
    if (c.kind == ChannelKind::Email)
        return c.to.join(u", "_s);
    return c.person;
}

QString ChannelTableModel::clockText(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return locale.toString(time, format);
}

QString ChannelTableModel::quietHoursText(const NotifyChannel& c)
{
    if (!c.quiet.isSet())
        return {};
    QString text = tr("%1–%2").arg(clockText(c.quiet.from), clockText(c.quiet.to));
    if (!c.timeZone.isEmpty())
        text += u' ' + c.timeZone;
    return text;
}

QString ChannelTableModel::digestText(const NotifyChannel& c)
{
    if (!c.digestAt)
        return {};
    return tr("Daily at %1").arg(clockText(*c.digestAt));
}

QString ChannelTableModel::minSeverityText(Severity severity)
{
    return severity == Severity::Critical ? tr("Critical only") : tr("Warning and critical");
}

QString ChannelTableModel::timeText(const QDateTime& at) const
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == m_clock().toLocalTime().date())
        return clockText(local.time());
    return tr("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat), clockText(local.time()));
}

QString ChannelTableModel::statusText(const NotifyChannel& c) const
{
    if (const std::optional<ChannelHealth> h = healthOf(c.id); h && h->isFailing()) {
        const QString since = tr("Failing since %1").arg(timeText(h->failingSince));
        return h->lastError.isEmpty() ? since : tr("%1: %2").arg(since, h->lastError);
    }
    if (const QStringList missing = m_missing.value(c.id); !missing.isEmpty())
        return tr("No secret yet (%1)").arg(missing.join(u", "_s));
    if (const std::optional<ChannelHealth> h = healthOf(c.id); h && h->lastOkAt.isValid())
        return tr("OK, last delivered %1").arg(timeText(h->lastOkAt));
    return tr("OK");
}

QVariant ChannelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NotifyChannel& c = m_rows.at(index.row());
    const std::optional<ChannelHealth> health = healthOf(c.id);
    const bool failing = health && health->isFailing();
    switch (role) {
    case IdRole:
        return c.id;
    case FailingRole:
        return failing;
    case StatusRole:
        if (failing)
            return severityKey(Severity::Critical);
        if (!m_missing.value(c.id).isEmpty())
            return severityKey(Severity::Warning);
        return severityKey(Severity::Ok);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusText(c);
        if (index.column() == NameColumn)
            return c.id;
        if (index.column() == QuietHoursColumn && c.quiet.isSet())
            return c.quiet.criticalBreaksThrough ? tr("Critical alerts break through the quiet hours.")
                                                 : tr("Nothing breaks through the quiet hours.");
        break;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return c.displayName();
        case KindColumn:
            return channelKindDisplayName(c.kind);
        case ReachesColumn:
            return reachesText(c);
        case DefaultColumn:
            return c.isDefault ? tr("Default") : QString();
        case MinSeverityColumn:
            return minSeverityText(c.minSeverity);
        case QuietHoursColumn:
            return quietHoursText(c);
        case DigestColumn:
            return digestText(c);
        case StatusColumn:
            return statusText(c);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ReachesColumn:
        return tr("Reaches");
    case DefaultColumn:
        return tr("Default");
    case MinSeverityColumn:
        return tr("Minimum severity");
    case QuietHoursColumn:
        return tr("Quiet hours");
    case DigestColumn:
        return tr("Digest");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace plumbline
