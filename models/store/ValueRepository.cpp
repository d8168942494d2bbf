#include "ValueRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcValueStore, "plumbline.store.values")

namespace plumbline {

namespace {
constexpr qint64 kDayMs = 86400LL * 1000;

const QString kColumns = u"integration_id, checked_at, sampled, found, missing, duplicates, matched, match_rate, "
                         "match_low, match_high, requests_source, requests_destination, population, partial, "
                         "partial_reason, problem, problem_kind, fields"_s;

ValueCheckResult fromRow(const QSqlQuery& q)
{
    ValueCheckResult r;
    r.integrationId = q.value(0).toString();
    r.checkedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.sampled = q.value(2).toLongLong();
    r.found = q.value(3).toLongLong();
    r.missingAtDestination = q.value(4).toLongLong();
    r.duplicates = q.value(5).toLongLong();
    r.matched = q.value(6).toLongLong();
    r.matchRate = q.value(7).toDouble();
    r.matchRateLow = q.value(8).toDouble();
    r.matchRateHigh = q.value(9).toDouble();
    r.requestsSource = q.value(10).toInt();
    r.requestsDestination = q.value(11).toInt();
    if (!q.value(12).isNull())
        r.population = q.value(12).toLongLong();
    r.partial = q.value(13).toInt() != 0;
    r.partialReason = q.value(14).toString();
    r.problem = q.value(15).toString();
    r.problemKind = q.value(16).toString();
    for (const QJsonValue& f : QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array())
        r.fields << ValueCheckResult::fieldFromJson(f.toObject());
    return r;
}

bool run(QSqlQuery& q, QString& error)
{
    if (q.exec())
        return true;
    error = q.lastError().text();
    qCWarning(lcValueStore) << "value store statement failed:" << error;
    return false;
}
} // namespace

ValueRepository::ValueRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

ValueRepository::~ValueRepository() = default;

StoreResult ValueRepository::write(const ValueCheckResult& result, const QList<KeyOutcome>& keys)
{
    const auto failed = [](const QString& why) {
        return StoreResult::failure(tr("The value check could not be stored; nothing of it was written: %1").arg(why));
    };
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen() || !db.transaction())
        return failed(db.isOpen() ? db.lastError().text() : tr("the workspace is not open"));
    QString error;
    const auto rollback = [&db, &failed, &error] {
        db.rollback();
        return failed(error);
    };
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM integrations WHERE id = ?"_s);
    exists.addBindValue(result.integrationId);
    if (!run(exists, error))
        return rollback();
    if (!exists.next()) { // deleted while the check ran
        db.rollback();
        return {};
    }
    const qlonglong at = result.checkedAt.toMSecsSinceEpoch();
    QJsonArray fields;
    for (const FieldTally& f : result.fields)
        fields << ValueCheckResult::fieldJson(f, false);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO value_checks ("_s + kColumns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : QVariantList { result.integrationId, at, result.sampled, result.found,
             result.missingAtDestination, result.duplicates, result.matched, result.matchRate, result.matchRateLow,
             result.matchRateHigh, result.requestsSource, result.requestsDestination,
             result.population ? QVariant(qlonglong(*result.population)) : QVariant(), result.partial ? 1 : 0,
             result.partialReason, result.problem, result.problemKind,
             QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) })
        insert.addBindValue(v);
    if (!run(insert, error))
        return rollback();
    QSqlQuery example(db);
    example.prepare(u"INSERT INTO value_examples (integration_id, checked_at, field, position, example) "
                    "VALUES (?, ?, ?, ?, ?)"_s);
    for (const FieldTally& f : result.fields) {
        for (qsizetype i = 0; i < f.examples.size(); ++i) {
            for (const QVariant& v : QVariantList { result.integrationId, at, f.destination, int(i), f.examples.at(i) })
                example.addBindValue(v);
            if (!run(example, error))
                return rollback();
        }
    }
    QSqlQuery key(db);
    key.prepare(u"INSERT OR REPLACE INTO value_keys (integration_id, checked_at, key_hash, outcome, field) "
                "VALUES (?, ?, ?, ?, ?)"_s);
    for (const KeyOutcome& k : keys) {
        if (k.keyHash.isEmpty())
            continue;
        for (const QVariant& v : QVariantList { result.integrationId, at, k.keyHash, k.outcome, k.field })
            key.addBindValue(v);
        if (!run(key, error))
            return rollback();
    }
    if (!db.commit()) {
        error = db.lastError().text();
        return rollback();
    }
    Q_EMIT checkWritten(result.integrationId);
    return {};
}

