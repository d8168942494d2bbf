#include "LoopbackReceiver.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLoopback, "plumbline.connectors.auth.loopback", QtWarningMsg)

namespace plumbline {

struct LoopbackReceiver::Client
{
    QByteArray buffer;
    bool answered = false;
};

namespace {

constexpr qsizetype kDescriptionLimit = 300;
constexpr qsizetype kErrorCodeLimit = 100;

// `state` is compared in constant time: how long a comparison takes must not tell a guesser how many leading
// characters were right. Its length is no secret (43 characters for 32 bytes).
bool sameState(const QByteArray& given, const QByteArray& expected)
{
    if (given.size() != expected.size() || expected.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return difference == 0;
}

// A query component as RFC 6749 Appendix B sends it (application/x-www-form-urlencoded), decoded exactly once: '+' is
// a space, %XX a byte. Qt 6.4's QtNetworkAuth decoded and then encoded again, so a Salesforce code ending in %3D%3D
// reached the token endpoint as %253D%253D (credentials-oauth.md §6).
QByteArray formDecoded(QByteArray component)
{
    component.replace('+', ' ');
    return QByteArray::fromPercentEncoding(component);
}

// The Host header names this computer: a page on another site that resolves its own name to 127.0.0.1 (DNS
// rebinding) sends its own name and is turned away before anything is read.
bool loopbackHost(const QByteArray& hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host.truncate(colon);
    }
    return host == "localhost" || host == "127.0.0.1" || host == "::1";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    }
    return "Error";
}

QString printable(const QByteArray& bytes, qsizetype limit)
{
    return QString::fromUtf8(bytes).simplified().left(limit);
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        Result r;
        r.kind = m_sawWrongState ? Result::Kind::WrongState : Result::Kind::TimedOut;
        finish(r);
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    closeServers();
    const QList<QTcpSocket*> sockets = m_clients.keys();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

QString LoopbackReceiver::redirectUri(quint16 port)
{
    // `localhost`, not 127.0.0.1: HubSpot allows plain http only for that name, and both vendors compare the callback
    // with the registered one character for character (credentials-oauth.md §1.4, §2 "Redirect").
    return u"http://localhost:%1/callback"_s.arg(port);
}

bool LoopbackReceiver::listensOnIPv6() const
{
    return m_ipv6 && m_ipv6->isListening();
}

LoopbackReceiver::Listening LoopbackReceiver::listen(
    quint16 port, const QString& expectedState, std::chrono::milliseconds timeout)
{
    if (m_listening)
        return { Listening::Problem::CannotListen, tr("A sign-in is already waiting on port %1.").arg(m_port) };
    if (expectedState.isEmpty())
        return { Listening::Problem::CannotListen, tr("A sign-in needs a state to wait for.") };
    const auto inUse = [port] {
        return tr("Port %1 on this computer is already in use by another program, so Plumbline cannot receive the "
                  "answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and "
                  "try again, or choose a free port: set the connection's auth.redirect_port to it and register "
                  "http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.")
            .arg(port);
    };

    // The loopback interface only (RFC 8252 §8.3): nothing on the network can reach the listener.
    auto ipv4 = std::make_unique<QTcpServer>();
    ipv4->setMaxPendingConnections(kMaxConnections);
    if (!ipv4->listen(QHostAddress::LocalHost, port)) {
        if (ipv4->serverError() == QAbstractSocket::AddressInUseError)
            return { Listening::Problem::PortInUse, inUse() };
        return { Listening::Problem::CannotListen,
            tr("Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2")
                .arg(port)
                .arg(ipv4->errorString()) };
    }
    const quint16 bound = ipv4->serverPort();
    // ::1 too, on the same port, where this computer has IPv6: a browser may resolve `localhost` to ::1 first. If
    // another program holds that port on ::1, the browser could hand it the code, so that counts as in use too.
    auto ipv6 = std::make_unique<QTcpServer>();
    ipv6->setMaxPendingConnections(kMaxConnections);
    if (!ipv6->listen(QHostAddress::LocalHostIPv6, bound)) {
        if (ipv6->serverError() == QAbstractSocket::AddressInUseError && port != 0)
            return { Listening::Problem::PortInUse, inUse() };
        ipv6.reset(); // no IPv6 loopback here (or, for port 0, a clash on ::1 only): 127.0.0.1 alone
    }

    m_ipv4 = std::move(ipv4);
    m_ipv6 = std::move(ipv6);
    for (QTcpServer* server : { m_ipv4.get(), m_ipv6.get() }) {
        if (server)
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
    }
    m_port = bound;
    m_expectedState = expectedState.toUtf8();
    m_sawWrongState = false;
    m_listening = true;
    m_timeout.start(timeout);
    qCDebug(lcLoopback) << "waiting for the sign-in answer on port" << m_port << (m_ipv6 ? "(IPv4 and IPv6)" : "");
    return {};
}

void LoopbackReceiver::cancel()
{
    Result r;
    r.kind = Result::Kind::Cancelled;
    finish(r);
}

void LoopbackReceiver::closeServers()
{
    for (auto* server : { m_ipv4.get(), m_ipv6.get() }) {
        if (server) {
            server->disconnect(this);
            server->close();
        }
    }
    m_ipv4.reset();
    m_ipv6.reset();
}

void LoopbackReceiver::accept(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        socket->setParent(this);
        if (!m_listening || m_clients.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_clients.insert(socket, std::make_shared<Client>());
        // However a connection behaves (sends nothing, never reads the page), it is gone after a few seconds.
        auto* lifetime = new QTimer(socket);
        lifetime->setSingleShot(true);
        connect(lifetime, &QTimer::timeout, socket, &QTcpSocket::abort);
        lifetime->start(kIdleConnectionTimeout);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackReceiver::readFrom(QTcpSocket* socket)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.constEnd())
        return;
    Client& client = **it;
    if (client.answered) {
        socket->readAll(); // one request per connection; the rest is dropped
        return;
    }
    // Never more than the bound in memory, however much is sent.
    client.buffer += socket->read(kMaxRequestBytes + 1 - client.buffer.size());
    qsizetype end = client.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        end = client.buffer.indexOf("\n\n");
    if (end < 0) {
        if (client.buffer.size() > kMaxRequestBytes) {
            client.buffer.clear();
            socket->readAll(); // read, so closing does not reset the connection before the page arrives
            respond(socket, 431, tr("Plumbline sign-in"), tr("This request is too large."));
        }
        return;
    }
    handle(socket, client.buffer.left(end));
}

void LoopbackReceiver::handle(QTcpSocket* socket, const QByteArray& head)
{
    const QString title = tr("Plumbline sign-in");
    const QString unreadable = tr("Plumbline could not read this request.");
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !requestLine.at(1).startsWith('/'))
        return respond(socket, 400, title, unreadable);
    QByteArray host;
    bool hasHost = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().compare("host", Qt::CaseInsensitive) == 0) {
            host = lines.at(i).mid(colon + 1);
            hasHost = true;
        }
    }
    if (!hasHost || !loopbackHost(host))
        return respond(socket, 400, title, unreadable);
    if (requestLine.at(0) != "GET")
        return respond(socket, 405, title, unreadable);

    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != "/callback") // /favicon.ico and the like
        return respond(socket, 404, title, tr("There is nothing here."));

    QHash<QByteArray, QByteArray> params;
    const QList<QByteArray> pairs = question < 0 ? QList<QByteArray>() : target.mid(question + 1).split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = formDecoded(eq < 0 ? pair : pair.left(eq));
        // RFC 6749 §3.1: a parameter must not be sent twice; which of two would count is anybody's guess.
        if (params.contains(name))
            return respond(socket, 400, title, unreadable);
        params.insert(name, eq < 0 ? QByteArray() : formDecoded(pair.mid(eq + 1)));
    }

    // A wrong or missing state does not end the sign-in: the code that came with it is never used, and Plumbline
    // keeps waiting for the right answer. Ending it instead would let any web page open in the browser stop a
    // sign-in by fetching this address, and a tab left over from an earlier attempt would spoil the current one. If
    // the right answer never comes, the wait ends as WrongState rather than as a plain timeout.
    if (!sameState(params.value("state"), m_expectedState)) {
        qCDebug(lcLoopback) << "ignored an answer with a wrong or missing state";
        m_sawWrongState = true;
        respond(socket, 400, title,
            tr("This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older "
               "sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last."));
        Q_EMIT stateRejected();
        return;
    }

    Result r;
    if (params.contains("error")) {
        r.error = printable(params.value("error"), kErrorCodeLimit);
        r.errorDescription = printable(params.value("error_description"), kDescriptionLimit);
        if (r.error == u"access_denied") {
            r.kind = Result::Kind::Declined;
            respond(socket, 200, title,
                tr("You declined access in the browser, so Plumbline is not signed in. You can close this tab."));
        } else {
            r.kind = Result::Kind::VendorError;
            const QString what = r.errorDescription.isEmpty() ? r.error : r.error + u": "_s + r.errorDescription;
            respond(socket, 200, title,
                tr("The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.")
                    .arg(what));
        }
        finish(r);
        return;
    }
    r.code = QString::fromUtf8(params.value("code"));
    if (r.code.isEmpty())
        return respond(socket, 400, title, unreadable);
    r.kind = Result::Kind::Code;
    respond(socket, 200, title, tr("Signed in to Plumbline. You can close this tab."));
    finish(r);
}

