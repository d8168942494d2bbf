// The sandbox's OAuth side over real loopback HTTP: each vendor's token endpoint in its wire format, the sign-in
// with PKCE, Salesforce's refresh-token rotation, issued tokens on the API, the lifetime control and the scenarios
// token_expired and refresh_revoked (the design card's §11).
#include <sandbox/SandboxOAuth.h>
#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
using Form = QList<QPair<QString, QString>>;
using W = SandboxWorkspace;

struct Response
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString string(const QString& key) const { return object().value(key).toString(); }
    // A minimal JSON pointer ("/0/errorCode", "/context/expire time/0").
    QJsonValue at(const QString& pointer) const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        for (const QString& part : pointer.split(u'/', Qt::SkipEmptyParts))
            v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
        return v;
    }
};

// A sign-in's loopback redirect, as the client side registers it.
const QString kRedirect = u"http://localhost:53682/callback"_s;
// RFC 7636 Appendix B.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;

QByteArray encode(const Form& form)
{
    QByteArray out;
    for (const auto& [name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void challengeIsRfc7636();
    void salesforceClientCredentials();
    void successWireFormats_data();
    void successWireFormats();
    void wrongClientSecret_data();
    void wrongClientSecret();
    void wrongClientId_data();
    void wrongClientId();
    void unsupportedGrant_data();
    void unsupportedGrant();
    void authorizationCodeWithPkce_data();
    void authorizationCodeWithPkce();
    void hubspotCodeWithoutChallenge();
    void salesforceRefreshTokenOnlyWhenAsked();
    void signInRefusals();
    void salesforceRefreshRotation();
    void hubspotRefreshKeepsItsToken();
    void issuedTokenThenExpired_data();
    void issuedTokenThenExpired();
    void tokensBelongToTheirConnection();
    void hubspotTakesStaticAndOAuthTokens();
    void salesforceSecretIsNoBearerToken();
    void lifetimeThroughControl();
    void controlDocumentAndIssue();
    void tokenExpiredScenario();
    void refreshRevokedScenario();
    void outageReachesTheTokenEndpoint();

private:
    Response send(const QByteArray& method, const QString& path, const Headers& headers = {},
        const QByteArray& body = {}, const QByteArray& contentType = {});
    Response post(const QString& path, const Form& form, const Headers& headers = {});
    Response control(const QString& path, const QJsonObject& body);
    // The API request every vendor answers with its credential check.
    Response api(const QString& connection, const QString& token);
    Response clientCredentials(const QString& connection);
    // Signs in at the connection's authorize endpoint (approved at once) and returns the code, decoded once.
    QString signIn(const QString& connection, const QString& challenge, QString* location = nullptr,
        const QString& scope = u"api refresh_token"_s);
    Response exchange(
        const QString& connection, const QString& code, const QString& verifier, const QString& redirect = kRedirect);
    Response refresh(const QString& connection, const QString& refreshToken);
    void setScenario(const QString& name, const QString& connection = {});
    QString path(const QString& url) const { return QUrl(url).path(); }
    QString secret(const QString& connection) const { return m_server->secrets().value(connection); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QDateTime m_now;
};

void TestSandboxOAuth::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxOAuth::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

Response TestSandboxOAuth::send(const QByteArray& method, const QString& path, const Headers& headers,
    const QByteArray& body, const QByteArray& contentType)
{
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.finished = reply->isFinished();
    if (r.finished) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return r;
}

Response TestSandboxOAuth::post(const QString& path, const Form& form, const Headers& headers)
{
    return send("POST", path, headers, encode(form), QByteArrayLiteral("application/x-www-form-urlencoded"));
}

Response TestSandboxOAuth::control(const QString& path, const QJsonObject& body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(), QByteArrayLiteral("application/json"));
}

Response TestSandboxOAuth::api(const QString& connection, const QString& token)
{
    const QByteArray t = token.toUtf8();
    if (connection == W::kSalesforce)
        return send("GET", u"/salesforce/services/data/v62.0/limits"_s, { { "Authorization", "Bearer " + t } });
    if (connection == W::kHubSpot)
        return send("GET", u"/hubspot/crm/v3/properties/contacts"_s, { { "Authorization", "Bearer " + t } });
    if (connection == W::kShopify)
        return send("GET", u"/shopify/admin/api/2025-01/shop.json"_s, { { "X-Shopify-Access-Token", t } });
    return send("GET", u"/generic/contacts"_s, { { "Authorization", "Bearer " + t } });
}

Response TestSandboxOAuth::clientCredentials(const QString& connection)
{
    return post(path(m_server->tokenUrl(connection)),
        { { u"grant_type"_s, u"client_credentials"_s }, { u"client_id"_s, W::clientIds().value(connection) },
            { u"client_secret"_s, secret(connection) } });
}

QString TestSandboxOAuth::signIn(
    const QString& connection, const QString& challenge, QString* location, const QString& scope)
{
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, W::clientIds().value(connection));
    q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)));
    q.addQueryItem(u"state"_s, u"st4te-1"_s);
    if (!scope.isEmpty())
        q.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    if (!challenge.isEmpty()) {
        q.addQueryItem(u"code_challenge"_s, challenge);
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    }
    const Response r = send("GET", path(m_server->authorizeUrl(connection)) + u'?' + q.toString(QUrl::FullyEncoded));
    if (location)
        *location = QString::fromLatin1(r.header("Location"));
    if (r.status != 302)
        return {};
    const QUrl back(QString::fromLatin1(r.header("Location")));
    const QUrlQuery answer(back);
    if (answer.queryItemValue(u"state"_s) != u"st4te-1")
        return {};
    return answer.queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

