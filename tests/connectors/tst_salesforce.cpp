// Salesforce: parsers from fixture bytes, typed errors (incl. quota exhaustion and 410), truncation/type fuzzing,
// and the connector over the fake network manager (exact SOQL, versions check, limits, ResponseMeta).
#include "CrmTestSupport.h"

#include "../../connectors/salesforce/SalesforceConnector.h"
#include "../../connectors/salesforce/SalesforceParser.h"

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kToken = u"00D5g000000abcd!AQ4AQFakeAccessTokenValue0123456789"_s;

QByteArray sf(const QString& name)
{
    return fixture(u"salesforce"_s, name);
}

Connection connection(const QString& version, const QString& baseUrl = u"https://acme.my.salesforce.com"_s)
{
    Connection c;
    c.id = u"sf-prod"_s;
    c.name = u"Salesforce"_s;
    c.vendor = Vendor::Salesforce;
    c.baseUrl = baseUrl;
    c.apiVersion = version;
    return c;
}

} // namespace

class TestSalesforce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- parser ----
    void versions_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("62.0") << u"62.0"_s << u"62.0"_s;
        QTest::newRow("v62.0") << u"v62.0"_s << u"62.0"_s;
        QTest::newRow("V63") << u"V63"_s << u"63.0"_s;
        QTest::newRow("spaces") << u" 64.0 "_s << u"64.0"_s;
        QTest::newRow("latest") << u"latest"_s << QString();
        QTest::newRow("date") << u"2026-03"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void versions()
    {
        QFETCH(QString, given);
        QFETCH(QString, normalized);
        QCOMPARE(SalesforceParser::normalizeVersion(given).value_or(QString()), normalized);
    }

    void versionList()
    {
        ConnectorError e;
        const auto list = SalesforceParser::parseVersions(sf(u"versions-200.json"_s), e);
        QVERIFY2(list, qPrintable(e.message));
        QCOMPARE(*list, (QStringList { u"31.0"_s, u"62.0"_s, u"63.0"_s, u"64.0"_s }));
        QVERIFY(!SalesforceParser::parseVersions("[]", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!SalesforceParser::parseVersions("{\"version\":\"62.0\"}", e));
        QVERIFY(!SalesforceParser::parseVersions("[{\"version\":62}]", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
    }

    void countFromFixtures()
    {
        ConnectorError e;
        QCOMPARE(SalesforceParser::parseCount(sf(u"query-count-200.json"_s), e), std::optional<qint64>(1338));
        QVERIFY(e.ok());
        QCOMPARE(SalesforceParser::parseCount(sf(u"query-count-null-records-200.json"_s), e), std::optional<qint64>(0));
        QVERIFY(e.ok());
    }

    void countRejectsOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("totalSize text") << QByteArray("{\"totalSize\":\"many\",\"done\":true,\"records\":[]}");
        QTest::newRow("totalSize missing") << QByteArray("{\"done\":true,\"records\":[]}");
        QTest::newRow("totalSize negative") << QByteArray("{\"totalSize\":-1,\"done\":true}");
        QTest::newRow("done text") << QByteArray("{\"totalSize\":3,\"done\":\"yes\"}");
        QTest::newRow("records object") << QByteArray("{\"totalSize\":3,\"done\":true,\"records\":{}}");
        QTest::newRow("error array") << sf(u"error-401-invalid-session.json"_s);
        QTest::newRow("truncated") << QByteArray("{\"totalSize\":13");
        QTest::newRow("empty") << QByteArray();
    }
    void countRejectsOtherShapes()
    {
        QFETCH(QByteArray, body);
        ConnectorError e;
        QCOMPARE(SalesforceParser::parseCount(body, e), std::nullopt);
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!e.message.isEmpty());
    }

    void describe()
    {
        ConnectorError e;
        const auto fields = SalesforceParser::parseSchema(sf(u"describe-contact-200.json"_s), e);
        QVERIFY2(fields, qPrintable(e.message));
        QCOMPARE(fields->size(), 4);
        QCOMPARE(fields->at(3), (SchemaField { u"Lead_Score__c"_s, u"Lead Score"_s, u"double"_s }));
        QVERIFY(!SalesforceParser::parseSchema("{\"name\":\"Contact\"}", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!SalesforceParser::parseSchema("{\"fields\":[{\"name\":\"Id\",\"label\":\"Id\"}]}", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
    }

    void limitsAndHeader()
    {
        ConnectorError e;
        const auto q = SalesforceParser::parseLimits(sf(u"limits-200.json"_s), e);
        QVERIFY2(q, qPrintable(e.message));
        QCOMPARE(*q->limit, 100000);
        QCOMPARE(*q->remaining, 81982);
        QCOMPARE(*q->windowS, 86400);
        QVERIFY(!SalesforceParser::parseLimits("{\"DailyApiRequests\":{\"Max\":\"x\",\"Remaining\":1}}", e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!SalesforceParser::parseLimits("{\"DataStorageMB\":{\"Max\":1,\"Remaining\":1}}", e));

        const QuotaState h = SalesforceParser::parseLimitInfo({ { "Sforce-Limit-Info", "api-usage=10018/100000" } });
        QVERIFY(h.known());
        QCOMPARE(*h.remaining, 100000 - 10018);
        QCOMPARE(*h.limit, 100000);
        const QuotaState pilot = SalesforceParser::parseLimitInfo(
            { { "sforce-limit-info", "api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app)" } });
        QCOMPARE(*pilot.remaining, 4975);
        QVERIFY(!SalesforceParser::parseLimitInfo({ { "Sforce-Limit-Info", "api-usage=lots" } }).known());
        QVERIFY(!SalesforceParser::parseLimitInfo({}).known());
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("401 invalid session") << 401 << sf(u"error-401-invalid-session.json"_s) << ErrorKind::Auth;
        QTest::newRow("403 request limit")
            << 403 << sf(u"error-403-request-limit-exceeded.json"_s) << ErrorKind::QuotaExhausted;
        QTest::newRow("403 insufficient access")
            << 403 << sf(u"error-403-insufficient-access.json"_s) << ErrorKind::Permission;
        QTest::newRow("404 not found") << 404 << sf(u"error-404-not-found.json"_s) << ErrorKind::NotFound;
        QTest::newRow("400 invalid type") << 400 << sf(u"error-400-invalid-type.json"_s) << ErrorKind::NotFound;
        QTest::newRow("400 malformed query") << 400 << sf(u"error-400-malformed-query.json"_s) << ErrorKind::Server;
        QTest::newRow("410 gone") << 410 << QByteArray() << ErrorKind::Gone;
        QTest::newRow("500 unknown") << 500 << sf(u"error-500-unknown.json"_s) << ErrorKind::Server;
        QTest::newRow("500 unsupported version")
            << 500 << QByteArray("[{\"message\":\"v20.0 is retired\",\"errorCode\":\"UNSUPPORTED_API_VERSION\"}]")
            << ErrorKind::Gone;
        QTest::newRow("403 html") << 403 << QByteArray("<html/>") << ErrorKind::Permission;
        QTest::newRow("429") << 429 << QByteArray() << ErrorKind::RateLimited;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        const ConnectorError e = SalesforceParser::parseError(status, body);
        QCOMPARE(e.kind, kind);
        QVERIFY(e.message.contains(QString::number(status)) || e.message.contains(u"REQUEST_LIMIT_EXCEEDED"_s));
    }

    void countQuery_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<QString>("soql");
        QTest::newRow("no filter") << u"Contact"_s << QJsonValue() << u"SELECT COUNT() FROM Contact"_s;
        QTest::newRow("empty text") << u"Contact"_s << QJsonValue(u" "_s) << u"SELECT COUNT() FROM Contact"_s;
        QTest::newRow("where text") << u"Lead"_s << QJsonValue(u"IsConverted = false"_s)
                                    << u"SELECT COUNT() FROM Lead WHERE IsConverted = false"_s;
        QTest::newRow("leading WHERE") << u"Lead"_s << QJsonValue(u"where IsConverted = false"_s)
                                       << u"SELECT COUNT() FROM Lead WHERE IsConverted = false"_s;
        QTest::newRow("where object") << u"Invoice__c"_s
                                      << QJsonValue(QJsonObject { { u"where"_s, u"Paid__c = true"_s } })
                                      << u"SELECT COUNT() FROM Invoice__c WHERE Paid__c = true"_s;
    }
    void countQuery()
    {
        QFETCH(QString, object);
        QFETCH(QJsonValue, filter);
        QFETCH(QString, soql);
        ConnectorError e;
        QCOMPARE(SalesforceParser::countQuery(object, filter, e).value_or(QString()), soql);
    }

    void countQueryRefuses()
    {
        ConnectorError e;
        QVERIFY(!SalesforceParser::countQuery(u"Contact WHERE Id != null"_s, QJsonValue(), e));
        QCOMPARE(e.kind, ErrorKind::NotFound);
        QVERIFY(!SalesforceParser::countQuery(QString(), QJsonValue(), e));
        QVERIFY(!SalesforceParser::countQuery(u"Contact"_s, QJsonValue(3), e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!SalesforceParser::countQuery(u"Contact"_s, QJsonValue(QJsonArray {}), e));
    }

    // ---- fuzz ----
    void fuzzTruncation()
    {
        checkTruncations(sf(u"versions-200.json"_s), SalesforceParser::parseVersions);
        checkTruncations(sf(u"query-count-200.json"_s), SalesforceParser::parseCount);
        checkTruncations(sf(u"describe-contact-200.json"_s), SalesforceParser::parseSchema);
        checkTruncations(sf(u"limits-200.json"_s), SalesforceParser::parseLimits);
        const QByteArray error = sf(u"error-403-request-limit-exceeded.json"_s);
        for (qsizetype n = 0; n <= error.size(); ++n) {
            const ConnectorError e = SalesforceParser::parseError(403, error.left(n));
            QVERIFY(e.kind == ErrorKind::Permission || e.kind == ErrorKind::QuotaExhausted);
            QVERIFY(!e.message.isEmpty());
        }
    }

    void fuzzTypeMutations()
    {
        QVERIFY(checkMutations(sf(u"versions-200.json"_s), SalesforceParser::parseVersions) > 0);
        QVERIFY(checkMutations(sf(u"query-count-200.json"_s), SalesforceParser::parseCount) > 0);
        QVERIFY(checkMutations(sf(u"describe-contact-200.json"_s), SalesforceParser::parseSchema) > 0);
        QVERIFY(checkMutations(sf(u"limits-200.json"_s), SalesforceParser::parseLimits) > 0);
        for (const QByteArray& m : typeMutations(sf(u"error-401-invalid-session.json"_s))) {
            const ConnectorError e = SalesforceParser::parseError(401, m);
            QVERIFY(e.kind != ErrorKind::None && e.kind != ErrorKind::Parse);
        }
    }

    // ---- connector over the fake network ----
    void countSendsSoqlAndReadsMeta()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s,
            { FakeBehaviour::respond(200, sf(u"query-count-200.json"_s),
                { { "Sforce-Limit-Info", "api-usage=10018/100000" },
                    { "Warning", "299 - \"This API is deprecated and will be removed by Summer '27.\"" } }) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"v62.0"_s), kToken);
        const QString where = u"Email LIKE '%+news@%' AND CreatedDate > 2026-01-01T00:00:00Z"_s;
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"sf-prod"_s, u"Contact"_s, QJsonValue(where) }, ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(1338));
        QCOMPARE(nam.requests.size(), 1);
        const QUrl url = nam.requests.first().url();
        QCOMPARE(nam.methods.first(), QByteArray("GET"));
        QCOMPARE(url.host(), u"acme.my.salesforce.com"_s);
        QCOMPARE(url.path(), u"/services/data/v62.0/query"_s);
        QCOMPARE(decodedQueryItem(url, u"q"_s), u"SELECT COUNT() FROM Contact WHERE "_s + where);
        const QByteArray raw = url.query(QUrl::FullyEncoded).toLatin1();
        QVERIFY2(raw.contains("%2B") && !raw.contains('+') && !raw.contains(' '), raw.constData());
        QCOMPARE(nam.requests.first().rawHeader("Authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(r.meta.requestedApiVersion, u"62.0"_s);
        QCOMPARE(*r.meta.quota.remaining, 100000 - 10018);
        QCOMPARE(r.meta.quota.source, u"Sforce-Limit-Info"_s);
        QVERIFY(r.meta.deprecation.deprecated);
        QVERIFY(r.meta.deprecation.notice.contains(u"Summer '27"_s));
    }

    void countTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("auth") << 401 << sf(u"error-401-invalid-session.json"_s) << ErrorKind::Auth;
        QTest::newRow("permission") << 403 << sf(u"error-403-insufficient-access.json"_s) << ErrorKind::Permission;
        QTest::newRow("quota exhausted") << 403 << sf(u"error-403-request-limit-exceeded.json"_s)
                                         << ErrorKind::QuotaExhausted;
        QTest::newRow("not found") << 404 << sf(u"error-404-not-found.json"_s) << ErrorKind::NotFound;
        QTest::newRow("unknown object") << 400 << sf(u"error-400-invalid-type.json"_s) << ErrorKind::NotFound;
        QTest::newRow("gone") << 410 << QByteArray() << ErrorKind::Gone;
        QTest::newRow("rate limited") << 429 << QByteArray() << ErrorKind::RateLimited;
        QTest::newRow("server") << 500 << sf(u"error-500-unknown.json"_s) << ErrorKind::Server;
        QTest::newRow("parse") << 200 << QByteArray("{\"totalSize\":\"many\",\"done\":true}") << ErrorKind::Parse;
        QTest::newRow("truncated") << 200 << sf(u"query-count-200.json"_s).left(9) << ErrorKind::Parse;
    }
    void countTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s, { FakeBehaviour::respond(status, body) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"sf-prod"_s, u"Contact"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.count, std::nullopt);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.message.contains(kToken));
        QCOMPARE(r.meta.deprecation.retired, status == 410);
    }

    void testConnectionChecksVersionThenToken()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/"_s, { FakeBehaviour::respond(200, sf(u"versions-200.json"_s)) });
        nam.route(u"/services/data/v62.0/limits"_s, { FakeBehaviour::respond(200, sf(u"limits-200.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests.at(0).url().path(), u"/services/data/"_s);
        QCOMPARE(nam.requests.at(1).url().path(), u"/services/data/v62.0/limits"_s);
        QVERIFY(!r.meta.deprecation.retired);
    }

    void testConnectionAcceptsTokenWithoutLimitsPermission()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/"_s, { FakeBehaviour::respond(200, sf(u"versions-200.json"_s)) });
        nam.route(u"/services/data/v62.0/limits"_s,
            { FakeBehaviour::respond(403, sf(u"error-403-insufficient-access.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));

        nam.route(
            u"/services/data/v62.0/limits"_s, { FakeBehaviour::respond(401, sf(u"error-401-invalid-session.json"_s)) });
        const auto bad = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(bad.error.kind, ErrorKind::Auth);
    }

    void testConnectionUnlistedVersionIsRetired()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/"_s, { FakeBehaviour::respond(200, sf(u"versions-200.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"30.0"_s), kToken);
        const auto r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::Gone);
        QVERIFY(r.meta.deprecation.retired);
        QVERIFY(r.error.message.contains(u"30.0"_s));
        QCOMPARE(nam.requests.size(), 1);
    }

    void schemaDescribes()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/sobjects/Contact/describe"_s,
            { FakeBehaviour::respond(200, sf(u"describe-contact-200.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"Contact"_s, ctx, done); });
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QCOMPARE(s.fields.size(), 4);
        QCOMPARE(s.fields.first().name, u"Id"_s);
    }

    void quotaFromLimitsOrHeader()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/limits"_s,
            { FakeBehaviour::respond(200, sf(u"limits-200.json"_s), { { "Sforce-Limit-Info", "api-usage=5/100" } }),
                FakeBehaviour::respond(403, sf(u"error-403-insufficient-access.json"_s),
                    { { "Sforce-Limit-Info", "api-usage=18018/100000" } }),
                FakeBehaviour::respond(403, sf(u"error-403-request-limit-exceeded.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto a = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY2(a.error.ok(), qPrintable(a.error.message));
        QCOMPARE(*a.quota.remaining, 81982);
        QCOMPARE(a.quota.source, u"limits DailyApiRequests"_s);
        const auto b = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY2(b.error.ok(), qPrintable(b.error.message));
        QCOMPARE(*b.quota.remaining, 100000 - 18018);
        const auto d = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QCOMPARE(d.error.kind, ErrorKind::QuotaExhausted);
    }

    void refusesWithoutInstanceUrlOrWithBadObject()
    {
        RecordingNetworkAccessManager nam;
        Transport t(nam, testPolicy());
        SalesforceConnector noUrl(t, connection(u"62.0"_s, QString()), kToken);
        const auto a = await<CountResult>([&](QObject* ctx, auto done) {
            noUrl.count({ u"sf-prod"_s, u"Contact"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(a.error.kind, ErrorKind::Network);
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const auto b = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"sf-prod"_s, u"Contact WHERE Id != null"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(b.error.kind, ErrorKind::NotFound);
        SalesforceConnector badVersion(t, connection(u"latest"_s), kToken);
        const auto v = await<CountResult>([&](QObject* ctx, auto done) {
            badVersion.count({ u"sf-prod"_s, u"Contact"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(v.error.kind, ErrorKind::NotFound);
        QVERIFY(nam.requests.isEmpty());
    }

    void connectionIdFeedsTheRequestBudget()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s, { FakeBehaviour::respond(200, sf(u"query-count-200.json"_s)) });
        TransportPolicy p = testPolicy();
        p.budgetPerConnection = 1;
        Transport t(nam, p);
        SalesforceConnector c(t, connection(u"62.0"_s), kToken);
        const IntegrationSide side { u"sf-prod"_s, u"Contact"_s, QJsonValue() };
        QVERIFY(await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); }).error.ok());
        const auto second = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });
        QCOMPARE(second.error.kind, ErrorKind::QuotaExhausted);
        QVERIFY(second.error.message.contains(u"sf-prod"_s));
    }
};

QTEST_GUILESS_MAIN(TestSalesforce)
#include "tst_salesforce.moc"
