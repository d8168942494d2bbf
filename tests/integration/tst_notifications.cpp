// The notification center end to end in one process (ARCHITECTURE.md §14): the composition root on a real SQLite file,
// an in-memory secret store, the real transport over loopback to a real HTTP receiver, an injected clock. What the
// Monitor does with an alert change (plan its rows, store them with it) is done here the same way, so each path of
// delivery can be driven: delivered once and signed, a receiver that is down and comes back, a webhook that is gone,
// quiet hours that hold a message until the morning, the daily digest, the spacing of one channel, and the channel's
// failure as the monitor's own finding; a canary secret is in no message, row or log.

#include "../common/SmtpServer.h"
#include "../common/WebhookReceiver.h"

#include <AppContext.h>
#include <MonitorRepository.h>
#include <SecretStore.h>
#include <Transport.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <notify/NotificationCenter.h>
#include <store/NotifyRepository.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using plumbline::test::Receiver;

namespace {

const QString kCanary = u"canary-9d41e7"_s;

void shortTimeouts(TransportPolicy& policy)
{
    policy.stallTimeoutMs = 1500;
    policy.deadlineMs = 3000;
    policy.backoffBaseMs = 5;
    policy.backoffCapMs = 20;
}

QByteArray workspaceJson(const QJsonArray& channels)
{
    QJsonObject hub { { u"id"_s, u"hub"_s }, { u"name"_s, u"HubSpot"_s }, { u"vendor"_s, u"hubspot"_s },
        { u"base_url"_s, u"https://api.hubapi.com"_s } };
    QJsonObject mc { { u"id"_s, u"mc"_s }, { u"name"_s, u"Mailchimp"_s }, { u"vendor"_s, u"mailchimp"_s },
        { u"base_url"_s, u"https://us21.api.mailchimp.com/3.0"_s } };
    QJsonObject integration { { u"id"_s, u"crm-to-email"_s }, { u"name"_s, u"CRM to e-mail"_s },
        { u"owner"_s, u"Dana Whitfield"_s }, { u"runbook"_s, u"https://wiki.example.com/runbooks/crm"_s },
        { u"source"_s, QJsonObject { { u"connection"_s, u"hub"_s }, { u"object"_s, u"contacts"_s } } },
        { u"destination"_s, QJsonObject { { u"connection"_s, u"mc"_s }, { u"object"_s, u"audience"_s } } } };
    return QJsonDocument(QJsonObject { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
                             { u"connections"_s, QJsonArray { hub, mc } },
                             { u"integrations"_s, QJsonArray { integration } }, { u"channels"_s, channels } })
        .toJson();
}

struct Harness
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    std::unique_ptr<AppContext> context;
    qint64 nextOpen = 0;

    bool start(const QJsonArray& channels)
    {
        AppContext::Options o;
        o.databaseFile = dir.filePath(u"plumbline.sqlite"_s);
        o.secrets = AppContext::Secrets::Memory;
        o.tuneTransport = &shortTimeouts;
        o.clock = [this] { return now; };
        context = std::make_unique<AppContext>(o);
        if (!context->open())
            return false;
        const WorkspaceService::ImportOutcome imported
            = context->service().importBytes(workspaceJson(channels), u"t"_s);
        if (!imported.ok()) {
            qWarning() << imported.messages() << imported.error;
            return false;
        }
        context->notifications().setSpacingMs(0);
        context->notifications().setBackoffMs(1000, 60000);
        return true;
    }
    bool setSecret(const QString& channel, const QString& name, const QString& value)
    {
        bool done = false;
        bool ok = false;
        context->secrets().write(
            SecretStore::channelScope(channel), name, value, context.get(), [&](const SecretResult& r) {
                ok = r.ok();
                done = true;
            });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }
    // What the Monitor does with an alert change: plan its notifications and store both in one transaction.
    AlertTransition change(AlertTransition::Kind kind, Severity severity, const QString& rule = u"count_drift"_s)
    {
        Alert a;
        a.subject = u"integration:crm-to-email"_s;
        a.rule = rule;
        a.severity = severity;
        a.message = u"70 records (5.8 %) are in HubSpot but not in Mailchimp"_s;
        a.openedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 12), Qt::UTC);
        if (kind == AlertTransition::Kind::Resolved) {
            a.resolvedAt = now;
            a.notifiedSeverity = severity;
        }
        QList<AlertTransition> t { { kind, a, true } };
        const QList<OutboxEntry> rows = context->notifications().plan(t, now);
        if (!context->history().saveTransitions(t, now, rows))
            qWarning() << "transition not stored";
        return t.first();
    }
    QList<OutboxEntry> log() { return context->notifications().log(); }
};

