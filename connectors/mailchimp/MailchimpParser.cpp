#include "MailchimpParser.h"

#include <VendorJson.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray& body, ConnectorError& error, const QString& what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error = { ErrorKind::Parse,
            MailchimpParser::tr("Mailchimp sent %1 that is not valid JSON (%2 at byte %3).")
                .arg(what, pe.errorString())
                .arg(pe.offset),
            std::nullopt };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = { ErrorKind::Parse, MailchimpParser::tr("Mailchimp sent %1 that is not a JSON object.").arg(what),
            std::nullopt };
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

std::optional<QString> MailchimpParser::parsePing(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a ping answer"));
    if (!o)
        return std::nullopt;
    const QJsonValue health = o->value(u"health_status"_s);
    if (!health.isString() || health.toString().isEmpty()) {
        error = { ErrorKind::Parse, tr("Mailchimp's ping answer has no text \"health_status\"."), std::nullopt };
        return std::nullopt;
    }
    return health.toString();
}

std::optional<QString> MailchimpParser::statsField(const QJsonValue& filter, ConnectorError& error)
{
    QJsonValue f = filter;
    if (f.isObject())
        f = f.toObject().value(u"status"_s);
    if (f.isNull() || f.isUndefined())
        return u"member_count"_s;
    const QString status = f.isString() ? f.toString().trimmed().toLower() : u"?"_s;
    if (status.isEmpty() || status == u"subscribed")
        return u"member_count"_s;
    if (status == u"unsubscribed")
        return u"unsubscribe_count"_s;
    if (status == u"cleaned")
        return u"cleaned_count"_s;
    error = { ErrorKind::Parse,
        tr("The Mailchimp filter must be empty, \"subscribed\", \"unsubscribed\" or \"cleaned\"."), std::nullopt };
    return std::nullopt;
}

std::optional<qint64> MailchimpParser::parseCount(const QByteArray& body, const QString& field, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("an audience"));
    if (!o)
        return std::nullopt;
    const QJsonValue stats = o->value(u"stats"_s);
    if (!stats.isObject()) {
        error = { ErrorKind::Parse, tr("Mailchimp's audience has no \"stats\" object."), std::nullopt };
        return std::nullopt;
    }
    const QJsonValue value = stats.toObject().value(field);
    if (value.isUndefined()) {
        error = { ErrorKind::Parse, tr("Mailchimp's audience stats have no \"%1\".").arg(field), std::nullopt };
        return std::nullopt;
    }
    const auto n = nonNegativeInteger(value);
    if (!n) {
        error = { ErrorKind::Parse,
            tr("Mailchimp's audience stats have a \"%1\" that is not a non-negative integer.").arg(field),
            std::nullopt };
        return std::nullopt;
    }
    return n;
}

std::optional<QList<SchemaField>> MailchimpParser::parseSchema(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a merge field list"));
    if (!o)
        return std::nullopt;
    const QJsonValue list = o->value(u"merge_fields"_s);
    if (!list.isArray()) {
        error = { ErrorKind::Parse, tr("Mailchimp's merge field list has no \"merge_fields\" list."), std::nullopt };
        return std::nullopt;
    }
    // EMAIL is not a merge field but every member has it.
    QList<SchemaField> fields { SchemaField { u"EMAIL"_s, u"Email Address"_s, u"email"_s } };
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject f = array.at(i).toObject();
        const QJsonValue tag = f.value(u"tag"_s);
        const QJsonValue name = f.value(u"name"_s);
        const QJsonValue type = f.value(u"type"_s);
        if (!array.at(i).isObject() || !tag.isString() || tag.toString().isEmpty() || !name.isString()
            || !type.isString()) {
            error = { ErrorKind::Parse,
                tr("Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.").arg(i + 1),
                std::nullopt };
            return std::nullopt;
        }
        fields << SchemaField { tag.toString(), name.toString(), type.toString() };
    }
    return fields;
}

ConnectorError MailchimpParser::parseError(int status, const QByteArray& body)
{
    ConnectorError e { errorKindForStatus(status), {}, std::nullopt };
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString title = clippedVendorText(o.value(u"title"_s).toString());
    const QString detail = clippedVendorText(o.value(u"detail"_s).toString());
    if (title.compare(u"API Key Invalid"_s, Qt::CaseInsensitive) == 0)
        e.kind = ErrorKind::Auth;

    QString said = title;
    if (!detail.isEmpty())
        said = said.isEmpty() ? detail : tr("%1: %2").arg(title, detail);
    if (said.isEmpty()) {
        e.message = body.trimmed().startsWith('<') ? tr("Mailchimp answered HTTP %1 with an HTML page.").arg(status)
                                                   : tr("Mailchimp answered HTTP %1.").arg(status);
        return e;
    }
    switch (e.kind) {
    case ErrorKind::Auth:
        e.message = tr("Mailchimp rejected the API key (HTTP %1): %2").arg(status).arg(said);
        break;
    case ErrorKind::Permission:
        e.message = tr("Mailchimp refused access (HTTP %1): %2").arg(status).arg(said);
        break;
    case ErrorKind::NotFound:
        e.message = tr("Mailchimp does not know this (HTTP %1): %2").arg(status).arg(said);
        break;
    case ErrorKind::RateLimited:
        e.message = tr("Mailchimp is limiting requests (HTTP %1): %2").arg(status).arg(said);
        break;
    default:
        e.message = tr("Mailchimp answered HTTP %1: %2").arg(status).arg(said);
        break;
    }
    return e;
}

QByteArray MailchimpParser::authorization(const QString& apiKey)
{
    const QByteArray credentials = QByteArrayLiteral("user:") + apiKey.toUtf8();
    return "Basic " + credentials.toBase64();
}

