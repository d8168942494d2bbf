// Unit tests for plumbline::MonitorRepository on real SQLite files (ARCHITECTURE.md, "Storage" and "Monitoring").

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QDateTime kT0(QDate(2025, 3, 4), QTime(10, 11, 12, 345), Qt::UTC);
const QString kCrm = u"crm-to-email"_s;
const QString kShop = u"shop-to-crm"_s;

Connection connection(const QString& id, Vendor vendor)
{
    Connection c;
    c.id = id;
    c.name = id;
    c.vendor = vendor;
    return c;
}

Integration integration(
    const QString& id, const QString& source, const QString& destination, const QString& middleware = {})
{
    Integration i;
    i.id = id;
    i.name = id;
    i.source = { source, u"contacts"_s, QJsonValue::Null };
    i.destination = { destination, u"members"_s, QJsonValue::Null };
    if (!middleware.isEmpty())
        i.middleware = Middleware { middleware, u"4242"_s };
    return i;
}

Sample sample(const QDateTime& ts, std::optional<qint64> source, std::optional<qint64> destination)
{
    Sample s;
    s.ts = ts;
    s.source = { source, source ? 200 : 0, 80, source ? ErrorKind::None : ErrorKind::Timeout,
        source ? QString() : u"no answer"_s };
    s.destination = { destination, destination ? 200 : 500, 95, destination ? ErrorKind::None : ErrorKind::Server,
        destination ? QString() : u"HTTP 500"_s };
    return s;
}

// One store per test: a temporary folder, the database and both repositories, with three connections and two
// integrations defined.
struct Store
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<WorkspaceRepository> workspace;
    std::unique_ptr<MonitorRepository> monitor;

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(u"plumbline.sqlite"_s)))
            return false;
        workspace = std::make_unique<WorkspaceRepository>(db, u"tester"_s);
        monitor = std::make_unique<MonitorRepository>(db);
        return workspace->saveConnection(connection(u"hubspot-main"_s, Vendor::HubSpot)).ok()
            && workspace->saveConnection(connection(u"mailchimp-main"_s, Vendor::Mailchimp)).ok()
            && workspace->saveConnection(connection(u"make-eu"_s, Vendor::Make)).ok()
            && workspace->saveConnection(connection(u"shopify-main"_s, Vendor::Shopify)).ok()
            && workspace->saveIntegration(integration(kCrm, u"hubspot-main"_s, u"mailchimp-main"_s, u"make-eu"_s)).ok()
            && workspace->saveIntegration(integration(kShop, u"shopify-main"_s, u"hubspot-main"_s)).ok();
    }

    qint64 count(const QString& table) const
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Every row of a table as text, sorted: shows updates of existing rows, not only new ones.
    QStringList rows(const QString& table) const
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM "_s + table))
            return { u"error: "_s + q.lastError().text() };
        QStringList out;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
            out << values.join(u'|');
        }
        out.sort();
        return out;
    }
};

// Recomputes one integration's rollups from its raw samples in SQL (independent of the repository's code).
std::map<qint64, Rollup> recompute(const Store& store, const QString& integrationId, qint64 bucketMs)
{
    std::map<qint64, Rollup> out;
    QSqlQuery q(store.db.connection());
    q.prepare(u"SELECT ts - (ts % ?) AS b, count(*), count(source_count), sum(source_count), min(source_count), "
              "max(source_count), count(destination_count), sum(destination_count), min(destination_count), "
              "max(destination_count), count(source_count - destination_count), sum(source_count - destination_count), "
              "min(source_count - destination_count), max(source_count - destination_count), "
              "sum(source_count IS NULL OR destination_count IS NULL OR source_error_kind <> '' "
              "OR destination_error_kind <> ''), sum(maintenance) "
              "FROM samples WHERE integration_id = ? GROUP BY b ORDER BY b"_s);
    q.addBindValue(bucketMs);
    q.addBindValue(integrationId);
    if (!q.exec())
        qWarning() << q.lastError().text();
    const auto opt = [&q](int i) -> std::optional<qint64> {
        return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
    };
    while (q.next()) {
        Rollup r;
        r.bucket = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        r.n = q.value(1).toLongLong();
        r.source = { q.value(2).toLongLong(), q.value(3).toLongLong(), opt(4), opt(5) };
        r.destination = { q.value(6).toLongLong(), q.value(7).toLongLong(), opt(8), opt(9) };
        r.gap = { q.value(10).toLongLong(), q.value(11).toLongLong(), opt(12), opt(13) };
        r.errors = q.value(14).toLongLong();
        r.maintenance = q.value(15).toLongLong();
        out.emplace(q.value(0).toLongLong(), r);
    }
    return out;
}

} // namespace

class TestMonitorRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryType();
    void nullCountsStayNull();
    void rollupsMatchRecomputation();
    void rollupsMergeExactly();
    void schemaSnapshotOnlyOnChange();
    void runEventsDeduplicated();
    void failedBatchWritesNothing();
    void invalidRecordFailsTheBatchInWriteOrder();
    void failedStatementChangesNoExistingRow();
    void deletedDefinitionSkippedNotFailed();
    void pruneKeepsRetention();
    void alertPersistence();
    void suppressedBeforeOpening();
    void maintenanceWindows();
    void heartbeat();
    void deletingIntegrationCascades();
    void lastSuccessfulPoll();
    void latestFindingsEndWithAHealthyPoll();
    void leases();
    void readFailuresAreReported();
};