QJsonObject hook(const QString& id, bool isDefault = true)
{
    return { { u"id"_s, id }, { u"kind"_s, u"webhook"_s }, { u"name"_s, u"Ops hook"_s }, { u"default"_s, isDefault } };
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredOnceAndSigned();
    void receiverDownThenBack();
    void goneWebhookIsTheMonitorsFinding();
    void quietHoursHoldUntilMorning();
    void digestCollectsAndSendsOnce();
    void ownerAndListRouting();
    void noSecretAnywhere();
    void ownerTeamAndOnCallEachHearTheirPart();
};

void TestNotifications::deliveredOnceAndSigned()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    Harness h;
    QVERIFY(h.start({ hook(u"hook"_s) }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, receiver.url(u"/hooks/"_s + kCanary).toString()));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, kCanary));
    h.context->notifications().setDispatching(true);
    h.change(AlertTransition::Kind::Opened, Severity::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    QTRY_COMPARE(h.log().first().state, OutboxEntry::State::Sent);
    const test::ReceivedRequest& r = receiver.requests.first();
    // The signature covers "timestamp.body" under the signing secret.
    const QByteArray timestamp = r.header("X-Plumbline-Timestamp");
    QVERIFY(!timestamp.isEmpty());
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(timestamp + '.' + r.body, kCanary.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    QCOMPARE(r.header("X-Plumbline-Signature"), expected);
    QCOMPARE(r.header("X-Plumbline-Delivery"), h.log().first().deliveryId().toUtf8());
    const QJsonObject message = QJsonDocument::fromJson(r.body).object().value(u"message"_s).toObject();
    QCOMPARE(message.value(u"event"_s).toString(), u"opened"_s);
    QCOMPARE(message.value(u"subject_name"_s).toString(), u"CRM to e-mail"_s);
    QCOMPARE(message.value(u"link"_s).toString(), u"plumbline://integration/crm-to-email"_s);
    QCOMPARE(message.value(u"runbook"_s).toString(), u"https://wiki.example.com/runbooks/crm"_s);
    QVERIFY(message.value(u"summary"_s).toString().contains(u"70 records"_s));
    // Recovery: one more message, with how long it lasted (09:12 to 10:00).
    h.change(AlertTransition::Kind::Resolved, Severity::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 10000);
    const QJsonObject resolved
        = QJsonDocument::fromJson(receiver.requests.at(1).body).object().value(u"message"_s).toObject();
    QCOMPARE(resolved.value(u"event"_s).toString(), u"resolved"_s);
    QCOMPARE(resolved.value(u"lasted_s"_s).toInt(), 48 * 60);
    QCOMPARE(resolved.value(u"dedup_key"_s), message.value(u"dedup_key"_s)); // one alert, one key
    // Nothing is sent twice.
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 2);
}

void TestNotifications::receiverDownThenBack()
{
    Receiver probe;
    QVERIFY(probe.listen());
    const quint16 port = probe.port();
    probe.close(); // nobody listens there now
    Harness h;
    QVERIFY(h.start({ hook(u"hook"_s) }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, u"http://127.0.0.1:%1/hooks/x"_s.arg(port)));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, u"s"_s));
    QSignalSpy failed(&h.context->notifications(), &NotificationCenter::deliveryFailed);
    h.context->notifications().setDispatching(true);
    h.change(AlertTransition::Kind::Opened, Severity::Warning);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 10000);
    QCOMPARE(failed.first().at(2).toBool(), false); // retried, not given up
    OutboxEntry row = h.log().first();
    QCOMPARE(row.state, OutboxEntry::State::Pending);
    QCOMPARE(row.attempts, 1);
    QVERIFY(row.dueAt > h.now); // backed off
    QVERIFY(!row.lastError.isEmpty());
    // The monitor says so, naming the channel and since when.
    const QList<Finding> findings = h.context->notifications().findings(h.now);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, u"notification_failure"_s);
    QVERIFY2(findings.first().message.contains(u"Ops hook"_s), qPrintable(findings.first().message));
    QVERIFY2(findings.first().message.contains(u"have failed since"_s), qPrintable(findings.first().message));
    QVERIFY(h.context->monitor().report().monitorFindings.size() == 1);
    // The receiver comes back; after the backoff the same row goes, once.
    Receiver receiver;
    QVERIFY(receiver.listen(port));
    h.now = row.dueAt.addSecs(1);
    h.context->notifications().dispatchNow();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    QTRY_COMPARE(h.log().first().state, OutboxEntry::State::Sent);
    QCOMPARE(h.log().first().attempts, 2);
    QVERIFY(h.context->notifications().findings(h.now).isEmpty());
}

