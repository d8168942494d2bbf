#include "StoreBench.h"

#include <Database.h>
#include <MonitorRepository.h>
#include <Rules.h>
#include <WorkspaceRepository.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

const QDateTime kStart(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

// A fresh workspace with `integrations` integrations between two connections.
struct BenchStore
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<MonitorRepository> monitor;
    QStringList ids;

    bool open(int integrations)
    {
        if (!dir.isValid() || !db.open(dir.filePath(u"bench.sqlite"_s)))
            return false;
        Workspace w;
        for (const QString& id : { u"crm"_s, u"email"_s }) {
            Connection c;
            c.id = id;
            c.name = id;
            c.vendor = Vendor::Generic;
            w.connections << c;
        }
        for (int i = 0; i < integrations; ++i) {
            Integration in;
            in.id = u"integration-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            in.name = in.id;
            in.source = { u"crm"_s, u"contacts"_s, QJsonValue::Null };
            in.destination = { u"email"_s, u"members"_s, QJsonValue::Null };
            w.integrations << in;
            ids << in.id;
        }
        WorkspaceRepository workspace(db, u"bench"_s);
        if (!workspace.importWorkspace(w, u"bench"_s).ok())
            return false;
        monitor = std::make_unique<MonitorRepository>(db);
        return true;
    }

    qint64 fileBytes()
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        q.exec(u"VACUUM"_s);
        q.finish();
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        qint64 pages = 0;
        qint64 pageSize = 0;
        if (q.exec(u"PRAGMA page_count"_s) && q.next())
            pages = q.value(0).toLongLong();
        q.finish();
        if (q.exec(u"PRAGMA page_size"_s) && q.next())
            pageSize = q.value(0).toLongLong();
        return pages * pageSize;
    }
};

// A plausible poll: counts that grow slowly with a small, varying gap; now and then a failed side.
Sample benchSample(const QDateTime& ts, qint64 i, int integration)
{
    Sample s;
    s.ts = ts;
    const qint64 base = 10000 + integration * 37 + i / 3;
    s.source = { base, 200, 60 + (i % 40), ErrorKind::None, QString() };
    if (i % 97 == 0)
        s.destination = { std::nullopt, 503, 30000, ErrorKind::Server, u"HTTP 503"_s };
    else
        s.destination = { base - (i % 11), 200, 80 + (i % 50), ErrorKind::None, QString() };
    return s;
}

} // namespace

QList<BenchResult> ingestSamplesBench(bool quick)
{
    const int integrations = 200;
    const int polls = quick ? 10 : 100; // batched side: polls x 200 samples
    const int naivePolls = quick ? 5 : 25; // one transaction per sample: fewer, it is the slow side

    const auto run = [&](int pollCount, bool batched, double& seconds, qint64& written) {
        BenchStore store;
        if (!store.open(integrations))
            return false;
        QElapsedTimer timer;
        qint64 elapsed = 0;
        for (int p = 0; p < pollCount; ++p) {
            const QDateTime ts = kStart.addSecs(qint64(p) * 300);
            PollBatch batch;
            batch.samples.reserve(integrations);
            for (int i = 0; i < integrations; ++i)
                batch.samples << qMakePair(store.ids.at(i), benchSample(ts, p, i));
            timer.start();
            if (batched) {
                if (!store.monitor->write(batch).ok())
                    return false;
            } else {
                for (const auto& sample : std::as_const(batch.samples)) {
                    PollBatch one;
                    one.samples = { sample };
                    if (!store.monitor->write(one).ok())
                        return false;
                }
            }
            elapsed += timer.nsecsElapsed();
            written += batch.samples.size();
        }
        seconds = double(elapsed) / 1e9;
        return true;
    };

    double batchedS = 0;
    double naiveS = 0;
    qint64 batchedN = 0;
    qint64 naiveN = 0;
    if (!run(polls, true, batchedS, batchedN) || !run(naivePolls, false, naiveS, naiveN)) {
        qWarning("ingest_samples: the store refused a write");
        return {};
    }
    BenchResult r;
    r.name = u"ingest_samples"_s;
    r.unit = u"samples/s"_s;
    r.value = batchedS > 0 ? double(batchedN) / batchedS : 0;
    r.baseline = naiveS > 0 ? double(naiveN) / naiveS : 0;
    r.baselineIs = u"one transaction per sample (same repository, rollups included)"_s;
    r.n = batchedN;
    return { r };
}

