#pragma once

#include "SandboxReply.h"

#include <QAbstractHttpServer>
#include <functional>

namespace plumbline {

// The HTTP layer of the sandbox. Qt 6.4's QHttpServer routes cannot defer an answer, so this subclasses
// QAbstractHttpServer and writes responses to the socket itself: a reply can be held (timeouts scenario)
// and written later, or never. Held sockets die with the client or with this server.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(
        const QByteArray& method, const QUrl& url, const SandboxHeaders& headers, const QByteArray& body)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // Aborts every open connection (held ones included) and stops listening.
    void shutdown();
    int heldCount() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace plumbline