void TestMonitorRepository::roundTripEveryType()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QSignalSpy written(&repo, &MonitorRepository::samplesWritten);

    PollBatch batch;
    Sample full = sample(kT0, 1200, 1130);
    full.source.latencyMs = 84;
    full.destination.httpStatus = 207;
    full.maintenance = true;
    const Sample failing = sample(kT0.addSecs(300), std::nullopt, 0); // a real 0 stays 0
    batch.samples = { { kCrm, full }, { kCrm, failing }, { kShop, sample(kT0, 5, 5) } };

    ConnectionFacts facts;
    facts.connectionId = u"hubspot-main"_s;
    facts.ts = kT0;
    facts.httpStatus = 429;
    facts.errorKind = ErrorKind::RateLimited;
    facts.errorMessage = u"Too many requests — ünïcode"_s;
    facts.quotaRemaining = 0;
    facts.quotaLimit = 190;
    facts.quotaWindowS = 10;
    facts.retryAfterMs = 1500;
    facts.rateLimited = true;
    facts.requestedVersion = u"v3"_s;
    facts.servedVersion = u"v4"_s;
    facts.deprecated = true;
    facts.retired = true;
    facts.fellForward = true;
    facts.deprecatedAt = kT0.addDays(-10);
    facts.sunset = kT0.addDays(60);
    facts.notice = u"v3 is going away"_s;
    facts.credentialSetAt = kT0.addDays(-400);
    ConnectionFacts sparse;
    sparse.connectionId = u"mailchimp-main"_s;
    sparse.ts = kT0;
    batch.connectionFacts = { facts, sparse };

    SchemaSnapshot schema { u"hubspot-main"_s, u"contacts"_s, kT0,
        { { u"email"_s, u"Email"_s, u"string"_s }, { u"firstname"_s, u"First name"_s, u"string"_s } } };
    batch.schemas = { schema };

    const RunRecord run { u"make-eu"_s, u"4242"_s, u"exec-1"_s, kT0.addSecs(-60), u"error"_s, u"Module 3 failed"_s };
    batch.runs = { run };

    MiddlewareSnapshot state;
    state.active = true;
    state.paused = false;
    state.storedFailures = 3;
    state.lastSuccess = kT0.addSecs(-3600);
    batch.middleware = { { u"make-eu"_s, u"4242"_s, kT0, state } };

    Finding finding;
    finding.rule = u"count_drift"_s;
    finding.severity = Severity::Warning;
    finding.message = u"Gap of 70 (5.8 %)"_s;
    finding.hint = u"Check the Make scenario"_s;
    finding.evidence
        = QJsonObject { { u"gap"_s, 70 }, { u"gap_pct"_s, 5.8 }, { u"fields"_s, QJsonArray { u"email"_s } } };
    finding.integrationId = kCrm;
    finding.connectionId = u"mailchimp-main"_s;
    finding.at = kT0.addSecs(300); // evaluated with the latest poll of the batch
    Finding connectionLevel;
    connectionLevel.rule = u"rate_limit"_s;
    connectionLevel.severity = Severity::Critical;
    connectionLevel.message = u"429"_s;
    connectionLevel.connectionId = u"hubspot-main"_s;
    connectionLevel.at = kT0;
    batch.findings = { finding, connectionLevel };
    batch.heartbeat = kT0;

    const StoreResult r = repo.write(batch);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().first().toStringList(), (QStringList { kCrm, kShop }));

    const QList<Sample> crm = repo.recentSamples(kCrm, 10);
    QCOMPARE(crm.size(), 2);
    QCOMPARE(crm.at(0), full);
    QCOMPARE(crm.at(1), failing);
    QVERIFY(!crm.at(1).source.count.has_value());
    QCOMPARE(crm.at(1).destination.count, std::optional<qint64>(0));
    QCOMPARE(crm.at(0).ts.timeSpec(), Qt::UTC);
    QCOMPARE(repo.recentSamples(kCrm, 1), QList<Sample> { failing });
    QCOMPARE(repo.samples(kCrm, kT0, kT0.addSecs(300)), QList<Sample> { full }); // half-open
    QCOMPARE(repo.samples(kCrm, QDateTime(), QDateTime()).size(), 2);
    QCOMPARE(repo.samples(kShop, {}, {}), QList<Sample> { sample(kT0, 5, 5) });

    QCOMPARE(repo.latestConnectionFacts(u"hubspot-main"_s), std::optional<ConnectionFacts>(facts));
    QCOMPARE(repo.latestConnectionFacts(u"mailchimp-main"_s), std::optional<ConnectionFacts>(sparse));
    QVERIFY(!repo.latestConnectionFacts(u"mailchimp-main"_s)->quotaRemaining.has_value());
    QVERIFY(!repo.latestConnectionFacts(u"make-eu"_s).has_value());
    QCOMPARE(repo.connectionFacts(u"hubspot-main"_s, {}, {}).size(), 1);

    QCOMPARE(repo.latestSchema(u"hubspot-main"_s, u"contacts"_s), std::optional<SchemaSnapshot>(schema));
    QVERIFY(!repo.latestSchema(u"hubspot-main"_s, u"deals"_s).has_value());
    QCOMPARE(repo.runs(u"make-eu"_s, u"4242"_s, kT0.addDays(-1)), QList<RunRecord> { run });
    QCOMPARE(repo.runs(u"make-eu"_s, QString(), QDateTime()), QList<RunRecord> { run });
    QVERIFY(repo.runs(u"make-eu"_s, u"4242"_s, kT0).isEmpty());
    QCOMPARE(repo.latestMiddlewareState(u"make-eu"_s, u"4242"_s), std::optional<MiddlewareSnapshot>(state));
    QVERIFY(!repo.latestMiddlewareState(u"make-eu"_s, u"other"_s).has_value());

    QCOMPARE(repo.integrationFindings(kCrm, {}, {}), QList<Finding> { finding });
    QCOMPARE(repo.connectionFindings(u"hubspot-main"_s, {}, {}), QList<Finding> { connectionLevel });
    QCOMPARE(repo.latestIntegrationFindings(kCrm), QList<Finding> { finding });
    QCOMPARE(repo.lastHeartbeat(), std::optional<QDateTime>(kT0));
}

