// A workspace file that is damaged, full or unwritable never reads as an empty or healthy workspace (issue:
// "nothing breaks quietly"). Real SQLite files damaged on disk the way a failing disk or a crash damages them — a
// table page, an index page, a frame of the write-ahead log — and a real full disk (RLIMIT_FSIZE): the real
// binary must name the file and what to do, `export` must fail rather than write a shorter "backup", `check` must
// say UNKNOWN on stdout (and in --json) and `repair` must copy what can still be read into a new file.

#include "IntegrationSupport.h"

#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/sandbox/SandboxWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {

constexpr int kIntegrations = 300;

QByteArray workspaceJson(int integrations)
{
    QJsonArray connections {
        QJsonObject { { u"id"_s, u"hubspot-main"_s }, { u"name"_s, u"HubSpot"_s }, { u"vendor"_s, u"hubspot"_s } },
        QJsonObject { { u"id"_s, u"mailchimp-main"_s }, { u"name"_s, u"Mailchimp"_s }, { u"vendor"_s, u"mailchimp"_s },
            { u"options"_s, QJsonObject { { u"audience_id"_s, u"5f1a9c3e2b"_s } } } },
    };
    QJsonArray list;
    for (int i = 0; i < integrations; ++i) {
        list << QJsonObject { { u"id"_s, u"flow-%1"_s.arg(i, 4, 10, QLatin1Char('0')) },
            { u"name"_s, u"HubSpot contacts to Mailchimp audience, region %1"_s.arg(i) },
            { u"source"_s, QJsonObject { { u"connection"_s, u"hubspot-main"_s }, { u"object"_s, u"contacts"_s } } },
            { u"destination"_s,
                QJsonObject { { u"connection"_s, u"mailchimp-main"_s }, { u"object"_s, u"5f1a9c3e2b"_s } } },
            { u"purpose"_s, u"Every contact of region %1 receives the newsletter in their own language."_s.arg(i) },
            { u"runbook"_s, u"Open the Make scenario's history and look for failed bundles."_s } };
    }
    return QJsonDocument(QJsonObject { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
                             { u"connections"_s, connections }, { u"integrations"_s, list } })
        .toJson();
}

// Pages of a table or index, in file order, from SQLite's dbstat table ("leaf", "internal", "overflow").
QList<qint64> pagesOf(const QString& dbPath, const QString& name, const QString& type, QString* error)
{
    QList<qint64> pages;
    const QString connection = u"pages-%1"_s.arg(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(u"SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno"_s);
            q.addBindValue(name);
            q.addBindValue(type);
            if (!q.exec())
                *error = q.lastError().text();
            while (q.next())
                pages << q.value(0).toLongLong();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return pages;
}

// Overwrites one page (1-based, 4096 bytes) with bytes no b-tree page can begin with.
bool damagePage(const QString& dbPath, qint64 page)
{
    QFile f(dbPath);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * 4096))
        return false;
    return f.write(QByteArray(4096, char(0x5A))) == 4096;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ProcessResult run(const QString& dataDir, const QStringList& args)
{
    return runPlumbline(QStringList { u"--data-dir"_s, dataDir } + args);
}

int exportedIntegrations(const QString& path)
{
    return int(QJsonDocument::fromJson(readFile(path)).object().value(u"integrations"_s).toArray().size());
}

} // namespace

class TestStoreFaults final : public QObject
{
    Q_OBJECT

private:
    QString m_workspaceFile;
    QTemporaryDir m_files;

    // A data dir with kIntegrations integrations, closed (its log checkpointed into the main file).
    QString freshWorkspace(QTemporaryDir& dir)
    {
        const QString dataDir = dir.filePath(u"data"_s);
        const ProcessResult imported = run(dataDir, { u"import"_s, m_workspaceFile });
        if (!imported.finished || imported.exitCode != 0)
            qWarning("import failed: %s", imported.describe().constData());
        return dataDir;
    }

