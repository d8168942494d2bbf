// Value checks end to end (ARCHITECTURE.md §12): the real binary against the in-process sandbox. Under `healthy`,
// `check --values` matches at least 99 % and fires nothing, within max_requests a side; under `value_drift` it names
// value_drift and the field that broke. The sandbox's canary person is compared (its key's HMAC is in the store) and
// its name, e-mail address and phone number appear nowhere: not in the SQLite file, its WAL, any output, any log,
// the reports or the export.

#include "IntegrationSupport.h"

#include "../../connectors/sandbox/SandboxDataset.h"
#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/sandbox/SandboxWorkspace.h"

#include <KeychainSecretStore.h>
#include <values/ValueNormaliser.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {

constexpr int kMaxRequests = 20; // the contract's default a side

QJsonObject integrationIn(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(u"integrations"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

QStringList rulesOf(const QJsonObject& integration)
{
    QStringList out;
    for (const QJsonValue& f : integration.value(u"findings"_s).toArray())
        out << f.toObject().value(u"rule"_s).toString();
    return out;
}

} // namespace

class TestValuesE2e final : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    QTemporaryDir m_data;
    QTemporaryDir m_outside;
    QProcessEnvironment m_env;
    QList<QPair<QString, ProcessResult>> m_runs;

    ProcessResult run(const QStringList& args)
    {
        const ProcessResult r
            = runProgramAsync(binaryPath(), QStringList { u"--data-dir"_s, m_data.path() } + args, m_env, 120000);
        m_runs << qMakePair(args.join(u' '), r);
        return r;
    }

    std::optional<QJsonObject> checkValues()
    {
        const ProcessResult r = run({ u"check"_s, u"--values"_s, u"--json"_s });
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (!r.finished || !doc.isObject()) {
            qWarning("check --values --json: %s", r.describe().constData());
            return std::nullopt;
        }
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binaryPath()), qPrintable(binaryPath()));
        QVERIFY(m_sandbox.listen(0));
        QVERIFY(m_data.isValid() && m_outside.isValid());
        const QString workspace = m_outside.filePath(u"workspace.json"_s);
        QFile f(workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_sandbox.workspaceJson());
        f.close();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_LOGGING_RULES"_s, u"plumbline.*=true"_s); // the logs are scanned too
        const QHash<QString, QString> secrets = m_sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            m_env.insert(SandboxWorkspace::envName(it.key()), it.value());
        const ProcessResult imported = run({ u"import"_s, workspace });
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    }

    void healthyMatchesAndStaysQuiet()
    {
        QVERIFY(m_sandbox.setScenario(u"healthy"_s));
        const auto report = checkValues();
        QVERIFY(report);
        QVERIFY2(m_runs.last().second.exitCode == 0, qPrintable(m_runs.last().second.outText()));
        for (const QString& id : { u"crm-to-newsletter"_s, u"store-to-crm"_s }) {
            const QJsonObject i = integrationIn(*report, id);
            const QJsonObject v = i.value(u"values"_s).toObject();
            QVERIFY2(!v.isEmpty(), qPrintable(id + u": no values object"_s));
            QVERIFY2(!v.contains(u"problem"_s), qPrintable(v.value(u"problem"_s).toString()));
            const QByteArray shown = QJsonDocument(v).toJson();
            QVERIFY2(v.value(u"sampled"_s).toInt() >= 150, shown.constData());
            // At least 99 % as far as 200 records can tell: the sandbox's few honest differences (one person in 300
            // has another last name, one in 300 another company) make a point estimate of 98.5 % possible now and
            // then; the interval must reach 99 % and the estimate stay near it.
            QVERIFY2(v.value(u"match_rate_high"_s).toDouble() >= 0.99, shown.constData());
            QVERIFY2(v.value(u"match_rate"_s).toDouble() >= 0.98, shown.constData());
            // The budget: at most max_requests a side, and the total is the sum.
            QVERIFY(v.value(u"requests_source"_s).toInt() <= kMaxRequests);
            QVERIFY(v.value(u"requests_destination"_s).toInt() <= kMaxRequests);
            QCOMPARE(v.value(u"requests"_s).toInt(),
                v.value(u"requests_source"_s).toInt() + v.value(u"requests_destination"_s).toInt());
            QVERIFY(v.value(u"match_rate_low"_s).toDouble() <= v.value(u"match_rate"_s).toDouble());
            QVERIFY(v.value(u"match_rate_high"_s).toDouble() >= v.value(u"match_rate"_s).toDouble());
            QVERIFY2(!rulesOf(i).contains(u"value_drift"_s), qPrintable(rulesOf(i).join(u", "_s)));
        }
        // No value check where there is no key mapping (the warehouse flow).
        QVERIFY(!integrationIn(*report, u"crm-to-warehouse"_s).contains(u"values"_s));
    }

    void valueDriftNamesTheField()
    {
        QVERIFY(m_sandbox.setScenario(u"value_drift"_s));
        const auto report = checkValues();
        QVERIFY(report);
        const ProcessResult& r = m_runs.last().second;
        const QJsonObject i = integrationIn(*report, u"crm-to-newsletter"_s);
        QVERIFY2(rulesOf(i).contains(u"value_drift"_s), qPrintable(r.outText()));
        QVERIFY(r.exitCode == 1 || r.exitCode == 2);
        for (const QJsonValue& f : i.value(u"findings"_s).toArray()) {
            const QJsonObject finding = f.toObject();
            if (finding.value(u"rule"_s).toString() != u"value_drift")
                continue;
            QVERIFY2(finding.value(u"message"_s).toString().contains(u"FNAME"_s), qPrintable(r.outText()));
            QCOMPARE(finding.value(u"evidence"_s).toObject().value(u"field"_s).toString(), u"FNAME"_s);
        }
        const QJsonObject v = i.value(u"values"_s).toObject();
        QVERIFY(v.value(u"missing_at_destination"_s).toInt() > 0);
        // The counts still roughly agree: the failure counts alone would not have shown.
        QVERIFY2(!rulesOf(i).contains(u"count_drift"_s), qPrintable(r.outText()));
        // The readable form names it too.
        const ProcessResult text = run({ u"check"_s, u"--values"_s, u"--integration"_s, u"crm-to-newsletter"_s });
        QVERIFY2(text.outText().contains(u"value_drift"_s) && text.outText().contains(u"FNAME"_s),
            qPrintable(text.outText()));
        QVERIFY(m_sandbox.setScenario(u"healthy"_s));
    }

    void badInputIsAClearErrorAndNothingIsLost()
    {
        // --values belongs to check only; an unknown integration is unknown, not a crash.
        const ProcessResult wrong = run({ u"report"_s, u"--values"_s });
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.errText().contains(u"--values"_s), qPrintable(wrong.errText()));
        const ProcessResult unknown = run({ u"check"_s, u"--values"_s, u"--integration"_s, u"nope"_s });
        QCOMPARE(unknown.exitCode, 3);
        // The history is still there after both.
        const auto report = checkValues();
        QVERIFY(report);
        QVERIFY(!integrationIn(*report, u"crm-to-newsletter"_s).value(u"values"_s).toObject().isEmpty());
    }

    // A value check switched on without a key mapping, and one whose key field does not exist at the source: a clear
    // finding or problem, no check, nothing sent for it, and the other integrations still checked.
    void keyMappingProblemsAreClearAndStopNothing()
    {
        QJsonObject root = QJsonDocument::fromJson(m_sandbox.workspaceJson()).object();
        QJsonArray integrations = root.value(u"integrations"_s).toArray();
        QJsonObject base;
        for (const QJsonValue& v : integrations) {
            if (v.toObject().value(u"id"_s).toString() == u"crm-to-newsletter")
                base = v.toObject();
        }
        QVERIFY(!base.isEmpty());
        QJsonObject noKey = base;
        noKey.insert(u"id"_s, u"no-key"_s);
        QJsonArray mappings;
        for (const QJsonValue& m : base.value(u"mappings"_s).toArray()) {
            QJsonObject o = m.toObject();
            o.insert(u"key"_s, false);
            mappings << o;
        }
        noKey.insert(u"mappings"_s, mappings);
        QJsonObject checks = noKey.value(u"checks"_s).toObject();
        QJsonObject values = checks.value(u"values"_s).toObject();
        values.insert(u"enabled"_s, true);
        checks.insert(u"values"_s, values);
        noKey.insert(u"checks"_s, checks);
        QJsonObject badKey = base;
        badKey.insert(u"id"_s, u"bad-key"_s);
        QJsonArray badMappings = base.value(u"mappings"_s).toArray();
        QJsonObject first = badMappings.at(0).toObject();
        first.insert(u"source"_s, u"emial"_s);
        badMappings.replace(0, first);
        badKey.insert(u"mappings"_s, badMappings);
        QJsonObject only { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
            { u"connections"_s, root.value(u"connections"_s) }, { u"integrations"_s, QJsonArray { noKey, badKey } } };
        const QString file = m_outside.filePath(u"key-problems.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(only).toJson());
        f.close();
        QTemporaryDir data;
        const auto inData = [&](const QStringList& args) {
            const ProcessResult r
                = runProgramAsync(binaryPath(), QStringList { u"--data-dir"_s, data.path() } + args, m_env, 120000);
            m_runs << qMakePair(args.join(u' '), r);
            return r;
        };
        QVERIFY2(inData({ u"import"_s, file }).exitCode == 0, m_runs.last().second.describe().constData());
        // The first run reads the field lists (the poll after the value checks); the second knows the key is gone.
        QVERIFY(inData({ u"check"_s, u"--json"_s }).finished);
        const ProcessResult r = inData({ u"check"_s, u"--values"_s, u"--json"_s });
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject a = integrationIn(report, u"no-key"_s);
        QCOMPARE(a.value(u"values"_s).toObject().value(u"problem_kind"_s).toString(), u"no_key"_s);
        QVERIFY2(rulesOf(a).contains(u"value_drift"_s), qPrintable(r.outText()));
        QCOMPARE(a.value(u"values"_s).toObject().value(u"requests"_s).toInt(), 0);
        const QJsonObject b = integrationIn(report, u"bad-key"_s);
        QCOMPARE(b.value(u"values"_s).toObject().value(u"problem_kind"_s).toString(), u"key_missing"_s);
        QVERIFY2(b.value(u"values"_s).toObject().value(u"problem"_s).toString().contains(u"emial"_s),
            qPrintable(r.outText()));
        QCOMPARE(b.value(u"values"_s).toObject().value(u"requests"_s).toInt(), 0);
        QVERIFY2(rulesOf(b).contains(u"mapping_drift"_s), qPrintable(r.outText())); // the key's own finding
    }

    void canaryPersonLeavesNoTrace()
    {
        QVERIFY(run({ u"report"_s, u"--format"_s, u"html"_s, u"-o"_s, m_outside.filePath(u"r.html"_s) }).exitCode == 0);
        QVERIFY(run({ u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, m_outside.filePath(u"csv"_s) }).exitCode == 0);
        QVERIFY(run({ u"export"_s, m_outside.filePath(u"export.json"_s) }).exitCode == 0);
        QVERIFY(run({ u"alerts"_s, u"--json"_s }).finished);

        // It was compared: its key's HMAC under the workspace's key (from the keychain) is among the stored keys.
        if (hasSessionBus()) {
            KeychainSecretStore keychain;
            const auto key = readSecret(keychain, u"_workspace"_s, u"value_check_key"_s);
            if (key && key->ok()) {
                const QByteArray hmac
                    = QMessageAuthenticationCode::hash(normaliseKey(SandboxDataset::kCanaryEmail).toUtf8(),
                        QByteArray::fromBase64(key->value.toLatin1()), QCryptographicHash::Sha256)
                          .toHex();
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"values_e2e"_s);
                    db.setDatabaseName(m_data.filePath(u"plumbline.sqlite"_s));
                    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                    QVERIFY(db.open());
                    QSqlQuery q(db);
                    QVERIFY(q.prepare(u"SELECT count(*) FROM value_keys WHERE key_hash = ?"_s));
                    q.addBindValue(QString::fromLatin1(hmac));
                    QVERIFY(q.exec() && q.next());
                    QVERIFY2(q.value(0).toInt() > 0, "the canary person was never compared");
                }
                QSqlDatabase::removeDatabase(u"values_e2e"_s);
                removeSecret(keychain, u"_workspace"_s, u"value_check_key"_s);
            }
        }

        QStringList hits;
        QStringList scanned;
        for (const QString& canary : { SandboxDataset::kCanaryFirstName, SandboxDataset::kCanaryLastName,
                 SandboxDataset::kCanaryEmail, u"5550100999"_s, u"canaryella.quillfeather"_s }) {
            hits << findCanaryInDir(m_data.path(), canary, &scanned);
            hits << findCanaryInDir(m_outside.path(), canary, &scanned);
            for (const auto& [what, r] : std::as_const(m_runs)) {
                hits << findCanary(r.out, canary, u"stdout of `%1`"_s.arg(what));
                hits << findCanary(r.err, canary, u"stderr of `%1`"_s.arg(what));
            }
        }
        QVERIFY2(scanned.size() >= 4, qPrintable(scanned.join(u", "_s))); // the store, its WAL, the reports
        QVERIFY2(hits.isEmpty(), qPrintable(u"the canary person leaked:\n"_s + hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestValuesE2e)
#include "tst_values_e2e.moc"
