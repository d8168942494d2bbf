// The outbound webhook against a real loopback receiver (a QTcpServer answering raw HTTP): the Slack-compatible
// body, retries through the transport, the later-retry queue when the receiver is down, redaction of secrets in the
// message, in URLs and in errors, and the https-only rule.
#include "../common/WebhookReceiver.h"

#include <notify/WebhookNotifier.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

using plumbline::test::ReceivedRequest;
using plumbline::test::Receiver;

namespace {

TransportPolicy fastPolicy()
{
    TransportPolicy p;
    p.stallTimeoutMs = 2000;
    p.deadlineMs = 4000;
    p.backoffBaseMs = 5;
    p.backoffCapMs = 20;
    return p;
}

AlertTransition sampleTransition(const QString& message = u"Destination is 120 records behind the source (4.8 %)"_s)
{
    AlertTransition t;
    t.kind = AlertTransition::Kind::Opened;
    t.notify = true;
    t.alert.id = 3;
    t.alert.subject = u"integration:42"_s;
    t.alert.rule = u"count_drift"_s;
    t.alert.severity = Severity::Critical;
    t.alert.message = message;
    t.alert.openedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    t.alert.notifiedSeverity = Severity::Critical;
    return t;
}

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString error;
};

} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT

private:
    Outcome deliver(WebhookNotifier& notifier, const AlertTransition& t, const QString& subjectName)
    {
        Outcome out;
        QObject context;
        notifier.send(t, subjectName, &context, [&out](bool ok, QString error) {
            out.done = true;
            out.ok = ok;
            out.error = std::move(error);
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done, 15000); }();
        return out;
    }