    // Everything a damaged store must answer: export fails and writes nothing, check says UNKNOWN with the file's
    // name in its first stdout line and in --json, and no command claims an empty or healthy workspace.
    void expectNamedDamage(const QString& dataDir, const QString& fileName)
    {
        const QString out = m_files.filePath(u"backup.json"_s);
        QFile::remove(out);
        const ProcessResult exported = run(dataDir, { u"export"_s, out });
        QVERIFY2(exported.finished && exported.exitCode == 1, exported.describe().constData());
        QVERIFY2(exported.errText().contains(fileName) && exported.errText().contains(u"damaged"_s)
                && exported.errText().contains(u"plumbline repair"_s),
            exported.describe().constData());
        QVERIFY2(!QFile::exists(out), "a failed export left a file behind");

        const ProcessResult text = run(dataDir, { u"check"_s });
        QCOMPARE(text.exitCode, 3);
        const QString first = text.outText().section(u'\n', 0, 0);
        QVERIFY2(
            first.startsWith(u"PLUMBLINE UNKNOWN - "_s) && first.contains(fileName) && first.contains(u"damaged"_s),
            text.describe().constData());

        const ProcessResult json = run(dataDir, { u"check"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 3);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value(u"status"_s).toString(), u"unknown"_s);
        QVERIFY2(doc.value(u"error"_s).toString().contains(u"damaged"_s), json.describe().constData());
        QVERIFY(doc.value(u"integrations"_s).isArray());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_workspaceFile = m_files.filePath(u"workspace.json"_s);
        QFile f(m_workspaceFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(workspaceJson(kIntegrations));
    }

    void soundStoreExportsEverything()
    {
        // The baseline the damage tests compare with (and proof that the fixture really has many pages).
        QTemporaryDir dir;
        const QString dataDir = freshWorkspace(dir);
        const QString out = dir.filePath(u"all.json"_s);
        const ProcessResult exported = run(dataDir, { u"export"_s, out });
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QCOMPARE(exportedIntegrations(out), kIntegrations);
        QString error;
        QVERIFY2(pagesOf(dataDir + u"/plumbline.sqlite"_s, u"integrations"_s, u"leaf"_s, &error).size() >= 8,
            qPrintable(error));
        const ProcessResult repair = run(dataDir, { u"repair"_s });
        QVERIFY2(repair.exitCode == 0 && repair.outText().contains(u"not damaged"_s), repair.describe().constData());
    }

    void damagedTablePage()
    {
        QTemporaryDir dir;
        const QString dataDir = freshWorkspace(dir);
        const QString db = dataDir + u"/plumbline.sqlite"_s;
        QString error;
        const QList<qint64> leaves = pagesOf(db, u"integrations"_s, u"leaf"_s, &error);
        QVERIFY2(leaves.size() >= 3, qPrintable(u"dbstat: "_s + error));
        QVERIFY(damagePage(db, leaves.at(leaves.size() / 2)));
        expectNamedDamage(dataDir, db);

        // repair: keeps the damaged file byte for byte, loses only the rows of the damaged page.
        const QByteArray damaged = readFile(db);
        const ProcessResult repaired = run(dataDir, { u"repair"_s });
        QVERIFY2(repaired.exitCode == 0, repaired.describe().constData());
        QVERIFY2(repaired.outText().contains(u"integrations:"_s) && repaired.outText().contains(u"damaged pages"_s),
            repaired.describe().constData());
        const QString kept = repaired.outText().section(u"kept as "_s, 1).section(u".\n"_s, 0, 0).trimmed();
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QCOMPARE(readFile(kept), damaged);
        const QString out = dir.filePath(u"after.json"_s);
        const ProcessResult exported = run(dataDir, { u"export"_s, out });
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        const int left = exportedIntegrations(out);
        QVERIFY2(left < kIntegrations && left >= kIntegrations - 40, qPrintable(QString::number(left)));
        // The repaired file is sound: a second repair has nothing to do.
        const ProcessResult again = run(dataDir, { u"repair"_s });
        QVERIFY2(again.exitCode == 0 && again.outText().contains(u"not damaged"_s), again.describe().constData());
    }

    void damagedIndexPage()
    {
        // An index the definitions are not read through: only the integrity check on open can see it.
        QTemporaryDir dir;
        const QString dataDir = freshWorkspace(dir);
        const QString db = dataDir + u"/plumbline.sqlite"_s;
        QString error;
        const QList<qint64> pages = pagesOf(db, u"integrations_by_source"_s, u"leaf"_s, &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(u"dbstat: "_s + error));
        QVERIFY(damagePage(db, pages.constFirst()));
        expectNamedDamage(dataDir, db);
        const ProcessResult repaired = run(dataDir, { u"repair"_s });
        QVERIFY2(repaired.exitCode == 0, repaired.describe().constData());
        const QString out = dir.filePath(u"after.json"_s);
        QVERIFY(run(dataDir, { u"export"_s, out }).exitCode == 0);
        QCOMPARE(exportedIntegrations(out), kIntegrations); // indexes are rebuilt, not read: nothing lost
    }

    void damagedWriteAheadLog()
    {
        // A crash image: committed transactions still in the log (the writer never checkpointed), then one frame
        // in the middle damaged. SQLite alone would drop that frame and every commit after it, silently.
        QTemporaryDir dir;
        const QString dataDir = freshWorkspace(dir);
        const QString db = dataDir + u"/plumbline.sqlite"_s;
        const QString crashDir = dir.filePath(u"crash"_s);
        QVERIFY(QDir().mkpath(crashDir));
        {
            QSqlDatabase live = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            live.setDatabaseName(db);
            QVERIFY(live.open());
            QSqlQuery q(live);
            QVERIFY(q.exec(u"PRAGMA journal_mode=WAL"_s));
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint=0"_s));
            for (int i = 0; i < 6; ++i) {
                QVERIFY(q.exec(u"UPDATE integrations SET runbook = 'edit %1 %2' WHERE id LIKE 'flow-0%3%'"_s.arg(i)
                                   .arg(QString(2000, u'r'))
                                   .arg(i)));
            }
            QVERIFY(QFileInfo(db + u"-wal"_s).size() > 8 * 4096);
            for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s })
                QVERIFY(QFile::copy(db + suffix, crashDir + u"/plumbline.sqlite"_s + suffix));
            q.finish();
            live.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        const QString wal = crashDir + u"/plumbline.sqlite-wal"_s;
        {
            QFile f(wal);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 frame = 24 + 4096;
            QVERIFY(f.seek(32 + 2 * frame + 24 + 100)); // inside the third frame's page
            QVERIFY(f.write(QByteArray(64, char(0x33))) == 64);
        }
        const QByteArray walBefore = readFile(wal);
        expectNamedDamage(crashDir, wal);
        QCOMPARE(readFile(wal), walBefore); // refused untouched: the log is still there for a closer look
        const ProcessResult repaired = run(crashDir, { u"repair"_s });
        QVERIFY2(repaired.exitCode == 0, repaired.describe().constData());
        const QString out = dir.filePath(u"after.json"_s);
        QVERIFY(run(crashDir, { u"export"_s, out }).exitCode == 0);
        QCOMPARE(exportedIntegrations(out), kIntegrations);
    }

