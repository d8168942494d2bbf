// Notifications below the network (ARCHITECTURE.md §14): channel definitions read strictly (no secret in a workspace
// file), routing and quiet hours table-driven on an injected time in several time zones, the owner link, the outbox
// and delivery log on a real SQLite file (claimed once, retried, given up, written with the alert change or not at
// all), channels in the workspace store and its change log.

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceJson.h>
#include <WorkspaceRepository.h>
#include <notify/NotifyChannel.h>
#include <notify/NotifyRouting.h>
#include <store/NotifyRepository.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

NotifyChannel channel(const char* json)
{
    const ChannelParse p = NotifyChannels::fromJson(obj(json), u"$.channels[0]"_s);
    if (!p.channel)
        qWarning() << "channel does not parse:" << p.problems;
    return p.channel.value_or(NotifyChannel {});
}

NotifyMessage message(NotifyMessage::Event event, Severity severity)
{
    NotifyMessage m;
    m.event = event;
    m.severity = severity;
    m.subject = u"integration:crm-to-email"_s;
    m.dedupKey = u"plumbline/integration:crm-to-email/count_drift/1"_s;
    m.title = u"Critical: CRM to e-mail — counts drifted"_s;
    return m;
}

QByteArray workspaceFile(const QByteArray& channels, const QByteArray& notify)
{
    return "{\"format\": \"plumbline-workspace\", \"version\": 1,\n"
           "  \"connections\": [\n"
           "    {\"id\": \"hub\", \"name\": \"HubSpot\", \"vendor\": \"hubspot\", \"base_url\": "
           "\"https://api.hubapi.com\"},\n"
           "    {\"id\": \"mc\", \"name\": \"Mailchimp\", \"vendor\": \"mailchimp\", \"base_url\": "
           "\"https://us21.api.mailchimp.com/3.0\"}],\n"
           "  \"integrations\": [\n"
           "    {\"id\": \"crm-to-email\", \"name\": \"CRM to e-mail\", \"owner\": \"Dana Whitfield\",\n"
           "     \"source\": {\"connection\": \"hub\", \"object\": \"contacts\"},\n"
           "     \"destination\": {\"connection\": \"mc\", \"object\": \"audience\"}, \"notify\": "
        + notify
        + "}],\n"
          "  \"channels\": "
        + channels + "}";
}

Alert alert(const QString& rule, Severity severity, const QDateTime& opened)
{
    Alert a;
    a.subject = u"integration:crm-to-email"_s;
    a.rule = rule;
    a.severity = severity;
    a.message = u"70 records (5.8 %) missing"_s;
    a.openedAt = opened;
    return a;
}

} // namespace

class TestNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelsReadEveryKind();
    void channelsRefuseSecretsAndMistakes_data();
    void channelsRefuseSecretsAndMistakes();
    void workspaceFileCarriesChannelsAndRouting();
    void workspaceFileRefusesUnknownChannel();
    void routingTable_data();
    void routingTable();
    void digestTimeFollowsTheZone();
    void routeForNotifyOwnerAndDefaults();
    void outboxClaimsRetriesAndGivesUp();
    void outboxIsWrittenWithTheAlertOrNotAtAll();
    void channelsInTheStore();
};

