// End to end (ARCHITECTURE.md, "Contracts"): for every sandbox scenario, the real `plumbline check --json` names the
// expected rule within five consecutive runs, and `healthy` stays ok with exit 0. The sandbox runs in this process
// (SandboxServer on a free port, a fresh one per scenario) and answers while the test's event loop spins and the
// `check` child runs asynchronously. Each scenario gets its own data directory: import the sandbox workspace, one
// healthy `check` as the baseline sample, switch the scenario, then up to five `check` runs.
//
// Every run also checks the report's shape: the exit code matches the status (0 ok, 1 warning, 2 critical,
// 3 unknown), and a side that could not be read has a null count, never 0.

#include "IntegrationSupport.h"

#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/sandbox/SandboxWorkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::test;

namespace {

constexpr int kRuns = 5;
// `check --timeout`: short, so the timeouts scenario (every request held) costs one such wait, not minutes.
constexpr int kCheckTimeoutS = 15;
// Consecutive runs start at least this far apart. The rules measure durations in whole seconds (a gap must have
// lasted longer than lag_grace_s, 0 in the sandbox workspace; volume is judged per elapsed time), so five runs
// inside one second would all look like the same moment; a person or a cron job never checks that fast.
constexpr int kRunSpacingMs = 2000;

// Spins the event loop (the in-process sandbox keeps answering) until `ms` have passed since `since` started.
void waitUntil(const QElapsedTimer& since, qint64 ms)
{
    const qint64 left = ms - since.elapsed();
    if (left <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(left), &loop, &QEventLoop::quit);
    loop.exec();
}

ProcessResult runAsync(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    return runProgramAsync(binaryPath(), arguments, environment, timeoutMs);
}

int exitCodeFor(const QString& status)
{
    if (status == u"ok")
        return 0;
    if (status == u"warning")
        return 1;
    if (status == u"critical")
        return 2;
    return 3;
}

struct Hit
{
    QString where; // integration or connection id
    QString severity;
};

// Every finding of `rule` in the report, integrations' and connections' alike.
QList<Hit> findingsOf(const QJsonObject& report, const QString& rule)
{
    QList<Hit> hits;
    for (const QString& key : { u"integrations"_s, u"connections"_s }) {
        for (const QJsonValue& item : report.value(key).toArray()) {
            for (const QJsonValue& f : item.toObject().value(u"findings"_s).toArray()) {
                if (f.toObject().value(u"rule"_s).toString() == rule)
                    hits << Hit { item.toObject().value(u"id"_s).toString(),
                        f.toObject().value(u"severity"_s).toString() };
            }
        }
    }
    return hits;
}

QStringList allFindings(const QJsonObject& report)
{
    QStringList out;
    for (const QString& key : { u"integrations"_s, u"connections"_s }) {
        for (const QJsonValue& item : report.value(key).toArray()) {
            for (const QJsonValue& f : item.toObject().value(u"findings"_s).toArray()) {
                out << u"%1: %2/%3"_s.arg(item.toObject().value(u"id"_s).toString(),
                    f.toObject().value(u"rule"_s).toString(), f.toObject().value(u"severity"_s).toString());
            }
        }
    }
    out.removeDuplicates();
    return out;
}

// The report's shape; returns what is wrong (empty when fine).
QString shapeProblems(const ProcessResult& r, const QJsonObject& report)
{
    QStringList problems;
    const QString status = report.value(u"status"_s).toString();
    if (!QStringList { u"ok"_s, u"warning"_s, u"critical"_s, u"unknown"_s }.contains(status))
        problems << u"status \"%1\" is not one of ok, warning, critical, unknown"_s.arg(status);
    if (r.exitCode != exitCodeFor(status))
        problems << u"exit %1 for status %2 (expected %3)"_s.arg(r.exitCode).arg(status).arg(exitCodeFor(status));
    const QJsonArray integrations = report.value(u"integrations"_s).toArray();
    if (integrations.size() != 3)
        problems << u"%1 integrations reported, 3 expected"_s.arg(integrations.size());
    for (const QJsonValue& v : integrations) {
        const QJsonObject i = v.toObject();
        for (const QString& sideKey : { u"source"_s, u"destination"_s }) {
            const QJsonObject side = i.value(sideKey).toObject();
            const QJsonValue count = side.value(u"count"_s);
            const bool unread = !side.value(u"error"_s).isNull();
            if (unread && !count.isNull())
                problems << u"%1 %2: error %3 but count %4 (must be null)"_s.arg(i.value(u"id"_s).toString(), sideKey,
                    side.value(u"error"_s).toString(), QString::number(count.toDouble()));
            if (!unread && !count.isDouble())
                problems << u"%1 %2: no error but no count either"_s.arg(i.value(u"id"_s).toString(), sideKey);
        }
    }
    return problems.join(u"; "_s);
}

} // namespace

