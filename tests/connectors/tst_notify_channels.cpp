// The HTTP notification channels (ARCHITECTURE.md §14) against a real loopback receiver: for Slack, Teams, Google Chat,
// PagerDuty and the signed webhook the exact request (method, path, Content-Type, the JSON shape, figures, link,
// escaping and Block Kit's limits), the webhook's signature recomputed here, PagerDuty's trigger/resolve pair, the
// vendors' refusals and what they mean (permanent or not, Retry-After), a receiver that is down or too slow, and a
// canary secret that never reaches a body or an error.
#include "../common/WebhookReceiver.h"

#include <notify/ChannelDelivery.h>
#include <notify/ChannelPayloads.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

using plumbline::test::ReceivedRequest;
using plumbline::test::Receiver;
using plumbline::test::ScriptedAnswer;

namespace {

const QString kCanary = u"canary-7f3a9c"_s;

TransportPolicy fastPolicy()
{
    TransportPolicy p;
    p.stallTimeoutMs = 3000;
    p.deadlineMs = 6000;
    p.backoffBaseMs = 5;
    p.backoffCapMs = 20;
    return p;
}

ChannelSecrets secretsFor(const Receiver& receiver)
{
    ChannelSecrets s;
    s.url = receiver.url(u"/hooks/T0001/B0002/"_s + kCanary).toString();
    s.signingSecret = u"whsec-"_s + kCanary;
    s.routingKey = u"R0"_s + kCanary + u"0123456789abcdef"_s;
    s.password = u"pw-"_s + kCanary;
    return s;
}

NotifyChannel channelOf(ChannelKind kind)
{
    NotifyChannel c;
    c.id = u"ops-"_s + channelKindKey(kind);
    c.kind = kind;
    c.name = u"#mops-alerts"_s;
    return c;
}

NotifyMessage sampleMessage(const ChannelSecrets& secrets = {})
{
    NotifyMessage m;
    m.event = NotifyMessage::Event::Opened;
    m.severity = Severity::Critical;
    m.dedupKey = u"alert:42:count_drift"_s;
    m.subject = u"integration:crm-to-email"_s;
    m.rule = u"count_drift"_s;
    m.integrationId = u"crm-to-email"_s;
    m.subjectName = u"HubSpot → Mailchimp <script>&"_s;
    m.title = u"Critical: HubSpot → Mailchimp <script>& — count drift"_s;
    m.summary = u"70 records (5.8 %) are missing at Mailchimp since 09:12."_s;
    m.figures = { { u"Gap"_s, u"70 records (5.8 %)"_s }, { u"Source"_s, u"1,204 contacts"_s },
        { u"Destination"_s, u"1,134 members"_s } };
    m.hint = u"Open the Make scenario's history and look for failed runs after 09:00."_s;
    m.runbook = u"https://wiki.example.com/runbooks/crm-sync"_s;
    m.link = u"plumbline://integration/crm-to-email"_s;
    m.linkLabel = u"Open in Plumbline"_s;
    m.at = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    // Every secret planted in a text: the redactor, the last guard, must take each of them out.
    m.footer = u"Sent by Plumbline on laptop-dana (%1 %2 %3 %4)."_s.arg(
        secrets.url, secrets.signingSecret, secrets.routingKey, secrets.password);
    return m;
}

QByteArray hookPath()
{
    return QByteArray("/hooks/T0001/B0002/") + kCanary.toUtf8();
}

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(PLUMBLINE_TEST_DATA "/notify/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject jsonOf(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << body.left(200);
    return doc.object();
}

// Every text of a Slack/Teams/Chat body, flattened, for "present anywhere" checks.
void collectStrings(const QJsonValue& v, QStringList& out)
{
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue& x : v.toArray())
            collectStrings(x, out);
    else if (v.isObject())
        for (const QJsonValue& x : v.toObject())
            collectStrings(x, out);
}

QString allText(const QJsonObject& o)
{
    QStringList out;
    collectStrings(o, out);
    return out.join(u'\n');
}

} // namespace