void TestNotify::channelsReadEveryKind()
{
    const QByteArray all = "[\n"
                           "      {\"id\": \"mops-slack\", \"kind\": \"slack\", \"name\": \"#mops-alerts\", "
                           "\"default\": true, \"min_severity\": \"critical\"},\n"
                           "      {\"id\": \"teams\", \"kind\": \"teams\", \"quiet_hours\": {\"from\": \"22:00\", "
                           "\"to\": \"07:00\"}, \"time_zone\": \"Europe/Berlin\"},\n"
                           "      {\"id\": \"chat\", \"kind\": \"google_chat\", \"digest\": {\"at\": \"08:30\"}},\n"
                           "      {\"id\": \"dana\", \"kind\": \"email\", \"to\": \"dana@example.com\", \"person\": "
                           "\"Dana Whitfield\",\n"
                           "       \"smtp\": {\"host\": \"smtp.example.com\", \"port\": 587, \"security\": "
                           "\"starttls\", \"username\": \"plumbline@example.com\",\n"
                           "                \"from\": \"Plumbline <plumbline@example.com>\"}},\n"
                           "      {\"id\": \"oncall\", \"kind\": \"pagerduty\", \"url\": "
                           "\"https://events.eu.pagerduty.com/v2/enqueue\"},\n"
                           "      {\"id\": \"hook\", \"kind\": \"webhook\", \"x_future\": 1}]";
    const QJsonArray a = QJsonDocument::fromJson(all).array();
    QList<NotifyChannel> read;
    for (qsizetype k = 0; k < a.size(); ++k) {
        const ChannelParse p = NotifyChannels::fromJson(a.at(k), u"$.channels[%1]"_s.arg(k));
        QVERIFY2(p.channel,
            qPrintable(u"channel %1: %2"_s.arg(k).arg(p.problems.isEmpty() ? QString() : p.problems.first().second)));
        read << *p.channel;
        // Written and read again, it is the same channel.
        const ChannelParse again = NotifyChannels::fromJson(p.channel->toJson(), u"$"_s);
        QVERIFY(again.channel);
        QCOMPARE(*again.channel, *p.channel);
    }
    QCOMPARE(read.at(0).kind, ChannelKind::Slack);
    QVERIFY(read.at(0).isDefault);
    QCOMPARE(read.at(0).minSeverity, Severity::Critical);
    QCOMPARE(read.at(1).quiet.from, QTime(22, 0));
    QCOMPARE(read.at(1).timeZone, u"Europe/Berlin"_s);
    QCOMPARE(read.at(2).digestAt, QTime(8, 30));
    QCOMPARE(read.at(3).to, QStringList { u"dana@example.com"_s });
    QCOMPARE(read.at(3).smtp.security, SmtpSecurity::StartTls);
    QCOMPARE(read.at(3).requiredSecrets(), QStringList { NotifyChannel::kPassword });
    QCOMPARE(read.at(4).url, u"https://events.eu.pagerduty.com/v2/enqueue"_s);
    QCOMPARE(read.at(4).requiredSecrets(), QStringList { NotifyChannel::kRoutingKey });
    QCOMPARE(read.at(5).requiredSecrets(), (QStringList { NotifyChannel::kUrl, NotifyChannel::kSigningSecret }));
    QCOMPARE(read.at(5).extra.value(u"x_future").toInt(), 1); // a later version's key is carried
}

