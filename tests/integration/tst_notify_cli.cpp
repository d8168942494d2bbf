// Notifications through the real `plumbline` binary (ARCHITECTURE.md, "Notifications" and "Contracts"; README,
// "Notifications" and "Command line"; the design card's §14): `secret set channel/<id>/<name>` into the real keychain
// (gnome-keyring in the test's private D-Bus session), `notify test` against a loopback receiver whose signature is
// checked here, `notify log [--json]`, the old settings key `[notifications] webhook_url` moved into the keychain
// (and kept, with a clear message, when there is no keychain), and the outbox of `plumbline run` surviving kill -9
// and delivering each message once after a restart. Canary secrets are planted and searched for in every file and
// every output.
//
// The receivers and the sandbox live in this process, so every child is waited for with the event loop spinning.

#include "../common/WebhookReceiver.h"
#include "IntegrationSupport.h"

#include <KeychainSecretStore.h>
#include <SecretStore.h>
#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>
#include <functional>

using namespace plumbline;
using namespace plumbline::test;

namespace {

constexpr int kIntervalS = 10; // the smallest interval the importer accepts

// Canary secrets (digits in each, so they look like the random part of a real webhook URL).
const QString kHookPath = u"plumbline-canary-hookpath-3f9a71c2"_s; // the path of channel "hook"'s URL (keychain)
const QString kHookSigning = u"plumbline-canary-signing-8d20e6b4"_s; // channel "hook"'s signing secret (keychain)
const QString kMigratedPath = u"plumbline-canary-legacy-5c41d8e0"_s; // the old settings key's URL path
const QString kKeptPath = u"plumbline-canary-kept-0b7e93aa"_s; // the old key where no keychain answers
const QString kRunPath = u"plumbline-canary-runpath-62f0c5d9"_s; // `run`'s channel URL path (environment)
const QString kRunSigning = u"plumbline-canary-runsigning-a4e1907b"_s; // `run`'s signing secret (environment)

const QByteArray kNoBus = "unix:path=/nonexistent/plumbline-bus";

// Every row of `sql` on a read-only connection of its own, columns joined by '|'; `error` set on failure.
QStringList readRows(const QString& file, const QString& sql, QString* error = nullptr)
{
    static int sequence = 0;
    const QString name = u"notify_cli_ro_%1"_s.arg(++sequence);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                if (error)
                    *error = u"%1: %2"_s.arg(sql, q.lastError().text());
            } else {
                while (q.next()) {
                    QStringList v;
                    for (int c = 0; c < q.record().count(); ++c)
                        v << (q.isNull(c) ? u"NULL"_s : q.value(c).toString());
                    out << v.join(u'|');
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// A loopback port where nothing listens (taken, then given back).
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// The receiver's own check of a signed webhook (README, "Notifications"): sha256=HMAC(secret, "timestamp.body"),
// the timestamp within five minutes of now.
QString signatureProblem(const ReceivedRequest& r, const QString& secret)
{
    const QByteArray timestamp = r.header("X-Plumbline-Timestamp");
    const QByteArray signature = r.header("X-Plumbline-Signature");
    if (timestamp.isEmpty() || signature.isEmpty())
        return u"no X-Plumbline-Timestamp or X-Plumbline-Signature header"_s;
    bool ok = false;
    const qint64 ts = timestamp.toLongLong(&ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!ok || qAbs(now - ts) > 300)
        return u"timestamp %1 is not within 5 minutes of %2"_s.arg(QString::fromLatin1(timestamp)).arg(now);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toUtf8());
    mac.addData(timestamp);
    mac.addData(".");
    mac.addData(r.body);
    const QByteArray expected = "sha256=" + mac.result().toHex();
    if (signature != expected)
        return u"signature %1, expected %2"_s.arg(QString::fromLatin1(signature), QString::fromLatin1(expected));
    return {};
}

} // namespace

class tst_NotifyCli : public QObject
{
    Q_OBJECT

private:
    struct Output
    {
        QString label;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QProcessEnvironment m_env; // headless, this test's settings file, no channel secrets in the environment
    Receiver m_hooks; // channel "hook" of the first workspace, and the migrated "webhook"
    quint16 m_hooksPort = 0;
    QString m_cliData; // parts 1 and 2
    QString m_keptSettings; // the settings file that keeps its old key (no keychain)
    QStringList m_exports;
    QList<Output> m_outputs; // every stdout and stderr of every child, for the canary sweep