void TestNotifications::goneWebhookIsTheMonitorsFinding()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.script = { 410, 410 };
    Harness h;
    QVERIFY(h.start({ hook(u"hook"_s) }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, receiver.url().toString()));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, u"s"_s));
    h.context->notifications().setDispatching(true);
    h.change(AlertTransition::Kind::Opened, Severity::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    QTRY_VERIFY(h.log().first().attempts == 1 && !h.log().first().lastError.isEmpty());
    const OutboxEntry row = h.log().first();
    QCOMPARE(row.lastStatus, 410);
    // Gone is not fixed in seconds: the next try waits at least a quarter of an hour.
    QVERIFY2(h.now.secsTo(row.dueAt) >= 15 * 60, qPrintable(row.dueAt.toString(Qt::ISODate)));
    const QList<Finding> findings = h.context->notifications().findings(h.now);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().message.contains(u"410"_s), qPrintable(findings.first().message));
    // Retry now, after the person fixed it: sent at once.
    receiver.script.clear();
    h.context->notifications().retryNow(u"hook"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 10000);
    QTRY_COMPARE(h.log().first().state, OutboxEntry::State::Sent);
}

void TestNotifications::quietHoursHoldUntilMorning()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    QJsonObject c = hook(u"hook"_s);
    c.insert(u"time_zone"_s, u"Europe/Berlin"_s);
    c.insert(u"quiet_hours"_s, QJsonObject { { u"from"_s, u"22:00"_s }, { u"to"_s, u"07:00"_s } });
    Harness h;
    h.now = QDateTime(QDate(2026, 12, 2), QTime(22, 30), Qt::UTC); // 23:30 in Berlin
    QVERIFY(h.start({ c }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, receiver.url().toString()));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, u"s"_s));
    h.context->notifications().setDispatching(true);
    h.change(AlertTransition::Kind::Opened, Severity::Warning);
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 0);
    QCOMPARE(h.log().first().dueAt, QDateTime(QDate(2026, 12, 3), QTime(6, 0), Qt::UTC));
    QVERIFY(h.log().first().note.contains(u"07:00"_s));
    // A critical one breaks through at once.
    h.change(AlertTransition::Kind::Opened, Severity::Critical, u"auth"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    // Morning: the held one goes.
    h.now = QDateTime(QDate(2026, 12, 3), QTime(6, 0, 1), Qt::UTC);
    h.context->notifications().dispatchNow();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 10000);
}

void TestNotifications::digestCollectsAndSendsOnce()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    QJsonObject c = hook(u"hook"_s);
    c.insert(u"time_zone"_s, u"UTC"_s);
    c.insert(u"digest"_s, QJsonObject { { u"at"_s, u"08:00"_s } });
    Harness h;
    QVERIFY(h.start({ c }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, receiver.url().toString()));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, u"s"_s));
    h.context->notifications().setDispatching(true); // the first look only notes the time
    h.change(AlertTransition::Kind::Opened, Severity::Critical);
    h.change(AlertTransition::Kind::Resolved, Severity::Warning, u"stale"_s);
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 0); // collected, not sent
    QCOMPARE(h.log().first().state, OutboxEntry::State::Digest);
    // The next morning at 08:00: one message with both sections.
    h.now = QDateTime(QDate(2026, 12, 3), QTime(8, 0, 30), Qt::UTC);
    h.context->notifications().setDispatching(false);
    h.context->notifications().setDispatching(true);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    const QJsonObject message
        = QJsonDocument::fromJson(receiver.requests.first().body).object().value(u"message"_s).toObject();
    QCOMPARE(message.value(u"event"_s).toString(), u"digest"_s);
    const QJsonArray sections = message.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), 2); // what is broken (the open alert) and what recovered
    QVERIFY(sections.at(0).toObject().value(u"heading"_s).toString().startsWith(u"Broken (1)"_s));
    QVERIFY(sections.at(1).toObject().value(u"heading"_s).toString().startsWith(u"Recovered"_s));
    QCOMPARE(sections.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"link"_s).toString(),
        u"plumbline://integration/crm-to-email"_s);
    for (const OutboxEntry& e : h.log()) {
        if (e.message.event != NotifyMessage::Event::Digest)
            QCOMPARE(e.state, OutboxEntry::State::Digested);
    }
    // Not twice the same morning.
    h.context->notifications().setDispatching(false);
    h.context->notifications().setDispatching(true);
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 1);
}

