// Durability of the headless poller `plumbline run` (ARCHITECTURE.md, "Monitoring" and "Contracts"): the real binary
// against an in-process sandbox. A clean stop on SIGTERM and SIGINT exits 0 after storing what is in flight; kill -9 at
// random moments never loses a committed sample, never corrupts the database and never touches the definitions; the
// next start resumes polling. Also `plumbline check`'s exit codes against the sandbox.
//
// The sandbox lives in this process, so the event loop must keep spinning while a child runs: every child is
// started asynchronously and waited for with QTest::qWaitFor. The test only ever reads the database while a child
// runs (WAL: readers do not block the writer), through short-lived read-only connections.

#include "IntegrationSupport.h"

#include <sandbox/SandboxServer.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace plumbline::test;

namespace {

constexpr int kIntervalS = 10; // the smallest interval the importer accepts
constexpr int kKills = 24;
constexpr int kMinKillDelayMs = 200;
constexpr int kMaxKillDelayMs = 3000;
constexpr quint32 kDefaultSeed = 20260417u; // override with PLUMBLINE_TEST_SEED

// A read-only SQLite connection of its own name, closed and removed when it goes.
class ReadOnlyDatabase
{
    Q_DISABLE_COPY_MOVE(ReadOnlyDatabase)

public:
    explicit ReadOnlyDatabase(const QString& file)
        : m_name(u"tst_run_ro_%1"_s.arg(++s_sequence))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            m_error = db.lastError().text();
    }

    ~ReadOnlyDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Every row of `sql` as its columns joined by '|'; sets error() on failure.
    QStringList rows(const QString& sql)
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = u"%1: %2"_s.arg(sql, q.lastError().text());
            return out;
        }
        const int columns = q.record().count();
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < columns; ++c)
                values << (q.isNull(c) ? u"NULL"_s : q.value(c).toString());
            out << values.join(u'|');
        }
        return out;
    }

    QString scalar(const QString& sql)
    {
        const QStringList r = rows(sql);
        return r.isEmpty() ? QString() : r.first();
    }

private:
    static inline int s_sequence = 0;
    QString m_name;
    QString m_error;
};

// Headless everywhere: no display, no Wayland, no forced platform plugin.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

QByteArray describe(QProcess& p, const QByteArray& out, const QByteArray& err)
{
    return "exit " + QByteArray::number(p.exitCode()) + (p.exitStatus() == QProcess::CrashExit ? " (crashed)" : "")
        + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
}

} // namespace

class tst_Run : public QObject
{
    Q_OBJECT

private:
    plumbline::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_dbFile;
    QString m_workspaceFile;
    QProcessEnvironment m_env;
    QStringList m_definitions; // the definition tables as imported
    int m_integrations = 0;