void LoopbackReceiver::respond(QTcpSocket* socket, int status, const QString& title, const QString& message)
{
    if (const auto it = m_clients.constFind(socket); it != m_clients.constEnd())
        (*it)->answered = true;
    // Every text is escaped: the error and its description come from the address bar, which anyone can write.
    const QByteArray body = (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title><style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
          "line-height:1.5}</style></head>\n<body><h1>"_s
        + title.toHtmlEscaped() + u"</h1><p>"_s + message.toHtmlEscaped() + u"</p></body></html>\n"_s)
                                .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The address holds the code: no cache, no referrer, nothing loaded from elsewhere.
    head += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n";
    head += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    if (status == 405)
        head += "Allow: GET\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    // Handed to the system now: a command that exits right after the sign-in must not take the page with it.
    socket->flush();
    socket->disconnectFromHost(); // after the page is written
}

void LoopbackReceiver::finish(Result result)
{
    if (!m_listening)
        return;
    m_listening = false;
    m_timeout.stop();
    m_expectedState.clear();
    closeServers();
    // Connections still reading a request are dropped; those writing a page finish writing it.
    QList<QTcpSocket*> idle;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (!it.value()->answered)
            idle << it.key();
    }
    for (QTcpSocket* socket : std::as_const(idle))
        socket->abort();
    Q_EMIT finished(result);
}

} // namespace plumbline
