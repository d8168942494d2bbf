#include "DeliveryLogTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// What a row shows; rows whose shown data is the same are not reported as changed.
bool sameRow(const OutboxEntry& a, const OutboxEntry& b)
{
    return a.id == b.id && a.channelId == b.channelId && a.state == b.state && a.attempts == b.attempts
        && a.lastError == b.lastError && a.note == b.note && a.createdAt == b.createdAt && a.dueAt == b.dueAt
        && a.sentAt == b.sentAt && a.lastAttemptAt == b.lastAttemptAt && a.lastStatus == b.lastStatus
        && a.message.event == b.message.event && a.message.severity == b.message.severity
        && a.message.subjectName == b.message.subjectName && a.message.title == b.message.title;
}

} // namespace

DeliveryLogTableModel::DeliveryLogTableModel(QObject* parent)
    : KeyedRowsModel<OutboxEntry>(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString DeliveryLogTableModel::timeText(const QDateTime& at) const
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    const QDateTime local = at.toLocalTime();
    if (local.date() == m_clock().toLocalTime().date())
        return locale.toString(local.time(), format);
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), locale.toString(local.time(), format));
}

void DeliveryLogTableModel::setEntries(const QList<OutboxEntry>& entries)
{
    syncRows(entries, sameRow);
}

void DeliveryLogTableModel::setChannelNames(const QHash<QString, QString>& names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ChannelColumn), index(int(m_rows.size()) - 1, ChannelColumn));
}

int DeliveryLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryLogTableModel::eventDisplayName(NotifyMessage::Event event)
{
    switch (event) {
    case NotifyMessage::Event::Opened:
        return tr("Opened");
    case NotifyMessage::Event::Escalated:
        return tr("Escalated");
    case NotifyMessage::Event::Resolved:
        return tr("Resolved");
    case NotifyMessage::Event::Acknowledged:
        return tr("Acknowledged");
    case NotifyMessage::Event::Digest:
        return tr("Digest");
    case NotifyMessage::Event::Test:
        return tr("Test");
    }
    return {};
}

QString DeliveryLogTableModel::detailText(const OutboxEntry& e)
{
    if (!e.lastError.isEmpty())
        return e.lastStatus > 0 ? tr("%1 (status %2)").arg(e.lastError).arg(e.lastStatus) : e.lastError;
    return e.note;
}

QVariant DeliveryLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxEntry& e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case ChannelIdRole:
        return e.channelId;
    case StateRole:
        return int(e.state);
    case StatusRole:
        if (e.state == OutboxEntry::State::Failed)
            return severityKey(Severity::Critical);
        if (e.state == OutboxEntry::State::Pending && !e.lastError.isEmpty())
            return severityKey(Severity::Warning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn)
            return detailText(e);
        if (index.column() == SubjectColumn)
            return e.message.title;
        if (index.column() == ChannelColumn)
            return e.channelId;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return timeText(e.createdAt);
        case ChannelColumn:
            return m_names.value(e.channelId, e.channelId);
        case EventColumn:
            return eventDisplayName(e.message.event);
        case SeverityColumn:
            return e.message.event == NotifyMessage::Event::Test || e.message.event == NotifyMessage::Event::Digest
                ? QString()
                : severityDisplayName(e.message.severity);
        case SubjectColumn:
            return e.message.subjectName;
        case StateColumn:
            return outboxStateDisplayName(e.state);
        case AttemptsColumn:
            return e.attempts;
        case DetailColumn:
            return detailText(e);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeliveryLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case EventColumn:
        return tr("Event");
    case SeverityColumn:
        return tr("Severity");
    case SubjectColumn:
        return tr("About");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case DetailColumn:
        return tr("Last error or note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace plumbline
