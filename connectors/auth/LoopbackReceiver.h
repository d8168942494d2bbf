#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace plumbline {

// The browser's way back to Plumbline at the end of a sign-in (RFC 8252 §7.3; ARCHITECTURE.md §11): a tiny HTTP/1.1
// server on this computer's loopback interface only (127.0.0.1, and ::1 where it can be opened, since browsers may
// resolve `localhost` to either), on a fixed port (Salesforce and HubSpot match the registered callback exactly), open
// only while one sign-in waits. It answers `GET /callback?code=…&state=…` (or `?error=…&state=…`) once, shows the
// browser a short page, and reports what came; anything else gets a 4xx page. Written by hand rather than with Qt
// 6.4's QOAuthHttpServerReplyHandler, which listens on every interface, calls itself 127.0.0.1 (HubSpot allows plain
// http only for `localhost`) and decodes codes twice (credentials-oauth.md §6).
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    struct Result
    {
        enum class Kind
        {
            Code, // the vendor sent an authorization code, with the right state
            Declined, // error=access_denied: the person said no in the browser
            VendorError, // another error from the vendor (invalid_scope, server_error, …)
            WrongState, // the wait ran out after only answers with a wrong or missing state came
            TimedOut, // nothing came in time
            Cancelled, // cancel() was called
        };
        Kind kind = Kind::TimedOut;
        QString code; // Code: decoded exactly once (Salesforce's "…%3D%3D" arrives as "…=="); a secret
        QString error; // Declined, VendorError: the vendor's error code
        QString errorDescription; // the vendor's words, at most 300 characters; may be empty
    };

    struct Listening
    {
        enum class Problem
        {
            None,
            PortInUse, // another program holds the port (on 127.0.0.1 or ::1)
            CannotListen, // anything else (no loopback, no permission, an empty state)
        };
        Problem problem = Problem::None;
        QString message; // translated, naming the port and what to do; empty when listening
        explicit operator bool() const { return problem == Problem::None; }
    };

    static constexpr qsizetype kMaxRequestBytes = 16 * 1024; // request line and headers; a callback needs < 1 KiB
    static constexpr int kMaxConnections = 16; // at once; more are closed as they arrive
    static constexpr std::chrono::milliseconds kIdleConnectionTimeout { 10000 }; // a connection that sends nothing

    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening on `port` (0: any free port, for tests) and waits at most `timeout` for the answer whose
    // `state` equals `expectedState`. Ends with exactly one finished(). Calling it while listening is refused.
    Listening listen(quint16 port, const QString& expectedState, std::chrono::milliseconds timeout);
    // Stops waiting: finished(Cancelled), unless it has already finished.
    void cancel();

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_port; }
    bool listensOnIPv6() const;
    // What to register in the vendor's app and to send as redirect_uri: http://localhost:<port>/callback.
    QString redirectUri() const { return redirectUri(m_port); }
    static QString redirectUri(quint16 port);

Q_SIGNALS:
    // An answer with a wrong or missing state arrived: the browser was shown an error page and the code (if any) was
    // thrown away; still waiting.
    void stateRejected();
    // Once per listen(). The receiver has stopped listening by then. Do not delete it from a slot connected here.
    void finished(const plumbline::LoopbackReceiver::Result& result);

private:
    struct Client;

    void accept(QTcpServer* server);
    void readFrom(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& head);
    void respond(QTcpSocket* socket, int status, const QString& title, const QString& message);
    void finish(Result result);
    void closeServers();

    std::unique_ptr<QTcpServer> m_ipv4;
    std::unique_ptr<QTcpServer> m_ipv6;
    QHash<QTcpSocket*, std::shared_ptr<Client>> m_clients;
    QTimer m_timeout;
    QByteArray m_expectedState;
    quint16 m_port = 0;
    bool m_listening = false;
    bool m_sawWrongState = false;
};

} // namespace plumbline