Response TestSandboxOAuth::exchange(
    const QString& connection, const QString& code, const QString& verifier, const QString& redirect)
{
    Form form { { u"grant_type"_s, u"authorization_code"_s }, { u"code"_s, code }, { u"redirect_uri"_s, redirect },
        { u"client_id"_s, W::clientIds().value(connection) } };
    if (!verifier.isEmpty())
        form.append({ u"code_verifier"_s, verifier });
    if (connection == W::kHubSpot) // a confidential client; Salesforce's desktop app is a public one
        form.append({ u"client_secret"_s, secret(connection) });
    return post(path(m_server->tokenUrl(connection)), form);
}

Response TestSandboxOAuth::refresh(const QString& connection, const QString& refreshToken)
{
    Form form { { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, refreshToken },
        { u"client_id"_s, W::clientIds().value(connection) } };
    if (connection == W::kHubSpot)
        form.append({ u"client_secret"_s, secret(connection) });
    return post(path(m_server->tokenUrl(connection)), form);
}

void TestSandboxOAuth::setScenario(const QString& name, const QString& connection)
{
    QJsonObject o { { u"scenario"_s, name } };
    if (!connection.isEmpty())
        o.insert(u"connection"_s, connection);
    QCOMPARE(control(u"/_sandbox/scenario"_s, o).status, 200);
}

void TestSandboxOAuth::challengeIsRfc7636()
{
    QCOMPARE(SandboxOAuth::challengeS256(kVerifier), kChallenge);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(kVerifier.toLatin1(), QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
        kChallenge);
}

void TestSandboxOAuth::salesforceClientCredentials()
{
    QCOMPARE(m_server->tokenUrl(W::kSalesforce), m_server->baseUrl() + u"/salesforce/services/oauth2/token"_s);
    QCOMPARE(W::kSalesforceClientId.size(), 85);
    QVERIFY(W::kSalesforceClientId.startsWith(u"3MVG9"));

    Response r = clientCredentials(W::kSalesforce);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject o = r.object();
    // Salesforce never says how long the session lives, and gives no refresh token for client credentials.
    QVERIFY(!o.contains(u"expires_in"));
    QVERIFY(!o.contains(u"refresh_token"));
    QCOMPARE(o.value(u"instance_url").toString(), m_server->baseUrl() + u"/salesforce"_s);
    QCOMPARE(o.value(u"token_type").toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"token_format").toString(), u"opaque"_s);
    QCOMPARE(o.value(u"scope").toString(), u"api"_s);
    QVERIFY(o.value(u"id").toString().startsWith(m_server->baseUrl() + u"/salesforce/id/00D"_s));
    QVERIFY(o.value(u"issued_at").isString());
    QCOMPARE(o.value(u"issued_at").toString(), QString::number(m_now.toMSecsSinceEpoch()));
    QVERIFY(!o.value(u"signature").toString().isEmpty());
    const QString token = o.value(u"access_token").toString();
    QVERIFY2(
        QRegularExpression(u"^00D5g000004SbxQ!AR[A-Za-z0-9._]{90,}$"_s).match(token).hasMatch(), qPrintable(token));
    QCOMPARE(m_server->tokenRequests(W::kSalesforce), 1);

    // The token works on the API (instance_url + the REST path).
    QCOMPARE(api(W::kSalesforce, token).status, 200);

    // HTTP Basic with the id and secret instead of the body; every grant is a new token.
    const QByteArray pair
        = QUrl::toPercentEncoding(W::kSalesforceClientId) + ':' + QUrl::toPercentEncoding(secret(W::kSalesforce));
    const QByteArray basic = pair.toBase64();
    r = post(u"/salesforce/services/oauth2/token"_s, { { u"grant_type"_s, u"client_credentials"_s } },
        { { "Authorization", "Basic " + basic } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.string(u"access_token"_s) != token);
    QCOMPARE(m_server->tokenRequests(W::kSalesforce), 2);
    QCOMPARE(api(W::kSalesforce, token + u'x').status, 401);
}

void TestSandboxOAuth::successWireFormats_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<int>("expiresIn"); // -1: none
    QTest::addColumn<QString>("tokenPattern");
    QTest::newRow("salesforce") << W::kSalesforce << -1 << u"^00D5g000004SbxQ!AR"_s;
    QTest::newRow("hubspot") << W::kHubSpot << 1800 << u"^CJT[A-Za-z0-9_-]{140,}$"_s;
    QTest::newRow("shopify") << W::kShopify << 86399 << u"^shpat_[0-9a-f]{32}$"_s;
    QTest::newRow("generic") << W::kGeneric << 3600 << u"^[A-Za-z0-9_-]{43}$"_s;
}

