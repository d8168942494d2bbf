// HubSpot: parsers from fixture bytes, typed errors, truncation/type fuzzing, and the connector over the fake
// network manager (exact requests, result mapping, ResponseMeta).
#include "CrmTestSupport.h"

#include "../../connectors/hubspot/HubSpotConnector.h"
#include "../../connectors/hubspot/HubSpotParser.h"

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kToken = u"pat-na1-00000000-1111-2222-3333-444444444444"_s;

QByteArray hs(const QString& name)
{
    return fixture(u"hubspot"_s, name);
}

Connection connection(const QString& version)
{
    Connection c;
    c.id = u"hs-main"_s;
    c.name = u"HubSpot"_s;
    c.vendor = Vendor::HubSpot;
    c.apiVersion = version;
    return c;
}

QJsonObject jsonBody(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestHubSpot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- parser ----
    void countFromFixtures()
    {
        ConnectorError e;
        QCOMPARE(HubSpotParser::parseCount(hs(u"search-contacts-200.json"_s), e), std::optional<qint64>(1342));
        QVERIFY(e.ok());
        QCOMPARE(HubSpotParser::parseCount(hs(u"search-empty-200.json"_s), e), std::optional<qint64>(0));
        QVERIFY(e.ok());
    }

    void countRejectsOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("total as text") << QByteArray("{\"total\":\"many\",\"results\":[]}");
        QTest::newRow("total missing") << QByteArray("{\"results\":[]}");
        QTest::newRow("total null") << QByteArray("{\"total\":null,\"results\":[]}");
        QTest::newRow("total negative") << QByteArray("{\"total\":-3,\"results\":[]}");
        QTest::newRow("total fractional") << QByteArray("{\"total\":2.5,\"results\":[]}");
        QTest::newRow("total huge") << QByteArray("{\"total\":1e300,\"results\":[]}");
        QTest::newRow("results not a list") << QByteArray("{\"total\":3,\"results\":{}}");
        QTest::newRow("array") << QByteArray("[{\"total\":3}]");
        QTest::newRow("truncated") << QByteArray("{\"total\":13");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    }
    void countRejectsOtherShapes()
    {
        QFETCH(QByteArray, body);
        ConnectorError e;
        QCOMPARE(HubSpotParser::parseCount(body, e), std::nullopt);
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!e.message.isEmpty());
    }

    void schemaFromFixture()
    {
        ConnectorError e;
        const auto fields = HubSpotParser::parseSchema(hs(u"properties-contacts-200.json"_s), e);
        QVERIFY2(fields, qPrintable(e.message));
        QCOMPARE(fields->size(), 4);
        QCOMPARE(fields->at(0), (SchemaField { u"email"_s, u"Email"_s, u"string"_s }));
        QCOMPARE(fields->at(2), (SchemaField { u"lifecyclestage"_s, u"Lifecycle Stage"_s, u"enumeration"_s }));
    }

    void schemaRejectsOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no results") << QByteArray("{}");
        QTest::newRow("results not list") << QByteArray("{\"results\":\"x\"}");
        QTest::newRow("entry without name") << QByteArray("{\"results\":[{\"label\":\"A\",\"type\":\"string\"}]}");
        QTest::newRow("label a number") << QByteArray(
            "{\"results\":[{\"name\":\"a\",\"label\":1,\"type\":\"string\"}]}");
        QTest::newRow("entry not object") << QByteArray("{\"results\":[\"email\"]}");
    }
    void schemaRejectsOtherShapes()
    {
        QFETCH(QByteArray, body);
        ConnectorError e;
        QVERIFY(!HubSpotParser::parseSchema(body, e));
        QCOMPARE(e.kind, ErrorKind::Parse);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401 invalid auth")
            << 401 << hs(u"error-401-invalid-authentication.json"_s) << ErrorKind::Auth << u"INVALID_AUTHENTICATION"_s;
        QTest::newRow("401 expired") << 401 << hs(u"error-401-expired-authentication.json"_s) << ErrorKind::Auth
                                     << u"expired"_s;
        QTest::newRow("403 missing scopes")
            << 403 << hs(u"error-403-missing-scopes.json"_s) << ErrorKind::Permission << u"MISSING_SCOPES"_s;
        QTest::newRow("429 ten-secondly")
            << 429 << hs(u"error-429-ten-secondly.json"_s) << ErrorKind::RateLimited << u"TEN_SECONDLY_ROLLING"_s;
        QTest::newRow("429 daily") << 429 << hs(u"error-429-daily.json"_s) << ErrorKind::QuotaExhausted << u"DAILY"_s;
        QTest::newRow("400 validation") << 400 << hs(u"error-400-validation-spec-example.json"_s) << ErrorKind::Server
                                        << u"Invalid input"_s;
        QTest::newRow("404 no body") << 404 << QByteArray() << ErrorKind::NotFound << u"404"_s;
        // A deleted custom object: HubSpot answers 400, not 404 (tests/data/vendors/hubspot/SOURCES.md).
        QTest::newRow("400 unknown object type")
            << 400 << hs(u"error-400-unknown-object-type.json"_s) << ErrorKind::NotFound << u"p_webinars"_s;
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << ErrorKind::Server << u"500"_s;
        QTest::newRow("502 truncated json") << 502 << QByteArray("{\"message\":\"bad") << ErrorKind::Server << u"502"_s;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, mentions);
        const ConnectorError e = HubSpotParser::parseError(status, body);
        QCOMPARE(e.kind, kind);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void quotaHeaders()
    {
        const QuotaState daily = HubSpotParser::parseQuota({ { "X-HubSpot-RateLimit-Daily", "250000" },
            { "X-HubSpot-RateLimit-Daily-Remaining", "249000" }, { "X-HubSpot-RateLimit-Max", "100" },
            { "X-HubSpot-RateLimit-Remaining", "97" }, { "X-HubSpot-RateLimit-Interval-Milliseconds", "10000" } });
        QVERIFY(daily.known());
        QCOMPARE(*daily.limit, 250000);
        QCOMPARE(*daily.remaining, 249000);
        QCOMPARE(*daily.windowS, 86400);

        const QuotaState interval = HubSpotParser::parseQuota({ { "x-hubspot-ratelimit-max", "190" },
            { "x-hubspot-ratelimit-remaining", "12" }, { "x-hubspot-ratelimit-interval-milliseconds", "10000" } });
        QVERIFY(interval.known());
        QCOMPARE(*interval.limit, 190);
        QCOMPARE(*interval.remaining, 12);
        QCOMPARE(*interval.windowS, 10);

        QVERIFY(!HubSpotParser::parseQuota({}).known());
        QVERIFY(!HubSpotParser::parseQuota(
            { { "X-HubSpot-RateLimit-Max", "lots" }, { "X-HubSpot-RateLimit-Remaining", "12" } })
                     .known());
    }

    void searchBodyFromFilter_data()
    {
        QTest::addColumn<QJsonValue>("filter");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray groups { QJsonObject { { u"filters"_s,
            QJsonArray { QJsonObject { { u"propertyName"_s, u"lifecyclestage"_s }, { u"operator"_s, u"EQ"_s },
                { u"value"_s, u"customer"_s } } } } } };
        QTest::newRow("null") << QJsonValue() << QJsonObject { { u"limit"_s, 1 } };
        QTest::newRow("empty text") << QJsonValue(u"  "_s) << QJsonObject { { u"limit"_s, 1 } };
        QTest::newRow("text is query") << QJsonValue(u"example.com"_s)
                                       << QJsonObject { { u"limit"_s, 1 }, { u"query"_s, u"example.com"_s } };
        QTest::newRow("filterGroups object")
            << QJsonValue(QJsonObject { { u"filterGroups"_s, groups }, { u"sorts"_s, QJsonArray {} } })
            << QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, groups } };
        QTest::newRow("single group") << QJsonValue(groups.first().toObject())
                                      << QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, groups } };
        QTest::newRow("array") << QJsonValue(groups)
                               << QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, groups } };
        QTest::newRow("json text") << QJsonValue(
            QString::fromUtf8(QJsonDocument(QJsonObject { { u"filterGroups"_s, groups } }).toJson()))
                                   << QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, groups } };
        QTest::newRow("query object") << QJsonValue(QJsonObject { { u"query"_s, u"ada"_s } })
                                      << QJsonObject { { u"limit"_s, 1 }, { u"query"_s, u"ada"_s } };
    }
    void searchBodyFromFilter()
    {
        QFETCH(QJsonValue, filter);
        QFETCH(QJsonObject, expected);
        ConnectorError e;
        const auto body = HubSpotParser::searchBody(filter, e);
        QVERIFY2(body, qPrintable(e.message));
        QCOMPARE(*body, expected);
    }

    void searchBodyRefusesUnusableFilters_data()
    {
        QTest::addColumn<QJsonValue>("filter");
        QTest::newRow("number") << QJsonValue(5);
        QTest::newRow("object without groups") << QJsonValue(QJsonObject { { u"foo"_s, 1 } });
        QTest::newRow("groups not list") << QJsonValue(QJsonObject { { u"filterGroups"_s, u"x"_s } });
        QTest::newRow("group without filters") << QJsonValue(QJsonArray { QJsonObject { { u"a"_s, 1 } } });
        QTest::newRow("broken json text") << QJsonValue(u"{\"filterGroups\": ["_s);
        QTest::newRow("query not text") << QJsonValue(QJsonObject { { u"query"_s, 3 } });
        QTest::newRow("query too long") << QJsonValue(QString(3001, u'a'));
    }
    void searchBodyRefusesUnusableFilters()
    {
        QFETCH(QJsonValue, filter);
        ConnectorError e;
        QVERIFY(!HubSpotParser::searchBody(filter, e));
        QCOMPARE(e.kind, ErrorKind::Parse);
        QVERIFY(!e.message.isEmpty());
    }

    void dateVersions()
    {
        QVERIFY(HubSpotParser::isDateVersion(u"2026-03"_s));
        QVERIFY(!HubSpotParser::isDateVersion(u"v3"_s));
        QVERIFY(!HubSpotParser::isDateVersion(u"2026-3"_s));
        QVERIFY(!HubSpotParser::isDateVersion(QString()));
    }

    // ---- fuzz ----
    void fuzzTruncation()
    {
        for (const QString& f : { u"search-contacts-200.json"_s, u"search-empty-200.json"_s })
            checkTruncations(hs(f), HubSpotParser::parseCount);
        checkTruncations(hs(u"properties-contacts-200.json"_s), HubSpotParser::parseSchema);
        const QByteArray error = hs(u"error-403-missing-scopes.json"_s);
        for (qsizetype n = 0; n <= error.size(); ++n) {
            const ConnectorError e = HubSpotParser::parseError(403, error.left(n));
            QCOMPARE(e.kind, ErrorKind::Permission);
            QVERIFY(!e.message.isEmpty());
        }
    }

    void fuzzTypeMutations()
    {
        QVERIFY(checkMutations(hs(u"search-contacts-200.json"_s), HubSpotParser::parseCount) > 0);
        QVERIFY(checkMutations(hs(u"properties-contacts-200.json"_s), HubSpotParser::parseSchema) > 0);
        for (const QByteArray& m : typeMutations(hs(u"error-429-daily.json"_s))) {
            const ConnectorError e = HubSpotParser::parseError(429, m);
            QVERIFY(e.kind == ErrorKind::RateLimited || e.kind == ErrorKind::QuotaExhausted);
            QVERIFY(!e.message.isEmpty());
        }
    }

    // ---- connector over the fake network ----
    void countDateBasedSendsSearchWithFilterGroups()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/objects/2026-03/contacts/search"_s,
            { FakeBehaviour::respond(200, hs(u"search-contacts-200.json"_s),
                { { "Content-Type", "application/json" }, { "X-HubSpot-RateLimit-Daily", "250000" },
                    { "X-HubSpot-RateLimit-Daily-Remaining", "1200" } }) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const QJsonArray groups { QJsonObject { { u"filters"_s,
            QJsonArray {
                QJsonObject { { u"propertyName"_s, u"email"_s }, { u"operator"_s, u"HAS_PROPERTY"_s } } } } } };
        const IntegrationSide side { u"hs-main"_s, u"contacts"_s, QJsonObject { { u"filterGroups"_s, groups } } };
        const auto r = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });

        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(1342));
        QCOMPARE(nam.requests.size(), 1);
        const QNetworkRequest& req = nam.requests.first();
        QCOMPARE(nam.methods.first(), QByteArray("POST"));
        QCOMPARE(req.url().host(), u"api.hubapi.com"_s);
        QCOMPARE(req.url().path(), u"/crm/objects/2026-03/contacts/search"_s);
        QVERIFY(!req.url().hasQuery());
        QCOMPARE(req.rawHeader("Authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(req.rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(jsonBody(nam.bodies.first()), (QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, groups } }));
        QCOMPARE(r.meta.httpStatus, 200);
        QCOMPARE(r.meta.requestedApiVersion, u"2026-03"_s);
        QVERIFY(!r.meta.deprecation.any());
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(1200));
        QCOMPARE(r.meta.quota.limit, std::optional<qint64>(250000));
    }

    void countLegacyPathIsMarkedDeprecated()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/deals/search"_s, { FakeBehaviour::respond(200, hs(u"search-empty-200.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"v3"_s), kToken);
        const IntegrationSide side { u"hs-main"_s, u"deals"_s, QJsonValue(u"acme"_s) };
        const auto r = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(0));
        QCOMPARE(jsonBody(nam.bodies.first()), (QJsonObject { { u"limit"_s, 1 }, { u"query"_s, u"acme"_s } }));
        QVERIFY(r.meta.deprecation.deprecated);
        QVERIFY(r.meta.deprecation.notice.contains(u"2027"_s));
    }

    void countReadsDeprecationAndSunsetHeaders()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/objects/2026-03/contacts/search"_s,
            { FakeBehaviour::respond(200, hs(u"search-contacts-200.json"_s),
                { { "Deprecation", "@1688169599" }, { "Sunset", "Sun, 30 Jun 2024 23:59:59 GMT" } }) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"hs-main"_s, u"contacts"_s, QJsonValue() }, ctx, done);
        });
        QVERIFY(r.error.ok());
        QVERIFY(r.meta.deprecation.deprecated);
        QCOMPARE(r.meta.deprecation.deprecatedAt, QDateTime::fromSecsSinceEpoch(1688169599, Qt::UTC));
        QCOMPARE(r.meta.deprecation.sunset, QDateTime(QDate(2024, 6, 30), QTime(23, 59, 59), Qt::UTC));
    }

    void countTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("auth") << 401 << hs(u"error-401-invalid-authentication.json"_s) << ErrorKind::Auth;
        QTest::newRow("permission") << 403 << hs(u"error-403-missing-scopes.json"_s) << ErrorKind::Permission;
        QTest::newRow("not found") << 404 << QByteArray() << ErrorKind::NotFound;
        QTest::newRow("rate limited") << 429 << hs(u"error-429-ten-secondly.json"_s) << ErrorKind::RateLimited;
        QTest::newRow("daily quota") << 429 << hs(u"error-429-daily.json"_s) << ErrorKind::QuotaExhausted;
        QTest::newRow("server") << 503 << QByteArray("<html>down</html>") << ErrorKind::Server;
        QTest::newRow("parse") << 200 << QByteArray("{\"total\":\"many\"}") << ErrorKind::Parse;
        QTest::newRow("truncated") << 200 << hs(u"search-contacts-200.json"_s).left(20) << ErrorKind::Parse;
    }
    void countTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/objects/2026-03/contacts/search"_s,
            { FakeBehaviour::respond(status, body, { { "Retry-After", "7" } }) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"hs-main"_s, u"contacts"_s, QJsonValue() }, ctx, done);
        });
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.count, std::nullopt);
        QCOMPARE(r.meta.httpStatus, status);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.message.contains(kToken));
        if (status == 429)
            QCOMPARE(r.error.retryAfterMs, std::optional<qint64>(7000));
    }

    void unusableFilterSendsNothing()
    {
        RecordingNetworkAccessManager nam;
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const auto r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count({ u"hs-main"_s, u"contacts"_s, QJsonValue(7) }, ctx, done);
        });
        QCOMPARE(r.error.kind, ErrorKind::Parse);
        QCOMPARE(r.count, std::nullopt);
        QVERIFY(nam.requests.isEmpty());
    }

    void schemaAndTestConnection()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/properties/2026-03/contacts"_s,
            { FakeBehaviour::respond(200, hs(u"properties-contacts-200.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const auto s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"contacts"_s, ctx, done); });
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QCOMPARE(s.fields.size(), 4);
        QCOMPARE(nam.methods.first(), QByteArray("GET"));
        QCOMPARE(nam.requests.first().rawHeader("Authorization"), "Bearer " + kToken.toUtf8());

        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(test.error.ok(), qPrintable(test.error.message));
        QCOMPARE(nam.requests.last().url().path(), u"/crm/properties/2026-03/contacts"_s);
    }

    void schemaLegacyPath()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/properties/companies"_s, { FakeBehaviour::respond(200, "{\"results\":[]}") });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"v3"_s), kToken);
        const auto s = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"companies"_s, ctx, done); });
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QVERIFY(s.fields.isEmpty());
    }

    void quotaFromHeaders()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/properties/2026-03/contacts"_s,
            { FakeBehaviour::respond(200, hs(u"properties-contacts-200.json"_s),
                { { "X-HubSpot-RateLimit-Max", "190" }, { "X-HubSpot-RateLimit-Remaining", "188" },
                    { "X-HubSpot-RateLimit-Interval-Milliseconds", "10000" } }) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        const auto q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY2(q.error.ok(), qPrintable(q.error.message));
        QVERIFY(q.quota.known());
        QCOMPARE(*q.quota.remaining, 188);
        QCOMPARE(*q.quota.limit, 190);
        QCOMPARE(*q.quota.windowS, 10);
    }

    void connectionIdFeedsTheRequestBudget()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/properties/2026-03/contacts"_s,
            { FakeBehaviour::respond(200, hs(u"properties-contacts-200.json"_s)) });
        TransportPolicy p = testPolicy();
        p.budgetPerConnection = 1;
        Transport t(nam, p);
        HubSpotConnector c(t, connection(u"2026-03"_s), kToken);
        QVERIFY(await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); }).error.ok());
        const auto second = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(second.error.kind, ErrorKind::QuotaExhausted);
        QVERIFY(second.error.message.contains(u"hs-main"_s));
    }
};

QTEST_GUILESS_MAIN(TestHubSpot)
#include "tst_hubspot.moc"