    void remember(const QString& label, const QByteArray& out, const QByteArray& err)
    {
        m_outputs.append({ label, out, err });
    }

    // Runs plumbline to completion while this process's event loop (receivers, sandbox) keeps serving.
    ProcessResult plumbline(const QString& dataDir, const QStringList& args, const QByteArray& input = {},
        std::optional<QProcessEnvironment> env = std::nullopt, int timeoutMs = 90000)
    {
        ProcessResult r;
        QProcess p;
        p.setProgram(binaryPath());
        p.setArguments(QStringList { u"--data-dir"_s, dataDir } + args);
        p.setProcessEnvironment(env ? *env : m_env);
        p.start();
        r.started = p.waitForStarted(10000);
        if (!r.started)
            return r;
        if (!input.isEmpty())
            p.write(input);
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
        remember(args.join(u' '), r.out, r.err);
        return r;
    }

    bool importWorkspace(const QString& dataDir, const QJsonObject& workspace, QByteArray* describe)
    {
        const QString file = dataDir + u".json"_s;
        if (!writeFile(file, QJsonDocument(workspace).toJson())) {
            *describe = "could not write " + file.toUtf8();
            return false;
        }
        const ProcessResult r = plumbline(dataDir, { u"import"_s, file });
        *describe = r.describe();
        return r.finished && r.exitCode == 0;
    }

    static QJsonObject workspaceWith(const QJsonArray& channels)
    {
        return QJsonObject { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
            { u"connections"_s, QJsonArray() }, { u"integrations"_s, QJsonArray() }, { u"channels"_s, channels } };
    }

    static QJsonObject hookChannel()
    {
        return QJsonObject { { u"id"_s, u"hook"_s }, { u"kind"_s, u"webhook"_s }, { u"name"_s, u"Ops receiver"_s },
            { u"default"_s, true } };
    }

    static void forgetKeychainEntry(const QString& channelId, const QString& name)
    {
        KeychainSecretStore keychain;
        removeSecret(keychain, SecretStore::channelScope(channelId), name);
    }

    QStringList canaries() const
    {
        return { kHookPath, kHookSigning, kMigratedPath, kKeptPath, kRunPath, kRunSigning };
    }

