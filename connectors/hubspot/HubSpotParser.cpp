#include "HubSpotParser.h"

#include <VendorJson.h>

#include <QJsonArray>
#include <QJsonDocument>
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
            HubSpotParser::tr("HubSpot sent %1 that is not valid JSON (%2 at byte %3).")
                .arg(what, pe.errorString())
                .arg(pe.offset),
            std::nullopt };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = { ErrorKind::Parse, HubSpotParser::tr("HubSpot sent %1 that is not a JSON object.").arg(what),
            std::nullopt };
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> headerNumber(const HeaderList& headers, const QByteArray& name)
{
    const auto v = HttpHeaders::value(headers, name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const qint64 n = v->trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<qint64> HubSpotParser::parseCount(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a search answer"));
    if (!o)
        return std::nullopt;
    if (!o->contains(u"total"_s)) {
        error = { ErrorKind::Parse, tr("HubSpot's search answer has no \"total\"."), std::nullopt };
        return std::nullopt;
    }
    const auto total = nonNegativeInteger(o->value(u"total"_s));
    if (!total) {
        error = { ErrorKind::Parse, tr("HubSpot's search answer has a \"total\" that is not a non-negative integer."),
            std::nullopt };
        return std::nullopt;
    }
    if (o->contains(u"results"_s) && !o->value(u"results"_s).isArray()) {
        error = { ErrorKind::Parse, tr("HubSpot's search answer has \"results\" that is not a list."), std::nullopt };
        return std::nullopt;
    }
    return total;
}

std::optional<QList<SchemaField>> HubSpotParser::parseSchema(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a property list"));
    if (!o)
        return std::nullopt;
    const QJsonValue results = o->value(u"results"_s);
    if (!results.isArray()) {
        error = { ErrorKind::Parse, tr("HubSpot's property list has no \"results\" list."), std::nullopt };
        return std::nullopt;
    }
    QList<SchemaField> fields;
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QJsonObject p = item.toObject();
        const QJsonValue name = p.value(u"name"_s);
        const QJsonValue label = p.value(u"label"_s);
        const QJsonValue type = p.value(u"type"_s);
        if (!item.isObject() || !name.isString() || name.toString().isEmpty() || !label.isString()
            || !type.isString()) {
            error = { ErrorKind::Parse,
                tr("HubSpot's property list has an entry (#%1) without a text name, label and type.").arg(i + 1),
                std::nullopt };
            return std::nullopt;
        }
        fields << SchemaField { name.toString(), label.toString(), type.toString() };
    }
    return fields;
}

ConnectorError HubSpotParser::parseError(int status, const QByteArray& body)
{
    ConnectorError e { errorKindForStatus(status), {}, std::nullopt };
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString category = o.value(u"category"_s).toString();
    const QString errorType = o.value(u"errorType"_s).toString();
    const QString policy = o.value(u"policyName"_s).toString();
    const QString message = clippedVendorText(o.value(u"message"_s).toString());

    if (category == u"INVALID_AUTHENTICATION" || category == u"EXPIRED_AUTHENTICATION")
        e.kind = ErrorKind::Auth;
    else if (category == u"MISSING_SCOPES")
        e.kind = ErrorKind::Permission;
    else if (errorType == u"RATE_LIMIT" || status == 429)
        e.kind = policy.contains(u"DAILY"_s, Qt::CaseInsensitive) ? ErrorKind::QuotaExhausted : ErrorKind::RateLimited;
    else if (category == u"OBJECT_NOT_FOUND")
        e.kind = ErrorKind::NotFound;
    else if (status == 400 && message.startsWith(u"Unable to infer object type from"_s))
        e.kind = ErrorKind::NotFound; // the object type (a deleted custom object, a typo) does not exist

    const QString said = message.isEmpty() ? tr("(no message)") : message;
    switch (e.kind) {
    case ErrorKind::Auth:
        e.message = category == u"EXPIRED_AUTHENTICATION"
            ? tr("HubSpot says the access token has expired: %1").arg(said)
            : tr("HubSpot rejected the access token (HTTP %1%2): %3")
                  .arg(status)
                  .arg(category.isEmpty() ? QString() : u", "_s + category, said);
        break;
    case ErrorKind::Permission:
        e.message = tr("The HubSpot token may not do this (HTTP %1%2): %3")
                        .arg(status)
                        .arg(category.isEmpty() ? QString() : u", "_s + category, said);
        break;
    case ErrorKind::RateLimited:
        e.message
            = tr("HubSpot rate limit reached (%1): %2").arg(policy.isEmpty() ? tr("policy not named") : policy, said);
        break;
    case ErrorKind::QuotaExhausted:
        e.message = tr("HubSpot's daily API limit is used up (%1): %2").arg(policy, said);
        break;
    default:
        e.message = message.isEmpty() ? tr("HubSpot answered HTTP %1.").arg(status)
                                      : tr("HubSpot answered HTTP %1%2: %3")
                                            .arg(status)
                                            .arg(category.isEmpty() ? QString() : u" ("_s + category + u')', said);
        break;
    }
    return e;
}

QuotaState HubSpotParser::parseQuota(const HeaderList& headers)
{
    QuotaState q;
    const auto daily = headerNumber(headers, "X-HubSpot-RateLimit-Daily");
    const auto dailyRemaining = headerNumber(headers, "X-HubSpot-RateLimit-Daily-Remaining");
    if (daily && dailyRemaining) {
        q.limit = daily;
        q.remaining = dailyRemaining;
        q.windowS = 86400;
        q.source = u"X-HubSpot-RateLimit-Daily"_s;
        return q;
    }
    const auto max = headerNumber(headers, "X-HubSpot-RateLimit-Max");
    const auto remaining = headerNumber(headers, "X-HubSpot-RateLimit-Remaining");
    if (max && remaining) {
        q.limit = max;
        q.remaining = remaining;
        if (const auto ms = headerNumber(headers, "X-HubSpot-RateLimit-Interval-Milliseconds"); ms && *ms > 0)
            q.windowS = static_cast<int>(std::max<qint64>(1, *ms / 1000));
        q.source = u"X-HubSpot-RateLimit-Max"_s;
    }
    return q;
}

bool HubSpotParser::isDateVersion(const QString& apiVersion)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}$"_s);
    return re.match(apiVersion.trimmed()).hasMatch();
}