void TestNotify::channelsRefuseSecretsAndMistakes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("slack url is a secret") << QByteArray(
        "{\"id\": \"s\", \"kind\": \"slack\", \"url\": \"https://hooks.slack.com/services/T/B/canary-7f3a9c\"}")
                                           << u"$.channels[0].url"_s << u"channel/s/url"_s;
    QTest::newRow("webhook url is a secret")
        << QByteArray("{\"id\": \"w\", \"kind\": \"webhook\", \"url\": \"https://example.com/hook\"}")
        << u"$.channels[0].url"_s << u"keychain"_s;
    QTest::newRow("smtp password") << QByteArray(
        "{\"id\": \"e\", \"kind\": \"email\", \"to\": \"a@example.com\", \"smtp\": {\"host\": \"smtp.example.com\", "
        "\"password\": \"canary-7f3a9c\"}}")
                                   << u"$.channels[0].smtp.password"_s << u"channel/e/password"_s;
    QTest::newRow("routing key") << QByteArray(
        "{\"id\": \"p\", \"kind\": \"pagerduty\", \"routing_key\": \"canary-7f3a9c\"}")
                                 << u"$.channels[0].routing_key"_s << u"keychain"_s;
    QTest::newRow("unknown kind") << QByteArray("{\"id\": \"x\", \"kind\": \"carrier_pigeon\"}")
                                  << u"$.channels[0].kind"_s << u"carrier_pigeon"_s;
    QTest::newRow("bad id") << QByteArray("{\"id\": \"no spaces\", \"kind\": \"slack\"}") << u"$.channels[0].id"_s
                            << u"valid id"_s;
    QTest::newRow("bad time") << QByteArray(
        "{\"id\": \"q\", \"kind\": \"slack\", \"quiet_hours\": {\"from\": \"25:00\", \"to\": \"07:00\"}}")
                              << u"$.channels[0].quiet_hours.from"_s << u"HH:MM"_s;
    QTest::newRow("same from and to") << QByteArray(
        "{\"id\": \"q\", \"kind\": \"slack\", \"quiet_hours\": {\"from\": \"07:00\", \"to\": \"07:00\"}}")
                                      << u"$.channels[0].quiet_hours"_s << u"different"_s;
    QTest::newRow("bad zone") << QByteArray("{\"id\": \"z\", \"kind\": \"slack\", \"time_zone\": \"Mars/Olympus\"}")
                              << u"$.channels[0].time_zone"_s << u"Mars/Olympus"_s;
    QTest::newRow("info is no minimum") << QByteArray("{\"id\": \"m\", \"kind\": \"slack\", \"min_severity\": \"ok\"}")
                                        << u"$.channels[0].min_severity"_s << u"warning or critical"_s;
    QTest::newRow("mail without to") << QByteArray(
        "{\"id\": \"e\", \"kind\": \"email\", \"smtp\": {\"host\": \"smtp.example.com\"}}")
                                     << u"$.channels[0].to"_s << u"\"to\""_s;
    QTest::newRow("not an address") << QByteArray("{\"id\": \"e\", \"kind\": \"email\", \"to\": [\"a@example.com\", "
                                                  "\"dana\"], \"smtp\": {\"host\": \"h.example.com\"}}")
                                    << u"$.channels[0].to[1]"_s << u"dana"_s;
    QTest::newRow("plain smtp far away") << QByteArray(
        "{\"id\": \"e\", \"kind\": \"email\", \"to\": \"a@example.com\", \"smtp\": {\"host\": \"smtp.example.com\", "
        "\"security\": \"none\"}}") << u"$.channels[0].smtp.security"_s
                                         << u"smtp.example.com"_s;
    QTest::newRow("pagerduty over http") << QByteArray(
        "{\"id\": \"p\", \"kind\": \"pagerduty\", \"url\": \"http://events.example.com/v2/enqueue\"}")
                                         << u"$.channels[0].url"_s << u"https"_s;
    QTest::newRow("to on slack") << QByteArray("{\"id\": \"s\", \"kind\": \"slack\", \"to\": \"a@example.com\"}")
                                 << u"$.channels[0].to"_s << u"e-mail"_s;
}

void TestNotify::channelsRefuseSecretsAndMistakes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const ChannelParse p = NotifyChannels::fromJson(QJsonDocument::fromJson(json).object(), u"$.channels[0]"_s);
    QVERIFY(!p.channel);
    const auto hit
        = std::find_if(p.problems.cbegin(), p.problems.cend(), [&](const auto& pr) { return pr.first == path; });
    QVERIFY2(hit != p.problems.cend(), qPrintable(u"no problem at "_s + path));
    QVERIFY2(hit->second.contains(words), qPrintable(hit->second));
    for (const auto& [where, text] : p.problems)
        QVERIFY2(!text.contains(u"canary-7f3a9c"), qPrintable(text)); // a secret is never echoed
}