    // Every canary in every output captured so far.
    QStringList outputHits() const
    {
        QStringList hits;
        for (const Output& o : m_outputs) {
            for (const QString& canary : canaries()) {
                hits << findCanary(o.out, canary, u"stdout of `%1`"_s.arg(o.label));
                hits << findCanary(o.err, canary, u"stderr of `%1`"_s.arg(o.label));
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PLUMBLINE_REQUIRE_SESSION_BUS();
        QVERIFY2(QFile::exists(binaryPath()), qPrintable(binaryPath()));
        QVERIFY(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"DISPLAY"_s);
        m_env.remove(u"WAYLAND_DISPLAY"_s);
        m_env.remove(u"QT_QPA_PLATFORM"_s);
        for (const QString& key : m_env.keys()) {
            if (key.startsWith(u"PLUMBLINE_SECRET_"_s))
                m_env.remove(key);
        }
        m_env.insert(u"PLUMBLINE_SETTINGS"_s, m_dir.filePath(u"plumbline.conf"_s));
        QVERIFY(m_hooks.listen());
        m_hooksPort = m_hooks.port();
        // What an earlier run may have left in this session's keychain must not make a test pass.
        for (const QString& name : { u"url"_s, u"signing_secret"_s })
            forgetKeychainEntry(u"hook"_s, name);
        forgetKeychainEntry(u"webhook"_s, u"url"_s);
    }

    void cleanupTestCase()
    {
        for (const QString& name : { u"url"_s, u"signing_secret"_s })
            forgetKeychainEntry(u"hook"_s, name);
        forgetKeychainEntry(u"webhook"_s, u"url"_s);
    }

    // 1. `secret set channel/hook/…` from standard input into the keychain, then `notify test`.
    void notifyTestDeliversSigned()
    {
        m_cliData = m_dir.filePath(u"cli"_s);
        QByteArray why;
        QVERIFY2(importWorkspace(m_cliData, workspaceWith({ hookChannel() }), &why), why.constData());

        const QString url = m_hooks.url(u"/hooks/"_s + kHookPath).toString();
        const ProcessResult setUrl
            = plumbline(m_cliData, { u"secret"_s, u"set"_s, u"channel/hook/url"_s }, url.toUtf8() + '\n');
        QVERIFY2(setUrl.finished && setUrl.exitCode == 0, setUrl.describe().constData());
        const ProcessResult setSigning = plumbline(
            m_cliData, { u"secret"_s, u"set"_s, u"channel/hook/signing_secret"_s }, kHookSigning.toUtf8() + '\n');
        QVERIFY2(setSigning.finished && setSigning.exitCode == 0, setSigning.describe().constData());
        // In the keychain of this session, under the channel's scope, without the line end.
        {
            KeychainSecretStore keychain;
            const std::optional<SecretResult> back
                = readSecret(keychain, SecretStore::channelScope(u"hook"_s), u"url"_s);
            QVERIFY(back);
            QVERIFY2(back->ok(), qPrintable(back->message));
            QCOMPARE(back->value, url);
            const std::optional<SecretResult> signing
                = readSecret(keychain, SecretStore::channelScope(u"hook"_s), u"signing_secret"_s);
            QVERIFY(signing && signing->ok());
            QCOMPARE(signing->value, kHookSigning);
        }

        m_hooks.requests.clear();
        const ProcessResult sent = plumbline(m_cliData, { u"notify"_s, u"test"_s, u"hook"_s });
        QVERIFY2(sent.finished && sent.exitCode == 0, sent.describe().constData());
        QVERIFY2(sent.outText().contains(u"delivered"_s), sent.describe().constData());
        QVERIFY2(sent.outText().contains(u"Ops receiver"_s), sent.describe().constData());
        QCOMPARE(m_hooks.requests.size(), 1);
        const ReceivedRequest& r = m_hooks.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(QString::fromUtf8(r.path), u"/hooks/"_s + kHookPath);
        const QString problem = signatureProblem(r, kHookSigning);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A body signed with another secret does not verify: the check above can fail.
        QVERIFY(!signatureProblem(r, kHookSigning + u'x').isEmpty());
        QJsonParseError parseError {};
        const QJsonObject body = QJsonDocument::fromJson(r.body, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(body.value(u"event"_s).toString(), u"test"_s);
        QCOMPARE(body.value(u"delivery_id"_s).toString(), QString::fromLatin1(r.header("X-Plumbline-Delivery")));
        QVERIFY(body.value(u"message"_s).isObject());
        // The delivery id is the outbox row's.
        const QStringList rows = readRows(m_cliData + u"/plumbline.sqlite"_s,
            u"SELECT id, state, attempts FROM notify_outbox WHERE channel_id = 'hook'"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(u"plumbline-"_s + rows.first().section(u'|', 0, 0), body.value(u"delivery_id"_s).toString());
        QCOMPARE(rows.first().section(u'|', 1), u"sent|1"_s);
    }

    void notifyTestRefusals()
    {
        QVERIFY(!m_cliData.isEmpty());
        // No such channel: exit 1, the reason names it.
        const ProcessResult nobody = plumbline(m_cliData, { u"notify"_s, u"test"_s, u"nobody"_s });
        QVERIFY2(nobody.finished && nobody.exitCode == 1, nobody.describe().constData());
        QVERIFY2(nobody.errText().contains(u"\"nobody\""_s), nobody.describe().constData());
        QVERIFY2(nobody.errText().contains(u"no notification channel"_s), nobody.describe().constData());

        // The receiver is down (its port closed): exit 1, a reason that names no secret.
        m_hooks.requests.clear();
        m_hooks.close();
        const ProcessResult down = plumbline(m_cliData, { u"notify"_s, u"test"_s, u"hook"_s });
        const bool relistened = m_hooks.listen(m_hooksPort);
        QVERIFY2(down.finished && down.exitCode == 1, down.describe().constData());
        QVERIFY2(down.errText().contains(u"not delivered"_s), down.describe().constData());
        QVERIFY2(down.errText().contains(u"127.0.0.1"_s) || down.errText().contains(u"refused"_s, Qt::CaseInsensitive),
            down.describe().constData());
        QVERIFY2(!down.outText().contains(u"delivered"_s), down.describe().constData());
        for (const QString& canary : { kHookPath, kHookSigning }) {
            QVERIFY2(findCanary(down.err, canary, u"stderr"_s).isEmpty(), down.describe().constData());
            QVERIFY2(findCanary(down.out, canary, u"stdout"_s).isEmpty(), down.describe().constData());
        }
        QVERIFY(m_hooks.requests.isEmpty());
        QVERIFY2(relistened, "the receiver could not listen on its port again");

        // A name the kind does not keep: exit 1, the valid names listed; nothing stored.
        const ProcessResult bogus
            = plumbline(m_cliData, { u"secret"_s, u"set"_s, u"channel/hook/bogus"_s }, "whatever-value\n");
        QVERIFY2(bogus.finished && bogus.exitCode == 1, bogus.describe().constData());
        QVERIFY2(bogus.errText().contains(u"\"bogus\""_s), bogus.describe().constData());
        QVERIFY2(bogus.errText().contains(u"url"_s) && bogus.errText().contains(u"signing_secret"_s),
            bogus.describe().constData());
        {
            KeychainSecretStore keychain;
            const std::optional<SecretResult> none
                = readSecret(keychain, SecretStore::channelScope(u"hook"_s), u"bogus"_s);
            QVERIFY(none);
            QVERIFY2(!none->ok(), "a refused name was stored");
        }
        // No such channel.
        const ProcessResult noChannel
            = plumbline(m_cliData, { u"secret"_s, u"set"_s, u"channel/nobody/url"_s }, "https://example.com/x\n");
        QVERIFY2(noChannel.finished && noChannel.exitCode == 1, noChannel.describe().constData());
        QVERIFY2(noChannel.errText().contains(u"\"nobody\""_s), noChannel.describe().constData());
        // The usage shape of a channel's entry is named too.
        QVERIFY2(noChannel.errText().contains(u"channel/CHANNEL_ID/NAME"_s), noChannel.describe().constData());
        // Nothing changed: the channel's URL is still the receiver's.
        KeychainSecretStore keychain;
        const std::optional<SecretResult> url = readSecret(keychain, SecretStore::channelScope(u"hook"_s), u"url"_s);
        QVERIFY(url && url->ok());
        QVERIFY(url->value.endsWith(kHookPath));
    }

    // 2. The delivery log, newest first: the sent test and the failed one.
    void notifyLogListsTheTests()
    {
        QVERIFY(!m_cliData.isEmpty());
        const ProcessResult json = plumbline(m_cliData, { u"notify"_s, u"log"_s, u"--json"_s });
        QVERIFY2(json.finished && json.exitCode == 0, json.describe().constData());
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), json.describe().constData());
        const QJsonArray deliveries = doc.object().value(u"deliveries"_s).toArray();
        QVERIFY2(deliveries.size() == 2, json.describe().constData());
        const QJsonObject failed = deliveries.at(0).toObject(); // newest first
        const QJsonObject sent = deliveries.at(1).toObject();
        QVERIFY(failed.value(u"id"_s).toDouble() > sent.value(u"id"_s).toDouble());
        for (const QJsonObject& row : { failed, sent }) {
            QCOMPARE(row.value(u"channel"_s).toString(), u"hook"_s);
            QCOMPARE(row.value(u"event"_s).toString(), u"test"_s);
            QCOMPARE(row.value(u"attempts"_s).toInt(), 1);
            QVERIFY(row.value(u"created_at"_s).isString());
        }
        QCOMPARE(sent.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(sent.value(u"last_status"_s).toInt(), 200);
        QCOMPARE(sent.value(u"last_error"_s).toString(), QString());
        QVERIFY(sent.value(u"sent_at"_s).isString());
        QCOMPARE(failed.value(u"state"_s).toString(), u"failed"_s);
        QVERIFY(failed.value(u"sent_at"_s).isNull());
        QVERIFY2(!failed.value(u"last_error"_s).toString().isEmpty(), json.describe().constData());
        QVERIFY(doc.object().value(u"channels"_s).isArray());
        // The same rows as the store holds.
        const QStringList stored = readRows(
            m_cliData + u"/plumbline.sqlite"_s, u"SELECT id, state, attempts FROM notify_outbox ORDER BY id DESC"_s);
        QCOMPARE(stored,
            (QStringList { u"%1|failed|1"_s.arg(failed.value(u"id"_s).toInteger()),
                u"%1|sent|1"_s.arg(sent.value(u"id"_s).toInteger()) }));

        const ProcessResult plain = plumbline(m_cliData, { u"notify"_s, u"log"_s });
        QVERIFY2(plain.finished && plain.exitCode == 0, plain.describe().constData());
        const QStringList lines = plain.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, plain.describe().constData());
        QVERIFY2(lines.at(0).contains(u"Ops receiver"_s) && lines.at(1).contains(u"Ops receiver"_s),
            plain.describe().constData());
        // The failed row says why, the sent one does not.
        QVERIFY2(lines.at(0).contains(failed.value(u"last_error"_s).toString()), plain.describe().constData());
        QVERIFY2(!lines.at(1).contains(u"attempt"_s), plain.describe().constData());
    }

    // 3. The old settings key moves into the keychain at the first `check`.
    void legacyWebhookMigrates()
    {
        const QString data = m_dir.filePath(u"legacy"_s);
        QByteArray why;
        QVERIFY2(importWorkspace(data, workspaceWith({}), &why), why.constData());
        const QString settings = m_dir.filePath(u"legacy.conf"_s);
        const QString url = m_hooks.url(u"/hooks/"_s + kMigratedPath).toString();
        QVERIFY(writeFile(settings, "[notifications]\nwebhook_url=" + url.toUtf8() + "\n"));
        QProcessEnvironment env = m_env;
        env.insert(u"PLUMBLINE_SETTINGS"_s, settings);

        const ProcessResult check = plumbline(data, { u"check"_s }, {}, env);
        QVERIFY2(check.finished, check.describe().constData());
        const QString after = readText(settings);
        QVERIFY2(!after.contains(u"webhook_url"_s), qPrintable(after + u"\n"_s + check.errText()));
        QVERIFY2(!after.contains(kMigratedPath), qPrintable(after));
        QVERIFY2(!check.errText().contains(u"stays in the settings file"_s), check.describe().constData());

        // A channel "webhook", default, in the export; its URL is not.
        const QString exported = m_dir.filePath(u"legacy-export.json"_s);
        m_exports << exported;
        const ProcessResult exportRun = plumbline(data, { u"export"_s, exported }, {}, env);
        QVERIFY2(exportRun.finished && exportRun.exitCode == 0, exportRun.describe().constData());
        const QByteArray exportBytes = [&] {
            QFile f(exported);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QJsonArray channels = QJsonDocument::fromJson(exportBytes).object().value(u"channels"_s).toArray();
        QVERIFY2(channels.size() == 1, exportBytes.constData());
        QCOMPARE(channels.first().toObject().value(u"id"_s).toString(), u"webhook"_s);
        QCOMPARE(channels.first().toObject().value(u"default"_s).toBool(), true);
        QVERIFY2(findCanary(exportBytes, kMigratedPath, exported).isEmpty(), exportBytes.constData());

        // The URL is in the keychain: a test message reaches the receiver at that path.
        m_hooks.requests.clear();
        const ProcessResult sent = plumbline(data, { u"notify"_s, u"test"_s, u"webhook"_s }, {}, env);
        QVERIFY2(sent.finished && sent.exitCode == 0, sent.describe().constData());
        QCOMPARE(m_hooks.requests.size(), 1);
        QCOMPARE(QString::fromUtf8(m_hooks.requests.first().path), u"/hooks/"_s + kMigratedPath);
        KeychainSecretStore keychain;
        const std::optional<SecretResult> stored
            = readSecret(keychain, SecretStore::channelScope(u"webhook"_s), u"url"_s);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value, url);

        // A second `check` has nothing left to move and changes nothing.
        const ProcessResult again = plumbline(data, { u"check"_s }, {}, env);
        QVERIFY2(again.finished, again.describe().constData());
        QVERIFY2(again.errText().isEmpty(), again.describe().constData());
        const QString exportAgain = m_dir.filePath(u"legacy-export-2.json"_s);
        m_exports << exportAgain;
        QCOMPARE(plumbline(data, { u"export"_s, exportAgain }, {}, env).exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(readText(exportAgain).toUtf8()).object().value(u"channels"_s).toArray().size(), 1);
    }

    // Without a keychain the key stays where it is, and `check` says so on standard error.
    void legacyWebhookStaysWithoutKeychain()
    {
        const QString data = m_dir.filePath(u"nokeychain"_s);
        QByteArray why;
        QVERIFY2(importWorkspace(data, workspaceWith({}), &why), why.constData());
        QDir().mkpath(m_dir.filePath(u"kept"_s));
        m_keptSettings = m_dir.filePath(u"kept/plumbline.conf"_s);
        const QString url = u"http://127.0.0.1:%1/hooks/%2"_s.arg(m_hooksPort).arg(kKeptPath);
        QVERIFY(writeFile(m_keptSettings, "[notifications]\nwebhook_url=" + url.toUtf8() + "\n"));
        QProcessEnvironment env = m_env;
        env.insert(u"PLUMBLINE_SETTINGS"_s, m_keptSettings);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLatin1(kNoBus));
        env.insert(u"DISPLAY"_s, QString());

        const ProcessResult check = plumbline(data, { u"check"_s }, {}, env, 120000);
        QVERIFY2(check.finished, check.describe().constData());
        const QString after = readText(m_keptSettings);
        QVERIFY2(after.contains(u"webhook_url"_s) && after.contains(kKeptPath), qPrintable(after));
        QVERIFY2(check.errText().contains(u"webhook URL stays in the settings file"_s), check.describe().constData());
        QVERIFY2(check.errText().contains(u"keychain"_s, Qt::CaseInsensitive), check.describe().constData());
        qInfo("without a keychain, check said: %s", qPrintable(check.errText().trimmed()));
        QVERIFY2(findCanary(check.err + check.out, kKeptPath, u"output"_s).isEmpty(), check.describe().constData());
        // No channel was made for a URL that is not stored anywhere else.
        const QStringList channels = readRows(data + u"/plumbline.sqlite"_s, u"SELECT id FROM notify_channels"_s);
        QVERIFY2(channels.isEmpty(), qPrintable(channels.join(u", "_s)));
    }

    // 4. A message that could not go out survives kill -9 in the outbox and is delivered once by the next `run`.
    void outboxSurvivesKillNine()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QProcessEnvironment env = m_env;
        for (const QString& line : sandbox.envLines())
            env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        env.insert(u"PLUMBLINE_SETTINGS"_s, m_dir.filePath(u"run.conf"_s));
        env.insert(u"PLUMBLINE_SECRET_CHANNEL_HOOK_URL"_s, u"http://127.0.0.1:%1/hooks/%2"_s.arg(port).arg(kRunPath));
        env.insert(u"PLUMBLINE_SECRET_CHANNEL_HOOK_SIGNING_SECRET"_s, kRunSigning);

        QJsonObject workspace = QJsonDocument::fromJson(sandbox.workspaceJson()).object();
        QJsonArray integrations = workspace.value(u"integrations"_s).toArray();
        QVERIFY(!integrations.isEmpty());
        for (qsizetype i = 0; i < integrations.size(); ++i) {
            QJsonObject integration = integrations.at(i).toObject();
            QJsonObject checks = integration.value(u"checks"_s).toObject();
            checks.insert(u"interval_s"_s, kIntervalS);
            integration.insert(u"checks"_s, checks);
            integrations.replace(i, integration);
        }
        workspace.insert(u"integrations"_s, integrations);
        workspace.insert(u"channels"_s, QJsonArray { hookChannel() });
        const QString data = m_dir.filePath(u"run"_s);
        const QString db = data + u"/plumbline.sqlite"_s;
        QByteArray why;
        QVERIFY2(importWorkspace(data, workspace, &why), why.constData());
        // A rejected key opens an alert at once (the `auth` rule).
        QVERIFY(sandbox.setScenario(u"auth_revoked"_s, SandboxWorkspace::kHubSpot));

        const auto startRun = [&](QProcess& p) {
            p.setProgram(binaryPath());
            p.setArguments({ u"--data-dir"_s, data, u"run"_s });
            p.setProcessEnvironment(env);
            p.start();
            if (!p.waitForStarted(10000))
                return false;
            p.closeWriteChannel();
            return true;
        };
        const auto waitUntil = [](const std::function<bool()>& done, int timeoutMs) {
            QElapsedTimer t;
            t.start();
            while (!done()) {
                if (t.elapsed() > timeoutMs)
                    return false;
                QTest::qWait(250);
            }
            return true;
        };

        // The first run: the alert's message fails (nothing listens), stays pending with one attempt.
        QProcess first;
        QVERIFY2(startRun(first), qPrintable(first.errorString()));
        QStringList failedRows;
        QString dbError;
        const bool attempted = waitUntil(
            [&] {
                failedRows = readRows(db,
                    u"SELECT id, dedup_key, subject, event, attempts FROM notify_outbox WHERE state = 'pending' "
                    "AND attempts >= 1 AND last_error != '' ORDER BY id"_s,
                    &dbError);
                return !failedRows.isEmpty() || first.state() == QProcess::NotRunning;
            },
            60000);
        const qint64 firstPid = first.processId();
        if (first.state() == QProcess::Running)
            QCOMPARE(::kill(pid_t(firstPid), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return first.state() == QProcess::NotRunning; }, 10000));
        const QByteArray firstOut = first.readAllStandardOutput();
        const QByteArray firstErr = first.readAllStandardError();
        remember(u"run (killed)"_s, firstOut, firstErr);
        QVERIFY2(attempted && !failedRows.isEmpty(),
            qPrintable(u"no failed attempt in the outbox within 60 s (%1)\n%2\n%3"_s.arg(
                dbError, QString::fromUtf8(firstOut), QString::fromUtf8(firstErr))));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        // `run` said the delivery failed, without the URL.
        QVERIFY2(QString::fromUtf8(firstErr).contains(u"Notification to Ops receiver failed"_s), firstErr.constData());
        qInfo("killed with %lld row(s) failed once: %s", qlonglong(failedRows.size()),
            qPrintable(failedRows.join(u"; "_s)));
        // What the outbox held at the kill: every row not yet sent must arrive once.
        const QStringList atKill
            = readRows(db, u"SELECT id, dedup_key FROM notify_outbox WHERE state = 'pending' ORDER BY id"_s);
        QVERIFY(!atKill.isEmpty());
        QCOMPARE(readRows(db, u"SELECT COUNT(*) FROM notify_outbox WHERE state = 'sent'"_s).value(0), u"0"_s);

