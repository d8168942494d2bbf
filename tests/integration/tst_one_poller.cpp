// One poller per workspace (ARCHITECTURE.md, "Monitoring", issue "nothing breaks quietly" item 8): two `plumbline run`s
// and a window on one data folder poll each integration once per interval, send one notification per alert transition,
// say who polls, and hand over within two intervals when the poller is killed with kill -9. Real processes of the
// real binary, the in-process sandbox over loopback HTTP, a real webhook receiver, the real SQLite file.

#include "../common/WebhookReceiver.h"
#include "IntegrationSupport.h"

#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

using namespace plumbline;
using namespace plumbline::test;

namespace {

constexpr int kIntervalS = 10;

QStringList readRows(const QString& file, const QString& sql)
{
    static int sequence = 0;
    const QString name = u"one_poller_%1"_s.arg(++sequence);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList v;
                    for (int c = 0; c < q.record().count(); ++c)
                        v << q.value(c).toString();
                    out << v.join(u'|');
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestOnePoller final : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    Receiver m_hooks;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_db;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<QProcess>> m_processes;

    QProcess* start(const QStringList& args, const QProcessEnvironment& env)
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(binaryPath());
        p->setArguments(QStringList { u"--data-dir"_s, m_dataDir } + args);
        p->setProcessEnvironment(env);
        p->start();
        if (!p->waitForStarted(10000))
            return nullptr;
        p->closeWriteChannel();
        m_processes.push_back(std::move(p));
        return m_processes.back().get();
    }

