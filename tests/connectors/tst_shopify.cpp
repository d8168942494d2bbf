// Shopify: parsers from fixture bytes, every typed error, fuzzed bodies, and the connector over a fake network.
#include "CommerceTestSupport.h"

#include <shopify/ShopifyConnector.h>
#include <shopify/ShopifyParser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kSecret = u"shpat_0123456789abcdef0123456789abcdef"_s;

Connection shopifyConnection()
{
    Connection c;
    c.id = u"shop-main"_s;
    c.name = u"Shop"_s;
    c.vendor = Vendor::Shopify;
    c.apiVersion = u"2025-01"_s;
    c.options.insert(u"shop"_s, u"plumbline-test.myshopify.com"_s);
    return c;
}

IntegrationSide side(const QString& object, const QJsonValue& filter = QJsonValue::Null)
{
    return { u"shop-main"_s, object, filter };
}

} // namespace

class TestShopify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countFixture()
    {
        const CountResult r = ShopifyParser::parseCount(fixture(u"shopify/customers-count-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(1));
        QCOMPARE(ShopifyParser::parseCount("{\"count\":0}").count, std::optional<qint64>(0));
        QCOMPARE(ShopifyParser::parseCount("{\"count\":123456789012}").count, std::optional<qint64>(123456789012));
    }

    void countRejectsWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("string") << QByteArray(R"({"count":"5"})");
        QTest::newRow("negative") << QByteArray(R"({"count":-1})");
        QTest::newRow("fraction") << QByteArray(R"({"count":1.5})");
        QTest::newRow("null") << QByteArray(R"({"count":null})");
        QTest::newRow("missing") << QByteArray(R"({"total":5})");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Please log in</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"count\":12");
        QTest::newRow("huge") << QByteArray(R"({"count":1e300})");
    }
    void countRejectsWrongShapes()
    {
        QFETCH(QByteArray, body);
        const CountResult r = ShopifyParser::parseCount(body);
        QCOMPARE(r.error.kind, ErrorKind::Parse);
        QVERIFY(!r.count.has_value());
        QVERIFY(!r.error.message.isEmpty());
    }

    void callLimitHeaderFixture()
    {
        const QByteArray line = fixture(u"shopify/call-limit.headers.txt"_s).trimmed();
        const qsizetype colon = line.indexOf(':');
        const HeaderList headers { { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() } };
        const auto q = ShopifyParser::parseCallLimit(headers);
        QVERIFY(q.has_value());
        QCOMPARE(q->limit, std::optional<qint64>(40));
        QCOMPARE(q->remaining, std::optional<qint64>(8));
        QCOMPARE(q->source, u"X-Shopify-Shop-Api-Call-Limit"_s);
        QVERIFY(q->known());
    }

    void callLimitHeaderMalformed()
    {
        for (const QByteArray& v : { QByteArray("32"), QByteArray("a/b"), QByteArray("32/0"), QByteArray("/40"),
                 QByteArray(""), QByteArray("99999999999/40") })
            QVERIFY2(!ShopifyParser::parseCallLimit({ { "X-Shopify-Shop-Api-Call-Limit", v } }), v.constData());
        QVERIFY(!ShopifyParser::parseCallLimit({}));
        // Over the bucket (it can happen between leaks): remaining never negative.
        QCOMPARE(ShopifyParser::parseCallLimit({ { "x-shopify-shop-api-call-limit", "41/40" } })->remaining,
            std::optional<qint64>(0));
    }

    void versionSignals()
    {
        DeprecationSignals d;
        QCOMPARE(ShopifyParser::readVersionSignals({ { "X-Shopify-API-Version", "2025-01" } }, u"2025-01"_s, d),
            u"2025-01"_s);
        QVERIFY(!d.any());

        DeprecationSignals fell;
        QCOMPARE(ShopifyParser::readVersionSignals({ { "x-shopify-api-version", "2025-04" } }, u"2024-01"_s, fell),
            u"2025-04"_s);
        QVERIFY(fell.fellForward);
        QVERIFY(fell.notice.contains(u"2025-04"));

        DeprecationSignals reason;
        ShopifyParser::readVersionSignals(
            { { "X-Shopify-API-Deprecated-Reason", "https://shopify.dev/api/usage/versioning#deprecation-practices" } },
            u"2025-01"_s, reason);
        QVERIFY(reason.deprecated);
        QCOMPARE(reason.notice, u"https://shopify.dev/api/usage/versioning#deprecation-practices"_s);
    }

    void deprecatedApiCallsFixture()
    {
        const auto r = ShopifyParser::parseDeprecatedApiCalls(fixture(u"shopify/deprecated-api-calls-200.json"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.calls, 1);
        QVERIFY(r.deprecation.deprecated);
        QCOMPARE(r.deprecation.sunset, std::optional<QDateTime>(QDateTime(QDate(2020, 7, 2), QTime(13, 0), Qt::UTC)));
        QVERIFY(r.deprecation.notice.startsWith(u"Product: The page filter has been removed"));

        const auto none = ShopifyParser::parseDeprecatedApiCalls(R"({"deprecated_api_calls":[]})");
        QVERIFY(none.error.ok());
        QVERIFY(!none.deprecation.any());
        QCOMPARE(ShopifyParser::parseDeprecatedApiCalls(R"({"deprecated_api_calls":[{"migration_deadline":"soon"}]})")
                     .error.kind,
            ErrorKind::Parse);
        QCOMPARE(ShopifyParser::parseDeprecatedApiCalls(R"({"deprecated_api_calls":{}})").error.kind, ErrorKind::Parse);
    }

    void shopFixture()
    {
        const TestResult r = ShopifyParser::parseShop(fixture(u"shopify/shop-200.json"_s));
        QVERIFY(r.error.ok());
        QCOMPARE(r.account, u"Plumbline Test Store"_s);
        QCOMPARE(ShopifyParser::parseShop(R"({"shop":{"myshopify_domain":"a.myshopify.com"}})").account,
            u"a.myshopify.com"_s);
        QCOMPARE(ShopifyParser::parseShop(R"({"shop":[]})").error.kind, ErrorKind::Parse);
        QCOMPARE(ShopifyParser::parseShop(R"({"shop":{"name":5}})").error.kind, ErrorKind::Parse);
    }

    void errorBodies()
    {
        QCOMPARE(ShopifyParser::errorText(fixture(u"shopify/error-401.json"_s)),
            u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
        const QString fields = ShopifyParser::errorText(fixture(u"shopify/error-422-fields.json"_s));
        QVERIFY(fields.contains(u"created_at_min: is invalid"));
        QVERIFY(fields.contains(u"status: must be one of"));
        QCOMPARE(ShopifyParser::errorText(fixture(u"shopify/error-oauth.json"_s)),
            u"invalid_request: The access token was revoked."_s);
        QCOMPARE(ShopifyParser::errorText("not json"), QString());
    }

    void schemaIsStatic()
    {
        const auto customers = ShopifyParser::resourceFields(u"customers"_s);
        QVERIFY(customers.has_value());
        QStringList names;
        for (const SchemaField& f : *customers)
            names << f.name;
        for (const char* expected : { "id", "email", "first_name", "last_name", "phone", "accepts_marketing",
                 "email_marketing_consent", "orders_count", "state", "tags", "created_at", "updated_at" })
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
        QVERIFY(ShopifyParser::resourceFields(u"orders"_s));
        QVERIFY(ShopifyParser::resourceFields(u"products"_s));
        QVERIFY(!ShopifyParser::resourceFields(u"gift_cards"_s));
    }

    void fuzzNeverCrashesAndNeverInventsACount()
    {
        const QStringList files = { u"shopify/customers-count-200.json"_s, u"shopify/deprecated-api-calls-200.json"_s,
            u"shopify/shop-200.json"_s, u"shopify/error-401.json"_s, u"shopify/error-422-fields.json"_s };
        int checked = 0;
        for (const QString& file : files) {
            const QByteArray body = fixture(file);
            for (const QByteArray& cut : truncations(body)) {
                const CountResult c = ShopifyParser::parseCount(cut);
                QCOMPARE(c.error.kind, ErrorKind::Parse);
                QVERIFY(!c.count);
                QCOMPARE(ShopifyParser::parseShop(cut).error.kind, ErrorKind::Parse);
                QCOMPARE(ShopifyParser::parseDeprecatedApiCalls(cut).error.kind, ErrorKind::Parse);
                ShopifyParser::errorText(cut);
                ++checked;
            }
            for (const QByteArray& m : mutations(body)) {
                const CountResult c = ShopifyParser::parseCount(m);
                QVERIFY(c.error.ok() == c.count.has_value());
                QVERIFY(c.error.ok() || c.error.kind == ErrorKind::Parse);
                const TestResult s = ShopifyParser::parseShop(m);
                QVERIFY(s.error.ok() || s.error.kind == ErrorKind::Parse);
                const auto d = ShopifyParser::parseDeprecatedApiCalls(m);
                QVERIFY(d.error.ok() || (d.error.kind == ErrorKind::Parse && !d.deprecation.any()));
                ShopifyParser::errorText(m);
                ++checked;
            }
        }
        QVERIFY(checked > 200);
    }

    void filterQuery()
    {
        QCOMPARE(ShopifyConnector::filterQuery(QJsonValue::Null)->isEmpty(), true);
        const auto s = ShopifyConnector::filterQuery(u"?created_at_min=2026-01-01&status=any"_s);
        QVERIFY(s);
        QCOMPARE(s->queryItemValue(u"created_at_min"_s), u"2026-01-01"_s);
        QCOMPARE(s->queryItemValue(u"status"_s), u"any"_s);
        const auto o
            = ShopifyConnector::filterQuery(QJsonObject { { u"updated_at_min"_s, u"2026-01-01T00:00:00+00:00"_s } });
        QVERIFY(o);
        QCOMPARE(o->queryItemValue(u"updated_at_min"_s, QUrl::FullyDecoded), u"2026-01-01T00:00:00+00:00"_s);
        QVERIFY(!ShopifyConnector::filterQuery(QJsonArray { 1 }));
        QVERIFY(!ShopifyConnector::filterQuery(u"created_at_min"_s));
        QVERIFY(!ShopifyConnector::filterQuery(QJsonObject { { u"a"_s, QJsonObject() } }));
    }

    void countRequestAndSignals()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/customers/count.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify/customers-count-200.json"_s),
                { { "X-Shopify-Shop-Api-Call-Limit", "32/40" }, { "X-Shopify-API-Version", "2025-04" },
                    { "Content-Type", "application/json" } }) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const CountResult r = await<CountResult>(
            [&](QObject* ctx, auto done) { c.count(side(u"customers"_s, u"created_at_min=2026-01-01"_s), ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.count, std::optional<qint64>(1));
        QCOMPARE(r.meta.httpStatus, 200);
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(8));
        QCOMPARE(r.meta.quota.limit, std::optional<qint64>(40));
        QCOMPARE(r.meta.requestedApiVersion, u"2025-01"_s);
        QCOMPARE(r.meta.servedApiVersion, u"2025-04"_s);
        QVERIFY(r.meta.deprecation.fellForward);

        QCOMPARE(nam.requests.size(), 1);
        const QNetworkRequest& req = nam.requests.first();
        QCOMPARE(verbOf(req), QByteArray("GET"));
        QCOMPARE(req.url().scheme(), u"https"_s);
        QCOMPARE(req.url().host(), u"plumbline-test.myshopify.com"_s);
        QCOMPARE(req.url().path(), u"/admin/api/2025-01/customers/count.json"_s);
        QCOMPARE(QUrlQuery(req.url()).queryItems().size(), 1);
        QCOMPARE(queryValue(req, u"created_at_min"_s), u"2026-01-01"_s);
        QCOMPARE(req.rawHeader("X-Shopify-Access-Token"), kSecret.toUtf8());
        QVERIFY(!req.hasRawHeader("Authorization"));
    }

    void countObjectFilterAndOtherResources()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/orders/count.json"_s, { FakeBehaviour::respond(200, R"({"count":17})") });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const CountResult r = await<CountResult>([&](QObject* ctx, auto done) {
            c.count(side(u"orders"_s, QJsonObject { { u"status"_s, u"any"_s } }), ctx, done);
        });
        QCOMPARE(r.count, std::optional<qint64>(17));
        QCOMPARE(queryValue(nam.requests.first(), u"status"_s), u"any"_s);
        QVERIFY(!r.meta.quota.known()); // no call-limit header: unknown, not zero
        QVERIFY(!r.meta.deprecation.any());
    }

    void badObjectOrFilterMakesNoRequest()
    {
        FakeNetworkAccessManager nam;
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const CountResult bad
            = await<CountResult>([&](QObject* ctx, auto done) { c.count(side(u"../shop"_s), ctx, done); });
        QCOMPARE(bad.error.kind, ErrorKind::NotFound);
        const CountResult badFilter = await<CountResult>([&](QObject* ctx, auto done) {
            c.count(side(u"customers"_s, QJsonArray { 1, 2 }), ctx, done);
        });
        QCOMPARE(badFilter.error.kind, ErrorKind::Parse);
        QVERIFY(!badFilter.count);
        QVERIFY(nam.requests.isEmpty());
    }

    void typedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("auth") << 401 << fixture(u"shopify/error-401.json"_s) << QByteArray() << ErrorKind::Auth
                              << u"Invalid API key"_s;
        QTest::newRow("permission") << 403 << fixture(u"shopify/error-403.json"_s) << QByteArray()
                                    << ErrorKind::Permission << u"read_customers"_s;
        QTest::newRow("not_found") << 404 << fixture(u"shopify/error-404.json"_s) << QByteArray() << ErrorKind::NotFound
                                   << u"Not Found"_s;
        QTest::newRow("rate_limited") << 429 << fixture(u"shopify/error-429.json"_s) << QByteArray("2.0")
                                      << ErrorKind::RateLimited << u"Exceeded 2 calls per second"_s;
        QTest::newRow("gone") << 410 << QByteArray(R"({"errors":"Not Found"})") << QByteArray() << ErrorKind::Gone
                              << u"Not Found"_s;
        QTest::newRow("server") << 503 << QByteArray("<html>unavailable</html>") << QByteArray() << ErrorKind::Server
                                << QString();
        QTest::newRow("frozen shop") << 402 << QByteArray(R"({"errors":"Unavailable Shop"})") << QByteArray()
                                     << ErrorKind::Permission << u"Unavailable Shop"_s;
        QTest::newRow("locked shop") << 423 << QByteArray() << QByteArray() << ErrorKind::Permission << QString();
        QTest::newRow("unprocessable") << 422 << fixture(u"shopify/error-422-fields.json"_s) << QByteArray()
                                       << ErrorKind::Server << u"created_at_min: is invalid"_s;
        QTest::newRow("parse") << 200 << QByteArray(R"({"count":"many"})") << QByteArray() << ErrorKind::Parse
                               << QString();
        QTest::newRow("parse truncated") << 200 << QByteArray("{\"cou") << QByteArray() << ErrorKind::Parse
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
        QList<QPair<QByteArray, QByteArray>> headers { { "X-Shopify-Shop-Api-Call-Limit", "40/40" } };
        if (!retryAfter.isEmpty())
            headers << qMakePair(QByteArray("Retry-After"), retryAfter);
        nam.route(u"/admin/api/2025-01/customers/count.json"_s, { FakeBehaviour::respond(status, body, headers) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const CountResult r
            = await<CountResult>([&](QObject* ctx, auto done) { c.count(side(u"customers"_s), ctx, done); });
        QCOMPARE(r.error.kind, kind);
        QVERIFY(!r.count.has_value());
        QCOMPARE(r.meta.httpStatus, status);
        QVERIFY2(says.isEmpty() || r.error.message.contains(says), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(kSecret));
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(0));
        if (kind == ErrorKind::RateLimited)
            QCOMPARE(r.error.retryAfterMs, std::optional<qint64>(2000));
        if (kind == ErrorKind::Gone)
            QVERIFY(r.meta.deprecation.retired);
    }

    void networkFailureIsNotACount()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/customers/count.json"_s, { FakeBehaviour::reset() });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const CountResult r
            = await<CountResult>([&](QObject* ctx, auto done) { c.count(side(u"customers"_s), ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::Network);
        QVERIFY(!r.count);
    }

    void testConnectionReadsShopAndDeprecatedCalls()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/shop.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify/shop-200.json"_s),
                { { "X-Shopify-API-Version", "2025-01" }, { "X-Shopify-Shop-Api-Call-Limit", "1/40" } }) });
        nam.route(u"/admin/api/2025-01/deprecated_api_calls.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify/deprecated-api-calls-200.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const TestResult r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.account, u"Plumbline Test Store"_s);
        QCOMPARE(r.meta.quota.remaining, std::optional<qint64>(39));
        QVERIFY(!r.meta.deprecation.fellForward);
        QVERIFY(r.meta.deprecation.deprecated);
        QCOMPARE(
            r.meta.deprecation.sunset, std::optional<QDateTime>(QDateTime(QDate(2020, 7, 2), QTime(13, 0), Qt::UTC)));
        QCOMPARE(nam.requests.size(), 2);
        for (const auto& req : nam.requests)
            QCOMPARE(req.rawHeader("X-Shopify-Access-Token"), kSecret.toUtf8());
    }

    void testConnectionIgnoresUnavailableDeprecatedCalls()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/shop.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify/shop-200.json"_s),
                { { "X-Shopify-API-Deprecated-Reason", "https://shopify.dev/api/usage/versioning" } }) });
        nam.route(u"/admin/api/2025-01/deprecated_api_calls.json"_s,
            { FakeBehaviour::respond(403, fixture(u"shopify/error-403.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const TestResult r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QVERIFY(r.error.ok());
        QVERIFY(r.meta.deprecation.deprecated);
        QCOMPARE(r.meta.deprecation.notice, u"https://shopify.dev/api/usage/versioning"_s);
        QVERIFY(!r.meta.deprecation.sunset);
    }

    void testConnectionAuthFailure()
    {
        FakeNetworkAccessManager nam;
        nam.route(
            u"/admin/api/2025-01/shop.json"_s, { FakeBehaviour::respond(401, fixture(u"shopify/error-401.json"_s)) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const TestResult r = await<TestResult>([&](QObject* ctx, auto done) { c.testConnection(ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::Auth);
        QCOMPARE(nam.requests.size(), 1);
    }

    void schemaAndQuota()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/shop.json"_s,
            { FakeBehaviour::respond(
                200, fixture(u"shopify/shop-200.json"_s), { { "X-Shopify-Shop-Api-Call-Limit", "10/80" } }) });
        Transport t(nam, singleAttemptPolicy());
        ShopifyConnector c(t, shopifyConnection(), kSecret);
        const SchemaResult s
            = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"customers"_s, ctx, done); });
        QVERIFY(s.error.ok());
        QVERIFY(s.fields.size() > 10);
        const SchemaResult unknown
            = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(u"widgets"_s, ctx, done); });
        QCOMPARE(unknown.error.kind, ErrorKind::NotFound);
        QVERIFY(unknown.fields.isEmpty());
        QVERIFY(nam.requests.isEmpty());

        const QuotaResult q = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
        QVERIFY(q.error.ok());
        QCOMPARE(q.quota.remaining, std::optional<qint64>(70));
        QCOMPARE(q.quota.limit, std::optional<qint64>(80));
    }
};

QTEST_GUILESS_MAIN(TestShopify)
#include "tst_shopify.moc"