void TestNotify::workspaceFileCarriesChannelsAndRouting()
{
    const QByteArray bytes
        = workspaceFile("[{\"id\": \"mops-slack\", \"kind\": \"slack\", \"default\": true},\n"
                        "        {\"id\": \"dana\", \"kind\": \"email\", \"to\": \"dana@example.com\", \"person\": "
                        "\"Dana Whitfield\", \"smtp\": {\"host\": \"smtp.example.com\"}}]",
            "[\"mops-slack\"]");
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes);
    QVERIFY2(r.workspace, qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().toString()));
    QCOMPARE(r.workspace->channels.size(), 2);
    QCOMPARE(r.workspace->integrations.first().notify, QStringList { u"mops-slack"_s });
    // Serialised and read again: the same definitions; no secret key appears.
    const QByteArray again = WorkspaceJson::serialize(*r.workspace);
    const WorkspaceParseResult r2 = WorkspaceJson::parse(again);
    QVERIFY(r2.workspace);
    QCOMPARE(r2.workspace->channels, r.workspace->channels);
    QCOMPARE(r2.workspace->integrations.first().notify, r.workspace->integrations.first().notify);
    QVERIFY(!again.contains("password"));
    QVERIFY(!again.contains("\"url\""));
}

void TestNotify::workspaceFileRefusesUnknownChannel()
{
    const QByteArray bytes
        = workspaceFile("[{\"id\": \"mops-slack\", \"kind\": \"slack\"}]", "[\"mops-slack\", \"nobody\"]");
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes);
    QVERIFY(!r.workspace); // all or nothing
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().path, u"$.integrations[0].notify[1]"_s);
    QVERIFY(r.problems.first().message.contains(u"nobody"));
    // A channel already in the store may be named.
    const WorkspaceParseResult known
        = WorkspaceJson::parse(bytes, {}, WorkspaceJson::kDefaultSizeLimit, -1, { u"nobody"_s });
    QVERIFY(known.workspace);
    // A duplicate id and a secret in the file are refused too, each by its path.
    const WorkspaceParseResult dup = WorkspaceJson::parse(
        workspaceFile("[{\"id\": \"a\", \"kind\": \"slack\"}, {\"id\": \"a\", \"kind\": \"teams\"}, {\"id\": \"b\", "
                      "\"kind\": \"slack\", \"url\": \"https://hooks.slack.com/x\"}]",
            "[]"));
    QVERIFY(!dup.workspace);
    QStringList paths;
    for (const WorkspaceProblem& p : dup.problems)
        paths << p.path;
    QVERIFY2(paths.contains(u"$.channels[1].id"_s), qPrintable(paths.join(u", "_s)));
    QVERIFY2(paths.contains(u"$.channels[2].url"_s), qPrintable(paths.join(u", "_s)));
}

