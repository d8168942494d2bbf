#pragma once

// A real loopback HTTP receiver for webhook tests (a QTcpServer answering raw HTTP/1.1): reads one request per
// connection, answers with the next scripted answer (`answers` first: status, headers, body, a delay; then the
// statuses of `script`; 200 once both are used up), closes the connection.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace plumbline::test {

using namespace Qt::StringLiterals;

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

// One scripted answer: a status with its body and headers, sent after `delayMs` (a slow receiver).
struct ScriptedAnswer
{
    int status = 200;
    QByteArray body = "ok";
    QByteArray contentType = "text/plain";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
};

class Receiver : public QObject
{

public:
    QList<ScriptedAnswer> answers; // used before `script`
    QList<int> script;
    QList<ReceivedRequest> requests;
    QByteArray raw; // everything received, for leak checks

    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, &Receiver::accept, Qt::UniqueConnection);
        return true;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& pathAndQuery = u"/hooks/plumbline"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(pathAndQuery));
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto* buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                ReceivedRequest r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.path = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    r.headers.append({ name, value });
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                raw += *buffer;
                buffer->clear();
                requests << r;
                ScriptedAnswer answer;
                if (!answers.isEmpty())
                    answer = answers.takeFirst();
                else
                    answer.status = script.isEmpty() ? 200 : script.takeFirst();
                QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status)
                    + (answer.status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + answer.contentType
                    + "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
                for (const auto& [name, value] : std::as_const(answer.headers))
                    reply += name + ": " + value + "\r\n";
                reply += "Connection: close\r\n\r\n" + answer.body;
                const auto write = [socket, reply] {
                    socket->write(reply);
                    socket->disconnectFromHost();
                };
                if (answer.delayMs > 0)
                    QTimer::singleShot(answer.delayMs, socket, write);
                else
                    write();
            });
        }
    }

    QTcpServer m_server;
};

} // namespace plumbline::test