void TestMonitorRepository::nullCountsStayNull()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const QDateTime hour(QDate(2025, 3, 4), QTime(10, 0), Qt::UTC);
    PollBatch batch;
    batch.samples = { { kCrm, sample(hour.addSecs(60), std::nullopt, std::nullopt) },
        { kCrm, sample(hour.addSecs(120), 100, std::nullopt) }, { kCrm, sample(hour.addSecs(180), std::nullopt, 90) } };
    QVERIFY(repo.write(batch).ok());

    QSqlQuery q(store.db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM samples WHERE source_count IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q.finish();
    QVERIFY(q.exec(u"SELECT count(*) FROM samples WHERE destination_count IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q.finish();
    QVERIFY(q.exec(u"SELECT count(*) FROM samples WHERE source_count = 0 OR destination_count = 0"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    for (const QList<Rollup>& rollups : { repo.hourly(kCrm, {}, {}), repo.daily(kCrm, {}, {}) }) {
        QCOMPARE(rollups.size(), 1);
        const Rollup& r = rollups.first();
        QCOMPARE(r.n, 3);
        QCOMPARE(r.source, (RollupStat { 1, 100, 100, 100 }));
        QCOMPARE(r.destination, (RollupStat { 1, 90, 90, 90 }));
        QCOMPARE(r.gap.n, 0); // no sample had both counts
        QVERIFY(!r.gap.min.has_value());
        QVERIFY(!r.gap.max.has_value());
        QCOMPARE(r.errors, 3);
    }
    // A bucket with only unread counts has no min or max at all (NULL, not 0), also after merging more of them.
    PollBatch more;
    more.samples = { { kShop, sample(hour, std::nullopt, std::nullopt) } };
    QVERIFY(repo.write(more).ok());
    more.samples = { { kShop, sample(hour.addSecs(5), std::nullopt, std::nullopt) } };
    QVERIFY(repo.write(more).ok());
    const QList<Rollup> shop = repo.hourly(kShop, {}, {});
    QCOMPARE(shop.size(), 1);
    QCOMPARE(shop.first().n, 2);
    QCOMPARE(shop.first().source, RollupStat {});
    QVERIFY(q.exec(u"SELECT count(*) FROM rollup_hourly WHERE source_min IS NULL AND source_max IS NULL "
                   "AND integration_id = 'shop-to-crm'"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A later real value fills min/max without a phantom 0.
    more.samples = { { kShop, sample(hour.addSecs(10), 7, 9) } };
    QVERIFY(repo.write(more).ok());
    const Rollup filled = repo.hourly(kShop, {}, {}).first();
    QCOMPARE(filled.source, (RollupStat { 1, 7, 7, 7 }));
    QCOMPARE(filled.gap, (RollupStat { 1, -2, -2, -2 }));
}

void TestMonitorRepository::rollupsMatchRecomputation()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QRandomGenerator rng(20251126);
    const QDateTime start(QDate(2025, 3, 3), QTime(21, 7, 13, 5), Qt::UTC);
    // About three days of 5-minute polls with unread counts, errors and maintenance mixed in, written in batches
    // of random size that cross bucket borders.
    QList<QPair<QString, Sample>> all;
    for (int i = 0; i < 900; ++i) {
        for (const QString& id : { kCrm, kShop }) {
            const QDateTime ts = start.addMSecs(qint64(i) * 300000 + rng.bounded(1000));
            std::optional<qint64> src
                = rng.bounded(10) == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(-5, 100000));
            std::optional<qint64> dst
                = rng.bounded(8) == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(0, 100000));
            Sample s = sample(ts, src, dst);
            if (src && dst && rng.bounded(20) == 0)
                s.source.errorKind = ErrorKind::Parse;
            s.maintenance = rng.bounded(15) == 0;
            all << qMakePair(id, s);
        }
    }
    for (qsizetype i = 0; i < all.size();) {
        const qsizetype n = std::min<qsizetype>(all.size() - i, 1 + rng.bounded(60));
        PollBatch batch;
        batch.samples = all.mid(i, n);
        const StoreResult r = repo.write(batch);
        QVERIFY2(r.ok(), qPrintable(r.error));
        i += n;
    }
    for (const QString& id : { kCrm, kShop }) {
        const QList<Rollup> hourly = repo.hourly(id, {}, {});
        const QList<Rollup> daily = repo.daily(id, {}, {});
        const auto hourlyRef = recompute(store, id, qint64(3600) * 1000);
        const auto dailyRef = recompute(store, id, qint64(86400) * 1000);
        QVERIFY(hourly.size() > 70);
        QCOMPARE(daily.size(), 5); // 3 March 21:07 to 7 March 00:02
        QCOMPARE(qsizetype(hourlyRef.size()), hourly.size());
        QCOMPARE(qsizetype(dailyRef.size()), daily.size());
        for (const Rollup& r : hourly)
            QCOMPARE(r, hourlyRef.at(r.bucket.toMSecsSinceEpoch()));
        for (const Rollup& r : daily)
            QCOMPARE(r, dailyRef.at(r.bucket.toMSecsSinceEpoch()));
        // The same from C++ over the raw samples.
        std::map<qint64, Rollup> cpp;
        for (const auto& [sid, s] : all) {
            if (sid != id)
                continue;
            const QDateTime b = rollupBucket(RollupGrain::Daily, s.ts);
            Rollup& r = cpp[b.toMSecsSinceEpoch()];
            r.bucket = b;
            r.add(s);
        }
        for (const Rollup& r : daily)
            QCOMPARE(r, cpp.at(r.bucket.toMSecsSinceEpoch()));
        // A time range selects buckets by their start, half-open.
        const QDateTime from = hourly.at(3).bucket;
        const QDateTime to = hourly.at(10).bucket;
        QCOMPARE(repo.hourly(id, from, to), hourly.mid(3, 7));
    }
}

void TestMonitorRepository::rollupsMergeExactly()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QRandomGenerator rng(7);
    const QDateTime day(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC);
    PollBatch batch;
    for (int i = 0; i < 288; ++i) {
        std::optional<qint64> src = rng.bounded(6) == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(1000));
        std::optional<qint64> dst = rng.bounded(6) == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(1000));
        batch.samples << qMakePair(kCrm, sample(day.addSecs(qint64(i) * 300), src, dst));
    }
    QVERIFY(repo.write(batch).ok());
    // Merging the 24 hourly buckets gives exactly the daily bucket; merging is order-independent.
    const QList<Rollup> hourly = repo.hourly(kCrm, {}, {});
    QCOMPARE(hourly.size(), 24);
    Rollup merged;
    for (const Rollup& r : hourly)
        merged.merge(r);
    Rollup reversed;
    for (auto it = hourly.crbegin(); it != hourly.crend(); ++it)
        reversed.merge(*it);
    const QList<Rollup> daily = repo.daily(kCrm, {}, {});
    QCOMPARE(daily.size(), 1);
    QCOMPARE(merged, daily.first());
    QCOMPARE(reversed, daily.first());
    QCOMPARE(merged.bucket, day);
    QCOMPARE(daily.first().n, 288);
    QVERIFY(daily.first().source.mean().has_value());
}

void TestMonitorRepository::schemaSnapshotOnlyOnChange()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const QList<FieldInfo> v1 { { u"email"_s, u"Email"_s, u"string"_s }, { u"fname"_s, u"First"_s, u"string"_s } };
    QList<FieldInfo> reordered = v1;
    std::reverse(reordered.begin(), reordered.end());
    QList<FieldInfo> v2 = v1;
    v2[1].type = u"number"_s;

    const auto write = [&](const QDateTime& ts, const QList<FieldInfo>& fields) {
        PollBatch b;
        b.schemas = { { u"hubspot-main"_s, u"contacts"_s, ts, fields } };
        return repo.write(b).ok();
    };
    QVERIFY(write(kT0, v1));
    QVERIFY(write(kT0.addSecs(300), v1));
    QVERIFY(write(kT0.addSecs(600), reordered)); // same fields in another order: no change
    QCOMPARE(store.count(u"schema_snapshots"_s), 1);
    QCOMPARE(repo.schemaLastSeen(u"hubspot-main"_s, u"contacts"_s), std::optional<QDateTime>(kT0.addSecs(600)));
    QVERIFY(write(kT0.addSecs(900), v2));
    QVERIFY(write(kT0.addSecs(1200), v2));
    QVERIFY(write(kT0.addSecs(1500), v1)); // changed back: a new snapshot
    // Two in one batch: the second sees the first.
    PollBatch b;
    b.schemas = { { u"hubspot-main"_s, u"deals"_s, kT0, v1 }, { u"hubspot-main"_s, u"deals"_s, kT0.addSecs(1), v1 } };
    QVERIFY(repo.write(b).ok());

    const QList<SchemaSnapshot> history = repo.schemaHistory(u"hubspot-main"_s, u"contacts"_s);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).ts, kT0);
    QCOMPARE(history.at(0).fields, v1);
    QCOMPARE(history.at(1).ts, kT0.addSecs(900));
    QCOMPARE(history.at(1).fields, v2);
    QCOMPARE(history.at(2).ts, kT0.addSecs(1500));
    QCOMPARE(repo.latestSchema(u"hubspot-main"_s, u"contacts"_s)->fields, v1);
    QCOMPARE(repo.schemaHistory(u"hubspot-main"_s, u"deals"_s).size(), 1);
    QCOMPARE(store.count(u"schema_snapshots"_s), 4);
}

void TestMonitorRepository::runEventsDeduplicated()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const RunRecord pending { u"make-eu"_s, u"4242"_s, u"exec-1"_s, kT0, u"pending"_s, QString() };
    RunRecord done = pending;
    done.status = u"success"_s;
    done.ts = kT0.addSecs(30); // a later sighting does not move the run's time
    const RunRecord other { u"make-eu"_s, u"4242"_s, u"exec-2"_s, kT0.addSecs(60), u"error"_s, u"boom"_s };
    const RunRecord otherRef { u"make-eu"_s, u"777"_s, u"exec-1b"_s, kT0.addSecs(90), u"success"_s, QString() };

    PollBatch b1;
    b1.runs = { pending, other };
    QVERIFY(repo.write(b1).ok());
    PollBatch b2;
    b2.runs = { done, other, other, otherRef }; // the same run twice in one batch is fine too
    QVERIFY(repo.write(b2).ok());

    QCOMPARE(store.count(u"run_events"_s), 3);
    const QList<RunRecord> runs = repo.runs(u"make-eu"_s, u"4242"_s, QDateTime());
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).externalId, u"exec-1"_s);
    QCOMPARE(runs.at(0).status, u"success"_s);
    QCOMPARE(runs.at(0).ts, kT0);
    QCOMPARE(runs.at(1), other);
    QCOMPARE(repo.runs(u"make-eu"_s, QString(), QDateTime()).size(), 3);
    QCOMPARE(repo.runs(u"make-eu"_s, u"777"_s, QDateTime()), QList<RunRecord> { otherRef });
}

