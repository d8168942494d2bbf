#include "MonitorRepository.h"

#include "Database.h"
#include "NotifyRepository.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace plumbline {

namespace {

constexpr qint64 kHourMs = qint64(3600) * 1000;
constexpr qint64 kDayMs = qint64(86400) * 1000;

// Whether a process of this host still exists (kill(pid, 0): EPERM means it exists but is someone else's).
bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true; // unknown: wait for the lease to expire
#endif
}

// Timestamps are INTEGER milliseconds since the epoch, UTC; an invalid time is NULL.
QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(qlonglong(t.toMSecsSinceEpoch())) : QVariant();
}

QVariant ms(const std::optional<QDateTime>& t)
{
    return t ? ms(*t) : QVariant();
}

QDateTime fromMs(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<QDateTime> optionalTime(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v);
}

template <typename T> QVariant number(const std::optional<T>& v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant();
}

std::optional<qint64> optionalNumber(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// A null QString binds as SQL NULL; text columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

// A kind no version of Plumbline wrote (a hand-edited store) reads as none: the rules then say the side gave no
// error they could name.
ErrorKind errorKindFrom(const QVariant& v)
{
    return errorKindFromKey(v.toString()).value_or(ErrorKind::None);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray fieldsJson(const QList<FieldInfo>& fields)
{
    QJsonArray a;
    for (const FieldInfo& f : fields)
        a.append(QJsonObject { { u"name"_s, f.name }, { u"label"_s, f.label }, { u"type"_s, f.type } });
    return a;
}

QList<FieldInfo> fieldsFromJson(const QString& json)
{
    QList<FieldInfo> fields;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        fields << FieldInfo { o.value(u"name").toString(), o.value(u"label").toString(), o.value(u"type").toString() };
    }
    return fields;
}

// The schema's identity: independent of the order the vendor lists its fields in.
QString schemaHash(const QList<FieldInfo>& fields)
{
    QList<FieldInfo> sorted = fields;
    std::sort(sorted.begin(), sorted.end(), [](const FieldInfo& a, const FieldInfo& b) {
        return std::tie(a.name, a.label, a.type) < std::tie(b.name, b.label, b.type);
    });
    return QString::fromLatin1(
        QCryptographicHash::hash(compactJson(fieldsJson(sorted)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString middlewareJson(const MiddlewareSnapshot& s)
{
    QJsonObject o;
    if (s.active)
        o.insert(u"active"_s, *s.active);
    if (s.paused)
        o.insert(u"paused"_s, *s.paused);
    if (s.invalid)
        o.insert(u"invalid"_s, *s.invalid);
    if (s.storedFailures)
        o.insert(u"stored_failures"_s, *s.storedFailures);
    if (s.lastSuccess && s.lastSuccess->isValid())
        o.insert(u"last_success"_s, s.lastSuccess->toMSecsSinceEpoch());
    if (s.missing) {
        o.insert(u"missing"_s, true);
        if (s.httpStatus != 0)
            o.insert(u"http_status"_s, s.httpStatus);
        if (!s.problem.isEmpty())
            o.insert(u"problem"_s, s.problem);
    }
    return compactJson(o);
}

MiddlewareSnapshot middlewareFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    MiddlewareSnapshot s;
    if (o.value(u"active").isBool())
        s.active = o.value(u"active").toBool();
    if (o.value(u"paused").isBool())
        s.paused = o.value(u"paused").toBool();
    if (o.value(u"invalid").isBool())
        s.invalid = o.value(u"invalid").toBool();
    if (o.value(u"stored_failures").isDouble())
        s.storedFailures = o.value(u"stored_failures").toInteger();
    if (o.value(u"last_success").isDouble())
        s.lastSuccess = QDateTime::fromMSecsSinceEpoch(o.value(u"last_success").toInteger(), Qt::UTC);
    s.missing = o.value(u"missing").toBool();
    s.httpStatus = o.value(u"http_status").toInt();
    s.problem = o.value(u"problem").toString();
    return s;
}

const QString kSampleColumns = u"ts, source_count, source_status, source_latency_ms, source_error_kind, source_error, "
                               "destination_count, destination_status, destination_latency_ms, destination_error_kind, "
                               "destination_error, maintenance"_s;

Sample sampleFromRow(const QSqlQuery& q)
{
    Sample s;
    s.ts = fromMs(q.value(0));
    s.source = { optionalNumber(q.value(1)), q.value(2).toInt(), q.value(3).toLongLong(), errorKindFrom(q.value(4)),
        q.value(5).toString() };
    s.destination = { optionalNumber(q.value(6)), q.value(7).toInt(), q.value(8).toLongLong(),
        errorKindFrom(q.value(9)), q.value(10).toString() };
    s.maintenance = q.value(11).toBool();
    return s;
}

void bindSample(QSqlQuery& q, const QString& integrationId, const Sample& s)
{
    q.addBindValue(integrationId);
    q.addBindValue(ms(s.ts));
    for (const SideSample* side : { &s.source, &s.destination }) {
        q.addBindValue(number(side->count));
        q.addBindValue(side->httpStatus);
        q.addBindValue(qlonglong(side->latencyMs));
        q.addBindValue(text(storedErrorKind(side->errorKind)));
        q.addBindValue(text(side->errorMessage));
    }
    q.addBindValue(s.maintenance ? 1 : 0);
}

// The rollups of a batch's samples: one per integration and bucket, in the order the buckets first appear.
class RollupBuckets
{
public:
    explicit RollupBuckets(RollupGrain grain)
        : m_grain(grain)
    {
    }
    void add(const QString& integrationId, const Sample& s)
    {
        const QDateTime bucket = rollupBucket(m_grain, s.ts);
        const QPair<QString, qint64> key { integrationId, bucket.toMSecsSinceEpoch() };
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            Rollup fresh;
            fresh.bucket = bucket;
            it = m_index.insert(key, m_rows.size());
            m_rows << qMakePair(integrationId, fresh);
        }
        m_rows[*it].second.add(s);
    }
    const QList<QPair<QString, Rollup>>& rows() const { return m_rows; }

private:
    RollupGrain m_grain;
    QHash<QPair<QString, qint64>, qsizetype> m_index;
    QList<QPair<QString, Rollup>> m_rows;
};

const QString kFactsColumns
    = u"connection_id, ts, http_status, error_kind, error_message, quota_remaining, quota_limit, "
      "quota_window_s, retry_after_ms, rate_limited, requested_version, served_version, "
      "deprecated, retired, fell_forward, deprecated_at, sunset, notice, credential_set_at"_s;

ConnectionFacts factsFromRow(const QSqlQuery& q)
{
    ConnectionFacts f;
    f.connectionId = q.value(0).toString();
    f.ts = fromMs(q.value(1));
    f.httpStatus = q.value(2).toInt();
    f.errorKind = errorKindFrom(q.value(3));
    f.errorMessage = q.value(4).toString();
    f.quotaRemaining = optionalNumber(q.value(5));
    f.quotaLimit = optionalNumber(q.value(6));
    if (!q.value(7).isNull())
        f.quotaWindowS = q.value(7).toInt();
    f.retryAfterMs = optionalNumber(q.value(8));
    f.rateLimited = q.value(9).toBool();
    f.requestedVersion = q.value(10).toString();
    f.servedVersion = q.value(11).toString();
    f.deprecated = q.value(12).toBool();
    f.retired = q.value(13).toBool();
    f.fellForward = q.value(14).toBool();
    f.deprecatedAt = optionalTime(q.value(15));
    f.sunset = optionalTime(q.value(16));
    f.notice = q.value(17).toString();
    f.credentialSetAt = optionalTime(q.value(18));
    return f;
}

void bindFacts(QSqlQuery& q, const ConnectionFacts& f)
{
    q.addBindValue(f.connectionId);
    q.addBindValue(ms(f.ts));
    q.addBindValue(f.httpStatus);
    q.addBindValue(text(storedErrorKind(f.errorKind)));
    q.addBindValue(text(f.errorMessage));
    q.addBindValue(number(f.quotaRemaining));
    q.addBindValue(number(f.quotaLimit));
    q.addBindValue(number(f.quotaWindowS));
    q.addBindValue(number(f.retryAfterMs));
    q.addBindValue(f.rateLimited ? 1 : 0);
    q.addBindValue(text(f.requestedVersion));
    q.addBindValue(text(f.servedVersion));
    q.addBindValue(f.deprecated ? 1 : 0);
    q.addBindValue(f.retired ? 1 : 0);
    q.addBindValue(f.fellForward ? 1 : 0);
    q.addBindValue(ms(f.deprecatedAt));
    q.addBindValue(ms(f.sunset));
    q.addBindValue(text(f.notice));
    q.addBindValue(ms(f.credentialSetAt));
}

const QString kRollupColumns
    = u"bucket, n, source_n, source_sum, source_min, source_max, destination_n, destination_sum, "
      "destination_min, destination_max, gap_n, gap_sum, gap_min, gap_max, errors, maintenance"_s;

RollupStat statFromRow(const QSqlQuery& q, int first)
{
    return { q.value(first).toLongLong(), q.value(first + 1).toLongLong(), optionalNumber(q.value(first + 2)),
        optionalNumber(q.value(first + 3)) };
}

Rollup rollupFromRow(const QSqlQuery& q)
{
    Rollup r;
    r.bucket = fromMs(q.value(0));
    r.n = q.value(1).toLongLong();
    r.source = statFromRow(q, 2);
    r.destination = statFromRow(q, 6);
    r.gap = statFromRow(q, 10);
    r.errors = q.value(14).toLongLong();
    r.maintenance = q.value(15).toLongLong();
    return r;
}

QString rollupUpsertSql(const QString& table)
{
    QString sql = u"INSERT INTO %1 (integration_id, %2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (integration_id, bucket) DO UPDATE SET n = n + excluded.n"_s.arg(table, kRollupColumns);
    for (const QString& side : { u"source"_s, u"destination"_s, u"gap"_s }) {
        // Sums and counts add; min/max ignore NULL on either side (SQLite's scalar min() would return NULL).
        sql += u", %1_n = %1_n + excluded.%1_n, %1_sum = %1_sum + excluded.%1_sum"
               ", %1_min = min(coalesce(%1_min, excluded.%1_min), coalesce(excluded.%1_min, %1_min))"
               ", %1_max = max(coalesce(%1_max, excluded.%1_max), coalesce(excluded.%1_max, %1_max))"_s.arg(side);
    }
    sql += u", errors = errors + excluded.errors, maintenance = maintenance + excluded.maintenance"_s;
    return sql;
}

void bindStat(QSqlQuery& q, const RollupStat& s)
{
    q.addBindValue(qlonglong(s.n));
    q.addBindValue(qlonglong(s.sum));
    q.addBindValue(number(s.min));
    q.addBindValue(number(s.max));
}

const QString kFindingColumns = u"ts, integration_id, connection_id, rule, severity, message, hint, evidence"_s;

Finding findingFromRow(const QSqlQuery& q)
{
    Finding f;
    f.at = fromMs(q.value(0));
    f.integrationId = q.value(1).toString();
    f.connectionId = q.value(2).toString();
    f.rule = q.value(3).toString();
    f.severity = severityFromKey(q.value(4).toString()).value_or(Severity::Unknown);
    f.message = q.value(5).toString();
    f.hint = q.value(6).toString();
    f.evidence = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return f;
}

const QString kAlertColumns = u"id, subject, rule, severity, message, opened_at, escalated_at, acknowledged_at, "
                              "acknowledged_by, snoozed_until, resolved_at, notified_severity"_s;

Alert alertFromRow(const QSqlQuery& q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.subject = q.value(1).toString();
    a.rule = q.value(2).toString();
    a.severity = severityFromKey(q.value(3).toString()).value_or(Severity::Unknown);
    a.message = q.value(4).toString();
    a.openedAt = fromMs(q.value(5));
    a.escalatedAt = fromMs(q.value(6));
    a.acknowledgedAt = fromMs(q.value(7));
    a.acknowledgedBy = q.value(8).toString();
    a.snoozedUntil = fromMs(q.value(9));
    a.resolvedAt = fromMs(q.value(10));
    a.notifiedSeverity = severityFromKey(q.value(11).toString()).value_or(Severity::Ok);
    return a;
}

void bindAlert(QSqlQuery& q, const Alert& a)
{
    q.addBindValue(text(a.subject));
    q.addBindValue(text(a.rule));
    q.addBindValue(severityKey(a.severity));
    q.addBindValue(text(a.message));
    q.addBindValue(ms(a.openedAt));
    q.addBindValue(ms(a.escalatedAt));
    q.addBindValue(ms(a.acknowledgedAt));
    q.addBindValue(text(a.acknowledgedBy));
    q.addBindValue(ms(a.snoozedUntil));
    q.addBindValue(ms(a.resolvedAt));
    q.addBindValue(severityKey(a.notifiedSeverity));
}

QDateTime eventTime(const AlertTransition& t, const QDateTime& at)
{
    if (at.isValid())
        return at;
    QDateTime own;
    switch (t.kind) {
    case AlertTransition::Kind::Opened:
        own = t.alert.openedAt;
        break;
    case AlertTransition::Kind::Escalated:
        own = t.alert.escalatedAt;
        break;
    case AlertTransition::Kind::Acknowledged:
        own = t.alert.acknowledgedAt;
        break;
    case AlertTransition::Kind::Resolved:
        own = t.alert.resolvedAt;
        break;
    case AlertTransition::Kind::Deescalated:
    case AlertTransition::Kind::Snoozed:
    case AlertTransition::Kind::Suppressed:
        break;
    }
    return own.isValid() ? own : QDateTime::currentDateTimeUtc();
}

QString eventNote(const AlertTransition& t)
{
    switch (t.kind) {
    case AlertTransition::Kind::Acknowledged:
        return text(t.alert.acknowledgedBy);
    case AlertTransition::Kind::Snoozed:
        return t.alert.snoozedUntil.isValid() ? t.alert.snoozedUntil.toUTC().toString(Qt::ISODateWithMs)
                                              : QString::fromLatin1("");
    default:
        return text(t.alert.message);
    }
}

} // namespace

// One write transaction on the writer connection; rolls back unless committed.
class MonitorRepository::Transaction
{
public:
    Transaction(QSqlDatabase db, int& failAfter)
        : m_db(std::move(db))
        , m_failAfter(failAfter)
    {
        m_open = m_db.isOpen() && m_db.transaction();
        if (!m_open)
            m_error = m_db.isOpen() ? m_db.lastError().text() : u"the workspace is not open"_s;
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    bool exec(QSqlQuery& q)
    {
        if (m_failAfter == 0) {
            m_error = u"simulated failure"_s;
            return false;
        }
        if (m_failAfter > 0)
            --m_failAfter;
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        qCWarning(lcStore) << "monitor write failed:" << m_error;
        return false;
    }
    QSqlQuery query(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            qCWarning(lcStore) << "prepare failed:" << sql.left(80) << q.lastError().text();
        return q;
    }
    bool commit()
    {
        if (!m_db.commit()) {
            m_error = m_db.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    int& m_failAfter;
    bool m_open = false;
    QString m_error;
};

MonitorRepository::MonitorRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

MonitorRepository::~MonitorRepository() = default;

// ---------------------------------------------------------------------------------------------------------------
// Writes

// What write()'s steps share: its one transaction, the definitions that still exist, and what was done.
struct MonitorRepository::BatchWrite
{
    Transaction& tx;
    // History of a definition deleted while the poll ran is dropped rather than failing the whole batch.
    QSet<QString> integrationIds;
    QSet<QString> connectionIds;
    int skipped = 0;
    QStringList written; // integrations with new samples, in batch order
};

// Each step stops at its first failure and returns it; the transaction rolls back when `tx` goes out of scope.
StoreResult MonitorRepository::write(const PollBatch& batch)
{
    if (batch.isEmpty())
        return {};
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return writeFailed(tx.error());
    BatchWrite w { tx, {}, {}, 0, {} };
    if (StoreResult r = readDefinitionIds(w); !r)
        return r;
    if (StoreResult r = writeSamples(w, batch.samples); !r)
        return r;
    if (StoreResult r = writeConnectionFacts(w, batch.connectionFacts); !r)
        return r;
    if (StoreResult r = writeSchemas(w, batch.schemas); !r)
        return r;
    if (StoreResult r = writeRuns(w, batch.runs); !r)
        return r;
    if (StoreResult r = writeMiddlewareStates(w, batch.middleware); !r)
        return r;
    if (StoreResult r = writeFindings(w, batch.findings, batch.heartbeat); !r)
        return r;
    if (StoreResult r = writeHeartbeat(w, batch.heartbeat); !r)
        return r;

    if (!tx.commit())
        return writeFailed(tx.error());
    if (w.skipped > 0)
        qCInfo(lcStore) << "skipped" << w.skipped << "history rows of deleted definitions";
    if (!w.written.isEmpty())
        Q_EMIT samplesWritten(w.written);
    return {};
}

StoreResult MonitorRepository::writeFailed(const QString& why)
{
    return StoreResult::failure(tr("The poll results could not be stored; nothing of them was written: %1").arg(why));
}

StoreResult MonitorRepository::readDefinitionIds(BatchWrite& w)
{
    Transaction& tx = w.tx;
    QSqlQuery q = tx.query(u"SELECT id FROM integrations"_s);
    if (!tx.exec(q))
        return writeFailed(tx.error());
    while (q.next())
        w.integrationIds.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return writeFailed(q.lastError().text());
    QSqlQuery c = tx.query(u"SELECT id FROM connections"_s);
    if (!tx.exec(c))
        return writeFailed(tx.error());
    while (c.next())
        w.connectionIds.insert(c.value(0).toString());
    if (c.lastError().isValid())
        return writeFailed(c.lastError().text());
    return {};
}

// Samples, and their rollups accumulated per bucket so each bucket is upserted once per batch.
StoreResult MonitorRepository::writeSamples(BatchWrite& w, const QList<QPair<QString, Sample>>& samples)
{
    if (samples.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery insert
        = tx.query(u"INSERT INTO samples (integration_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            kSampleColumns));
    RollupBuckets hourly(RollupGrain::Hourly);
    RollupBuckets daily(RollupGrain::Daily);
    for (const auto& entry : samples) {
        const QString& integrationId = entry.first;
        const Sample& s = entry.second;
        if (!w.integrationIds.contains(integrationId)) {
            ++w.skipped;
            continue;
        }
        if (!s.ts.isValid())
            return writeFailed(tr("a sample of %1 has no time").arg(integrationId));
        bindSample(insert, integrationId, s);
        if (!tx.exec(insert))
            return writeFailed(tx.error());
        if (!w.written.contains(integrationId))
            w.written << integrationId;
        hourly.add(integrationId, s);
        daily.add(integrationId, s);
    }
    if (!upsertRollups(tx, u"rollup_hourly"_s, hourly.rows()) || !upsertRollups(tx, u"rollup_daily"_s, daily.rows()))
        return writeFailed(tx.error());
    return {};
}

// One upsert per (integration, bucket); false when one fails (the reason is the transaction's error).
bool MonitorRepository::upsertRollups(Transaction& tx, const QString& table, const QList<QPair<QString, Rollup>>& rows)
{
    QSqlQuery q = tx.query(rollupUpsertSql(table));
    for (const auto& [integrationId, r] : rows) {
        q.addBindValue(integrationId);
        q.addBindValue(qlonglong(r.bucket.toMSecsSinceEpoch()));
        q.addBindValue(qlonglong(r.n));
        bindStat(q, r.source);
        bindStat(q, r.destination);
        bindStat(q, r.gap);
        q.addBindValue(qlonglong(r.errors));
        q.addBindValue(qlonglong(r.maintenance));
        if (!tx.exec(q))
            return false;
    }
    return true;
}

// Connection facts: one row per connection and poll; a second one for the same instant replaces the first.
StoreResult MonitorRepository::writeConnectionFacts(BatchWrite& w, const QList<ConnectionFacts>& facts)
{
    if (facts.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery q = tx.query(u"INSERT OR REPLACE INTO connection_facts (%1) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kFactsColumns));
    for (const ConnectionFacts& f : facts) {
        if (!w.connectionIds.contains(f.connectionId)) {
            ++w.skipped;
            continue;
        }
        if (!f.ts.isValid())
            return writeFailed(tr("connection facts of %1 have no time").arg(f.connectionId));
        bindFacts(q, f);
        if (!tx.exec(q))
            return writeFailed(tx.error());
    }
    return {};
}

// Schema snapshots: a new row only when the fields differ from the latest; otherwise only last_seen moves.
StoreResult MonitorRepository::writeSchemas(BatchWrite& w, const QList<SchemaSnapshot>& schemas)
{
    if (schemas.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery latest = tx.query(u"SELECT ts, hash FROM schema_snapshots WHERE connection_id = ? AND object = ? "
                                "ORDER BY ts DESC LIMIT 1"_s);
    QSqlQuery insert = tx.query(u"INSERT INTO schema_snapshots (connection_id, object, ts, last_seen, fields, hash) "
                                "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery seen = tx.query(u"UPDATE schema_snapshots SET last_seen = max(last_seen, ?) "
                              "WHERE connection_id = ? AND object = ? AND ts = ?"_s);
    for (const SchemaSnapshot& s : schemas) {
        if (!w.connectionIds.contains(s.connectionId)) {
            ++w.skipped;
            continue;
        }
        if (!s.ts.isValid())
            return writeFailed(tr("a field schema of %1 has no time").arg(s.connectionId));
        const QString hash = schemaHash(s.fields);
        latest.addBindValue(s.connectionId);
        latest.addBindValue(text(s.object));
        if (!tx.exec(latest))
            return writeFailed(tx.error());
        const bool hasLatest = latest.next();
        const QVariant latestTs = hasLatest ? latest.value(0) : QVariant();
        const bool same = hasLatest && latest.value(1).toString() == hash;
        latest.finish();
        if (same) {
            seen.addBindValue(ms(s.ts));
            seen.addBindValue(s.connectionId);
            seen.addBindValue(text(s.object));
            seen.addBindValue(latestTs);
            if (!tx.exec(seen))
                return writeFailed(tx.error());
            continue;
        }
        insert.addBindValue(s.connectionId);
        insert.addBindValue(text(s.object));
        insert.addBindValue(ms(s.ts));
        insert.addBindValue(ms(s.ts));
        insert.addBindValue(compactJson(fieldsJson(s.fields)));
        insert.addBindValue(hash);
        if (!tx.exec(insert))
            return writeFailed(tx.error());
    }
    return {};
}

// Middleware runs, deduplicated by external id: a run seen again keeps its time and takes the newer status.
StoreResult MonitorRepository::writeRuns(BatchWrite& w, const QList<RunRecord>& runs)
{
    if (runs.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery q = tx.query(u"INSERT INTO run_events (connection_id, external_id, ref, ts, status, message) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, external_id) DO UPDATE SET "
                           "status = excluded.status, message = excluded.message"_s);
    for (const RunRecord& r : runs) {
        if (!w.connectionIds.contains(r.connectionId)) {
            ++w.skipped;
            continue;
        }
        if (!r.ts.isValid() || r.externalId.isEmpty())
            return writeFailed(tr("a run of %1 has no time or no id").arg(r.connectionId));
        q.addBindValue(r.connectionId);
        q.addBindValue(r.externalId);
        q.addBindValue(text(r.ref));
        q.addBindValue(ms(r.ts));
        q.addBindValue(text(r.status));
        q.addBindValue(text(r.message));
        if (!tx.exec(q))
            return writeFailed(tx.error());
    }
    return {};
}

StoreResult MonitorRepository::writeMiddlewareStates(BatchWrite& w, const QList<MiddlewareRecord>& states)
{
    if (states.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery q
        = tx.query(u"INSERT OR REPLACE INTO middleware_state (connection_id, ref, ts, json) VALUES (?, ?, ?, ?)"_s);
    for (const MiddlewareRecord& m : states) {
        if (!w.connectionIds.contains(m.connectionId)) {
            ++w.skipped;
            continue;
        }
        if (!m.ts.isValid())
            return writeFailed(tr("a middleware state of %1 has no time").arg(m.connectionId));
        q.addBindValue(m.connectionId);
        q.addBindValue(text(m.ref));
        q.addBindValue(ms(m.ts));
        q.addBindValue(middlewareJson(m.state));
        if (!tx.exec(q))
            return writeFailed(tx.error());
    }
    return {};
}

// Findings are kept forever, also those of definitions deleted since.
StoreResult MonitorRepository::writeFindings(
    BatchWrite& w, const QList<Finding>& findings, const std::optional<QDateTime>& heartbeat)
{
    if (findings.isEmpty())
        return {};
    Transaction& tx = w.tx;
    QSqlQuery q = tx.query(u"INSERT INTO findings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kFindingColumns));
    const QDateTime fallback = heartbeat ? *heartbeat : QDateTime::currentDateTimeUtc();
    for (const Finding& f : findings) {
        q.addBindValue(ms(f.at.isValid() ? f.at : fallback));
        q.addBindValue(nullIfEmpty(f.integrationId));
        q.addBindValue(nullIfEmpty(f.connectionId));
        q.addBindValue(text(f.rule));
        q.addBindValue(severityKey(f.severity));
        q.addBindValue(text(f.message));
        q.addBindValue(text(f.hint));
        q.addBindValue(compactJson(f.evidence));
        if (!tx.exec(q))
            return writeFailed(tx.error());
    }
    return {};
}

// The monitor's heartbeat: its time and process, and one more cycle.
StoreResult MonitorRepository::writeHeartbeat(BatchWrite& w, const std::optional<QDateTime>& heartbeat)
{
    if (!heartbeat)
        return {};
    Transaction& tx = w.tx;
    QSqlQuery set = tx.query(u"INSERT INTO monitor_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    const QList<QPair<QString, QString>> values {
        { u"heartbeat_ts"_s, QString::number(heartbeat->toMSecsSinceEpoch()) },
        { u"heartbeat_pid"_s, QString::number(QCoreApplication::applicationPid()) },
    };
    for (const auto& [key, value] : values) {
        set.addBindValue(key);
        set.addBindValue(value);
        if (!tx.exec(set))
            return writeFailed(tx.error());
    }
    QSqlQuery cycle = tx.query(u"INSERT INTO monitor_state (key, value) VALUES ('cycle_count', '1') "
                               "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"_s);
    if (!tx.exec(cycle))
        return writeFailed(tx.error());
    return {};
}

StoreResult MonitorRepository::prune(const QDateTime& now, const RetentionSettings& settings)
{
    const auto failed = [](const QString& why) {
        return StoreResult::failure(tr("Old monitoring history could not be removed: %1").arg(why));
    };
    if (!now.isValid())
        return failed(tr("no current time"));
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return failed(tx.error());
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Per integration, so that each delete is a range of the (integration_id, ts) key rather than a table scan.
    QStringList integrationIds;
    {
        QSqlQuery q = tx.query(u"SELECT id FROM integrations"_s);
        if (!tx.exec(q))
            return failed(tx.error());
        while (q.next())
            integrationIds << q.value(0).toString();
        if (q.lastError().isValid())
            return failed(q.lastError().text());
    }
    if (settings.rawDays > 0) {
        const qlonglong cut = nowMs - settings.rawDays * kDayMs;
        QSqlQuery samples = tx.query(u"DELETE FROM samples WHERE integration_id = ? AND ts < ?"_s);
        for (const QString& id : std::as_const(integrationIds)) {
            samples.addBindValue(id);
            samples.addBindValue(cut);
            if (!tx.exec(samples))
                return failed(tx.error());
        }
        // The latest facts and state of each connection stay, however old: the rules read them.
        const QStringList statements {
            u"DELETE FROM connection_facts WHERE ts < ? AND ts < (SELECT max(f.ts) FROM connection_facts f "
            "WHERE f.connection_id = connection_facts.connection_id)"_s,
            u"DELETE FROM middleware_state WHERE ts < ? AND ts < (SELECT max(m.ts) FROM middleware_state m "
            "WHERE m.connection_id = middleware_state.connection_id AND m.ref = middleware_state.ref)"_s,
            u"DELETE FROM run_events WHERE ts < ?"_s,
        };
        for (const QString& sql : statements) {
            QSqlQuery q = tx.query(sql);
            q.addBindValue(cut);
            if (!tx.exec(q))
                return failed(tx.error());
        }
    }
    if (settings.hourlyDays > 0) {
        // A bucket goes once all of it is older than the cut.
        const qlonglong cut = nowMs - settings.hourlyDays * kDayMs - kHourMs;
        QSqlQuery hourly = tx.query(u"DELETE FROM rollup_hourly WHERE integration_id = ? AND bucket <= ?"_s);
        for (const QString& id : std::as_const(integrationIds)) {
            hourly.addBindValue(id);
            hourly.addBindValue(cut);
            if (!tx.exec(hourly))
                return failed(tx.error());
        }
    }
    if (!tx.commit())
        return failed(tx.error());
    return {};
}

StoreResult MonitorRepository::saveTransitions(
    QList<AlertTransition>& transitions, const QDateTime& at, const QList<OutboxEntry>& outbox)
{
    if (transitions.isEmpty())
        return {};
    const auto failed = [](const QString& why) {
        return StoreResult::failure(tr("The alert history could not be stored: %1").arg(why));
    };
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return failed(tx.error());

    QSqlQuery findOpen = tx.query(u"SELECT id FROM alerts WHERE subject = ? AND rule = ? AND resolved_at IS NULL "
                                  "ORDER BY id DESC LIMIT 1"_s);
    QSqlQuery insert = tx.query(u"INSERT INTO alerts (subject, rule, severity, message, opened_at, escalated_at, "
                                "acknowledged_at, acknowledged_by, snoozed_until, resolved_at, notified_severity) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery update = tx.query(u"UPDATE alerts SET subject = ?, rule = ?, severity = ?, message = ?, opened_at = ?, "
                                "escalated_at = ?, acknowledged_at = ?, acknowledged_by = ?, snoozed_until = ?, "
                                "resolved_at = ?, notified_severity = ? WHERE id = ?"_s);
    QSqlQuery event
        = tx.query(u"INSERT INTO alert_events (alert_id, ts, subject, rule, kind, severity, notified, note) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);

    // Work on a copy: the caller's ids change only when the transaction commits.
    QList<AlertTransition> stored = transitions;
    for (AlertTransition& t : stored) {
        Alert& a = t.alert;
        if (a.id == 0) {
            findOpen.addBindValue(text(a.subject));
            findOpen.addBindValue(text(a.rule));
            if (!tx.exec(findOpen))
                return failed(tx.error());
            if (findOpen.next())
                a.id = findOpen.value(0).toLongLong();
            findOpen.finish();
        }
        const bool neverOpened = a.id == 0 && t.kind == AlertTransition::Kind::Suppressed;
        if (a.id == 0 && !neverOpened) {
            bindAlert(insert, a);
            if (!tx.exec(insert))
                return failed(tx.error());
            a.id = insert.lastInsertId().toLongLong();
        } else if (!neverOpened) {
            bindAlert(update, a);
            update.addBindValue(qlonglong(a.id));
            if (!tx.exec(update))
                return failed(tx.error());
            if (update.numRowsAffected() != 1)
                return failed(tr("alert %1 does not exist").arg(a.id));
        }
        event.addBindValue(neverOpened ? QVariant() : QVariant(qlonglong(a.id)));
        event.addBindValue(ms(eventTime(t, at)));
        event.addBindValue(text(a.subject));
        event.addBindValue(text(a.rule));
        event.addBindValue(alertEventKindKey(t.kind));
        event.addBindValue(severityKey(a.severity));
        event.addBindValue(t.notify ? 1 : 0);
        event.addBindValue(eventNote(t));
        if (!tx.exec(event))
            return failed(tx.error());
    }
    QSqlQuery notify = tx.query(NotifyRepository::insertSql());
    for (const OutboxEntry& e : outbox) {
        NotifyRepository::bindEntry(notify, e);
        if (!tx.exec(notify))
            return failed(tx.error());
    }
    if (!tx.commit())
        return failed(tx.error());
    for (qsizetype i = 0; i < transitions.size(); ++i)
        transitions[i].alert.id = stored.at(i).alert.id;
    Q_EMIT alertsChanged();
    if (!outbox.isEmpty())
        Q_EMIT outboxWritten();
    return {};
}

qint64 MonitorRepository::addMaintenanceWindow(
    const QString& integrationId, const QDateTime& from, const QDateTime& to, const QString& note, StoreResult* result)
{
    const auto fail = [result](const QString& why) -> qint64 {
        if (result)
            *result = StoreResult::failure(tr("The maintenance window could not be saved: %1").arg(why));
        return 0;
    };
    if (!from.isValid() || !to.isValid() || to <= from)
        return fail(tr("it must end after it starts"));
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return fail(tx.error());
    QSqlQuery exists = tx.query(u"SELECT 1 FROM integrations WHERE id = ?"_s);
    exists.addBindValue(integrationId);
    if (!tx.exec(exists))
        return fail(tx.error());
    if (!exists.next())
        return fail(tr("there is no integration %1").arg(integrationId));
    exists.finish();
    QSqlQuery q
        = tx.query(u"INSERT INTO maintenance_windows (integration_id, starts_at, ends_at, note) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(integrationId);
    q.addBindValue(ms(from));
    q.addBindValue(ms(to));
    q.addBindValue(text(note));
    if (!tx.exec(q))
        return fail(tx.error());
    const qint64 id = q.lastInsertId().toLongLong();
    if (!tx.commit())
        return fail(tx.error());
    if (result)
        *result = {};
    Q_EMIT maintenanceChanged(integrationId);
    return id;
}

StoreResult MonitorRepository::removeMaintenanceWindow(qint64 id)
{
    const auto failed = [](const QString& why) {
        return StoreResult::failure(tr("The maintenance window could not be removed: %1").arg(why));
    };
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return failed(tx.error());
    QSqlQuery find = tx.query(u"SELECT integration_id FROM maintenance_windows WHERE id = ?"_s);
    find.addBindValue(qlonglong(id));
    if (!tx.exec(find))
        return failed(tx.error());
    if (!find.next())
        return failed(tr("there is no maintenance window %1").arg(id));
    const QString integrationId = find.value(0).toString();
    find.finish();
    QSqlQuery q = tx.query(u"DELETE FROM maintenance_windows WHERE id = ?"_s);
    q.addBindValue(qlonglong(id));
    if (!tx.exec(q) || !tx.commit())
        return failed(tx.error());
    Q_EMIT maintenanceChanged(integrationId);
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

namespace {

// A prepared read on the connection; `bounds` appends "AND col >= ? AND col < ?" for the valid ones.
// Failures are reported to the Database (noteReadFault), including a step that fails while the rows are read (a
// damaged page): checked when the Select goes out of scope, so no read can pass a failure off as "no rows".
struct Select
{
    const Database& db;
    QSqlQuery q;
    QVariantList binds;
    bool failed = false;

    explicit Select(const Database& database)
        : db(database)
        , q(database.connection())
    {
        q.setForwardOnly(true);
    }
    ~Select()
    {
        if (!failed)
            db.checkFinished(q);
    }
    Q_DISABLE_COPY_MOVE(Select)
    static QString bounds(const QString& column, const QDateTime& from, const QDateTime& to, QVariantList& binds)
    {
        QString sql;
        if (from.isValid()) {
            sql += u" AND %1 >= ?"_s.arg(column);
            binds << ms(from);
        }
        if (to.isValid()) {
            sql += u" AND %1 < ?"_s.arg(column);
            binds << ms(to);
        }
        return sql;
    }
    bool run(const QString& sql)
    {
        failed = !q.prepare(sql);
        if (!failed) {
            for (const QVariant& v : std::as_const(binds))
                q.addBindValue(v);
            failed = !q.exec();
        }
        if (failed)
            db.noteReadFault(q);
        return !failed;
    }
};

} // namespace

QList<Sample> MonitorRepository::recentSamples(const QString& integrationId, int limit) const
{
    QList<Sample> out;
    if (limit <= 0)
        return out;
    Select s(m_database);
    s.binds << integrationId << limit;
    if (!s.run(u"SELECT %1 FROM samples WHERE integration_id = ? ORDER BY ts DESC LIMIT ?"_s.arg(kSampleColumns)))
        return out;
    while (s.q.next())
        out << sampleFromRow(s.q);
    std::reverse(out.begin(), out.end());
    return out;
}

QList<Sample> MonitorRepository::samples(const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    QList<Sample> out;
    Select s(m_database);
    s.binds << integrationId;
    const QString where = Select::bounds(u"ts"_s, from, to, s.binds);
    if (!s.run(u"SELECT %1 FROM samples WHERE integration_id = ?%2 ORDER BY ts"_s.arg(kSampleColumns, where)))
        return out;
    while (s.q.next())
        out << sampleFromRow(s.q);
    return out;
}

std::optional<QDateTime> MonitorRepository::lastSuccessfulPoll(const QString& integrationId) const
{
    const QStringList sources {
        u"SELECT max(ts) FROM samples WHERE integration_id = ? AND source_count IS NOT NULL "
        "AND destination_count IS NOT NULL"_s,
        // Raw samples pruned: the start of the latest bucket with a sample that had both counts (gap_n).
        u"SELECT max(bucket) FROM rollup_hourly WHERE integration_id = ? AND gap_n > 0"_s,
        u"SELECT max(bucket) FROM rollup_daily WHERE integration_id = ? AND gap_n > 0"_s,
    };
    for (const QString& sql : sources) {
        Select s(m_database);
        s.binds << integrationId;
        if (s.run(sql) && s.q.next() && !s.q.value(0).isNull())
            return fromMs(s.q.value(0));
    }
    return std::nullopt;
}

std::optional<QDateTime> MonitorRepository::lastPoll(const QString& integrationId) const
{
    Select s(m_database);
    s.binds << integrationId;
    if (s.run(u"SELECT max(ts) FROM samples WHERE integration_id = ?"_s) && s.q.next() && !s.q.value(0).isNull())
        return fromMs(s.q.value(0));
    return std::nullopt;
}

QList<Rollup> MonitorRepository::rollups(
    const QString& table, const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    QList<Rollup> out;
    Select s(m_database);
    s.binds << integrationId;
    const QString where = Select::bounds(u"bucket"_s, from, to, s.binds);
    if (!s.run(u"SELECT %1 FROM %2 WHERE integration_id = ?%3 ORDER BY bucket"_s.arg(kRollupColumns, table, where)))
        return out;
    while (s.q.next())
        out << rollupFromRow(s.q);
    return out;
}

QList<Rollup> MonitorRepository::hourly(const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return rollups(u"rollup_hourly"_s, integrationId, from, to);
}

QList<Rollup> MonitorRepository::daily(const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return rollups(u"rollup_daily"_s, integrationId, from, to);
}

std::optional<ConnectionFacts> MonitorRepository::latestConnectionFacts(const QString& connectionId) const
{
    Select s(m_database);
    s.binds << connectionId;
    if (s.run(u"SELECT %1 FROM connection_facts WHERE connection_id = ? ORDER BY ts DESC LIMIT 1"_s.arg(kFactsColumns))
        && s.q.next())
        return factsFromRow(s.q);
    return std::nullopt;
}

QList<ConnectionFacts> MonitorRepository::connectionFacts(
    const QString& connectionId, const QDateTime& from, const QDateTime& to) const
{
    QList<ConnectionFacts> out;
    Select s(m_database);
    s.binds << connectionId;
    const QString where = Select::bounds(u"ts"_s, from, to, s.binds);
    if (!s.run(u"SELECT %1 FROM connection_facts WHERE connection_id = ?%2 ORDER BY ts"_s.arg(kFactsColumns, where)))
        return out;
    while (s.q.next())
        out << factsFromRow(s.q);
    return out;
}

QList<SchemaSnapshot> MonitorRepository::schemaHistory(const QString& connectionId, const QString& object) const
{
    QList<SchemaSnapshot> out;
    Select s(m_database);
    s.binds << connectionId << text(object);
    if (!s.run(u"SELECT ts, fields FROM schema_snapshots WHERE connection_id = ? AND object = ? ORDER BY ts"_s))
        return out;
    while (s.q.next())
        out << SchemaSnapshot { connectionId, object, fromMs(s.q.value(0)), fieldsFromJson(s.q.value(1).toString()) };
    return out;
}

std::optional<SchemaSnapshot> MonitorRepository::latestSchema(const QString& connectionId, const QString& object) const
{
    Select s(m_database);
    s.binds << connectionId << text(object);
    if (s.run(u"SELECT ts, fields FROM schema_snapshots WHERE connection_id = ? AND object = ? "
              "ORDER BY ts DESC LIMIT 1"_s)
        && s.q.next())
        return SchemaSnapshot { connectionId, object, fromMs(s.q.value(0)), fieldsFromJson(s.q.value(1).toString()) };
    return std::nullopt;
}

std::optional<QDateTime> MonitorRepository::schemaLastSeen(const QString& connectionId, const QString& object) const
{
    Select s(m_database);
    s.binds << connectionId << text(object);
    if (s.run(u"SELECT max(last_seen) FROM schema_snapshots WHERE connection_id = ? AND object = ?"_s) && s.q.next()
        && !s.q.value(0).isNull())
        return fromMs(s.q.value(0));
    return std::nullopt;
}

QList<RunRecord> MonitorRepository::runs(const QString& connectionId, const QString& ref, const QDateTime& since) const
{
    QList<RunRecord> out;
    Select s(m_database);
    s.binds << connectionId;
    QString where;
    if (!ref.isEmpty()) {
        where += u" AND ref = ?"_s;
        s.binds << ref;
    }
    where += Select::bounds(u"ts"_s, since, QDateTime(), s.binds);
    if (!s.run(u"SELECT connection_id, ref, external_id, ts, status, message FROM run_events "
               "WHERE connection_id = ?%1 ORDER BY ts, external_id"_s.arg(where)))
        return out;
    while (s.q.next()) {
        out << RunRecord { s.q.value(0).toString(), s.q.value(1).toString(), s.q.value(2).toString(),
            fromMs(s.q.value(3)), s.q.value(4).toString(), s.q.value(5).toString() };
    }
    return out;
}

std::optional<MiddlewareSnapshot> MonitorRepository::latestMiddlewareState(
    const QString& connectionId, const QString& ref) const
{
    Select s(m_database);
    s.binds << connectionId << text(ref);
    if (s.run(u"SELECT json FROM middleware_state WHERE connection_id = ? AND ref = ? ORDER BY ts DESC LIMIT 1"_s)
        && s.q.next())
        return middlewareFromJson(s.q.value(0).toString());
    return std::nullopt;
}

std::optional<MonitorHeartbeat> MonitorRepository::heartbeat() const
{
    Select s(m_database);
    if (!s.run(u"SELECT key, value FROM monitor_state"_s))
        return std::nullopt;
    QHash<QString, QString> values;
    while (s.q.next())
        values.insert(s.q.value(0).toString(), s.q.value(1).toString());
    if (!values.contains(u"heartbeat_ts"_s))
        return std::nullopt;
    MonitorHeartbeat h;
    h.at = QDateTime::fromMSecsSinceEpoch(values.value(u"heartbeat_ts"_s).toLongLong(), Qt::UTC);
    h.pid = values.value(u"heartbeat_pid"_s).toLongLong();
    h.cycles = values.value(u"cycle_count"_s).toLongLong();
    return h;
}

std::optional<QDateTime> MonitorRepository::lastHeartbeat() const
{
    if (const auto h = heartbeat())
        return h->at;
    return std::nullopt;
}

qint64 MonitorRepository::cycleCount() const
{
    const auto h = heartbeat();
    return h ? h->cycles : 0;
}

QList<Finding> MonitorRepository::findingsWhere(
    const QString& column, const QString& id, const QDateTime& from, const QDateTime& to) const
{
    QList<Finding> out;
    Select s(m_database);
    s.binds << id;
    const QString where = Select::bounds(u"ts"_s, from, to, s.binds);
    if (!s.run(u"SELECT %1 FROM findings WHERE %2 = ?%3 ORDER BY ts, id"_s.arg(kFindingColumns, column, where)))
        return out;
    while (s.q.next())
        out << findingFromRow(s.q);
    return out;
}

QList<Finding> MonitorRepository::latestFindingsWhere(const QString& column, const QString& id) const
{
    QList<Finding> out;
    // A healthy poll stores no finding: when the subject was polled after its newest findings were made (its
    // samples, or its connection's facts), the latest evaluated poll found nothing, and the old findings are history.
    const bool integration = column == u"integration_id";
    const QString polls = integration ? u"samples"_s : u"connection_facts"_s;
    Select s(m_database);
    s.binds << id << id << id;
    if (!s.run(u"SELECT %1 FROM findings WHERE %2 = ? AND ts = (SELECT max(ts) FROM findings WHERE %2 = ?) "
               "AND ts >= coalesce((SELECT max(ts) FROM %3 WHERE %2 = ?), ts) ORDER BY id"_s.arg(
                   kFindingColumns, column, polls)))
        return out;
    while (s.q.next())
        out << findingFromRow(s.q);
    return out;
}

QList<Finding> MonitorRepository::integrationFindings(
    const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return findingsWhere(u"integration_id"_s, integrationId, from, to);
}

QList<Finding> MonitorRepository::connectionFindings(
    const QString& connectionId, const QDateTime& from, const QDateTime& to) const
{
    return findingsWhere(u"connection_id"_s, connectionId, from, to);
}

QList<Finding> MonitorRepository::latestIntegrationFindings(const QString& integrationId) const
{
    return latestFindingsWhere(u"integration_id"_s, integrationId);
}

QList<Finding> MonitorRepository::latestConnectionFindings(const QString& connectionId) const
{
    return latestFindingsWhere(u"connection_id"_s, connectionId);
}

QList<Alert> MonitorRepository::alertsWhere(const QString& where, const QVariantList& binds) const
{
    QList<Alert> out;
    Select s(m_database);
    s.binds = binds;
    if (!s.run(u"SELECT %1 FROM alerts %2"_s.arg(kAlertColumns, where)))
        return out;
    while (s.q.next())
        out << alertFromRow(s.q);
    return out;
}

QList<Alert> MonitorRepository::openAlerts() const
{
    return alertsWhere(u"WHERE resolved_at IS NULL ORDER BY id"_s, {});
}

QList<Alert> MonitorRepository::alerts(const QString& subject, bool includeResolved) const
{
    QStringList conditions;
    QVariantList binds;
    if (!subject.isEmpty()) {
        conditions << u"subject = ?"_s;
        binds << subject;
    }
    if (!includeResolved)
        conditions << u"resolved_at IS NULL"_s;
    const QString where = conditions.isEmpty() ? QString() : QString(u"WHERE "_s + conditions.join(u" AND "_s));
    return alertsWhere(where + u" ORDER BY opened_at DESC, id DESC"_s, binds);
}

std::optional<Alert> MonitorRepository::alert(qint64 id) const
{
    const QList<Alert> found = alertsWhere(u"WHERE id = ?"_s, { qlonglong(id) });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AlertEvent> MonitorRepository::alertEventsWhere(const QString& column, const QVariant& value) const
{
    QList<AlertEvent> out;
    Select s(m_database);
    s.binds << value;
    if (!s.run(u"SELECT id, alert_id, ts, subject, rule, kind, severity, notified, note FROM alert_events "
               "WHERE %1 = ? ORDER BY ts, id"_s.arg(column)))
        return out;
    while (s.q.next()) {
        AlertEvent e;
        e.id = s.q.value(0).toLongLong();
        e.alertId = s.q.value(1).toLongLong();
        e.ts = fromMs(s.q.value(2));
        e.subject = s.q.value(3).toString();
        e.rule = s.q.value(4).toString();
        e.kind = alertEventKindFromKey(s.q.value(5).toString()).value_or(AlertTransition::Kind::Opened);
        e.severity = severityFromKey(s.q.value(6).toString()).value_or(Severity::Unknown);
        e.notified = s.q.value(7).toBool();
        e.note = s.q.value(8).toString();
        out << e;
    }
    return out;
}

QList<AlertEvent> MonitorRepository::alertEvents(qint64 alertId) const
{
    return alertEventsWhere(u"alert_id"_s, qlonglong(alertId));
}

QList<AlertEvent> MonitorRepository::alertEventsForSubject(const QString& subject) const
{
    return alertEventsWhere(u"subject"_s, subject);
}

bool MonitorRepository::inMaintenance(const QString& integrationId, const QDateTime& at) const
{
    if (!at.isValid())
        return false;
    Select s(m_database);
    s.binds << integrationId << ms(at) << ms(at);
    return s.run(
               u"SELECT 1 FROM maintenance_windows WHERE integration_id = ? AND starts_at <= ? AND ends_at > ? LIMIT 1"_s)
        && s.q.next();
}

QList<MaintenanceWindow> MonitorRepository::maintenanceWindows(const QString& integrationId) const
{
    QList<MaintenanceWindow> out;
    Select s(m_database);
    s.binds << integrationId;
    if (!s.run(u"SELECT id, integration_id, starts_at, ends_at, note FROM maintenance_windows "
               "WHERE integration_id = ? ORDER BY starts_at, id"_s))
        return out;
    while (s.q.next()) {
        out << MaintenanceWindow { s.q.value(0).toLongLong(), s.q.value(1).toString(), fromMs(s.q.value(2)),
            fromMs(s.q.value(3)), s.q.value(4).toString() };
    }
    return out;
}

bool MonitorRepository::acquireLease(
    const QString& name, const LeaseHolder& self, const QDateTime& now, qint64 ttlMs, StoreResult* result)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // A holder on this host whose process is gone (kill -9, a crash) need not be waited for.
    qint64 deadBefore = 0;
    if (const std::optional<LeaseHolder> current = leaseHolder(name); current && current->holder != self.holder
        && current->host == self.host && current->pid > 0 && !processAlive(current->pid)) {
        deadBefore = current->expiresAt.toMSecsSinceEpoch() + 1;
    }
    if (m_failAfter == 0) {
        if (result)
            *result = StoreResult::failure(tr("The lease could not be taken: %1").arg(u"simulated failure"_s));
        return false;
    }
    // One statement, so it is atomic between processes: insert, or take over when the lease is ours, expired or
    // its holder is dead; otherwise nothing changes.
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO leases (name, holder, pid, host, kind, os_user, acquired_at, renewed_at, expires_at) "
              "VALUES (:name, :holder, :pid, :host, :kind, :user, :now, :now, :expires) "
              "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, host = excluded.host, "
              "kind = excluded.kind, os_user = excluded.os_user, "
              "acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE "
              "excluded.acquired_at END, "
              "renewed_at = excluded.renewed_at, expires_at = excluded.expires_at "
              "WHERE leases.holder = excluded.holder OR leases.expires_at <= :now2 OR leases.expires_at < :dead"_s);
    q.bindValue(u":name"_s, name);
    q.bindValue(u":holder"_s, text(self.holder));
    q.bindValue(u":pid"_s, self.pid);
    q.bindValue(u":host"_s, text(self.host));
    q.bindValue(u":kind"_s, text(self.kind));
    q.bindValue(u":user"_s, text(self.osUser));
    q.bindValue(u":now"_s, nowMs);
    q.bindValue(u":expires"_s, nowMs + ttlMs);
    q.bindValue(u":now2"_s, nowMs);
    q.bindValue(u":dead"_s, deadBefore);
    if (!q.exec()) {
        if (result)
            *result = StoreResult::failure(tr("The lease could not be taken: %1").arg(q.lastError().text()));
        return false;
    }
    return q.numRowsAffected() > 0;
}

StoreResult MonitorRepository::releaseLease(const QString& name, const QString& holder)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM leases WHERE name = ? AND holder = ?"_s);
    q.addBindValue(name);
    q.addBindValue(holder);
    if (!q.exec())
        return StoreResult::failure(tr("The lease could not be released: %1").arg(q.lastError().text()));
    return {};
}

std::optional<LeaseHolder> MonitorRepository::leaseHolder(const QString& name) const
{
    Select s(m_database);
    s.binds << name;
    if (!s.run(u"SELECT holder, pid, host, kind, os_user, acquired_at, renewed_at, expires_at FROM leases "
               "WHERE name = ?"_s)
        || !s.q.next())
        return std::nullopt;
    LeaseHolder h;
    h.holder = s.q.value(0).toString();
    h.pid = s.q.value(1).toLongLong();
    h.host = s.q.value(2).toString();
    h.kind = s.q.value(3).toString();
    h.osUser = s.q.value(4).toString();
    h.acquiredAt = fromMs(s.q.value(5));
    h.renewedAt = fromMs(s.q.value(6));
    h.expiresAt = fromMs(s.q.value(7));
    return h;
}

qint64 MonitorRepository::dataVersion() const
{
    Select s(m_database);
    if (s.run(u"PRAGMA data_version"_s) && s.q.next())
        return s.q.value(0).toLongLong();
    return -1;
}

} // namespace plumbline
