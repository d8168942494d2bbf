// The token keeper (ARCHITECTURE.md §11) over real loopback HTTP: a scripted OAuth server plays the vendor's token
// endpoint and API. Expiry known and unknown, renewal on a 401 exactly once, one token request for twenty
// concurrent asks and for twenty concurrent refusals, a rotated refresh token stored before the new access token is
// used, a keychain that refuses it, the classification of what token endpoints answer, and secrets that never show
// in messages. The clock is injected; nothing here waits for real time to pass.
#include <AuthMethod.h>
#include <Connection.h>
#include <MemorySecretStore.h>
#include <Transport.h>
#include <auth/TokenKeeper.h>
#include <sandbox/SandboxHttpServer.h>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace plumbline;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

namespace {

const QString kClientSecret = u"canary-client-secret-7f3a9c"_s;
const QString kRefreshToken = u"canary-refresh-token-51d2e8"_s;

// A memory store that can be told to refuse writes, and records what was written when.
class RecordingStore final : public SecretStore
{
public:
    MemorySecretStore inner;
    bool refuseWrites = false;
    bool locked = false; // reads fail as a locked keychain does
    QStringList writes; // "name=value", in order

    void read(const QString& id, const QString& name, QObject* context, Done done) override
    {
        if (locked) {
            deliver(context, std::move(done), { SecretError::Locked, {}, u"The keychain is locked."_s });
            return;
        }
        inner.read(id, name, context, std::move(done));
    }
    void write(const QString& id, const QString& name, const QString& value, QObject* context, Done done) override
    {
        if (refuseWrites) {
            deliver(context, std::move(done), { SecretError::Locked, {}, u"The keychain is locked."_s });
            return;
        }
        writes << name + u'=' + value;
        inner.write(id, name, value, context, std::move(done));
    }
    void remove(const QString& id, const QString& name, QObject* context, Done done) override
    {
        inner.remove(id, name, context, std::move(done));
    }
    QString displayName() const override { return u"test store"_s; }
    QString value(const QString& id, const QString& name)
    {
        QString out;
        bool got = false;
        QObject ctx;
        inner.read(id, name, &ctx, [&](const SecretResult& r) {
            out = r.value;
            got = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got, 2000); }();
        return out;
    }
};

// The vendor: POST /token issues access tokens (and rotates refresh tokens when asked); GET /api accepts the live
// ones. What it answers next can be scripted.
struct OAuthServer
{
    int tokenRequests = 0;
    int apiRequests = 0;
    std::optional<qint64> expiresIn = 300;
    bool rotate = false;
    bool refuseEveryToken = false; // the API refuses even fresh tokens
    QString refreshToken = kRefreshToken;
    QList<QByteArray> tokenBodies;
    QSet<QString> live;
    std::optional<std::pair<int, QByteArray>> scriptedTokenAnswer; // status, body
    std::function<void()> onApi; // runs when the API is called, before it answers
    QByteArray lastApiAuthorization;
    int counter = 0;

    SandboxReply handle(
        const QByteArray& method, const QUrl& url, const SandboxHeaders& headers, const QByteArray& body)
    {
        if (method == "POST" && url.path() == u"/token") {
            ++tokenRequests;
            tokenBodies << body;
            if (scriptedTokenAnswer) {
                SandboxReply r = SandboxReply::text(scriptedTokenAnswer->first, scriptedTokenAnswer->second);
                r.setHeader(
                    "Content-Type", scriptedTokenAnswer->second.startsWith('<') ? "text/html" : "application/json");
                return r;
            }
            const QUrlQuery form(QString::fromUtf8(body));
            if (form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != kClientSecret)
                return SandboxReply::json(400, QJsonObject { { u"error"_s, u"invalid_client"_s } });
            if (form.queryItemValue(u"grant_type"_s) == u"refresh_token"
                && form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != refreshToken)
                return SandboxReply::json(400,
                    QJsonObject { { u"error"_s, u"invalid_grant"_s },
                        { u"error_description"_s, u"expired access/refresh token"_s } });
            const QString token = u"access-%1"_s.arg(++counter);
            live.insert(token);
            QJsonObject o { { u"access_token"_s, token }, { u"token_type"_s, u"Bearer"_s } };
            if (expiresIn)
                o.insert(u"expires_in"_s, *expiresIn);
            if (rotate && form.queryItemValue(u"grant_type"_s) == u"refresh_token") {
                refreshToken = u"rotated-refresh-%1"_s.arg(counter);
                o.insert(u"refresh_token"_s, refreshToken);
            }
            return SandboxReply::json(200, o);
        }
        if (url.path() == u"/api") {
            ++apiRequests;
            if (onApi)
                onApi();
            QByteArray auth;
            for (const auto& [name, value] : headers) {
                if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                    auth = value;
            }
            lastApiAuthorization = auth;
            const QString token = QString::fromUtf8(auth.mid(7));
            if (refuseEveryToken || !auth.startsWith("Bearer ") || !live.contains(token))
                return SandboxReply::json(401, QJsonObject { { u"errorCode"_s, u"INVALID_SESSION_ID"_s } });
            return SandboxReply::json(200, QJsonObject { { u"ok"_s, true } });
        }
        return SandboxReply::text(404, "no");
    }
};

struct Rig
{
    OAuthServer server;
    SandboxHttpServer* http = nullptr;
    QTcpServer* tcp = nullptr;
    QNetworkAccessManager network;
    Transport transport { network };
    RecordingStore store;
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
    Connection connection;
    std::shared_ptr<TokenKeeper> keeper;

