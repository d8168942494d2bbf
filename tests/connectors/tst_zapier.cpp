// Zapier: defensive parsers over the documented (partly UNCONFIRMED) shapes, typed errors, fuzzed bodies, and the
// connector over a fake network (zap state + runs filtered by zap_id, links.next only on the same host).
#include "CommerceTestSupport.h"

#include <zapier/ZapierConnector.h>
#include <zapier/ZapierParser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kSecret = u"zap-oauth-token-0123456789abcdef"_s;
const QString kZap = u"8a3f1c2e-0000-4000-8000-000000000001"_s;

Connection zapierConnection()
{
    Connection c;
    c.id = u"zapier"_s;
    c.name = u"Zapier"_s;
    c.vendor = Vendor::Zapier;
    return c;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestZapier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zapsFixture()
    {
        const auto r = ZapierParser::parseZaps(fixture(u"zapier/zaps-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.zaps.size(), 3);
        QCOMPARE(r.zaps.at(0).id, kZap);
        QCOMPARE(r.zaps.at(0).state.active, std::optional<bool>(true));
        QCOMPARE(r.zaps.at(0).state.lastSuccess, std::optional<QDateTime>(utc("2026-01-01T09:30:00Z")));
        QCOMPARE(r.zaps.at(0).state.name, u"Shopify customers to Mailchimp"_s);
        QCOMPARE(r.zaps.at(1).state.active, std::optional<bool>(false));
        QVERIFY(!r.zaps.at(1).state.lastSuccess); // null = never succeeded
        QCOMPARE(r.zaps.at(2).id, u"12345"_s); // numeric id tolerated
        QVERIFY(r.next.isEmpty());
        QCOMPARE(
            ZapierParser::parseZaps(R"({"data":[{"id":"z","name":"Named"}]})").zaps.first().state.name, u"Named"_s);
    }

    void runsFixture()
    {
        const auto r = ZapierParser::parseRuns(fixture(u"zapier/zap-runs-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.runs.size(), 5);
        QCOMPARE(r.runs.at(0).event.externalId, u"run-5"_s);
        QCOMPARE(r.runs.at(0).zapId, kZap);
        QCOMPARE(r.runs.at(0).event.status, RunEvent::Status::Success);
        QCOMPARE(r.runs.at(0).event.at, utc("2026-01-01T09:30:00Z"));
        QCOMPARE(r.runs.at(1).event.status, RunEvent::Status::Error);
        QCOMPARE(r.runs.at(2).event.status, RunEvent::Status::Warning); // halted
        QCOMPARE(r.runs.at(3).event.status, RunEvent::Status::Unknown); // an unknown word
        QVERIFY(r.runs.at(3).event.message.contains(u"something_new"));
    }

    void statusWords()
    {
        QCOMPARE(ZapierParser::statusFromText(u"SUCCESS"_s), RunEvent::Status::Success);
        QCOMPARE(ZapierParser::statusFromText(u"filtered"_s), RunEvent::Status::Success);
        QCOMPARE(ZapierParser::statusFromText(u"errored"_s), RunEvent::Status::Error);
        QCOMPARE(ZapierParser::statusFromText(u"held"_s), RunEvent::Status::Pending);
        QCOMPARE(ZapierParser::statusFromText(QString()), RunEvent::Status::Unknown);
        QCOMPARE(ZapierParser::statusFromText(u"42"_s), RunEvent::Status::Unknown);
    }

    void rejectWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("zaps");
        QTest::newRow("no data") << QByteArray(R"({"results":[]})") << true;
        QTest::newRow("data object") << QByteArray(R"({"data":{}})") << true;
        QTest::newRow("zap without id") << QByteArray(R"({"data":[{"title":"x"}]})") << true;
        QTest::newRow("is_enabled text") << QByteArray(R"({"data":[{"id":"a","is_enabled":"true"}]})") << true;
        QTest::newRow("bad last success")
            << QByteArray(R"({"data":[{"id":"a","last_successful_run_date":5}]})") << true;
        QTest::newRow("title number") << QByteArray(R"({"data":[{"id":"a","title":5}]})") << true;
        QTest::newRow("run without zap_id")
            << QByteArray(R"({"data":[{"id":"r","start_time":"2026-01-01T00:00:00Z"}]})") << false;
        QTest::newRow("run without time")
            << QByteArray(R"({"data":[{"id":"r","zap_id":"z","status":"success"}]})") << false;
        QTest::newRow("run status number")
            << QByteArray(R"({"data":[{"id":"r","zap_id":"z","start_time":"2026-01-01T00:00:00Z","status":1}]})")
            << false;
        QTest::newRow("run end_time text") << QByteArray(
            R"({"data":[{"id":"r","zap_id":"z","start_time":"2026-01-01T00:00:00Z","end_time":"later"}]})")
                                           << false;
        QTest::newRow("run steps object")
            << QByteArray(R"({"data":[{"id":"r","zap_id":"z","start_time":"2026-01-01T00:00:00Z","steps":{}}]})")
            << false;
        QTest::newRow("runs html") << QByteArray("<html/>") << false;
    }
    void rejectWrongTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, zaps);
        if (zaps) {
            const auto r = ZapierParser::parseZaps(body);
            QCOMPARE(r.error.kind, ErrorKind::Parse);
            QVERIFY(r.zaps.isEmpty());
        } else {
            const auto r = ZapierParser::parseRuns(body);
            QCOMPARE(r.error.kind, ErrorKind::Parse);
            QVERIFY(r.runs.isEmpty());
        }
    }

    void optionalFieldsTolerated()
    {
        const auto z = ZapierParser::parseZaps(R"({"data":[{"id":"a"}]})");
        QVERIFY(z.error.ok());
        QVERIFY(!z.zaps.first().state.active);
        const auto r
            = ZapierParser::parseRuns(R"({"data":[{"id":"r","zap_id":"z","end_time":"2026-01-01T00:00:05Z"}]})");
        QVERIFY(r.error.ok());
        QCOMPARE(r.runs.first().event.status, RunEvent::Status::Unknown);
        QCOMPARE(r.runs.first().event.at, utc("2026-01-01T00:00:05Z"));
    }

    void errorBodies()
    {
        QCOMPARE(ZapierParser::errorText(fixture(u"zapier/error-401.json"_s)),
            u"Not authenticated: The access token is invalid or expired."_s);
        QCOMPARE(ZapierParser::errorText(fixture(u"zapier/error-429.json"_s)), u"Too many requests"_s);
        QCOMPARE(ZapierParser::errorText(R"({"message":"nope"})"), u"nope"_s);
        QCOMPARE(ZapierParser::errorText("nope"), QString());
    }

    void fuzzNeverCrashes()
    {
        int checked = 0;
        for (const QString& file :
            { u"zapier/zaps-200.json"_s, u"zapier/zap-runs-200.json"_s, u"zapier/error-401.json"_s }) {
            const QByteArray body = fixture(file);
            for (const QByteArray& cut : truncations(body)) {
                QCOMPARE(ZapierParser::parseZaps(cut).error.kind, ErrorKind::Parse);
                QCOMPARE(ZapierParser::parseRuns(cut).error.kind, ErrorKind::Parse);
                ZapierParser::errorText(cut);
                ++checked;
            }
            for (const QByteArray& m : mutations(body)) {
                const auto z = ZapierParser::parseZaps(m);
                QVERIFY(z.error.ok() || (z.error.kind == ErrorKind::Parse && z.zaps.isEmpty()));
                const auto r = ZapierParser::parseRuns(m);
                QVERIFY(r.error.ok() || (r.error.kind == ErrorKind::Parse && r.runs.isEmpty()));
                for (const auto& run : r.runs)
                    QVERIFY(run.event.at.isValid() && !run.event.externalId.isEmpty() && !run.zapId.isEmpty());
                ZapierParser::errorText(m);
                ++checked;
            }
        }
        QVERIFY(checked > 300);
    }

    void runLogRequestsAndMapping()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v2/zaps"_s, { FakeBehaviour::respond(200, fixture(u"zapier/zaps-200.json"_s)) });
        nam.route(u"/v2/zap-runs"_s,
            { FakeBehaviour::respond(200, fixture(u"zapier/zap-runs-200.json"_s),
                { { "X-RateLimit-Limit", "60" }, { "X-RateLimit-Remaining", "58" } }) });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        QVERIFY(c.isMiddleware());
        const QDateTime since = utc("2026-01-01T00:00:00Z");
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(kZap, since, ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.state.active, std::optional<bool>(true));
        QCOMPARE(r.state.lastSuccess, std::optional<QDateTime>(utc("2026-01-01T09:30:00Z")));
        QCOMPARE(r.state.name, u"Shopify customers to Mailchimp"_s);
        // run-3 is another Zap's; run-1 is older than `since`.
        QStringList ids;
        for (const RunEvent& e : r.events)
            ids << e.externalId;
        QCOMPARE(ids, QStringList({ u"run-5"_s, u"run-4"_s, u"run-2"_s }));
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(58));
        QCOMPARE(r.meta.quota.limit, std::optional<qint64>(60));

        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests.at(0).url().toString(), u"https://api.zapier.com/v2/zaps"_s);
        const QNetworkRequest& runs = nam.requests.at(1);
        QCOMPARE(verbOf(runs), QByteArray("GET"));
        QCOMPARE(runs.url().path(), u"/v2/zap-runs"_s);
        QCOMPARE(queryValue(runs, u"from_date"_s), u"2026-01-01T00:00:00Z"_s);
        QCOMPARE(queryValue(runs, u"limit"_s), u"100"_s);
        for (const auto& req : nam.requests)
            QCOMPARE(req.rawHeader("Authorization"), "Bearer " + kSecret.toUtf8());
    }

    void followsNextOnlyOnTheSameHost()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v2/zaps"_s,
            { FakeBehaviour::respond(200,
                  "{\"data\":[{\"id\":\"other\"}],\"links\":{\"next\":\"https://api.zapier.com/v2/zaps?offset=1\"}}"),
                FakeBehaviour::respond(200, R"({"data":[{"id":"mine","is_enabled":false}],"links":{"next":null}})") });
        nam.route(u"/v2/zap-runs"_s,
            { FakeBehaviour::respond(200,
                "{\"data\":[{\"id\":\"r1\",\"zap_id\":\"mine\",\"start_time\":\"2026-01-01T00:00:00Z\",\"status\":"
                "\"success\"}],\"links\":{\"next\":\"https://evil.example.com/v2/zap-runs?offset=1\"}}") });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        QVERIFY(!c.followable(u"https://evil.example.com/v2/zaps"_s).isValid());
        QVERIFY(!c.followable(u"http://api.zapier.com/v2/zaps"_s).isValid());
        QVERIFY(c.followable(u"/v2/zaps?offset=10"_s).isValid());
        const RunLogResult r
            = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u"mine"_s, {}, ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.state.active, std::optional<bool>(false));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(queryValue(nam.requests.at(1), u"offset"_s), u"1"_s);
        QVERIFY(!QUrlQuery(nam.requests.at(2).url()).hasQueryItem(u"from_date"_s));
        for (const auto& req : nam.requests)
            QCOMPARE(req.url().host(), u"api.zapier.com"_s);
    }

    void unknownZapIsNotFound()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v2/zaps"_s, { FakeBehaviour::respond(200, fixture(u"zapier/zaps-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        const RunLogResult r
            = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u"nope"_s, {}, ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::NotFound);
        QCOMPARE(nam.requests.size(), 1);
    }

    void typedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("auth") << 401 << fixture(u"zapier/error-401.json"_s) << QByteArray() << ErrorKind::Auth
                              << u"Not authenticated"_s;
        QTest::newRow("permission") << 403 << fixture(u"zapier/error-403.json"_s) << QByteArray()
                                    << ErrorKind::Permission << u"zap:runs"_s;
        QTest::newRow("not_found") << 404 << QByteArray(R"({"errors":["Not found"]})") << QByteArray()
                                   << ErrorKind::NotFound << u"Not found"_s;
        QTest::newRow("rate_limited") << 429 << fixture(u"zapier/error-429.json"_s) << QByteArray("7")
                                      << ErrorKind::RateLimited << u"Too many requests"_s;
        QTest::newRow("gone") << 410 << QByteArray() << QByteArray() << ErrorKind::Gone << QString();
        QTest::newRow("server") << 502 << QByteArray("<html>bad gateway</html>") << QByteArray() << ErrorKind::Server
                                << QString();
        QTest::newRow("parse") << 200 << QByteArray(R"({"data":[{"id":"r","zap_id":7.5}]})") << QByteArray()
                               << ErrorKind::Parse << QString();
    }
    void typedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, says);
        FakeNetworkAccessManager nam;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers << qMakePair(QByteArray("Retry-After"), retryAfter);
        nam.route(u"/v2/zaps"_s, { FakeBehaviour::respond(200, fixture(u"zapier/zaps-200.json"_s)) });
        nam.route(u"/v2/zap-runs"_s, { FakeBehaviour::respond(status, body, headers) });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(kZap, {}, ctx, done); });
        QCOMPARE(r.error.kind, kind);
        QVERIFY(r.events.isEmpty());
        QVERIFY2(says.isEmpty() || r.error.message.contains(says), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(kSecret));
        if (kind == ErrorKind::RateLimited)
            QCOMPARE(r.error.retryAfterMs, std::optional<qint64>(7000));
    }

    void testConnectionCountSchemaQuota()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v2/zaps"_s, { FakeBehaviour::respond(200, fixture(u"zapier/zaps-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        const TestResult tr = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(tr.error.ok(), qPrintable(tr.error.message));
        QCOMPARE(queryValue(nam.requests.first(), u"limit"_s), u"1"_s);
        QCOMPARE(nam.requests.first().rawHeader("Authorization"), "Bearer " + kSecret.toUtf8());
        const QuotaResult q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY(q.error.ok());
        QVERIFY(!q.quota.known()); // no X-RateLimit-* sent: unknown
        const int before = nam.requests.size();
        const CountResult n = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"zapier"_s, u"x"_s, {} }, ctx, done);
        });
        QCOMPARE(n.error.kind, ErrorKind::NotFound);
        QVERIFY(!n.count);
        const SchemaResult s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"x"_s, ctx, done); });
        QCOMPARE(s.error.kind, ErrorKind::NotFound);
        QCOMPARE(nam.requests.size(), before);
    }

    void testConnectionRejectsOtherShapes()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v2/zaps"_s, { FakeBehaviour::respond(200, "<html>login</html>") });
        Transport t(nam, singleAttemptPolicy());
        ZapierConnector c(t, zapierConnection(), kSecret);
        const TestResult tr = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(tr.error.kind, ErrorKind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestZapier)
#include "tst_zapier.moc"