void TestMonitorRepository::failedBatchWritesNothing()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QSignalSpy written(&repo, &MonitorRepository::samplesWritten);

    const auto fullBatch = [](const QDateTime& ts) {
        PollBatch b;
        b.samples = { { kCrm, sample(ts, 10, 9) }, { kShop, sample(ts, 3, 3) } };
        ConnectionFacts f;
        f.connectionId = u"hubspot-main"_s;
        f.ts = ts;
        b.connectionFacts = { f };
        b.schemas = { { u"hubspot-main"_s, u"contacts"_s, ts, { { u"email"_s, u"Email"_s, u"string"_s } } } };
        b.runs = { { u"make-eu"_s, u"4242"_s, u"exec-%1"_s.arg(ts.toMSecsSinceEpoch()), ts, u"success"_s, QString() } };
        b.middleware = { { u"make-eu"_s, u"4242"_s, ts,
            MiddlewareSnapshot { true, false, false, 0, std::nullopt, false, 0, {} } } };
        Finding finding;
        finding.rule = u"stale"_s;
        finding.integrationId = kCrm;
        finding.at = ts;
        b.findings = { finding };
        b.heartbeat = ts;
        return b;
    };
    const QStringList tables { u"samples"_s, u"rollup_hourly"_s, u"rollup_daily"_s, u"connection_facts"_s,
        u"schema_snapshots"_s, u"run_events"_s, u"middleware_state"_s, u"findings"_s, u"monitor_state"_s };
    const auto counts = [&] {
        QList<qint64> c;
        for (const QString& t : tables)
            c << store.count(t);
        return c;
    };
    const QList<qint64> empty = counts();
    // Nothing of the monitor's history yet; monitor_state holds only when the file was last checked for damage.
    QCOMPARE(empty.mid(0, tables.size() - 1), QList<qint64>(tables.size() - 1, 0));
    QCOMPARE(empty.constLast(), 1);

    // A duplicate key in one batch: the second insert fails, the first is rolled back with everything else.
    PollBatch duplicate = fullBatch(kT0);
    duplicate.findings.clear(); // so the duplicate sample is the last thing before the rest
    duplicate.samples << qMakePair(kCrm, sample(kT0, 11, 11));
    const StoreResult r = repo.write(duplicate);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"nothing of them was written"_s), qPrintable(r.error));
    QCOMPARE(counts(), empty);
    QCOMPARE(written.size(), 0);

    // A failure at every possible statement of a full batch leaves nothing.
    int statements = 0;
    for (int failAt = 0;; ++failAt) {
        repo.failAfterStatementsForTest(failAt);
        const StoreResult attempt = repo.write(fullBatch(kT0));
        repo.failAfterStatementsForTest(-1);
        if (attempt.ok()) {
            statements = failAt;
            break;
        }
        QVERIFY2(attempt.error.contains(u"simulated failure"_s), qPrintable(attempt.error));
        QCOMPARE(counts(), empty);
        QVERIFY(failAt < 100);
    }
    QVERIFY(statements > 8);
    QCOMPARE(written.size(), 1);
    QCOMPARE(store.count(u"samples"_s), 2);
    QCOMPARE(repo.cycleCount(), 1);
    // A write after the failures works normally and the store is consistent.
    QVERIFY(repo.write(fullBatch(kT0.addSecs(300))).ok());
    QCOMPARE(store.count(u"samples"_s), 4);
    QCOMPARE(repo.hourly(kCrm, {}, {}).first().n, 2);
    QCOMPARE(repo.cycleCount(), 2);
    // A sample already stored by an earlier batch is refused the same way.
    PollBatch again;
    again.samples = { { kShop, sample(kT0.addSecs(600), 1, 1) }, { kCrm, sample(kT0, 1, 1) } };
    QVERIFY(!repo.write(again).ok());
    QCOMPARE(store.count(u"samples"_s), 4);
    QCOMPARE(repo.hourly(kCrm, {}, {}).first().n, 2);
}

void TestMonitorRepository::invalidRecordFailsTheBatchInWriteOrder()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QSignalSpy written(&repo, &MonitorRepository::samplesWritten);
    const QStringList tables { u"samples"_s, u"rollup_hourly"_s, u"rollup_daily"_s, u"connection_facts"_s,
        u"schema_snapshots"_s, u"run_events"_s, u"middleware_state"_s, u"findings"_s, u"monitor_state"_s };
    const auto contents = [&] {
        QStringList c;
        for (const QString& t : tables) {
            for (const QString& row : store.rows(t))
                c << t + u": "_s + row;
        }
        return c;
    };
    const QStringList before = contents();

    // Every kind of record has a good one first and a bad one (no time; a run also without an id) after it. A record
    // of a definition deleted meanwhile is skipped before it is checked.
    PollBatch b;
    b.samples = { { u"deleted-meanwhile"_s, sample(QDateTime(), 1, 1) }, { kShop, sample(kT0, 3, 3) },
        { kCrm, sample(QDateTime(), 1, 1) } };
    ConnectionFacts facts;
    facts.connectionId = u"hubspot-main"_s;
    facts.ts = kT0;
    ConnectionFacts timeless;
    timeless.connectionId = u"mailchimp-main"_s;
    b.connectionFacts = { facts, timeless };
    b.schemas = { { u"hubspot-main"_s, u"contacts"_s, kT0, { { u"email"_s, u"Email"_s, u"string"_s } } },
        { u"hubspot-main"_s, u"deals"_s, QDateTime(), {} } };
    b.runs = { { u"make-eu"_s, u"4242"_s, u"exec-1"_s, kT0, u"success"_s, QString() },
        { u"make-eu"_s, u"4242"_s, QString(), kT0, u"error"_s, QString() } };
    b.middleware = { { u"make-eu"_s, u"4242"_s, kT0, MiddlewareSnapshot {} },
        { u"make-eu"_s, u"777"_s, QDateTime(), MiddlewareSnapshot {} } };
    Finding finding;
    finding.rule = u"stale"_s;
    finding.integrationId = kCrm;
    finding.at = kT0;
    b.findings = { finding };
    b.heartbeat = kT0;

    // The first bad record in the order of the write is named; nothing of the batch is stored.
    const QString prefix = u"The poll results could not be stored; nothing of them was written: "_s;
    const QStringList expected { u"a sample of crm-to-email has no time"_s,
        u"connection facts of mailchimp-main have no time"_s, u"a field schema of hubspot-main has no time"_s,
        u"a run of make-eu has no time or no id"_s, u"a middleware state of make-eu has no time"_s };
    for (const QString& why : expected) {
        const StoreResult r = repo.write(b);
        QCOMPARE(r.error, prefix + why);
        QCOMPARE(contents(), before);
        QCOMPARE(written.size(), 0);
        if (b.samples.size() == 3)
            b.samples.removeLast();
        else if (b.connectionFacts.size() == 2)
            b.connectionFacts.removeLast();
        else if (b.schemas.size() == 2)
            b.schemas.removeLast();
        else if (b.runs.size() == 2)
            b.runs.removeLast();
        else
            b.middleware.removeLast();
    }
    const StoreResult r = repo.write(b);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().first().toStringList(), QStringList { kShop });
    QCOMPARE(store.count(u"samples"_s), 1);
    QCOMPARE(store.count(u"findings"_s), 1);
    QCOMPARE(repo.cycleCount(), 1);
}