    explicit Rig(AuthFlow flow = AuthFlow::ClientCredentials)
    {
        http = new SandboxHttpServer([this](const QByteArray& m, const QUrl& u, const SandboxHeaders& h,
                                         const QByteArray& b) { return server.handle(m, u, h, b); });
        tcp = new QTcpServer(http);
        if (!tcp->listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        http->bind(tcp);
        connection.id = u"oauth-test"_s;
        connection.name = u"OAuth test"_s;
        connection.vendor = Vendor::Generic;
        connection.baseUrl = base();
        connection.authMethod = AuthMethod::key(flow);
        connection.auth = QJsonObject { { u"token_url"_s, QString(base() + u"/token"_s) },
            { u"client_id"_s, u"plumbline-test"_s } };
        put(QString::fromLatin1(AuthMethod::kClientSecret), kClientSecret);
        if (flow == AuthFlow::AuthorizationCode)
            put(QString::fromLatin1(AuthMethod::kRefreshToken), kRefreshToken);
        transport.setClock([this] { return now; });
        keeper = std::make_shared<TokenKeeper>(
            connection, store, transport, [this] { return now; }, 3600);
    }
    ~Rig()
    {
        http->shutdown();
        delete http;
    }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(tcp->serverPort()); }
    void put(const QString& name, const QString& value)
    {
        bool done = false;
        QObject ctx;
        store.inner.write(connection.id, name, value, &ctx, [&](const SecretResult&) { done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 2000); }();
    }

