// No keychain service reachable (the session bus address points nowhere): every keychain operation fails with a
// clear "unavailable" error, nothing is stored anywhere else, the definition is still saved with its credential
// marked unavailable, and the app keeps working. Checked in-process and through the real binary.

#include "IntegrationSupport.h"

#include <AppPaths.h>
#include <Database.h>
#include <KeychainSecretStore.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {

const QString kCanary = u"plumbline-canary-noservice-5e8d2c4f91"_s;
const QByteArray kNoBus = "unix:path=/nonexistent/plumbline-bus";

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class tst_KeychainNoService : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment noServiceEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLatin1(kNoBus));
        env.insert(u"DISPLAY"_s, QString());
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"plumbline.*=true"_s); // every log line of ours is scanned too
        return env;
    }

    // The result must say "the keychain could not be asked", and, when classified as NoService, say so clearly.
    static void verifyUnavailable(const SecretResult& r)
    {
        QVERIFY2(!r.ok(), "an operation without any keychain service reported success");
        QVERIFY2(r.unavailable(),
            qPrintable(u"expected an 'unavailable' error, got %1: %2"_s.arg(int(r.error)).arg(r.message)));
        QVERIFY2(r.error != SecretError::NotFound, "no service must not look like 'no entry'");
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!r.message.contains(kCanary));
        QCOMPARE(r.error, SecretError::NoService);
        QVERIFY2(r.message.startsWith(SecretStore::messageFor(SecretError::NoService)), qPrintable(r.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // ctest sets this environment; set it here too so running the executable by hand cannot reach a real
        // keychain. (libsecret/GDBus read it on first use.)
        qputenv("DBUS_SESSION_BUS_ADDRESS", kNoBus);
        qputenv("DISPLAY", "");
        qunsetenv("WAYLAND_DISPLAY");
        QLoggingCategory::setFilterRules(u"plumbline.*=true"_s);
        g_previous = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QMutexLocker lock(&g_logMutex);
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(kCanary), qPrintable(u"the secret appeared in a log line: "_s + line));
    }

    void writeFailsClearly()
    {
        KeychainSecretStore store;
        store.setRetryDelay(50);
        const auto w = writeSecret(store, u"noservice-conn"_s, u"token"_s, kCanary);
        QVERIFY2(w, "the write never finished");
        verifyUnavailable(*w);
    }

    void readFailsClearly()
    {
        KeychainSecretStore store;
        store.setRetryDelay(50);
        const auto r = readSecret(store, u"noservice-conn"_s, u"token"_s);
        QVERIFY2(r, "the read never finished");
        verifyUnavailable(*r);
        QVERIFY(r->value.isEmpty());
    }

    void removeFailsClearly()
    {
        KeychainSecretStore store;
        store.setRetryDelay(50);
        const auto r = removeSecret(store, u"noservice-conn"_s, u"token"_s);
        QVERIFY2(r, "the remove never finished");
        verifyUnavailable(*r);
    }

    void saveConnectionKeepsDefinitionMarksUnavailable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbFile = AppPaths::databaseFile(dir.path());
        {
            Database database;
            const Database::OpenResult opened = database.open(dbFile);
            QVERIFY2(opened, qPrintable(opened.message));
            WorkspaceRepository repository(database, u"tester"_s);
            KeychainSecretStore keychain;
            keychain.setRetryDelay(50);
            WorkspaceService service(repository, keychain);

            Connection c;
            c.id = u"hubspot-noservice"_s;
            c.name = u"HubSpot without keychain"_s;
            c.vendor = Vendor::HubSpot;
            c.baseUrl = u"https://api.hubapi.com"_s;
            c.apiVersion = u"v3"_s;
            c.authMethod = u"private_app_token"_s;
            c.owner = u"Ops"_s;
            c.notes = u"saved while no keychain service is reachable"_s;

            std::optional<StoreResult> saved;
            {
                QObject context;
                QEventLoop loop;
                service.saveConnection(c, kCanary, &context, [&](const StoreResult& r) {
                    saved = r;
                    loop.quit();
                });
                QTimer::singleShot(60000, &loop, &QEventLoop::quit);
                if (!saved)
                    loop.exec();
            }
            QVERIFY2(saved, "saveConnection never finished");
            QVERIFY2(!saved->ok(), "the key cannot have been stored: there is no keychain service");
            QVERIFY2(
                saved->error.startsWith(SecretStore::messageFor(SecretError::NoService)), qPrintable(saved->error));
            QVERIFY(!saved->error.contains(kCanary));

            // The definition was saved anyway, its credential marked unavailable.
            const std::optional<Connection> stored = repository.connection(c.id);
            QVERIFY(stored);
            QVERIFY(stored->sameDefinition(c));
            QCOMPARE(stored->secretState, SecretState::Unavailable);
            QVERIFY(!stored->secretUpdatedAt.isValid());

            // No "secret set" claim in the change log, and the canary nowhere in it.
            for (const ChangeLogEntry& e : repository.changeLog()) {
                QVERIFY2(e.action != u"secret_set", qPrintable(e.summary));
                QVERIFY(!e.summary.contains(kCanary));
                QVERIFY(!QJsonDocument(e.details).toJson().contains(kCanary.toUtf8()));
            }

            // The database file and its WAL, while the connection is still open, hold no trace of the secret.
            QVERIFY2(QFile::exists(dbFile + u"-wal"_s), "expected WAL mode: the -wal file should exist while open");
            QStringList scanned;
            const QStringList hits = findCanaryInDir(dir.path(), kCanary, &scanned);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
            QVERIFY(scanned.contains(dbFile));
            QVERIFY(scanned.contains(dbFile + u"-wal"_s));

            // The app keeps working: a second save without a secret succeeds.
            c.notes = u"edited while the keychain is away"_s;
            std::optional<StoreResult> again;
            {
                QObject context;
                QEventLoop loop;
                service.saveConnection(c, std::nullopt, &context, [&](const StoreResult& r) {
                    again = r;
                    loop.quit();
                });
                QTimer::singleShot(10000, &loop, &QEventLoop::quit);
                if (!again)
                    loop.exec();
            }
            QVERIFY2(again, "the second save never finished");
            QVERIFY2(again->ok(), qPrintable(again->error));
            QCOMPARE(repository.connection(c.id)->notes, c.notes);
            QCOMPARE(repository.connection(c.id)->secretState, SecretState::Unavailable);
        }
        // After closing, too (the WAL has been checkpointed into the main file).
        const QStringList hits = findCanaryInDir(dir.path(), kCanary);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }

    void binarySecretSetFailsClearly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString demo = QStringLiteral(PLUMBLINE_TEST_DATA) + u"/../../resources/demo/workspace.json"_s;
        QVERIFY2(QFile::exists(demo), qPrintable(demo));
        const QProcessEnvironment env = noServiceEnvironment();
        QList<ProcessResult> runs;

        const ProcessResult imported = runPlumbline({ u"--data-dir"_s, dir.path(), u"import"_s, demo }, {}, env);
        runs << imported;
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());

        const ProcessResult set = runPlumbline(
            { u"--data-dir"_s, dir.path(), u"secret"_s, u"set"_s, u"hubspot-main"_s }, kCanary.toUtf8() + '\n', env);
        runs << set;
        QVERIFY2(set.finished, "plumbline secret set did not finish");
        QCOMPARE(set.status, QProcess::NormalExit);
        QVERIFY2(set.exitCode == 1, set.describe().constData());
        QVERIFY2(set.errText().contains(SecretStore::messageFor(SecretError::NoService)), set.describe().constData());
        QVERIFY2(!set.outText().contains(u"is stored"_s), set.describe().constData());

        // The definition survives and the credential is recorded as unavailable (read with SQL, not via the app).
        {
            Database database;
            QVERIFY(database.open(AppPaths::databaseFile(dir.path())));
            WorkspaceRepository repository(database, u"tester"_s);
            const auto c = repository.connection(u"hubspot-main"_s);
            QVERIFY(c);
            QCOMPARE(c->secretState, SecretState::Unavailable);
        }

        // Still usable afterwards.
        const ProcessResult exported
            = runPlumbline({ u"--data-dir"_s, dir.path(), u"export"_s, dir.filePath(u"after.json"_s) }, {}, env);
        runs << exported;
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());

        QStringList hits = findCanaryInDir(dir.path(), kCanary);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            hits << findCanary(runs.at(i).out, kCanary, u"stdout of run %1"_s.arg(i));
            hits << findCanary(runs.at(i).err, kCanary, u"stderr of run %1"_s.arg(i));
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainNoService)
#include "tst_keychain_noservice.moc"
