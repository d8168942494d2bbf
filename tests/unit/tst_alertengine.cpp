// Alert lifecycle with an injected clock (ARCHITECTURE.md, "Monitoring"): opening after N failing polls or at once,
// flapping, escalation and de-escalation, acknowledgement, snooze expiry, maintenance windows, resolution, restore
// after a restart, the tray's worst state, and independence of subjects and rules.
#include <AlertEngine.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
constexpr int kPollMinutes = 5;

Finding finding(const QString& rule, Severity severity, const QString& message = QString())
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.message = message.isEmpty() ? u"%1 is %2"_s.arg(rule, severityKey(severity)) : message;
    return f;
}

Finding retiredFinding()
{
    Finding f = finding(u"deprecation"_s, Severity::Critical, u"API version 30.0 has been retired"_s);
    f.evidence.insert(u"retired"_s, true);
    f.evidence.insert(u"version"_s, u"30.0"_s);
    return f;
}

QString describe(const QList<AlertTransition>& transitions)
{
    if (transitions.isEmpty())
        return u"-"_s;
    QStringList parts;
    for (const AlertTransition& t : transitions)
        parts << alertTransitionKey(t.kind) + (t.notify ? u"!"_s : QString());
    return parts.join(u',');
}

QString describe(const QList<Alert>& alerts)
{
    QStringList parts;
    for (const Alert& a : alerts)
        parts << a.rule + u'=' + severityKey(a.severity);
    return parts.join(u',');
}

// Drives one subject through a script of space-separated steps, with a clock that moves kPollMinutes per poll:
//   ok                 a healthy poll (no findings)
//   w | c | u          count_drift firing as warning / critical / unknown
//   rule=w|c|u|ok      that rule instead (e.g. auth=c)
//   retired            a deprecation finding with evidence {"retired": true}
//   m:<poll>           the same poll inside a maintenance window
//   ack                acknowledge the first open alert (as "dana")
//   snooze+N           snooze the first open alert until N polls from now
// Returns one description per step: "-" for none, else transition keys joined by ',' ("!" = notify).
struct Driver
{
    AlertEngine engine;
    QString subject = u"integration:1"_s;
    QDateTime now = kT0;
    qint64 nextId = 1;
    QList<AlertTransition> history;

    explicit Driver(AlertEngine::Settings settings = {})
        : engine(std::move(settings))
    {
    }

    QList<AlertTransition> poll(const QList<Finding>& findings, bool maintenance = false)
    {
        now = now.addSecs(kPollMinutes * 60);
        return record(engine.update(subject, findings, now, maintenance));
    }

    QList<AlertTransition> record(QList<AlertTransition> transitions)
    {
        for (const AlertTransition& t : transitions) {
            if (t.kind == AlertTransition::Kind::Opened)
                engine.setAlertId(t.alert.subject, t.alert.rule, nextId++);
        }
        history << transitions;
        return transitions;
    }

    qint64 firstOpenId() const
    {
        const QList<Alert> open = engine.openAlerts();
        return open.isEmpty() ? 0 : open.first().id;
    }

    QString step(QString token)
    {
        bool maintenance = false;
        if (token.startsWith(u"m:"_s)) {
            maintenance = true;
            token = token.mid(2);
        }
        if (token == u"ack"_s)
            return describe(record(engine.acknowledge(firstOpenId(), u"dana"_s, now)));
        if (token.startsWith(u"snooze+"_s)) {
            const int polls = token.mid(7).toInt();
            return describe(record(engine.snooze(firstOpenId(), now.addSecs(polls * kPollMinutes * 60), now)));
        }
        if (token == u"ok"_s)
            return describe(poll({}, maintenance));
        if (token == u"retired"_s)
            return describe(poll({ retiredFinding() }, maintenance));
        QString rule = u"count_drift"_s;
        QString sev = token;
        if (token.contains(u'=')) {
            rule = token.section(u'=', 0, 0);
            sev = token.section(u'=', 1);
        }
        Severity severity = Severity::Ok;
        if (sev == u"w"_s)
            severity = Severity::Warning;
        else if (sev == u"c"_s)
            severity = Severity::Critical;
        else if (sev == u"u"_s)
            severity = Severity::Unknown;
        else if (sev != u"ok"_s)
            qFatal("bad step %s", qPrintable(token));
        return describe(poll({ finding(rule, severity) }, maintenance));
    }

