// Token endpoint answers (ARCHITECTURE.md, "Credentials"): each vendor's success and failure bodies from
// tests/data/oauth (see SOURCES.md there), classified as granted, sign in again, transient or unreadable, plus
// truncated and mistyped bodies; and the request TokenEndpoint posts (form body, Basic auth, redaction), over a fake
// network manager. Nothing here may ever classify an outage as "sign in again".
#include "CrmTestSupport.h"

#include <auth/Pkce.h>
#include <auth/TokenEndpoint.h>
#include <auth/TokenResponse.h>
#include <auth/TokenSource.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

using Outcome = TokenResponse::Outcome;
Q_DECLARE_METATYPE(plumbline::TokenResponse::Outcome)
Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(PLUMBLINE_TEST_DATA "/oauth/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture oauth/%s", qPrintable(name));
    return f.readAll();
}

// A token source with a hand-driven token endpoint and clock: what it asks for, and when.
struct SourceRig
{
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
    QList<TokenSource::Ready> pending; // fetches not answered yet
    int fetches = 0;
    TokenSource source { [this](TokenSource::Ready r) {
                            ++fetches;
                            pending << std::move(r);
                        },
        [this] { return now; }, 3600 };

    static TokenResponse granted(const QString& token, std::optional<qint64> expiresIn)
    {
        TokenResponse r;
        r.outcome = Outcome::Granted;
        r.httpStatus = 200;
        r.grant = TokenGrant { token, u"Bearer"_s, expiresIn, {}, {}, {}, {}, {} };
        return r;
    }
    void answer(const TokenResponse& r) { pending.takeFirst()(r); }
};

} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grants()
    {
        const TokenResponse sf = TokenResponse::parse(200, fixture(u"salesforce-client-credentials-200.json"_s));
        QCOMPARE(sf.outcome, Outcome::Granted);
        QCOMPARE(sf.errorKind(), ErrorKind::None);
        QVERIFY(sf.grant);
        QCOMPARE(sf.grant->accessToken, u"00DFAKE0000000!AQ0AQFAKEACCESSTOKENFORTESTS"_s);
        QCOMPARE(sf.grant->instanceUrl, u"https://acme.my.salesforce.com"_s);
        QCOMPARE(sf.grant->tokenType, u"Bearer"_s);
        QCOMPARE(sf.grant->expiresInS, std::nullopt); // Salesforce never says
        QVERIFY(sf.grant->refreshToken.isEmpty());
        QCOMPARE(sf.grant->issuedAt,
            std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(1764758400000, QTimeZone::utc())));

        const TokenResponse hs = TokenResponse::parse(200, fixture(u"hubspot-refresh-200.json"_s));
        QCOMPARE(hs.outcome, Outcome::Granted);
        QCOMPARE(hs.grant->expiresInS, std::optional<qint64>(1800));
        QCOMPARE(hs.grant->refreshToken, u"na1-fake-refresh-0000-0000-000000000000"_s);

        const TokenResponse shop = TokenResponse::parse(200, fixture(u"shopify-client-credentials-200.json"_s));
        QCOMPARE(shop.outcome, Outcome::Granted);
        QCOMPARE(shop.grant->expiresInS, std::optional<qint64>(86399));
        QCOMPARE(shop.grant->scope, u"read_customers,read_orders"_s);

        // Mailchimp: expires_in 0 and scope null — the token does not expire.
        const TokenResponse mc = TokenResponse::parse(200, fixture(u"mailchimp-token-200.json"_s));
        QCOMPARE(mc.outcome, Outcome::Granted);
        QCOMPARE(mc.grant->expiresInS, std::nullopt);
        QVERIFY(mc.grant->scope.isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("error");

        QTest::newRow("salesforce invalid_grant")
            << 400 << fixture(u"salesforce-invalid-grant-400.json"_s) << Outcome::SignInAgain << ErrorKind::GrantRefused
            << u"invalid_grant"_s;
        QTest::newRow("salesforce wrong domain")
            << 400 << fixture(u"salesforce-wrong-domain-400.json"_s) << Outcome::SignInAgain << ErrorKind::GrantRefused
            << u"invalid_grant"_s;
        QTest::newRow("salesforce rate_limit_exceeded is transient")
            << 400 << fixture(u"salesforce-rate-limit-400.json"_s) << Outcome::Transient << ErrorKind::RateLimited
            << u"rate_limit_exceeded"_s;
        QTest::newRow("hubspot BAD_REFRESH_TOKEN (with error)")
            << 400 << fixture(u"hubspot-bad-refresh-token-400.json"_s) << Outcome::SignInAgain
            << ErrorKind::GrantRefused << u"invalid_grant"_s;
        QTest::newRow("hubspot BAD_REFRESH_TOKEN (legacy body)")
            << 400 << fixture(u"hubspot-bad-refresh-token-legacy-400.json"_s) << Outcome::SignInAgain
            << ErrorKind::GrantRefused << u"BAD_REFRESH_TOKEN"_s;
        QTest::newRow("invalid_client 401")
            << 401 << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}")
            << Outcome::SignInAgain << ErrorKind::GrantRefused << u"invalid_client"_s;
        QTest::newRow("unsupported_grant_type")
            << 400 << QByteArray("{\"error\":\"unsupported_grant_type\"}") << Outcome::SignInAgain
            << ErrorKind::GrantRefused << u"unsupported_grant_type"_s;
        QTest::newRow("another 4xx without a body")
            << 403 << QByteArray() << Outcome::SignInAgain << ErrorKind::GrantRefused << QString();
        QTest::newRow("a 200 that names an error")
            << 200 << QByteArray("{\"error\":\"invalid_grant\"}") << Outcome::SignInAgain << ErrorKind::GrantRefused
            << u"invalid_grant"_s;
        // Outages are never "sign in again".
        QTest::newRow("500 with invalid_grant in it") << 500 << QByteArray("{\"error\":\"invalid_grant\"}")
                                                      << Outcome::Transient << ErrorKind::Server << u"invalid_grant"_s;
        QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << Outcome::Transient << ErrorKind::Server
                                  << QString();
        QTest::newRow("429") << 429 << QByteArray() << Outcome::Transient << ErrorKind::RateLimited << QString();
        QTest::newRow("408") << 408 << QByteArray() << Outcome::Transient << ErrorKind::Timeout << QString();
        QTest::newRow("temporarily_unavailable")
            << 400 << QByteArray("{\"error\":\"temporarily_unavailable\"}") << Outcome::Transient
            << ErrorKind::RateLimited << u"temporarily_unavailable"_s;
        // Unreadable successes.
        QTest::newRow("200 without access_token")
            << 200 << QByteArray("{\"token_type\":\"Bearer\"}") << Outcome::Unreadable << ErrorKind::Parse << QString();
        QTest::newRow("200 not json") << 200 << QByteArray("access_token=abc") << Outcome::Unreadable
                                      << ErrorKind::Parse << QString();
        QTest::newRow("200 json array") << 200 << QByteArray("[]") << Outcome::Unreadable << ErrorKind::Parse
                                        << QString();
        QTest::newRow("200 access_token a number")
            << 200 << QByteArray("{\"access_token\":42}") << Outcome::Unreadable << ErrorKind::Parse << QString();
        QTest::newRow("302 to a login page")
            << 302 << QByteArray("<html>") << Outcome::Unreadable << ErrorKind::Parse << QString();
    }
    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Outcome, outcome);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, error);
        const TokenResponse r = TokenResponse::parse(status, body);
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.errorKind(), kind);
        QCOMPARE(r.error, error);
        QCOMPARE(r.httpStatus, status);
        QVERIFY(!r.grant);
    }

    void descriptionIsBoundedAndNeverTheToken()
    {
        const QByteArray longBody
            = "{\"error\":\"invalid_grant\",\"error_description\":\"" + QByteArray(5000, 'x') + "\"}";
        const TokenResponse r = TokenResponse::parse(400, longBody);
        QCOMPARE(r.description.size(), 300);
        const TokenResponse ok = TokenResponse::parse(200, fixture(u"hubspot-refresh-200.json"_s));
        QVERIFY(ok.description.isEmpty());
        QVERIFY(ok.error.isEmpty());
    }

    void expiresInShapes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("number") << QByteArray("3600") << std::optional<qint64>(3600);
        QTest::newRow("string") << QByteArray("\"3600\"") << std::optional<qint64>(3600);
        QTest::newRow("zero: does not expire") << QByteArray("0") << std::optional<qint64>();
        QTest::newRow("negative") << QByteArray("-5") << std::optional<qint64>();
        QTest::newRow("absurd") << QByteArray("1e18") << std::optional<qint64>();
        QTest::newRow("null") << QByteArray("null") << std::optional<qint64>();
        QTest::newRow("text") << QByteArray("\"soon\"") << std::optional<qint64>();
    }
    void expiresInShapes()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const TokenResponse r = TokenResponse::parse(200, "{\"access_token\":\"a\",\"expires_in\":" + value + "}");
        QCOMPARE(r.outcome, Outcome::Granted);
        QCOMPARE(r.grant->expiresInS, expected);
    }

    // Every prefix of every fixture either parses to the same outcome class or is unreadable; none crashes, and
    // no truncated success is taken for a grant.
    void truncatedBodies()
    {
        for (const QString& name : { u"salesforce-client-credentials-200.json"_s, u"hubspot-refresh-200.json"_s,
                 u"shopify-client-credentials-200.json"_s }) {
            const QByteArray body = fixture(name);
            for (qsizetype n = 0; n < body.size() - 1; ++n) {
                const TokenResponse r = TokenResponse::parse(200, body.left(n));
                QVERIFY2(r.outcome == Outcome::Unreadable, qPrintable(u"%1 cut at %2"_s.arg(name).arg(n)));
            }
        }
    }

    void pkce()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::challengeS256(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
            u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        const QString a = Pkce::codeVerifier();
        const QString b = Pkce::codeVerifier();
        QCOMPARE(a.size(), 64);
        QVERIFY(a != b);
        static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]{64}$"_s);
        QVERIFY2(unreserved.match(a).hasMatch(), qPrintable(a));
        // Deterministic with an injected source; out-of-range draws are skipped, not folded in.
        quint32 n = 0;
        const QString fixed = Pkce::codeVerifier([&n] { return n++ % 2 ? 0xFFFFFFFFu : 0u; });
        QCOMPARE(fixed, QString(64, u'A'));
    }

    void tokenSourceRenewsBeforeKnownExpiry()
    {
        SourceRig rig;
        QStringList got;
        const auto keep = [&](const TokenResponse& r) { got << (r.grant ? r.grant->accessToken : u"-"_s); };
        rig.source.token(keep);
        rig.source.token(keep); // asked again while the first renewal runs: waits for the same answer
        QCOMPARE(rig.fetches, 1);
        QVERIFY(rig.source.renewing());
        rig.answer(SourceRig::granted(u"t1"_s, 1800)); // HubSpot: 30 minutes
        QCOMPARE(got, QStringList({ u"t1"_s, u"t1"_s }));
        QCOMPARE(rig.source.expiresAt(), std::optional<QDateTime>(rig.now.addSecs(1800)));
        rig.now = rig.now.addSecs(1800 - 181); // still more than a tenth of the lifetime left
        rig.source.token(keep);
        QCOMPARE(rig.fetches, 1);
        rig.now = rig.now.addSecs(2); // within the last tenth: renewed ahead of expiry
        rig.source.token(keep);
        QCOMPARE(rig.fetches, 2);
        rig.answer(SourceRig::granted(u"t2"_s, 1800));
        QCOMPARE(got.constLast(), u"t2"_s);
    }

    void tokenSourceTwentyAtOnceCostOneTokenRequest()
    {
        SourceRig rig;
        int answered = 0;
        for (int i = 0; i < 20; ++i)
            rig.source.token([&](const TokenResponse& r) { answered += r.grant && r.grant->accessToken == u"t"; });
        QCOMPARE(rig.fetches, 1);
        QCOMPARE(answered, 0);
        rig.answer(SourceRig::granted(u"t"_s, 1800));
        QCOMPARE(answered, 20);
        QVERIFY(!rig.source.renewing());
        for (int i = 0; i < 20; ++i)
            rig.source.token([&](const TokenResponse&) { ++answered; });
        QCOMPARE(rig.fetches, 1); // held and fresh: answered at once
        QCOMPARE(answered, 40);
    }

    void tokenSourceAssumesALifetimeWhenTheVendorSaysNone()
    {
        SourceRig rig; // Salesforce: no expires_in; 3600 s assumed, renewed at half
        rig.source.token([](const TokenResponse&) {});
        rig.answer(SourceRig::granted(u"sf1"_s, std::nullopt));
        rig.now = rig.now.addSecs(1799);
        rig.source.token([](const TokenResponse&) {});
        QCOMPARE(rig.fetches, 1);
        rig.now = rig.now.addSecs(1);
        rig.source.token([](const TokenResponse&) {});
        QCOMPARE(rig.fetches, 2);
    }

    void tokenSourceRenewsOnceAfterARefusal()
    {
        SourceRig rig;
        rig.source.token([](const TokenResponse&) {});
        rig.answer(SourceRig::granted(u"old"_s, 1800));
        // Two requests refused with the same token at once: one renewal.
        QStringList got;
        rig.source.renewAfterRefusal(u"old"_s, [&](const TokenResponse& r) { got << r.grant->accessToken; });
        rig.source.renewAfterRefusal(u"old"_s, [&](const TokenResponse& r) { got << r.grant->accessToken; });
        QCOMPARE(rig.fetches, 2);
        rig.answer(SourceRig::granted(u"new"_s, 1800));
        QCOMPARE(got, QStringList({ u"new"_s, u"new"_s }));
        // A late refusal of the old token does not renew again: the new one is already held.
        rig.source.renewAfterRefusal(u"old"_s, [&](const TokenResponse& r) { got << r.grant->accessToken; });
        QCOMPARE(rig.fetches, 2);
        QCOMPARE(got.constLast(), u"new"_s);
    }

    void tokenSourceDoesNotCacheAFailure()
    {
        SourceRig rig;
        QList<Outcome> outcomes;
        const auto keep = [&](const TokenResponse& r) { outcomes << r.outcome; };
        rig.source.token(keep);
        rig.answer(TokenResponse::parse(400, fixture(u"salesforce-invalid-grant-400.json"_s)));
        QCOMPARE(outcomes, QList<Outcome>({ Outcome::SignInAgain }));
        QVERIFY(!rig.source.expiresAt());
        rig.source.token(keep); // tries again rather than repeating the failure
        QCOMPARE(rig.fetches, 2);
        rig.answer(TokenResponse::unreachable(ErrorKind::Timeout, u"no answer"_s));
        QCOMPARE(outcomes.constLast(), Outcome::Transient);
        rig.source.token(keep);
        QCOMPARE(rig.fetches, 3);
    }

    void postsTheGrantFormEncoded()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/oauth2/token"_s,
            { FakeBehaviour::respond(200, fixture(u"salesforce-client-credentials-200.json"_s),
                { { "Content-Type", "application/json" } }) });
        Transport transport(nam, testPolicy());
        TokenRequest request;
        request.tokenUrl = QUrl(u"https://acme.my.salesforce.com/services/oauth2/token"_s);
        request.grantType = u"client_credentials"_s;
        request.clientId = u"3MVG9 id&x"_s;
        request.clientSecret = u"canary-client-secret-7f3a"_s;
        request.connectionId = u"sf"_s;
        const TokenResponse r = await<TokenResponse>(
            [&](QObject* ctx, auto done) { TokenEndpoint::request(transport, request, ctx, done); });
        QCOMPARE(r.outcome, Outcome::Granted);
        QCOMPARE(r.grant->instanceUrl, u"https://acme.my.salesforce.com"_s);
        QCOMPARE(nam.methods.size(), 1);
        QCOMPARE(nam.methods.constFirst(), QByteArray("POST"));
        QCOMPARE(nam.bodies.constFirst(),
            QByteArray(
                "grant_type=client_credentials&client_id=3MVG9%20id%26x&client_secret=canary-client-secret-7f3a"));
        QCOMPARE(nam.requests.constFirst().rawHeader("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // The secret never shows in a message or a log line of this transport.
        QVERIFY(!transport.redactor().redact(u"sent canary-client-secret-7f3a"_s).contains(u"canary"_s));
    }

    void basicAuthKeepsTheSecretOutOfTheBody()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/oauth/2026-03/token"_s, { FakeBehaviour::respond(200, fixture(u"hubspot-refresh-200.json"_s)) });
        Transport transport(nam, testPolicy());
        TokenRequest request;
        request.tokenUrl = QUrl(u"https://api.hubapi.com/oauth/2026-03/token"_s);
        request.grantType = u"refresh_token"_s;
        request.clientId = u"client"_s;
        request.clientSecret = u"s3cret"_s;
        request.refreshToken = u"na1-refresh"_s;
        request.basicAuth = true;
        const TokenResponse r = await<TokenResponse>(
            [&](QObject* ctx, auto done) { TokenEndpoint::request(transport, request, ctx, done); });
        QCOMPARE(r.outcome, Outcome::Granted);
        QCOMPARE(nam.bodies.constFirst(), QByteArray("grant_type=refresh_token&refresh_token=na1-refresh"));
        QCOMPARE(
            nam.requests.constFirst().rawHeader("Authorization"), "Basic " + QByteArray("client:s3cret").toBase64());
        QVERIFY(!transport.redactor().redact(u"na1-refresh"_s).contains(u"na1-refresh"_s));
    }

    void refusedAndUnreachableEndpoints()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/refused"_s, { FakeBehaviour::respond(400, fixture(u"salesforce-invalid-grant-400.json"_s)) });
        nam.route(u"/reset"_s, { FakeBehaviour::reset() });
        Transport transport(nam, testPolicy());
        TokenRequest request;
        request.grantType = u"refresh_token"_s;
        request.clientId = u"c"_s;
        request.refreshToken = u"r"_s;
        request.tokenUrl = QUrl(u"https://login.example.com/refused"_s);
        const TokenResponse refused = await<TokenResponse>(
            [&](QObject* ctx, auto done) { TokenEndpoint::request(transport, request, ctx, done); });
        QCOMPARE(refused.outcome, Outcome::SignInAgain);
        QCOMPARE(refused.error, u"invalid_grant"_s);
        QCOMPARE(nam.methods.size(), 1); // a 4xx is never retried
        request.tokenUrl = QUrl(u"https://login.example.com/reset"_s);
        const TokenResponse reset = await<TokenResponse>(
            [&](QObject* ctx, auto done) { TokenEndpoint::request(transport, request, ctx, done); });
        QCOMPARE(reset.outcome, Outcome::Transient);
        QCOMPARE(reset.httpStatus, 0);
        QCOMPARE(reset.errorKind(), ErrorKind::Network);
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
