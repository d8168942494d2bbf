// Make: parsers from fixture bytes (SDK mocks and documented shapes), typed errors, fuzzed bodies, and the
// connector over a fake network (scenario state + logs, paging, organization quota).
#include "CommerceTestSupport.h"

#include <make/MakeConnector.h>
#include <make/MakeParser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kSecret = u"8f4a0e2c-1b3d-4e5f-9a7b-0c1d2e3f4a5b"_s;

Connection makeConnection(bool withOrganization = false)
{
    Connection c;
    c.id = u"make-eu"_s;
    c.name = u"Make"_s;
    c.vendor = Vendor::Make;
    c.options.insert(u"zone"_s, u"eu1.make.com"_s);
    if (withOrganization)
        c.options.insert(u"organization_id"_s, 7);
    return c;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QByteArray logsPage(int n, qint64 newestMs, const QString& last)
{
    QJsonArray logs;
    for (int i = 0; i < n; ++i) {
        const qint64 ms = newestMs - i * 1000;
        logs.append(QJsonObject { { u"id"_s, u"run-%1"_s.arg(ms) }, { u"imtId"_s, u"%1_scenario.1.auto"_s.arg(ms) },
            { u"status"_s, 1 }, { u"timestamp"_s, double(ms) }, { u"operations"_s, 2 } });
    }
    QJsonObject pg { { u"sortBy"_s, u"imtId"_s }, { u"sortDir"_s, u"desc"_s }, { u"limit"_s, 100 } };
    if (!last.isEmpty())
        pg.insert(u"last"_s, last);
    return QJsonDocument(QJsonObject { { u"scenarioLogs"_s, logs }, { u"pg"_s, pg } }).toJson();
}

} // namespace