    void notAWorkspaceIsNamed()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(dataDir));
        {
            QFile f(dataDir + u"/plumbline.sqlite"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const ProcessResult json = run(dataDir, { u"check"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 3);
        QVERIFY2(
            QJsonDocument::fromJson(json.out).object().value(u"error"_s).toString().contains(u"plumbline.sqlite"_s),
            json.describe().constData());
        const ProcessResult repaired = run(dataDir, { u"repair"_s });
        QVERIFY2(repaired.exitCode == 1, repaired.describe().constData());
    }

    void fullDiskIsNotOk()
    {
        // A real full disk for one process: RLIMIT_FSIZE caps every file it writes (32 KiB: the -shm file fits,
        // the first poll's write-ahead log does not); SIGXFSZ is ignored so the write fails with an error instead.
        const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
        QVERIFY2(!prlimit.isEmpty(), "prlimit (util-linux) is needed");
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        const QString file = dir.filePath(u"sandbox.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(SandboxWorkspace::envName(it.key()), it.value());
        const ProcessResult imported
            = runProgramAsync(binaryPath(), { u"--data-dir"_s, dataDir, u"import"_s, file }, env, 60000);
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        for (const bool json : { false, true }) {
            QStringList args { u"-c"_s, u"trap '' XFSZ; exec \"$@\""_s, u"sh"_s, prlimit, u"--fsize=32768"_s,
                binaryPath(), u"--data-dir"_s, dataDir, u"check"_s };
            if (json)
                args << u"--json"_s;
            const ProcessResult r = runProgramAsync(u"/bin/sh"_s, args, env, 90000);
            QVERIFY2(r.finished && r.status == QProcess::NormalExit, r.describe().constData());
            QCOMPARE(r.exitCode, 3);
            if (json) {
                const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
                QCOMPARE(doc.value(u"status"_s).toString(), u"unknown"_s);
                QVERIFY(!doc.value(u"error"_s).toString().isEmpty());
                for (const QJsonValue& v : doc.value(u"integrations"_s).toArray()) {
                    const QJsonObject i = v.toObject();
                    QCOMPARE(i.value(u"status"_s).toString(), u"unknown"_s);
                    QCOMPARE(i.value(u"findings"_s).toArray().at(0).toObject().value(u"rule"_s).toString(),
                        u"store_failure"_s);
                    // What was polled is still shown: the count was read, only the saving failed.
                    QVERIFY(i.value(u"source"_s).toObject().value(u"count"_s).isDouble());
                }
            } else {
                QVERIFY2(r.outText().startsWith(u"PLUMBLINE UNKNOWN - "_s), r.describe().constData());
                QVERIFY2(r.outText().contains(u"store_failure"_s), r.describe().constData());
            }
        }
        // With room again, the next check stores and is OK: nothing was half-written.
        const ProcessResult again = runProgramAsync(binaryPath(), { u"--data-dir"_s, dataDir, u"check"_s }, env, 90000);
        QVERIFY2(again.exitCode == 0 && again.outText().startsWith(u"PLUMBLINE OK"_s), again.describe().constData());
    }

    void everyStoreErrorStillPrintsTheContract_data()
    {
        QTest::addColumn<QString>("setup"); // what the data dir holds
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("words");
        QTest::newRow("not SQLite") << u"garbage"_s << QStringList() << u"not a Plumbline workspace"_s;
        QTest::newRow("newer schema") << u"future"_s << QStringList() << u"newer version"_s;
        QTest::newRow("empty workspace") << u"empty"_s << QStringList() << u"no integrations"_s;
        QTest::newRow("unknown integration")
            << u"workspace"_s << QStringList { u"--integration"_s, u"nosuch"_s } << u"nosuch"_s;
        QTest::newRow("folder under a file") << u"file-as-folder"_s << QStringList() << u"could not create"_s;
    }

    void everyStoreErrorStillPrintsTheContract()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, extra);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QString dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(dataDir));
        const QString db = dataDir + u"/plumbline.sqlite"_s;
        if (setup == u"garbage") {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database at all, just text that someone saved under the wrong name\n");
        } else if (setup == u"future") {
            QVERIFY(run(dataDir, { u"import"_s, m_workspaceFile }).exitCode == 0);
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"PRAGMA user_version=99"_s);
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"future"_s);
        } else if (setup == u"workspace") {
            QVERIFY(run(dataDir, { u"import"_s, m_workspaceFile }).exitCode == 0);
        } else if (setup == u"file-as-folder") {
            QFile f(dir.filePath(u"blocker"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            dataDir = dir.filePath(u"blocker/data"_s);
        }
        for (const bool json : { false, true }) {
            QStringList args { u"check"_s };
            if (json)
                args << u"--json"_s;
            const ProcessResult r = run(dataDir, args + extra);
            QVERIFY2(r.finished, r.describe().constData());
            QCOMPARE(r.exitCode, 3);
            if (json) {
                QJsonParseError e {};
                const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
                QVERIFY2(e.error == QJsonParseError::NoError, r.describe().constData());
                QCOMPARE(doc.value(u"status"_s).toString(), u"unknown"_s);
                QVERIFY2(
                    doc.value(u"error"_s).toString().contains(words, Qt::CaseInsensitive), r.describe().constData());
                QVERIFY(doc.value(u"integrations"_s).isArray() && doc.value(u"connections"_s).isArray());
                QVERIFY(!doc.value(u"generated_at"_s).toString().isEmpty());
            } else {
                QVERIFY2(r.outText().startsWith(u"PLUMBLINE UNKNOWN - "_s), r.describe().constData());
                QVERIFY2(r.outText().contains(words, Qt::CaseInsensitive), r.describe().constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