void TestMonitorRepository::failedStatementChangesNoExistingRow()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const auto batchAt = [](const QDateTime& ts, const QString& runStatus) {
        PollBatch b;
        b.samples = { { kCrm, sample(ts, 10, 9) }, { kShop, sample(ts, 3, 3) } };
        ConnectionFacts f;
        f.connectionId = u"hubspot-main"_s;
        f.ts = ts;
        b.connectionFacts = { f };
        b.schemas = { { u"hubspot-main"_s, u"contacts"_s, ts, { { u"email"_s, u"Email"_s, u"string"_s } } } };
        b.runs = { { u"make-eu"_s, u"4242"_s, u"exec-1"_s, kT0, runStatus, QString() } };
        b.middleware = { { u"make-eu"_s, u"4242"_s, ts, MiddlewareSnapshot {} } };
        Finding finding;
        finding.rule = u"stale"_s;
        finding.integrationId = kCrm;
        finding.at = ts;
        b.findings = { finding };
        b.heartbeat = ts;
        return b;
    };
    QVERIFY(repo.write(batchAt(kT0, u"running"_s)).ok());
    const QStringList tables { u"samples"_s, u"rollup_hourly"_s, u"rollup_daily"_s, u"connection_facts"_s,
        u"schema_snapshots"_s, u"run_events"_s, u"middleware_state"_s, u"findings"_s, u"monitor_state"_s };
    const auto contents = [&] {
        QStringList c;
        for (const QString& t : tables) {
            for (const QString& row : store.rows(t))
                c << t + u": "_s + row;
        }
        return c;
    };
    const QStringList before = contents();
    QSignalSpy written(&repo, &MonitorRepository::samplesWritten);

    // The second batch updates rows the first one wrote: the rollups of the same hour and day, the schema's
    // last_seen, the run's status, the heartbeat and the cycle count. A failure at any of its statements changes
    // none of them and says so in the same words.
    const PollBatch second = batchAt(kT0.addSecs(300), u"success"_s);
    int statements = 0;
    for (int failAt = 0;; ++failAt) {
        repo.failAfterStatementsForTest(failAt);
        const StoreResult attempt = repo.write(second);
        repo.failAfterStatementsForTest(-1);
        if (attempt.ok()) {
            statements = failAt;
            break;
        }
        QCOMPARE(
            attempt.error, u"The poll results could not be stored; nothing of them was written: simulated failure"_s);
        QCOMPARE(contents(), before);
        QCOMPARE(written.size(), 0);
        QVERIFY(failAt < 100);
    }
    // Two id lists, two samples, two hourly and two daily rollups, facts, the latest schema and its last_seen, the
    // run, the middleware state, the finding, heartbeat time and process, the cycle count.
    QCOMPARE(statements, 17);
    QCOMPARE(written.size(), 1);
    QCOMPARE(store.count(u"schema_snapshots"_s), 1);
    QCOMPARE(repo.schemaLastSeen(u"hubspot-main"_s, u"contacts"_s), std::optional<QDateTime>(kT0.addSecs(300)));
    QCOMPARE(repo.runs(u"make-eu"_s, QString(), QDateTime()).first().status, u"success"_s);
    QCOMPARE(repo.hourly(kCrm, {}, {}).first().n, 2);
    QCOMPARE(repo.cycleCount(), 2);
}

void TestMonitorRepository::deletedDefinitionSkippedNotFailed()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    PollBatch b;
    b.samples = { { kCrm, sample(kT0, 1, 1) }, { u"deleted-meanwhile"_s, sample(kT0, 1, 1) } };
    ConnectionFacts gone;
    gone.connectionId = u"gone"_s;
    gone.ts = kT0;
    b.connectionFacts = { gone };
    Finding f;
    f.rule = u"stale"_s;
    f.integrationId = u"deleted-meanwhile"_s;
    f.at = kT0;
    b.findings = { f };
    QSignalSpy written(&repo, &MonitorRepository::samplesWritten);
    const StoreResult r = repo.write(b);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(store.count(u"samples"_s), 1);
    QCOMPARE(store.count(u"connection_facts"_s), 0);
    QCOMPARE(store.count(u"findings"_s), 1); // findings have no foreign key
    QCOMPARE(written.first().first().toStringList(), QStringList { kCrm });
}

void TestMonitorRepository::pruneKeepsRetention()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    // One sample a day over two years, plus a finding, facts, runs and states for each.
    PollBatch b;
    for (int d = 0; d < 730; ++d) {
        const QDateTime ts = now.addDays(-d).addSecs(-60);
        b.samples << qMakePair(kCrm, sample(ts, 100 + d, 100));
        ConnectionFacts f;
        f.connectionId = u"hubspot-main"_s;
        f.ts = ts;
        b.connectionFacts << f;
        b.runs << RunRecord { u"make-eu"_s, u"4242"_s, u"exec-%1"_s.arg(d), ts, u"success"_s, QString() };
        Finding finding;
        finding.rule = u"count_drift"_s;
        finding.integrationId = kCrm;
        finding.at = ts;
        b.findings << finding;
    }
    // A connection whose only facts and state are old keeps them (the rules read the latest).
    ConnectionFacts old;
    old.connectionId = u"shopify-main"_s;
    old.ts = now.addDays(-200);
    b.connectionFacts << old;
    b.middleware << MiddlewareRecord { u"make-eu"_s, u"4242"_s, now.addDays(-100), {} }
                 << MiddlewareRecord { u"make-eu"_s, u"4242"_s, now.addDays(-1), {} }
                 << MiddlewareRecord { u"make-eu"_s, u"999"_s, now.addDays(-300), {} };
    QVERIFY(repo.write(b).ok());
    Alert old700;
    old700.subject = u"integration:crm-to-email"_s;
    old700.rule = u"count_drift"_s;
    old700.openedAt = now.addDays(-700);
    QList<AlertTransition> transitions { { AlertTransition::Kind::Opened, old700, true } };
    QVERIFY(repo.saveTransitions(transitions).ok());
    const QList<Rollup> dailyBefore = repo.daily(kCrm, {}, {});
    QCOMPARE(dailyBefore.size(), 730);

    const StoreResult r = repo.prune(now, RetentionSettings {});
    QVERIFY2(r.ok(), qPrintable(r.error));

    const QList<Sample> raw = repo.samples(kCrm, {}, {});
    QCOMPARE(raw.size(), 30); // days 0..29 (each a minute before the same time of day)
    QVERIFY(raw.first().ts >= now.addDays(-30));
    const QList<Rollup> hourly = repo.hourly(kCrm, {}, {});
    QCOMPARE(hourly.size(), 365);
    QVERIFY(hourly.first().bucket.addSecs(3600) > now.addDays(-365));
    QCOMPARE(repo.daily(kCrm, {}, {}), dailyBefore); // forever
    QCOMPARE(store.count(u"findings"_s), 730); // forever
    QCOMPARE(repo.alerts(QString(), true).size(), 1);
    QCOMPARE(repo.alertEvents(transitions.first().alert.id).size(), 1);
    QCOMPARE(repo.connectionFacts(u"hubspot-main"_s, {}, {}).size(), 30);
    QCOMPARE(repo.latestConnectionFacts(u"shopify-main"_s)->ts, old.ts);
    QCOMPARE(repo.runs(u"make-eu"_s, QString(), {}).size(), 30);
    QCOMPARE(store.count(u"middleware_state"_s), 2); // the latest of each ref
    QVERIFY(repo.latestMiddlewareState(u"make-eu"_s, u"999"_s).has_value());
    // Statistics over pruned days still come from the rollups.
    QCOMPARE(repo.lastSuccessfulPoll(kCrm), std::optional<QDateTime>(now.addSecs(-60)));

    // Pruning again changes nothing; a value <= 0 keeps that tier forever.
    QVERIFY(repo.prune(now).ok());
    QCOMPARE(repo.samples(kCrm, {}, {}).size(), 30);
    QVERIFY(repo.prune(now.addDays(400), RetentionSettings { 30, 0 }).ok());
    QCOMPARE(repo.samples(kCrm, {}, {}).size(), 0);
    QCOMPARE(repo.hourly(kCrm, {}, {}).size(), 365);
    QVERIFY(repo.prune(now.addDays(400), RetentionSettings { 30, 10 }).ok());
    QCOMPARE(repo.hourly(kCrm, {}, {}).size(), 0);
    QCOMPARE(repo.daily(kCrm, {}, {}), dailyBefore);
    QCOMPARE(repo.lastSuccessfulPoll(kCrm), std::optional<QDateTime>(rollupBucket(RollupGrain::Daily, now)));
}