        // The receiver comes up on that port; the second run delivers after the backoff.
        Receiver receiver;
        QVERIFY2(receiver.listen(port), "the receiver could not listen on the port that was closed");
        QProcess second;
        QVERIFY2(startRun(second), qPrintable(second.errorString()));
        QElapsedTimer waited;
        waited.start();
        const auto deliveredIds = [&] {
            QSet<QString> ids;
            for (const ReceivedRequest& r : std::as_const(receiver.requests))
                ids.insert(QString::fromLatin1(r.header("X-Plumbline-Delivery")));
            return ids;
        };
        const bool arrived = waitUntil(
            [&] {
                const QSet<QString> ids = deliveredIds();
                return std::all_of(atKill.cbegin(), atKill.cend(), [&](const QString& row) {
                    return ids.contains(u"plumbline-"_s + row.section(u'|', 0, 0));
                }) || second.state() == QProcess::NotRunning;
            },
            90000);
        qInfo("delivered %lld ms after the restart", qlonglong(waited.elapsed()));
        QTest::qWait(5000); // a repeat would come within the next seconds
        second.terminate();
        const bool exited = QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 60000);
        if (!exited) {
            second.kill();
            second.waitForFinished(5000);
        }
        const QByteArray secondOut = second.readAllStandardOutput();
        const QByteArray secondErr = second.readAllStandardError();
        remember(u"run (restarted)"_s, secondOut, secondErr);
        const QByteArray describeSecond = "--- stdout ---\n" + secondOut + "\n--- stderr ---\n" + secondErr
            + "\n--- received ---\n" + QByteArray::number(receiver.requests.size()) + " request(s)";
        QVERIFY2(arrived, describeSecond.constData());
        QVERIFY2(
            exited, QByteArray("the second run did not stop within 60 s of SIGTERM\n" + describeSecond).constData());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, describeSecond.constData());
        QVERIFY2(QString::fromUtf8(secondOut).contains(u"Stopped."_s), describeSecond.constData());