void TestNotify::routingTable_data()
{
    QTest::addColumn<QByteArray>("channelJson");
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("action");
    QTest::addColumn<QDateTime>("due");
    using A = RoutingDecision::Action;
    using E = NotifyMessage::Event;
    const QByteArray berlin = "{\"id\": \"c\", \"kind\": \"slack\", \"time_zone\": \"Europe/Berlin\", \"quiet_hours\": "
                              "{\"from\": \"22:00\", \"to\": \"07:00\"}}";
    const QByteArray strict = "{\"id\": \"c\", \"kind\": \"slack\", \"time_zone\": \"Europe/Berlin\", \"quiet_hours\": "
                              "{\"from\": \"22:00\", \"to\": \"07:00\", \"critical_breaks_through\": false}}";
    const QByteArray ny = "{\"id\": \"c\", \"kind\": \"teams\", \"time_zone\": \"America/New_York\", \"quiet_hours\": "
                          "{\"from\": \"12:00\", \"to\": \"13:00\"}}";
    const QByteArray critical = "{\"id\": \"c\", \"kind\": \"slack\", \"min_severity\": \"critical\"}";
    const QByteArray digest = "{\"id\": \"c\", \"kind\": \"email\", \"to\": \"a@example.com\", \"smtp\": {\"host\": "
                              "\"h.example.com\"}, \"time_zone\": \"Europe/Berlin\", \"digest\": {\"at\": \"08:00\"}}";
    const QByteArray pagerDigest = "{\"id\": \"c\", \"kind\": \"pagerduty\", \"digest\": {\"at\": \"08:00\"}}";
    // Berlin is UTC+1 in December, UTC+2 in July.
    const QDateTime day = utc(2026, 12, 2, 10, 0); // 11:00 in Berlin
    const QDateTime night = utc(2026, 12, 2, 22, 30); // 23:30 in Berlin
    const QDateTime earlyMorning = utc(2026, 12, 3, 4, 0); // 05:00 in Berlin
    QTest::newRow("day: sent") << berlin << int(E::Opened) << int(Severity::Warning) << day << int(A::Send) << day;
    QTest::newRow("night warning: held to 07:00 Berlin")
        << berlin << int(E::Opened) << int(Severity::Warning) << night << int(A::Hold) << utc(2026, 12, 3, 6, 0);
    QTest::newRow("after midnight: held to the same morning")
        << berlin << int(E::Opened) << int(Severity::Warning) << earlyMorning << int(A::Hold) << utc(2026, 12, 3, 6, 0);
    QTest::newRow("07:00 sharp is no longer quiet") << berlin << int(E::Opened) << int(Severity::Warning)
                                                    << utc(2026, 12, 3, 6, 0) << int(A::Send) << utc(2026, 12, 3, 6, 0);
    QTest::newRow("summer time: 07:00 is 05:00 UTC") << berlin << int(E::Opened) << int(Severity::Warning)
                                                     << utc(2026, 7, 1, 21, 0) << int(A::Hold) << utc(2026, 7, 2, 5, 0);
    QTest::newRow("night critical breaks through")
        << berlin << int(E::Opened) << int(Severity::Critical) << night << int(A::Send) << night;
    QTest::newRow("its recovery follows it")
        << berlin << int(E::Resolved) << int(Severity::Critical) << night << int(A::Send) << night;
    QTest::newRow("critical held when told so")
        << strict << int(E::Opened) << int(Severity::Critical) << night << int(A::Hold) << utc(2026, 12, 3, 6, 0);
    QTest::newRow("test ignores quiet hours")
        << strict << int(E::Test) << int(Severity::Warning) << night << int(A::Send) << night;
    QTest::newRow("New York lunch: 17:30 UTC is quiet")
        << ny << int(E::Opened) << int(Severity::Warning) << utc(2026, 12, 2, 17, 30) << int(A::Hold)
        << utc(2026, 12, 2, 18, 0);
    QTest::newRow("New York lunch: 12:30 UTC is not")
        << ny << int(E::Opened) << int(Severity::Warning) << utc(2026, 12, 2, 12, 30) << int(A::Send)
        << utc(2026, 12, 2, 12, 30);
    QTest::newRow("warning below a critical channel")
        << critical << int(E::Opened) << int(Severity::Warning) << day << int(A::Skip) << day;
    QTest::newRow("critical on a critical channel")
        << critical << int(E::Escalated) << int(Severity::Critical) << day << int(A::Send) << day;
    QTest::newRow("digest: next 08:00 Berlin")
        << digest << int(E::Opened) << int(Severity::Warning) << day << int(A::Digest) << utc(2026, 12, 3, 7, 0);
    QTest::newRow("digest: before 08:00 it is today") << digest << int(E::Resolved) << int(Severity::Warning)
                                                      << earlyMorning << int(A::Digest) << utc(2026, 12, 3, 7, 0);
    QTest::newRow("pagerduty never waits for a digest")
        << pagerDigest << int(E::Opened) << int(Severity::Warning) << day << int(A::Send) << day;
}

void TestNotify::routingTable()
{
    QFETCH(QByteArray, channelJson);
    QFETCH(int, event);
    QFETCH(int, severity);
    QFETCH(QDateTime, now);
    QFETCH(int, action);
    QFETCH(QDateTime, due);
    const NotifyChannel c = channel(channelJson.constData());
    QVERIFY(!c.id.isEmpty());
    const RoutingDecision d = NotifyRouting::decide(c, message(NotifyMessage::Event(event), Severity(severity)), now);
    QCOMPARE(int(d.action), action);
    QCOMPARE(d.dueAt.toUTC(), due);
    if (d.action == RoutingDecision::Action::Hold)
        QVERIFY2(d.reason.contains(u"07:00") || d.reason.contains(u"13:00"), qPrintable(d.reason));
}

