// The real `plumbline` binary's command line (ARCHITECTURE.md, "Contracts"): no display needed for --version/--help,
// import/export round trip, all-or-nothing import with every problem by JSON path, the change log, a newer
// database left untouched, usage errors.

#include "IntegrationSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace plumbline::test;

namespace {

QString demoWorkspace()
{
    return QStringLiteral(PLUMBLINE_TEST_DATA) + u"/../../resources/demo/workspace.json"_s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Headless everywhere: no display, no Wayland, no forced platform plugin.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

// id -> object, for both arrays; the order of the arrays is not part of the contract.
QJsonObject normalise(const QJsonObject& workspace)
{
    QJsonObject out;
    out.insert(u"format"_s, workspace.value(u"format"_s));
    out.insert(u"version"_s, workspace.value(u"version"_s).toInt());
    for (const QString& key : { u"connections"_s, u"integrations"_s }) {
        QJsonObject byId;
        const QJsonArray items = workspace.value(key).toArray();
        for (const QJsonValue& v : items)
            byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        out.insert(key, byId);
        out.insert(key + u"_count"_s, int(items.size()));
    }
    return out;
}

QJsonObject parseObject(const QByteArray& bytes, QString* error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = e.errorString();
        return {};
    }
    return doc.object();
}

QString describeDifference(const QJsonObject& expected, const QJsonObject& actual)
{
    QStringList lines;
    for (const QString& key : { u"connections"_s, u"integrations"_s }) {
        const QJsonObject e = expected.value(key).toObject();
        const QJsonObject a = actual.value(key).toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                lines << u"%1 %2 missing from the export"_s.arg(key, it.key());
            else if (a.value(it.key()) != it.value())
                lines << u"%1 %2 differs:\n  in:  %3\n  out: %4"_s.arg(key, it.key(),
                    QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(a.value(it.key()).toObject()).toJson(QJsonDocument::Compact)));
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!e.contains(it.key()))
                lines << u"%1 %2 appeared in the export"_s.arg(key, it.key());
    }
    return lines.join(u'\n');
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QList<QString> m_sqlConnections;

    ProcessResult plumbline(const QString& dataDir, QStringList args, const QByteArray& input = {})
    {
        args.prepend(dataDir);
        args.prepend(u"--data-dir"_s);
        return runPlumbline(args, input, headlessEnvironment());
    }

    // Counts change-log rows through a separate, read-only SQLite connection.
    int countChangeLog(const QString& dbFile, const QString& action, QString* error)
    {
        const QString name = u"tst_cli_ro_%1"_s.arg(m_sqlConnections.size());
        m_sqlConnections << name;
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(dbFile);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.prepare(u"SELECT COUNT(*) FROM change_log WHERE action = ?"_s);
                q.addBindValue(action);
                if (q.exec() && q.next())
                    count = q.value(0).toInt();
                else
                    *error = q.lastError().text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private Q_SLOTS:
    // Maintenance windows and alerts from a shell: add, list, remove, and clear errors for bad input.
    void maintenanceAndAlertCommands()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(plumbline(dir.path(), { u"import"_s, demoWorkspace() }).exitCode == 0);
        // Relative to today: a window wholly in the past is refused.
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        const auto at = [](const QDateTime& t) { return t.toString(u"yyyy-MM-ddTHH:mm"_s); };
        const QString from = at(tomorrow), to = at(tomorrow.addSecs(7200));
        ProcessResult r = plumbline(dir.path(),
            { u"maintenance"_s, u"add"_s, u"crm-to-newsletter"_s, u"--from"_s, from, u"--to"_s, to, u"--note"_s,
                u"Mailchimp migration"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = plumbline(dir.path(), { u"maintenance"_s, u"list"_s });
        QVERIFY2(r.exitCode == 0 && r.outText().contains(u"crm-to-newsletter"_s)
                && r.outText().contains(u"Mailchimp migration"_s),
            r.describe().constData());
        const QString windowId = r.outText().trimmed().section(u' ', 0, 0);
        // Bad input: end before start, unknown integration, unknown window, unknown alert.
        r = plumbline(
            dir.path(), { u"maintenance"_s, u"add"_s, u"crm-to-newsletter"_s, u"--from"_s, to, u"--to"_s, from });
        QVERIFY2(r.exitCode == 64 && r.errText().contains(u"end after the start"_s), r.describe().constData());
        const QDateTime lastYear = QDateTime::currentDateTimeUtc().addYears(-1);
        r = plumbline(dir.path(),
            { u"maintenance"_s, u"add"_s, u"crm-to-newsletter"_s, u"--from"_s, at(lastYear), u"--to"_s,
                at(lastYear.addSecs(7200)) });
        QVERIFY2(r.exitCode == 64 && r.errText().contains(u"already past"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"maintenance"_s, u"add"_s, u"no-such"_s, u"--from"_s, from, u"--to"_s, to });
        QVERIFY2(r.exitCode == 1 && r.errText().contains(u"no-such"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"maintenance"_s, u"remove"_s, u"999"_s });
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        // Usage errors are 64 everywhere; an unknown integration is 1, like every other unknown id.
        r = plumbline(dir.path(), { u"maintenance"_s, u"remove"_s, u"abc"_s });
        QVERIFY2(r.exitCode == 64 && r.errText().count(u"See plumbline --help."_s) == 1, r.describe().constData());
        r = plumbline(dir.path(), { u"maintenance"_s, u"list"_s, u"nosuch"_s });
        QVERIFY2(r.exitCode == 1 && r.errText().contains(u"nosuch"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"alert"_s, u"ack"_s, u"abc"_s });
        QVERIFY2(r.exitCode == 64, r.describe().constData());
        r = plumbline(dir.path(), { u"check"_s, u"--timeout=5"_s, u"--timeout=9"_s });
        QVERIFY2(r.exitCode == 64 && r.errText().contains(u"given twice"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"alert"_s, u"ack"_s, u"42"_s });
        QVERIFY2(r.exitCode == 1 && r.errText().contains(u"no open alert 42"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"alert"_s, u"snooze"_s, u"42"_s });
        QVERIFY2(r.exitCode == 64 && r.errText().contains(u"--until"_s), r.describe().constData());
        r = plumbline(dir.path(), { u"alerts"_s });
        QVERIFY2(r.exitCode == 0 && r.outText().contains(u"No open alerts."_s), r.describe().constData());
        // The window is still there after the refused inputs, and goes when asked.
        r = plumbline(dir.path(), { u"maintenance"_s, u"remove"_s, windowId });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = plumbline(dir.path(), { u"maintenance"_s, u"list"_s });
        QVERIFY2(r.outText().contains(u"No maintenance windows."_s), r.describe().constData());
    }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(binaryPath()), qPrintable(binaryPath()));
        QVERIFY2(QFile::exists(demoWorkspace()), qPrintable(demoWorkspace()));
    }

    void versionWithoutDisplay()
    {
        const ProcessResult r = runPlumbline({ u"--version"_s }, {}, headlessEnvironment());
        QVERIFY2(r.finished, "--version hung");
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.outText().trimmed(), u"plumbline " PLUMBLINE_VERSION ""_s);
        QVERIFY2(!r.errText().contains(u"qt.qpa"_s) && !r.errText().contains(u"platform plugin"_s),
            r.describe().constData());
    }

    void helpWithoutDisplay()
    {
        const ProcessResult r = runPlumbline({ u"--help"_s }, {}, headlessEnvironment());
        QVERIFY2(r.finished, "--help hung");
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.outText().startsWith(u"Usage: plumbline"_s));
        for (const QString& word : { u"import FILE"_s, u"export FILE"_s, u"secret set CONNECTION_ID"_s,
                 u"--data-dir DIR"_s, u"PLUMBLINE_SECRET_"_s })
            QVERIFY2(r.outText().contains(word), qPrintable(word));
        QVERIFY2(r.err.isEmpty(), r.describe().constData());
    }

    void importThenExportRoundTrips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ProcessResult imported = plumbline(dir.path(), { u"import"_s, demoWorkspace() });
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());
        QVERIFY2(imported.outText().contains(u"5 connection"_s) && imported.outText().contains(u"4 integration"_s),
            imported.describe().constData());
        QVERIFY(QFile::exists(dir.filePath(u"plumbline.sqlite"_s)));

        const QString out = dir.filePath(u"export.json"_s);
        const ProcessResult exported = plumbline(dir.path(), { u"export"_s, out });
        QVERIFY2(exported.finished && exported.exitCode == 0, exported.describe().constData());

        QString error;
        const QJsonObject input = parseObject(readAll(demoWorkspace()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject output = parseObject(readAll(out), &error);
        QVERIFY2(error.isEmpty(), qPrintable(u"the export is not JSON: "_s + error));

        const QJsonObject a = normalise(input);
        const QJsonObject b = normalise(output);
        QCOMPARE(b.value(u"connections_count"_s).toInt(), 5);
        QCOMPARE(b.value(u"integrations_count"_s).toInt(), 4);
        QVERIFY2(QJsonDocument(a) == QJsonDocument(b), qPrintable(describeDifference(a, b)));

        // The export is itself importable, and re-importing it changes nothing.
        const ProcessResult again = plumbline(dir.path(), { u"import"_s, out });
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        const QString out2 = dir.filePath(u"export2.json"_s);
        QVERIFY(plumbline(dir.path(), { u"export"_s, out2 }).exitCode == 0);
        QCOMPARE(readAll(out2), readAll(out));
    }

    void importIsRecordedInTheChangeLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ProcessResult imported = plumbline(dir.path(), { u"import"_s, demoWorkspace() });
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        QString error;
        // One line per imported definition: 5 connections + 4 integrations.
        const int rows = countChangeLog(dir.filePath(u"plumbline.sqlite"_s), u"import"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows, 9);
    }

    void brokenImportChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(plumbline(dir.path(), { u"import"_s, demoWorkspace() }).exitCode == 0);
        const QString before = dir.filePath(u"before.json"_s);
        QVERIFY(plumbline(dir.path(), { u"export"_s, before }).exitCode == 0);
        QString error;
        const int logBefore = countChangeLog(dir.filePath(u"plumbline.sqlite"_s), u"import"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A file that would change existing definitions and add new ones, with four problems in it
        // (tests/data/workspace-broken.json).
        const QString brokenFile = dir.filePath(u"broken.json"_s);
        QVERIFY(QFile::copy(QStringLiteral(PLUMBLINE_TEST_DATA) + u"/workspace-broken.json"_s, brokenFile));
        QFile::setPermissions(brokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ProcessResult r = plumbline(dir.path(), { u"import"_s, brokenFile });
        QVERIFY2(r.finished, "import hung");
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"Nothing was imported"_s), r.describe().constData());
        for (const QString& path : { u"$.connections[0].vendor"_s, u"$.connections[1].base_url"_s,
                 u"$.integrations[0].direction"_s, u"$.integrations[1].destination.connection"_s }) {
            QVERIFY2(
                r.errText().contains(path + u": "_s), qPrintable(u"missing problem "_s + path + u"\n"_s + r.errText()));
        }
        QVERIFY2(!r.outText().contains(u"Imported"_s), r.describe().constData());

        const QString after = dir.filePath(u"after.json"_s);
        QVERIFY(plumbline(dir.path(), { u"export"_s, after }).exitCode == 0);
        QCOMPARE(readAll(after), readAll(before));
        QCOMPARE(countChangeLog(dir.filePath(u"plumbline.sqlite"_s), u"import"_s, &error), logBefore);

        // Not JSON at all, and a missing file: exit 1 too, nothing changed.
        {
            QFile f(brokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{ \"format\": \"plumbline-workspace\", ");
        }
        const ProcessResult notJson = plumbline(dir.path(), { u"import"_s, brokenFile });
        QVERIFY2(notJson.exitCode == 1 && notJson.errText().contains(u"$: "_s), notJson.describe().constData());
        const ProcessResult missing = plumbline(dir.path(), { u"import"_s, dir.filePath(u"nope.json"_s) });
        QVERIFY2(missing.exitCode == 1, missing.describe().constData());
        QVERIFY(plumbline(dir.path(), { u"export"_s, after }).exitCode == 0);
        QCOMPARE(readAll(after), readAll(before));
    }

    // ARCHITECTURE.md, "Contracts": "An import with any problem is refused whole, with every problem listed by its JSON
    // path." An integration with a structural problem AND a dangling connection reference must report both.
    void everyProblemOfOneIntegrationIsListed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(plumbline(dir.path(), { u"import"_s, demoWorkspace() }).exitCode == 0);
        const QString brokenFile = dir.filePath(u"broken.json"_s);
        QVERIFY(QFile::copy(QStringLiteral(PLUMBLINE_TEST_DATA) + u"/workspace-broken.json"_s, brokenFile));
        const ProcessResult r = plumbline(dir.path(), { u"import"_s, brokenFile });
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"$.integrations[0].direction: "_s), r.describe().constData());
        QVERIFY2(r.errText().contains(u"$.integrations[0].source.connection: "_s), r.describe().constData());
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbFile = dir.filePath(u"plumbline.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_cli_future"_s);
            db.setDatabaseName(dbFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE from_the_future (x TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO from_the_future VALUES ('keep me')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst_cli_future"_s);
        const QByteArray bytes = readAll(dbFile);
        QVERIFY(!bytes.isEmpty());

        const QList<QStringList> commands = {
            { u"export"_s, dir.filePath(u"out.json"_s) },
            { u"import"_s, demoWorkspace() },
            { u"secret"_s, u"set"_s, u"hubspot-main"_s },
        };
        for (const QStringList& command : commands) {
            const ProcessResult r = plumbline(dir.path(), command, "some-key\n");
            const QByteArray what = command.join(u' ').toUtf8();
            QVERIFY2(r.finished, what.constData());
            QVERIFY2(r.exitCode == 1, QByteArray(what + ": " + r.describe()).constData());
            QVERIFY2(r.errText().contains(u"newer version"_s), QByteArray(what + ": " + r.describe()).constData());
            QVERIFY2(r.errText().contains(u"schema 99"_s), QByteArray(what + ": " + r.describe()).constData());
            QVERIFY2(readAll(dbFile) == bytes, QByteArray(what + ": the newer database file was modified").constData());
            QVERIFY2(
                !QFile::exists(dbFile + u"-wal"_s), QByteArray(what + ": a -wal file was left next to it").constData());
            QVERIFY2(
                !QFile::exists(dir.filePath(u"out.json"_s)), QByteArray(what + ": an export was written").constData());
        }
    }

    void unknownCommandIsUsageError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ProcessResult r = plumbline(dir.path(), { u"frobnicate"_s });
        QVERIFY2(r.finished, "hung");
        QVERIFY2(r.exitCode == 64, r.describe().constData());
        QVERIFY2(r.errText().contains(u"frobnicate"_s), r.describe().constData());
        QVERIFY2(r.errText().count(u"See plumbline --help."_s) == 1, r.describe().constData());
        const ProcessResult option = runPlumbline({ u"--frobnicate"_s }, {}, headlessEnvironment());
        QVERIFY2(option.exitCode == 64, option.describe().constData());
        const ProcessResult noFile = plumbline(dir.path(), { u"import"_s });
        QVERIFY2(noFile.exitCode == 64, noFile.describe().constData());
        // A usage error touches no workspace.
        QVERIFY(!QFile::exists(dir.filePath(u"plumbline.sqlite"_s)));
    }

    void secretSetForUnknownConnection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(plumbline(dir.path(), { u"import"_s, demoWorkspace() }).exitCode == 0);
        const ProcessResult r = plumbline(dir.path(), { u"secret"_s, u"set"_s, u"unknown-id"_s }, "some-key\n");
        QVERIFY2(r.finished, "hung");
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"There is no connection \"unknown-id\""_s), r.describe().constData());
        QVERIFY2(!r.out.contains("some-key") && !r.err.contains("some-key"), r.describe().constData());
    }

    // A key with a line break in the middle would inject a header into every request: refused, nothing stored.
    void secretWithLineBreakIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(plumbline(dir.path(), { u"import"_s, demoWorkspace() }).exitCode == 0);
        const ProcessResult r
            = plumbline(dir.path(), { u"secret"_s, u"set"_s, u"hubspot-main"_s }, "canary-key-7Q\r\nX-Evil: 1\n");
        QVERIFY2(r.finished, "hung");
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"line break"_s), r.describe().constData());
        QVERIFY2(!r.out.contains("canary-key-7Q") && !r.err.contains("canary-key-7Q"), r.describe().constData());
    }

    // A credential anywhere in a workspace file is refused at its JSON path, never echoed, and nothing is stored.
    void credentialInImportIsRefusedAndNotEchoed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile demo(demoWorkspace());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray connections = root.value(u"connections"_s).toArray();
        QJsonObject first = connections.at(0).toObject();
        QJsonObject options = first.value(u"options"_s).toObject();
        const QString token = u"pat-na1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
        options.insert(u"note"_s, token);
        first.insert(u"options"_s, options);
        connections.replace(0, first);
        root.insert(u"connections"_s, connections);
        const QString file = dir.filePath(u"with-key.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        const ProcessResult r = plumbline(dir.path(), { u"import"_s, file });
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"$.connections[0].options.note"_s), r.describe().constData());
        QVERIFY2(r.errText().contains(u"HubSpot private app token"_s), r.describe().constData());
        QVERIFY2(!r.err.contains(token.toUtf8()) && !r.out.contains(token.toUtf8()), r.describe().constData());
        // Nothing stored: an export afterwards holds no connection.
        const QString exported = dir.filePath(u"out.json"_s);
        QVERIFY(plumbline(dir.path(), { u"export"_s, exported }).exitCode == 0);
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray bytes = back.readAll();
        QVERIFY(!bytes.contains(token.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"connections"_s).toArray().size(), 0);
    }

    // Commands print what they mean to, not Qt's own warnings (a desktop session without XDG_RUNTIME_DIR is common
    // under sudo, cron and ssh).
    void noQtNoiseOnStderr()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = headlessEnvironment();
        env.remove(u"XDG_RUNTIME_DIR"_s);
        const QStringList base { u"--data-dir"_s, dir.path() };
        for (const QStringList& args : { QStringList { u"import"_s, demoWorkspace() }, QStringList { u"alerts"_s },
                 QStringList { u"maintenance"_s, u"list"_s }, QStringList { u"export"_s, dir.filePath(u"x.json"_s) },
                 QStringList { u"check"_s, u"--timeout=2"_s },
                 QStringList { u"report"_s, u"--format=pdf"_s, u"-o"_s, dir.filePath(u"r.pdf"_s) } }) {
            const ProcessResult r = runPlumbline(base + args, {}, env);
            QVERIFY2(r.finished, r.describe().constData());
            QVERIFY2(!r.err.contains("QStandardPaths") && !r.err.contains("qt.") && !r.err.contains("QSql"),
                r.describe().constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