std::optional<ValueCheckResult> ValueRepository::read(
    const QString& where, const QVariantList& binds, bool examples) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT "_s + kColumns + u" FROM value_checks WHERE "_s + where + u" ORDER BY checked_at DESC LIMIT 1"_s);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QString error;
    if (!run(q, error) || !q.next())
        return std::nullopt;
    ValueCheckResult r = fromRow(q);
    if (!examples)
        return r;
    QSqlQuery e(m_database.connection());
    e.prepare(u"SELECT field, example FROM value_examples WHERE integration_id = ? AND checked_at = ? "
              "ORDER BY field, position"_s);
    e.addBindValue(r.integrationId);
    e.addBindValue(r.checkedAt.toMSecsSinceEpoch());
    if (!run(e, error))
        return r;
    while (e.next()) {
        for (FieldTally& f : r.fields) {
            if (f.destination == e.value(0).toString())
                f.examples << e.value(1).toString();
        }
    }
    return r;
}

QList<ValueCheckResult> ValueRepository::readAll(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM value_checks WHERE "_s + where + u" ORDER BY checked_at"_s);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<ValueCheckResult> out;
    QString error;
    if (!run(q, error))
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<ValueCheckResult> ValueRepository::latest(const QString& integrationId, bool withExamples) const
{
    return read(u"integration_id = ?"_s, { integrationId }, withExamples);
}

QHash<QString, QDateTime> ValueRepository::lastChecked() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QHash<QString, QDateTime> out;
    QString error;
    if (!q.prepare(u"SELECT integration_id, max(checked_at) FROM value_checks GROUP BY integration_id"_s)
        || !run(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return out;
}

QList<ValueCheckResult> ValueRepository::history(
    const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return readAll(u"integration_id = ? AND checked_at >= ? AND checked_at < ?"_s,
        { integrationId, from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
            to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() });
}

QHash<QString, ValueCheckResult> ValueRepository::latestOfAll() const
{
    QHash<QString, ValueCheckResult> out;
    const QList<ValueCheckResult> rows = readAll(
        u"checked_at = (SELECT max(v.checked_at) FROM value_checks v WHERE v.integration_id = value_checks.integration_id)"_s,
        {});
    for (const ValueCheckResult& r : rows)
        out.insert(r.integrationId, r);
    return out;
}

QStringList ValueRepository::keyOutcomes(const QString& integrationId, const QString& keyHash) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT outcome FROM value_keys WHERE integration_id = ? AND key_hash = ? ORDER BY checked_at DESC"_s);
    q.addBindValue(integrationId);
    q.addBindValue(keyHash);
    QStringList out;
    QString error;
    if (!run(q, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

StoreResult ValueRepository::prune(const QDateTime& now)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen() || !db.transaction())
        return StoreResult::failure(tr("Old value-check examples could not be removed: %1").arg(db.lastError().text()));
    const qlonglong cut = now.toMSecsSinceEpoch() - kExampleDays * kDayMs;
    QString error;
    for (const QString& sql :
        { u"DELETE FROM value_examples WHERE checked_at < ?"_s, u"DELETE FROM value_keys WHERE checked_at < ?"_s }) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(cut);
        if (!run(q, error)) {
            db.rollback();
            return StoreResult::failure(tr("Old value-check examples could not be removed: %1").arg(error));
        }
    }
    if (!db.commit())
        return StoreResult::failure(tr("Old value-check examples could not be removed: %1").arg(db.lastError().text()));
    return {};
}

} // namespace plumbline