void TestNotify::digestTimeFollowsTheZone()
{
    NotifyChannel c = channel(
        "{\"id\": \"c\", \"kind\": \"slack\", \"time_zone\": \"Asia/Tokyo\", \"digest\": {\"at\": \"09:00\"}}");
    // 09:00 in Tokyo is 00:00 UTC.
    QCOMPARE(NotifyRouting::nextDigest(c, utc(2026, 12, 2, 0, 0)), utc(2026, 12, 3, 0, 0)); // strictly after
    QCOMPARE(NotifyRouting::nextDigest(c, utc(2026, 12, 1, 23, 59)), utc(2026, 12, 2, 0, 0));
    c.digestAt.reset();
    QVERIFY(!NotifyRouting::nextDigest(c, utc(2026, 12, 2, 0, 0)).isValid());
}

void TestNotify::routeForNotifyOwnerAndDefaults()
{
    const QList<NotifyChannel> all { channel("{\"id\": \"mops-slack\", \"kind\": \"slack\", \"default\": true}"),
        channel("{\"id\": \"dana\", \"kind\": \"email\", \"to\": \"dana@example.com\", \"person\": \"Dana Whitfield\", "
                "\"smtp\": {\"host\": \"h.example.com\"}}"),
        channel("{\"id\": \"oncall\", \"kind\": \"pagerduty\"}") };
    const auto ids = [](const QList<NotifyChannel>& cs) {
        QStringList out;
        for (const NotifyChannel& c : cs)
            out << c.id;
        return out;
    };
    // No list, no owner: the defaults.
    QCOMPARE(ids(NotifyChannels::routeFor({}, {}, all)), QStringList { u"mops-slack"_s });
    // The owner's channel by person (any case) and the defaults.
    QCOMPARE(ids(NotifyChannels::routeFor({}, u"dana whitfield"_s, all)), (QStringList { u"dana"_s, u"mops-slack"_s }));
    // An explicit list replaces the defaults; the owner still hears; unknown ids are skipped; no duplicates.
    QCOMPARE(ids(NotifyChannels::routeFor({ u"oncall"_s, u"gone"_s, u"oncall"_s }, u"dana"_s, all)),
        (QStringList { u"oncall"_s, u"dana"_s }));
    QCOMPARE(NotifyChannels::ownerChannels(u"Dana Whitfield"_s, all), QStringList { u"dana"_s });
    QVERIFY(NotifyChannels::ownerChannels({}, all).isEmpty());
}

