// `plumbline auth login CONNECTION_ID` with the real binary (ARCHITECTURE.md §11): it prints the sign-in address, the
// test plays the browser (BrowserStandIn against the in-test FakeAuthorizationServer, which lives in this process, so
// the event loop keeps spinning while the child runs), and the refresh token lands in the real OS keychain; exit 0.
// Then the other exits: wrong usage 64; no such connection, a pasted-key connection, a timeout, the port in use and
// Ctrl+C 1. No secret ever reaches the output.
#include "../common/BrowserStandIn.h"
#include "../common/FakeAuthorizationServer.h"
#include "IntegrationSupport.h"

#include <KeychainSecretStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace plumbline;
using namespace plumbline::test;

namespace {

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

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

// A running `plumbline auth login`, read as it goes; `onAddress` gets the sign-in address once it is printed.
struct Child
{
    ProcessResult result;
    QUrl address;
};

Child runLogin(
    const QStringList& arguments, std::function<void(QProcess&, const QUrl&)> onAddress, int timeoutMs = 60000)
{
    Child child;
    QProcess p;
    p.setProgram(binaryPath());
    p.setArguments(arguments);
    p.setProcessEnvironment(headlessEnvironment());
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, [&] {
        child.result.out += p.readAllStandardOutput();
        static const QRegularExpression line(u"^  (http\\S+)$"_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(child.result.out));
        if (m.hasMatch() && child.address.isEmpty()) {
            child.address = QUrl::fromEncoded(m.captured(1).toLatin1(), QUrl::StrictMode);
            if (onAddress)
                onAddress(p, child.address);
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start();
    p.closeWriteChannel();
    loop.exec();
    child.result.started = p.error() != QProcess::FailedToStart;
    child.result.finished = p.state() == QProcess::NotRunning && child.result.started;
    if (!child.result.finished && child.result.started) {
        p.kill();
        p.waitForFinished(5000);
    }
    child.result.status = p.exitStatus();
    child.result.exitCode = p.exitCode();
    child.result.out += p.readAllStandardOutput();
    child.result.err = p.readAllStandardError();
    return child;
}

} // namespace

class tst_AuthLogin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeAuthorizationServer m_as;
    quint16 m_port = 0;
    QString m_id; // unique per run: the keychain entry never touches a real connection's

    QStringList args(const QStringList& rest) const { return QStringList { u"--data-dir"_s, m_dir.path() } + rest; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_as.listen());
        m_port = freePort();
        QVERIFY(m_port != 0);
        m_id = u"sf-login-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QJsonObject salesforce { { u"id"_s, m_id }, { u"name"_s, u"Salesforce (sign-in test)"_s },
            { u"vendor"_s, u"salesforce"_s }, { u"base_url"_s, m_as.salesforceBase() }, { u"api_version"_s, u"62.0"_s },
            { u"auth_method"_s, u"oauth_authorization_code"_s },
            { u"auth"_s,
                QJsonObject { { u"client_id"_s, m_as.clientId }, { u"scope"_s, u"api refresh_token"_s },
                    { u"redirect_port"_s, int(m_port) } } },
            { u"options"_s, QJsonObject() } };
        const QJsonObject pasted { { u"id"_s, u"hubspot-pasted"_s }, { u"name"_s, u"HubSpot (private app)"_s },
            { u"vendor"_s, u"hubspot"_s }, { u"auth_method"_s, u"private_app_token"_s },
            { u"options"_s, QJsonObject() } };
        const QJsonObject workspace { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
            { u"connections"_s, QJsonArray { salesforce, pasted } }, { u"integrations"_s, QJsonArray() } };
        QFile file(m_dir.filePath(u"workspace.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(workspace).toJson());
        file.close();
        const ProcessResult r = runPlumbline(args({ u"import"_s, file.fileName() }), {}, headlessEnvironment());
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    }

    void cleanupTestCase()
    {
        if (m_id.isEmpty() || !hasSessionBus())
            return;
        KeychainSecretStore store;
        removeSecret(store, m_id, u"refresh_token"_s);
    }

    void usage()
    {
        for (const QStringList& wrong :
            { QStringList { u"auth"_s, u"login"_s }, QStringList { u"auth"_s, u"login"_s, u"a"_s, u"b"_s },
                QStringList { u"auth"_s, u"login"_s, u"a"_s, u"--timeout"_s, u"0"_s } }) {
            const ProcessResult r = runPlumbline(args(wrong), {}, headlessEnvironment());
            QVERIFY2(r.finished && r.exitCode == 64, r.describe().constData());
            QVERIFY2(r.errText().contains(u"See plumbline --help."_s), r.describe().constData());
        }
        const ProcessResult help = runPlumbline({ u"--help"_s }, {}, headlessEnvironment());
        QVERIFY2(help.outText().contains(u"auth login CONNECTION_ID"_s), help.describe().constData());
    }

    void noSuchConnection()
    {
        const ProcessResult r = runPlumbline(args({ u"auth"_s, u"login"_s, u"nope"_s }), {}, headlessEnvironment());
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"There is no connection \"nope\"."_s), r.describe().constData());
    }

    void aPastedKeyConnectionIsRefused()
    {
        const ProcessResult r
            = runPlumbline(args({ u"auth"_s, u"login"_s, u"hubspot-pasted"_s }), {}, headlessEnvironment());
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"plumbline secret set hubspot-pasted"_s), r.describe().constData());
        QVERIFY2(!r.outText().contains(u"http"_s), r.describe().constData());
    }

    void signsInAndStoresTheRefreshToken()
    {
        PLUMBLINE_REQUIRE_SESSION_BUS();
        BrowserStandIn browser;
        const Child child = runLogin(args({ u"auth"_s, u"login"_s, m_id }), [&browser](QProcess&, const QUrl& address) {
            browser.visit(address, [&browser](const BrowserVisit& v) { browser.last = v; });
        });
        const ProcessResult& r = child.result;
        QVERIFY2(r.finished && r.exitCode == 0,
            QByteArray(r.describe() + "\nrefusals: " + m_as.refusals.join(u", ").toUtf8()).constData());
        QVERIFY2(child.address.toString().startsWith(m_as.salesforceBase() + u"/services/oauth2/authorize?"_s),
            r.describe().constData());
        QVERIFY2(r.outText().contains(u"open this address in a browser on this computer"_s), r.describe().constData());
        QVERIFY2(r.outText().contains(u"http://localhost:%1/callback"_s.arg(m_port)), r.describe().constData());
        QVERIFY2(r.outText().contains(u"Waiting for the browser…"_s), r.describe().constData());
        QVERIFY2(r.outText().contains(u"Signed in to Salesforce"_s), r.describe().constData());
        QTRY_VERIFY(browser.last.done);
        QCOMPARE(browser.last.callbackStatus, 200);

        KeychainSecretStore keychain;
        const std::optional<SecretResult> stored = readSecret(keychain, m_id, u"refresh_token"_s);
        QVERIFY2(stored && stored->ok(), stored ? qPrintable(stored->message) : "the keychain did not answer");
        QCOMPARE(stored->value, m_as.issuedRefreshTokens.last());

        QStringList secrets = m_as.issuedCodes + m_as.issuedRefreshTokens + m_as.issuedAccessTokens;
        for (const auto& t : std::as_const(m_as.tokenRequests))
            secrets << t.fields.value(u"code_verifier"_s);
        const QByteArray output = r.out + r.err;
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(findCanary(output, secret, u"output"_s).isEmpty(), qPrintable(secret));
            // The code travels percent-encoded in the redirect; not in that form either.
            QVERIFY2(!output.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret));
        }
    }

    void declinedInTheBrowser()
    {
        m_as.declineWith = u"access_denied"_s;
        BrowserStandIn browser;
        const Child child = runLogin(args({ u"auth"_s, u"login"_s, m_id }), [&browser](QProcess&, const QUrl& address) {
            browser.visit(address, [&browser](const BrowserVisit& v) { browser.last = v; });
        });
        m_as.declineWith.clear();
        const ProcessResult& r = child.result;
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"You declined access in the browser"_s), r.describe().constData());
        // The page reached the browser although the command ended right after the answer.
        QTRY_VERIFY(browser.last.done);
        QCOMPARE(browser.last.callbackStatus, 200);
        QVERIFY(browser.last.callbackBody.contains("You declined access in the browser"));
    }

    void timesOut()
    {
        const Child child = runLogin(args({ u"auth"_s, u"login"_s, m_id, u"--timeout"_s, u"1"_s }), {});
        const ProcessResult& r = child.result;
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(!child.address.isEmpty(), r.describe().constData());
        QVERIFY2(r.errText().contains(u"did not come back to Plumbline within 1 second"_s), r.describe().constData());
    }

    void portInUse()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
        const ProcessResult r = runLogin(args({ u"auth"_s, u"login"_s, m_id }), {}).result;
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"Port %1"_s.arg(m_port)), r.describe().constData());
        QVERIFY2(r.errText().contains(u"auth.redirect_port"_s), r.describe().constData());
    }

    void ctrlCCancels()
    {
#ifdef Q_OS_UNIX
        const Child child = runLogin(args({ u"auth"_s, u"login"_s, m_id }),
            [](QProcess& p, const QUrl&) { ::kill(pid_t(p.processId()), SIGINT); });
        const ProcessResult& r = child.result;
        QVERIFY2(r.finished && r.status == QProcess::NormalExit && r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"The sign-in was cancelled."_s), r.describe().constData());
#else
        QSKIP("signals are a Unix thing");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_AuthLogin)
#include "tst_auth_login.moc"
