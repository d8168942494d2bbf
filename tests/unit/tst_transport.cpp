// Transport policy tests over a fake network manager: hangs, stalls, resets, size caps, Retry-After, attempt limits,
// backoff bounds, the loopback rule, concurrency, the request budget and redaction.
#include "../common/FakeNetworkAccessManager.h"

#include <Transport.h>

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;
using plumbline::test::FakeBehaviour;
using plumbline::test::FakeNetworkAccessManager;

Q_DECLARE_METATYPE(plumbline::test::FakeBehaviour)
Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

TransportPolicy fastPolicy()
{
    TransportPolicy p;
    p.stallTimeoutMs = 150;
    p.deadlineMs = 400;
    p.backoffBaseMs = 1;
    p.backoffCapMs = 5;
    p.maxRetryAfterMs = 2000;
    p.maxResponseBytes = 1024;
    return p;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private:
    HttpResponse fetch(Transport& transport, HttpRequest request)
    {
        std::optional<HttpResponse> result;
        QObject context;
        transport.send(std::move(request), &context, [&](const HttpResponse& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(HttpResponse {});
    }
    static HttpRequest get(const QString& path)
    {
        HttpRequest r;
        r.url = QUrl(u"https://api.example.test"_s + path);
        return r;
    }

private Q_SLOTS:
    void success()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/ok"_s, { FakeBehaviour::respond(200, R"({"total":5})", { { "X-Test", "1" } }) });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/ok"_s));
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"total":5})"));
        QCOMPARE(r.header("x-test").value_or(QByteArray()), QByteArray("1"));
        QCOMPARE(r.attempts, 1);
        QVERIFY(nam.unmatched.isEmpty());
    }

    void hangTimesOutAndRetriesThreeTimes()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/hang"_s, { FakeBehaviour::hang() });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/hang"_s));
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(r.status, 0);
    }

    void stallMidBodyTimesOut()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/stall"_s, { FakeBehaviour::stall("{\"tot") });
        TransportPolicy p = fastPolicy();
        p.maxAttempts = 1;
        p.deadlineMs = 5000; // the stall timer, not the deadline, must end it
        Transport t(nam, p);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = fetch(t, get(u"/stall"_s));
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
        QVERIFY2(r.error.message.contains(u"no data"_s), qPrintable(r.error.message));
        QVERIFY(timer.elapsed() < 4000);
    }

    void totalDeadlineEndsATrickle()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/slow"_s, { FakeBehaviour::hang() });
        TransportPolicy p = fastPolicy();
        p.maxAttempts = 1;
        p.stallTimeoutMs = 10000;
        p.deadlineMs = 100;
        Transport t(nam, p);
        const HttpResponse r = fetch(t, get(u"/slow"_s));
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
        QVERIFY2(r.error.message.contains(u"within"_s), qPrintable(r.error.message));
    }

    void resetIsNetworkErrorAndRetried()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/reset"_s, { FakeBehaviour::reset(), FakeBehaviour::respond(200, "{}") });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/reset"_s));
        QVERIFY(r.error.ok());
        QCOMPARE(r.attempts, 2);

        FakeNetworkAccessManager nam2;
        nam2.route(u"/reset"_s, { FakeBehaviour::reset() });
        Transport t2(nam2, fastPolicy());
        const HttpResponse r2 = fetch(t2, get(u"/reset"_s));
        QCOMPARE(r2.error.kind, ErrorKind::Network);
        QCOMPARE(r2.attempts, 3);
    }

    void oversizedBodyIsRefusedWithoutRetry_data()
    {
        QTest::addColumn<FakeBehaviour>("behaviour");
        QTest::newRow("content-length") << FakeBehaviour::respond(200, "{}", { { "Content-Length", "999999" } });
        QTest::newRow("body") << FakeBehaviour::respond(200, QByteArray(4096, 'x'));
    }
    void oversizedBodyIsRefusedWithoutRetry()
    {
        QFETCH(FakeBehaviour, behaviour);
        FakeNetworkAccessManager nam;
        nam.route(u"/big"_s, { behaviour });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/big"_s));
        QCOMPARE(r.error.kind, ErrorKind::Parse);
        QVERIFY2(r.error.message.contains(u"larger than 1024"_s), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.body.isEmpty());
    }

    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("decimal (Shopify)") << QByteArray("2.0") << qint64(2000);
        QTest::newRow("fraction") << QByteArray(" 0.25 ") << qint64(250);
        QTest::newRow("imf-fixdate") << QByteArray("Thu, 26 Nov 2026 09:00:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Thursday, 26-Nov-26 09:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Thu Nov 26 09:00:05 2026") << qint64(5000);
        QTest::newRow("date in the past") << QByteArray("Thu, 26 Nov 2026 08:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }
    void retryAfterForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);
        const std::optional<qint64> ms = HttpHeaders::parseRetryAfter(value, now);
        QCOMPARE(ms.value_or(-1), expected);
    }

    void honoursRetryAfterOn429()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/limited"_s,
            { FakeBehaviour::respond(429, R"({"errors":"Exceeded 2 calls per second"})", { { "Retry-After", "0.3" } }),
                FakeBehaviour::respond(200, R"({"count":3})") });
        Transport t(nam, fastPolicy());
        QSignalSpy spy(&t, &Transport::retryScheduled);
        const HttpResponse r = fetch(t, get(u"/limited"_s));
        QVERIFY(r.error.ok());
        QCOMPARE(r.attempts, 2);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().at(2).toLongLong() >= 300);
    }

    void longRetryAfterIsReportedNotAwaited()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/limited"_s, { FakeBehaviour::respond(429, "{}", { { "Retry-After", "3600" } }) });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/limited"_s));
        QCOMPARE(r.error.kind, ErrorKind::RateLimited);
        QCOMPARE(r.error.retryAfterMs.value_or(-1), qint64(3600000));
        QCOMPARE(r.attempts, 1);
    }

    void atMostThreeAttempts()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/down"_s, { FakeBehaviour::respond(503, "busy") });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/down"_s));
        QCOMPARE(r.error.kind, ErrorKind::Server);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.attempts, 3);
        QTest::qWait(50);
        QCOMPARE(nam.requests.size(), 3);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("400") << 400 << ErrorKind::Server;
        QTest::newRow("401") << 401 << ErrorKind::Auth;
        QTest::newRow("403") << 403 << ErrorKind::Permission;
        QTest::newRow("404") << 404 << ErrorKind::NotFound;
        QTest::newRow("410") << 410 << ErrorKind::Gone;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(ErrorKind, kind);
        FakeNetworkAccessManager nam;
        nam.route(u"/x"_s, { FakeBehaviour::respond(status, "{}") });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/x"_s));
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(nam.requests.size(), 1);
    }

    void requestTimeout408IsRetried()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/x"_s, { FakeBehaviour::respond(408, ""), FakeBehaviour::respond(200, "{}") });
        Transport t(nam, fastPolicy());
        const HttpResponse r = fetch(t, get(u"/x"_s));
        QVERIFY(r.error.ok());
        QCOMPARE(r.attempts, 2);
    }

    void backoffBounds()
    {
        // Full jitter: [0, min(cap, base * 2^retry)).
        QCOMPARE(Transport::backoffDelay(0, 0.0, 500, 10000), qint64(0));
        QCOMPARE(Transport::backoffDelay(0, 0.5, 500, 10000), qint64(250));
        QCOMPARE(Transport::backoffDelay(1, 0.5, 500, 10000), qint64(500));
        QCOMPARE(Transport::backoffDelay(3, 1.0, 500, 10000), qint64(4000));
        QCOMPARE(Transport::backoffDelay(10, 1.0, 500, 10000), qint64(10000));
        QCOMPARE(Transport::backoffDelay(10, 7.0, 500, 10000), qint64(10000)); // random clamped
        for (int retry = 0; retry < 8; ++retry) {
            for (double r : { 0.0, 0.25, 0.999 }) {
                const qint64 d = Transport::backoffDelay(retry, r, 500, 10000);
                QVERIFY(d >= 0);
                QVERIFY(d <= std::min<qint64>(10000, 500LL << retry));
            }
        }
        // The injected random number decides the waits the transport actually schedules.
        FakeNetworkAccessManager nam;
        nam.route(u"/down"_s, { FakeBehaviour::respond(500, "") });
        TransportPolicy p = fastPolicy();
        p.backoffBaseMs = 40;
        p.backoffCapMs = 1000;
        Transport t(nam, p);
        t.setRandom([] { return 0.5; });
        QSignalSpy spy(&t, &Transport::retryScheduled);
        fetch(t, get(u"/down"_s));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(2).toLongLong(), qint64(20)); // 0.5 * 40
        QCOMPARE(spy.at(1).at(2).toLongLong(), qint64(40)); // 0.5 * 80
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.hubapi.com/x"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/x"_s << true;
        QTest::newRow("http loopback 127.0.0.2") << u"http://127.0.0.2/x"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:9/x"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/x"_s << true;
        QTest::newRow("http public") << u"http://api.hubapi.com/x"_s << false;
        QTest::newRow("http private") << u"http://192.168.1.10/x"_s << false;
        QTest::newRow("http name under localhost") << u"http://api.localhost/x"_s << false;
        QTest::newRow("http 127.0.0.300") << u"http://127.0.0.300/x"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
        QTest::newRow("no host") << u"https:///x"_s << false;
    }
    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Transport::isAllowedUrl(QUrl(url)), allowed);
        if (allowed)
            return;
        FakeNetworkAccessManager nam;
        Transport t(nam, fastPolicy());
        HttpRequest request;
        request.url = QUrl(url);
        const HttpResponse r = fetch(t, request);
        QCOMPARE(r.error.kind, ErrorKind::Network);
        QVERIFY(nam.requests.isEmpty());
    }

    // A key pasted with a line break would add a header ("X-Evil: 1") to every request: refused before sending.
    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CR LF in the value") << QByteArray("Authorization") << QByteArray("Bearer k\r\nX-Evil: 1");
        QTest::newRow("LF alone") << QByteArray("Authorization") << QByteArray("Bearer k\nX-Evil: 1");
        QTest::newRow("NUL") << QByteArray("Authorization") << QByteArray("Bearer k\0x", 10);
        QTest::newRow("CR in the name") << QByteArray("X-Api-Key\r") << QByteArray("k");
    }
    void headerInjectionIsRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        FakeNetworkAccessManager nam;
        Transport t(nam, fastPolicy());
        HttpRequest request;
        request.url = QUrl(u"https://api.hubapi.com/x"_s);
        request.headers << qMakePair(name, value);
        const HttpResponse r = fetch(t, request);
        QCOMPARE(r.error.kind, ErrorKind::UnusableKey);
        QVERIFY2(r.error.message.contains(u"line break or NUL"_s), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(u"X-Evil"_s));
        QVERIFY(nam.requests.isEmpty());
    }

    void concurrencyPerHostIsBounded()
    {
        FakeNetworkAccessManager nam;
        FakeBehaviour slow = FakeBehaviour::respond(200, "{}");
        slow.delayMs = 30;
        nam.route(u"/x"_s, { slow });
        TransportPolicy p = fastPolicy();
        p.maxConcurrentPerHost = 2;
        Transport t(nam, p);
        int done = 0;
        QObject context;
        for (int i = 0; i < 7; ++i)
            t.send(get(u"/x"_s), &context, [&](const HttpResponse& r) { done += r.error.ok() ? 1 : 0; });
        QTRY_COMPARE(done, 7);
        QCOMPARE(nam.maxInFlight, 2);
    }

    void requestBudgetPerConnection()
    {
        FakeNetworkAccessManager nam;
        nam.route(u"/x"_s, { FakeBehaviour::respond(200, "{}") });
        TransportPolicy p = fastPolicy();
        p.budgetPerConnection = 3;
        p.budgetWindowMs = 60000;
        Transport t(nam, p);
        QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        t.setClock([&] { return now; });
        HttpRequest request = get(u"/x"_s);
        request.connectionId = u"hubspot-main"_s;
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetch(t, request).error.ok());
        const HttpResponse refused = fetch(t, request);
        QCOMPARE(refused.error.kind, ErrorKind::QuotaExhausted);
        QCOMPARE(nam.requests.size(), 3);
        HttpRequest other = request;
        other.connectionId = u"mailchimp"_s;
        QVERIFY(fetch(t, other).error.ok()); // budgets are per connection
        now = now.addSecs(61);
        QVERIFY(fetch(t, request).error.ok()); // the window slides
    }

    void secretsNeverReachMessagesOrLogs()
    {
        const QString secret = u"pat-na1-0c8a4e3f-canary-5b7d"_s;
        FakeNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts"_s, { FakeBehaviour::respond(500, "oops") });
        Transport t(nam, fastPolicy());
        HttpRequest request;
        request.url = QUrl(u"https://api.hubapi.com/crm/v3/objects/contacts?hapikey=%1&limit=1"_s.arg(secret));
        request.headers = { { "Authorization", "Bearer " + secret.toUtf8() } };
        QLoggingCategory::setFilterRules(
            u"plumbline.connectors.transport.debug=true\nplumbline.connectors.transport.info=true"_s);
        g_log.clear();
        g_previous = qInstallMessageHandler(captureMessages);
        const HttpResponse r = fetch(t, request);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(r.error.kind, ErrorKind::Server);
        QVERIFY2(!r.error.message.contains(secret), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(u"limit=1"_s)); // the rest of the URL stays readable
        QVERIFY(!g_log.isEmpty());
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        // The request itself still carried the credential.
        QCOMPARE(nam.requests.first().rawHeader("Authorization"), "Bearer " + secret.toUtf8());
    }

    void redactorMasksHeadersSchemesQueryAndKnownSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header") << u"Authorization: Bearer abcdefgh12345"_s << u"abcdefgh12345"_s;
        QTest::newRow("shopify header") << u"X-Shopify-Access-Token: shpat_123456789"_s << u"shpat_123456789"_s;
        QTest::newRow("cookie") << u"Cookie: sid=zz9988776655"_s << u"zz9988776655"_s;
        QTest::newRow("basic") << u"sent Basic dXNlcjprZXktdXM2 to mailchimp"_s << u"dXNlcjprZXktdXM2"_s;
        QTest::newRow("query") << u"GET https://x.test/a?api_key=k123456&b=2"_s << u"k123456"_s;
        QTest::newRow("access_token") << u"https://x.test/a?access_token=tok98765"_s << u"tok98765"_s;
        QTest::newRow("known secret anywhere") << u"the key 0f0f0f0f-us6 was refused"_s << u"0f0f0f0f-us6"_s;
        QTest::newRow("token pair in a sentence") << u"sent token=tk-4455667788 and failed"_s << u"tk-4455667788"_s;
    }
    void redactionKeepsTheRestOfTheLine()
    {
        Redactor r;
        const QString out = r.redact(u"https://hooks.test/x?token=abc123456&mode=1: the server answered HTTP 500"_s);
        QVERIFY2(!out.contains(u"abc123456"_s), qPrintable(out));
        QVERIFY2(out.contains(u"mode=1"_s) && out.contains(u"HTTP 500"_s), qPrintable(out));
    }

    void redactorMasksHeadersSchemesQueryAndKnownSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        Redactor r;
        if (QTest::currentDataTag() == QByteArray("known secret anywhere"))
            r.addSecret(secret);
        const QString out = r.redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(Redactor::kMask), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