void TestNotify::outboxClaimsRetriesAndGivesUp()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    NotifyRepository outbox(db);
    const QDateTime t = utc(2026, 12, 2, 9, 0);
    QList<OutboxEntry> rows(3);
    for (int k = 0; k < 3; ++k) {
        rows[k].channelId = k == 2 ? u"other"_s : u"mops-slack"_s;
        rows[k].message = message(NotifyMessage::Event::Opened, Severity::Critical);
        rows[k].createdAt = t;
        rows[k].dueAt = t.addSecs(k == 1 ? 3600 : 0); // the second waits for an hour
    }
    QSignalSpy changed(&outbox, &NotifyRepository::outboxChanged);
    QVERIFY(outbox.enqueue(rows).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(rows[0].id > 0 && rows[1].id > rows[0].id);
    QList<OutboxEntry> due = outbox.due(t);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.first().id, rows[0].id);
    QCOMPARE(due.first().message, rows[0].message); // the stored message is the composed one
    QCOMPARE(outbox.nextDue(), t);

    // Claimed once: a second process asking for the same row does not get it.
    bool claimed = false;
    QVERIFY(outbox.beginAttempt(rows[0].id, t, t.addSecs(30), &claimed).ok());
    QVERIFY(claimed);
    QVERIFY(outbox.beginAttempt(rows[0].id, t, t.addSecs(30), &claimed).ok());
    QVERIFY(!claimed);
    QCOMPARE(outbox.entry(rows[0].id)->attempts, 1);

    // A failure: pending again at the retry time; the channel fails since then.
    QVERIFY(outbox.markFailed(rows[0].id, t, 404, u"404 from Slack: no_service"_s, t.addSecs(30)).ok());
    QCOMPARE(outbox.entry(rows[0].id)->state, OutboxEntry::State::Pending);
    QCOMPARE(outbox.entry(rows[0].id)->dueAt, t.addSecs(30));
    QList<ChannelHealth> health = outbox.channelHealth();
    QCOMPARE(health.size(), 1);
    QCOMPARE(health.first().failingSince, t);
    QCOMPARE(health.first().lastStatus, 404);
    // A second failure keeps "since"; the last error changes.
    QVERIFY(outbox.markFailed(rows[0].id, t.addSecs(30), 410, u"410 from Slack"_s, t.addSecs(90)).ok());
    health = outbox.channelHealth();
    QCOMPARE(health.first().failingSince, t);
    QCOMPARE(health.first().failures, 2);
    QCOMPARE(health.first().lastError, u"410 from Slack"_s);
    // Given up: no retry time.
    QVERIFY(outbox.markFailed(rows[0].id, t.addSecs(90), 410, u"410 from Slack"_s, QDateTime()).ok());
    QCOMPARE(outbox.entry(rows[0].id)->state, OutboxEntry::State::Failed);
    QVERIFY(outbox.due(t.addDays(1)).size() == 2); // the other two only
    // A success ends the failing state.
    QVERIFY(outbox.beginAttempt(rows[2].id, t, t.addSecs(30), &claimed).ok() && claimed);
    QVERIFY(outbox.markSent(rows[2].id, t.addSecs(1), 200).ok());
    QVERIFY(outbox.beginAttempt(rows[1].id, t.addSecs(3600), t.addSecs(3630), &claimed).ok() && claimed);
    QVERIFY(outbox.markSent(rows[1].id, t.addSecs(3601), 200).ok());
    for (const ChannelHealth& h : outbox.channelHealth())
        QVERIFY2(!h.isFailing(), qPrintable(h.channelId));
    // The log: newest first, of all or of one channel.
    const QList<OutboxEntry> log = outbox.log();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.first().id, rows[2].id);
    QCOMPARE(outbox.log(10, u"other"_s).size(), 1);
    QCOMPARE(log.first().state, OutboxEntry::State::Sent);
    QCOMPARE(log.first().sentAt, t.addSecs(1));
    // Kept 90 days, then pruned.
    QVERIFY(outbox.prune(t.addDays(NotifyRepository::kLogDays - 1)).ok());
    QCOMPARE(outbox.log().size(), 3);
    QVERIFY(outbox.prune(t.addDays(NotifyRepository::kLogDays + 1)).ok());
    QCOMPARE(outbox.log().size(), 0);
}

void TestNotify::outboxIsWrittenWithTheAlertOrNotAtAll()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    MonitorRepository history(db);
    NotifyRepository outbox(db);
    const QDateTime t = utc(2026, 12, 2, 9, 0);
    OutboxEntry e;
    e.channelId = u"mops-slack"_s;
    e.message = message(NotifyMessage::Event::Opened, Severity::Critical);
    e.createdAt = t;
    e.dueAt = t;
    QList<AlertTransition> transitions { { AlertTransition::Kind::Opened,
        alert(u"count_drift"_s, Severity::Critical, t), true } };
    // A write that fails half-way keeps neither the alert nor its notification.
    history.failAfterStatementsForTest(2);
    QVERIFY(!history.saveTransitions(transitions, t, { e }).ok());
    QVERIFY(history.openAlerts().isEmpty());
    QVERIFY(outbox.log().isEmpty());
    history.failAfterStatementsForTest(-1);
    QSignalSpy written(&history, &MonitorRepository::outboxWritten);
    QVERIFY(history.saveTransitions(transitions, t, { e }).ok());
    QCOMPARE(history.openAlerts().size(), 1);
    QCOMPARE(outbox.log().size(), 1);
    QCOMPARE(outbox.log().first().message.dedupKey, e.message.dedupKey);
    QCOMPARE(written.size(), 1);
}

