// Credentials that live for months (ARCHITECTURE.md §11), end to end in one process: the sandbox's Salesforce
// connection on client credentials and a HubSpot connection on a person's sign-in (refresh token), polled for a
// simulated day on an injected clock while every access token dies after five minutes — nothing may fire; the
// token_expired scenario is ok; refresh_revoked is the auth finding, critical, on the first poll; and a rotated
// refresh token lands in the real keychain (GNOME Keyring inside dbus-run-session). The note's figure, token
// requests per connection per day, is printed.
#include "IntegrationSupport.h"

#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/sandbox/SandboxWorkspace.h"

#include <AppContext.h>
#include <AuthMethod.h>
#include <CredentialKeepers.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace plumbline;
using namespace plumbline::test;

namespace {

const QString kHubSpotOAuth = u"hubspot-oauth"_s;

struct Day
{
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(0, 0), QTimeZone::utc());
    std::unique_ptr<AppContext> context;
    SandboxServer* sandbox = nullptr;
    QStringList integrations; // those that use an OAuth connection

    static void quickTransport(TransportPolicy& policy)
    {
        policy.stallTimeoutMs = 3000;
        policy.deadlineMs = 6000;
        policy.backoffBaseMs = 5;
        policy.backoffCapMs = 20;
    }

    bool wait(const std::function<void(std::function<void()>)>& start, int ms = 10000)
    {
        bool done = false;
        start([&] { done = true; });
        return QTest::qWaitFor([&] { return done; }, ms);
    }

    QString start()
    {
        if (!dir.isValid())
            return u"no temporary folder"_s;
        AppContext::Options options;
        options.databaseFile = dir.filePath(u"plumbline.sqlite"_s);
        options.secrets = AppContext::Secrets::Memory;
        options.clock = [this] { return now; };
        options.tuneTransport = &Day::quickTransport;
        context = std::make_unique<AppContext>(options);
        if (!context->open() || !context->startSandbox())
            return u"could not open the store or start the sandbox"_s;
        sandbox = context->sandbox();
        sandbox->setClock([this] { return now; });
        QString error = u"not finished"_s;
        QObject ctx;
        if (!wait([&](auto done) {
                context->loadDemo(false, &ctx, [&, done](const QString& e) {
                    error = e;
                    done();
                });
            }))
            return u"the sandbox workspace did not load"_s;
        if (!error.isEmpty())
            return error;

        // A HubSpot connection signed in with OAuth, beside the sandbox's static one, and the integrations using it.
        WorkspaceService& service = context->service();
        Connection hub = *service.connection(SandboxWorkspace::kHubSpot);
        hub.id = kHubSpotOAuth;
        hub.name = u"HubSpot (OAuth)"_s;
        hub.authMethod = QString::fromLatin1(AuthMethod::kAuthorizationCode);
        hub.auth = QJsonObject { { u"token_url"_s, QString(sandbox->baseUrl() + u"/hubspot/oauth/2026-03/token"_s) },
            { u"authorize_url"_s, QString(sandbox->baseUrl() + u"/hubspot/oauth/authorize"_s) },
            { u"client_id"_s, SandboxWorkspace::kHubSpotClientId }, { u"scope"_s, u"crm.objects.contacts.read"_s } };
        StoreResult saved = StoreResult::failure(u"not finished"_s);
        if (!wait([&](auto done) {
                service.saveConnection(
                    hub, sandbox->secrets().value(SandboxWorkspace::kHubSpot), &ctx, [&, done](const StoreResult& r) {
                        saved = r;
                        done();
                    });
            })
            || !saved)
            return u"saving the OAuth connection: "_s + saved.error;
        const QString refresh = sandbox->issueRefreshToken(SandboxWorkspace::kHubSpot);
        if (!wait([&](auto done) {
                service.setSecret(
                    kHubSpotOAuth, refresh, &ctx,
                    [&, done](const StoreResult& r) {
                        saved = r;
                        done();
                    },
                    QString::fromLatin1(AuthMethod::kRefreshToken));
            })
            || !saved)
            return u"storing the refresh token: "_s + saved.error;
        for (Integration i : service.integrations()) {
            if (i.source.connection == SandboxWorkspace::kHubSpot) {
                i.id += u"-oauth"_s;
                i.name += u" (OAuth)"_s;
                i.source.connection = kHubSpotOAuth;
                if (const StoreResult r = service.saveIntegration(i); !r)
                    return r.error;
                integrations << i.id;
            }
        }
        for (const Integration& i : service.integrations()) {
            if (i.source.connection == SandboxWorkspace::kSalesforce
                || i.destination.connection == SandboxWorkspace::kSalesforce)
                integrations << i.id;
        }
        return integrations.isEmpty() ? u"no integration uses an OAuth connection"_s : QString();
    }