void TestSandboxOAuth::successWireFormats()
{
    QFETCH(QString, connection);
    QFETCH(int, expiresIn);
    QFETCH(QString, tokenPattern);
    Response r;
    if (connection == W::kHubSpot) {
        // HubSpot's app grants no client credentials: a refresh token from a finished sign-in.
        r = refresh(connection, m_server->issueRefreshToken(connection));
    } else {
        r = clientCredentials(connection);
    }
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject o = r.object();
    if (expiresIn < 0)
        QVERIFY(!o.contains(u"expires_in"));
    else
        QCOMPARE(o.value(u"expires_in").toInt(-1), expiresIn);
    const QString token = o.value(u"access_token").toString();
    QVERIFY2(QRegularExpression(tokenPattern).match(token).hasMatch(), qPrintable(token));
    if (connection == W::kHubSpot) {
        QCOMPARE(o.value(u"token_type").toString(), u"bearer"_s);
        QVERIFY(o.value(u"refresh_token").toString().startsWith(u"eu1-"));
    } else if (connection == W::kShopify) {
        QCOMPARE(o.value(u"scope").toString(), u"read_customers,read_orders,read_products"_s);
        QCOMPARE(o.size(), 3);
        QCOMPARE(path(m_server->tokenUrl(connection)), u"/shopify/admin/oauth/access_token"_s);
    } else if (connection == W::kGeneric) {
        QCOMPARE(o.value(u"token_type").toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"scope").toString(), u"contacts:read"_s);
    }
    QCOMPARE(api(connection, token).status, 200);
}

void TestSandboxOAuth::wrongClientSecret_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("salesforce") << W::kSalesforce << u"client_credentials"_s << u"/error_description"_s
                                << u"invalid client credentials"_s;
    QTest::newRow("hubspot") << W::kHubSpot << u"refresh_token"_s << u"/status"_s << u"BAD_CLIENT_ID"_s;
    QTest::newRow("shopify") << W::kShopify << u"client_credentials"_s << u"/error_description"_s
                             << u"Client authentication failed due to unknown client, no client authentication "
                                "included, or unsupported authentication method."_s;
    QTest::newRow("generic") << W::kGeneric << u"client_credentials"_s << u"/error"_s << u"invalid_client"_s;
}

void TestSandboxOAuth::wrongClientSecret()
{
    QFETCH(QString, connection);
    QFETCH(QString, grant);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const Response r = post(path(m_server->tokenUrl(connection)),
        { { u"grant_type"_s, grant }, { u"refresh_token"_s, m_server->issueRefreshToken(connection) },
            { u"client_id"_s, W::clientIds().value(connection) }, { u"client_secret"_s, u"not-the-secret"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"error"_s), u"invalid_client"_s);
    QCOMPARE(r.at(pointer).toString(), expected);
    QVERIFY(!r.object().contains(u"access_token"));
    QCOMPARE(m_server->tokenRequests(connection), 1);
    // The client credentials grant needs the secret at all.
    if (grant == u"client_credentials") {
        const Response none = post(path(m_server->tokenUrl(connection)),
            { { u"grant_type"_s, grant }, { u"client_id"_s, W::clientIds().value(connection) } });
        QCOMPARE(none.status, 400);
        QCOMPARE(none.string(u"error"_s), u"invalid_client"_s);
    }
}

void TestSandboxOAuth::wrongClientId_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    // Salesforce tells an unknown consumer key from a wrong secret.
    QTest::newRow("salesforce") << W::kSalesforce << u"client_credentials"_s << u"invalid_client_id"_s
                                << u"client identifier invalid"_s;
    QTest::newRow("hubspot") << W::kHubSpot << u"refresh_token"_s << u"invalid_client"_s
                             << u"missing or unknown client id"_s;
    QTest::newRow("shopify") << W::kShopify << u"client_credentials"_s << u"invalid_client"_s
                             << u"Client authentication failed due to unknown client, no client authentication "
                                "included, or unsupported authentication method."_s;
    QTest::newRow("generic") << W::kGeneric << u"client_credentials"_s << u"invalid_client"_s
                             << u"Client authentication failed."_s;
}

void TestSandboxOAuth::wrongClientId()
{
    QFETCH(QString, connection);
    QFETCH(QString, grant);
    QFETCH(QString, error);
    QFETCH(QString, description);
    // The right secret, another connection's client id.
    const QString otherId = connection == W::kSalesforce ? W::kHubSpotClientId : W::kSalesforceClientId;
    const Response r = post(path(m_server->tokenUrl(connection)),
        { { u"grant_type"_s, grant }, { u"refresh_token"_s, m_server->issueRefreshToken(connection) },
            { u"client_id"_s, otherId }, { u"client_secret"_s, secret(connection) } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"error"_s), error);
    QCOMPARE(r.string(u"error_description"_s), description);
    if (connection == W::kHubSpot) {
        QCOMPARE(r.string(u"status"_s), u"BAD_CLIENT_ID"_s);
        QCOMPARE(r.string(u"message"_s), description);
        QVERIFY(!r.string(u"correlationId"_s).isEmpty());
    }
}

void TestSandboxOAuth::unsupportedGrant_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("grant");
    QTest::newRow("salesforce password") << W::kSalesforce << u"password"_s;
    QTest::newRow("salesforce none") << W::kSalesforce << QString();
    QTest::newRow("hubspot client_credentials") << W::kHubSpot << u"client_credentials"_s;
    QTest::newRow("shopify refresh_token") << W::kShopify << u"refresh_token"_s;
    QTest::newRow("shopify authorization_code") << W::kShopify << u"authorization_code"_s;
    QTest::newRow("generic refresh_token") << W::kGeneric << u"refresh_token"_s;
}