        // Once per message: per dedup key and per alert event, one delivery, each signed and each the row it was.
        QMap<QString, int> perDedupKey;
        QMap<QString, int> perEvent;
        QMap<QString, QString> deliveryOfDedupKey;
        for (const ReceivedRequest& r : std::as_const(receiver.requests)) {
            QCOMPARE(QString::fromUtf8(r.path), u"/hooks/"_s + kRunPath);
            const QString problem = signatureProblem(r, kRunSigning);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QJsonObject message = body.value(u"message"_s).toObject();
            const QString dedupKey = message.value(u"dedup_key"_s).toString();
            QVERIFY2(!dedupKey.isEmpty(), r.body.constData());
            ++perDedupKey[dedupKey];
            ++perEvent[message.value(u"event"_s).toString() + u' ' + message.value(u"subject"_s).toString() + u' '
                + message.value(u"rule"_s).toString()];
            deliveryOfDedupKey.insert(dedupKey, QString::fromLatin1(r.header("X-Plumbline-Delivery")));
            QCOMPARE(body.value(u"delivery_id"_s).toString(), QString::fromLatin1(r.header("X-Plumbline-Delivery")));
        }
        for (auto it = perDedupKey.cbegin(); it != perDedupKey.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 delivered %2 times"_s.arg(it.key()).arg(it.value())));
        for (auto it = perEvent.cbegin(); it != perEvent.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 delivered %2 times"_s.arg(it.key()).arg(it.value())));
        QVERIFY2(perEvent.contains(u"opened connection:%1 auth"_s.arg(SandboxWorkspace::kHubSpot)),
            qPrintable(QStringList(perEvent.keys()).join(u", "_s)));
        for (const QString& row : failedRows) {
            const QString id = row.section(u'|', 0, 0);
            const QString dedupKey = row.section(u'|', 1, 1);
            QCOMPARE(deliveryOfDedupKey.value(dedupKey), u"plumbline-"_s + id);
            const QStringList now = readRows(
                db, u"SELECT state, attempts >= 2, sent_at IS NOT NULL FROM notify_outbox WHERE id = %1"_s.arg(id));
            QCOMPARE(now, QStringList { u"sent|1|1"_s });
        }
        QCOMPARE(readRows(db, u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
        // The channel's health is good again.
        QCOMPARE(readRows(db,
                     u"SELECT failing_since IS NULL, failures FROM notify_channel_state WHERE channel_id = "
                     "'hook'"_s),
            QStringList { u"1|0"_s });

        for (const QString& canary : { kRunPath, kRunSigning }) {
            for (const auto& [label, bytes] : { std::pair { u"first run's stdout"_s, firstOut },
                     std::pair { u"first run's stderr"_s, firstErr }, std::pair { u"second run's stdout"_s, secondOut },
                     std::pair { u"second run's stderr"_s, secondErr } }) {
                const QStringList hits = findCanary(bytes, canary, label);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
            }
            const QStringList hits = findCanaryInDir(data, canary);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        }
        // `check` on that workspace: its cycle finds the same open alert, so it has nothing new to send, and it
        // exits (critical) instead of waiting on a flush with nothing due.
        const qsizetype receivedBefore = receiver.requests.size();
        QElapsedTimer checking;
        checking.start();
        const ProcessResult check = plumbline(data, { u"check"_s, u"--json"_s }, {}, env, 60000);
        QVERIFY2(check.finished, check.describe().constData());
        QVERIFY2(check.exitCode == 2, check.describe().constData());
        QVERIFY2(checking.elapsed() < 30000, qPrintable(u"check took %1 ms"_s.arg(checking.elapsed())));
        QVERIFY2(QJsonDocument::fromJson(check.out).isObject(), check.describe().constData());
        QTest::qWait(500);
        QCOMPARE(receiver.requests.size(), receivedBefore);
        for (const QString& canary : { kRunPath, kRunSigning })
            QVERIFY2(findCanary(check.out + check.err, canary, u"check"_s).isEmpty(), check.describe().constData());

        const QString exported = m_dir.filePath(u"run-export.json"_s);
        m_exports << exported;
        QCOMPARE(plumbline(data, { u"export"_s, exported }, {}, env).exitCode, 0);
    }

    // 5. No canary in any file this test made (the one settings file that keeps its key aside), in any output,
    // nor in any export.
    void canarySweep()
    {
        QStringList scanned;
        QStringList hits;
        for (const QString& canary : canaries()) {
            QStringList found = findCanaryInDir(m_dir.path(), canary, &scanned);
            if (canary == kKeptPath) // kept on purpose: there was no keychain to move it to
                found.erase(std::remove_if(found.begin(), found.end(),
                                [this](const QString& hit) { return hit.startsWith(m_keptSettings + u':'); }),
                    found.end());
            hits << found;
        }
        hits << outputHits();
        QVERIFY2(hits.isEmpty(), qPrintable(u"a canary leaked:\n"_s + hits.join(u'\n')));
        // The sweep saw the stores (with their WAL files), the settings files and the exports.
        scanned.removeDuplicates();
        for (const QString& must : QStringList { m_cliData + u"/plumbline.sqlite"_s, m_dir.filePath(u"legacy.conf"_s),
                                       m_dir.filePath(u"run/plumbline.sqlite"_s) }
                + m_exports)
            QVERIFY2(scanned.contains(must), qPrintable(must + u" was not scanned"_s));
        // The sweep can fail: the file that keeps its key is found.
        QVERIFY(!findCanary(readText(m_keptSettings).toUtf8(), kKeptPath, m_keptSettings).isEmpty());
        QVERIFY(m_outputs.size() >= 15);
    }
};

QTEST_GUILESS_MAIN(tst_NotifyCli)
#include "tst_notify_cli.moc"
