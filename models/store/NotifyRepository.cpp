#include "NotifyRepository.h"

#include "Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotifyStore, "plumbline.store.notify")

namespace plumbline {

namespace {

constexpr qint64 kDayMs = 86400LL * 1000;

const QString kColumns = u"id, channel_id, state, message, created_at, due_at, attempts, last_attempt_at, "
                         "last_error, last_status, sent_at, note"_s;

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(qlonglong(t.toMSecsSinceEpoch())) : QVariant();
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

OutboxEntry fromRow(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.channelId = q.value(1).toString();
    e.state = outboxStateFromKey(q.value(2).toString()).value_or(OutboxEntry::State::Pending);
    e.message = NotifyMessage::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    e.createdAt = time(q.value(4));
    e.dueAt = time(q.value(5));
    e.attempts = q.value(6).toInt();
    e.lastAttemptAt = time(q.value(7));
    e.lastError = q.value(8).toString();
    e.lastStatus = q.value(9).toInt();
    e.sentAt = time(q.value(10));
    e.note = q.value(11).toString();
    return e;
}

} // namespace

NotifyRepository::NotifyRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

NotifyRepository::~NotifyRepository() = default;

QString NotifyRepository::insertSql()
{
    return u"INSERT INTO notify_outbox (channel_id, state, event, severity, subject, dedup_key, message, created_at, "
           "due_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

void NotifyRepository::bindEntry(QSqlQuery& query, const OutboxEntry& e)
{
    for (const QVariant& v : QVariantList { text(e.channelId), outboxStateKey(e.state), notifyEventKey(e.message.event),
             severityKey(e.message.severity), text(e.message.subject), text(e.message.dedupKey),
             QString::fromUtf8(QJsonDocument(e.message.toJson()).toJson(QJsonDocument::Compact)), ms(e.createdAt),
             ms(e.dueAt.isValid() ? e.dueAt : e.createdAt), text(e.note) })
        query.addBindValue(v);
}

StoreResult NotifyRepository::enqueue(QList<OutboxEntry>& entries)
{
    if (entries.isEmpty())
        return {};
    const auto failed = [](const QString& why) {
        return StoreResult::failure(tr("The notifications could not be queued: %1").arg(why));
    };
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen() || !db.transaction())
        return failed(db.isOpen() ? db.lastError().text() : tr("the workspace is not open"));
    QSqlQuery insert(db);
    insert.prepare(insertSql());
    QList<qint64> ids;
    for (const OutboxEntry& e : std::as_const(entries)) {
        bindEntry(insert, e);
        if (!insert.exec()) {
            const QString error = insert.lastError().text();
            db.rollback();
            return failed(error);
        }
        ids << insert.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return failed(error);
    }
    for (qsizetype k = 0; k < entries.size(); ++k)
        entries[k].id = ids.at(k);
    Q_EMIT outboxChanged();
    return {};
}

QList<OutboxEntry> NotifyRepository::select(const QString& where, const QVariantList& binds, const QString& tail) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM notify_outbox"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where)
        + u' ' + tail);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_database.noteReadFault(q);
        qCWarning(lcNotifyStore) << "outbox read failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

QList<OutboxEntry> NotifyRepository::due(const QDateTime& now, int limit) const
{
    return select(u"state = 'pending' AND due_at <= ?"_s, { ms(now) }, u"ORDER BY due_at, id LIMIT %1"_s.arg(limit));
}

std::optional<QDateTime> NotifyRepository::nextDue() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT MIN(due_at) FROM notify_outbox WHERE state = 'pending'"_s) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return time(q.value(0));
}

QList<OutboxEntry> NotifyRepository::digestEntries(const QString& channelId) const
{
    return select(u"state = 'digest' AND channel_id = ?"_s, { channelId }, u"ORDER BY id"_s);
}

std::optional<OutboxEntry> NotifyRepository::entry(qint64 id) const
{
    const QList<OutboxEntry> rows = select(u"id = ?"_s, { qlonglong(id) }, {});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<OutboxEntry> NotifyRepository::log(int limit, const QString& channelId) const
{
    if (channelId.isEmpty())
        return select({}, {}, u"ORDER BY id DESC LIMIT %1"_s.arg(limit));
    return select(u"channel_id = ?"_s, { channelId }, u"ORDER BY id DESC LIMIT %1"_s.arg(limit));
}

StoreResult NotifyRepository::exec(const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcNotifyStore) << what << q.lastError().text();
        return StoreResult::failure(tr("The delivery log could not be updated: %1").arg(q.lastError().text()));
    }
    return {};
}

StoreResult NotifyRepository::beginAttempt(qint64 id, const QDateTime& at, const QDateTime& retryAt, bool* claimed)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE notify_outbox SET attempts = attempts + 1, last_attempt_at = ?, due_at = COALESCE(?, due_at) "
              "WHERE id = ?"_s
        + (claimed ? u" AND state = 'pending' AND due_at <= ?"_s : QString()));
    for (const QVariant& v : QVariantList { ms(at), ms(retryAt), qlonglong(id) })
        q.addBindValue(v);
    if (claimed)
        q.addBindValue(ms(at));
    if (!q.exec()) {
        qCWarning(lcNotifyStore) << "begin attempt" << q.lastError().text();
        return StoreResult::failure(tr("The delivery log could not be updated: %1").arg(q.lastError().text()));
    }
    if (claimed)
        *claimed = q.numRowsAffected() == 1;
    return {};
}

