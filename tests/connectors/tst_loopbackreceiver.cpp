// The loopback receiver of the browser sign-in (ARCHITECTURE.md §11, RFC 8252 §7.3) over real loopback sockets: the
// page the browser shows and the code decoded exactly once, a wrong or missing state ignored (and the wait going on),
// the vendor's errors, a port already in use (on 127.0.0.1 and on ::1), the timeout, cancel, and requests that are
// too large, malformed, for another path, another method or another host.
#include <auth/LoopbackReceiver.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace plumbline;
using Kind = LoopbackReceiver::Result::Kind;

namespace {

const QString kState = u"Vq3bX9s2mK7wLp4tR8yZ1nC6hF0dJ5gA-_eUoIiQxWs"_s; // 43 characters, as SignIn::newState makes

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// A browser's GET, without following redirects.
Answer get(const QUrl& url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(5000);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Content-Type"),
        reply->readAll() };
    delete reply;
    return a;
}

QUrl callback(quint16 port, const QString& query)
{
    return QUrl(u"http://localhost:%1/callback?%2"_s.arg(port).arg(query), QUrl::StrictMode);
}

// Raw bytes over one TCP connection; what came back before the receiver closed it (or the wait ran out).
QByteArray raw(const QHostAddress& address, quint16 port, const QByteArray& bytes, int waitMs = 5000)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    socket.connectToHost(address, port);
    loop.exec();
    answer += socket.readAll();
    return answer;
}

QByteArray request(const QByteArray& target, const QByteArray& host = "localhost")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: test\r\n\r\n";
}