void TestMonitorRepository::alertPersistence()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QSignalSpy changed(&repo, &MonitorRepository::alertsChanged);

    Alert a;
    a.subject = u"integration:crm-to-email"_s;
    a.rule = u"count_drift"_s;
    a.severity = Severity::Warning;
    a.message = u"Gap of 70"_s;
    a.openedAt = kT0;
    a.notifiedSeverity = Severity::Warning;
    Alert auth;
    auth.subject = u"connection:hubspot-main"_s;
    auth.rule = u"auth"_s;
    auth.severity = Severity::Critical;
    auth.message = u"401"_s;
    auth.openedAt = kT0;
    QList<AlertTransition> opened { { AlertTransition::Kind::Opened, a, true },
        { AlertTransition::Kind::Opened, auth, true } };
    QVERIFY(repo.saveTransitions(opened).ok());
    QCOMPARE(changed.size(), 1);
    const qint64 id = opened.at(0).alert.id;
    QVERIFY(id > 0);
    QVERIFY(opened.at(1).alert.id > id);
    a.id = id;
    auth.id = opened.at(1).alert.id;
    QCOMPARE(repo.alert(id), std::optional<Alert>(a));
    QCOMPARE(repo.openAlerts(), (QList<Alert> { a, auth }));

    // Escalate, acknowledge, snooze, resolve.
    Alert escalated = a;
    escalated.severity = Severity::Critical;
    escalated.escalatedAt = kT0.addSecs(600);
    escalated.message = u"Gap of 700"_s;
    Alert acknowledged = escalated;
    acknowledged.acknowledgedAt = kT0.addSecs(700);
    acknowledged.acknowledgedBy = u"dana"_s;
    Alert snoozed = acknowledged;
    snoozed.snoozedUntil = kT0.addSecs(7200);
    Alert resolved = snoozed;
    resolved.resolvedAt = kT0.addSecs(9000);
    QList<AlertTransition> later { { AlertTransition::Kind::Escalated, escalated, true },
        { AlertTransition::Kind::Acknowledged, acknowledged, false } };
    QVERIFY(repo.saveTransitions(later).ok());
    QList<AlertTransition> snooze { { AlertTransition::Kind::Snoozed, snoozed, false } };
    QVERIFY(repo.saveTransitions(snooze, kT0.addSecs(800)).ok());
    QCOMPARE(repo.alert(id), std::optional<Alert>(snoozed));
    // An alert the engine still holds with id 0 is matched to the open one of its subject and rule.
    Alert resolvedWithoutId = resolved;
    resolvedWithoutId.id = 0;
    QList<AlertTransition> resolve { { AlertTransition::Kind::Resolved, resolvedWithoutId, true } };
    QVERIFY(repo.saveTransitions(resolve).ok());
    QCOMPARE(resolve.first().alert.id, id);
    QCOMPARE(repo.alert(id), std::optional<Alert>(resolved));
    QCOMPARE(changed.size(), 4);

    QCOMPARE(repo.openAlerts(), QList<Alert> { auth });
    QCOMPARE(repo.alerts(u"integration:crm-to-email"_s, false), QList<Alert> {});
    QCOMPARE(repo.alerts(u"integration:crm-to-email"_s, true), QList<Alert> { resolved });
    QCOMPARE(repo.alerts(QString(), true).size(), 2);

    const QList<AlertEvent> events = repo.alertEvents(id);
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(0).kind, AlertTransition::Kind::Opened);
    QCOMPARE(events.at(0).ts, kT0);
    QCOMPARE(events.at(0).severity, Severity::Warning);
    QVERIFY(events.at(0).notified);
    QCOMPARE(events.at(1).kind, AlertTransition::Kind::Escalated);
    QCOMPARE(events.at(1).ts, kT0.addSecs(600));
    QCOMPARE(events.at(1).severity, Severity::Critical);
    QCOMPARE(events.at(2).kind, AlertTransition::Kind::Acknowledged);
    QCOMPARE(events.at(2).note, u"dana"_s);
    QVERIFY(!events.at(2).notified);
    QCOMPARE(events.at(3).kind, AlertTransition::Kind::Snoozed);
    QCOMPARE(events.at(3).ts, kT0.addSecs(800));
    QCOMPARE(events.at(4).kind, AlertTransition::Kind::Resolved);
    QCOMPARE(events.at(4).ts, kT0.addSecs(9000));
    for (const AlertEvent& e : events) {
        QCOMPARE(e.alertId, id);
        QCOMPARE(e.subject, a.subject);
        QCOMPARE(e.rule, a.rule);
    }

    // A new alert of the same subject and rule after resolution gets a new id.
    Alert again = a;
    again.id = 0;
    again.openedAt = kT0.addDays(1);
    QList<AlertTransition> reopen { { AlertTransition::Kind::Opened, again, true } };
    QVERIFY(repo.saveTransitions(reopen).ok());
    QVERIFY(reopen.first().alert.id > auth.id);

    // A transition naming an alert that does not exist fails whole and changes no id.
    Alert ghost = a;
    ghost.id = 9999;
    Alert fresh = a;
    fresh.id = 0;
    fresh.subject = u"integration:shop-to-crm"_s;
    QList<AlertTransition> bad { { AlertTransition::Kind::Opened, fresh, true },
        { AlertTransition::Kind::Escalated, ghost, true } };
    QVERIFY(!repo.saveTransitions(bad).ok());
    QCOMPARE(bad.first().alert.id, 0);
    QCOMPARE(repo.alerts(u"integration:shop-to-crm"_s, true).size(), 0);

    // Kept across reopening the store.
    store.monitor.reset();
    store.workspace.reset();
    const QString path = store.db.filePath();
    store.db.close();
    Database db;
    QVERIFY(bool(db.open(path)));
    MonitorRepository reopened(db);
    QCOMPARE(reopened.alert(id), std::optional<Alert>(resolved));
    QCOMPARE(reopened.openAlerts().size(), 2);
    QCOMPARE(reopened.alertEvents(id).size(), 5);
}