    QString run(const QString& script)
    {
        QStringList out;
        const QStringList steps = script.split(u' ', Qt::SkipEmptyParts);
        for (const QString& s : steps)
            out << step(s);
        return out.join(u' ');
    }
};

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("open"); // open alerts afterwards: rule=severity, ...

        // Opening
        QTest::newRow("opens after 3 failing polls") << u"w w w w"_s << u"- - opened! -"_s << u"count_drift=warning"_s;
        QTest::newRow("2 failing polls stay quiet") << u"c c ok"_s << u"- - -"_s << QString();
        QTest::newRow("auth opens at once") << u"auth=c"_s << u"opened!"_s << u"auth=critical"_s;
        QTest::newRow("permission opens at once") << u"permission=w"_s << u"opened!"_s << u"permission=warning"_s;
        QTest::newRow("retired version opens at once") << u"retired"_s << u"opened!"_s << u"deprecation=critical"_s;
        QTest::newRow("deprecation (not retired) waits for 3")
            << u"deprecation=w deprecation=w deprecation=w"_s << u"- - opened!"_s << u"deprecation=warning"_s;
        QTest::newRow("unknown opens as unknown") << u"u u u"_s << u"- - opened!"_s << u"count_drift=unknown"_s;
        QTest::newRow("ok finding is healthy") << u"w w count_drift=ok w w"_s << u"- - - - -"_s << QString();

        // Flapping
        QTest::newRow("flapping never opens") << u"w ok w ok w ok w ok w ok"_s << u"- - - - - - - - - -"_s << QString();
        QTest::newRow("flapping open alert never resolves")
            << u"w w w ok w ok w ok"_s << u"- - opened! - - - - -"_s << u"count_drift=warning"_s;

        // Escalation and de-escalation
        QTest::newRow("escalation notifies once")
            << u"w w w c c c"_s << u"- - opened! escalated! - -"_s << u"count_drift=critical"_s;
        // The monitoring-plugins precedence: a known warning outranks "cannot tell".
        QTest::newRow("warning to unknown de-escalates")
            << u"w w w u"_s << u"- - opened! deescalated"_s << u"count_drift=unknown"_s;
        QTest::newRow("unknown to warning escalates")
            << u"u u u w"_s << u"- - opened! escalated!"_s << u"count_drift=warning"_s;
        QTest::newRow("de-escalation is quiet")
            << u"c c c w w"_s << u"- - opened! deescalated -"_s << u"count_drift=warning"_s;
        QTest::newRow("back up to an already-told severity is quiet")
            << u"w w w c w c"_s << u"- - opened! escalated! deescalated escalated"_s << u"count_drift=critical"_s;
        QTest::newRow("escalation during counting opens at the latest severity")
            << u"w c c"_s << u"- - opened!"_s << u"count_drift=critical"_s;

        // Acknowledgement
        QTest::newRow("ack is quiet and keeps it open")
            << u"w w w ack w w"_s << u"- - opened! acknowledged - -"_s << u"count_drift=warning"_s;
        QTest::newRow("ack then escalation re-notifies")
            << u"w w w ack c"_s << u"- - opened! acknowledged escalated!"_s << u"count_drift=critical"_s;

        // Resolution
        QTest::newRow("resolves after 2 healthy polls, notified once")
            << u"w w w ok ok ok ok"_s << u"- - opened! - resolved! - -"_s << QString();
        QTest::newRow("a failing poll restarts the healthy count")
            << u"w w w ok w ok ok"_s << u"- - opened! - - - resolved!"_s << QString();
        QTest::newRow("reopens as a new alert after resolution")
            << u"auth=c ok ok auth=c"_s << u"opened! - resolved! opened!"_s << u"auth=critical"_s;

        // Snooze
        QTest::newRow("snooze quiet until expiry, then notifies the worse state once")
            << u"w w w snooze+3 c c c c"_s << u"- - opened! snoozed escalated - escalated! -"_s
            << u"count_drift=critical"_s;
        QTest::newRow("snooze expiry with nothing worse stays quiet")
            << u"w w w snooze+2 w w w w"_s << u"- - opened! snoozed - - - -"_s << u"count_drift=warning"_s;
        QTest::newRow("snoozed resolution is quiet")
            << u"w w w snooze+10 ok ok"_s << u"- - opened! snoozed - resolved"_s << QString();
        QTest::newRow("escalation back to normal after snooze ended")
            << u"w w w snooze+1 w c"_s << u"- - opened! snoozed - escalated!"_s << u"count_drift=critical"_s;

        // Maintenance windows
        QTest::newRow("maintenance suppresses opening, opens after it ends")
            << u"m:w m:w m:w m:w w"_s << u"- - suppressed - opened!"_s << u"count_drift=warning"_s;
        QTest::newRow("maintenance suppresses an immediate rule")
            << u"m:auth=c m:auth=c auth=c"_s << u"suppressed - opened!"_s << u"auth=critical"_s;
        QTest::newRow("maintenance marks a worse would-be state again")
            << u"m:w m:w m:w m:c m:c"_s << u"- - suppressed suppressed -"_s << QString();
        QTest::newRow("maintenance suppresses escalation, escalates after")
            << u"w w w m:c m:c c"_s << u"- - opened! suppressed - escalated!"_s << u"count_drift=critical"_s;
        QTest::newRow("maintenance ends healthy: nothing opens")
            << u"m:w m:w m:w ok w w"_s << u"- - suppressed - - -"_s << QString();
        QTest::newRow("resolution during maintenance is quiet")
            << u"w w w m:ok m:ok"_s << u"- - opened! - resolved"_s << QString();
        QTest::newRow("de-escalation during maintenance is quiet")
            << u"c c c m:w"_s << u"- - opened! deescalated"_s << u"count_drift=warning"_s;

        // Another rule firing does not keep this one's count going
        QTest::newRow("another rule's poll counts as healthy for this one")
            << u"w w auth=c w"_s << u"- - opened! -"_s << u"auth=critical"_s;
    }

    void lifecycle()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QFETCH(QString, open);
        Driver d;
        QCOMPARE(d.run(script), expected);
        QCOMPARE(describe(d.engine.openAlerts()), open);
    }

    void customThresholds()
    {
        AlertEngine::Settings s;
        s.openAfterPolls = 2;
        s.resolveAfterPolls = 3;
        s.immediateRules = { u"unreachable"_s };
        Driver d(s);
        QCOMPARE(d.run(u"w w ok ok ok unreachable=c auth=c auth=c"_s), u"- opened! - - resolved! opened! - opened!"_s);
    }

    void transitionsCarryTheAlertHistory()
    {
        Driver d;
        d.run(u"w w w"_s);
        const AlertTransition opened = d.history.last();
        QCOMPARE(opened.kind, AlertTransition::Kind::Opened);
        QCOMPARE(opened.alert.subject, u"integration:1"_s);
        QCOMPARE(opened.alert.rule, u"count_drift"_s);
        QCOMPARE(opened.alert.openedAt, kT0.addSecs(15 * 60));
        QCOMPARE(opened.alert.notifiedSeverity, Severity::Warning);
        QVERIFY(opened.alert.isOpen());
        QCOMPARE(d.firstOpenId(), 1);

        d.run(u"ack"_s);
        QCOMPARE(d.history.last().alert.acknowledgedBy, u"dana"_s);
        QCOMPARE(d.history.last().alert.acknowledgedAt, kT0.addSecs(15 * 60));
        QCOMPARE(d.history.last().alert.id, 1);

        d.poll({ finding(u"count_drift"_s, Severity::Critical, u"gap is 120 records"_s) });
        const Alert escalated = d.history.last().alert;
        QCOMPARE(escalated.escalatedAt, kT0.addSecs(20 * 60));
        QCOMPARE(escalated.message, u"gap is 120 records"_s);
        QVERIFY(!escalated.acknowledgedAt.isValid()); // a worse problem has not been acknowledged yet
        QCOMPARE(escalated.notifiedSeverity, Severity::Critical);

        d.run(u"ok ok"_s);
        const Alert resolved = d.history.last().alert;
        QCOMPARE(d.history.last().kind, AlertTransition::Kind::Resolved);
        QCOMPARE(resolved.resolvedAt, kT0.addSecs(30 * 60));
        QVERIFY(!resolved.isOpen());
        QCOMPARE(resolved.openedAt, opened.alert.openedAt);

        // One notification per state change over the whole life.
        int notifications = 0;
        for (const AlertTransition& t : std::as_const(d.history))
            notifications += t.notify ? 1 : 0;
        QCOMPARE(notifications, 3); // opened, escalated, resolved
    }

    void suppressedTransitionCarriesTheWouldBeState()
    {
        Driver d;
        d.run(u"m:c m:c m:c"_s);
        const AlertTransition t = d.history.last();
        QCOMPARE(t.kind, AlertTransition::Kind::Suppressed);
        QVERIFY(!t.notify);
        QCOMPARE(t.alert.rule, u"count_drift"_s);
        QCOMPARE(t.alert.severity, Severity::Critical);
        QVERIFY(d.engine.openAlerts().isEmpty());
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Ok);
    }

    void ackAndSnoozeOfUnknownAlerts()
    {
        AlertEngine engine;
        QVERIFY(engine.acknowledge(42, u"dana"_s, kT0).isEmpty());
        QVERIFY(engine.snooze(42, kT0.addSecs(3600), kT0).isEmpty());
        QVERIFY(engine.acknowledge(0, u"dana"_s, kT0).isEmpty());
    }

    void restoreAfterRestart()
    {
        Alert a;
        a.id = 7;
        a.subject = u"integration:1"_s;
        a.rule = u"count_drift"_s;
        a.severity = Severity::Warning;
        a.notifiedSeverity = Severity::Warning;
        a.openedAt = kT0;
        Alert resolved = a;
        resolved.id = 8;
        resolved.rule = u"stale"_s;
        resolved.resolvedAt = kT0;

        Driver d;
        d.engine.restore({ a, resolved });
        QCOMPARE(describe(d.engine.openAlerts()), u"count_drift=warning"_s); // resolved ones are not restored
        QCOMPARE(d.engine.openAlerts().first().id, 7);
        // Still open and firing: no duplicate opening; escalation notifies; ack by the stored id works.
        QCOMPARE(d.run(u"w ack c"_s), u"- acknowledged escalated!"_s);
        QCOMPARE(d.engine.openAlerts().first().openedAt, kT0);
        // Counters start from zero: one healthy poll is not enough.
        QCOMPARE(d.run(u"ok ok"_s), u"- resolved!"_s);
        QCOMPARE(d.history.last().alert.id, 7);

        // An alert restored healthy resolves after M healthy polls.
        Driver d2;
        d2.engine.restore({ a });
        QCOMPARE(d2.run(u"ok ok"_s), u"- resolved!"_s);

        // A restored snooze keeps holding.
        Alert snoozed = a;
        snoozed.snoozedUntil = kT0.addSecs(3600);
        Driver d3;
        d3.engine.restore({ snoozed });
        QCOMPARE(d3.run(u"c c"_s), u"escalated -"_s);
        QCOMPARE(d3.engine.worstOpen(d3.now), Severity::Ok);
    }

    void worstOpenIgnoresSnoozed()
    {
        Driver d;
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Ok);
        d.poll({ finding(u"auth"_s, Severity::Critical), finding(u"permission"_s, Severity::Warning) });
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Critical);
        const QList<Alert> open = d.engine.openAlerts();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).rule, u"auth"_s);
        const QDateTime until = d.now.addSecs(3600);
        QCOMPARE(describe(d.engine.snooze(open.at(0).id, until, d.now)), u"snoozed"_s);
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Warning);
        QCOMPARE(d.engine.worstOpen(until.addSecs(-1)), Severity::Warning);
        QCOMPARE(d.engine.worstOpen(until), Severity::Critical); // the snooze has ended
        // Snoozing everything: nothing to show.
        d.engine.snooze(open.at(1).id, until, d.now);
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Ok);
        // A snooze in the past ends it at once.
        d.engine.snooze(open.at(0).id, d.now.addSecs(-60), d.now);
        QCOMPARE(d.engine.worstOpen(d.now), Severity::Critical);
    }

    void subjectsAreIndependent()
    {
        AlertEngine engine;
        QDateTime now = kT0;
        const QString a = u"integration:a"_s;
        const QString b = u"connection:b"_s;
        const Finding w = finding(u"count_drift"_s, Severity::Warning);
        QList<AlertTransition> out;
        for (int i = 0; i < 2; ++i) {
            now = now.addSecs(300);
            out << engine.update(a, { w }, now, false);
            out << engine.update(b, { w }, now, false);
        }
        QVERIFY(out.isEmpty());
        // b is healthy once: its count restarts, a's does not.
        now = now.addSecs(300);
        QCOMPARE(describe(engine.update(a, { w }, now, false)), u"opened!"_s);
        QCOMPARE(describe(engine.update(b, {}, now, false)), u"-"_s);
        now = now.addSecs(300);
        QCOMPARE(describe(engine.update(b, { w }, now, false)), u"-"_s);
        // Maintenance of b does not touch a; a's polls do not resolve b's alerts.
        engine.setAlertId(a, u"count_drift"_s, 1);
        QCOMPARE(describe(engine.update(b, { finding(u"auth"_s, Severity::Critical) }, now, true)), u"suppressed"_s);
        QCOMPARE(
            describe(engine.update(a, { finding(u"count_drift"_s, Severity::Critical) }, now, false)), u"escalated!"_s);
        QCOMPARE(describe(engine.update(b, { finding(u"auth"_s, Severity::Critical) }, now, false)), u"opened!"_s);
        engine.setAlertId(b, u"auth"_s, 2);
        now = now.addSecs(300);
        QCOMPARE(describe(engine.update(a, {}, now, false)), u"-"_s);
        QCOMPARE(describe(engine.update(a, {}, now, false)), u"resolved!"_s);
        QCOMPARE(engine.openAlerts().size(), 1);
        QCOMPARE(engine.openAlerts().first().subject, b);
        QCOMPARE(engine.openAlerts().first().id, 2);
    }

    void severalRulesOnOneSubject()
    {
        Driver d;
        const auto drift = [](Severity s) { return finding(u"count_drift"_s, s); };
        const auto stale = [](Severity s) { return finding(u"stale"_s, s); };
        QCOMPARE(describe(d.poll({ drift(Severity::Warning) })), u"-"_s);
        QCOMPARE(describe(d.poll({ drift(Severity::Warning), stale(Severity::Critical) })), u"-"_s);
        QCOMPARE(describe(d.poll({ drift(Severity::Warning), stale(Severity::Critical) })), u"opened!"_s);
        QCOMPARE(describe(d.engine.openAlerts()), u"count_drift=warning"_s);
        QCOMPARE(describe(d.poll({ stale(Severity::Critical), finding(u"auth"_s, Severity::Critical) })),
            u"opened!,opened!"_s); // auth (immediate) and stale (third poll); transitions in rule order
        QCOMPARE(describe(d.engine.openAlerts()), u"auth=critical,count_drift=warning,stale=critical"_s);
        QCOMPARE(describe(d.poll({ stale(Severity::Critical) })), u"resolved!"_s); // count_drift: 2 healthy polls
        QCOMPARE(describe(d.engine.openAlerts()), u"auth=critical,stale=critical"_s);
        // Several findings of one rule: the worst counts, once per poll.
        QCOMPARE(describe(d.poll({ stale(Severity::Warning), stale(Severity::Critical), stale(Severity::Warning) })),
            u"resolved!"_s);
        QCOMPARE(describe(d.engine.openAlerts()), u"stale=critical"_s);
    }

    void transitionKeys()
    {
        using K = AlertTransition::Kind;
        QCOMPARE(alertTransitionKey(K::Opened), u"opened"_s);
        QCOMPARE(alertTransitionKey(K::Escalated), u"escalated"_s);
        QCOMPARE(alertTransitionKey(K::Deescalated), u"deescalated"_s);
        QCOMPARE(alertTransitionKey(K::Acknowledged), u"acknowledged"_s);
        QCOMPARE(alertTransitionKey(K::Snoozed), u"snoozed"_s);
        QCOMPARE(alertTransitionKey(K::Resolved), u"resolved"_s);
        QCOMPARE(alertTransitionKey(K::Suppressed), u"suppressed"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