void TestSandboxOAuth::unsupportedGrant()
{
    QFETCH(QString, connection);
    QFETCH(QString, grant);
    Form form { { u"client_id"_s, W::clientIds().value(connection) }, { u"client_secret"_s, secret(connection) } };
    if (!grant.isEmpty())
        form.prepend({ u"grant_type"_s, grant });
    const Response r = post(path(m_server->tokenUrl(connection)), form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"error"_s), u"unsupported_grant_type"_s);
    if (connection == W::kSalesforce)
        QCOMPARE(r.string(u"error_description"_s), u"grant type not supported"_s);
    if (connection == W::kHubSpot)
        QCOMPARE(r.string(u"status"_s), u"BAD_GRANT_TYPE"_s);
}

void TestSandboxOAuth::authorizationCodeWithPkce_data()
{
    QTest::addColumn<QString>("connection");
    QTest::newRow("salesforce") << W::kSalesforce;
    QTest::newRow("hubspot") << W::kHubSpot;
}

void TestSandboxOAuth::authorizationCodeWithPkce()
{
    QFETCH(QString, connection);
    // The right verifier: tokens, with a refresh token.
    QString location;
    const QString code = signIn(connection, kChallenge, &location);
    QVERIFY2(!code.isEmpty(), qPrintable(location));
    QVERIFY(location.startsWith(kRedirect + u"?code="_s));
    if (connection == W::kSalesforce) {
        // The code ends in "==", sent percent-encoded: decoding once gives it back, twice would not.
        QVERIFY2(location.contains(u"%3D%3D&state=st4te-1"_s), qPrintable(location));
        QVERIFY(code.endsWith(u"=="));
        QVERIFY(code.startsWith(u"aPrx"));
    }
    QCOMPARE(m_server->tokenRequests(connection), 0);
    Response r = exchange(connection, code, kVerifier);
    QVERIFY2(r.status == 200, r.body.constData());
    const QString refreshToken = r.string(u"refresh_token"_s);
    QVERIFY(!refreshToken.isEmpty());
    QCOMPARE(api(connection, r.string(u"access_token"_s)).status, 200);
    if (connection == W::kSalesforce) {
        QVERIFY(!r.object().contains(u"expires_in"));
        QVERIFY(refreshToken.startsWith(u"5Aep861"));
        QCOMPARE(r.string(u"scope"_s), u"api refresh_token"_s);
        QCOMPARE(r.string(u"instance_url"_s), m_server->baseUrl() + u"/salesforce"_s);
    } else {
        QCOMPARE(r.object().value(u"expires_in").toInt(), 1800);
    }
    // The refresh token it gave works.
    QCOMPARE(refresh(connection, refreshToken).status, 200);

    // The same code again: refused, and what it yielded is revoked (RFC 6749 §4.1.2).
    const QString firstAccess = r.string(u"access_token"_s);
    r = exchange(connection, code, kVerifier);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"error"_s), u"invalid_grant"_s);
    QCOMPARE(api(connection, firstAccess).status, 401);

    // A wrong verifier, and none at all.
    for (const QString& verifier : { QString(kVerifier).replace(0, 1, u'e'), QString() }) {
        r = exchange(connection, signIn(connection, kChallenge), verifier);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.string(u"error"_s), u"invalid_grant"_s);
        if (connection == W::kSalesforce)
            QCOMPARE(r.string(u"error_description"_s), u"invalid code verifier"_s);
        else
            QCOMPARE(r.string(u"status"_s), u"BAD_AUTH_CODE"_s);
    }

    // Another redirect_uri than the sign-in's.
    r = exchange(connection, signIn(connection, kChallenge), kVerifier, u"http://localhost:53683/callback"_s);
    QCOMPARE(r.status, 400);
    if (connection == W::kSalesforce)
        QCOMPARE(r.string(u"error"_s), u"redirect_uri_mismatch"_s);
    else
        QCOMPARE(r.string(u"status"_s), u"BAD_REDIRECT_URI"_s);

    // A code lives two minutes.
    const QString late = signIn(connection, kChallenge);
    m_now = m_now.addSecs(121);
    QCOMPARE(exchange(connection, late, kVerifier).status, 400);
}

void TestSandboxOAuth::hubspotCodeWithoutChallenge()
{
    // HubSpot takes PKCE but does not require it; Salesforce's app does.
    const QString code = signIn(W::kHubSpot, QString());
    QVERIFY(!code.isEmpty());
    QCOMPARE(exchange(W::kHubSpot, code, QString()).status, 200);

    QString location;
    QVERIFY(signIn(W::kSalesforce, QString(), &location).isEmpty());
    const QUrlQuery answer { QUrl(location) };
    QCOMPARE(answer.queryItemValue(u"error"_s), u"invalid_request"_s);
    QCOMPARE(answer.queryItemValue(u"state"_s), u"st4te-1"_s);
}

