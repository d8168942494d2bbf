// The browser sign-in end to end (ARCHITECTURE.md §11; RFC 8252 with PKCE): SignIn opens the "browser" (the test's
// BrowserStandIn, which fetches the sign-in address, reads the 302 and follows it to the loopback receiver), the code
// goes to the token endpoint of an in-test authorization server (FakeAuthorizationServer, the sandbox's contract: PKCE
// S256 checked, codes ending in "==", HubSpot's client secret), and the refresh token lands in the secret store before
// success is reported — the memory store, a store that refuses writes, and the real OS keychain. Then every way it can
// end otherwise: declined, a wrong state, timeout, cancel, the token endpoint refusing, no refresh token, the port in
// use, a connection that does not sign in this way. No message ever holds a secret.
#include "../common/BrowserStandIn.h"
#include "../common/FakeAuthorizationServer.h"
#include "IntegrationSupport.h"

#include <AuthMethod.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>
#include <SignIn.h>
#include <Transport.h>

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace plumbline;
using namespace plumbline::test;
using namespace std::chrono_literals;
using Outcome = SignIn::Outcome;

namespace {

const QDateTime kNow(QDate(2026, 12, 3), QTime(9, 30), QTimeZone::utc());

// A port free on 127.0.0.1 and ::1 (the receiver wants both where both exist).
quint16 freePort()
{
    for (int i = 0; i < 20; ++i) {
        QTcpServer v4;
        if (!v4.listen(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer v6;
        if (v6.listen(QHostAddress::LocalHostIPv6, v4.serverPort())
            || v6.serverError() != QAbstractSocket::AddressInUseError)
            return v4.serverPort();
    }
    return 0;
}

// Secrets are read from memory; every write is refused, as a locked keychain refuses it.
class RefusingWrites final : public SecretStore
{
public:
    MemorySecretStore readable;

    void read(const QString& id, const QString& name, QObject* context, Done done) override
    {
        readable.read(id, name, context, std::move(done));
    }
    void write(const QString&, const QString&, const QString&, QObject* context, Done done) override
    {
        deliver(context, std::move(done), { SecretError::Locked, {}, messageFor(SecretError::Locked) });
    }
    void remove(const QString&, const QString&, QObject* context, Done done) override
    {
        deliver(context, std::move(done), { SecretError::Locked, {}, messageFor(SecretError::Locked) });
    }
    QString displayName() const override { return u"the refusing store"_s; }
};

// One sign-in's world: a transport to the authorization server, a store, a browser, the service under test.
struct Rig
{
    explicit Rig(SecretStore* store = nullptr)
        : secrets(store ? *store : memory)
    {
        if (!as.listen())
            qFatal("the authorization server cannot listen");
        redirectPort = freePort();
        signIn.setTimeout(10s);
        QObject::connect(&signIn, &SignIn::progress, &signIn,
            [this](SignIn::Stage stage, const QString& message) { progress << qMakePair(stage, message); });
    }

    Connection salesforce(const QString& id = u"sf-prod"_s) const
    {
        Connection c;
        c.id = id;
        c.name = u"Salesforce"_s;
        c.vendor = Vendor::Salesforce;
        c.baseUrl = as.salesforceBase();
        c.authMethod = QString::fromLatin1(AuthMethod::kAuthorizationCode);
        // No authorize_url or token_url: the vendor's own on the base URL.
        c.auth = QJsonObject { { u"client_id"_s, as.clientId }, { u"scope"_s, u"api refresh_token"_s },
            { u"redirect_port"_s, int(redirectPort) } };
        return c;
    }

    Connection hubspot(const QString& id = u"hs-main"_s) const
    {
        Connection c;
        c.id = id;
        c.name = u"HubSpot"_s;
        c.vendor = Vendor::HubSpot;
        c.baseUrl = as.hubspotBase();
        c.authMethod = QString::fromLatin1(AuthMethod::kAuthorizationCode);
        // The consent page is on app.hubspot.com in real life; here it is the test's. The token address is the
        // default on the base URL (<base>/oauth/2026-03/token).
        c.auth = QJsonObject { { u"client_id"_s, as.clientId },
            { u"authorize_url"_s, QString(as.hubspotBase() + u"/oauth/authorize"_s) },
            { u"scope"_s, u"crm.objects.contacts.read oauth"_s }, { u"redirect_port"_s, int(redirectPort) } };
        return c;
    }

    // Starts a sign-in and waits for its end.
    std::optional<SignIn::Result> run(const Connection& c, int waitMs = 20000)
    {
        QSignalSpy finished(&signIn, &SignIn::finished);
        if (!signIn.start(c, browser.opener()))
            return std::nullopt;
        if (!finished.wait(waitMs) || finished.size() != 1)
            return std::nullopt;
        return finished.first().first().value<SignIn::Result>();
    }

    // Every secret this world has seen: none may appear in a message.
    QStringList secretsSeen() const
    {
        QStringList all = as.issuedCodes + as.issuedRefreshTokens + as.issuedAccessTokens;
        all << as.clientSecret;
        for (const auto& r : as.tokenRequests)
            all << r.fields.value(u"code_verifier"_s) << r.fields.value(u"code"_s);
        all.removeAll(QString());
        return all;
    }
    QString leaks(const SignIn::Result& r) const
    {
        for (const QString& secret : secretsSeen()) {
            for (const QString& text : { r.message, r.warning, r.identity, r.vendorError }) {
                if (text.contains(secret))
                    return secret;
            }
            for (const auto& [stage, message] : progress) {
                if (message.contains(secret))
                    return secret;
            }
        }
        return {};
    }

    FakeAuthorizationServer as;
    QNetworkAccessManager network;
    Transport transport { network };
    MemorySecretStore memory;
    SecretStore& secrets;
    quint16 redirectPort = 0;
    SignIn signIn { secrets, transport, [] { return kNow; } };
    BrowserStandIn browser;
    QList<QPair<SignIn::Stage, QString>> progress;
};

std::optional<QString> stored(SecretStore& store, const QString& id, const QString& name)
{
    const std::optional<SecretResult> r = readSecret(store, id, name);
    if (!r || !r->ok())
        return std::nullopt;
    return r->value;
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void salesforcePublicClientEndToEnd()
    {
        Rig rig;
        QVERIFY(rig.redirectPort != 0);
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QVERIFY2(r->outcome == Outcome::SignedIn, qPrintable(r->message + u" | "_s + rig.as.refusals.join(u", ")));
        QVERIFY(r->refreshTokenStored);
        QVERIFY(r->warning.isEmpty());
        QCOMPARE(r->connectionId, u"sf-prod"_s);
        QCOMPARE(r->signedInAt, kNow);
        QCOMPARE(r->identity, u"127.0.0.1"_s); // the instance_url's host
        QVERIFY2(r->message.contains(u"Signed in to Salesforce"_s), qPrintable(r->message));

        // The authorization request: everything RFC 6749 and 7636 ask for, state 32 random bytes in base64url.
        QCOMPARE(rig.browser.opened.size(), 1);
        QCOMPARE(rig.as.authorizeRequests.size(), 1);
        const QMap<QString, QString> a = rig.as.authorizeRequests.first().fields;
        QCOMPARE(a.value(u"response_type"_s), u"code"_s);
        QCOMPARE(a.value(u"client_id"_s), rig.as.clientId);
        QCOMPARE(a.value(u"redirect_uri"_s), u"http://localhost:%1/callback"_s.arg(rig.redirectPort));
        QCOMPARE(a.value(u"scope"_s), u"api refresh_token"_s);
        QCOMPARE(a.value(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(a.value(u"state"_s).size(), 43);
        QVERIFY(QByteArray::fromBase64Encoding(
            a.value(u"state"_s).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors));
        QVERIFY(rig.browser.opened.first().toString().startsWith(
            rig.as.salesforceBase() + u"/services/oauth2/authorize?"_s));

        // The browser saw the code in %3D%3D form and the success page.
        QTRY_VERIFY(rig.browser.last.done);
        QVERIFY2(rig.browser.last.location.toString(QUrl::FullyEncoded).contains(u"%3D%3D"_s),
            qPrintable(rig.browser.last.location.toString(QUrl::FullyEncoded)));
        QCOMPARE(rig.browser.last.callbackStatus, 200);
        QVERIFY(rig.browser.last.callbackBody.contains("Signed in to Plumbline. You can close this tab."));

        // The token request: the code decoded once (the server compares it with the "==" it issued), the verifier
        // matching the challenge (the server checks), the same redirect_uri, no client secret for a public client.
        QCOMPARE(rig.as.tokenRequests.size(), 1);
        const QMap<QString, QString> t = rig.as.tokenRequests.first().fields;
        QCOMPARE(t.value(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(t.value(u"code"_s), rig.as.issuedCodes.first());
        QVERIFY(t.value(u"code"_s).endsWith(u"=="_s));
        QCOMPARE(t.value(u"redirect_uri"_s), a.value(u"redirect_uri"_s));
        QVERIFY(!t.contains(u"client_secret"_s));
        QVERIFY(!rig.as.tokenRequests.first().body.contains("%253D"));

        // Stored before success was reported, under connection/<id>/refresh_token.
        QCOMPARE(rig.memory.size(), 1);
        QVERIFY(rig.memory.contains(u"sf-prod"_s, u"refresh_token"_s));
        QCOMPARE(stored(rig.memory, u"sf-prod"_s, u"refresh_token"_s), rig.as.issuedRefreshTokens.first());
        QVERIFY(r->grant);
        QCOMPARE(r->grant->instanceUrl, rig.as.salesforceBase());

        QStringList stages;
        for (const auto& [stage, message] : rig.progress)
            stages << QString::fromLatin1(QMetaEnum::fromType<SignIn::Stage>().valueToKey(int(stage)));
        QCOMPARE(stages,
            QStringList({ u"OpeningBrowser"_s, u"WaitingForBrowser"_s, u"ExchangingCode"_s, u"StoringToken"_s }));
        QCOMPARE(rig.progress.at(1).second, u"Waiting for the browser…"_s);
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
        QVERIFY(!rig.signIn.isRunning());
    }

    void hubspotSendsTheClientSecret()
    {
        Rig rig;
        QVERIFY(writeSecret(rig.memory, u"hs-main"_s, u"client_secret"_s, rig.as.clientSecret)->ok());
        const auto r = rig.run(rig.hubspot());
        QVERIFY2(r, "the sign-in did not finish");
        QVERIFY2(r->outcome == Outcome::SignedIn, qPrintable(r->message + u" | "_s + rig.as.refusals.join(u", ")));
        QCOMPARE(rig.as.tokenRequests.size(), 1);
        QCOMPARE(rig.as.tokenRequests.first().fields.value(u"client_secret"_s), rig.as.clientSecret);
        QCOMPARE(rig.as.authorizeRequests.first().fields.value(u"scope"_s), u"crm.objects.contacts.read oauth"_s);
        QCOMPARE(stored(rig.memory, u"hs-main"_s, u"refresh_token"_s), rig.as.issuedRefreshTokens.first());
        QVERIFY(r->identity.isEmpty());
        QVERIFY(r->grant && r->grant->expiresInS == 1800);
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }

    void hubspotWithoutItsSecretIsRefusedWithTheVendorsCode()
    {
        Rig rig;
        const auto r = rig.run(rig.hubspot());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::TokenRefused);
        QCOMPARE(r->vendorError, u"invalid_client"_s);
        QVERIFY2(r->message.contains(u"invalid_client"_s), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"http://localhost:%1/callback"_s.arg(rig.redirectPort)), qPrintable(r->message));
        QCOMPARE(rig.memory.size(), 0);
        QVERIFY(!r->grant);
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }

    void tokenEndpointRefusesTheCode()
    {
        Rig rig;
        rig.as.tokenFailure = std::make_pair(
            400, QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"expired authorization code\"}"));
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::TokenRefused);
        QCOMPARE(r->vendorError, u"invalid_grant"_s);
        QVERIFY2(r->message.contains(u"invalid_grant: expired authorization code"_s), qPrintable(r->message));
        QCOMPARE(rig.memory.size(), 0);
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }

    void tokenEndpointDownIsNotARefusal()
    {
        Rig rig;
        rig.as.tokenFailure = std::make_pair(503, QByteArray("{\"error\":\"temporarily_unavailable\"}"));
        TransportPolicy quick;
        quick.maxAttempts = 1;
        QNetworkAccessManager network;
        Transport transport(network, quick);
        SignIn signIn(rig.memory, transport, {});
        QSignalSpy finished(&signIn, &SignIn::finished);
        QVERIFY(signIn.start(rig.salesforce(), rig.browser.opener()));
        QVERIFY(finished.wait(20000));
        const auto r = finished.first().first().value<SignIn::Result>();
        QCOMPARE(r.outcome, Outcome::TokenUnavailable);
        QVERIFY2(r.message.contains(u"temporarily_unavailable"_s), qPrintable(r.message));
        QCOMPARE(rig.memory.size(), 0);
    }

    void keychainRefusesTheTokenSignedInWithAWarning()
    {
        RefusingWrites refusing;
        Rig rig(&refusing);
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::SignedIn);
        QVERIFY(r->ok());
        QVERIFY(!r->refreshTokenStored);
        QVERIFY2(r->warning.contains(u"kept in memory"_s), qPrintable(r->warning));
        QVERIFY2(r->warning.contains(u"sign in again after Plumbline restarts"_s), qPrintable(r->warning));
        QVERIFY2(r->warning.contains(u"the refusing store"_s), qPrintable(r->warning));
        // Handed back so the caller can keep it in memory.
        QVERIFY(r->grant);
        QCOMPARE(r->grant->refreshToken, rig.as.issuedRefreshTokens.first());
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }

    void noRefreshTokenIsNoSignIn()
    {
        Rig rig;
        rig.as.omitRefreshToken = true;
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NoRefreshToken);
        QVERIFY2(r->message.contains(u"refresh_token"_s), qPrintable(r->message));
        QCOMPARE(rig.memory.size(), 0);
        QVERIFY(!r->grant);
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }

    void declinedInTheBrowser()
    {
        Rig rig;
        rig.as.declineWith = u"access_denied"_s;
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::Declined);
        QCOMPARE(r->vendorError, u"access_denied"_s);
        QVERIFY2(r->message.contains(u"You declined access in the browser"_s), qPrintable(r->message));
        QTRY_VERIFY(rig.browser.last.done);
        QVERIFY(rig.browser.last.callbackBody.contains("You declined access in the browser"));
        QCOMPARE(rig.as.tokenRequests.size(), 0);
        QCOMPARE(rig.memory.size(), 0);
    }