class TestNotifyChannels : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    DeliveryOutcome deliver(Transport& transport, const NotifyChannel& channel, const ChannelSecrets& secrets,
        const NotifyMessage& message, const QString& deliveryId = u"d-0001"_s)
    {
        ChannelDelivery delivery(transport);
        DeliveryOutcome out;
        bool done = false;
        int calls = 0;
        QObject context;
        delivery.send(channel, secrets, message, deliveryId, &context, [&](const DeliveryOutcome& o) {
            out = o;
            done = true;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        QTest::qWait(20);
        [&] { QCOMPARE(calls, 1); }();
        // No error ever names a secret or the path of a webhook URL.
        [&] { QVERIFY2(!out.error.contains(kCanary), qPrintable(out.error)); }();
        [&] { QVERIFY2(!out.error.contains(u'\n'), qPrintable(out.error)); }();
        return out;
    }

    // One scripted answer from the receiver to a Slack delivery.
    DeliveryOutcome slackAnswered(ScriptedAnswer answer, Receiver& receiver)
    {
        receiver.answers = { answer };
        Transport transport(m_nam, fastPolicy());
        return deliver(transport, channelOf(ChannelKind::Slack), secretsFor(receiver), sampleMessage());
    }

private Q_SLOTS:
    void slackRequestIsBlockKit()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        Transport transport(m_nam, fastPolicy());
        const ChannelSecrets secrets = secretsFor(receiver);
        const DeliveryOutcome out = deliver(transport, channelOf(ChannelKind::Slack), secrets, sampleMessage(secrets));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, 200);
        QCOMPARE(out.kind, ErrorKind::None);
        QCOMPARE(receiver.requests.size(), 1);
        const ReceivedRequest& r = receiver.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, hookPath());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(!r.body.contains(kCanary.toUtf8()), r.body.constData());

        const QJsonObject root = jsonOf(r.body);
        const QString fallback = root.value(u"text"_s).toString();
        QVERIFY2(fallback.startsWith(u"Critical: HubSpot → Mailchimp &lt;script&gt;&amp; — count drift"_s),
            qPrintable(fallback));
        QVERIFY(fallback.contains(u"70 records (5.8 %) are missing"_s));
        QVERIFY2(!r.body.contains("<script>"), r.body.constData());

        const QJsonArray blocks = root.value(u"blocks"_s).toArray();
        QVERIFY(blocks.size() >= 6);
        const QJsonObject header = blocks.at(0).toObject();
        QCOMPARE(header.value(u"type"_s).toString(), u"header"_s);
        QCOMPARE(header[u"text"_s][u"type"_s].toString(), u"plain_text"_s);
        QCOMPARE(header[u"text"_s][u"text"_s].toString(),
            u"Critical: HubSpot → Mailchimp &lt;script&gt;&amp; — count drift"_s);
        const QJsonObject summary = blocks.at(1).toObject();
        QCOMPARE(summary.value(u"type"_s).toString(), u"section"_s);
        QCOMPARE(summary[u"text"_s][u"type"_s].toString(), u"mrkdwn"_s);
        QCOMPARE(
            summary[u"text"_s][u"text"_s].toString(), u"70 records (5.8 %) are missing at Mailchimp since 09:12."_s);
        const QJsonArray fields = blocks.at(2)[u"fields"_s].toArray();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0)[u"type"_s].toString(), u"mrkdwn"_s);
        QCOMPARE(fields.at(0)[u"text"_s].toString(), u"*Gap*\n70 records (5.8 %)"_s);
        QCOMPARE(fields.at(2)[u"text"_s].toString(), u"*Destination*\n1,134 members"_s);
        QCOMPARE(blocks.at(3)[u"text"_s][u"text"_s].toString(),
            u"*What to check*\nOpen the Make scenario's history and look for failed runs after 09:00."_s);
        QCOMPARE(
            blocks.at(4)[u"text"_s][u"text"_s].toString(), u"*Runbook*\nhttps://wiki.example.com/runbooks/crm-sync"_s);
        QCOMPARE(blocks.at(5)[u"text"_s][u"text"_s].toString(),
            u"<plumbline://integration/crm-to-email|Open in Plumbline>"_s);
        const QJsonObject context = blocks.last().toObject();
        QCOMPARE(context.value(u"type"_s).toString(), u"context"_s);
        const QJsonArray elements = context.value(u"elements"_s).toArray();
        QCOMPARE(elements.at(0)[u"text"_s].toString(),
            u"<!date^1772442900^{date_short_pretty} {time}|2026-03-02 09:15 UTC>"_s);
        const QString footer = elements.at(1)[u"text"_s].toString();
        QVERIFY2(footer.startsWith(u"Sent by Plumbline on laptop-dana"_s), qPrintable(footer));
        QVERIFY2(footer.contains(u"[redacted]"_s), qPrintable(footer));
    }

    void slackTextsAreCutToBlockKitLimits()
    {
        NotifyMessage m = sampleMessage();
        m.title = QString(300, u'T');
        // An escaped "&" right at the section's limit must not be cut in half.
        m.summary = QString(2997, u's') + u"&&&&"_s;
        m.figures.clear();
        for (int k = 0; k < 25; ++k)
            m.figures.append({ u"Figure %1"_s.arg(k), k == 0 ? QString(2500, u'v') : u"%1"_s.arg(k) });
        const HttpRequest r
            = ChannelPayloads::slack(channelOf(ChannelKind::Slack), m, {}, QDateTime::currentDateTimeUtc(), u"d-1"_s);
        const QJsonArray blocks = jsonOf(r.body).value(u"blocks"_s).toArray();
        const QString header = blocks.at(0)[u"text"_s][u"text"_s].toString();
        QCOMPARE(header.size(), ChannelPayloads::kSlackHeaderMax);
        QVERIFY(header.endsWith(u"…"_s));
        const QString summary = blocks.at(1)[u"text"_s][u"text"_s].toString();
        QVERIFY(summary.size() <= ChannelPayloads::kSlackSectionMax);
        QVERIFY(summary.endsWith(u"…"_s));
        QVERIFY2(summary.endsWith(u"&amp;…"_s) || summary.endsWith(u"s…"_s), qPrintable(summary.right(12)));
        // 25 figures: three sections of at most ten fields, each at most 2000 characters.
        int fieldCount = 0;
        for (const QJsonValue& b : blocks) {
            const QJsonArray fields = b[u"fields"_s].toArray();
            QVERIFY(fields.size() <= ChannelPayloads::kSlackFieldsPerSection);
            for (const QJsonValue& f : fields) {
                QVERIFY(f[u"text"_s].toString().size() <= ChannelPayloads::kSlackFieldMax);
                ++fieldCount;
            }
        }
        QCOMPARE(fieldCount, 25);
        QVERIFY(blocks.size() <= ChannelPayloads::kSlackBlocksMax);
        QCOMPARE(ChannelPayloads::truncated(u"abc"_s, 3), u"abc"_s);
        QCOMPARE(ChannelPayloads::truncated(u"abcdef"_s, 4), u"abc…"_s);
        QCOMPARE(ChannelPayloads::slackEscape(u"<script>&"_s), u"&lt;script&gt;&amp;"_s);
    }

    void teamsRequestIsAnAdaptiveCard()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        receiver.answers = { ScriptedAnswer { 202, QByteArray(), "text/plain", {}, 0 } };
        Transport transport(m_nam, fastPolicy());
        const ChannelSecrets secrets = secretsFor(receiver);
        const DeliveryOutcome out = deliver(transport, channelOf(ChannelKind::Teams), secrets, sampleMessage(secrets));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.status, 202);
        const ReceivedRequest& r = receiver.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, hookPath());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(!r.body.contains(kCanary.toUtf8()), r.body.constData());

        const QJsonObject root = jsonOf(r.body);
        QCOMPARE(root.value(u"type"_s).toString(), u"message"_s);
        const QJsonArray attachments = root.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject attachment = attachments.first().toObject();
        QCOMPARE(attachment.value(u"contentType"_s).toString(), u"application/vnd.microsoft.card.adaptive"_s);
        QVERIFY(attachment.contains(u"contentUrl"_s));
        QVERIFY(attachment.value(u"contentUrl"_s).isNull());
        const QJsonObject card = attachment.value(u"content"_s).toObject();
        QCOMPARE(card.value(u"$schema"_s).toString(), u"http://adaptivecards.io/schemas/adaptive-card.json"_s);
        QCOMPARE(card.value(u"type"_s).toString(), u"AdaptiveCard"_s);
        QCOMPARE(card.value(u"version"_s).toString(), u"1.4"_s);
        const QJsonArray body = card.value(u"body"_s).toArray();
        const QJsonObject title = body.at(0).toObject();
        QCOMPARE(title.value(u"type"_s).toString(), u"TextBlock"_s);
        QCOMPARE(title.value(u"text"_s).toString(), u"Critical: HubSpot → Mailchimp <script>& — count drift"_s);
        QCOMPARE(title.value(u"color"_s).toString(), u"Attention"_s);
        QCOMPARE(title.value(u"weight"_s).toString(), u"Bolder"_s);
        QJsonArray facts;
        QStringList texts;
        for (const QJsonValue& b : body) {
            if (b[u"type"_s].toString() == u"FactSet")
                facts = b[u"facts"_s].toArray();
            else
                texts << b[u"text"_s].toString();
        }
        QCOMPARE(facts.size(), 3);
        QCOMPARE(facts.at(0)[u"title"_s].toString(), u"Gap"_s);
        QCOMPARE(facts.at(0)[u"value"_s].toString(), u"70 records (5.8 %)"_s);
        QVERIFY(texts.contains(u"70 records (5.8 %) are missing at Mailchimp since 09:12."_s));
        QVERIFY(texts.contains(u"What to check"_s));
        QVERIFY(texts.contains(u"Open the Make scenario's history and look for failed runs after 09:00."_s));
        QVERIFY(texts.contains(u"https://wiki.example.com/runbooks/crm-sync"_s));
        const QJsonArray actions = card.value(u"actions"_s).toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()[u"type"_s].toString(), u"Action.OpenUrl"_s);
        QCOMPARE(actions.first()[u"url"_s].toString(), u"plumbline://integration/crm-to-email"_s);
        QCOMPARE(actions.first()[u"title"_s].toString(), u"Open in Plumbline"_s);
    }

    void googleChatRequestHasTextAndCard()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        Transport transport(m_nam, fastPolicy());
        const ChannelSecrets secrets = secretsFor(receiver);
        NotifyMessage m = sampleMessage(secrets);
        m.summary += u" Ping <users/all>."_s;
        const DeliveryOutcome out = deliver(transport, channelOf(ChannelKind::GoogleChat), secrets, m);
        QVERIFY2(out.ok, qPrintable(out.error));
        const ReceivedRequest& r = receiver.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=UTF-8"));
        QVERIFY2(!r.body.contains(kCanary.toUtf8()), r.body.constData());

        const QJsonObject root = jsonOf(r.body);
        const QStringList text = root.value(u"text"_s).toString().split(u'\n');
        QCOMPARE(text.value(0), u"*Critical: HubSpot → Mailchimp <\u200Bscript>& — count drift*"_s);
        // A "<" in a text never opens a link or an @mention.
        QCOMPARE(text.value(1), u"70 records (5.8 %) are missing at Mailchimp since 09:12. Ping <\u200Busers/all>."_s);
        QCOMPARE(text.last(), u"<plumbline://integration/crm-to-email|Open in Plumbline>"_s);

        const QJsonArray cards = root.value(u"cardsV2"_s).toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first()[u"cardId"_s].toString(), u"plumbline-d-0001"_s);
        const QJsonObject card = cards.first()[u"card"_s].toObject();
        QCOMPARE(card[u"header"_s][u"title"_s].toString(), u"Critical: HubSpot → Mailchimp <script>& — count drift"_s);
        QCOMPARE(card[u"header"_s][u"subtitle"_s].toString(), u"HubSpot → Mailchimp <script>&"_s);
        const QString all = allText(card);
        QVERIFY2(all.contains(u"70 records (5.8 %) are missing"_s), qPrintable(all));
        bool gap = false;
        for (const QJsonValue& section : card[u"sections"_s].toArray()) {
            for (const QJsonValue& w : section[u"widgets"_s].toArray()) {
                if (w[u"decoratedText"_s][u"topLabel"_s].toString() == u"Gap")
                    gap = w[u"decoratedText"_s][u"text"_s].toString() == u"70 records (5.8 %)";
            }
        }
        QVERIFY(gap);
        QVERIFY2(all.contains(u"What to check"_s), qPrintable(all));
        // Card text is HTML: escaped.
        QVERIFY2(!all.contains(u"<users/all>"_s), qPrintable(all));
        QVERIFY2(all.contains(u"&lt;users/all&gt;"_s), qPrintable(all));
    }

    void pagerDutyTriggersThenResolvesOneAlert()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray accepted = fixture(u"pagerduty_202_accepted.json"_s);
        receiver.answers = { { 202, accepted, "application/json", {}, 0 }, { 202, accepted, "application/json", {}, 0 },
            { 202, accepted, "application/json", {}, 0 } };
        Transport transport(m_nam, fastPolicy());
        NotifyChannel channel = channelOf(ChannelKind::PagerDuty);
        channel.url = receiver.url(u"/v2/enqueue"_s).toString();
        ChannelSecrets secrets = secretsFor(receiver);
        secrets.url.clear();
        NotifyMessage m = sampleMessage(secrets);

        QVERIFY(deliver(transport, channel, secrets, m).ok);
        m.event = NotifyMessage::Event::Acknowledged;
        QVERIFY(deliver(transport, channel, secrets, m).ok);
        m.event = NotifyMessage::Event::Resolved;
        m.lastedS = 7500;
        const DeliveryOutcome resolved = deliver(transport, channel, secrets, m);
        QVERIFY2(resolved.ok, qPrintable(resolved.error));
        QCOMPARE(resolved.status, 202);
        QCOMPARE(receiver.requests.size(), 3);

        const ReceivedRequest& t = receiver.requests.at(0);
        QCOMPARE(t.method, QByteArray("POST"));
        QCOMPARE(t.path, QByteArray("/v2/enqueue"));
        QCOMPARE(t.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject trigger = jsonOf(t.body);
        QCOMPARE(trigger.value(u"routing_key"_s).toString(), secrets.routingKey);
        QCOMPARE(trigger.value(u"event_action"_s).toString(), u"trigger"_s);
        QCOMPARE(trigger.value(u"dedup_key"_s).toString(), u"alert:42:count_drift"_s);
        QCOMPARE(trigger.value(u"client"_s).toString(), u"Plumbline"_s);
        const QJsonObject payload = trigger.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"summary"_s).toString(), u"Critical: HubSpot → Mailchimp <script>& — count drift"_s);
        QCOMPARE(payload.value(u"source"_s).toString(), u"plumbline"_s);
        QCOMPARE(payload.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(payload.value(u"timestamp"_s).toString(), u"2026-03-02T09:15:00.000Z"_s);
        QCOMPARE(payload.value(u"component"_s).toString(), u"HubSpot → Mailchimp <script>&"_s);
        QCOMPARE(payload.value(u"class"_s).toString(), u"count_drift"_s);
        const QJsonObject details = payload.value(u"custom_details"_s).toObject();
        QCOMPARE(details[u"figures"_s][u"Gap"_s].toString(), u"70 records (5.8 %)"_s);
        QCOMPARE(details[u"figures"_s][u"Destination"_s].toString(), u"1,134 members"_s);
        QCOMPARE(
            details[u"hint"_s].toString(), u"Open the Make scenario's history and look for failed runs after 09:00."_s);
        QCOMPARE(details[u"runbook"_s].toString(), u"https://wiki.example.com/runbooks/crm-sync"_s);
        QCOMPARE(details[u"link"_s].toString(), u"plumbline://integration/crm-to-email"_s);

        // Acknowledge and resolve carry the same dedup key and nothing else.
        const QStringList bare { u"dedup_key"_s, u"event_action"_s, u"routing_key"_s };
        const QJsonObject ack = jsonOf(receiver.requests.at(1).body);
        QCOMPARE(ack.keys(), bare);
        QCOMPARE(ack.value(u"event_action"_s).toString(), u"acknowledge"_s);
        QCOMPARE(ack.value(u"dedup_key"_s).toString(), u"alert:42:count_drift"_s);
        const QJsonObject resolve = jsonOf(receiver.requests.at(2).body);
        QCOMPARE(resolve.keys(), bare);
        QCOMPARE(resolve.value(u"event_action"_s).toString(), u"resolve"_s);
        QCOMPARE(resolve.value(u"dedup_key"_s).toString(), trigger.value(u"dedup_key"_s).toString());
        QVERIFY(!resolve.contains(u"payload"_s));

        // The routing key is in its field (the API requires it) and nowhere else.
        for (const ReceivedRequest& r : std::as_const(receiver.requests)) {
            QJsonObject o = jsonOf(r.body);
            o.remove(u"routing_key"_s);
            const QByteArray rest = QJsonDocument(o).toJson(QJsonDocument::Compact);
            QVERIFY2(!rest.contains(kCanary.toUtf8()), rest.constData());
        }
    }

    void pagerDutyTestsAndLongKeys()
    {
        NotifyChannel channel = channelOf(ChannelKind::PagerDuty);
        NotifyMessage m = sampleMessage();
        m.event = NotifyMessage::Event::Test;
        m.dedupKey.clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const HttpRequest test = ChannelPayloads::pagerDuty(channel, m, {}, now, u"t-42"_s);
        QCOMPARE(test.url.toString(), u"https://events.pagerduty.com/v2/enqueue"_s);
        const QJsonObject o = jsonOf(test.body);
        QCOMPARE(o.value(u"event_action"_s).toString(), u"trigger"_s);
        QCOMPARE(o.value(u"dedup_key"_s).toString(), u"plumbline-test-t-42"_s);
        QCOMPARE(ChannelPayloads::pagerDutyAction(NotifyMessage::Event::Escalated), u"trigger"_s);
        QCOMPARE(ChannelPayloads::pagerDutyAction(NotifyMessage::Event::Acknowledged), u"acknowledge"_s);
        QCOMPARE(ChannelPayloads::pagerDutyAction(NotifyMessage::Event::Resolved), u"resolve"_s);

        // A key longer than PagerDuty's 255 characters is hashed, the same way for trigger and resolve.
        NotifyMessage longKey = sampleMessage();
        longKey.dedupKey = QString(400, u'k');
        longKey.summary = QString(2000, u'x');
        longKey.title.clear();
        const QString key = ChannelPayloads::pagerDutyDedupKey(longKey, u"a"_s);
        QVERIFY(key.size() <= ChannelPayloads::kPagerDutyDedupKeyMax);
        QCOMPARE(ChannelPayloads::pagerDutyDedupKey(longKey, u"b"_s), key);
        const QJsonObject trigger = jsonOf(ChannelPayloads::pagerDuty(channel, longKey, {}, now, u"a"_s).body);
        QCOMPARE(trigger.value(u"dedup_key"_s).toString(), key);
        QCOMPARE(trigger[u"payload"_s][u"summary"_s].toString().size(), ChannelPayloads::kPagerDutySummaryMax);
        longKey.event = NotifyMessage::Event::Resolved;
        QCOMPARE(
            jsonOf(ChannelPayloads::pagerDuty(channel, longKey, {}, now, u"c"_s).body).value(u"dedup_key"_s).toString(),
            key);
        longKey.severity = Severity::Warning;
        longKey.event = NotifyMessage::Event::Opened;
        QCOMPARE(jsonOf(ChannelPayloads::pagerDuty(channel, longKey, {}, now, u"c"_s).body)[u"payload"_s][u"severity"_s]
                     .toString(),
            u"warning"_s);
    }

    void webhookIsSignedAndVerifiable()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        Transport transport(m_nam, fastPolicy());
        const ChannelSecrets secrets = secretsFor(receiver);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const DeliveryOutcome out = deliver(
            transport, channelOf(ChannelKind::Webhook), secrets, sampleMessage(secrets), u"7d6f0c1e-delivery"_s);
        QVERIFY2(out.ok, qPrintable(out.error));
        const ReceivedRequest& r = receiver.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, hookPath());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("X-Plumbline-Delivery"), QByteArray("7d6f0c1e-delivery"));
        QCOMPARE(r.header("X-Plumbline-Event"), QByteArray("opened"));
        QVERIFY2(!r.body.contains(kCanary.toUtf8()), r.body.constData());

        // What a receiver does: recompute the HMAC over "<timestamp>.<body>" and compare; refuse old timestamps.
        const QByteArray timestamp = r.header("X-Plumbline-Timestamp");
        bool isNumber = false;
        const qint64 ts = timestamp.toLongLong(&isNumber);
        QVERIFY(isNumber);
        QVERIFY(ts >= before && ts <= QDateTime::currentSecsSinceEpoch());
        QVERIFY(QDateTime::currentSecsSinceEpoch() - ts < 300);
        const auto expected = [&](const QByteArray& body) -> QByteArray {
            return "sha256="
                + QMessageAuthenticationCode::hash(
                    timestamp + '.' + body, secrets.signingSecret.toUtf8(), QCryptographicHash::Sha256)
                      .toHex();
        };
        const QByteArray signature = r.header("X-Plumbline-Signature");
        QCOMPARE(signature, expected(r.body));
        QCOMPARE(signature.size(), 7 + 64);
        QCOMPARE(signature, signature.toLower());
        QByteArray tampered = r.body;
        tampered.replace("70 records", "80 records");
        QVERIFY(tampered != r.body);
        QVERIFY(expected(tampered) != signature);
        QCOMPARE(ChannelPayloads::webhookSignature(secrets.signingSecret.toUtf8(), ts, r.body), signature);

        const QJsonObject root = jsonOf(r.body);
        QCOMPARE(root.value(u"event"_s).toString(), u"opened"_s);
        QCOMPARE(root.value(u"delivery_id"_s).toString(), u"7d6f0c1e-delivery"_s);
        QVERIFY(QDateTime::fromString(root.value(u"sent_at"_s).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject message = root.value(u"message"_s).toObject();
        QCOMPARE(message.value(u"summary"_s).toString(), u"70 records (5.8 %) are missing at Mailchimp since 09:12."_s);
        QCOMPARE(message.value(u"figures"_s).toArray().at(0).toArray().at(1).toString(), u"70 records (5.8 %)"_s);
        QCOMPARE(message.value(u"link"_s).toString(), u"plumbline://integration/crm-to-email"_s);
        QCOMPARE(message.value(u"dedup_key"_s).toString(), u"alert:42:count_drift"_s);
        QVERIFY(root.value(u"message"_s).toObject().value(u"footer"_s).toString().contains(u"[redacted]"_s));
        // Compact JSON: the signature is over exactly these bytes.
        QVERIFY(!r.body.contains('\n'));
    }

    void noSecretInAnyBody()
    {
        const Receiver receiver;
        const ChannelSecrets secrets = secretsFor(receiver);
        NotifyMessage m = sampleMessage(secrets);
        m.summary += u" The hook is "_s + secrets.url + u"."_s;
        m.sections = { { u"Broken (1)"_s, { { u"HubSpot → Mailchimp"_s, u"token "_s + secrets.signingSecret, {} } } } };
        for (const ChannelKind kind : allChannelKinds()) {
            NotifyChannel channel = channelOf(kind);
            channel.to = { u"dana@example.com"_s };
            QByteArray body;
            if (kind == ChannelKind::Email) {
                const OutgoingMail mail
                    = ChannelPayloads::email(channel, m, secrets, QDateTime::currentDateTimeUtc(), u"d"_s);
                QVERIFY(!mail.data.contains(kCanary.toUtf8()));
                // Decode every base64 part and look there too.
                for (const QByteArray& line : mail.data.split('\n'))
                    body += QByteArray::fromBase64(line.trimmed());
            } else {
                QJsonObject o
                    = jsonOf(ChannelPayloads::http(channel, m, secrets, QDateTime::currentDateTimeUtc(), u"d"_s).body);
                if (kind == ChannelKind::PagerDuty) {
                    QCOMPARE(o.value(u"routing_key"_s).toString(), secrets.routingKey);
                    o.remove(u"routing_key"_s);
                }
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            QVERIFY2(!body.isEmpty(), qPrintable(channelKindKey(kind)));
            QVERIFY2(!body.contains(kCanary.toUtf8()),
                qPrintable(QString(channelKindKey(kind) + u": "_s + QString::fromUtf8(body))));
        }
    }

    void slackRefusalsSayWhatTheyMean()
    {
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o = slackAnswered({ 404, "no_service", "text/html", {}, 0 }, receiver);
            QVERIFY(!o.ok);
            QCOMPARE(o.status, 404);
            QCOMPARE(o.kind, ErrorKind::NotFound);
            QVERIFY(o.permanent);
            QVERIFY(!o.retryAfterS);
            QVERIFY2(o.error.startsWith(u"404 from Slack: no_service — the webhook was probably removed"_s),
                qPrintable(o.error));
            QCOMPARE(receiver.requests.size(), 1); // one attempt
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o = slackAnswered({ 410, "channel_is_archived", "text/html", {}, 0 }, receiver);
            QCOMPARE(o.status, 410);
            QCOMPARE(o.kind, ErrorKind::Gone);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.contains(u"410 from Slack: channel_is_archived — the channel was archived"_s),
                qPrintable(o.error));
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o = slackAnswered({ 403, "invalid_token", "text/html", {}, 0 }, receiver);
            QCOMPARE(o.kind, ErrorKind::Auth);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.contains(u"invalid_token"_s), qPrintable(o.error));
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o = slackAnswered({ 400, "invalid_payload", "text/html", {}, 0 }, receiver);
            QCOMPARE(o.kind, ErrorKind::Parse);
            QVERIFY(o.permanent);
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o
                = slackAnswered({ 429, "rate_limited", "text/plain", { { "Retry-After", "7" } }, 0 }, receiver);
            QCOMPARE(o.status, 429);
            QCOMPARE(o.kind, ErrorKind::RateLimited);
            QVERIFY(!o.permanent);
            QVERIFY(o.retryAfterS);
            QCOMPARE(*o.retryAfterS, 7);
            QCOMPARE(receiver.requests.size(), 1); // not retried here: the outbox waits the 7 s
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o
                = slackAnswered({ 503, "", "text/plain", { { "Retry-After", "30" } }, 0 }, receiver);
            QCOMPARE(o.kind, ErrorKind::Server);
            QVERIFY(!o.permanent);
            QCOMPARE(o.retryAfterS.value_or(-1), 30);
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            const DeliveryOutcome o = slackAnswered({ 500, "rollup_error", "text/plain", {}, 0 }, receiver);
            QCOMPARE(o.status, 500);
            QCOMPARE(o.kind, ErrorKind::Server);
            QVERIFY(!o.permanent);
            QCOMPARE(receiver.requests.size(), 1); // a POST is sent once
        }
    }

    void otherVendorsRefusals()
    {
        Transport transport(m_nam, fastPolicy());
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            receiver.answers = { { 400, fixture(u"pagerduty_400_invalid_event.json"_s), "application/json", {}, 0 } };
            NotifyChannel channel = channelOf(ChannelKind::PagerDuty);
            channel.url = receiver.url(u"/v2/enqueue"_s).toString();
            const DeliveryOutcome o = deliver(transport, channel, secretsFor(receiver), sampleMessage());
            QCOMPARE(o.status, 400);
            QCOMPARE(o.kind, ErrorKind::Auth);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.startsWith(u"400 from PagerDuty: invalid event: Event object is invalid"_s),
                qPrintable(o.error));
            QVERIFY2(o.error.contains(u"PagerDuty refused the routing key"_s), qPrintable(o.error));
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            receiver.answers = { { 429, "", "text/plain", { { "Retry-After", "12" } }, 0 } };
            NotifyChannel channel = channelOf(ChannelKind::PagerDuty);
            channel.url = receiver.url(u"/v2/enqueue"_s).toString();
            const DeliveryOutcome o = deliver(transport, channel, secretsFor(receiver), sampleMessage());
            QCOMPARE(o.kind, ErrorKind::RateLimited);
            QVERIFY(!o.permanent);
            QCOMPARE(o.retryAfterS.value_or(-1), 12);
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            receiver.answers = { { 404, fixture(u"google_chat_404_not_found.json"_s), "application/json", {}, 0 } };
            const DeliveryOutcome o
                = deliver(transport, channelOf(ChannelKind::GoogleChat), secretsFor(receiver), sampleMessage());
            QCOMPARE(o.kind, ErrorKind::NotFound);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.startsWith(u"404 from Google Chat: NOT_FOUND: Requested entity was not found."_s),
                qPrintable(o.error));
            QVERIFY2(o.error.contains(u"probably removed"_s), qPrintable(o.error));
        }
        {
            Receiver receiver;
            QVERIFY(receiver.listen());
            receiver.answers = { { 400, fixture(u"teams_400_invalid_request.json"_s), "application/json", {}, 0 } };
            const DeliveryOutcome o
                = deliver(transport, channelOf(ChannelKind::Teams), secretsFor(receiver), sampleMessage());
            QCOMPARE(o.kind, ErrorKind::Parse);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.startsWith(u"400 from Microsoft Teams: InvalidRequestContent"_s), qPrintable(o.error));
        }
        {
            // A receiver that echoes the path of its URL: the webhook's credential never reaches the error.
            Receiver receiver;
            QVERIFY(receiver.listen());
            const ChannelSecrets secrets = secretsFor(receiver);
            receiver.answers
                = { { 401, QByteArray("Cannot POST " + hookPath() + " with signature"), "text/html", {}, 0 } };
            const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::Webhook), secrets, sampleMessage());
            QCOMPARE(o.kind, ErrorKind::Auth);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.contains(u"signing secret"_s), qPrintable(o.error));
        }
    }

    void receiverDownIsANetworkError()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        const ChannelSecrets secrets = secretsFor(receiver);
        const quint16 port = receiver.port();
        receiver.close();
        Transport transport(m_nam, fastPolicy());
        const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::Slack), secrets, sampleMessage());
        QVERIFY(!o.ok);
        QCOMPARE(o.status, 0);
        QCOMPARE(o.kind, ErrorKind::Network);
        QVERIFY(!o.permanent);
        // Scheme and host only: the path of a webhook URL is its credential.
        QVERIFY2(o.error.contains(u"http://127.0.0.1:%1/…"_s.arg(port)), qPrintable(o.error));
        QVERIFY2(!o.error.contains(u"/hooks"_s), qPrintable(o.error));
    }

    void slowReceiverTimesOut()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        receiver.answers = { { 200, "ok", "text/plain", {}, 4000 } };
        TransportPolicy policy = fastPolicy();
        policy.stallTimeoutMs = 400;
        policy.deadlineMs = 800;
        Transport transport(m_nam, policy);
        const DeliveryOutcome o
            = deliver(transport, channelOf(ChannelKind::Teams), secretsFor(receiver), sampleMessage());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, ErrorKind::Timeout);
        QVERIFY(!o.permanent);
        QCOMPARE(receiver.requests.size(), 1);
    }

    void refusedBeforeSending()
    {
        Transport transport(m_nam, fastPolicy());
        {
            // No webhook URL in the keychain.
            const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::Slack), {}, sampleMessage());
            QCOMPARE(o.kind, ErrorKind::MissingKey);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.contains(u"channel/ops-slack/url"_s), qPrintable(o.error));
        }
        {
            // Plain http to another computer would hand the webhook's credential to the network.
            ChannelSecrets secrets;
            secrets.url = u"http://hooks.example.com/services/T0001/B0002/"_s + kCanary;
            const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::Slack), secrets, sampleMessage());
            QCOMPARE(o.kind, ErrorKind::Network);
            QVERIFY(o.permanent);
            QVERIFY2(o.error.contains(u"http://hooks.example.com/…"_s), qPrintable(o.error));
        }
        {
            ChannelSecrets secrets;
            secrets.routingKey = kCanary;
            NotifyMessage digest = sampleMessage();
            digest.event = NotifyMessage::Event::Digest;
            const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::PagerDuty), secrets, digest);
            QVERIFY(!o.ok);
            QVERIFY(o.permanent);
        }
        {
            // A signed webhook without its signing secret is not sent unsigned.
            const Receiver receiver;
            ChannelSecrets secrets = secretsFor(receiver);
            secrets.signingSecret.clear();
            const DeliveryOutcome o = deliver(transport, channelOf(ChannelKind::Webhook), secrets, sampleMessage());
            QCOMPARE(o.kind, ErrorKind::MissingKey);
        }
    }

    void digestSections()
    {
        NotifyMessage m;
        m.event = NotifyMessage::Event::Digest;
        m.title = u"Plumbline daily digest"_s;
        m.sections = { { u"Broken (2)"_s,
                           { { u"HubSpot → Mailchimp"_s, u"Count drift: 70 records missing"_s, {} },
                               { u"Shopify → Salesforce"_s, u"Auth: key rejected"_s, {} } } },
            { u"Recovered (1)"_s, { { u"Make scenario"_s, u"runs again"_s, {} } } } };
        m.at = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString slack
            = allText(jsonOf(ChannelPayloads::slack(channelOf(ChannelKind::Slack), m, {}, now, u"d"_s).body));
        QVERIFY2(slack.contains(u"*Broken (2)*\n• *HubSpot → Mailchimp*: Count drift: 70 records missing\n"
                                "• *Shopify → Salesforce*: Auth: key rejected"_s),
            qPrintable(slack));
        const QString teams
            = allText(jsonOf(ChannelPayloads::teams(channelOf(ChannelKind::Teams), m, {}, now, u"d"_s).body));
        QVERIFY2(
            teams.contains(u"Recovered (1)"_s) && teams.contains(u"Make scenario — runs again"_s), qPrintable(teams));
        const QString chat
            = allText(jsonOf(ChannelPayloads::googleChat(channelOf(ChannelKind::GoogleChat), m, {}, now, u"d"_s).body));
        QVERIFY2(chat.contains(u"Broken (2)"_s) && chat.contains(u"Auth: key rejected"_s), qPrintable(chat));
    }
};

QTEST_GUILESS_MAIN(TestNotifyChannels)
#include "tst_notify_channels.moc"