void TestSandboxOAuth::salesforceRefreshTokenOnlyWhenAsked()
{
    // A refresh token only for a sign-in that asks for one (refresh_token, offline_access) or names no scope at all.
    Response r = exchange(W::kSalesforce, signIn(W::kSalesforce, kChallenge, nullptr, u"api"_s), kVerifier);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains(u"refresh_token"));
    QCOMPARE(r.string(u"scope"_s), u"api"_s);
    QCOMPARE(api(W::kSalesforce, r.string(u"access_token"_s)).status, 200);
    r = exchange(W::kSalesforce, signIn(W::kSalesforce, kChallenge, nullptr, u"api offline_access"_s), kVerifier);
    QVERIFY(!r.string(u"refresh_token"_s).isEmpty());
    r = exchange(W::kSalesforce, signIn(W::kSalesforce, kChallenge, nullptr, QString()), kVerifier);
    QVERIFY(!r.string(u"refresh_token"_s).isEmpty());
    QCOMPARE(r.string(u"scope"_s), u"api refresh_token"_s);
}

void TestSandboxOAuth::signInRefusals()
{
    const QString authorize = path(m_server->authorizeUrl(W::kSalesforce));
    QCOMPARE(authorize, u"/salesforce/services/oauth2/authorize"_s);
    QCOMPARE(path(m_server->authorizeUrl(W::kHubSpot)), u"/hubspot/oauth/authorize"_s);
    QVERIFY(m_server->authorizeUrl(W::kShopify).isEmpty());
    const auto query = [](const QString& clientId, const QString& redirect) {
        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, clientId);
        if (!redirect.isEmpty())
            q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        q.addQueryItem(u"state"_s, u"abc"_s);
        q.addQueryItem(u"code_challenge"_s, kChallenge);
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        return q.toString(QUrl::FullyEncoded);
    };

    // An unknown client id goes back to the (registered) redirect with Salesforce's error and the state.
    Response r = send("GET", authorize + u'?' + query(u"3MVG9nope"_s, kRedirect));
    QCOMPARE(r.status, 302);
    QUrlQuery answer { QUrl(QString::fromLatin1(r.header("Location"))) };
    QCOMPARE(answer.queryItemValue(u"error"_s), u"invalid_client_id"_s);
    QCOMPARE(answer.queryItemValue(u"state"_s), u"abc"_s);
    QVERIFY(answer.queryItemValue(u"code"_s).isEmpty());

    r = send("GET", u"/hubspot/oauth/authorize?"_s + query(u"nope"_s, kRedirect));
    QCOMPARE(r.status, 302);
    answer = QUrlQuery(QUrl(QString::fromLatin1(r.header("Location"))));
    QCOMPARE(answer.queryItemValue(u"error"_s), u"invalid_client"_s);

    // A redirect the app does not know, or none: a page, never a redirect.
    for (const QString& redirect : { u"https://evil.example/callback"_s, QString() }) {
        r = send("GET", authorize + u'?' + query(W::kSalesforceClientId, redirect));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("redirect_uri_mismatch"));
    }
    QVERIFY(!r.body.contains("evil.example"));
    r = send("GET", authorize + u'?' + query(W::kSalesforceClientId, u"https://evil.example/<b>"_s));
    QVERIFY(r.body.contains("evil.example/&lt;b&gt;"));
}

void TestSandboxOAuth::salesforceRefreshRotation()
{
    const QString first = m_server->issueRefreshToken(W::kSalesforce);
    QVERIFY(first.startsWith(u"5Aep861"));

    // Each refresh returns a new refresh token and invalidates the one presented.
    Response r = refresh(W::kSalesforce, first);
    QVERIFY2(r.status == 200, r.body.constData());
    const QString second = r.string(u"refresh_token"_s);
    const QString access = r.string(u"access_token"_s);
    QVERIFY(!second.isEmpty() && second != first);
    QVERIFY(!r.object().contains(u"expires_in"));
    QCOMPARE(api(W::kSalesforce, access).status, 200);

    // The old one is refused...
    r = refresh(W::kSalesforce, first);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"error"_s), u"invalid_grant"_s);
    QCOMPARE(r.string(u"error_description"_s), u"expired access/refresh token"_s);
    // ...and its reuse revoked the current refresh token and every access token of the grant.
    QCOMPARE(refresh(W::kSalesforce, second).status, 400);
    r = api(W::kSalesforce, access);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.at(u"/0/errorCode"_s).toString(), u"INVALID_SESSION_ID"_s);

    // Another sign-in's grant is not touched.
    const QString other = m_server->issueRefreshToken(W::kSalesforce);
    r = refresh(W::kSalesforce, other);
    QCOMPARE(r.status, 200);
    QCOMPARE(refresh(W::kSalesforce, r.string(u"refresh_token"_s)).status, 200);
    QCOMPARE(refresh(W::kSalesforce, u"5Aep861unknown"_s).status, 400);
}

void TestSandboxOAuth::hubspotRefreshKeepsItsToken()
{
    const QString token = m_server->issueRefreshToken(W::kHubSpot);
    for (int i = 0; i < 3; ++i) {
        const Response r = refresh(W::kHubSpot, token);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.string(u"refresh_token"_s), token);
    }
    const Response r = refresh(W::kHubSpot, u"eu1-0000-0000-0000-0000-000000000000"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"status"_s), u"BAD_REFRESH_TOKEN"_s);
    QCOMPARE(r.string(u"message"_s), u"missing or invalid refresh token"_s);
    QCOMPARE(r.string(u"error"_s), u"invalid_grant"_s);
    QCOMPARE(r.string(u"error_description"_s), u"missing or invalid refresh token"_s);
    QCOMPARE(m_server->tokenRequests(W::kHubSpot), 4);
}