class TestMake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsFixture()
    {
        const auto r = MakeParser::parseLogs(fixture(u"make/scenario-logs-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.events.size(), 1);
        const RunEvent& e = r.events.first();
        QCOMPARE(e.externalId, u"da518adcd14b4b64ac6358823ccb80ca"_s);
        QCOMPARE(e.status, RunEvent::Status::Success);
        QCOMPARE(e.operations, 10);
        QCOMPARE(e.at, utc("2021-09-23T04:35:44.497Z"));
        QCOMPARE(r.last, u"1632371803593_scenario.1229.auto.3cf2f332f74f43f1b2c4ae431cbedb5b"_s);
    }

    void singleLogFixtureAsListEntry()
    {
        // GET /scenarios/{id}/logs/{executionId} wraps one entry in "scenarioLog"; as a list entry it reads alike.
        const QJsonObject single = QJsonDocument::fromJson(fixture(u"make/scenario-log-get-200.json"_s)).object();
        const QByteArray body
            = QJsonDocument(QJsonObject { { u"scenarioLogs"_s, QJsonArray { single.value(u"scenarioLog"_s) } } })
                  .toJson();
        const auto r = MakeParser::parseLogs(body);
        QVERIFY(r.error.ok());
        QCOMPARE(r.events.first().externalId, u"cc1c49323b344687a324888762206003"_s);
        QCOMPARE(r.events.first().at, utc("2021-09-23T11:55:22.946Z"));
        QCOMPARE(r.events.first().operations, 2);
        // The detail bodies themselves are not a log list.
        QCOMPARE(MakeParser::parseLogs(fixture(u"make/scenario-log-get-200.json"_s)).error.kind, ErrorKind::Parse);
        QCOMPARE(MakeParser::parseLogs(fixture(u"make/execution-detail-200.json"_s)).error.kind, ErrorKind::Parse);
    }

    void mixedLogs()
    {
        const auto r = MakeParser::parseLogs(fixture(u"make/scenario-logs-mixed-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.entries, 5);
        QCOMPARE(r.events.size(), 4); // the eventType entry is not a run
        QCOMPARE(r.events.at(0).status, RunEvent::Status::Pending);
        QCOMPARE(r.events.at(0).at, QDateTime::fromMSecsSinceEpoch(1767225600400, Qt::UTC)); // ms epoch number
        QCOMPARE(r.events.at(1).status, RunEvent::Status::Error);
        QCOMPARE(r.events.at(1).operations, 4);
        QCOMPARE(r.events.at(2).status, RunEvent::Status::Warning);
        QCOMPARE(r.events.at(2).externalId, u"1767225600100_scenario.418339.auto.w2"_s); // no id: imtId
        QCOMPARE(r.events.at(3).status, RunEvent::Status::Unknown);
        QCOMPARE(MakeParser::statusFromCode(1), RunEvent::Status::Success);
    }

    void logsRejectWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no list") << QByteArray(R"({"pg":{}})");
        QTest::newRow("list not array") << QByteArray(R"({"scenarioLogs":{}})");
        QTest::newRow("entry not object") << QByteArray(R"({"scenarioLogs":[1]})");
        QTest::newRow("no id") << QByteArray(R"({"scenarioLogs":[{"status":1,"timestamp":"2026-01-01T00:00:00Z"}]})");
        QTest::newRow("status text") << QByteArray(
            R"({"scenarioLogs":[{"id":"a","status":"ok","timestamp":"2026-01-01T00:00:00Z"}]})");
        QTest::newRow("status missing") << QByteArray(
            R"({"scenarioLogs":[{"id":"a","timestamp":"2026-01-01T00:00:00Z"}]})");
        QTest::newRow("bad time") << QByteArray(R"({"scenarioLogs":[{"id":"a","status":1,"timestamp":"yesterday"}]})");
        QTest::newRow("no time") << QByteArray(R"({"scenarioLogs":[{"id":"a","status":1}]})");
        QTest::newRow("ops text") << QByteArray(
            R"({"scenarioLogs":[{"id":"a","status":1,"timestamp":1,"operations":"2"}]})");
        QTest::newRow("array root") << QByteArray("[]");
    }
    void logsRejectWrongShapes()
    {
        QFETCH(QByteArray, body);
        const auto r = MakeParser::parseLogs(body);
        QCOMPARE(r.error.kind, ErrorKind::Parse);
        QVERIFY(r.events.isEmpty());
    }

    void scenarioDetail()
    {
        const RunLogResult r = MakeParser::parseScenario(fixture(u"make/scenario-detail-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.state.active, std::optional<bool>(true));
        QCOMPARE(r.state.paused, std::optional<bool>(false));
        QCOMPARE(r.state.invalid, std::optional<bool>(false));
        QCOMPARE(r.state.storedFailures, std::optional<qint64>(2));
        QCOMPARE(r.state.name, u"Engineering Workshop Enrollment"_s);

        // The list sample's entry has the same fields.
        const QJsonObject list = QJsonDocument::fromJson(fixture(u"make/scenarios-list-200.json"_s)).object();
        const QByteArray wrapped
            = QJsonDocument(QJsonObject { { u"scenario"_s, list.value(u"scenarios"_s).toArray().first() } }).toJson();
        const RunLogResult fromList = MakeParser::parseScenario(wrapped);
        QVERIFY(fromList.error.ok());
        QCOMPARE(fromList.state.active, std::optional<bool>(false));
        QCOMPARE(fromList.state.storedFailures, std::optional<qint64>(0));

        QCOMPARE(MakeParser::parseScenario(fixture(u"make/scenarios-list-200.json"_s)).error.kind, ErrorKind::Parse);
        QCOMPARE(MakeParser::parseScenario(R"({"scenario":{"isActive":"yes"}})").error.kind, ErrorKind::Parse);
        QCOMPARE(MakeParser::parseScenario(R"({"scenario":{"dlqCount":-2}})").error.kind, ErrorKind::Parse);
        QCOMPARE(MakeParser::parseScenario(R"({"scenario":{"name":[]}})").error.kind, ErrorKind::Parse);
        // Optional flags may be missing: unknown, not false.
        const RunLogResult sparse = MakeParser::parseScenario(R"({"scenario":{"id":1}})");
        QVERIFY(sparse.error.ok());
        QVERIFY(!sparse.state.active && !sparse.state.storedFailures);
    }

    void meOrganizationAndErrors()
    {
        QCOMPARE(MakeParser::parseMe(fixture(u"make/users-me-200.json"_s)).account, u"Integration Bot"_s);
        QCOMPARE(MakeParser::parseMe("[]").error.kind, ErrorKind::Parse);
        const QuotaResult q = MakeParser::parseOrganization(fixture(u"make/organization-200.json"_s));
        QVERIFY(q.error.ok());
        QCOMPARE(q.quota.limit, std::optional<qint64>(240));
        QCOMPARE(q.quota.windowS, std::optional<int>(60));
        QVERIFY(!q.quota.remaining);
        QCOMPARE(MakeParser::parseOrganization(R"({"organization":{"license":{"apiLimit":"lots"}}})").error.kind,
            ErrorKind::Parse);
        QCOMPARE(MakeParser::errorText(fixture(u"make/error-401.json"_s)),
            u"Access denied: Invalid access token. (SC401)"_s);
        QCOMPARE(MakeParser::errorText(fixture(u"make/error-400-suberrors.json"_s)),
            u"Validation failed: Invalid filter.; from must be a number (IM005)"_s);
        QCOMPARE(MakeParser::errorText(fixture(u"make/error-429.json"_s)),
            u"Requests limit for organization exceeded, please try again later."_s);
    }

    void fuzzNeverCrashes()
    {
        const QStringList files = { u"make/scenario-logs-200.json"_s, u"make/scenario-logs-mixed-200.json"_s,
            u"make/scenario-detail-200.json"_s, u"make/organization-200.json"_s, u"make/users-me-200.json"_s,
            u"make/error-400-suberrors.json"_s, u"make/scenarios-list-200.json"_s };
        int checked = 0;
        for (const QString& file : files) {
            const QByteArray body = fixture(file);
            for (const QByteArray& cut : truncations(body)) {
                const auto logs = MakeParser::parseLogs(cut);
                QCOMPARE(logs.error.kind, ErrorKind::Parse);
                QVERIFY(logs.events.isEmpty());
                QCOMPARE(MakeParser::parseScenario(cut).error.kind, ErrorKind::Parse);
                QCOMPARE(MakeParser::parseOrganization(cut).error.kind, ErrorKind::Parse);
                QCOMPARE(MakeParser::parseMe(cut).error.kind, ErrorKind::Parse);
                MakeParser::errorText(cut);
                ++checked;
            }
            for (const QByteArray& m : mutations(body)) {
                const auto logs = MakeParser::parseLogs(m);
                QVERIFY(logs.error.ok() || (logs.error.kind == ErrorKind::Parse && logs.events.isEmpty()));
                for (const RunEvent& e : logs.events) {
                    QVERIFY(!e.externalId.isEmpty());
                    QVERIFY(e.at.isValid());
                }
                const RunLogResult s = MakeParser::parseScenario(m);
                QVERIFY(s.error.ok() || s.error.kind == ErrorKind::Parse);
                const QuotaResult q = MakeParser::parseOrganization(m);
                QVERIFY(q.error.ok() == q.quota.limit.has_value());
                MakeParser::errorText(m);
                ++checked;
            }
        }
        QVERIFY(checked > 500);
    }

    void runLogRequestsAndMapping()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/api/v2/scenarios/418339"_s,
            { FakeBehaviour::respond(200, fixture(u"make/scenario-detail-200.json"_s)) });
        nam.route(u"/api/v2/scenarios/418339/logs"_s,
            { FakeBehaviour::respond(200, fixture(u"make/scenario-logs-mixed-200.json"_s),
                { { "X-RateLimit-Limit", "240" }, { "X-RateLimit-Remaining", "239" } }) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        QVERIFY(c.isMiddleware());
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(1767225600050, Qt::UTC);
        const RunLogResult r
            = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u"418339"_s, since, ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.state.active, std::optional<bool>(true));
        QCOMPARE(r.state.storedFailures, std::optional<qint64>(2));
        QCOMPARE(r.events.size(), 3); // the unknown-status run is older than `since`
        QCOMPARE(r.events.at(0).externalId, u"p1"_s);
        QCOMPARE(r.events.at(1).status, RunEvent::Status::Error);
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(239));

        QCOMPARE(nam.requests.size(), 2);
        const QNetworkRequest& scenario = nam.requests.at(0);
        QCOMPARE(verbOf(scenario), QByteArray("GET"));
        QCOMPARE(scenario.url().host(), u"eu1.make.com"_s);
        QCOMPARE(scenario.rawHeader("Authorization"), "Token " + kSecret.toUtf8());
        const QNetworkRequest& logs = nam.requests.at(1);
        QCOMPARE(logs.url().path(), u"/api/v2/scenarios/418339/logs"_s);
        QCOMPARE(queryValue(logs, u"from"_s), u"1767225600050"_s);
        QCOMPARE(queryValue(logs, u"pg[limit]"_s), u"100"_s);
        QVERIFY(!QUrlQuery(logs.url()).hasQueryItem(u"pg[last]"_s));
        QCOMPARE(logs.rawHeader("Authorization"), "Token " + kSecret.toUtf8());
        QVERIFY(nam.unmatched.isEmpty());
    }

    void runLogPagesUntilSince()
    {
        FakeNetworkAccessManager nam;
        const qint64 newest = 1767225600000 + 500000;
        nam.route(
            u"/api/v2/scenarios/1"_s, { FakeBehaviour::respond(200, R"({"scenario":{"id":1,"isActive":true}})") });
        nam.route(u"/api/v2/scenarios/1/logs"_s,
            { FakeBehaviour::respond(200, logsPage(100, newest, u"page1-last"_s)),
                FakeBehaviour::respond(200, logsPage(30, newest - 100000, u"page2-last"_s)) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) {
            c.runLog(u"1"_s, QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.events.size(), 130);
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(queryValue(nam.requests.at(2), u"pg[last]"_s), u"page1-last"_s);
    }

    void scenarioStateErrorStopsBeforeLogs()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/api/v2/scenarios/999"_s, { FakeBehaviour::respond(404, fixture(u"make/error-404.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u"999"_s, {}, ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::NotFound);
        QVERIFY(r.error.message.contains(u"Scenario not found."));
        QCOMPARE(nam.requests.size(), 1);
    }

    void typedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("auth") << 401 << fixture(u"make/error-401.json"_s) << QByteArray() << ErrorKind::Auth
                              << u"Access denied"_s;
        QTest::newRow("permission") << 403 << fixture(u"make/error-403.json"_s) << QByteArray() << ErrorKind::Permission
                                    << u"scenarios:read"_s;
        QTest::newRow("not_found") << 404 << fixture(u"make/error-404.json"_s) << QByteArray() << ErrorKind::NotFound
                                   << u"SC404"_s;
        QTest::newRow("rate_limited") << 429 << fixture(u"make/error-429.json"_s) << QByteArray("3")
                                      << ErrorKind::RateLimited << u"Requests limit for organization exceeded"_s;
        QTest::newRow("rate_limited no retry-after") << 429 << fixture(u"make/error-429.json"_s) << QByteArray()
                                                     << ErrorKind::RateLimited << u"Requests limit"_s;
        QTest::newRow("gone") << 410 << QByteArray(R"({"message":"Gone"})") << QByteArray() << ErrorKind::Gone
                              << u"Gone"_s;
        QTest::newRow("server") << 500 << QByteArray(R"({"message":"Internal error"})") << QByteArray()
                                << ErrorKind::Server << u"Internal error"_s;
        QTest::newRow("bad request") << 400 << fixture(u"make/error-400-suberrors.json"_s) << QByteArray()
                                     << ErrorKind::Server << u"from must be a number"_s;
        QTest::newRow("parse") << 200 << QByteArray(R"({"scenarioLogs":"none"})") << QByteArray() << ErrorKind::Parse
                               << QString();
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
        nam.route(u"/api/v2/scenarios/5"_s, { FakeBehaviour::respond(200, R"({"scenario":{"id":5}})") });
        nam.route(u"/api/v2/scenarios/5/logs"_s, { FakeBehaviour::respond(status, body, headers) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u"5"_s, {}, ctx, done); });
        QCOMPARE(r.error.kind, kind);
        QVERIFY(r.events.isEmpty());
        QCOMPARE(r.meta.httpStatus, status);
        QVERIFY2(says.isEmpty() || r.error.message.contains(says), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(kSecret));
        if (status == 429)
            QCOMPARE(r.error.retryAfterMs, retryAfter.isEmpty() ? std::nullopt : std::optional<qint64>(3000));
        QVERIFY(!QUrlQuery(nam.requests.last().url()).hasQueryItem(u"from"_s)); // no `since`: no lower bound
    }

    void noCountNoSchema()
    {
        FakeNetworkAccessManager nam;
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        const CountResult n = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"make-eu"_s, u"x"_s, {} }, ctx, done);
        });
        QCOMPARE(n.error.kind, ErrorKind::NotFound);
        QVERIFY(!n.count);
        const SchemaResult s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"x"_s, ctx, done); });
        QCOMPARE(s.error.kind, ErrorKind::NotFound);
        const RunLogResult empty
            = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(u" "_s, {}, ctx, done); });
        QCOMPARE(empty.error.kind, ErrorKind::NotFound);
        // Quota without organization_id: unknown, and no request.
        const QuotaResult q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY(q.error.ok());
        QVERIFY(!q.quota.limit);
        QVERIFY(nam.requests.isEmpty());
    }

    void testConnectionAndQuota()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/api/v2/users/me"_s, { FakeBehaviour::respond(200, fixture(u"make/users-me-200.json"_s)) });
        nam.route(
            u"/api/v2/organizations/7"_s, { FakeBehaviour::respond(200, fixture(u"make/organization-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(true), kSecret);
        const TestResult tr = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(tr.error.ok(), qPrintable(tr.error.message));
        QCOMPARE(tr.account, u"Integration Bot"_s);
        const QuotaResult q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY2(q.error.ok(), qPrintable(q.error.message));
        QCOMPARE(q.quota.limit, std::optional<qint64>(240));
        QCOMPARE(q.meta.quota.limit, std::optional<qint64>(240));
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests.at(0).url().toString(), u"https://eu1.make.com/api/v2/users/me"_s);
        QCOMPARE(nam.requests.at(1).url().path(), u"/api/v2/organizations/7"_s);
        for (const auto& req : nam.requests)
            QCOMPARE(req.rawHeader("Authorization"), "Token " + kSecret.toUtf8());
    }

    void testConnectionAuthFailure()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/api/v2/users/me"_s, { FakeBehaviour::respond(401, fixture(u"make/error-401.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        MakeConnector c(t, makeConnection(), kSecret);
        const TestResult r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::Auth);
        QVERIFY(r.error.message.contains(u"Invalid access token."));
    }
};

QTEST_GUILESS_MAIN(TestMake)
#include "tst_make.moc"