namespace {

bool isMergeTag(const QString& name)
{
    static const QRegularExpression tag(u"^[A-Z][A-Z0-9_]*$"_s);
    return tag.match(name).hasMatch();
}

// ISO 8601 as Mailchimp writes it ("…+00:00"), for a query item: QUrlQuery leaves a literal '+' alone, which
// servers read as a space, so it goes in as %2B.
QString mailchimpTime(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"%2B00:00"_s;
}

ValueRecord memberRecord(const QJsonObject& member, const QString& keyField, const QStringList& fields)
{
    ValueRecord r;
    r.key = member.value(MailchimpParser::memberPath(keyField)).toString();
    const QJsonObject merge = member.value(u"merge_fields"_s).toObject();
    for (const QString& field : fields) {
        const QString path = MailchimpParser::memberPath(field);
        const QString tag = path.startsWith(u"merge_fields.") ? path.mid(13) : QString();
        const QString name = tag.isEmpty() ? field : tag;
        if (!tag.isEmpty() && merge.contains(tag))
            r.fields.insert(name, clippedFieldValue(merge.value(tag)));
        else if (tag.isEmpty() && member.contains(path))
            r.fields.insert(name, clippedFieldValue(member.value(path)));
    }
    r.changedAt = vendorTime(member.value(u"last_changed"_s));
    return r;
}

std::optional<QJsonObject> recordsObject(const QByteArray& body, ValuePage& page)
{
    QJsonParseError pe;
    const auto doc = parseRecordsJson(body, pe);
    if (doc && doc->isObject())
        return doc->object();
    page.error = { ErrorKind::Parse,
        doc ? MailchimpParser::tr("Mailchimp sent members that are not a JSON object.")
            : MailchimpParser::tr("Mailchimp sent members that are not valid JSON (%1 at byte %2).")
                  .arg(pe.errorString())
                  .arg(pe.offset),
        std::nullopt };
    return std::nullopt;
}

} // namespace

QString MailchimpParser::memberPath(const QString& field)
{
    const QString head = field.section(u'.', 0, 0);
    if (head == u"EMAIL" || head == u"email_address")
        return u"email_address"_s;
    return isMergeTag(head) ? u"merge_fields."_s + head : head;
}

std::optional<QString> MailchimpParser::memberStatus(const QJsonValue& filter, ConnectorError& error)
{
    const auto field = statsField(filter, error);
    if (!field)
        return std::nullopt;
    if (*field == u"unsubscribe_count")
        return u"unsubscribed"_s;
    if (*field == u"cleaned_count")
        return u"cleaned"_s;
    return u"subscribed"_s;
}

QString MailchimpParser::memberFields(const QString& keyField, const QStringList& fields, bool page)
{
    QStringList paths { memberPath(keyField) };
    for (const QString& f : fields)
        paths << memberPath(f);
    paths << u"status"_s << u"last_changed"_s;
    paths.removeDuplicates();
    if (page) {
        for (QString& p : paths)
            p.prepend(u"members."_s);
        paths << u"total_items"_s;
    }
    return paths.join(u',');
}

QUrlQuery MailchimpParser::membersQuery(const MembersPage& page)
{
    QUrlQuery q;
    q.addQueryItem(u"count"_s, QString::number(qBound(1, page.count, 1000)));
    if (page.offset > 0)
        q.addQueryItem(u"offset"_s, QString::number(page.offset));
    q.addQueryItem(u"fields"_s, page.onlyTotal ? u"total_items"_s : memberFields(page.keyField, page.fields, true));
    if (!page.status.isEmpty())
        q.addQueryItem(u"status"_s, page.status);
    if (page.since.isValid()) {
        q.addQueryItem(u"sort_field"_s, u"last_changed"_s);
        q.addQueryItem(u"sort_dir"_s, u"DESC"_s);
        q.addQueryItem(u"since_last_changed"_s, mailchimpTime(page.since));
        q.addQueryItem(u"before_last_changed"_s, mailchimpTime(page.before));
    }
    return q;
}

QString MailchimpParser::subscriberHash(const QString& email)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex());
}

ValuePage MailchimpParser::parseMembers(
    const QByteArray& body, const QString& keyField, const QStringList& fields, const QString& status)
{
    ValuePage page;
    const auto o = recordsObject(body, page);
    if (!o)
        return page;
    page.total = nonNegativeInteger(o->value(u"total_items"_s));
    const QJsonValue members = o->value(u"members"_s);
    if (members.isUndefined() && page.total)
        return page; // fields=total_items
    if (!members.isArray()) {
        page.error = { ErrorKind::Parse, tr("Mailchimp's answer has no \"members\" list."), std::nullopt };
        return page;
    }
    for (const QJsonValue& m : members.toArray()) {
        const QJsonObject member = m.toObject();
        if (status.isEmpty() || !member.contains(u"status"_s) || member.value(u"status"_s).toString() == status)
            page.records << memberRecord(member, keyField, fields);
    }
    return page;
}

ValuePage MailchimpParser::parseMember(
    const QByteArray& body, const QString& keyField, const QStringList& fields, const QString& status)
{
    ValuePage page;
    const auto o = recordsObject(body, page);
    if (!o)
        return page;
    if (!o->value(u"email_address"_s).isString()) {
        page.error = { ErrorKind::Parse, tr("Mailchimp's member has no \"email_address\"."), std::nullopt };
        return page;
    }
    if (status.isEmpty() || !o->contains(u"status"_s) || o->value(u"status"_s).toString() == status)
        page.records << memberRecord(*o, keyField, fields);
    return page;
}

} // namespace plumbline