void TestSandboxOAuth::issuedTokenThenExpired_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("salesforce") << W::kSalesforce << qint64(7200) << u"/0/errorCode"_s << u"INVALID_SESSION_ID"_s;
    QTest::newRow("hubspot") << W::kHubSpot << qint64(1800) << u"/category"_s << u"EXPIRED_AUTHENTICATION"_s;
    QTest::newRow("shopify") << W::kShopify << qint64(86399) << u"/errors"_s
                             << u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s;
    QTest::newRow("generic") << W::kGeneric << qint64(3600) << u"/errors/0/message"_s << u"The access token expired."_s;
}

void TestSandboxOAuth::issuedTokenThenExpired()
{
    QFETCH(QString, connection);
    QFETCH(qint64, lifetime);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QCOMPARE(m_server->tokenLifetime(connection), lifetime);
    const QString token = m_server->issueAccessToken(connection);
    QVERIFY(!token.isEmpty());
    QCOMPARE(api(connection, token).status, 200);
    m_now = m_now.addSecs(lifetime - 1);
    QCOMPARE(api(connection, token).status, 200);
    m_now = m_now.addSecs(1 + 5);
    const Response r = api(connection, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.at(pointer).toString(), expected);
    if (connection == W::kHubSpot) {
        QCOMPARE(r.string(u"message"_s), u"The OAuth token used to make this call expired 5 second(s) ago."_s);
        QCOMPARE(r.at(u"/context/expire time/0"_s).toString(), m_now.addSecs(-5).toString(Qt::ISODateWithMs));
        QVERIFY(!r.string(u"correlationId"_s).isEmpty());
    }
    if (connection == W::kGeneric)
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    // No token endpoint was asked: the hook mints directly.
    QCOMPARE(m_server->tokenRequests(connection), 0);
}

void TestSandboxOAuth::tokensBelongToTheirConnection()
{
    const QString salesforce = m_server->issueAccessToken(W::kSalesforce);
    const QString hubspot = m_server->issueAccessToken(W::kHubSpot);
    QCOMPARE(api(W::kHubSpot, salesforce).status, 401);
    QCOMPARE(api(W::kSalesforce, hubspot).status, 401);
    QCOMPARE(api(W::kHubSpot, hubspot).status, 200);
    // Vendors without a token endpoint issue nothing.
    QVERIFY(m_server->issueAccessToken(W::kMailchimp).isEmpty());
    QVERIFY(m_server->issueRefreshToken(W::kMake).isEmpty());
    QVERIFY(m_server->tokenUrl(W::kZapier).isEmpty());
    QVERIFY(!m_server->setTokenLifetime(W::kMailchimp, 60));
    QCOMPARE(m_server->tokenRequests(W::kMailchimp), 0);
}

void TestSandboxOAuth::hubspotTakesStaticAndOAuthTokens()
{
    // The sandbox workspace's HubSpot connection keeps its private-app token; an OAuth connection a test builds
    // against the same base URL gets tokens from /hubspot/oauth/2026-03/token. Both reach the CRM.
    QCOMPARE(api(W::kHubSpot, secret(W::kHubSpot)).status, 200);
    QCOMPARE(m_server->tokenUrl(W::kHubSpot), m_server->baseUrl() + u"/hubspot/oauth/2026-03/token"_s);
    const Response r = refresh(W::kHubSpot, m_server->issueRefreshToken(W::kHubSpot));
    QCOMPARE(r.status, 200);
    QCOMPARE(api(W::kHubSpot, r.string(u"access_token"_s)).status, 200);
    // The static Shopify token and the generic API key keep working too.
    QCOMPARE(send("GET", u"/shopify/admin/api/2025-01/shop.json"_s,
                 { { "X-Shopify-Access-Token", secret(W::kShopify).toUtf8() } })
                 .status,
        200);
    QCOMPARE(send("GET", u"/generic/contacts"_s, { { "X-Api-Key", secret(W::kGeneric).toUtf8() } }).status, 200);
}

void TestSandboxOAuth::salesforceSecretIsNoBearerToken()
{
    // The sandbox workspace's Salesforce connection is on client credentials: its secret goes to the token endpoint
    // only, and the API refuses it as a session.
    Response r = api(W::kSalesforce, secret(W::kSalesforce));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.at(u"/0/errorCode"_s).toString(), u"INVALID_SESSION_ID"_s);
    r = clientCredentials(W::kSalesforce);
    QCOMPARE(r.status, 200);
    QCOMPARE(api(W::kSalesforce, r.string(u"access_token"_s)).status, 200);
}