void TestMonitorRepository::suppressedBeforeOpening()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    Alert would;
    would.subject = u"integration:crm-to-email"_s;
    would.rule = u"unreachable"_s;
    would.severity = Severity::Critical;
    would.message = u"timeout"_s;
    QList<AlertTransition> suppressed { { AlertTransition::Kind::Suppressed, would, false } };
    QVERIFY(repo.saveTransitions(suppressed, kT0).ok());
    QCOMPARE(suppressed.first().alert.id, 0);
    QVERIFY(repo.alerts(QString(), true).isEmpty());
    const QList<AlertEvent> events = repo.alertEventsForSubject(would.subject);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, AlertTransition::Kind::Suppressed);
    QCOMPARE(events.first().alertId, 0);
    QCOMPARE(events.first().ts, kT0);
    QCOMPARE(events.first().rule, u"unreachable"_s);
}

void TestMonitorRepository::maintenanceWindows()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QSignalSpy changed(&repo, &MonitorRepository::maintenanceChanged);
    StoreResult r;
    const qint64 first = repo.addMaintenanceWindow(kCrm, kT0, kT0.addSecs(3600), u"Mailchimp migration"_s, &r);
    QVERIFY2(first > 0, qPrintable(r.error));
    QVERIFY(r.ok());
    const qint64 second = repo.addMaintenanceWindow(kCrm, kT0.addDays(-1), kT0.addDays(-1).addSecs(60), QString());
    QVERIFY(second > first);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.first().first().toString(), kCrm);

    QVERIFY(!repo.inMaintenance(kCrm, kT0.addMSecs(-1)));
    QVERIFY(repo.inMaintenance(kCrm, kT0));
    QVERIFY(repo.inMaintenance(kCrm, kT0.addSecs(3599)));
    QVERIFY(!repo.inMaintenance(kCrm, kT0.addSecs(3600))); // the end is exclusive
    QVERIFY(!repo.inMaintenance(kShop, kT0));
    const QList<MaintenanceWindow> windows = repo.maintenanceWindows(kCrm);
    QCOMPARE(windows.size(), 2);
    QCOMPARE(windows.at(0).id, second);
    QCOMPARE(windows.at(1), (MaintenanceWindow { first, kCrm, kT0, kT0.addSecs(3600), u"Mailchimp migration"_s }));
    QVERIFY(windows.at(1).contains(kT0));

    // Refused: an empty or reversed range, an unknown integration.
    QCOMPARE(repo.addMaintenanceWindow(kCrm, kT0, kT0, QString(), &r), 0);
    QVERIFY(!r.ok());
    QCOMPARE(repo.addMaintenanceWindow(u"nope"_s, kT0, kT0.addSecs(1), QString(), &r), 0);
    QVERIFY2(r.error.contains(u"nope"_s), qPrintable(r.error));

    // Samples taken during a window are marked in the history.
    Sample during = sample(kT0.addSecs(60), 5, 1);
    during.maintenance = repo.inMaintenance(kCrm, during.ts);
    PollBatch b;
    b.samples = { { kCrm, during } };
    QVERIFY(repo.write(b).ok());
    QVERIFY(repo.recentSamples(kCrm, 1).first().maintenance);
    QCOMPARE(repo.hourly(kCrm, {}, {}).first().maintenance, 1);

    QVERIFY(repo.removeMaintenanceWindow(first).ok());
    QVERIFY(!repo.inMaintenance(kCrm, kT0));
    QVERIFY(!repo.removeMaintenanceWindow(first).ok());
    QCOMPARE(repo.maintenanceWindows(kCrm).size(), 1);
}

void TestMonitorRepository::heartbeat()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QVERIFY(!repo.heartbeat().has_value());
    QVERIFY(!repo.lastHeartbeat().has_value());
    QCOMPARE(repo.cycleCount(), 0);
    for (int i = 0; i < 3; ++i) {
        PollBatch b;
        b.heartbeat = kT0.addSecs(60 * i);
        QVERIFY(repo.write(b).ok());
    }
    // A batch without a heartbeat leaves it alone.
    PollBatch noBeat;
    noBeat.samples = { { kCrm, sample(kT0, 1, 1) } };
    QVERIFY(repo.write(noBeat).ok());
    const std::optional<MonitorHeartbeat> h = repo.heartbeat();
    QVERIFY(h.has_value());
    QCOMPARE(h->at, kT0.addSecs(120));
    QCOMPARE(h->pid, QCoreApplication::applicationPid());
    QCOMPARE(h->cycles, 3);
    QCOMPARE(repo.lastHeartbeat(), std::optional<QDateTime>(kT0.addSecs(120)));
    QCOMPARE(repo.cycleCount(), 3);
}

void TestMonitorRepository::deletingIntegrationCascades()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    PollBatch b;
    b.samples = { { kCrm, sample(kT0, 1, 1) }, { kShop, sample(kT0, 2, 2) } };
    ConnectionFacts f;
    f.connectionId = u"shopify-main"_s;
    f.ts = kT0;
    b.connectionFacts = { f };
    b.schemas = { { u"shopify-main"_s, u"customers"_s, kT0, { { u"email"_s, u"Email"_s, u"string"_s } } } };
    Finding finding;
    finding.rule = u"count_drift"_s;
    finding.integrationId = kShop;
    finding.connectionId = u"shopify-main"_s;
    finding.at = kT0;
    b.findings = { finding };
    QVERIFY(repo.write(b).ok());
    QVERIFY(repo.addMaintenanceWindow(kShop, kT0, kT0.addSecs(60), QString()) > 0);
    Alert a;
    a.subject = u"integration:shop-to-crm"_s;
    a.rule = u"count_drift"_s;
    a.openedAt = kT0;
    QList<AlertTransition> t { { AlertTransition::Kind::Opened, a, true } };
    QVERIFY(repo.saveTransitions(t).ok());

    QVERIFY(store.workspace->removeIntegration(kShop).ok());
    QVERIFY(repo.samples(kShop, {}, {}).isEmpty());
    QVERIFY(repo.hourly(kShop, {}, {}).isEmpty());
    QVERIFY(repo.daily(kShop, {}, {}).isEmpty());
    QVERIFY(repo.maintenanceWindows(kShop).isEmpty());
    QCOMPARE(repo.samples(kCrm, {}, {}).size(), 1); // others untouched
    QCOMPARE(repo.integrationFindings(kShop, {}, {}), QList<Finding> { finding });
    QCOMPARE(repo.alerts(a.subject, true).size(), 1);
    QCOMPARE(repo.alertEvents(t.first().alert.id).size(), 1);

    // Deleting the connection takes its facts and schemas; findings stay.
    QVERIFY(store.workspace->removeConnection(u"shopify-main"_s, false).ok());
    QVERIFY(!repo.latestConnectionFacts(u"shopify-main"_s).has_value());
    QVERIFY(repo.schemaHistory(u"shopify-main"_s, u"customers"_s).isEmpty());
    QCOMPARE(repo.connectionFindings(u"shopify-main"_s, {}, {}).size(), 1);
    QCOMPARE(store.count(u"findings"_s), 1);
}