private Q_SLOTS:
    void deliversSlackCompatibleJson()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        QNetworkAccessManager nam;
        Transport transport(nam, fastPolicy());
        WebhookNotifier notifier(transport, receiver.url());

        const Outcome out = deliver(notifier, sampleTransition(), u"HubSpot contacts → Salesforce <Contact>"_s);
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(out.error.isEmpty());
        QCOMPARE(receiver.requests.size(), 1);
        const ReceivedRequest& r = receiver.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/hooks/plumbline"));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        const QString text = root.value(u"text"_s).toString();
        QVERIFY(text.contains(u"count_drift"_s));
        QVERIFY(text.contains(u"critical"_s));
        QVERIFY(text.contains(u"HubSpot contacts → Salesforce <Contact>"_s)); // plain text: not escaped
        QVERIFY(text.contains(u"120 records behind"_s));
        QVERIFY(text.contains(u"2026-03-02T09:15:00Z"_s));

        const QJsonArray blocks = root.value(u"blocks"_s).toArray();
        QVERIFY(blocks.size() >= 2);
        QCOMPARE(blocks.at(0).toObject().value(u"type"_s).toString(), u"header"_s);
        QCOMPARE(blocks.at(0)[u"text"_s][u"type"_s].toString(), u"plain_text"_s);
        const QJsonObject section = blocks.at(1).toObject();
        QCOMPARE(section.value(u"type"_s).toString(), u"section"_s);
        QCOMPARE(section[u"text"_s][u"type"_s].toString(), u"mrkdwn"_s);
        QVERIFY(section[u"text"_s][u"text"_s].toString().contains(u"120 records behind"_s));
        QStringList fields;
        for (const QJsonValue& f : section.value(u"fields"_s).toArray())
            fields << f[u"text"_s].toString();
        const QString all = fields.join(u'\n');
        QVERIFY2(all.contains(u"count_drift"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Critical"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Salesforce &lt;Contact&gt;"_s), qPrintable(all)); // mrkdwn escaped
        QVERIFY2(all.contains(u"2026-03-02T09:15:00Z"_s), qPrintable(all));
        QCOMPARE(notifier.pendingCount(), 0);
    }

    void retriesServerErrorsThroughTheTransport()
    {
        Receiver receiver;
        receiver.script = { 500, 500, 200 };
        QVERIFY(receiver.listen());
        QNetworkAccessManager nam;
        Transport transport(nam, fastPolicy());
        QSignalSpy retries(&transport, &Transport::retryScheduled);
        WebhookNotifier notifier(transport, receiver.url());

        const Outcome out = deliver(notifier, sampleTransition(), u"HubSpot → Salesforce"_s);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(receiver.requests.size(), 3); // delivered on the third attempt
        QCOMPARE(retries.size(), 2);
        QCOMPARE(receiver.requests.at(0).body, receiver.requests.at(2).body);
        QCOMPARE(notifier.pendingCount(), 0);
    }

    void failedDeliveryIsReportedAndRetriedLater()
    {
        // Find a free port, then close it: the receiver is down.
        Receiver receiver;
        QVERIFY(receiver.listen());
        const QUrl url = receiver.url();
        const quint16 port = receiver.port();
        receiver.close();

        QNetworkAccessManager nam;
        Transport transport(nam, fastPolicy());
        WebhookNotifier notifier(transport, url);
        notifier.setRetryInterval(150);
        QSignalSpy delivered(&notifier, &WebhookNotifier::queuedDelivered);

        const Outcome out = deliver(notifier, sampleTransition(), u"HubSpot → Salesforce"_s);
        QVERIFY(!out.ok);
        QVERIFY(!out.error.isEmpty());
        QCOMPARE(notifier.pendingCount(), 1);

        QVERIFY(receiver.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(notifier.pendingCount(), 0);
        QCOMPARE(receiver.requests.size(), 1);
        QVERIFY(receiver.requests.first().body.contains("count_drift"));
    }

    void queueIsBoundedAndDrainsInOrder()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        const QUrl url = receiver.url();
        const quint16 port = receiver.port();
        receiver.close();

        QNetworkAccessManager nam;
        TransportPolicy policy = fastPolicy();
        policy.maxAttempts = 1;
        Transport transport(nam, policy);
        WebhookNotifier notifier(transport, url);
        notifier.setRetryInterval(60000); // not during the fill
        notifier.setMaxPending(3);
        QSignalSpy dropped(&notifier, &WebhookNotifier::queuedDropped);
        QSignalSpy delivered(&notifier, &WebhookNotifier::queuedDelivered);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!deliver(notifier, sampleTransition(u"message number %1"_s.arg(i)), u"x"_s).ok);
        QCOMPARE(notifier.pendingCount(), 3);
        QCOMPARE(dropped.size(), 2); // the oldest two

        QVERIFY(receiver.listen(port));
        notifier.retryPendingNow();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10000);
        QCOMPARE(notifier.pendingCount(), 0);
        QCOMPARE(receiver.requests.size(), 3);
        for (int i = 0; i < 3; ++i) // oldest first
            QVERIFY(receiver.requests.at(i).body.contains(QByteArray("message number " + QByteArray::number(i + 2))));
    }

    void secretsNeverReachTheReceiverOrTheError()
    {
        const QString planted = u"pl4nted-S3CRET-value"_s;
        Receiver receiver;
        receiver.script = { 500, 500, 500 };
        QVERIFY(receiver.listen());
        QNetworkAccessManager nam;
        Transport transport(nam, fastPolicy());
        transport.redactor().addSecret(planted);
        // The hook's own credentials: a Slack-style secret path and a token in the query.
        const QUrl hook = receiver.url(u"/services/T000/B000/HOOKPATHSECRET?token=QUERYSECRET99"_s);
        WebhookNotifier notifier(transport, hook);
        notifier.setRetryInterval(600000);

        const QString message = u"Salesforce rejected %1; tried https://api.example.test/v1/contacts?api_key=KEY123456"
                                "&limit=1 with Authorization: Bearer abcdefgh12345678"_s.arg(planted);
        const Outcome out = deliver(notifier, sampleTransition(message), u"Shop %1"_s.arg(planted));
        QVERIFY(!out.ok);
        QCOMPARE(receiver.requests.size(), 3);
        for (const QByteArray& leak : { planted.toUtf8(), QByteArray("KEY123456"), QByteArray("abcdefgh12345678") })
            QVERIFY2(!receiver.raw.contains(leak), leak.constData());
        QVERIFY(receiver.requests.first().body.contains("limit=1")); // harmless query values stay
        QVERIFY(receiver.requests.first().body.contains("[redacted]"));
        for (const QString& leak : { planted, u"KEY123456"_s, u"HOOKPATHSECRET"_s, u"QUERYSECRET99"_s })
            QVERIFY2(!out.error.contains(leak), qPrintable(out.error));
        QVERIFY2(out.error.contains(u"HTTP 500"_s) && out.error.contains(u"3 attempts"_s), qPrintable(out.error));
        // The payload builder on its own redacts as well.
        const QByteArray body = notifier.payload(sampleTransition(message), u"Shop"_s);
        QVERIFY(!body.contains(planted.toUtf8()));
        QVERIFY(!body.contains("KEY123456"));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        QNetworkAccessManager nam;
        Transport transport(nam, fastPolicy());
        for (const QString& url : { u"http://hooks.example.test/services/T0/B0/SECRETPATH?token=abc123"_s,
                 u"http://192.168.1.20/hook"_s, u"ftp://127.0.0.1/hook"_s }) {
            WebhookNotifier notifier(transport, QUrl(url));
            const Outcome out = deliver(notifier, sampleTransition(), u"x"_s);
            QVERIFY2(!out.ok, qPrintable(url));
            QVERIFY2(out.error.contains(u"https"_s), qPrintable(out.error));
            QVERIFY2(!out.error.contains(u"SECRETPATH"_s), qPrintable(out.error));
            QVERIFY2(!out.error.contains(u"abc123"_s), qPrintable(out.error));
            QCOMPARE(notifier.pendingCount(), 0); // a policy refusal is not retried later
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