    void otherVendorErrorSaysWhich()
    {
        Rig rig;
        rig.as.declineWith = u"invalid_scope"_s;
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::VendorError);
        QVERIFY2(r->message.contains(u"invalid_scope"_s), qPrintable(r->message));
        QCOMPARE(rig.as.tokenRequests.size(), 0);
    }

    void aWrongStateNeverSignsIn()
    {
        Rig rig;
        rig.signIn.setTimeout(1500ms);
        rig.browser.rewrite = [](const QUrl& location) {
            QUrlQuery q(location);
            q.removeAllQueryItems(u"state"_s);
            q.addQueryItem(u"state"_s, SignIn::newState());
            QUrl forged = location;
            forged.setQuery(q);
            return forged;
        };
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::WrongState);
        QTRY_VERIFY(rig.browser.last.done);
        QCOMPARE(rig.browser.last.callbackStatus, 400);
        QVERIFY(rig.browser.last.callbackBody.contains("does not belong to the sign-in"));
        QCOMPARE(rig.as.tokenRequests.size(), 0); // the code that came with it was never used
        QCOMPARE(rig.memory.size(), 0);
        bool toldWhileWaiting = false;
        for (const auto& [stage, message] : rig.progress)
            toldWhileWaiting = toldWhileWaiting || message.contains(u"was ignored"_s);
        QVERIFY(toldWhileWaiting);
    }

    void timesOutAndGivesThePortBack()
    {
        Rig rig;
        rig.signIn.setTimeout(300ms);
        rig.browser.visitAtAll = false;
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::TimedOut);
        QVERIFY2(r->message.contains(u"http://localhost:%1/callback"_s.arg(rig.redirectPort)), qPrintable(r->message));
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, rig.redirectPort));
    }

    void cancelWhileWaiting()
    {
        Rig rig;
        rig.browser.visitAtAll = false;
        QSignalSpy finished(&rig.signIn, &SignIn::finished);
        QVERIFY(rig.signIn.start(rig.salesforce(), rig.browser.opener()));
        QVERIFY(!rig.signIn.start(rig.salesforce(), rig.browser.opener())); // one at a time
        QTRY_VERIFY(!rig.browser.opened.isEmpty());
        QVERIFY(rig.signIn.authorizeUrl().isValid());
        rig.signIn.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<SignIn::Result>().outcome, Outcome::Cancelled);
        QVERIFY(!rig.signIn.isRunning());
        // The next one works at once on the same port.
        rig.browser.visitAtAll = true;
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r && r->outcome == Outcome::SignedIn, r ? qPrintable(r->message) : "did not finish");
    }

    void portInUseSaysWhichAndWhatToDo()
    {
        Rig rig;
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, rig.redirectPort));
        const auto r = rig.run(rig.salesforce());
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::PortInUse);
        QVERIFY2(r->message.contains(QString::number(rig.redirectPort)), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"auth.redirect_port"_s), qPrintable(r->message));
        QVERIFY(rig.browser.opened.isEmpty());
        QCOMPARE(rig.as.authorizeRequests.size(), 0);
    }

    void connectionsThatDoNotSignInThisWay()
    {
        Rig rig;
        Connection pasted = rig.salesforce();
        pasted.authMethod = u"oauth_bearer"_s;
        auto r = rig.run(pasted);
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NotApplicable);
        QVERIFY2(r->message.contains(u"plumbline secret set sf-prod"_s), qPrintable(r->message));

        Connection machine = rig.salesforce();
        machine.authMethod = QString::fromLatin1(AuthMethod::kClientCredentials);
        r = rig.run(machine);
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NotApplicable);
        QVERIFY2(r->message.contains(u"client_secret"_s), qPrintable(r->message));

        Connection noClient = rig.salesforce();
        noClient.auth.remove(u"client_id"_s);
        r = rig.run(noClient);
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NotApplicable);
        QVERIFY2(r->message.contains(u"auth.client_id"_s), qPrintable(r->message));

        Connection mailchimp = rig.salesforce();
        mailchimp.vendor = Vendor::Mailchimp;
        r = rig.run(mailchimp);
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NotApplicable);

        Connection plainHttp = rig.salesforce();
        plainHttp.baseUrl = u"http://acme.my.salesforce.com"_s;
        r = rig.run(plainHttp);
        QVERIFY2(r, "the sign-in did not finish");
        QCOMPARE(r->outcome, Outcome::NotApplicable);

        QVERIFY(rig.browser.opened.isEmpty());
        QCOMPARE(rig.as.authorizeRequests.size(), 0);
    }

    void intoTheRealKeychain()
    {
        PLUMBLINE_REQUIRE_SESSION_BUS();
        const QString id = u"plumbline-signin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        KeychainSecretStore keychain;
        Rig rig(&keychain);
        const auto r = rig.run(rig.salesforce(id), 60000);
        QVERIFY2(r, "the sign-in did not finish");
        QVERIFY2(r->outcome == Outcome::SignedIn && r->refreshTokenStored, qPrintable(r->message + r->warning));
        // Another instance, as the next start of Plumbline would read it.
        KeychainSecretStore reader;
        const std::optional<QString> token = stored(reader, id, u"refresh_token"_s);
        removeSecret(reader, id, u"refresh_token"_s);
        QCOMPARE(token, rig.as.issuedRefreshTokens.first());
        QVERIFY2(rig.leaks(*r).isEmpty(), qPrintable(rig.leaks(*r)));
    }
};

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_signin.moc"
