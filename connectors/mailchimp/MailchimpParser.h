#pragma once

#include <ConnectorResults.h>
#include <ValuePage.h>

#include <QCoreApplication>
#include <QJsonValue>
#include <QUrlQuery>
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

    // Value checks (ARCHITECTURE.md §12). Mailchimp names a member's fields by merge tag ("FNAME", "ADDRESS"; a
    // dotted "ADDRESS.city" asks for ADDRESS); "EMAIL" is the member's `email_address`; other names (lower case, such
    // as "status" or "vip") are the member's own properties.
    static QString memberPath(const QString& field); // "merge_fields.FNAME", "email_address", "status"
    // The member status a side's filter narrows to, as count() reads it (null → "subscribed").
    static std::optional<QString> memberStatus(const QJsonValue& filter, ConnectorError& error);
    // `fields=` for a members page (`members.` before each path, plus last_changed and total_items) or one member.
    static QString memberFields(const QString& keyField, const QStringList& fields, bool page);
    // The query of `GET /lists/{id}/members`: count, offset, fields, status, and for the recent stratum
    // sort_field=last_changed&sort_dir=DESC&since_last_changed=…&before_last_changed=… (ISO 8601).
    struct MembersPage
    {
        QString keyField;
        QStringList fields;
        QString status;
        int count = 10; // at most 1000
        qint64 offset = 0;
        QDateTime since; // invalid: no window, no sort
        QDateTime before;
        bool onlyTotal = false; // fields=total_items (a population probe)
    };
    static QUrlQuery membersQuery(const MembersPage& page);
    // The MD5 hash of the lowercase e-mail address that names a member in `/lists/{id}/members/{hash}`.
    static QString subscriberHash(const QString& email);
    // `{"members":[…], "total_items":N}` → records (key = email_address, merge fields by tag, ADDRESS as an object,
    // changedAt = last_changed) and total. With `status`, members of another status are left out.
    static ValuePage parseMembers(
        const QByteArray& body, const QString& keyField, const QStringList& fields, const QString& status = {});
    // One member (`GET …/members/{hash}`) → one record, or none when its status is not `status`.
    static ValuePage parseMember(
        const QByteArray& body, const QString& keyField, const QStringList& fields, const QString& status = {});
};

} // namespace plumbline