    struct Got
    {
        QString token;
        ConnectorError error;
    };
    Got token()
    {
        Got got;
        bool done = false;
        QObject ctx;
        keeper->token(&ctx, [&](const TokenGrant* g, const ConnectorError& e) {
            if (g)
                got.token = g->accessToken;
            got.error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return got;
    }
    // One API request carrying `token` and the keeper, as a connector sends it.
    HttpResponse api(const QString& token)
    {
        HttpRequest r;
        r.url = QUrl(base() + u"/api"_s);
        r.headers = { { "Authorization", "Bearer " + token.toUtf8() } };
        r.credential = keeper;
        r.credentialToken = token;
        HttpResponse got;
        bool done = false;
        QObject ctx;
        transport.send(r, &ctx, [&](const HttpResponse& resp) {
            got = resp;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return got;
    }
};

} // namespace

class TestTokenKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownExpiryRenewsAheadOfIt();
    void unknownExpiryRenewsAtHalfTheAssumedLifetime();
    void refusedTokenIsRenewedOnceAndTheRequestRetriedOnce();
    void aTokenRefusedAgainIsNotRenewedTwice();
    void twentyConcurrentAsksCostOneTokenRequest();
    void twentyConcurrentRefusalsCostOneRenewal();
    void rotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed();
    void refusedRotationIsKeptInMemoryWithAWarning();
    void tokenEndpointAnswersAreClassified_data();
    void tokenEndpointAnswersAreClassified();
    void revokedGrantDuringARequestIsGrantRefusedNotKeyRejected();
    void outageDuringARequestIsTransient();
    void missingClientSecretIsMissingKeyAndNotCached();
    void notSignedInYetSaysHowToSignIn();
    void lockedKeychainIsKeychainUnavailable_data();
    void lockedKeychainIsKeychainUnavailable();
};

void TestTokenKeeper::knownExpiryRenewsAheadOfIt()
{
    Rig rig;
    rig.server.expiresIn = 300; // renewed a minute ahead: at 240 s
    const Rig::Got first = rig.token();
    QVERIFY2(first.error.ok(), qPrintable(first.error.message));
    QCOMPARE(rig.token().token, first.token);
    rig.now = rig.now.addSecs(239);
    QCOMPARE(rig.token().token, first.token);
    QCOMPARE(rig.server.tokenRequests, 1);
    rig.now = rig.now.addSecs(2);
    QVERIFY(rig.token().token != first.token);
    QCOMPARE(rig.server.tokenRequests, 2);
    const CredentialStatus s = rig.keeper->status();
    QCOMPARE(s.lastRenewal, rig.now);
    QCOMPARE(s.expiresAt, rig.now.addSecs(300));
    QCOMPARE(s.tokenRequests, 2);
    QCOMPARE(s.problemKind, ErrorKind::None);
}

void TestTokenKeeper::unknownExpiryRenewsAtHalfTheAssumedLifetime()
{
    Rig rig;
    rig.server.expiresIn.reset(); // Salesforce never says
    const QString first = rig.token().token;
    QVERIFY(!first.isEmpty());
    rig.now = rig.now.addSecs(1799);
    QCOMPARE(rig.token().token, first);
    rig.now = rig.now.addSecs(2);
    QVERIFY(rig.token().token != first);
    QCOMPARE(rig.server.tokenRequests, 2);
}

void TestTokenKeeper::refusedTokenIsRenewedOnceAndTheRequestRetriedOnce()
{
    Rig rig;
    const QString first = rig.token().token;
    rig.server.live.remove(first); // the vendor ended the session early
    const HttpResponse r = rig.api(first);
    QVERIFY2(r.error.ok(), qPrintable(r.error.message));
    QCOMPARE(r.status, 200);
    QCOMPARE(rig.server.tokenRequests, 2);
    QCOMPARE(rig.server.apiRequests, 2);
    QVERIFY(!rig.server.lastApiAuthorization.contains(first.toUtf8()));
    // The next ask gets the renewed token from memory.
    QCOMPARE(rig.server.lastApiAuthorization, "Bearer " + rig.token().token.toUtf8());
    QCOMPARE(rig.server.tokenRequests, 2);
}

void TestTokenKeeper::aTokenRefusedAgainIsNotRenewedTwice()
{
    Rig rig;
    const QString first = rig.token().token;
    rig.server.refuseEveryToken = true;
    const HttpResponse r = rig.api(first);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error.kind, ErrorKind::Auth);
    QCOMPARE(rig.server.tokenRequests, 2); // the first token and one renewal, no more
    QCOMPARE(rig.server.apiRequests, 2); // the request and one retry
}

void TestTokenKeeper::twentyConcurrentAsksCostOneTokenRequest()
{
    Rig rig;
    int answered = 0;
    QSet<QString> tokens;
    QObject ctx;
    for (int k = 0; k < 20; ++k) {
        rig.keeper->token(&ctx, [&](const TokenGrant* g, const ConnectorError&) {
            ++answered;
            if (g)
                tokens.insert(g->accessToken);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 10000);
    QCOMPARE(rig.server.tokenRequests, 1);
    QCOMPARE(tokens.size(), 1);
}

void TestTokenKeeper::twentyConcurrentRefusalsCostOneRenewal()
{
    Rig rig;
    const QString first = rig.token().token;
    rig.server.live.remove(first);
    int answered = 0;
    int ok = 0;
    QObject ctx;
    for (int k = 0; k < 20; ++k) {
        HttpRequest r;
        r.url = QUrl(rig.base() + u"/api"_s);
        r.headers = { { "Authorization", "Bearer " + first.toUtf8() } };
        r.credential = rig.keeper;
        r.credentialToken = first;
        rig.transport.send(r, &ctx, [&](const HttpResponse& resp) {
            ++answered;
            ok += resp.status == 200 ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 20, 20000);
    QCOMPARE(ok, 20);
    QCOMPARE(rig.server.tokenRequests, 2); // the first token and one renewal for all twenty
    QCOMPARE(rig.server.apiRequests, 40);
}

void TestTokenKeeper::rotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed()
{
    Rig rig(AuthFlow::AuthorizationCode);
    rig.server.rotate = true;
    QString storedWhenUsed;
    rig.server.onApi = [&] { storedWhenUsed = rig.store.value(rig.connection.id, u"refresh_token"_s); };
    const QString token = rig.token().token;
    QVERIFY(!token.isEmpty());
    QCOMPARE(rig.store.writes.size(), 1);
    QCOMPARE(rig.store.writes.first(), u"refresh_token="_s + rig.server.refreshToken);
    QVERIFY(rig.api(token).error.ok());
    QCOMPARE(storedWhenUsed, rig.server.refreshToken);
    // The next renewal sends the rotated token (the old one would revoke everything at Salesforce).
    rig.now = rig.now.addSecs(3600);
    const QString renewed = rig.token().token;
    QVERIFY2(!renewed.isEmpty(), qPrintable(rig.keeper->status().problem));
    QCOMPARE(rig.server.tokenRequests, 2);
    QVERIFY(!rig.keeper->status().refreshTokenInMemoryOnly);
}

void TestTokenKeeper::refusedRotationIsKeptInMemoryWithAWarning()
{
    Rig rig(AuthFlow::AuthorizationCode);
    rig.server.rotate = true;
    rig.store.refuseWrites = true;
    const QString token = rig.token().token;
    QVERIFY(!token.isEmpty());
    const CredentialStatus s = rig.keeper->status();
    QVERIFY(s.refreshTokenInMemoryOnly);
    QVERIFY2(s.problem.contains(u"sign in again"_s), qPrintable(s.problem));
    QCOMPARE(rig.store.value(rig.connection.id, u"refresh_token"_s), kRefreshToken); // untouched
    rig.now = rig.now.addSecs(3600);
    QVERIFY2(!rig.token().token.isEmpty(), qPrintable(rig.keeper->status().problem)); // renewed with the one in memory
    QCOMPARE(rig.server.tokenRequests, 2);
}

void TestTokenKeeper::tokenEndpointAnswersAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("invalid_grant")
        << 400 << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}")
        << ErrorKind::GrantRefused << u"sign in again"_s;
    QTest::newRow("invalid_client") << 401 << QByteArray("{\"error\":\"invalid_client\"}") << ErrorKind::GrantRefused
                                    << u"client id and secret"_s;
    QTest::newRow("BAD_REFRESH_TOKEN")
        << 400 << QByteArray("{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"missing or invalid refresh token\"}")
        << ErrorKind::GrantRefused << u"BAD_REFRESH_TOKEN"_s;
    QTest::newRow("other 4xx") << 403 << QByteArray("{}") << ErrorKind::GrantRefused << u"HTTP 403"_s;
    QTest::newRow("503") << 503 << QByteArray("<html>down</html>") << ErrorKind::Server << u"try again"_s;
    QTest::newRow("429") << 429 << QByteArray("{\"error\":\"rate_limit_exceeded\"}") << ErrorKind::RateLimited
                         << u"try again"_s;
    QTest::newRow("captive portal") << 200 << QByteArray("<html><body>Please log in to the hotel wifi</body></html>")
                                    << ErrorKind::Parse << u"captive portal"_s;
    QTest::newRow("no access_token") << 200 << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":300}")
                                     << ErrorKind::Parse << u"not a token"_s;
    QTest::newRow("expires_in a string") << 200 << QByteArray("{\"access_token\":\"a-1\",\"expires_in\":\"300\"}")
                                         << ErrorKind::None << QString();
    QTest::newRow("expires_in negative") << 200 << QByteArray("{\"access_token\":\"a-1\",\"expires_in\":-5}")
                                         << ErrorKind::None << QString();
}

void TestTokenKeeper::tokenEndpointAnswersAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, says);
    Rig rig;
    rig.server.scriptedTokenAnswer = std::make_pair(status, body);
    const Rig::Got got = rig.token();
    QCOMPARE(got.error.kind, kind);
    QCOMPARE(got.token.isEmpty(), kind != ErrorKind::None);
    if (!says.isEmpty())
        QVERIFY2(got.error.message.contains(says, Qt::CaseInsensitive), qPrintable(got.error.message));
    QVERIFY(!got.error.message.contains(kClientSecret));
    QCOMPARE(rig.keeper->status().problemKind, kind);
    // Not cached: the next ask goes to the endpoint again. (The transport retried a 5xx or 429 itself.)
    const int asked = rig.server.tokenRequests;
    QCOMPARE(
        asked, kind == ErrorKind::Server || kind == ErrorKind::RateLimited ? rig.transport.policy().maxAttempts : 1);
    rig.server.scriptedTokenAnswer.reset();
    if (kind != ErrorKind::None) {
        QVERIFY(!rig.token().token.isEmpty());
        QCOMPARE(rig.server.tokenRequests, asked + 1);
        QCOMPARE(rig.keeper->status().problemKind, ErrorKind::None);
    }
}

void TestTokenKeeper::revokedGrantDuringARequestIsGrantRefusedNotKeyRejected()
{
    Rig rig(AuthFlow::AuthorizationCode);
    const QString first = rig.token().token;
    rig.server.live.clear();
    rig.server.refreshToken = u"someone-revoked-it"_s;
    const HttpResponse r = rig.api(first);
    QCOMPARE(r.error.kind, ErrorKind::GrantRefused);
    QVERIFY(!r.error.message.contains(kRefreshToken));
    QVERIFY(!r.error.message.contains(kClientSecret));
}

void TestTokenKeeper::outageDuringARequestIsTransient()
{
    Rig rig;
    const QString first = rig.token().token;
    rig.server.live.clear();
    rig.server.scriptedTokenAnswer = std::make_pair(502, QByteArray("<html>bad gateway</html>"));
    const HttpResponse r = rig.api(first);
    QCOMPARE(r.error.kind, ErrorKind::Server);
    QCOMPARE(r.status, 0); // the vendor's 401 is not the answer: the token endpoint's outage is
}

void TestTokenKeeper::missingClientSecretIsMissingKeyAndNotCached()
{
    Rig rig;
    bool removed = false;
    QObject ctx;
    rig.store.inner.remove(rig.connection.id, u"client_secret"_s, &ctx, [&](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    const Rig::Got got = rig.token();
    QCOMPARE(got.error.kind, ErrorKind::MissingKey);
    QVERIFY2(got.error.message.contains(u"--name client_secret"_s), qPrintable(got.error.message));
    QCOMPARE(rig.server.tokenRequests, 0); // nothing was sent
    rig.put(u"client_secret"_s, kClientSecret);
    QVERIFY(!rig.token().token.isEmpty());
}

void TestTokenKeeper::notSignedInYetSaysHowToSignIn()
{
    Rig rig(AuthFlow::AuthorizationCode);
    bool removed = false;
    QObject ctx;
    rig.store.inner.remove(rig.connection.id, u"refresh_token"_s, &ctx, [&](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    const Rig::Got got = rig.token();
    QCOMPARE(got.error.kind, ErrorKind::MissingKey);
    QVERIFY2(got.error.message.contains(u"plumbline auth login oauth-test"_s), qPrintable(got.error.message));
    QCOMPARE(rig.server.tokenRequests, 0);
}

void TestTokenKeeper::lockedKeychainIsKeychainUnavailable_data()
{
    QTest::addColumn<bool>("signedIn");
    QTest::newRow("client credentials") << false;
    QTest::newRow("refresh token") << true;
}

void TestTokenKeeper::lockedKeychainIsKeychainUnavailable()
{
    QFETCH(bool, signedIn);
    Rig rig(signedIn ? AuthFlow::AuthorizationCode : AuthFlow::ClientCredentials);
    rig.store.locked = true;
    const Rig::Got got = rig.token();
    QCOMPARE(got.error.kind, ErrorKind::KeychainUnavailable);
    QVERIFY2(got.error.message.contains(u"locked"_s), qPrintable(got.error.message));
    QCOMPARE(rig.server.tokenRequests, 0); // nothing was sent, nothing is "sign in again"
    rig.store.locked = false;
    QVERIFY(!rig.token().token.isEmpty()); // not cached: unlocked, it works
}

QTEST_GUILESS_MAIN(TestTokenKeeper)
#include "tst_tokenkeeper.moc"