    // One poll of the OAuth integrations; the findings of the report, as "where: rule severity".
    QStringList poll(CycleReport* out = nullptr)
    {
        CycleReport report;
        bool done = false;
        context->monitor().runCycle(integrations, [&](const CycleReport& r) {
            report = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return { u"the poll did not finish"_s };
        QStringList findings;
        for (const IntegrationHealth& h : report.integrations) {
            for (const Finding& f : h.findings)
                findings << u"%1: %2 %3 (%4)"_s.arg(h.id, f.rule, severityKey(f.severity), f.message);
        }
        if (out)
            *out = report;
        return findings;
    }
};

} // namespace

class TestOAuthDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDayOfFiveMinuteTokensRaisesNothing();
    void tokenExpiredScenarioIsOk();
    void refreshRevokedIsAuthCriticalOnTheFirstPoll();
    void rotatedRefreshTokenLandsInTheRealKeychain();
};

void TestOAuthDay::aDayOfFiveMinuteTokensRaisesNothing()
{
    Day day;
    const QString error = day.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(day.context->service().connection(SandboxWorkspace::kSalesforce)->authMethod,
        QString::fromLatin1(AuthMethod::kClientCredentials));
    QVERIFY(day.sandbox->setTokenLifetime(SandboxWorkspace::kSalesforce, 300));
    QVERIFY(day.sandbox->setTokenLifetime(SandboxWorkspace::kHubSpot, 300));
    const QStringList first = day.poll();
    QVERIFY2(first.isEmpty(), qPrintable(first.join(u'\n')));
    const int sfBefore = day.sandbox->tokenRequests(SandboxWorkspace::kSalesforce);
    const int hsBefore = day.sandbox->tokenRequests(SandboxWorkspace::kHubSpot);
    constexpr int kPolls = 24 * 12; // every five minutes for a day
    for (int k = 0; k < kPolls; ++k) {
        day.now = day.now.addSecs(300);
        const QStringList findings = day.poll();
        QVERIFY2(findings.isEmpty(),
            qPrintable(u"poll %1 at %2:\n"_s.arg(k + 1).arg(day.now.toString(Qt::ISODate)) + findings.join(u'\n')));
    }
    QVERIFY(day.context->alerts().openAlerts().isEmpty());
    const int sf = day.sandbox->tokenRequests(SandboxWorkspace::kSalesforce) - sfBefore;
    const int hs = day.sandbox->tokenRequests(SandboxWorkspace::kHubSpot) - hsBefore;
    qInfo("token requests in a day of five-minute polls with five-minute tokens: Salesforce (client credentials, no "
          "expires_in) %d, HubSpot (refresh token, expires_in 300) %d",
        sf, hs);
    // Renewed about once per poll, never a storm: at most one renewal per request the poll sends would be far more.
    QVERIFY2(sf >= kPolls / 2 && sf <= kPolls * 2, qPrintable(QString::number(sf)));
    QVERIFY2(hs >= kPolls / 2 && hs <= kPolls * 2, qPrintable(QString::number(hs)));
    const std::optional<CredentialStatus> status = day.context->credentials().status(SandboxWorkspace::kSalesforce);
    QVERIFY(status);
    QCOMPARE(status->problemKind, ErrorKind::None);
    QVERIFY(status->lastRenewal);
}