void TestNotify::channelsInTheStore()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    WorkspaceRepository repo(db, u"tester"_s);
    NotifyRepository outbox(db);
    const WorkspaceParseResult parsed = WorkspaceJson::parse(
        workspaceFile("[{\"id\": \"mops-slack\", \"kind\": \"slack\", \"name\": \"#mops-alerts\", \"default\": true}]",
            "[\"mops-slack\"]"));
    QVERIFY(parsed.workspace);
    QSignalSpy channelsChanged(&repo, &WorkspaceRepository::channelsChanged);
    QVERIFY(repo.importWorkspace(*parsed.workspace, u"test.json"_s).ok());
    QCOMPARE(channelsChanged.size(), 1);
    QCOMPARE(repo.channels().size(), 1);
    QCOMPARE(repo.integration(u"crm-to-email"_s)->notify, QStringList { u"mops-slack"_s });
    QCOMPARE(repo.workspace().channels, parsed.workspace->channels);

    // Edited: one change-log entry naming what changed.
    NotifyChannel c = repo.channels().first();
    c.minSeverity = Severity::Critical;
    QVERIFY(repo.saveChannel(c).ok());
    QCOMPARE(repo.channel(u"mops-slack"_s)->minSeverity, Severity::Critical);
    const QList<ChangeLogEntry> log = repo.changeLog();
    QCOMPARE(log.first().entityType, u"channel"_s);
    QVERIFY(log.first().details.contains(u"min_severity"));
    // Saving the same again writes nothing.
    const qsizetype entries = repo.changeLog().size();
    QVERIFY(repo.saveChannel(c).ok());
    QCOMPARE(repo.changeLog().size(), entries);

    // Removed: what waited for it is not sent, and the log says why.
    QList<OutboxEntry> rows(1);
    rows.first().channelId = c.id;
    rows.first().message = message(NotifyMessage::Event::Opened, Severity::Critical);
    rows.first().createdAt = utc(2026, 12, 2, 9, 0);
    QVERIFY(outbox.enqueue(rows).ok());
    QVERIFY(repo.removeChannel(c.id).ok());
    QVERIFY(repo.channels().isEmpty());
    QCOMPARE(outbox.entry(rows.first().id)->state, OutboxEntry::State::Skipped);
    QVERIFY(!outbox.entry(rows.first().id)->note.isEmpty());
    QVERIFY(!repo.removeChannel(c.id).ok());

    // A stored definition that no longer reads (damaged, or a later version's kind) is skipped; the others read.
    QVERIFY(repo.saveChannel(c).ok());
    QSqlQuery bad(db.connection());
    QVERIFY(bad.exec(u"INSERT INTO notify_channels (id, kind, definition, created_at, updated_at) VALUES ('pigeon', "
                     "'carrier_pigeon', '{\"id\": \"pigeon\", \"kind\": \"carrier_pigeon\"}', '', ''), ('torn', "
                     "'slack', '{\"id\": ', '', '')"_s));
    QCOMPARE(repo.channels().size(), 1);
    QCOMPARE(repo.channels().first().id, c.id);
    QVERIFY(!repo.channel(u"pigeon"_s));

    // The SQLite file holds no secret column at all.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT group_concat(name) FROM pragma_table_info('notify_channels')"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"id,kind,definition,created_at,updated_at"_s);
}

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
