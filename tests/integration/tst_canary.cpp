// Canary: a secret planted through the real binary is in the OS keychain and nowhere else — not in the SQLite
// file, its -wal/-shm, the export, or any output of any command (also as base64, UTF-16 or hex).

#include "IntegrationSupport.h"

#include <KeychainSecretStore.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {
const QString kCanary = u"plumbline-canary-7f3c9e1b2a"_s;
const QString kConnection = u"hubspot-main"_s;
const QString kSecretName = u"token"_s; // VendorProfile: HubSpot's key is "token"
} // namespace

class tst_Canary : public QObject
{
    Q_OBJECT

private:
    bool m_planted = false;

private Q_SLOTS:
    void initTestCase()
    {
        PLUMBLINE_REQUIRE_SESSION_BUS();
        // Do not overwrite a real key on a developer's own keychain.
        KeychainSecretStore store;
        const auto existing = readSecret(store, kConnection, kSecretName);
        QVERIFY2(existing, "the keychain did not answer");
        if (existing->ok() && existing->value != kCanary && !runningInCi())
            QSKIP("This keychain already holds a key for connection/hubspot-main/token; not overwriting it. "
                  "Run inside a throwaway dbus-run-session keyring.");
        QVERIFY2(existing->ok() || existing->error == SecretError::NotFound,
            qPrintable(u"the keychain is not usable: "_s + existing->message));
    }

    void cleanupTestCase()
    {
        if (!m_planted)
            return;
        KeychainSecretStore store;
        const auto removed = removeSecret(store, kConnection, kSecretName);
        QVERIFY2(removed && removed->ok(), removed ? qPrintable(removed->message) : "remove never finished");
        const auto gone = readSecret(store, kConnection, kSecretName);
        QVERIFY(gone);
        QCOMPARE(gone->error, SecretError::NotFound);
    }

    void canaryOnlyInTheKeychain()
    {
        QTemporaryDir data;
        QTemporaryDir outside; // the export goes outside the data dir, as a user would put it
        QVERIFY(data.isValid() && outside.isValid());
        const QString demo = QStringLiteral(PLUMBLINE_TEST_DATA) + u"/../../resources/demo/workspace.json"_s;
        QVERIFY2(QFile::exists(demo), qPrintable(demo));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"plumbline.*=true"_s); // all our log output is scanned too
        QList<QPair<QString, ProcessResult>> runs;
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            const ProcessResult r = runPlumbline(QStringList { u"--data-dir"_s, data.path() } + args, input, env);
            runs << qMakePair(args.join(u' '), r);
            return r;
        };

        const ProcessResult imported = run({ u"import"_s, demo });
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());

        const ProcessResult set = run({ u"secret"_s, u"set"_s, kConnection }, kCanary.toUtf8() + '\n');
        m_planted = true;
        QVERIFY2(set.finished, "secret set hung");
        QCOMPARE(set.status, QProcess::NormalExit);
        QVERIFY2(set.exitCode == 0, set.describe().constData());
        QVERIFY2(set.outText().contains(u"hubspot-main"_s), set.describe().constData());

        // It is in the keychain, exactly (the trailing newline from stdin is not part of it).
        {
            KeychainSecretStore store;
            const auto back = readSecret(store, kConnection, kSecretName);
            QVERIFY(back);
            QVERIFY2(back->ok(), qPrintable(back->message));
            QCOMPARE(back->value, kCanary);
        }

        // The store knows a key is stored (state only) and logged the fact, not the key.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_canary_ro"_s);
            db.setDatabaseName(data.filePath(u"plumbline.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT secret_state, secret_updated_at FROM connections WHERE id = 'hubspot-main'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"stored"_s);
            QVERIFY(!q.value(1).toString().isEmpty());
            QVERIFY(q.exec(
                u"SELECT COUNT(*) FROM change_log WHERE action = 'secret_set' AND entity_id = 'hubspot-main'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst_canary_ro"_s);

        const QString exportFile = outside.filePath(u"workspace-export.json"_s);
        const ProcessResult exported = run({ u"export"_s, exportFile });
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QVERIFY(QFile::exists(exportFile));

        // A second key rotation and a failing command, so more code paths have written to the files and outputs.
        const ProcessResult rotated = run({ u"secret"_s, u"set"_s, kConnection }, kCanary.toUtf8() + "\r\n");
        QVERIFY2(rotated.exitCode == 0, rotated.describe().constData());
        const ProcessResult wrong = run({ u"secret"_s, u"set"_s, u"no-such-connection"_s }, kCanary.toUtf8());
        QVERIFY2(wrong.exitCode == 1, wrong.describe().constData());

        // Scan: every file in the data dir (sqlite, -wal, -shm, anything else), the export, all outputs.
        QStringList scanned;
        QStringList hits = findCanaryInDir(data.path(), kCanary, &scanned);
        hits << findCanaryInDir(outside.path(), kCanary, &scanned);
        QVERIFY2(scanned.contains(data.filePath(u"plumbline.sqlite"_s)), qPrintable(scanned.join(u'\n')));
        QVERIFY(scanned.contains(exportFile));
        for (const auto& [what, r] : std::as_const(runs)) {
            hits << findCanary(r.out, kCanary, u"stdout of `%1`"_s.arg(what));
            hits << findCanary(r.err, kCanary, u"stderr of `%1`"_s.arg(what));
        }
        QVERIFY2(hits.isEmpty(), qPrintable(u"the canary leaked:\n"_s + hits.join(u'\n')));

        // The scan itself can find the canary (a scanner that never matches proves nothing).
        QVERIFY(!findCanary("xx" + kCanary.toUtf8() + "yy", kCanary, u"self-test"_s).isEmpty());
        QVERIFY(!findCanary("a" + kCanary.toUtf8().toBase64() + "b", kCanary, u"self-test"_s).isEmpty());
        QVERIFY(!findCanary(
            QByteArray("pre") + QByteArray(reinterpret_cast<const char*>(kCanary.utf16()), kCanary.size() * 2), kCanary,
            u"self-test"_s)
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Canary)
#include "tst_canary.moc"
