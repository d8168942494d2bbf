// Generic REST/JSON: RFC 6901 pointers, the count and run list at a pointer, request building from options
// (method, body, auth header/scheme, filter), typed errors and fuzzed bodies, over a fake network.
#include "CommerceTestSupport.h"

#include <generic/GenericConnector.h>
#include <generic/GenericParser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kSecret = u"gk_live_0123456789abcdef"_s;

Connection genericConnection(const QJsonObject& options = {})
{
    Connection c;
    c.id = u"crm-x"_s;
    c.name = u"Some CRM"_s;
    c.vendor = Vendor::Generic;
    c.baseUrl = u"https://api.example.test/v1/"_s;
    c.options = options;
    return c;
}

} // namespace

class TestGeneric : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointers()
    {
        const QJsonValue doc = QJsonDocument::fromJson(fixture(u"generic/count-nested-200.json"_s)).object();
        QCOMPARE(GenericParser::resolve(doc, u"/meta/a~1b/m~0n/0/count"_s), std::optional<QJsonValue>(u"42"_s));
        QCOMPARE(GenericParser::resolve(doc, u"/meta/a~1b/m~0n/1/count"_s), std::optional<QJsonValue>(7));
        QCOMPARE(GenericParser::resolve(doc, u""_s), std::optional<QJsonValue>(doc));
        QVERIFY(!GenericParser::resolve(doc, u"/meta/a/b"_s)); // "/" must be escaped
        QVERIFY(!GenericParser::resolve(doc, u"/meta/a~1b/m~0n/2"_s)); // out of range
        QVERIFY(!GenericParser::resolve(doc, u"/meta/a~1b/m~0n/01"_s)); // no leading zeros
        QVERIFY(!GenericParser::resolve(doc, u"/meta/a~1b/m~0n/-"_s));
        QVERIFY(!GenericParser::resolve(doc, u"meta"_s)); // must start with /
        QVERIFY(!GenericParser::resolve(doc, u"/meta~2"_s)); // bad escape
        QVERIFY(!GenericParser::resolve(doc, u"/meta~"_s));
        QVERIFY(!GenericParser::resolve(doc, u"/meta/a~1b/m~0n/0/count/deeper"_s));
        // ~01 is "~1", not "/" (RFC 6901 §4 order).
        const QJsonValue tricky = QJsonObject { { u"~1"_s, 1 }, { u"/"_s, 2 } };
        QCOMPARE(GenericParser::resolve(tricky, u"/~01"_s), std::optional<QJsonValue>(1));
        QCOMPARE(GenericParser::resolve(tricky, u"/~1"_s), std::optional<QJsonValue>(2));
        QCOMPARE(GenericParser::resolve(QJsonObject { { QString(), 3 } }, u"/"_s), std::optional<QJsonValue>(3));
    }

    void counts()
    {
        QCOMPARE(GenericParser::parseCount(fixture(u"generic/count-total-200.json"_s), u"/total"_s).count,
            std::optional<qint64>(1234));
        QCOMPARE(
            GenericParser::parseCount(fixture(u"generic/count-nested-200.json"_s), u"/meta/a~1b/m~0n/0/count"_s).count,
            std::optional<qint64>(42));
        QCOMPARE(GenericParser::parseCount("[5,6]", u"/1"_s).count, std::optional<qint64>(6));
        QCOMPARE(GenericParser::parseCount("{\"total\":0}", u"/total"_s).count, std::optional<qint64>(0));
    }

    void countRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("missing") << QByteArray(R"({"count":5})") << u"/total"_s;
        QTest::newRow("negative") << QByteArray(R"({"total":-5})") << u"/total"_s;
        QTest::newRow("fraction") << QByteArray(R"({"total":2.5})") << u"/total"_s;
        QTest::newRow("bool") << QByteArray(R"({"total":true})") << u"/total"_s;
        QTest::newRow("null") << QByteArray(R"({"total":null})") << u"/total"_s;
        QTest::newRow("object") << QByteArray(R"({"total":{"value":5}})") << u"/total"_s;
        QTest::newRow("text") << QByteArray(R"({"total":"about 5"})") << u"/total"_s;
        QTest::newRow("signed text") << QByteArray(R"({"total":"-5"})") << u"/total"_s;
        QTest::newRow("empty text") << QByteArray(R"({"total":""})") << u"/total"_s;
        QTest::newRow("huge") << QByteArray(R"({"total":1e300})") << u"/total"_s;
        QTest::newRow("not json") << QByteArray("total=5") << u"/total"_s;
        QTest::newRow("empty") << QByteArray() << u"/total"_s;
        QTest::newRow("bad pointer") << QByteArray(R"({"total":5})") << u"total"_s;
    }
    void countRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pointer);
        const CountResult r = GenericParser::parseCount(body, pointer);
        QCOMPARE(r.error.kind, ErrorKind::Parse);
        QVERIFY(!r.count);
        QVERIFY(!r.error.message.isEmpty());
    }

    void runs()
    {
        const RunLogResult r = GenericParser::parseRuns(fixture(u"generic/runs-200.json"_s), u"/errors"_s);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.events.size(), 4);
        QCOMPARE(r.events.at(0).status, RunEvent::Status::Error);
        QCOMPARE(r.events.at(0).message, u"Upstream rejected 3 records"_s);
        QCOMPARE(r.events.at(1).externalId, u"2"_s);
        QCOMPARE(r.events.at(1).at, QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC)); // epoch seconds
        QCOMPARE(r.events.at(2).at, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC)); // epoch ms
        QCOMPARE(r.events.at(2).status, RunEvent::Status::Pending);
        QCOMPARE(r.events.at(3).status, RunEvent::Status::Unknown);
        QCOMPARE(
            GenericParser::parseRuns(fixture(u"generic/runs-200.json"_s), u"/status"_s).error.kind, ErrorKind::Parse);
        QCOMPARE(GenericParser::parseRuns(R"({"errors":[{"id":"a","timestamp":"x"}]})", u"/errors"_s).error.kind,
            ErrorKind::Parse);
        QCOMPARE(
            GenericParser::parseRuns(R"({"errors":[{"timestamp":1}]})", u"/errors"_s).error.kind, ErrorKind::Parse);
        QCOMPARE(
            GenericParser::parseRuns(R"({"errors":[{"id":"a","timestamp":1,"status":[]}]})", u"/errors"_s).error.kind,
            ErrorKind::Parse);
        QCOMPARE(GenericParser::statusFrom(QJsonValue(422)), RunEvent::Status::Error);
        QCOMPARE(GenericParser::statusFrom(QJsonValue(201)), RunEvent::Status::Success);
        QCOMPARE(GenericParser::statusFrom(QJsonValue(3)), RunEvent::Status::Error);
        QCOMPARE(GenericParser::statusFrom(QJsonValue(99)), RunEvent::Status::Unknown);
        // An error list without status: each entry is an error.
        QCOMPARE(GenericParser::parseRuns(R"({"errors":[{"id":"a","timestamp":1700000000}]})", u"/errors"_s)
                     .events.first()
                     .status,
            RunEvent::Status::Error);
    }

    void errorBodies()
    {
        QCOMPARE(GenericParser::errorText(fixture(u"generic/problem-401.json"_s)),
            u"Unauthorized: API key not recognised"_s);
        QCOMPARE(GenericParser::errorText(fixture(u"generic/error-403.json"_s)),
            u"Forbidden: missing scope contacts.read"_s);
        QCOMPARE(GenericParser::errorText(R"({"error":{"message":"boom"}})"), u"boom"_s);
        QCOMPARE(GenericParser::errorText(R"({"errors":["a",{"message":"b"}]})"), u"a; b"_s);
    }

    void fuzzNeverCrashes()
    {
        int checked = 0;
        const QList<QPair<QString, QString>> cases = { { u"generic/count-total-200.json"_s, u"/total"_s },
            { u"generic/count-nested-200.json"_s, u"/meta/a~1b/m~0n/0/count"_s },
            { u"generic/runs-200.json"_s, u"/errors"_s }, { u"generic/problem-401.json"_s, u"/status"_s } };
        for (const auto& [file, pointer] : cases) {
            const QByteArray body = fixture(file);
            for (const QByteArray& cut : truncations(body)) {
                const CountResult c = GenericParser::parseCount(cut, pointer);
                QCOMPARE(c.error.kind, ErrorKind::Parse);
                QVERIFY(!c.count);
                QCOMPARE(GenericParser::parseRuns(cut, pointer).error.kind, ErrorKind::Parse);
                GenericParser::errorText(cut);
                ++checked;
            }
            for (const QByteArray& m : mutations(body)) {
                const CountResult c = GenericParser::parseCount(m, pointer);
                QVERIFY(c.error.ok() == c.count.has_value());
                QVERIFY(c.error.ok() || c.error.kind == ErrorKind::Parse);
                QVERIFY(!c.count || *c.count >= 0);
                const RunLogResult r = GenericParser::parseRuns(m, pointer);
                QVERIFY(r.error.ok() || (r.error.kind == ErrorKind::Parse && r.events.isEmpty()));
                GenericParser::errorText(m);
                ++checked;
            }
        }
        QVERIFY(checked > 200);
    }

    void defaultGetCount()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v1/contacts"_s,
            { FakeBehaviour::respond(200, fixture(u"generic/count-total-200.json"_s),
                { { "RateLimit", "\"default\";r=50;t=30" }, { "RateLimit-Policy", "\"default\";q=100;w=60" } }) });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection(), kSecret);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"crm-x"_s, u"contacts"_s, u"status=active&since=2026-01-01"_s }, ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(1234));
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(50));
        QCOMPARE(r.meta.quota.limit, std::optional<qint64>(100));
        QCOMPARE(r.meta.quota.windowS, std::optional<int>(60));
        QCOMPARE(nam.requests.size(), 1);
        const QNetworkRequest& req = nam.requests.first();
        QCOMPARE(verbOf(req), QByteArray("GET"));
        QCOMPARE(req.url().host(), u"api.example.test"_s);
        QCOMPARE(req.url().path(), u"/v1/contacts"_s);
        QCOMPARE(queryValue(req, u"status"_s), u"active"_s);
        QCOMPARE(queryValue(req, u"since"_s), u"2026-01-01"_s);
        QCOMPARE(req.rawHeader("Authorization"), "Bearer " + kSecret.toUtf8());
    }

    void postWithBodyHeaderAndPointer()
    {
        const QJsonObject options { { u"method"_s, u"post"_s }, { u"body"_s, u"{\"limit\":1}"_s },
            { u"auth_header"_s, u"X-API-Key"_s }, { u"auth_scheme"_s, QString() },
            { u"count_pointer"_s, u"/meta/a~1b/m~0n/1/count"_s } };
        FakeNetworkAccessManager nam;
        nam.route(u"/v1/search"_s, { FakeBehaviour::respond(200, fixture(u"generic/count-nested-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection(options), kSecret);
        const IntegrationSide side { u"crm-x"_s, u"search"_s, QJsonObject { { u"list"_s, u"newsletter"_s } } };
        const auto built = c.buildCount(side);
        QVERIFY(built.error.ok());
        QCOMPARE(built.request.method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(built.request.body).object(),
            (QJsonObject { { u"limit"_s, 1 }, { u"list"_s, u"newsletter"_s } }));
        QCOMPARE(built.request.connectionId, u"crm-x"_s);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(7));
        const QNetworkRequest& req = nam.requests.first();
        QCOMPARE(verbOf(req), QByteArray("POST"));
        QCOMPARE(req.rawHeader("X-API-Key"), kSecret.toUtf8());
        QVERIFY(!req.hasRawHeader("Authorization"));
        QCOMPARE(req.rawHeader("Content-Type"), QByteArray("application/json"));
        QVERIFY(QUrlQuery(req.url()).isEmpty());
    }

    void emptyObjectCountsAtTheBaseUrl()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v1"_s, { FakeBehaviour::respond(200, R"({"total":"12"})") });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection({ { u"auth_scheme"_s, u"Token"_s } }), kSecret);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"crm-x"_s, QString(), {} }, ctx, done);
        });
        QCOMPARE(r.count, std::optional<qint64>(12));
        QCOMPARE(nam.requests.first().url().toString(), u"https://api.example.test/v1"_s);
        QCOMPARE(nam.requests.first().rawHeader("Authorization"), "Token " + kSecret.toUtf8());
    }

    void refusedSettingsMakeNoRequest_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("delete") << QJsonObject { { u"method"_s, u"DELETE"_s } } << u"x"_s << QJsonValue()
                                << ErrorKind::Parse;
        QTest::newRow("bad pointer") << QJsonObject { { u"count_pointer"_s, u"total"_s } } << u"x"_s << QJsonValue()
                                     << ErrorKind::Parse;
        QTest::newRow("header injection") << QJsonObject { { u"auth_header"_s, u"X-Key\r\nEvil: 1"_s } } << u"x"_s
                                          << QJsonValue() << ErrorKind::Parse;
        QTest::newRow("dot dot") << QJsonObject() << u"../admin"_s << QJsonValue() << ErrorKind::NotFound;
        QTest::newRow("array filter") << QJsonObject() << u"x"_s << QJsonValue(QJsonArray { 1 }) << ErrorKind::Parse;
        QTest::newRow("nested filter on GET")
            << QJsonObject() << u"x"_s << QJsonValue(QJsonObject { { u"a"_s, QJsonObject() } }) << ErrorKind::Parse;
    }
    void refusedSettingsMakeNoRequest()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QString, object);
        QFETCH(QJsonValue, filter);
        QFETCH(ErrorKind, kind);
        FakeNetworkAccessManager nam;
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection(options), kSecret);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"crm-x"_s, object, filter.isUndefined() ? QJsonValue(QJsonValue::Null) : filter }, ctx, done);
        });
        QCOMPARE(r.error.kind, kind);
        QVERIFY(!r.count);
        QVERIFY(nam.requests.isEmpty());
    }

    void typedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("auth") << 401 << fixture(u"generic/problem-401.json"_s) << QByteArray() << ErrorKind::Auth
                              << u"API key not recognised"_s;
        QTest::newRow("permission") << 403 << fixture(u"generic/error-403.json"_s) << QByteArray()
                                    << ErrorKind::Permission << u"missing scope"_s;
        QTest::newRow("not_found") << 404 << QByteArray() << QByteArray() << ErrorKind::NotFound << QString();
        QTest::newRow("rate_limited") << 429 << QByteArray(R"({"message":"slow down"})") << QByteArray("1.5")
                                      << ErrorKind::RateLimited << u"slow down"_s;
        QTest::newRow("gone") << 410 << QByteArray() << QByteArray() << ErrorKind::Gone << QString();
        QTest::newRow("server") << 500 << QByteArray(R"({"error":"internal"})") << QByteArray() << ErrorKind::Server
                                << u"internal"_s;
        QTest::newRow("parse") << 200 << QByteArray(R"({"total":"n/a"})") << QByteArray() << ErrorKind::Parse
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
        QList<QPair<QByteArray, QByteArray>> headers { { "Sunset", "Sat, 31 Oct 2026 23:59:59 GMT" } };
        if (!retryAfter.isEmpty())
            headers << qMakePair(QByteArray("Retry-After"), retryAfter);
        nam.route(u"/v1/contacts"_s, { FakeBehaviour::respond(status, body, headers) });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection(), kSecret);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"crm-x"_s, u"contacts"_s, {} }, ctx, done);
        });
        QCOMPARE(r.error.kind, kind);
        QVERIFY(!r.count);
        QVERIFY2(says.isEmpty() || r.error.message.contains(says), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(kSecret));
        QVERIFY(r.meta.deprecation.sunset.has_value());
        if (kind == ErrorKind::RateLimited)
            QCOMPARE(r.error.retryAfterMs, std::optional<qint64>(1500));
        if (kind == ErrorKind::Gone)
            QVERIFY(r.meta.deprecation.retired);
    }

    void runLogAtErrorsPointer()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v1/jobs/sync-1"_s, { FakeBehaviour::respond(200, fixture(u"generic/runs-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection({ { u"errors_pointer"_s, u"/errors"_s } }), kSecret);
        const RunLogResult r = await<RunLogResult>([&](QObject* ctx, auto done) {
            c.runLog(u"jobs/sync-1"_s, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.events.size(), 3); // r0 (December) is before `since`
        QCOMPARE(nam.requests.first().url().path(), u"/v1/jobs/sync-1"_s);

        GenericConnector none(t, genericConnection(), kSecret);
        const RunLogResult missing
            = await<RunLogResult>([&](QObject* ctx, auto done) { none.runLog(u"x"_s, {}, ctx, done); });
        QCOMPARE(missing.error.kind, ErrorKind::NotFound);
        QCOMPARE(nam.requests.size(), 1);
    }

    void testConnectionQuotaSchema()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/v1"_s,
            { FakeBehaviour::respond(
                200, "ok", { { "X-RateLimit-Limit", "1000" }, { "X-RateLimit-Remaining", "990" } }) });
        Transport t(nam, singleAttemptPolicy());
        GenericConnector c(t, genericConnection(), kSecret);
        const TestResult tr = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(tr.error.ok(), qPrintable(tr.error.message));
        QCOMPARE(verbOf(nam.requests.first()), QByteArray("GET"));
        const QuotaResult q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QCOMPARE(q.quota.remaining, std::optional<qint64>(990));
        QCOMPARE(q.quota.limit, std::optional<qint64>(1000));
        const SchemaResult s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"x"_s, ctx, done); });
        QCOMPARE(s.error.kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestGeneric)
#include "tst_generic.moc"