void TestNotifications::ownerAndListRouting()
{
    Harness h;
    const QJsonObject dana { { u"id"_s, u"dana"_s }, { u"kind"_s, u"email"_s }, { u"to"_s, u"dana@example.com"_s },
        { u"person"_s, u"Dana Whitfield"_s },
        { u"smtp"_s, QJsonObject { { u"host"_s, u"127.0.0.1"_s }, { u"security"_s, u"none"_s } } } };
    const QJsonObject team { { u"id"_s, u"mops-slack"_s }, { u"kind"_s, u"slack"_s }, { u"default"_s, true },
        { u"min_severity"_s, u"critical"_s } };
    QVERIFY(h.start({ dana, team }));
    // The owner hears warnings; the team channel only critical ones (and its skip is logged).
    h.change(AlertTransition::Kind::Opened, Severity::Warning);
    QMap<QString, OutboxEntry::State> states;
    for (const OutboxEntry& e : h.log())
        states.insert(e.channelId, e.state);
    QCOMPARE(states.value(u"dana"_s), OutboxEntry::State::Pending);
    QCOMPARE(states.value(u"mops-slack"_s), OutboxEntry::State::Skipped);
    QStringList reached;
    for (const NotifyChannel& c : h.context->notifications().channelsFor(u"integration:crm-to-email"_s))
        reached << c.id;
    QCOMPARE(reached, (QStringList { u"dana"_s, u"mops-slack"_s }));
}

void TestNotifications::noSecretAnywhere()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.script = { 404 };
    Harness h;
    QVERIFY(h.start({ hook(u"hook"_s) }));
    QVERIFY(h.setSecret(u"hook"_s, u"url"_s, receiver.url(u"/hooks/"_s + kCanary).toString()));
    QVERIFY(h.setSecret(u"hook"_s, u"signing_secret"_s, kCanary));
    h.context->notifications().setDispatching(true);
    h.change(AlertTransition::Kind::Opened, Severity::Critical);
    QTRY_VERIFY_WITH_TIMEOUT(!h.log().first().lastError.isEmpty(), 10000);
    for (const OutboxEntry& e : h.log()) {
        QVERIFY2(!e.lastError.contains(kCanary), qPrintable(e.lastError));
        QVERIFY(!QJsonDocument(e.message.toJson()).toJson().contains(kCanary.toUtf8()));
    }
    for (const Finding& f : h.context->notifications().findings(h.now))
        QVERIFY2(!f.message.contains(kCanary), qPrintable(f.message));
    // The body carries none either (the URL path is the receiver's business, the signature is a hash).
    QVERIFY(!receiver.requests.first().body.contains(kCanary.toUtf8()));
    // Nor the SQLite file, nor the export.
    QFile db(h.dir.filePath(u"plumbline.sqlite"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(kCanary.toUtf8()));
    const QString exported = h.dir.filePath(u"export.json"_s);
    QVERIFY(h.context->service().exportFile(exported).ok());
    QFile e(exported);
    QVERIFY(e.open(QIODevice::ReadOnly));
    const QByteArray bytes = e.readAll();
    QVERIFY(bytes.contains("\"hook\""));
    QVERIFY(!bytes.contains(kCanary.toUtf8()));
}

