// Canary: a secret planted through the real binary is in the OS keychain and nowhere else — not in the SQLite
// file, its -wal/-shm, the export, or any output of any command (also as base64, UTF-16 or hex).

#include "IntegrationSupport.h"

#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/sandbox/SandboxWorkspace.h"

#include <KeychainSecretStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {
const QString kCanary = u"plumbline-canary-7f3c9e1b2a"_s;
const QString kConnection = u"hubspot-main"_s;
const QString kSecretName = u"token"_s; // VendorProfile: HubSpot's key is "token"
const QString kOAuthHub = u"hubspot-oauth"_s;
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

    // ARCHITECTURE.md §11: an OAuth client secret and a refresh token, planted through the real binary, are in the
    // keychain and nowhere else after polling with them (check, auth status), an export, a report and the alerts:
    // not in the SQLite file or its -wal/-shm, not in any output, logs included.
    void oauthCanariesOnlyInTheKeychain()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        QTemporaryDir data;
        QTemporaryDir outside;
        QVERIFY(data.isValid() && outside.isValid());
        // The sandbox's Salesforce connection signs in with client credentials; a HubSpot connection beside it with
        // a person's sign-in (refresh token).
        QJsonObject root = QJsonDocument::fromJson(sandbox.workspaceJson()).object();
        QJsonArray connections = root.value(u"connections"_s).toArray();
        QJsonObject hub;
        for (const QJsonValue& c : connections) {
            if (c.toObject().value(u"id"_s).toString() == SandboxWorkspace::kHubSpot)
                hub = c.toObject();
        }
        QVERIFY(!hub.isEmpty());
        hub.insert(u"id"_s, kOAuthHub);
        hub.insert(u"auth_method"_s, u"oauth_authorization_code"_s);
        hub.insert(u"auth"_s,
            QJsonObject { { u"token_url"_s, QString(sandbox.baseUrl() + u"/hubspot/oauth/2026-03/token"_s) },
                { u"client_id"_s, SandboxWorkspace::kHubSpotClientId }, { u"scope"_s, QJsonValue::Null } });
        connections.append(hub);
        root.insert(u"connections"_s, connections);
        QJsonArray integrations = root.value(u"integrations"_s).toArray();
        for (const QJsonValue& v : root.value(u"integrations"_s).toArray()) {
            QJsonObject i = v.toObject();
            QJsonObject source = i.value(u"source"_s).toObject();
            if (source.value(u"connection"_s).toString() != SandboxWorkspace::kHubSpot)
                continue;
            i.insert(u"id"_s, QString(i.value(u"id"_s).toString() + u"-oauth"_s));
            source.insert(u"connection"_s, kOAuthHub);
            i.insert(u"source"_s, source);
            integrations.append(i);
        }
        root.insert(u"integrations"_s, integrations);
        const QString workspace = outside.filePath(u"oauth-workspace.json"_s);
        {
            QFile f(workspace);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(root).toJson());
        }
        const QString clientSecret = sandbox.secrets().value(SandboxWorkspace::kSalesforce);
        const QString hubSecret = sandbox.secrets().value(SandboxWorkspace::kHubSpot);
        const QString refreshToken = sandbox.issueRefreshToken(SandboxWorkspace::kHubSpot);
        QVERIFY(clientSecret.size() > 12 && refreshToken.size() > 12);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"plumbline.*=true"_s);
        QList<QPair<QString, ProcessResult>> runs;
        const QStringList dataDir { u"--data-dir"_s, data.path() };
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            const ProcessResult r = runPlumbline(dataDir + args, input, env);
            runs << qMakePair(args.join(u' '), r);
            return r;
        };
        const auto runNow = [&](const QStringList& args) { // the in-process sandbox keeps answering
            const ProcessResult r = runProgramAsync(binaryPath(), dataDir + args, env, 120000);
            runs << qMakePair(args.join(u' '), r);
            return r;
        };
        QVERIFY2(run({ u"import"_s, workspace }).exitCode == 0, runs.last().second.describe().constData());
        const auto cleanup = qScopeGuard([&] {
            KeychainSecretStore store;
            removeSecret(store, SandboxWorkspace::kSalesforce, u"client_secret"_s);
            removeSecret(store, kOAuthHub, u"client_secret"_s);
            removeSecret(store, kOAuthHub, u"refresh_token"_s);
        });
        QVERIFY2(
            run({ u"secret"_s, u"set"_s, SandboxWorkspace::kSalesforce }, clientSecret.toUtf8() + '\n').exitCode == 0,
            runs.last().second.describe().constData());
        QVERIFY(runs.last().second.outText().contains(u"client secret"_s));
        QVERIFY(run({ u"secret"_s, u"set"_s, kOAuthHub }, hubSecret.toUtf8()).exitCode == 0);
        QVERIFY2(
            run({ u"secret"_s, u"set"_s, kOAuthHub, u"--name"_s, u"refresh_token"_s }, refreshToken.toUtf8()).exitCode
                == 0,
            runs.last().second.describe().constData());
        {
            KeychainSecretStore store;
            const auto back = readSecret(store, kOAuthHub, u"refresh_token"_s);
            QVERIFY(back && back->ok());
            QCOMPARE(back->value, refreshToken);
        }

        const ProcessResult check = runNow({ u"check"_s, u"--json"_s });
        QVERIFY2(check.finished, "check hung");
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        QVERIFY2(!report.isEmpty(), check.describe().constData());
        for (const QJsonValue& c : report.value(u"connections"_s).toArray()) {
            for (const QJsonValue& f : c.toObject().value(u"findings"_s).toArray())
                QVERIFY2(f.toObject().value(u"rule"_s).toString() != u"auth", check.describe().constData());
        }
        const ProcessResult status = runNow({ u"auth"_s, u"status"_s, u"--json"_s });
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QVERIFY(status.outText().contains(u"\"flow\": \"client_credentials\""_s));
        QVERIFY(status.outText().contains(u"\"flow\": \"authorization_code\""_s));
        QVERIFY2(runNow({ u"auth"_s, u"status"_s }).exitCode == 0, runs.last().second.describe().constData());
        const QString exportFile = outside.filePath(u"export.json"_s);
        QVERIFY(run({ u"export"_s, exportFile }).exitCode == 0);
        const QString reportFile = outside.filePath(u"report.html"_s);
        QVERIFY2(run({ u"report"_s, u"--format"_s, u"html"_s, u"-o"_s, reportFile }).exitCode == 0,
            runs.last().second.describe().constData());
        run({ u"alerts"_s, u"--json"_s });

        QStringList scanned;
        QStringList hits;
        for (const QString& canary : { clientSecret, refreshToken }) {
            hits << findCanaryInDir(data.path(), canary, &scanned);
            hits << findCanaryInDir(outside.path(), canary, &scanned);
            for (const auto& [what, r] : std::as_const(runs)) {
                hits << findCanary(r.out, canary, u"stdout of `%1`"_s.arg(what));
                hits << findCanary(r.err, canary, u"stderr of `%1`"_s.arg(what));
            }
        }
        // The workspace file we wrote holds no secret either; what we scanned includes the store, export and report.
        QVERIFY2(scanned.contains(data.filePath(u"plumbline.sqlite"_s)), qPrintable(scanned.join(u'\n')));
        QVERIFY(scanned.contains(exportFile) && scanned.contains(reportFile));
        QVERIFY2(hits.isEmpty(), qPrintable(u"a canary leaked:\n"_s + hits.join(u'\n')));
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