StoreResult NotifyRepository::recordHealth(
    const QString& channelId, const QDateTime& at, bool ok, int status, const QString& error)
{
    if (ok)
        return exec(u"INSERT INTO notify_channel_state (channel_id, last_ok_at, failing_since, last_error, "
                    "last_status, failures) VALUES (?, ?, NULL, '', ?, 0) ON CONFLICT(channel_id) DO UPDATE SET "
                    "last_ok_at = excluded.last_ok_at, failing_since = NULL, last_error = '', "
                    "last_status = excluded.last_status, failures = 0"_s,
            { channelId, ms(at), status }, u"channel health"_s);
    return exec(u"INSERT INTO notify_channel_state (channel_id, failing_since, last_error, last_status, failures) "
                "VALUES (?, ?, ?, ?, 1) ON CONFLICT(channel_id) DO UPDATE SET "
                "failing_since = COALESCE(notify_channel_state.failing_since, excluded.failing_since), "
                "last_error = excluded.last_error, last_status = excluded.last_status, "
                "failures = notify_channel_state.failures + 1"_s,
        { channelId, ms(at), text(error), status }, u"channel health"_s);
}

StoreResult NotifyRepository::markSent(qint64 id, const QDateTime& at, int status)
{
    const std::optional<OutboxEntry> e = entry(id);
    if (StoreResult r = exec(u"UPDATE notify_outbox SET state = 'sent', sent_at = ?, last_status = ?, last_error = '' "
                             "WHERE id = ?"_s,
            { ms(at), status, qlonglong(id) }, u"mark sent"_s);
        !r)
        return r;
    if (e && e->message.event != NotifyMessage::Event::Test) {
        if (StoreResult r = recordHealth(e->channelId, at, true, status, {}); !r)
            return r;
    }
    Q_EMIT outboxChanged();
    return {};
}

StoreResult NotifyRepository::markFailed(
    qint64 id, const QDateTime& at, int status, const QString& error, const QDateTime& retryAt)
{
    const std::optional<OutboxEntry> e = entry(id);
    const QString state = retryAt.isValid() ? u"pending"_s : u"failed"_s;
    if (StoreResult r = exec(u"UPDATE notify_outbox SET state = ?, last_status = ?, last_error = ?, due_at = "
                             "COALESCE(?, due_at) WHERE id = ?"_s,
            { state, status, text(error), ms(retryAt), qlonglong(id) }, u"mark failed"_s);
        !r)
        return r;
    if (e && e->message.event != NotifyMessage::Event::Test) {
        if (StoreResult r = recordHealth(e->channelId, at, false, status, error); !r)
            return r;
    }
    Q_EMIT outboxChanged();
    return {};
}

StoreResult NotifyRepository::markSkipped(qint64 id, const QString& note)
{
    if (StoreResult r = exec(u"UPDATE notify_outbox SET state = 'skipped', note = ? WHERE id = ?"_s,
            { text(note), qlonglong(id) }, u"mark skipped"_s);
        !r)
        return r;
    Q_EMIT outboxChanged();
    return {};
}

StoreResult NotifyRepository::markDigested(const QList<qint64>& ids, const QDateTime& at)
{
    for (const qint64 id : ids) {
        if (StoreResult r = exec(u"UPDATE notify_outbox SET state = 'digested', sent_at = ? WHERE id = ?"_s,
                { ms(at), qlonglong(id) }, u"mark digested"_s);
            !r)
            return r;
    }
    Q_EMIT outboxChanged();
    return {};
}

StoreResult NotifyRepository::retryNow(const QString& channelId, const QDateTime& now)
{
    if (StoreResult r = exec(u"UPDATE notify_outbox SET due_at = ? WHERE state = 'pending' AND channel_id = ?"_s,
            { ms(now), channelId }, u"retry now"_s);
        !r)
        return r;
    Q_EMIT outboxChanged();
    return {};
}

QList<ChannelHealth> NotifyRepository::channelHealth() const
{
    QList<ChannelHealth> out;
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT channel_id, last_ok_at, failing_since, last_error, last_status, failures "
                "FROM notify_channel_state ORDER BY channel_id"_s)) {
        m_database.noteReadFault(q);
        return out;
    }
    while (q.next()) {
        ChannelHealth h;
        h.channelId = q.value(0).toString();
        h.lastOkAt = time(q.value(1));
        h.failingSince = time(q.value(2));
        h.lastError = q.value(3).toString();
        h.lastStatus = q.value(4).toInt();
        h.failures = q.value(5).toInt();
        out << h;
    }
    return out;
}

std::optional<QDateTime> NotifyRepository::lastDigest(const QString& channelId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT last_digest_at FROM notify_channel_state WHERE channel_id = ?"_s);
    q.addBindValue(channelId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return time(q.value(0));
}

StoreResult NotifyRepository::setLastDigest(const QString& channelId, const QDateTime& at)
{
    return exec(u"INSERT INTO notify_channel_state (channel_id, last_digest_at) VALUES (?, ?) "
                "ON CONFLICT(channel_id) DO UPDATE SET last_digest_at = excluded.last_digest_at"_s,
        { channelId, ms(at) }, u"last digest"_s);
}

StoreResult NotifyRepository::prune(const QDateTime& now)
{
    return exec(u"DELETE FROM notify_outbox WHERE state IN ('sent', 'digested', 'failed', 'skipped') AND "
                "created_at < ?"_s,
        { qlonglong(now.toMSecsSinceEpoch() - kLogDays * kDayMs) }, u"prune"_s);
}

} // namespace plumbline
