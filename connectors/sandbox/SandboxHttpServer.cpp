#include "SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace plumbline {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

const char* const kHeldProperty = "plumblineSandboxHeld";
} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

SandboxHttpServer::~SandboxHttpServer()
{
    shutdown();
}

void SandboxHttpServer::shutdown()
{
    for (QTcpServer* server : servers()) {
        server->close();
        // Accepted sockets are children of their QTcpServer; abort them so held clients see the close at once.
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>())
            socket->abort();
    }
}

int SandboxHttpServer::heldCount() const
{
    int n = 0;
    for (QTcpServer* server : servers()) {
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>())
            n += socket->property(kHeldProperty).toBool() ? 1 : 0;
    }
    return n;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxHeaders headers;
    for (const auto& h : request.headers())
        headers.append({ h.first, h.second });
    const SandboxReply reply = m_handler(methodName(request.method()), request.url(), headers, request.body());
    if (!reply.hold) {
        socket->write(reply.toWire());
        return true;
    }
    // Held: nothing is written now. The timer lives on the socket, so a client that gives up (the socket is
    // deleted by QAbstractHttpServer on disconnect) or a server shutdown cancels it.
    socket->setProperty(kHeldProperty, true);
    if (reply.holdMs > 0) {
        const QByteArray wire = reply.toWire();
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(reply.holdMs, socket, [guarded, wire] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState) {
                guarded->setProperty(kHeldProperty, false);
                guarded->write(wire);
            }
        });
    }
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    socket->write(SandboxReply::text(404, QByteArrayLiteral("Not Found")).toWire());
}

} // namespace plumbline
