#include "MailchimpParser.h"

#include <VendorJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace plumbline