void TestSandboxOAuth::lifetimeThroughControl()
{
    Response r
        = control(u"/_sandbox/oauth"_s, QJsonObject { { u"connection"_s, W::kHubSpot }, { u"lifetime_s"_s, 60 } });
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.object().value(u"lifetime_s"_s).toInt(), 60);
    QCOMPARE(m_server->tokenLifetime(W::kHubSpot), 60);

    r = refresh(W::kHubSpot, m_server->issueRefreshToken(W::kHubSpot));
    QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 60);
    const QString token = r.string(u"access_token"_s);
    m_now = m_now.addSecs(59);
    QCOMPARE(api(W::kHubSpot, token).status, 200);
    m_now = m_now.addSecs(2);
    r = api(W::kHubSpot, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string(u"category"_s), u"EXPIRED_AUTHENTICATION"_s);

    // Salesforce says no expires_in whatever the lifetime; the session still ends on time.
    QVERIFY(m_server->setTokenLifetime(W::kSalesforce, 30));
    r = clientCredentials(W::kSalesforce);
    QVERIFY(!r.object().contains(u"expires_in"));
    m_now = m_now.addSecs(31);
    QCOMPARE(api(W::kSalesforce, r.string(u"access_token"_s)).status, 401);
    QVERIFY(m_server->setTokenLifetime(W::kShopify, 120));
    QCOMPARE(clientCredentials(W::kShopify).object().value(u"expires_in"_s).toInt(), 120);

    for (const QJsonObject& bad : { QJsonObject { { u"connection"_s, W::kMailchimp }, { u"lifetime_s"_s, 60 } },
             QJsonObject { { u"connection"_s, W::kHubSpot }, { u"lifetime_s"_s, 0 } },
             QJsonObject { { u"connection"_s, W::kHubSpot }, { u"lifetime_s"_s, 1.5 } },
             QJsonObject { { u"connection"_s, W::kHubSpot }, { u"lifetime_s"_s, u"60"_s } },
             QJsonObject { { u"connection"_s, W::kHubSpot } } }) {
        r = control(u"/_sandbox/oauth"_s, bad);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.string(u"error"_s).isEmpty());
    }
    QCOMPARE(send("POST", u"/_sandbox/oauth"_s, {}, "{nope", "application/json").status, 400);
    QCOMPARE(m_server->tokenLifetime(W::kHubSpot), 60);
}