    static bool waitForLine(QProcess* p, const QString& words, QByteArray& seen, int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                seen += p->readAllStandardOutput();
                return QString::fromUtf8(seen).contains(words);
            },
            timeoutMs);
    }

    QString leaseHolderPid() { return readRows(m_db, u"SELECT pid FROM leases WHERE name = 'poller'"_s).value(0); }

    // Every pair of consecutive samples of one integration closer than this means two processes polled.
    QStringList tooClose(qint64 minGapMs)
    {
        QStringList out;
        QMap<QString, qint64> last;
        for (const QString& row :
            readRows(m_db, u"SELECT integration_id, ts FROM samples ORDER BY integration_id, ts"_s)) {
            const QString id = row.section(u'|', 0, 0);
            const qint64 ts = row.section(u'|', 1, 1).toLongLong();
            if (last.contains(id) && ts - last.value(id) < minGapMs)
                out << u"%1: %2 ms apart"_s.arg(id).arg(ts - last.value(id));
            last.insert(id, ts);
        }
        return out;
    }

    // Signed-webhook posts (ARCHITECTURE.md §14) per "event subject" of the message they carry.
    QMap<QString, int> notifications() const
    {
        QMap<QString, int> out;
        for (const ReceivedRequest& r : m_hooks.requests) {
            const QJsonObject message = QJsonDocument::fromJson(r.body).object().value(u"message"_s).toObject();
            if (!message.isEmpty())
                ++out[message.value(u"event"_s).toString() + u' ' + message.value(u"subject"_s).toString()];
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen(0));
        QVERIFY(m_hooks.listen());
        m_dataDir = m_dir.filePath(u"data"_s);
        m_db = m_dataDir + u"/plumbline.sqlite"_s;
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"DISPLAY"_s);
        m_env.remove(u"WAYLAND_DISPLAY"_s);
        for (const QString& line : m_sandbox.envLines())
            m_env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        // Every process shares one settings file and the workspace's default channel: a signed webhook whose URL
        // and signing secret come from the environment, as on a server (ARCHITECTURE.md §14).
        m_env.insert(u"PLUMBLINE_SETTINGS"_s, m_dir.filePath(u"plumbline.conf"_s));
        m_env.insert(u"PLUMBLINE_SECRET_CHANNEL_HOOK_URL"_s, m_hooks.url().toString());
        m_env.insert(u"PLUMBLINE_SECRET_CHANNEL_HOOK_SIGNING_SECRET"_s, u"one-poller-signing-secret"_s);

        QJsonObject workspace = QJsonDocument::fromJson(m_sandbox.workspaceJson()).object();
        QJsonArray integrations = workspace.value(u"integrations"_s).toArray();
        for (qsizetype i = 0; i < integrations.size(); ++i) {
            QJsonObject integration = integrations.at(i).toObject();
            QJsonObject checks = integration.value(u"checks"_s).toObject();
            checks.insert(u"interval_s"_s, kIntervalS);
            integration.insert(u"checks"_s, checks);
            integrations.replace(i, integration);
        }
        workspace.insert(u"integrations"_s, integrations);
        workspace.insert(u"channels"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"hook"_s }, { u"kind"_s, u"webhook"_s }, { u"default"_s, true } } });
        const QString file = m_dir.filePath(u"workspace.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(workspace).toJson());
        f.close();
        const ProcessResult imported
            = runProgramAsync(binaryPath(), { u"--data-dir"_s, m_dataDir, u"import"_s, file }, m_env, 60000);
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    }

    void cleanupTestCase()
    {
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 20000))
                    p->kill();
            }
        }
        const bool gone = QTest::qWaitFor(
            [&] {
                return std::all_of(m_processes.cbegin(), m_processes.cend(),
                    [](const auto& p) { return p->state() == QProcess::NotRunning; });
            },
            10000);
        QVERIFY(gone);
    }

    void twoRunsAndAWindowPollOnce()
    {
        QByteArray outA;
        QProcess* a = start({ u"run"_s }, m_env);
        QVERIFY(a);
        QVERIFY2(waitForLine(a, u"Plumbline is polling"_s, outA, 15000), outA.constData());
        QByteArray outB;
        QProcess* b = start({ u"run"_s }, m_env);
        QVERIFY(b);
        // The second one says who polls, and follows.
        QVERIFY2(
            waitForLine(b, u"Another Plumbline process polls this workspace (run, process %1"_s.arg(a->processId()),
                outB, 15000),
            outB.constData());
        QProcessEnvironment gui = m_env;
        gui.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess* window = start({}, gui);
        QVERIFY(window);

        // An alert that opens at once (a rejected key) and resolves after two healthy polls.
        QTest::qWait(3 * kIntervalS * 1000 / 2);
        QVERIFY(m_sandbox.setScenario(u"auth_revoked"_s, SandboxWorkspace::kHubSpot));
        QTest::qWait(2 * kIntervalS * 1000);
        QVERIFY(m_sandbox.setScenario(u"healthy"_s));
        QVERIFY2(QTest::qWaitFor([&] { return notifications().value(u"resolved connection:hubspot-sandbox"_s) > 0; },
                     6 * kIntervalS * 1000),
            m_hooks.raw.constData());
        QTest::qWait(kIntervalS * 1000); // a duplicate would arrive within the next cycle

        QCOMPARE(leaseHolderPid(), QString::number(a->processId()));
        // Each integration polled once per interval (with ±10 % jitter and one poll per cycle), never twice.
        const QStringList close = tooClose(kIntervalS * 1000 / 2);
        QVERIFY2(close.isEmpty(), qPrintable(close.join(u"; "_s)));
        const QMap<QString, int> sent = notifications();
        QVERIFY2(sent.value(u"opened connection:hubspot-sandbox"_s) == 1, m_hooks.raw.constData());
        QVERIFY2(sent.value(u"resolved connection:hubspot-sandbox"_s) == 1, m_hooks.raw.constData());
        for (auto it = sent.cbegin(); it != sent.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + u" sent %1 times"_s.arg(it.value())));
        // The alert's history is one opening and one resolution, in that order.
        const QStringList events = readRows(m_db,
            u"SELECT e.kind FROM alert_events e JOIN alerts a ON a.id = e.alert_id WHERE a.subject = "
            "'connection:hubspot-sandbox' AND a.rule = 'auth' ORDER BY e.id"_s);
        QCOMPARE(events, (QStringList { u"opened"_s, u"resolved"_s }));
        QVERIFY2(window->state() == QProcess::Running, window->readAllStandardError().constData());
        // The window followed: it never took the lease.
        QVERIFY(leaseHolderPid() != QString::number(window->processId()));
        window->kill();
        QVERIFY(QTest::qWaitFor([&] { return window->state() == QProcess::NotRunning; }, 10000));
    }

    void killNineHandsOver()
    {
        QVERIFY(m_processes.size() >= 2);
        QProcess* a = m_processes.at(0).get();
        QProcess* b = m_processes.at(1).get();
        QVERIFY(a->state() == QProcess::Running && b->state() == QProcess::Running);
        const qint64 samplesBefore = readRows(m_db, u"SELECT COUNT(*) FROM samples"_s).value(0).toLongLong();
        QCOMPARE(::kill(pid_t(a->processId()), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return a->state() == QProcess::NotRunning; }, 10000));
        QElapsedTimer handover;
        handover.start();
        // Someone else holds the lease and polls within two intervals.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QString pid = leaseHolderPid();
                         return !pid.isEmpty() && pid != QString::number(a->processId());
                     },
                     2 * kIntervalS * 1000),
            qPrintable(leaseHolderPid()));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return readRows(m_db, u"SELECT COUNT(*) FROM samples"_s).value(0).toLongLong() > samplesBefore; },
                2 * kIntervalS * 1000),
            "no poll after the hand-over");
        qInfo("hand-over after kill -9: %lld ms", qlonglong(handover.elapsed()));
        QVERIFY(handover.elapsed() <= 2 * kIntervalS * 1000);
        const QStringList close = tooClose(kIntervalS * 1000 / 2);
        QVERIFY2(close.isEmpty(), qPrintable(close.join(u"; "_s)));
        QCOMPARE(leaseHolderPid(), QString::number(b->processId()));
        QByteArray outB;
        QVERIFY2(waitForLine(b, u"Plumbline is polling"_s, outB, 5000), outB.constData());
        // A clean stop of the poller releases the lease: a waiting process takes over at once, not at expiry.
        QByteArray outC;
        QProcess* c = start({ u"run"_s }, m_env);
        QVERIFY(c);
        QVERIFY2(waitForLine(c, u"Another Plumbline process polls"_s, outC, 15000), outC.constData());
        b->terminate();
        QVERIFY(QTest::qWaitFor([&] { return b->state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(b->exitCode(), 0);
        QElapsedTimer released;
        released.start();
        QVERIFY2(waitForLine(c, u"Plumbline is polling"_s, outC, kIntervalS * 1000), outC.constData());
        QCOMPARE(leaseHolderPid(), QString::number(c->processId()));
        qInfo("hand-over after a clean stop: %lld ms", qlonglong(released.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestOnePoller)
#include "tst_one_poller.moc"