std::optional<QJsonObject> HubSpotParser::searchBody(const QJsonValue& filter, ConnectorError& error)
{
    QJsonObject body { { u"limit"_s, 1 } };
    QJsonValue f = filter;
    if (f.isString()) {
        const QString text = f.toString().trimmed();
        if (text.isEmpty())
            return body;
        if (text.startsWith(u'{') || text.startsWith(u'[')) {
            // JSON typed into a text field: read it as the object/array form below.
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError) {
                error = { ErrorKind::Parse,
                    tr("The HubSpot filter looks like JSON but is not valid JSON (%1).").arg(pe.errorString()),
                    std::nullopt };
                return std::nullopt;
            }
            f = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        } else {
            if (text.size() > 3000) {
                error
                    = { ErrorKind::Parse, tr("The HubSpot search text is longer than 3000 characters."), std::nullopt };
                return std::nullopt;
            }
            body.insert(u"query"_s, text);
            return body;
        }
    }
    if (f.isNull() || f.isUndefined())
        return body;

    QJsonValue groups(QJsonValue::Undefined);
    if (f.isArray()) {
        groups = f;
    } else if (f.isObject()) {
        const QJsonObject o = f.toObject();
        if (o.contains(u"filterGroups"_s))
            groups = o.value(u"filterGroups"_s);
        else if (o.contains(u"filters"_s))
            groups = QJsonArray { o }; // one group given on its own
        if (o.contains(u"query"_s)) {
            if (!o.value(u"query"_s).isString()) {
                error = { ErrorKind::Parse, tr("The HubSpot filter's \"query\" is not text."), std::nullopt };
                return std::nullopt;
            }
            body.insert(u"query"_s, o.value(u"query"_s));
        }
        if (groups.isUndefined() && !o.contains(u"query"_s)) {
            error = { ErrorKind::Parse,
                tr("The HubSpot filter object has neither \"filterGroups\", \"filters\" nor \"query\"."),
                std::nullopt };
            return std::nullopt;
        }
    } else {
        error = { ErrorKind::Parse,
            tr("The HubSpot filter must be text, a filterGroups object or a list of filter "
               "groups."),
            std::nullopt };
        return std::nullopt;
    }
    if (!groups.isUndefined()) {
        bool valid = groups.isArray();
        for (const QJsonValue& g : groups.toArray())
            valid = valid && g.isObject() && g.toObject().value(u"filters"_s).isArray();
        if (!valid) {
            error = { ErrorKind::Parse,
                tr("The HubSpot filterGroups must be a list of objects, each with a \"filters\" list."), std::nullopt };
            return std::nullopt;
        }
        body.insert(u"filterGroups"_s, groups);
    }
    return body;
}

