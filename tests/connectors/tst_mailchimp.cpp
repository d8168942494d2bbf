// Mailchimp: parsers from fixture bytes, problem+json errors, truncation/type fuzzing, and the connector over the
// fake network manager (data centre from the key, Basic auth, stats by filter, merge fields, ResponseMeta).
#include "CrmTestSupport.h"

#include "../../connectors/mailchimp/MailchimpConnector.h"
#include "../../connectors/mailchimp/MailchimpParser.h"

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kKey = u"0123456789abcdef0123456789abcdef-us6"_s;

QByteArray mc(const QString& name)
{
    return fixture(u"mailchimp"_s, name);
}

Connection connection(const QString& baseUrl = {})
{
    Connection c;
    c.id = u"mc-news"_s;
    c.name = u"Mailchimp"_s;
    c.vendor = Vendor::Mailchimp;
    c.baseUrl = baseUrl;
    c.apiVersion = u"3.0"_s;
    return c;
}

} // namespace

class TestMailchimp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- parser ----
    void ping()
    {
        ConnectorError e;
        QCOMPARE(MailchimpParser::parsePing(mc(u"ping-200.json"_s), e).value_or(QString()), u"Everything's Chimpy!"_s);
        QVERIFY(!MailchimpParser::parsePing("{\"health_status\":1}", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
    }

    void statsField_data()
    {
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<QString>("field");
        QTest::newRow("null") << QJsonValue() << u"member_count"_s;
        QTest::newRow("empty") << QJsonValue(u""_s) << u"member_count"_s;
        QTest::newRow("subscribed") << QJsonValue(u"subscribed"_s) << u"member_count"_s;
        QTest::newRow("Unsubscribed") << QJsonValue(u"Unsubscribed"_s) << u"unsubscribe_count"_s;
        QTest::newRow("cleaned") << QJsonValue(u"cleaned"_s) << u"cleaned_count"_s;
        QTest::newRow("status object") << QJsonValue(QJsonObject { { u"status"_s, u"cleaned"_s } })
                                       << u"cleaned_count"_s;
        QTest::newRow("pending") << QJsonValue(u"pending"_s) << QString();
        QTest::newRow("number") << QJsonValue(3) << QString();
    }
    void statsField()
    {
        QFETCH(QJsonValue, filter);
        QFETCH(QString, field);
        ConnectorError e;
        const auto f = MailchimpParser::statsField(filter, e);
        QCOMPARE(f.value_or(QString()), field);
        QCOMPARE(e.kind, field.isEmpty() ? ErrorKind::Parse : ErrorKind::None);
    }

    void countFromFixture()
    {
        ConnectorError e;
        const QByteArray list = mc(u"list-200.json"_s);
        QCOMPARE(MailchimpParser::parseCount(list, u"member_count"_s, e), std::optional<qint64>(1290));
        QCOMPARE(MailchimpParser::parseCount(list, u"unsubscribe_count"_s, e), std::optional<qint64>(41));
        QCOMPARE(MailchimpParser::parseCount(list, u"cleaned_count"_s, e), std::optional<qint64>(7));
        QVERIFY(e.ok());
    }

    void countRejectsOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("count text") << QByteArray("{\"stats\":{\"member_count\":\"many\"}}");
        QTest::newRow("count missing") << QByteArray("{\"stats\":{\"unsubscribe_count\":3}}");
        QTest::newRow("no stats") << QByteArray("{\"id\":\"a1\"}");
        QTest::newRow("stats list") << QByteArray("{\"stats\":[]}");
        QTest::newRow("negative") << QByteArray("{\"stats\":{\"member_count\":-2}}");
        QTest::newRow("problem json") << mc(u"error-404-resource-not-found.json"_s);
        QTest::newRow("truncated") << QByteArray("{\"stats\":{\"member_count\":12");
        QTest::newRow("empty") << QByteArray();
    }
    void countRejectsOtherShapes()
    {
        QFETCH(QByteArray, body);
        ConnectorError e;
        QCOMPARE(MailchimpParser::parseCount(body, u"member_count"_s, e), std::nullopt);
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!e.message.isEmpty());
    }

    void mergeFields()
    {
        ConnectorError e;
        const auto fields = MailchimpParser::parseSchema(mc(u"merge-fields-200.json"_s), e);
        QVERIFY2(fields, qPrintable(e.message));
        QCOMPARE(fields->size(), 4);
        QCOMPARE(fields->first().name, u"EMAIL"_s);
        QCOMPARE(fields->at(1), (SchemaField { u"FNAME"_s, u"First Name"_s, u"text"_s }));
        QVERIFY(!MailchimpParser::parseSchema("{\"merge_fields\":[{\"tag\":\"X\",\"name\":\"X\"}]}", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!MailchimpParser::parseSchema("{\"total_items\":0}", e));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401 key invalid") << 401 << mc(u"error-401-api-key-invalid.json"_s) << ErrorKind::Auth
                                         << u"API Key Invalid"_s;
        QTest::newRow("403 forbidden") << 403 << mc(u"error-403-forbidden.json"_s) << ErrorKind::Permission
                                       << u"different datacenter"_s;
        QTest::newRow("404") << 404 << mc(u"error-404-resource-not-found.json"_s) << ErrorKind::NotFound
                             << u"Resource Not Found"_s;
        QTest::newRow("429") << 429 << mc(u"error-429-too-many-requests.json"_s) << ErrorKind::RateLimited
                             << u"simultaneous"_s;
        QTest::newRow("500") << 500 << mc(u"error-500-internal.json"_s) << ErrorKind::Server
                             << u"Internal Server Error"_s;
        QTest::newRow("503 html") << 503 << QByteArray("<html>busy</html>") << ErrorKind::Server << u"HTML"_s;
        QTest::newRow("403 empty") << 403 << QByteArray() << ErrorKind::Permission << u"403"_s;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, mentions);
        const ConnectorError e = MailchimpParser::parseError(status, body);
        QCOMPARE(e.kind, kind);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void basicAuthorization()
    {
        QCOMPARE(MailchimpParser::authorization(u"abc-us6"_s), "Basic " + QByteArray("user:abc-us6").toBase64());
    }

    // ---- fuzz ----
    void fuzzTruncation()
    {
        checkTruncations(mc(u"ping-200.json"_s), MailchimpParser::parsePing);
        checkTruncations(mc(u"list-200.json"_s), [](const QByteArray& b, ConnectorError& e) {
            return MailchimpParser::parseCount(b, u"member_count"_s, e);
        });
        checkTruncations(mc(u"merge-fields-200.json"_s), MailchimpParser::parseSchema);
        const QByteArray error = mc(u"error-401-api-key-invalid.json"_s);
        for (qsizetype n = 0; n <= error.size(); ++n) {
            const ConnectorError e = MailchimpParser::parseError(401, error.left(n));
            QCOMPARE(e.kind, ErrorKind::Auth);
            QVERIFY(!e.message.isEmpty());
        }
    }

    void fuzzTypeMutations()
    {
        QVERIFY(checkMutations(mc(u"ping-200.json"_s), MailchimpParser::parsePing) > 0);
        for (const QString& field : { u"member_count"_s, u"unsubscribe_count"_s, u"cleaned_count"_s }) {
            QVERIFY(checkMutations(mc(u"list-200.json"_s), [&](const QByteArray& b, ConnectorError& e) {
                return MailchimpParser::parseCount(b, field, e);
            }) > 0);
        }
        QVERIFY(checkMutations(mc(u"merge-fields-200.json"_s), MailchimpParser::parseSchema) > 0);
        for (const QByteArray& m : typeMutations(mc(u"error-429-too-many-requests.json"_s))) {
            const ConnectorError e = MailchimpParser::parseError(429, m);
            QVERIFY(e.kind == ErrorKind::RateLimited || e.kind == ErrorKind::Auth);
            QVERIFY(!e.message.isEmpty());
        }
    }

    // ---- connector over the fake network ----
    void countUsesDataCentreAndBasicAuth_data()
    {
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("all subscribed") << QJsonValue() << qint64(1290);
        QTest::newRow("unsubscribed") << QJsonValue(u"unsubscribed"_s) << qint64(41);
        QTest::newRow("cleaned") << QJsonValue(u"cleaned"_s) << qint64(7);
    }
    void countUsesDataCentreAndBasicAuth()
    {
        QFETCH(QJsonValue, filter);
        QFETCH(qint64, expected);
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/a1b2c3d4e5"_s,
            { FakeBehaviour::respond(200, mc(u"list-200.json"_s), { { "Deprecation", "@1688169599" } }) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(), kKey);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"mc-news"_s, u"a1b2c3d4e5"_s, filter }, ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(expected));
        QCOMPARE(nam.requests.size(), 1);
        const QNetworkRequest& req = nam.requests.first();
        QCOMPARE(nam.methods.first(), QByteArray("GET"));
        QCOMPARE(req.url().scheme(), u"https"_s);
        QCOMPARE(req.url().host(), u"us6.api.mailchimp.com"_s);
        QCOMPARE(req.url().path(), u"/3.0/lists/a1b2c3d4e5"_s);
        QCOMPARE(req.rawHeader("Authorization"), "Basic " + (u"user:"_s + kKey).toUtf8().toBase64());
        QCOMPARE(r.meta.requestedApiVersion, u"3.0"_s);
        QVERIFY(r.meta.deprecation.deprecated);
        QVERIFY(!r.meta.quota.known());
    }

    void countAudienceFromOptionsAndBaseUrlOverride()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/mailchimp/3.0/lists/zz9"_s, { FakeBehaviour::respond(200, mc(u"list-200.json"_s)) });
        Transport t(nam, testPolicy());
        Connection conn = connection(u"http://127.0.0.1:8099/mailchimp/3.0/"_s);
        conn.options.insert(u"audience_id"_s, u"zz9"_s);
        MailchimpConnector c(t, conn, u"sandbox-key"_s);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"mc-news"_s, QString(), QJsonValue() }, ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.first().url().host(), u"127.0.0.1"_s);
        QCOMPARE(nam.requests.first().url().port(), 8099);
    }

    void countTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("auth") << 401 << mc(u"error-401-api-key-invalid.json"_s) << ErrorKind::Auth;
        QTest::newRow("permission") << 403 << mc(u"error-403-forbidden.json"_s) << ErrorKind::Permission;
        QTest::newRow("not found") << 404 << mc(u"error-404-resource-not-found.json"_s) << ErrorKind::NotFound;
        QTest::newRow("rate limited") << 429 << mc(u"error-429-too-many-requests.json"_s) << ErrorKind::RateLimited;
        QTest::newRow("server") << 500 << mc(u"error-500-internal.json"_s) << ErrorKind::Server;
        QTest::newRow("parse") << 200 << QByteArray("{\"stats\":{\"member_count\":\"many\"}}") << ErrorKind::Parse;
        QTest::newRow("truncated") << 200 << mc(u"list-200.json"_s).left(40) << ErrorKind::Parse;
    }
    void countTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/a1b2c3d4e5"_s,
            { FakeBehaviour::respond(status, body, { { "Content-Type", "application/problem+json" } }) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(), kKey);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"mc-news"_s, u"a1b2c3d4e5"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.count, std::nullopt);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.message.contains(kKey));
        QVERIFY(!r.error.message.contains(u"0123456789abcdef"_s));
    }

    void unusableFilterOrMissingAudienceSendsNothing()
    {
        RecordingNetworkAccessManager nam;
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(), kKey);
        const auto a = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"mc-news"_s, u"a1b2c3d4e5"_s, QJsonValue(u"pending"_s) }, ctx, done);
        });
        QCOMPARE(a.error.kind, ErrorKind::Parse);
        const auto b = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"mc-news"_s, QString(), QJsonValue() }, ctx, done);
        });
        QCOMPARE(b.error.kind, ErrorKind::NotFound);
        MailchimpConnector noDc(t, connection(), u"keywithoutdatacentre"_s);
        const auto d = await<TestResult>([&](QObject* ctx, auto done) { noDc.testConnection(ctx, done); });
        QCOMPARE(d.error.kind, ErrorKind::Network);
        QVERIFY(!d.error.message.contains(u"keywithoutdatacentre"_s));
        QVERIFY(nam.requests.isEmpty());
    }

    void schemaPingAndQuota()
    {
        RecordingNetworkAccessManager nam;
        nam.route(
            u"/3.0/lists/a1b2c3d4e5/merge-fields"_s, { FakeBehaviour::respond(200, mc(u"merge-fields-200.json"_s)) });
        nam.route(u"/3.0/ping"_s, { FakeBehaviour::respond(200, mc(u"ping-200.json"_s)) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(), kKey);
        const auto s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"a1b2c3d4e5"_s, ctx, done); });
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QCOMPARE(s.fields.size(), 4);
        QCOMPARE(decodedQueryItem(nam.requests.first().url(), u"count"_s), u"1000"_s);

        const auto p = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(p.error.ok(), qPrintable(p.error.message));
        QCOMPARE(nam.requests.last().url().path(), u"/3.0/ping"_s);

        const qsizetype before = nam.requests.size();
        const auto q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY(q.error.ok());
        QVERIFY(!q.quota.known());
        QCOMPARE(nam.requests.size(), before);
    }

    void connectionIdFeedsTheRequestBudget()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/ping"_s, { FakeBehaviour::respond(200, mc(u"ping-200.json"_s)) });
        TransportPolicy p = testPolicy();
        p.budgetPerConnection = 1;
        Transport t(nam, p);
        MailchimpConnector c(t, connection(), kKey);
        QVERIFY(await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); }).error.ok());
        const auto second = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(second.error.kind, ErrorKind::QuotaExhausted);
        QVERIFY(second.error.message.contains(u"mc-news"_s));
    }
};

QTEST_GUILESS_MAIN(TestMailchimp)
#include "tst_mailchimp.moc"