class TestScenarios final : public QObject
{
    Q_OBJECT

private:
    QElapsedTimer m_total;

    // One `check --json` against the data dir; fails the test (returns nullopt) on a crash or unparseable output.
    std::optional<QJsonObject> check(const QString& dataDir, const QProcessEnvironment& env, ProcessResult* out)
    {
        const ProcessResult r = runAsync(
            { u"--data-dir"_s, dataDir, u"check"_s, u"--json"_s, u"--timeout"_s, QString::number(kCheckTimeoutS) }, env,
            (kCheckTimeoutS + 45) * 1000);
        *out = r;
        if (!r.started || !r.finished || r.status != QProcess::NormalExit) {
            qWarning("check did not finish normally: %s", r.describe().constData());
            return std::nullopt;
        }
        QJsonParseError e {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("check --json printed no JSON object: %s", r.describe().constData());
            return std::nullopt;
        }
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binaryPath()), qPrintable(binaryPath()));
        m_total.start();
    }

    void cleanupTestCase() { qInfo("all scenarios: %.1f s", double(m_total.elapsed()) / 1000.0); }

    void scenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("rule"); // empty: healthy, no finding at all
        QTest::addColumn<QString>("severity"); // empty: any
        QTest::newRow("healthy") << u"healthy"_s << QString() << QString();
        QTest::newRow("count_drift") << u"count_drift"_s << u"count_drift"_s << QString();
        QTest::newRow("growing_gap") << u"growing_gap"_s << u"count_drift"_s << u"critical"_s;
        QTest::newRow("silent_failure") << u"silent_failure"_s << u"silent_failure"_s << QString();
        QTest::newRow("mapping_drift") << u"mapping_drift"_s << u"mapping_drift"_s << QString();
        QTest::newRow("auth_revoked") << u"auth_revoked"_s << u"auth"_s << QString();
        QTest::newRow("permission_removed") << u"permission_removed"_s << u"permission"_s << QString();
        QTest::newRow("deprecated_version") << u"deprecated_version"_s << u"deprecation"_s << QString();
        QTest::newRow("retired_version") << u"retired_version"_s << u"deprecation"_s << u"critical"_s;
        QTest::newRow("rate_limited") << u"rate_limited"_s << u"rate_limit"_s << QString();
        QTest::newRow("volume_spike") << u"volume_spike"_s << u"volume_anomaly"_s << QString();
        // ARCHITECTURE.md §12: the sandbox checks values with every check, so the next run compares the emptied field.
        QTest::newRow("value_drift") << u"value_drift"_s << u"value_drift"_s << QString();
        QTest::newRow("server_errors") << u"server_errors"_s << u"unreachable"_s << QString();
        QTest::newRow("timeouts") << u"timeouts"_s << u"unreachable"_s << QString();
        QTest::newRow("malformed") << u"malformed"_s << u"bad_response"_s << QString();
        QTest::newRow("object_deleted") << u"object_deleted"_s << u"not_found"_s << u"critical"_s;
        // ARCHITECTURE.md §11: tokens that die early are renewed silently; a revoked grant is auth, critical.
        QTest::newRow("token_expired") << u"token_expired"_s << QString() << QString();
        QTest::newRow("refresh_revoked") << u"refresh_revoked"_s << u"auth"_s << u"critical"_s;
    }

    void scenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QElapsedTimer elapsed;
        elapsed.start();

        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"data"_s);
        const QString workspaceFile = dir.filePath(u"workspace.json"_s);
        {
            QFile f(workspaceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(SandboxWorkspace::envName(it.key()), it.value());

        const ProcessResult imported = runAsync({ u"--data-dir"_s, dataDir, u"import"_s, workspaceFile }, env, 60000);
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());

        // Baseline: one healthy sample, as a monitor that was already watching when things went wrong.
        ProcessResult r;
        QElapsedTimer lastRun;
        lastRun.start();
        std::optional<QJsonObject> report = check(dataDir, env, &r);
        QVERIFY(report);
        QVERIFY2(shapeProblems(r, *report).isEmpty(), qPrintable(shapeProblems(r, *report)));
        QVERIFY2(report->value(u"status"_s).toString() == u"ok" && r.exitCode == 0,
            qPrintable(u"baseline not ok: "_s + allFindings(*report).join(u", "_s) + u"\n"_s + r.outText()));

        QVERIFY(sandbox.setScenario(scenario));
        int firedOn = 0;
        QStringList seen;
        for (int run = 1; run <= kRuns && firedOn == 0; ++run) {
            waitUntil(lastRun, kRunSpacingMs);
            lastRun.start();
            QElapsedTimer runTime;
            runTime.start();
            report = check(dataDir, env, &r);
            QVERIFY(report);
            const QString shape = shapeProblems(r, *report);
            QVERIFY2(shape.isEmpty(), qPrintable(u"run %1: %2"_s.arg(run).arg(shape)));
            seen << u"run %1 (%2 s, exit %3): %4"_s.arg(run)
                        .arg(double(runTime.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(r.exitCode)
                        .arg(allFindings(*report).join(u", "_s));
            if (rule.isEmpty()) {
                // healthy: ok, exit 0, no finding anywhere, in every run.
                QVERIFY2(
                    report->value(u"status"_s).toString() == u"ok" && r.exitCode == 0 && allFindings(*report).isEmpty(),
                    qPrintable(seen.join(u"\n"_s)));
                continue;
            }
            for (const Hit& h : findingsOf(*report, rule)) {
                if (severity.isEmpty() || h.severity == severity)
                    firedOn = run;
            }
            if (scenario == u"malformed" && firedOn == run) {
                // Every finding is a warning or unknown: by the monitoring-plugins precedence the state is WARNING
                // (exit 1), which pages; UNKNOWN (3) often does not.
                QVERIFY2(report->value(u"status"_s).toString() == u"warning"_s && r.exitCode == 1,
                    qPrintable(allFindings(*report).join(u", "_s)));
            }
            if (scenario == u"timeouts") {
                // Nothing answers: every side is a timeout with a null count, and check kept to its deadline.
                for (const QJsonValue& v : report->value(u"integrations"_s).toArray()) {
                    for (const QString& side : { u"source"_s, u"destination"_s }) {
                        const QJsonObject s = v.toObject().value(side).toObject();
                        QVERIFY2(s.value(u"count"_s).isNull(), qPrintable(r.outText()));
                        QCOMPARE(s.value(u"error"_s).toString(), u"timeout"_s);
                    }
                }
                QVERIFY2(runTime.elapsed() < (kCheckTimeoutS + 15) * 1000,
                    qPrintable(u"check took %1 ms"_s.arg(runTime.elapsed())));
            }
        }
        if (!rule.isEmpty()) {
            QVERIFY2(firedOn > 0,
                qPrintable(u"%1 never named %2%3 in %4 runs:\n%5"_s.arg(scenario, rule,
                    severity.isEmpty() ? QString() : u" (" + severity + u")", QString::number(kRuns),
                    seen.join(u"\n"_s))));
        }
        qInfo("%s: %s in %.1f s\n  %s", qPrintable(scenario),
            rule.isEmpty() ? "ok in every run" : qPrintable(u"%1 on run %2"_s.arg(rule).arg(firedOn)),
            double(elapsed.elapsed()) / 1000.0, qPrintable(seen.join(u"\n  "_s)));
        sandbox.close();
    }

    // `healthy` is healthy by construction: however fast checks come (a test suite, a loaded machine where the
    // earlier tests of one sandbox ran close together), the fake accounts' quota headroom never looks low. Before,
    // 20 checks a minute used Zapier's 60 requests a minute and `healthy` warned rate_limit (a flaky tst_run).
    void healthyUnderRepeatedChecks()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        const QString workspaceFile = dir.filePath(u"workspace.json"_s);
        {
            QFile f(workspaceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(SandboxWorkspace::envName(it.key()), it.value());
        QVERIFY(runAsync({ u"--data-dir"_s, dataDir, u"import"_s, workspaceFile }, env, 60000).exitCode == 0);
        for (int run = 1; run <= 30; ++run) {
            ProcessResult r;
            const std::optional<QJsonObject> report = check(dataDir, env, &r);
            QVERIFY(report);
            QVERIFY2(r.exitCode == 0 && allFindings(*report).isEmpty(),
                qPrintable(u"run %1: %2"_s.arg(run).arg(allFindings(*report).join(u", "_s))));
        }
    }

    // No key at all (a cron box with a forgotten PLUMBLINE_SECRET_<ID>): its own finding with its own steps, never
    // "the vendor rejected the key", and nothing is sent to the vendor.
    void missingKeyIsItsOwnFinding()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        const QString workspaceFile = dir.filePath(u"workspace.json"_s);
        {
            QFile f(workspaceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (it.key() != SandboxWorkspace::kHubSpot)
                env.insert(SandboxWorkspace::envName(it.key()), it.value());
        }
        env.remove(SandboxWorkspace::envName(SandboxWorkspace::kHubSpot));
        QVERIFY(runAsync({ u"--data-dir"_s, dataDir, u"import"_s, workspaceFile }, env, 60000).exitCode == 0);
        ProcessResult r;
        const std::optional<QJsonObject> report = check(dataDir, env, &r);
        QVERIFY(report);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(findingsOf(*report, u"auth"_s).isEmpty(), qPrintable(r.outText()));
        const QList<Hit> hits = findingsOf(*report, u"missing_key"_s);
        QVERIFY2(!hits.isEmpty(), qPrintable(r.outText()));
        for (const QJsonValue& v : report->value(u"connections"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QJsonArray findings = c.value(u"findings"_s).toArray();
            if (c.value(u"id"_s).toString() != SandboxWorkspace::kHubSpot) {
                QVERIFY2(findings.isEmpty(), qPrintable(r.outText()));
                continue;
            }
            QCOMPARE(findings.size(), 1);
            const QJsonObject f = findings.at(0).toObject();
            QCOMPARE(f.value(u"rule"_s).toString(), u"missing_key"_s);
            QCOMPARE(f.value(u"severity"_s).toString(), u"critical"_s);
            const QJsonObject ev = f.value(u"evidence"_s).toObject();
            QCOMPARE(ev.value(u"variable"_s).toString(), u"PLUMBLINE_SECRET_HUBSPOT_SANDBOX"_s);
            QCOMPARE(ev.value(u"requests_sent"_s).toInt(-1), 0);
            // Inside CI's session bus the keychain answers "no such entry"; without one it cannot be asked.
            QCOMPARE(ev.value(u"reason"_s).toString(), hasSessionBus() ? u"no_key"_s : u"keychain_unavailable"_s);
            QVERIFY(f.value(u"hint"_s).toString().contains(u"PLUMBLINE_SECRET_HUBSPOT_SANDBOX"_s));
            QVERIFY(!f.value(u"message"_s).toString().contains(u"rejected"_s));
        }
    }

    // A key with a line break inside (pasted with an extra line) is never sent: its own finding, not "rejected".
    void keyWithLineBreakIsNotSent()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        const QString workspaceFile = dir.filePath(u"workspace.json"_s);
        {
            QFile f(workspaceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(SandboxWorkspace::envName(it.key()), it.value());
        env.insert(SandboxWorkspace::envName(SandboxWorkspace::kHubSpot),
            secrets.value(SandboxWorkspace::kHubSpot) + u"\r\nX-Evil: 1\n"_s);
        QVERIFY(runAsync({ u"--data-dir"_s, dataDir, u"import"_s, workspaceFile }, env, 60000).exitCode == 0);
        ProcessResult r;
        const std::optional<QJsonObject> report = check(dataDir, env, &r);
        QVERIFY(report);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(findingsOf(*report, u"auth"_s).isEmpty(), qPrintable(r.outText()));
        bool seen = false;
        for (const QJsonValue& v : report->value(u"connections"_s).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"id"_s).toString() != SandboxWorkspace::kHubSpot)
                continue;
            const QJsonArray findings = c.value(u"findings"_s).toArray();
            QCOMPARE(findings.size(), 1);
            const QJsonObject f = findings.at(0).toObject();
            QCOMPARE(f.value(u"rule"_s).toString(), u"missing_key"_s);
            QCOMPARE(f.value(u"evidence"_s).toObject().value(u"reason"_s).toString(), u"unusable_key"_s);
            QVERIFY2(f.value(u"message"_s).toString().contains(u"line break"_s), qPrintable(r.outText()));
            seen = true;
        }
        QVERIFY(seen);
        QVERIFY(!r.out.contains("X-Evil") && !r.err.contains("X-Evil"));
    }

    // Each vendor's "it does not exist" (ARCHITECTURE.md, "Contracts" object_deleted, per connection): the integrations
    // that use the object, scenario or Zap turn critical on the first check with a not_found finding that names the
    // system, the thing and its id; no hint points at a warning that is not there; an alert opens at once.
    void objectDeleted_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QStringList>("integrations"); // expected to carry the finding
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("words"); // the vendor's name for the thing, in the message
        const QStringList news { u"crm-to-newsletter"_s };
        const QStringList crm { u"store-to-crm"_s };
        QTest::newRow("hubspot object type")
            << SandboxWorkspace::kHubSpot << QStringList { u"crm-to-newsletter"_s, u"crm-to-warehouse"_s }
            << u"source"_s << u"contacts"_s << u"HubSpot object type"_s;
        QTest::newRow("mailchimp audience") << SandboxWorkspace::kMailchimp << news << u"destination"_s
                                            << SandboxWorkspace::kAudienceId << u"Mailchimp audience"_s;
        QTest::newRow("salesforce object")
            << SandboxWorkspace::kSalesforce << crm << u"destination"_s << u"Contact"_s << u"Salesforce object"_s;
        QTest::newRow("shopify resource")
            << SandboxWorkspace::kShopify << crm << u"source"_s << u"customers"_s << u"Shopify"_s;
        QTest::newRow("generic endpoint") << SandboxWorkspace::kGeneric << QStringList { u"crm-to-warehouse"_s }
                                          << u"destination"_s << u"contacts"_s << u"API endpoint"_s;
        QTest::newRow("make scenario") << SandboxWorkspace::kMake << news << u"middleware"_s
                                       << QString::number(SandboxWorkspace::kMakeScenarioId) << u"Make scenario"_s;
        QTest::newRow("zap") << SandboxWorkspace::kZapier << crm << u"middleware"_s << SandboxWorkspace::kZapId
                             << u"Zap"_s;
    }

    void objectDeleted()
    {
        QFETCH(QString, connection);
        QFETCH(QStringList, integrations);
        QFETCH(QString, side);
        QFETCH(QString, id);
        QFETCH(QString, words);

        SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"data"_s);
        const QString workspaceFile = dir.filePath(u"workspace.json"_s);
        {
            QFile f(workspaceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sandbox.workspaceJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> secrets = sandbox.secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(SandboxWorkspace::envName(it.key()), it.value());
        const ProcessResult imported = runAsync({ u"--data-dir"_s, dataDir, u"import"_s, workspaceFile }, env, 60000);
        QVERIFY2(imported.finished && imported.exitCode == 0, imported.describe().constData());

        QVERIFY(sandbox.setScenario(u"object_deleted"_s, connection));
        ProcessResult r;
        const std::optional<QJsonObject> report = check(dataDir, env, &r);
        QVERIFY(report);
        QVERIFY2(shapeProblems(r, *report).isEmpty(), qPrintable(shapeProblems(r, *report)));
        QCOMPARE(r.exitCode, 2);
        QStringList found;
        for (const QJsonValue& v : report->value(u"integrations"_s).toArray()) {
            const QJsonObject i = v.toObject();
            for (const QJsonValue& fv : i.value(u"findings"_s).toArray()) {
                const QJsonObject f = fv.toObject();
                // No hint may send people to a warning that does not exist, nor to rotate a key.
                QVERIFY2(!f.value(u"hint"_s).toString().contains(u"own warning"_s), qPrintable(r.outText()));
                if (f.value(u"rule"_s).toString() != u"not_found")
                    continue;
                found << i.value(u"id"_s).toString();
                QCOMPARE(i.value(u"status"_s).toString(), u"critical"_s);
                QCOMPARE(f.value(u"severity"_s).toString(), u"critical"_s);
                const QJsonObject ev = f.value(u"evidence"_s).toObject();
                QCOMPARE(ev.value(u"side"_s).toString(), side);
                QCOMPARE(ev.value(u"connection"_s).toString(), connection);
                QCOMPARE(ev.value(u"id"_s).toString(), id);
                const QString message = f.value(u"message"_s).toString();
                QVERIFY2(message.contains(words) && message.contains(id) && message.contains(u"deleted"_s),
                    qPrintable(message));
                QVERIFY2(f.value(u"hint"_s).toString().contains(u"Edit"_s), qPrintable(f.value(u"hint"_s).toString()));
            }
        }
        found.sort();
        QCOMPARE(found, integrations);
        // Critical at once: an alert is open after this one check, like a rejected key.
        const ProcessResult alerts = runAsync({ u"--data-dir"_s, dataDir, u"alerts"_s, u"--json"_s }, env, 30000);
        QVERIFY2(alerts.finished && alerts.exitCode == 0, alerts.describe().constData());
        int open = 0;
        for (const QJsonValue& a : QJsonDocument::fromJson(alerts.out).object().value(u"alerts"_s).toArray())
            open += a.toObject().value(u"rule"_s).toString() == u"not_found" ? 1 : 0;
        QCOMPARE(open, int(integrations.size()));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