QList<BenchResult> dbSizeYearBench(bool quick)
{
    const int days = quick ? 90 : 365;
    const int perDay = 288; // every 5 minutes
    BenchStore store;
    if (!store.open(1)) {
        qWarning("db_size_year: could not create the store");
        return {};
    }
    const QString id = store.ids.first();
    qint64 n = 0;
    for (int d = 0; d < days; ++d) {
        PollBatch batch;
        batch.samples.reserve(perDay);
        for (int k = 0; k < perDay; ++k) {
            batch.samples << qMakePair(id, benchSample(kStart.addSecs(qint64(d) * 86400 + qint64(k) * 300), n, 0));
            ++n;
        }
        if (!store.monitor->write(batch).ok()) {
            qWarning("db_size_year: the store refused a write");
            return {};
        }
    }
    const qint64 everything = store.fileBytes();
    const QDateTime end = kStart.addDays(days);
    if (!store.monitor->prune(end, RetentionSettings {}).ok()) {
        qWarning("db_size_year: prune failed");
        return {};
    }
    const qint64 retained = store.fileBytes();
    BenchResult r;
    r.name = u"db_size_year"_s;
    r.unit = u"bytes"_s;
    r.value = double(retained);
    r.baseline = double(everything);
    r.baselineIs = u"every raw sample kept (no retention), with the same rollups"_s;
    r.n = n;
    return { r };
}

QList<BenchResult> openQuickCheckBench(bool quick)
{
    // 100 integrations with 30 days of 5-minute samples: the raw history a workspace keeps by default.
    const int integrations = quick ? 20 : 100;
    const int days = quick ? 3 : 30;
    QString file;
    qint64 bytes = 0;
    BenchStore store;
    if (!store.open(integrations)) {
        qWarning("open_quick_check: could not create the store");
        return {};
    }
    for (int d = 0; d < days; ++d) {
        for (int k = 0; k < 288; k += 24) { // 24 polls a batch, to keep the set-up short
            PollBatch batch;
            for (int j = 0; j < 24; ++j) {
                const QDateTime ts = kStart.addSecs(qint64(d) * 86400 + qint64(k + j) * 300);
                for (int i = 0; i < integrations; ++i)
                    batch.samples << qMakePair(store.ids.at(i), benchSample(ts, qint64(d) * 288 + k + j, i));
            }
            if (!store.monitor->write(batch).ok()) {
                qWarning("open_quick_check: the store refused a write");
                return {};
            }
        }
    }
    bytes = store.fileBytes();
    file = store.db.filePath();
    store.monitor.reset();
    store.db.close();
    const auto openOnce = [&file](Database::IntegrityCheck check) -> qint64 {
        Database db;
        QElapsedTimer timer;
        timer.start();
        if (!db.open(file, check))
            return -1;
        return timer.nsecsElapsed();
    };
    QList<qint64> checked, plain;
    for (int k = 0; k < 5; ++k) { // interleaved, median of 5
        checked << openOnce(Database::IntegrityCheck::Always);
        plain << openOnce(Database::IntegrityCheck::Never);
    }
    if (checked.contains(-1) || plain.contains(-1)) {
        qWarning("open_quick_check: the store could not be opened");
        return {};
    }
    std::sort(checked.begin(), checked.end());
    std::sort(plain.begin(), plain.end());
    BenchResult r;
    r.name = u"open_quick_check"_s;
    r.value = double(checked.at(2)) / 1e6;
    r.baseline = double(plain.at(2)) / 1e6;
    r.baselineIs
        = u"the same open without PRAGMA quick_check (file of %1 MiB)"_s.arg(double(bytes) / 1048576.0, 0, 'f', 1);
    r.n = bytes;
    return { r };
}

QList<BenchResult> evaluateBench(bool quick)
{
    const int integrations = quick ? 50 : 500;
    const int polls = quick ? 288 : 2016; // a day, or a week, of 5-minute polls per integration
    BenchStore store;
    if (!store.open(integrations))
        return {};
    for (int p = 0; p < polls; ++p) {
        const QDateTime ts = kStart.addSecs(qint64(p) * 300);
        PollBatch batch;
        batch.samples.reserve(integrations);
        for (int i = 0; i < integrations; ++i)
            batch.samples << qMakePair(store.ids.at(i), benchSample(ts, p, i));
        if (!store.monitor->write(batch).ok())
            return {};
    }
    WorkspaceRepository workspace(store.db, u"bench"_s);
    const QList<Integration> all = workspace.integrations();
    const QDateTime now = kStart.addSecs(qint64(polls) * 300);

    // What the monitor does: the recent samples the rules need. Naive: every stored sample of each integration.
    const auto evaluate = [&](bool naive, qint64& findings) {
        QElapsedTimer timer;
        timer.start();
        for (const Integration& in : all) {
            IntegrationFacts facts;
            facts.integration = in;
            facts.now = now;
            facts.samples = naive ? store.monitor->samples(in.id, QDateTime(), QDateTime())
                                  : store.monitor->recentSamples(in.id, 200);
            facts.lastSuccessfulPoll = store.monitor->lastSuccessfulPoll(in.id);
            findings += Rules::evaluateIntegration(facts, RuleSettings::forIntegration(in.checks)).size();
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    qint64 smartFindings = 0;
    qint64 naiveFindings = 0;
    const double smart = evaluate(false, smartFindings);
    const double naive = evaluate(true, naiveFindings);
    BenchResult r;
    r.name = u"evaluate_500"_s;
    r.value = smart;
    r.unit = u"ms"_s;
    r.baseline = naive;
    r.baselineIs = u"naive scan of the full stored history (%1 samples per integration)"_s.arg(polls);
    r.n = integrations;
    return { r };
}

} // namespace plumbline::bench