// The "done when": the owner gets one e-mail when her integration breaks and one when it recovers (a real
// SMTP server on loopback), the team channel gets the critical ones, the on-call gets a PagerDuty incident that the
// recovery resolves (one dedup key), and every secret stays in the secret store.
void TestNotifications::ownerTeamAndOnCallEachHearTheirPart()
{
    const QString python = test::pythonWithAiosmtpd();
    if (python.isEmpty())
        QSKIP("python3-aiosmtpd is not installed (installer/install-deps.sh installs it)");
    test::SmtpServer smtp;
    QString why;
    QVERIFY2(smtp.start(python, {}, why), qPrintable(why));
    Receiver team;
    QVERIFY(team.listen());
    Receiver pagerDuty;
    QVERIFY(pagerDuty.listen());
    pagerDuty.script = { 202, 202, 202 };
    const QJsonObject dana { { u"id"_s, u"dana"_s }, { u"kind"_s, u"email"_s }, { u"to"_s, u"dana@example.com"_s },
        { u"person"_s, u"Dana Whitfield"_s },
        { u"smtp"_s,
            QJsonObject { { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, smtp.port() }, { u"security"_s, u"none"_s },
                { u"from"_s, u"Plumbline <plumbline@example.com>"_s } } } };
    const QJsonObject mops { { u"id"_s, u"mops-slack"_s }, { u"kind"_s, u"slack"_s }, { u"name"_s, u"#mops-alerts"_s },
        { u"default"_s, true }, { u"min_severity"_s, u"critical"_s } };
    const QJsonObject oncall { { u"id"_s, u"oncall"_s }, { u"kind"_s, u"pagerduty"_s },
        { u"url"_s, pagerDuty.url(u"/v2/enqueue"_s).toString() } };
    Harness h;
    QVERIFY(h.start({ dana, mops, oncall }));
    // The integration notifies the on-call explicitly; its owner and the team's default do not need naming.
    Integration i = *h.context->service().integration(u"crm-to-email"_s);
    i.notify = { u"oncall"_s, u"mops-slack"_s };
    QVERIFY(h.context->service().saveIntegration(i).ok());
    QVERIFY(h.setSecret(u"mops-slack"_s, u"url"_s, team.url(u"/services/T0/B0/"_s + kCanary).toString()));
    QVERIFY(h.setSecret(u"oncall"_s, u"routing_key"_s, u"R0"_s + kCanary));
    h.context->notifications().setDispatching(true);

    // A warning first: the owner and the on-call hear it, the team (critical only) does not.
    h.change(AlertTransition::Kind::Opened, Severity::Warning, u"stale"_s);
    QTRY_COMPARE_WITH_TIMEOUT(smtp.messages().size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.requests.size(), 1, 15000);
    QTest::qWait(300);
    QCOMPARE(team.requests.size(), 0);
    // The critical one: everyone.
    h.change(AlertTransition::Kind::Opened, Severity::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(smtp.messages().size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(team.requests.size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.requests.size(), 2, 15000);
    // It recovers: one more e-mail, the team hears it, the incident resolves by the same dedup key.
    h.change(AlertTransition::Kind::Resolved, Severity::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(smtp.messages().size(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(team.requests.size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pagerDuty.requests.size(), 3, 15000);
    const QJsonObject trigger = QJsonDocument::fromJson(pagerDuty.requests.at(1).body).object();
    const QJsonObject resolve = QJsonDocument::fromJson(pagerDuty.requests.at(2).body).object();
    QCOMPARE(trigger.value(u"event_action"_s).toString(), u"trigger"_s);
    QCOMPARE(resolve.value(u"event_action"_s).toString(), u"resolve"_s);
    QCOMPARE(resolve.value(u"dedup_key"_s), trigger.value(u"dedup_key"_s));
    QVERIFY(trigger.value(u"dedup_key"_s)
        != QJsonDocument::fromJson(pagerDuty.requests.at(0).body).object().value(u"dedup_key"_s));
    // The owner's e-mails name the integration, and the last one says it recovered and for how long.
    const QList<QJsonObject> mails = smtp.messages();
    for (const QJsonObject& m : mails)
        QVERIFY2(QJsonDocument(m).toJson().contains("CRM to e-mail"), QJsonDocument(m).toJson().constData());
    QVERIFY(QJsonDocument(mails.last()).toJson().contains("48 minute"));
    // No secret left the secret store: not in the e-mails, the team's bodies, the log or the SQLite file.
    for (const QJsonObject& m : mails)
        QVERIFY(!QJsonDocument(m).toJson().contains(kCanary.toUtf8()));
    for (const test::ReceivedRequest& r : team.requests)
        QVERIFY(!r.body.contains(kCanary.toUtf8()));
    QFile db(h.dir.filePath(u"plumbline.sqlite"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(kCanary.toUtf8()));
    // Everything went out, but the warning the team's channel does not take (logged as not sent, and why).
    int skipped = 0;
    for (const OutboxEntry& e : h.log()) {
        if (e.state == OutboxEntry::State::Skipped) {
            ++skipped;
            QCOMPARE(e.channelId, u"mops-slack"_s);
            QVERIFY(!e.note.isEmpty());
        } else {
            QCOMPARE(e.state, OutboxEntry::State::Sent);
        }
        QVERIFY(!e.lastError.contains(kCanary));
    }
    QCOMPARE(skipped, 1);
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