void TestMonitorRepository::lastSuccessfulPoll()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    QVERIFY(!repo.lastSuccessfulPoll(kCrm).has_value());
    PollBatch b;
    b.samples = { { kCrm, sample(kT0, 1, 1) }, { kCrm, sample(kT0.addSecs(300), 1, std::nullopt) },
        { kCrm, sample(kT0.addSecs(600), std::nullopt, 1) }, { kShop, sample(kT0, std::nullopt, std::nullopt) } };
    QVERIFY(repo.write(b).ok());
    QCOMPARE(repo.lastSuccessfulPoll(kCrm), std::optional<QDateTime>(kT0));
    QVERIFY(!repo.lastSuccessfulPoll(kShop).has_value());
}

// A healthy poll stores no finding: findings older than the subject's latest poll are history, not its state now
// (the window on start-up, a window that follows another poller, and the report's "now" read them).
void TestMonitorRepository::latestFindingsEndWithAHealthyPoll()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    Finding drift;
    drift.rule = u"count_drift"_s;
    drift.severity = Severity::Warning;
    drift.message = u"Gap of 70"_s;
    drift.integrationId = kCrm;
    drift.at = kT0.addSecs(2);
    Finding quota;
    quota.rule = u"rate_limit"_s;
    quota.severity = Severity::Warning;
    quota.message = u"Headroom 5 %"_s;
    quota.connectionId = u"hubspot-main"_s;
    quota.at = kT0.addSecs(2);
    ConnectionFacts facts;
    facts.connectionId = u"hubspot-main"_s;
    facts.ts = kT0.addSecs(2);
    PollBatch failing;
    failing.samples = { { kCrm, sample(kT0, 1000, 930) } };
    failing.connectionFacts = { facts };
    failing.findings = { drift, quota };
    QVERIFY(repo.write(failing).ok());
    QCOMPARE(repo.latestIntegrationFindings(kCrm), QList<Finding> { drift });
    QCOMPARE(repo.latestConnectionFindings(u"hubspot-main"_s), QList<Finding> { quota });

    // The next poll is healthy: nothing fires, nothing is stored but the poll itself.
    PollBatch healthy;
    healthy.samples = { { kCrm, sample(kT0.addSecs(300), 1000, 1000) } };
    facts.ts = kT0.addSecs(302);
    healthy.connectionFacts = { facts };
    QVERIFY(repo.write(healthy).ok());
    QVERIFY(repo.latestIntegrationFindings(kCrm).isEmpty());
    QVERIFY(repo.latestConnectionFindings(u"hubspot-main"_s).isEmpty());
    // The history keeps them.
    QCOMPARE(repo.integrationFindings(kCrm, {}, {}), QList<Finding> { drift });

    // Findings without any poll stored (written on their own) still count as the latest.
    Finding shop = drift;
    shop.integrationId = kShop;
    PollBatch onlyFindings;
    onlyFindings.findings = { shop };
    QVERIFY(repo.write(onlyFindings).ok());
    QCOMPARE(repo.latestIntegrationFindings(kShop), QList<Finding> { shop });
}

void TestMonitorRepository::leases()
{
    Store store;
    QVERIFY(store.open());
    MonitorRepository& repo = *store.monitor;
    const auto holder = [](const QString& id, qint64 pid, const QString& host) {
        LeaseHolder h;
        h.holder = id;
        h.pid = pid;
        h.host = host;
        h.kind = u"run"_s;
        return h;
    };
    // A process of another computer cannot be probed: only expiry frees its lease.
    const LeaseHolder a = holder(u"a"_s, 4242, u"other-host"_s);
    const LeaseHolder b = holder(u"b"_s, 4243, u"third-host"_s);
    QVERIFY(repo.acquireLease(u"poller"_s, a, kT0, 10000));
    QVERIFY(!repo.acquireLease(u"poller"_s, b, kT0.addSecs(1), 10000)); // held
    QVERIFY(repo.acquireLease(u"poller"_s, a, kT0.addSecs(5), 10000)); // renewed by its holder
    QVERIFY(!repo.acquireLease(u"poller"_s, b, kT0.addSecs(14), 10000)); // renewal moved the expiry to 15 s
    QCOMPARE(repo.leaseHolder(u"poller"_s)->holder, u"a"_s);
    QCOMPARE(repo.leaseHolder(u"poller"_s)->acquiredAt, kT0);
    QVERIFY(repo.acquireLease(u"poller"_s, b, kT0.addSecs(15), 10000)); // expired: taken over
    QCOMPARE(repo.leaseHolder(u"poller"_s)->holder, u"b"_s);
    QCOMPARE(repo.leaseHolder(u"poller"_s)->acquiredAt, kT0.addSecs(15));
    QVERIFY(!repo.acquireLease(u"poller"_s, a, kT0.addSecs(16), 10000)); // the old holder lost it
    // Released on a clean stop: free at once; another holder's release changes nothing.
    QVERIFY(repo.releaseLease(u"poller"_s, u"a"_s).ok());
    QCOMPARE(repo.leaseHolder(u"poller"_s)->holder, u"b"_s);
    QVERIFY(repo.releaseLease(u"poller"_s, u"b"_s).ok());
    QVERIFY(!repo.leaseHolder(u"poller"_s));
    QVERIFY(repo.acquireLease(u"poller"_s, a, kT0.addSecs(17), 10000));
    // A holder recorded on this computer whose process is gone (kill -9) is replaced before its lease expires.
    const QString here = QSysInfo::machineHostName();
    QProcess dead;
    dead.start(u"true"_s);
    QVERIFY(dead.waitForFinished(5000));
    const qint64 deadPid = dead.processId() > 0 ? dead.processId() : 999999;
    QVERIFY(repo.releaseLease(u"poller"_s, u"a"_s).ok());
    QVERIFY(repo.acquireLease(u"poller"_s, holder(u"dead"_s, deadPid, here), kT0.addSecs(20), 600000));
    QVERIFY(repo.acquireLease(
        u"poller"_s, holder(u"alive"_s, QCoreApplication::applicationPid(), here), kT0.addSecs(21), 600000));
    // ... but a live one on this computer is not.
    QVERIFY(!repo.acquireLease(u"poller"_s, holder(u"third"_s, 1, here), kT0.addSecs(22), 600000));
    QCOMPARE(repo.leaseHolder(u"poller"_s)->holder, u"alive"_s);
}

void TestMonitorRepository::readFailuresAreReported()
{
    // A failed read is never "no rows": the database counts it and says what failed.
    Store store;
    QVERIFY(store.open());
    const quint64 mark = store.db.readFaults();
    QVERIFY(store.monitor->recentSamples(kCrm, 10).isEmpty());
    QVERIFY(store.db.readResultSince(mark).ok());
    QVERIFY(QSqlQuery(store.db.connection()).exec(u"DROP TABLE samples"_s));
    QVERIFY(store.monitor->recentSamples(kCrm, 10).isEmpty());
    const StoreResult r = store.db.readResultSince(mark);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"samples"_s) && r.error.contains(store.db.filePath()), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestMonitorRepository)
#include "tst_monitorrepository.moc"
