#pragma once

#include <ConnectorResults.h>

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace plumbline {

// Pure functions over Mailchimp Marketing API 3.0 bytes (vendor-apis.md §3). A body that is not the documented
// shape yields ErrorKind::Parse with a message; a count is never invented.
class MailchimpParser final
{
    Q_DECLARE_TR_FUNCTIONS(MailchimpParser)

public:
    // `GET /ping` → `{"health_status":"Everything's Chimpy!"}` → the text.
    static std::optional<QString> parsePing(const QByteArray& body, ConnectorError& error);
    // Which `stats` member a filter counts: null, "" or "subscribed" → member_count, "unsubscribed" →
    // unsubscribe_count, "cleaned" → cleaned_count (case-insensitive; also `{"status":"…"}`). Else Parse.
    static std::optional<QString> statsField(const QJsonValue& filter, ConnectorError& error);
    // `GET /lists/{id}` → `stats.<field>` as a non-negative integer.
    static std::optional<qint64> parseCount(const QByteArray& body, const QString& field, ConnectorError& error);
    // `GET /lists/{id}/merge-fields` → EMAIL (implicit, always first) then `merge_fields[].{tag,name,type}`.
    static std::optional<QList<SchemaField>> parseSchema(const QByteArray& body, ConnectorError& error);
    // An application/problem+json answer `{type,title,status,detail,instance}`: kind from the HTTP status
    // ("API Key Invalid" → Auth whatever the status); message from title and detail.
    static ConnectorError parseError(int status, const QByteArray& body);

    // `Basic base64("user:" + key)` (the official SDK's user name).
    static QByteArray authorization(const QString& apiKey);
};

} // namespace plumbline
