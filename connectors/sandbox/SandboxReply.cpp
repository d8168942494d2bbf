#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plumbline {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 410:
        return QByteArrayLiteral("Gone");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}
} // namespace

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonDocument& document, const QByteArray& contentType)
{
    SandboxReply r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    r.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
    return r;
}

SandboxReply SandboxReply::json(int status, const QJsonObject& object)
{
    return json(status, QJsonDocument(object));
}

SandboxReply SandboxReply::json(int status, const QJsonArray& array)
{
    return json(status, QJsonDocument(array));
}

SandboxReply SandboxReply::text(int status, const QByteArray& body)
{
    SandboxReply r;
    r.status = status;
    r.body = body;
    r.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") });
    return r;
}

void SandboxReply::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray SandboxReply::toWire() const
{
    QByteArray out = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& h : headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += h.first + ": " + h.second + "\r\n";
    }
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

} // namespace plumbline
