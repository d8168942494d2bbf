// Unit tests for plumbline::Database: creation, pragmas, permissions, migrations and refusals (ARCHITECTURE.md,
// "Storage").

#include <Database.h>
#include <WorkspaceRepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using plumbline::Database;

namespace {

constexpr auto kPermissionMask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString testData(const QString& relative)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA) + u'/' + relative;
}

// Runs an SQL script against a plain Qt Sql connection (no plumbline code), statement by statement.
QString runScript(const QString& dbPath, const QByteArray& script)
{
    static int counter = 0;
    const QString name = u"fixture-%1"_s.arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            const QStringList statements = QString::fromUtf8(script).split(u";\n"_s);
            for (const QString& raw : statements) {
                QStringList lines;
                for (const QString& line : raw.split(u'\n')) {
                    if (!line.trimmed().startsWith(u"--"))
                        lines << line;
                }
                const QString statement = lines.join(u'\n').trimmed();
                if (statement.isEmpty())
                    continue;
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    error = statement.left(60) + u": "_s + q.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString pragma(const Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return u"<error>"_s;
    return q.value(0).toString();
}

bool tableExists(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCreate();
    void reopenKeepsData();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void migrationFromV1KeepsData();
    void migrationFromV2KeepsData();
    void failedMigrationRollsBack();
    void newerSchemaRefusedUntouched();
    void notSqliteRefusedUntouched();
    void unwritableFolderUnderAFile();
    void unwritableFolderByPermissions();
};

void TestDatabase::freshCreate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nested/deeper/plumbline.sqlite"_s);
    Database db;
    QVERIFY(!db.isOpen());
    const Database::OpenResult r = db.open(path);
    QVERIFY2(bool(r), qPrintable(r.message));
    QCOMPARE(r.error, Database::OpenError::None);
    QVERIFY(r.message.isEmpty());
    QVERIFY(db.isOpen());
    QCOMPARE(db.filePath(), path);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(db, u"user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(db, u"synchronous"_s), u"1"_s); // NORMAL
    for (const QString& table : { u"connections"_s, u"integrations"_s, u"field_mappings"_s, u"change_log"_s })
        QVERIFY2(tableExists(db, table), qPrintable(table));

    QCOMPARE(QFileInfo(path).permissions() & kPermissionMask, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // SQLite gives the WAL the database's permissions; it must not be readable by others either.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists())
        QCOMPARE(wal.permissions() & kPermissionMask, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(db.filePath().isEmpty());
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.sqlite"_s);
    {
        Database db;
        QVERIFY(bool(db.open(path)));
        plumbline::WorkspaceRepository repo(db, u"tester"_s);
        plumbline::Connection c;
        c.id = u"hubspot-main"_s;
        c.name = u"HubSpot"_s;
        c.vendor = plumbline::Vendor::HubSpot;
        QVERIFY(repo.saveConnection(c).ok());
    }
    Database db;
    const Database::OpenResult r = db.open(path);
    QVERIFY2(bool(r), qPrintable(r.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    plumbline::WorkspaceRepository repo(db, u"tester"_s);
    QCOMPARE(repo.connections().size(), 1);
    QCOMPARE(repo.connections().first().name, u"HubSpot"_s);
    // The permissions stay owner-only when an existing file is opened.
    QCOMPARE(QFileInfo(path).permissions() & kPermissionMask, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    // Every schema version older than the latest needs a fixture: v0 is an empty file, vN is tests/data/schema/vN.sql.
    for (int v = 0; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    if (version == 0) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly)); // an empty file is a database of schema 0
    } else {
        const QString fixture = testData(u"schema/v%1.sql"_s.arg(version));
        QVERIFY2(QFile::exists(fixture), qPrintable(u"missing fixture "_s + fixture));
        const QString error = runScript(path, readAll(fixture));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    {
        // The fixture really is of that version.
        const QString name = u"check-version"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Database db;
    const Database::OpenResult r = db.open(path);
    QVERIFY2(bool(r), qPrintable(r.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(tableExists(db, u"change_log"_s));
    QVERIFY(tableExists(db, u"connections"_s));
    for (const QString& table : { u"samples"_s, u"rollup_hourly"_s, u"rollup_daily"_s, u"connection_facts"_s,
             u"schema_snapshots"_s, u"run_events"_s, u"middleware_state"_s, u"findings"_s, u"alerts"_s,
             u"alert_events"_s, u"maintenance_windows"_s, u"monitor_state"_s })
        QVERIFY2(tableExists(db, table), qPrintable(table));
    QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
}

void TestDatabase::migrationFromV1KeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    const QString error = runScript(path, readAll(testData(u"schema/v1.sql"_s)));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Database db;
    const Database::OpenResult r = db.open(path);
    QVERIFY2(bool(r), qPrintable(r.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(tableExists(db, u"change_log"_s));

    plumbline::WorkspaceRepository repo(db, u"tester"_s);
    const QList<plumbline::Connection> connections = repo.connections();
    QCOMPARE(connections.size(), 2);
    QCOMPARE(connections.at(0).id, u"hubspot-main"_s);
    QCOMPARE(connections.at(0).vendor, plumbline::Vendor::HubSpot);
    QCOMPARE(connections.at(0).notes, u"CRM"_s);
    QCOMPARE(connections.at(0).secretState, plumbline::SecretState::Unknown); // column added by schema 2
    QVERIFY(!connections.at(0).secretUpdatedAt.isValid());
    QCOMPARE(connections.at(0).createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(connections.at(1).id, u"mailchimp-main"_s);
    QCOMPARE(connections.at(1).options.value(u"audience_id").toString(), u"a1b2c3d4e5"_s);

    const QList<plumbline::Integration> integrations = repo.integrations();
    QCOMPARE(integrations.size(), 1);
    const plumbline::Integration& i = integrations.first();
    QCOMPARE(i.id, u"crm-to-email"_s);
    QCOMPARE(i.source.connection, u"hubspot-main"_s);
    QVERIFY(i.source.filter.isNull());
    QCOMPARE(i.destination.filter, QJsonValue(u"subscribed"_s));
    QCOMPARE(i.checks.intervalS, 600);
    QCOMPARE(i.checks.tolerancePct, 1.5);
    QCOMPARE(i.checks.toleranceAbs, 25);
    QCOMPARE(i.checks.lagGraceS, 1800);
    QCOMPARE(i.mappings.size(), 2);
    QCOMPARE(i.mappings.at(0), (plumbline::FieldMapping { u"email"_s, u"EMAIL"_s, true }));
    QCOMPARE(i.mappings.at(1), (plumbline::FieldMapping { u"firstname"_s, u"FNAME"_s, false }));
    QVERIFY(repo.changeLog().isEmpty());

    // The migrated store is writable and its new table works.
    plumbline::Connection c = connections.at(0);
    c.name = u"HubSpot (renamed)"_s;
    QVERIFY(repo.saveConnection(c).ok());
    QCOMPARE(repo.changeLog().size(), 1);
}

void TestDatabase::migrationFromV2KeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    const QString error = runScript(path, readAll(testData(u"schema/v2.sql"_s)));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Database db;
    const Database::OpenResult r = db.open(path);
    QVERIFY2(bool(r), qPrintable(r.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    plumbline::WorkspaceRepository repo(db, u"tester"_s);
    const QList<plumbline::Connection> connections = repo.connections();
    QCOMPARE(connections.size(), 3);
    QCOMPARE(connections.at(0).id, u"hubspot-main"_s);
    QCOMPARE(connections.at(0).secretState, plumbline::SecretState::Stored);
    QCOMPARE(connections.at(0).secretUpdatedAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 6), Qt::UTC));
    QCOMPARE(connections.at(2).id, u"make-eu"_s);
    QCOMPARE(connections.at(2).vendor, plumbline::Vendor::Make);
    QCOMPARE(connections.at(2).options.value(u"zone").toString(), u"eu1.make.com"_s);

    const QList<plumbline::Integration> integrations = repo.integrations();
    QCOMPARE(integrations.size(), 1);
    QVERIFY(integrations.first().middleware.has_value());
    QCOMPARE(integrations.first().middleware->connection, u"make-eu"_s);
    QCOMPARE(integrations.first().middleware->ref, u"4242"_s);
    QCOMPARE(integrations.first().mappings.size(), 2);

    const QList<plumbline::ChangeLogEntry> log = repo.changeLog();
    QCOMPARE(log.size(), 2);

    // The monitor's tables of schema 3 exist, are empty and accept history for the migrated definitions.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM samples"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY2(q.exec(u"INSERT INTO samples (integration_id, ts, source_count, destination_count) "
                    "VALUES ('crm-to-email', 1735787045000, 10, NULL)"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT source_count, destination_count FROM samples WHERE integration_id = 'crm-to-email'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    QVERIFY(q.value(1).isNull());
    q.finish();
    // A sample for an integration that does not exist is refused (foreign key).
    QVERIFY(!q.exec(u"INSERT INTO samples (integration_id, ts) VALUES ('nope', 1)"_s));
}

void TestDatabase::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1-conflict.sqlite"_s);
    // A schema-1 database that already has a change_log table: migration 2 cannot create it.
    QByteArray script = readAll(testData(u"schema/v1.sql"_s));
    script.replace("PRAGMA user_version=1;", "CREATE TABLE change_log (x TEXT);\nPRAGMA user_version=1;");
    QString error = runScript(path, script);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    {
        Database db;
        const Database::OpenResult r = db.open(path);
        QCOMPARE(r.error, Database::OpenError::MigrationFailed);
        QVERIFY2(r.message.contains(u"Schema migration 2 failed and was rolled back"_s), qPrintable(r.message));
        QVERIFY(!db.isOpen());
    }
    // Still schema 1, with its data and without the columns of schema 2.
    const QString name = u"after-failed-migration"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM connections"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!q.exec(u"SELECT secret_state FROM connections"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::newerSchemaRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    const QString error = runScript(path,
        "CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT);\n"
        "INSERT INTO future_things (what) VALUES ('from the future');\n"
        "PRAGMA user_version=99;\n");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());
    const QByteArray hashBefore = QCryptographicHash::hash(before, QCryptographicHash::Sha256);
    const QDateTime mtimeBefore = QFileInfo(path).lastModified();
    QTest::qWait(20); // so that a write would show in the modification time

    Database db;
    const Database::OpenResult r = db.open(path);
    QCOMPARE(r.error, Database::OpenError::NewerSchema);
    QVERIFY(!bool(r));
    QVERIFY2(r.message.contains(u"newer version of Plumbline"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"99"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"has not been changed"_s), qPrintable(r.message));
    QVERIFY(!db.isOpen());
    QVERIFY(db.filePath().isEmpty());

    const QByteArray after = readAll(path);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(QCryptographicHash::hash(after, QCryptographicHash::Sha256), hashBefore);
    QCOMPARE(QFileInfo(path).lastModified(), mtimeBefore);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
    QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
}

void TestDatabase::notSqliteRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"random.sqlite"_s);
    QByteArray junk(4096, '\0');
    QRandomGenerator gen(20251126);
    for (char& ch : junk)
        ch = char(gen.bounded(256));
    junk.replace(0, 16, "NOT SQLITE AT A"); // make sure it cannot start with the SQLite magic
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(junk), junk.size());
    }
    const QDateTime mtimeBefore = QFileInfo(path).lastModified();
    QTest::qWait(20);

    Database db;
    const Database::OpenResult r = db.open(path);
    QCOMPARE(r.error, Database::OpenError::CannotOpen);
    QVERIFY2(r.message.contains(u"is not a Plumbline workspace"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"not an SQLite database"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(path), qPrintable(r.message));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(path), junk);
    QCOMPARE(QFileInfo(path).lastModified(), mtimeBefore);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));

    // The refused file does not stop the same object from opening a good one.
    const Database::OpenResult ok = db.open(dir.filePath(u"good.sqlite"_s));
    QVERIFY2(bool(ok), qPrintable(ok.message));
}

void TestDatabase::unwritableFolderUnderAFile()
{
    // A regular file as the "parent folder": cannot be created even by root.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"somefile"_s);
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }
    const QString path = blocker + u"/sub/db.sqlite"_s;
    Database db;
    const Database::OpenResult r = db.open(path);
    QCOMPARE(r.error, Database::OpenError::CannotCreate);
    QVERIFY2(r.message.contains(u"could not create the folder"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(blocker + u"/sub"_s), qPrintable(r.message));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(blocker), QByteArray("not a folder"));
}

void TestDatabase::unwritableFolderByPermissions()
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    QFile probe(locked + u"/probe"_s);
    if (QFileInfo(locked).isWritable() || probe.open(QIODevice::WriteOnly))
        QSKIP("running with privileges that ignore folder permissions (root); covered by unwritableFolderUnderAFile");
    Database db;
    const Database::OpenResult r = db.open(locked + u"/db.sqlite"_s);
    QCOMPARE(r.error, Database::OpenError::CannotCreate);
    QVERIFY2(r.message.contains(u"could not create its workspace file"_s), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
