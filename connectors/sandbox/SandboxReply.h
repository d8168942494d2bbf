#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace plumbline {

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as a vendor responder sees it: the path is below the vendor's prefix (e.g. "/crm/v3/...").
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    SandboxHeaders headers;
    QByteArray body;

    // Header lookup is case-insensitive, as HTTP says.
    QByteArray header(const QByteArray& name) const;
};

// What the sandbox sends back. `hold` keeps the connection open without an answer (the timeouts scenario):
// with holdMs > 0 the reply is written after that delay, with 0 never.
struct SandboxReply
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;
    bool hold = false;
    int holdMs = 0;

    static SandboxReply json(int status, const QJsonDocument& document,
        const QByteArray& contentType = QByteArrayLiteral("application/json; charset=utf-8"));
    static SandboxReply json(int status, const QJsonObject& object);
    static SandboxReply json(int status, const QJsonArray& array);
    static SandboxReply text(int status, const QByteArray& body);

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    // The complete HTTP/1.1 response message.
    QByteArray toWire() const;
};

} // namespace plumbline