void TestOAuthDay::tokenExpiredScenarioIsOk()
{
    Day day;
    const QString error = day.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(day.poll().isEmpty());
    QVERIFY(day.sandbox->setScenario(u"token_expired"_s));
    for (int k = 0; k < 3; ++k) {
        day.now = day.now.addSecs(60);
        const QStringList findings = day.poll();
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    }
}

void TestOAuthDay::refreshRevokedIsAuthCriticalOnTheFirstPoll()
{
    Day day;
    const QString error = day.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(day.poll().isEmpty());
    QVERIFY(day.sandbox->setScenario(u"refresh_revoked"_s));
    day.now = day.now.addSecs(60);
    CycleReport report;
    const QStringList findings = day.poll(&report);
    for (const QString& id : { SandboxWorkspace::kSalesforce, kHubSpotOAuth }) {
        const auto c = std::find_if(report.connections.cbegin(), report.connections.cend(),
            [&](const ConnectionHealth& h) { return h.id == id; });
        QVERIFY2(c != report.connections.cend(), qPrintable(id + u" not in the report\n"_s + findings.join(u'\n')));
        const auto auth = std::find_if(
            c->findings.cbegin(), c->findings.cend(), [](const Finding& f) { return f.rule == u"auth"; });
        QVERIFY2(auth != c->findings.cend(), qPrintable(id + u" has no auth finding\n"_s + findings.join(u'\n')));
        QCOMPARE(auth->severity, Severity::Critical);
        QVERIFY2(auth->hint.contains(u"Sign in again"_s), qPrintable(auth->hint));
    }
}

void TestOAuthDay::rotatedRefreshTokenLandsInTheRealKeychain()
{
    PLUMBLINE_REQUIRE_SESSION_BUS();
    // Salesforce rotates refresh tokens in the sandbox (Refresh Token Rotation on): a web-server-flow connection.
    Day day;
    const QString error = day.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    KeychainSecretStore keychain;
    Connection sf = *day.context->service().connection(SandboxWorkspace::kSalesforce);
    sf.id = u"plumbline-test-rotation"_s;
    sf.authMethod = QString::fromLatin1(AuthMethod::kAuthorizationCode);
    const QString issued = day.sandbox->issueRefreshToken(SandboxWorkspace::kSalesforce);
    const auto put = [&](const QString& name, const QString& value) {
        std::optional<SecretResult> r;
        QObject ctx;
        keychain.write(sf.id, name, value, &ctx, [&](const SecretResult& s) { r = s; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY2(r->ok(), qPrintable(r->message));
    };
    put(u"refresh_token"_s, issued);
    put(u"client_secret"_s, day.sandbox->secrets().value(SandboxWorkspace::kSalesforce));
    const auto cleanup = qScopeGuard([&] {
        QObject ctx;
        int left = 2;
        for (const QString& name : { u"refresh_token"_s, u"client_secret"_s })
            keychain.remove(sf.id, name, &ctx, [&](const SecretResult&) { --left; });
        if (!QTest::qWaitFor([&] { return left == 0; }, 10000))
            qWarning("the keychain did not confirm removing the test entries");
    });
    TokenKeeper keeper(sf, keychain, day.context->transport(), [&] { return day.now; });
    QString token;
    bool done = false;
    QObject ctx;
    keeper.token(&ctx, [&](const TokenGrant* g, const ConnectorError& e) {
        token = g ? g->accessToken : e.message;
        done = g != nullptr;
    });
    QTRY_VERIFY2_WITH_TIMEOUT(done, qPrintable(token), 10000);
    std::optional<SecretResult> back;
    keychain.read(sf.id, u"refresh_token"_s, &ctx, [&](const SecretResult& r) { back = r; });
    QTRY_VERIFY_WITH_TIMEOUT(back.has_value(), 10000);
    QVERIFY2(back->ok(), qPrintable(back->message));
    QVERIFY2(back->value != issued, "the rotated refresh token was not stored");
    QVERIFY(!back->value.isEmpty());
    QVERIFY(!keeper.status().refreshTokenInMemoryOnly);
}

QTEST_GUILESS_MAIN(TestOAuthDay)
#include "tst_oauth_day.moc"