    // Runs plumbline to completion while the event loop (and so the sandbox) keeps serving.
    ProcessResult plumbline(const QString& dataDir, QStringList args, int timeoutMs = 60000)
    {
        args.prepend(dataDir);
        args.prepend(u"--data-dir"_s);
        ProcessResult r;
        QProcess p;
        p.setProgram(binaryPath());
        p.setArguments(args);
        p.setProcessEnvironment(m_env);
        p.start();
        r.started = p.waitForStarted(10000);
        if (!r.started)
            return r;
        p.closeWriteChannel();
        r.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.status = p.exitStatus();
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // Starts `plumbline --data-dir D run` without waiting for it.
    bool startRun(QProcess& p)
    {
        p.setProgram(binaryPath());
        p.setArguments({ u"--data-dir"_s, m_dataDir, u"run"_s });
        p.setProcessEnvironment(m_env);
        p.start();
        if (!p.waitForStarted(10000))
            return false;
        p.closeWriteChannel();
        return true;
    }

    bool waitForExit(QProcess& p, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    }

    // (integration_id, ts) of every committed sample a reader sees right now.
    QSet<QString> sampleKeys(QString* error)
    {
        ReadOnlyDatabase db(m_dbFile);
        const QStringList keys = db.rows(u"SELECT integration_id, ts FROM samples"_s);
        if (!db.isOpen())
            *error = db.error();
        return QSet<QString>(keys.begin(), keys.end());
    }

    qint64 sampleCount(QString* error)
    {
        ReadOnlyDatabase db(m_dbFile);
        const QString n = db.scalar(u"SELECT COUNT(*) FROM samples"_s);
        if (!db.isOpen()) {
            *error = db.error();
            return -1;
        }
        return n.toLongLong();
    }

    QString monitorState(const QString& key)
    {
        ReadOnlyDatabase db(m_dbFile);
        return db.scalar(u"SELECT value FROM monitor_state WHERE key = '%1'"_s.arg(key));
    }

    QStringList definitions(ReadOnlyDatabase& db)
    {
        QStringList out;
        out << db.rows(u"SELECT * FROM connections ORDER BY id"_s);
        out << db.rows(u"SELECT * FROM integrations ORDER BY id"_s);
        out << db.rows(u"SELECT * FROM field_mappings ORDER BY 1, 2, 3"_s);
        return out;
    }

    // Waits until at least `atLeast` samples are committed; the count seen last goes to `seen`.
    bool waitForSamples(qint64 atLeast, int timeoutMs, qint64* seen, QString* error)
    {
        return QTest::qWaitFor(
            [&] {
                *seen = sampleCount(error);
                return *seen >= atLeast;
            },
            timeoutMs);
    }

    // Starts `run`, waits for its samples, stops it with `signal` and checks the clean exit.
    void cleanStop(int signal)
    {
        QString error;
        const qint64 before = sampleCount(&error);
        QVERIFY2(before >= 0, qPrintable(error));

        QProcess p;
        QVERIFY2(startRun(p), qPrintable(p.errorString()));
        qint64 seen = 0;
        // First polls are spread over a tenth of the interval: a second, plus the poll itself.
        if (!waitForSamples(before + 1, 30000, &seen, &error)) {
            p.kill();
            waitForExit(p, 10000);
            // (QVERIFY2 evaluates its message even when it passes: read the output only on failure.)
            QFAIL(qPrintable(u"no sample within 30 s (saw %1, before %2) %3\n%4"_s.arg(seen).arg(before).arg(
                error, QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()))));
        }
        const qint64 pid = p.processId();

        QElapsedTimer stopping;
        stopping.start();
        if (signal == SIGTERM)
            p.terminate();
        else
            QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
        const bool exited = waitForExit(p, 60000);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!exited) {
            p.kill();
            waitForExit(p, 10000);
        }
        QVERIFY2(exited, "run did not exit within 60 s of the signal");
        qInfo("signal %d: exited after %lld ms", signal, qlonglong(stopping.elapsed()));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, describe(p, out, err).constData());
        const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"Stopped."_s), describe(p, out, err).constData());
        QVERIFY2(lines.first().startsWith(u"Plumbline is polling %1 integration"_s.arg(m_integrations)),
            describe(p, out, err).constData());
        QVERIFY2(err.isEmpty(), describe(p, out, err).constData());

        ReadOnlyDatabase db(m_dbFile);
        QCOMPARE(db.scalar(u"PRAGMA quick_check"_s), u"ok"_s);
        QCOMPARE(db.scalar(u"SELECT value FROM monitor_state WHERE key = 'heartbeat_pid'"_s), QString::number(pid));
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
    }

    // Every invariant that must survive any kill.
    void verifyDatabase(const QSet<QString>& committed, int round)
    {
        ReadOnlyDatabase db(m_dbFile);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QStringList check = db.rows(u"PRAGMA quick_check"_s);
        QVERIFY2(check == QStringList { u"ok"_s },
            qPrintable(u"round %1: quick_check: %2"_s.arg(round).arg(check.join(u"; "_s))));
        const QStringList fk = db.rows(u"PRAGMA foreign_key_check"_s);
        QVERIFY2(fk.isEmpty(), qPrintable(u"round %1: foreign_key_check: %2"_s.arg(round).arg(fk.join(u"; "_s))));

        const QStringList keys = db.rows(u"SELECT integration_id, ts FROM samples"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QSet<QString> now(keys.begin(), keys.end());
        QSet<QString> lost = committed;
        lost.subtract(now);
        QVERIFY2(lost.isEmpty(),
            qPrintable(u"round %1: %2 committed sample(s) lost: %3"_s.arg(round)
                           .arg(lost.size())
                           .arg(QStringList(lost.begin(), lost.end()).join(u", "_s))));

        // A batch is all or nothing: the rollups hold exactly the stored samples.
        const QStringList mismatched = db.rows(
            u"SELECT s.integration_id, s.n, (SELECT COALESCE(SUM(n), 0) FROM rollup_hourly h "
            "WHERE h.integration_id = s.integration_id), (SELECT COALESCE(SUM(n), 0) FROM rollup_daily d "
            "WHERE d.integration_id = s.integration_id) FROM (SELECT integration_id, COUNT(*) AS n FROM samples "
            "GROUP BY integration_id) s"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const QString& row : mismatched) {
            const QStringList v = row.split(u'|');
            QVERIFY2(v.size() == 4 && v[1] == v[2] && v[1] == v[3],
                qPrintable(
                    u"round %1: samples and rollups disagree (id|samples|hourly|daily): %2"_s.arg(round).arg(row)));
        }

        const QStringList defs = definitions(db);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY2(defs == m_definitions, qPrintable(u"round %1: the definitions changed"_s.arg(round)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binaryPath()), qPrintable(binaryPath()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen(0));

        m_env = headlessEnvironment();
        for (const QString& line : m_sandbox.envLines()) {
            const qsizetype eq = line.indexOf(u'=');
            QVERIFY2(eq > 0, qPrintable(line));
            m_env.insert(line.left(eq), line.mid(eq + 1));
        }

        // The sandbox workspace with every integration polled every 10 s.
        QJsonParseError parseError {};
        QJsonObject workspace = QJsonDocument::fromJson(m_sandbox.workspaceJson(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QJsonArray integrations = workspace.value(u"integrations"_s).toArray();
        QVERIFY(!integrations.isEmpty());
        m_integrations = int(integrations.size());
        for (qsizetype i = 0; i < integrations.size(); ++i) {
            QJsonObject integration = integrations.at(i).toObject();
            QJsonObject checks = integration.value(u"checks"_s).toObject();
            checks.insert(u"interval_s"_s, kIntervalS);
            integration.insert(u"checks"_s, checks);
            integrations.replace(i, integration);
        }
        workspace.insert(u"integrations"_s, integrations);
        m_workspaceFile = m_dir.filePath(u"workspace.json"_s);
        QFile file(m_workspaceFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(workspace).toJson());
        file.close();

        m_dataDir = m_dir.filePath(u"data"_s);
        m_dbFile = m_dataDir + u"/plumbline.sqlite"_s;
        const ProcessResult imported = plumbline(m_dataDir, { u"import"_s, m_workspaceFile });
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());
        QVERIFY(QFile::exists(m_dbFile));

        ReadOnlyDatabase db(m_dbFile);
        m_definitions = definitions(db);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM integrations"_s), QString::number(integrations.size()));
        QCOMPARE(db.rows(u"SELECT json_extract(checks, '$.interval_s') FROM integrations"_s),
            QStringList(integrations.size(), QString::number(kIntervalS)));
    }

    void stopsCleanlyOnSigterm() { cleanStop(SIGTERM); }

    void stopsCleanlyOnSigint() { cleanStop(SIGINT); }

    void survivesKillNineAtRandomMoments()
    {
        bool seedOk = false;
        const quint32 envSeed = qEnvironmentVariable("PLUMBLINE_TEST_SEED").toUInt(&seedOk);
        const quint32 seed = seedOk ? envSeed : kDefaultSeed;
        qInfo("kill -9 rounds: %d, seed %u (set PLUMBLINE_TEST_SEED to replay another)", kKills, seed);
        QRandomGenerator random(seed);

        QElapsedTimer total;
        total.start();
        int roundsWithNewSamples = 0;
        for (int round = 1; round <= kKills; ++round) {
            QString error;
            const QSet<QString> atStart = sampleKeys(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            QProcess p;
            QVERIFY2(startRun(p), qPrintable(p.errorString()));
            const int delayMs = random.bounded(kMinKillDelayMs, kMaxKillDelayMs + 1);
            QTest::qWait(delayMs);
            if (p.state() != QProcess::Running)
                QFAIL(qPrintable(u"round %1: run ended by itself: %2"_s.arg(round).arg(
                    QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()))));

            // What a reader sees as committed just before the kill must survive it.
            const QSet<QString> committed = sampleKeys(&error);
            QVERIFY2(error.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
            QCOMPARE(::kill(pid_t(p.processId()), SIGKILL), 0);
            QVERIFY2(waitForExit(p, 10000), "the killed process did not go away");
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.isEmpty(), qPrintable(u"round %1: stderr: %2"_s.arg(round).arg(QString::fromUtf8(err))));

            const qsizetype added = committed.size() - atStart.size();
            if (added > 0)
                ++roundsWithNewSamples;
            qInfo("round %2d: killed after %4d ms, %lld sample(s) committed in this round, %lld in all", round, delayMs,
                qlonglong(added), qlonglong(committed.size()));
            verifyDatabase(committed, round);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d of %d rounds committed samples before the kill; %lld ms", roundsWithNewSamples, kKills,
            qlonglong(total.elapsed()));
        // The delays straddle the first poll (within a tenth of the interval, so at most a second in): most rounds
        // commit a cycle, the shortest ones usually do not. Which side a round falls on depends on the child's own
        // jitter, so only "some round committed" is asserted.
        QVERIFY2(roundsWithNewSamples > 0, "no round lived long enough to commit a sample");
    }

    void resumesAfterKills()
    {
        QString error;
        const qint64 before = sampleCount(&error);
        QVERIFY2(before > 0, qPrintable(u"no samples before resuming %1"_s.arg(error)));
        const qint64 heartbeatBefore = monitorState(u"heartbeat_ts"_s).toLongLong();
        const qint64 cyclesBefore = monitorState(u"cycle_count"_s).toLongLong();
        QVERIFY(heartbeatBefore > 0);

        QProcess p;
        QVERIFY2(startRun(p), qPrintable(p.errorString()));
        qint64 seen = 0;
        const bool polled = waitForSamples(before + 3, 30000, &seen, &error);
        const qint64 pid = p.processId();
        p.terminate();
        const bool exited = waitForExit(p, 60000);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!exited) {
            p.kill();
            waitForExit(p, 10000);
        }
        QVERIFY2(polled,
            qPrintable(u"no new samples after restart (%1 -> %2) %3\n%4"_s.arg(before).arg(seen).arg(
                error, QString::fromUtf8(describe(p, out, err)))));
        QVERIFY2(exited && p.exitCode() == 0, describe(p, out, err).constData());

        const qint64 heartbeatAfter = monitorState(u"heartbeat_ts"_s).toLongLong();
        QVERIFY2(heartbeatAfter > heartbeatBefore,
            qPrintable(u"heartbeat did not advance: %1 -> %2"_s.arg(heartbeatBefore).arg(heartbeatAfter)));
        QVERIFY(monitorState(u"cycle_count"_s).toLongLong() > cyclesBefore);
        QCOMPARE(monitorState(u"heartbeat_pid"_s), QString::number(pid));
        verifyDatabase(sampleKeys(&error), 0);
    }

    void checkExitCodes()
    {
        // A fresh data directory: the verdict depends only on this one cycle against the healthy sandbox.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(m_sandbox.scenario(), u"healthy"_s);
        const ProcessResult imported = plumbline(dir.path(), { u"import"_s, m_workspaceFile });
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());

        const ProcessResult healthy = plumbline(dir.path(), { u"check"_s, u"--json"_s });
        QVERIFY2(healthy.finished, healthy.describe().constData());
        QVERIFY2(healthy.exitCode == 0, healthy.describe().constData());
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(healthy.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), healthy.describe().constData());
        QCOMPARE(doc.object().value(u"status"_s).toString(), u"ok"_s);

        const ProcessResult unknown = plumbline(dir.path(), { u"check"_s, u"--integration"_s, u"unknown-id"_s });
        QVERIFY2(unknown.finished, unknown.describe().constData());
        QVERIFY2(unknown.exitCode == 3, unknown.describe().constData());
        // The plugin status line is the first line on standard output, whatever went wrong.
        QVERIFY2(unknown.outText().startsWith(u"PLUMBLINE UNKNOWN - "_s), unknown.describe().constData());
        QVERIFY2(unknown.outText().contains(u"unknown-id"_s), unknown.describe().constData());
    }

    // Last: it closes the sandbox. A stop while a cycle waits on a hanging vendor lets that cycle finish and be
    // stored before exiting 0; closing the sandbox drops the held requests so the cycle ends in seconds.
    void stopWaitsForTheCycleInFlight()
    {
        QString error;
        const qint64 before = sampleCount(&error);
        QVERIFY2(before >= 0, qPrintable(error));
        QVERIFY(m_sandbox.setScenario(u"timeouts"_s));

        QProcess p;
        QVERIFY2(startRun(p), qPrintable(p.errorString()));
        if (!QTest::qWaitFor([&] { return m_sandbox.heldRequests() > 0; }, 15000)) {
            p.kill();
            waitForExit(p, 10000);
            QFAIL("no request reached the sandbox within 15 s");
        }
        const qint64 pid = p.processId();
        p.terminate();
        QTest::qWait(1000);
        const bool waited = p.state() == QProcess::Running;

        QElapsedTimer stopping;
        stopping.start();
        m_sandbox.close(); // the held requests fail now, and so do their retries
        const bool exited = waitForExit(p, 60000);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!exited) {
            p.kill();
            waitForExit(p, 10000);
        }
        QVERIFY2(exited, "run did not exit within 60 s of the signal");
        qInfo("exited %lld ms after the sandbox closed", qlonglong(stopping.elapsed()));
        QVERIFY2(waited, "run exited without waiting for the cycle in flight");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, describe(p, out, err).constData());
        QVERIFY2(QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts).contains(u"Stopped."_s),
            describe(p, out, err).constData());

        // The cycle in flight was stored: samples with unread counts, under the heartbeat of this process.
        const qint64 after = sampleCount(&error);
        QVERIFY2(after > before,
            qPrintable(u"the cycle in flight was not stored (%1 -> %2) %3\n%4"_s.arg(before).arg(after).arg(
                error, QString::fromUtf8(describe(p, out, err)))));
        QCOMPARE(monitorState(u"heartbeat_pid"_s), QString::number(pid));
        {
            ReadOnlyDatabase db(m_dbFile);
            QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM samples WHERE ts > (SELECT MAX(ts) FROM samples) - 60000 "
                               "AND (source_count IS NULL OR destination_count IS NULL)"_s)
                         .toLongLong(),
                after - before);
        }
        QString dummy;
        verifyDatabase(sampleKeys(&dummy), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Run)
#include "tst_run.moc"