void TestSandboxOAuth::controlDocumentAndIssue()
{
    QCOMPARE(clientCredentials(W::kGeneric).status, 200);
    Response r = send("GET", u"/_sandbox/oauth"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject connections = r.object().value(u"connections"_s).toObject();
    QCOMPARE(connections.keys(), (QStringList { W::kGeneric, W::kHubSpot, W::kSalesforce, W::kShopify }));
    const QJsonObject salesforce = connections.value(W::kSalesforce).toObject();
    QCOMPARE(salesforce.value(u"client_id"_s).toString(), W::kSalesforceClientId);
    QCOMPARE(salesforce.value(u"token_url"_s).toString(), m_server->tokenUrl(W::kSalesforce));
    QCOMPARE(salesforce.value(u"authorize_url"_s).toString(), m_server->authorizeUrl(W::kSalesforce));
    QCOMPARE(salesforce.value(u"lifetime_s"_s).toInt(), 7200);
    QCOMPARE(connections.value(W::kGeneric).toObject().value(u"token_requests"_s).toInt(), 1);
    QVERIFY(!connections.value(W::kShopify).toObject().contains(u"authorize_url"_s));

    // Tokens for headless tests (PLUMBLINE_REFRESH_TOKEN_<ID>) without a browser.
    r = control(
        u"/_sandbox/oauth"_s, QJsonObject { { u"connection"_s, W::kHubSpot }, { u"issue"_s, u"refresh_token"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(refresh(W::kHubSpot, r.string(u"refresh_token"_s)).status, 200);
    r = control(
        u"/_sandbox/oauth"_s, QJsonObject { { u"connection"_s, W::kShopify }, { u"issue"_s, u"access_token"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(api(W::kShopify, r.string(u"access_token"_s)).status, 200);
    r = control(u"/_sandbox/oauth"_s, QJsonObject { { u"connection"_s, W::kShopify }, { u"issue"_s, u"password"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(send("DELETE", u"/_sandbox/oauth"_s).status, 405);
}

void TestSandboxOAuth::tokenExpiredScenario()
{
    const QString before = m_server->issueAccessToken(W::kHubSpot);
    setScenario(u"token_expired"_s);
    QCOMPARE(m_server->scenario(W::kSalesforce), u"token_expired"_s); // not a destinations-only scenario
    QCOMPARE(m_server->scenario(W::kHubSpot), u"token_expired"_s);

    // A token issued now promises its usual lifetime, works for half a minute, then is expired.
    Response r = refresh(W::kHubSpot, m_server->issueRefreshToken(W::kHubSpot));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 1800);
    const QString token = r.string(u"access_token"_s);
    QCOMPARE(api(W::kHubSpot, token).status, 200);
    m_now = m_now.addSecs(29);
    QCOMPARE(api(W::kHubSpot, token).status, 200);
    m_now = m_now.addSecs(4);
    r = api(W::kHubSpot, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string(u"category"_s), u"EXPIRED_AUTHENTICATION"_s);
    QCOMPARE(r.string(u"message"_s), u"The OAuth token used to make this call expired 3 second(s) ago."_s);

    // A live one from before (issued more than half a minute ago) dies the same way.
    QCOMPARE(api(W::kHubSpot, before).status, 401);

    // Renewing is what keeps a client going: every fresh token gets its half minute.
    r = clientCredentials(W::kSalesforce);
    QCOMPARE(api(W::kSalesforce, r.string(u"access_token"_s)).status, 200);
    QCOMPARE(api(W::kSalesforce, r.string(u"access_token"_s)).status, 200);
    m_now = m_now.addSecs(31);
    QCOMPARE(
        api(W::kSalesforce, r.string(u"access_token"_s)).at(u"/0/errorCode"_s).toString(), u"INVALID_SESSION_ID"_s);
    QCOMPARE(api(W::kSalesforce, clientCredentials(W::kSalesforce).string(u"access_token"_s)).status, 200);
    r = clientCredentials(W::kShopify);
    QCOMPARE(r.object().value(u"expires_in"_s).toInt(), 86399);
    QCOMPARE(api(W::kShopify, r.string(u"access_token"_s)).status, 200);
    m_now = m_now.addSecs(31);
    QCOMPARE(api(W::kShopify, r.string(u"access_token"_s)).status, 401);

    // Static secrets are unaffected.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api(W::kHubSpot, secret(W::kHubSpot)).status, 200);

    // A token issued under the scenario stays doomed after it; one issued after healthy returns lives.
    const QString doomed = m_server->issueAccessToken(W::kGeneric);
    setScenario(u"healthy"_s);
    QCOMPARE(api(W::kGeneric, doomed).status, 200);
    const QString fine = m_server->issueAccessToken(W::kGeneric);
    m_now = m_now.addSecs(31);
    QCOMPARE(api(W::kGeneric, doomed).status, 401);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api(W::kGeneric, fine).status, 200);
}

void TestSandboxOAuth::refreshRevokedScenario()
{
    const QString hubspotRefresh = m_server->issueRefreshToken(W::kHubSpot);
    const QString salesforceRefresh = m_server->issueRefreshToken(W::kSalesforce);
    const QString hubspotAccess = refresh(W::kHubSpot, hubspotRefresh).string(u"access_token"_s);
    const QString salesforceAccess = clientCredentials(W::kSalesforce).string(u"access_token"_s);
    const QString shopifyAccess = m_server->issueAccessToken(W::kShopify);
    QCOMPARE(api(W::kHubSpot, hubspotAccess).status, 200);

    setScenario(u"refresh_revoked"_s, W::kHubSpot);
    setScenario(u"refresh_revoked"_s, W::kSalesforce);
    // Every grant is refused in the vendor's words.
    Response r = refresh(W::kHubSpot, hubspotRefresh);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string(u"status"_s), u"BAD_REFRESH_TOKEN"_s);
    QCOMPARE(r.string(u"error"_s), u"invalid_grant"_s);
    for (const Response& refused : { refresh(W::kSalesforce, salesforceRefresh), clientCredentials(W::kSalesforce),
             exchange(W::kSalesforce, signIn(W::kSalesforce, kChallenge), kVerifier) }) {
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.string(u"error"_s), u"invalid_grant"_s);
        QCOMPARE(refused.string(u"error_description"_s), u"expired access/refresh token"_s);
    }
    // The access tokens already out are revoked.
    r = api(W::kHubSpot, hubspotAccess);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string(u"category"_s), u"INVALID_AUTHENTICATION"_s);
    QCOMPARE(api(W::kSalesforce, salesforceAccess).status, 401);
    // The static secret is not a grant; other connections are untouched.
    QCOMPARE(api(W::kHubSpot, secret(W::kHubSpot)).status, 200);
    QCOMPARE(api(W::kShopify, shopifyAccess).status, 200);
    QCOMPARE(clientCredentials(W::kShopify).status, 200);

    // Healthy again: grants work again, the revoked access tokens stay dead.
    setScenario(u"healthy"_s);
    r = refresh(W::kHubSpot, hubspotRefresh);
    QCOMPARE(r.status, 200);
    QCOMPARE(api(W::kHubSpot, r.string(u"access_token"_s)).status, 200);
    QCOMPARE(refresh(W::kSalesforce, salesforceRefresh).status, 200);
    QCOMPARE(api(W::kHubSpot, hubspotAccess).status, 401);

    // Sandbox-wide, the generic and Shopify token endpoints refuse too.
    setScenario(u"refresh_revoked"_s);
    QCOMPARE(clientCredentials(W::kShopify).string(u"error"_s), u"invalid_grant"_s);
    QCOMPARE(clientCredentials(W::kGeneric).string(u"error"_s), u"invalid_grant"_s);
    QCOMPARE(api(W::kShopify, shopifyAccess).status, 401);
}

void TestSandboxOAuth::outageReachesTheTokenEndpoint()
{
    setScenario(u"server_errors"_s, W::kSalesforce);
    Response r = clientCredentials(W::kSalesforce);
    QCOMPARE(r.status, 503);
    QVERIFY(!r.object().contains(u"access_token"));
    QCOMPARE(m_server->tokenRequests(W::kSalesforce), 1);
    setScenario(u"healthy"_s);
    r = clientCredentials(W::kSalesforce);
    QCOMPARE(r.status, 200);
    // A token request is not an API request: the API's quota header does not count it.
    const Response limits = api(W::kSalesforce, r.string(u"access_token"_s));
    QCOMPARE(limits.header("Sforce-Limit-Info"), QByteArray("api-usage=18241/100000"));
}

QTEST_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