namespace {

QJsonObject betweenFilter(const QDateTime& since, const QDateTime& before)
{
    // BETWEEN is inclusive at both ends; the window is half-open, so stop a millisecond short of `before`.
    return QJsonObject { { u"propertyName"_s, u"lastmodifieddate"_s }, { u"operator"_s, u"BETWEEN"_s },
        { u"value"_s, QString::number(since.toMSecsSinceEpoch()) },
        { u"highValue"_s, QString::number(before.toMSecsSinceEpoch() - 1) } };
}

bool isRecordId(const QString& property)
{
    return property == u"hs_object_id" || property == u"id";
}

} // namespace

std::optional<QJsonObject> HubSpotParser::sampleBody(
    const QJsonValue& filter, const SearchPage& page, ConnectorError& error)
{
    auto body = searchBody(filter, error);
    if (!body)
        return std::nullopt;
    if (page.since.isValid()) {
        const QJsonObject window = betweenFilter(page.since, page.before);
        QJsonArray groups = body->value(u"filterGroups"_s).toArray();
        if (groups.isEmpty())
            groups << QJsonObject { { u"filters"_s, QJsonArray {} } };
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            QJsonObject group = it->toObject();
            QJsonArray filters = group.value(u"filters"_s).toArray();
            filters << window;
            group.insert(u"filters"_s, filters);
            *it = group;
        }
        body->insert(u"filterGroups"_s, groups);
    }
    body->insert(u"properties"_s, QJsonArray::fromStringList(page.properties));
    body->insert(u"sorts"_s,
        QJsonArray { QJsonObject { { u"propertyName"_s, page.sortProperty },
            { u"direction"_s, page.descending ? u"DESCENDING"_s : u"ASCENDING"_s } } });
    body->insert(u"limit"_s, qBound(1, page.limit, 200));
    if (page.after > 0)
        body->insert(u"after"_s, QString::number(page.after));
    return body;
}

QJsonObject HubSpotParser::batchReadBody(
    const QString& idProperty, const QStringList& properties, const QStringList& keys)
{
    QJsonArray inputs;
    for (const QString& key : keys)
        inputs << QJsonObject { { u"id"_s, key } };
    QJsonObject body { { u"properties"_s, QJsonArray::fromStringList(properties) }, { u"inputs"_s, inputs } };
    if (!isRecordId(idProperty))
        body.insert(u"idProperty"_s, idProperty);
    return body;
}

ValuePage HubSpotParser::parseRecords(const QByteArray& body, const QString& keyField, const QStringList& fields)
{
    ValuePage page;
    QJsonParseError pe;
    const auto doc = parseRecordsJson(body, pe);
    if (!doc || !doc->isObject()) {
        page.error = { ErrorKind::Parse,
            doc ? tr("HubSpot sent records that are not a JSON object.")
                : tr("HubSpot sent records that are not valid JSON (%1 at byte %2).")
                      .arg(pe.errorString())
                      .arg(pe.offset),
            std::nullopt };
        return page;
    }
    const QJsonObject o = doc->object();
    const QJsonValue results = o.value(u"results"_s);
    if (!results.isArray()) {
        page.error = { ErrorKind::Parse, tr("HubSpot's answer has no \"results\" list."), std::nullopt };
        return page;
    }
    if (o.contains(u"total"_s))
        page.total = nonNegativeInteger(o.value(u"total"_s));
    for (const QJsonValue& v : results.toArray()) {
        const QJsonObject result = v.toObject();
        const QJsonObject properties = result.value(u"properties"_s).toObject();
        ValueRecord record;
        record.key = isRecordId(keyField) ? result.value(u"id"_s).toString() : properties.value(keyField).toString();
        for (const QString& field : fields) {
            if (properties.contains(field))
                record.fields.insert(field, clippedFieldValue(properties.value(field)));
        }
        record.changedAt = vendorTime(properties.value(u"lastmodifieddate"_s));
        if (!record.changedAt.isValid())
            record.changedAt = vendorTime(result.value(u"updatedAt"_s));
        page.records << record;
    }
    return page;
}

} // namespace plumbline