int statusOf(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

bool ipv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectUriIsLocalhostCallback()
    {
        QCOMPARE(LoopbackReceiver::redirectUri(53682), u"http://localhost:53682/callback"_s);
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen(0, kState, 10s));
        QCOMPARE(receiver.redirectUri(), u"http://localhost:%1/callback"_s.arg(receiver.port()));
        QVERIFY(receiver.port() != 0);
    }

    void successPageAndCodeDecodedOnce()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 10s));
        const quint16 port = receiver.port();
        // Salesforce's codes are base64: '=' padding sent as %3D%3D, and '+' and '/' encoded too.
        const Answer a = get(callback(port, u"code=aPrxJ7%2Bq%2FZ9k%3D%3D&state="_s + kState));
        QCOMPARE(a.status, 200);
        QVERIFY2(a.contentType.startsWith("text/html"), a.contentType.constData());
        QVERIFY2(a.body.contains("Signed in to Plumbline. You can close this tab."), a.body.constData());
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<LoopbackReceiver::Result>();
        QCOMPARE(r.kind, Kind::Code);
        QCOMPARE(r.code, u"aPrxJ7+q/Z9k=="_s); // decoded once: not "%3D%3D", not "%253D"
        QVERIFY(r.error.isEmpty());
        // Open only while a sign-in waits: the port is closed now.
        QVERIFY(!receiver.isListening());
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, port), "the port was not given back");
    }

    void wrongOrMissingStateIsIgnoredAndTheWaitGoesOn()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QSignalSpy rejected(&receiver, &LoopbackReceiver::stateRejected);
        QVERIFY(receiver.listen(0, kState, 10s));
        const quint16 port = receiver.port();
        QString wrong = kState;
        wrong[42] = wrong.at(42) == u'A' ? u'B' : u'A'; // one character off, same length
        for (const QString& query : QStringList { u"code=attacker-code&state="_s + wrong, u"code=attacker-code"_s,
                 u"code=attacker-code&state="_s, u"code=attacker-code&state="_s + kState.left(20),
                 u"error=access_denied&state="_s + wrong, u"error=access_denied"_s }) {
            const Answer a = get(callback(port, query));
            QCOMPARE(a.status, 400);
            QVERIFY2(a.body.contains("does not belong to the sign-in"), a.body.constData());
            QVERIFY2(!a.body.contains("Signed in"), a.body.constData());
        }
        QCOMPARE(rejected.size(), 6);
        QCOMPARE(finished.size(), 0);
        QVERIFY(receiver.isListening());
        // The right answer still completes it, with its own code.
        const Answer a = get(callback(port, u"code=the-real-code&state="_s + kState));
        QCOMPARE(a.status, 200);
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<LoopbackReceiver::Result>();
        QCOMPARE(r.kind, Kind::Code);
        QCOMPARE(r.code, u"the-real-code"_s);
    }

    void onlyWrongStatesThenTheWaitEndsAsWrongState()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 300ms));
        QCOMPARE(get(callback(receiver.port(), u"code=x&state=not-it"_s)).status, 400);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<LoopbackReceiver::Result>().kind, Kind::WrongState);
        QVERIFY(finished.first().first().value<LoopbackReceiver::Result>().code.isEmpty());
    }

    void declinedInTheBrowser()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 10s));
        const Answer a = get(callback(
            receiver.port(), u"error=access_denied&error_description=end-user+denied+authorization&state="_s + kState));
        QCOMPARE(a.status, 200);
        QVERIFY2(a.body.contains("You declined access in the browser"), a.body.constData());
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<LoopbackReceiver::Result>();
        QCOMPARE(r.kind, Kind::Declined);
        QCOMPARE(r.error, u"access_denied"_s);
        QCOMPARE(r.errorDescription, u"end-user denied authorization"_s);
        QVERIFY(r.code.isEmpty());
    }

    void vendorErrorIsEscapedOnThePage()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 10s));
        const Answer a = get(callback(receiver.port(),
            u"error=invalid_scope&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%26%20more&state="_s
                + kState));
        QCOMPARE(a.status, 200);
        QVERIFY2(!a.body.contains("<script>"), a.body.constData());
        QVERIFY2(a.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), a.body.constData());
        QVERIFY2(a.body.contains("invalid_scope"), a.body.constData());
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<LoopbackReceiver::Result>();
        QCOMPARE(r.kind, Kind::VendorError);
        QCOMPARE(r.error, u"invalid_scope"_s);
        QCOMPARE(r.errorDescription, u"<script>alert(1)</script> & more"_s);
    }

    void portInUseOnIPv4()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        const LoopbackReceiver::Listening l = receiver.listen(other.serverPort(), kState, 10s);
        QVERIFY(!l);
        QCOMPARE(l.problem, LoopbackReceiver::Listening::Problem::PortInUse);
        QVERIFY2(l.message.contains(QString::number(other.serverPort())), qPrintable(l.message));
        QVERIFY2(l.message.contains(u"auth.redirect_port"_s), qPrintable(l.message));
        QVERIFY2(l.message.contains(u"Close the other program"_s), qPrintable(l.message));
        QVERIFY(!receiver.isListening());
        QCOMPARE(finished.size(), 0);
        // Freed, the port works.
        const quint16 port = other.serverPort();
        other.close();
        QVERIFY(receiver.listen(port, kState, 10s));
    }

    void portInUseOnIPv6Only()
    {
        if (!ipv6Loopback())
            QSKIP("no IPv6 loopback on this computer");
        // Find a port free on both, then hold it on ::1 only: the browser might take `localhost` to ::1.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTcpServer other;
        if (!other.listen(QHostAddress::LocalHostIPv6, port))
            QSKIP("the probed port was taken on ::1 meanwhile");
        LoopbackReceiver receiver;
        const LoopbackReceiver::Listening l = receiver.listen(port, kState, 10s);
        QCOMPARE(l.problem, LoopbackReceiver::Listening::Problem::PortInUse);
        QVERIFY(!receiver.isListening());
        // And 127.0.0.1 was let go again.
        QTcpServer v4;
        QVERIFY(v4.listen(QHostAddress::LocalHost, port));
    }

    void answersOnIPv6()
    {
        if (!ipv6Loopback())
            QSKIP("no IPv6 loopback on this computer");
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 10s));
        QVERIFY(receiver.listensOnIPv6());
        const QByteArray answer = raw(QHostAddress::LocalHostIPv6, receiver.port(),
            request(
                "/callback?code=over-ipv6&state=" + kState.toLatin1(), "[::1]:" + QByteArray::number(receiver.port())));
        QCOMPARE(statusOf(answer), 200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LoopbackReceiver::Result>().code, u"over-ipv6"_s);
    }

    void listensOnLoopbackOnly()
    {
        QHostAddress outside;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                outside = a;
                break;
            }
        }
        if (outside.isNull())
            QSKIP("this computer has no IPv4 address besides loopback");
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen(0, kState, 10s));
        // From the computer's own network address, the port is closed: nothing on the network can reach it.
        QCOMPARE(statusOf(raw(outside, receiver.port(), request("/favicon.ico"), 2000)), 0);
        QCOMPARE(statusOf(raw(QHostAddress::LocalHost, receiver.port(), request("/favicon.ico"))), 404);
    }

    void timesOut()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 200ms));
        const quint16 port = receiver.port();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LoopbackReceiver::Result>().kind, Kind::TimedOut);
        QVERIFY(!receiver.isListening());
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, port));
    }

    void cancelsOnceAndListensAgain()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QVERIFY(receiver.listen(0, kState, 10s));
        QVERIFY(!receiver.listen(0, kState, 10s)); // one sign-in at a time
        receiver.cancel();
        receiver.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LoopbackReceiver::Result>().kind, Kind::Cancelled);
        QVERIFY(!receiver.isListening());
        // A late browser finds nobody; a new sign-in works.
        QVERIFY(receiver.listen(0, kState, 10s));
        QCOMPARE(get(callback(receiver.port(), u"code=second&state="_s + kState)).status, 200);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().value<LoopbackReceiver::Result>().code, u"second"_s);
    }

    void refusesAnEmptyState()
    {
        LoopbackReceiver receiver;
        const LoopbackReceiver::Listening l = receiver.listen(0, QString(), 10s);
        QCOMPARE(l.problem, LoopbackReceiver::Listening::Problem::CannotListen);
        QVERIFY(!receiver.isListening());
    }

    void badRequestsGetAnErrorAndTheWaitGoesOn()
    {
        LoopbackReceiver receiver;
        QSignalSpy finished(&receiver, &LoopbackReceiver::finished);
        QSignalSpy rejected(&receiver, &LoopbackReceiver::stateRejected);
        QVERIFY(receiver.listen(0, kState, 20s));
        const quint16 port = receiver.port();
        const QHostAddress local = QHostAddress::LocalHost;
        const QByteArray good = "/callback?code=c&state=" + kState.toLatin1();

        // Oversized: a header that never ends is cut off at the bound, answered 431 and closed.
        const QByteArray huge = "GET /callback?x=" + QByteArray(LoopbackReceiver::kMaxRequestBytes + 100, 'a');
        QCOMPARE(statusOf(raw(local, port, huge)), 431);
        // Garbage and broken request lines.
        QCOMPARE(statusOf(raw(local, port, "HELLO\r\n\r\n")), 400);
        QCOMPARE(statusOf(raw(local, port, QByteArray("\x16\x03\x01\x02\x00\x01\x00\r\n\r\n", 11))), 400);
        QCOMPARE(statusOf(raw(local, port, "GET " + good + "\r\n\r\n")), 400); // HTTP/0.9 style
        QCOMPARE(statusOf(raw(local, port, "GET http://localhost/callback HTTP/1.1\r\nHost: localhost\r\n\r\n")), 400);
        // Another method, another path, another host, no host.
        QCOMPARE(
            statusOf(raw(local, port, "POST " + good + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")),
            405);
        QCOMPARE(statusOf(raw(local, port, request("/favicon.ico"))), 404);
        QCOMPARE(statusOf(raw(local, port, request("/callbackx?code=c&state=" + kState.toLatin1()))), 404);
        QCOMPARE(statusOf(raw(local, port, request(good, "evil.example:" + QByteArray::number(port)))), 400);
        QCOMPARE(statusOf(raw(local, port, "GET " + good + " HTTP/1.1\r\n\r\n")), 400);
        // A parameter twice, and the right state without a code.
        QCOMPARE(statusOf(raw(local, port, request(good + "&code=other"))), 400);
        QCOMPARE(statusOf(raw(local, port, request("/callback?state=" + kState.toLatin1()))), 400);
        // A connection that sends nothing holds nothing up.
        QTcpSocket silent;
        silent.connectToHost(local, port);
        QVERIFY(silent.waitForConnected(5000));

        QCOMPARE(rejected.size(), 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(receiver.isListening());
        const QByteArray answer = raw(local, port, request(good, "127.0.0.1:" + QByteArray::number(port)));
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("Cache-Control: no-store"));
        QVERIFY(answer.contains("Referrer-Policy: no-referrer"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LoopbackReceiver::Result>().code, u"c"_s);
        // The silent connection was dropped with the listener.
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
