#include "SalesforceParser.h"

#include <VendorJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

std::optional<QJsonDocument> parseJson(const QByteArray& body, ConnectorError& error, const QString& what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error = { ErrorKind::Parse,
            SalesforceParser::tr("Salesforce sent %1 that is not valid JSON (%2 at byte %3).")
                .arg(what, pe.errorString())
                .arg(pe.offset),
            std::nullopt };
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, ConnectorError& error, const QString& what)
{
    const auto doc = parseJson(body, error, what);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        error = { ErrorKind::Parse, SalesforceParser::tr("Salesforce sent %1 that is not a JSON object.").arg(what),
            std::nullopt };
        return std::nullopt;
    }
    return doc->object();
}

} // namespace

std::optional<QString> SalesforceParser::normalizeVersion(const QString& apiVersion)
{
    static const QRegularExpression re(u"^[vV]?(\\d{1,3})(?:\\.(\\d))?$"_s);
    const auto m = re.match(apiVersion.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + u'.' + (m.captured(2).isEmpty() ? u"0"_s : m.captured(2));
}

std::optional<QStringList> SalesforceParser::parseVersions(const QByteArray& body, ConnectorError& error)
{
    const auto doc = parseJson(body, error, tr("a version list"));
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        error = { ErrorKind::Parse, tr("Salesforce's version list is not a JSON list."), std::nullopt };
        return std::nullopt;
    }
    QStringList versions;
    const QJsonArray array = doc->array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue version = array.at(i).toObject().value(u"version"_s);
        if (!array.at(i).isObject() || !version.isString() || version.toString().isEmpty()) {
            error = { ErrorKind::Parse,
                tr("Salesforce's version list has an entry (#%1) without a text \"version\".").arg(i + 1),
                std::nullopt };
            return std::nullopt;
        }
        versions << (normalizeVersion(version.toString()).value_or(version.toString()));
    }
    if (versions.isEmpty()) {
        error = { ErrorKind::Parse, tr("Salesforce's version list is empty."), std::nullopt };
        return std::nullopt;
    }
    return versions;
}

std::optional<qint64> SalesforceParser::parseCount(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a query answer"));
    if (!o)
        return std::nullopt;
    if (!o->contains(u"totalSize"_s)) {
        error = { ErrorKind::Parse, tr("Salesforce's query answer has no \"totalSize\"."), std::nullopt };
        return std::nullopt;
    }
    const auto total = nonNegativeInteger(o->value(u"totalSize"_s));
    if (!total) {
        error = { ErrorKind::Parse,
            tr("Salesforce's query answer has a \"totalSize\" that is not a non-negative "
               "integer."),
            std::nullopt };
        return std::nullopt;
    }
    if (o->contains(u"done"_s) && !o->value(u"done"_s).isBool()) {
        error = { ErrorKind::Parse, tr("Salesforce's query answer has a \"done\" that is not true or false."),
            std::nullopt };
        return std::nullopt;
    }
    const QJsonValue records = o->value(u"records"_s);
    if (!records.isUndefined() && !records.isNull() && !records.isArray()) {
        error = { ErrorKind::Parse, tr("Salesforce's query answer has \"records\" that is not a list."), std::nullopt };
        return std::nullopt;
    }
    return total;
}

std::optional<QList<SchemaField>> SalesforceParser::parseSchema(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("an object description"));
    if (!o)
        return std::nullopt;
    const QJsonValue fieldsValue = o->value(u"fields"_s);
    if (!fieldsValue.isArray()) {
        error = { ErrorKind::Parse, tr("Salesforce's object description has no \"fields\" list."), std::nullopt };
        return std::nullopt;
    }
    QList<SchemaField> fields;
    const QJsonArray array = fieldsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject f = array.at(i).toObject();
        const QJsonValue name = f.value(u"name"_s);
        const QJsonValue label = f.value(u"label"_s);
        const QJsonValue type = f.value(u"type"_s);
        if (!array.at(i).isObject() || !name.isString() || name.toString().isEmpty() || !label.isString()
            || !type.isString()) {
            error = { ErrorKind::Parse,
                tr("Salesforce's object description has a field (#%1) without a text name, label and type.").arg(i + 1),
                std::nullopt };
            return std::nullopt;
        }
        fields << SchemaField { name.toString(), label.toString(), type.toString() };
    }
    return fields;
}

std::optional<QuotaState> SalesforceParser::parseLimits(const QByteArray& body, ConnectorError& error)
{
    const auto o = parseObject(body, error, tr("a limits answer"));
    if (!o)
        return std::nullopt;
    const QJsonValue daily = o->value(u"DailyApiRequests"_s);
    const auto max = nonNegativeInteger(daily.toObject().value(u"Max"_s));
    const auto remaining = nonNegativeInteger(daily.toObject().value(u"Remaining"_s));
    if (!daily.isObject() || !max || !remaining) {
        error = { ErrorKind::Parse,
            tr("Salesforce's limits answer has no \"DailyApiRequests\" with integer \"Max\" and \"Remaining\"."),
            std::nullopt };
        return std::nullopt;
    }
    QuotaState q;
    q.limit = max;
    q.remaining = remaining;
    q.windowS = 86400;
    q.source = u"limits DailyApiRequests"_s;
    return q;
}

QuotaState SalesforceParser::parseLimitInfo(const HeaderList& headers)
{
    QuotaState q;
    const auto v = HttpHeaders::value(headers, "Sforce-Limit-Info");
    if (!v)
        return q;
    static const QRegularExpression re(u"(?:^|[;,\\s])api-usage\\s*=\\s*(\\d{1,15})\\s*/\\s*(\\d{1,15})"_s);
    const auto m = re.match(QString::fromLatin1(*v));
    if (!m.hasMatch())
        return q;
    const qint64 used = m.captured(1).toLongLong();
    const qint64 max = m.captured(2).toLongLong();
    q.limit = max;
    q.remaining = std::max<qint64>(0, max - used);
    q.windowS = 86400;
    q.source = u"Sforce-Limit-Info"_s;
    return q;
}

ConnectorError SalesforceParser::parseError(int status, const QByteArray& body)
{
    ConnectorError e { errorKindForStatus(status), {}, std::nullopt };
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject first;
    if (doc.isArray() && !doc.array().isEmpty())
        first = doc.array().first().toObject();
    else if (doc.isObject())
        first = doc.object();
    QString code = first.value(u"errorCode"_s).toString();
    QString message = first.value(u"message"_s).toString();
    if (code.isEmpty() && first.value(u"error"_s).isString()) { // OAuth endpoints: {error, error_description}
        code = first.value(u"error"_s).toString();
        message = first.value(u"error_description"_s).toString();
    }
    message = clippedVendorText(message);

    if (code == u"INVALID_SESSION_ID" || code == u"invalid_grant")
        e.kind = ErrorKind::Auth;
    else if (code == u"REQUEST_LIMIT_EXCEEDED")
        e.kind = ErrorKind::QuotaExhausted;
    else if (code == u"NOT_FOUND" || code == u"INVALID_TYPE")
        e.kind = ErrorKind::NotFound;
    else if (code == u"UNSUPPORTED_API_VERSION")
        e.kind = ErrorKind::Gone;

    const QString said = message.isEmpty() ? tr("(no message)") : message;
    const QString tag = code.isEmpty() ? QString() : u", "_s + code;
    switch (e.kind) {
    case ErrorKind::Auth:
        e.message = tr("Salesforce rejected the access token (HTTP %1%2): %3").arg(status).arg(tag, said);
        break;
    case ErrorKind::QuotaExhausted:
        e.message = tr("Salesforce's daily API request limit is used up (%1): %2").arg(code, said);
        break;
    case ErrorKind::Permission:
        e.message = tr("The Salesforce user may not do this (HTTP %1%2): %3").arg(status).arg(tag, said);
        break;
    case ErrorKind::NotFound:
        e.message = tr("Salesforce does not know this (HTTP %1%2): %3").arg(status).arg(tag, said);
        break;
    case ErrorKind::Gone:
        e.message = tr("Salesforce no longer serves this API version (HTTP %1%2): %3").arg(status).arg(tag, said);
        break;
    case ErrorKind::RateLimited:
        e.message = tr("Salesforce is limiting requests (HTTP %1%2): %3").arg(status).arg(tag, said);
        break;
    default:
        e.message = message.isEmpty() && code.isEmpty()
            ? tr("Salesforce answered HTTP %1.").arg(status)
            : tr("Salesforce answered HTTP %1%2: %3").arg(status).arg(tag, said);
        break;
    }
    return e;
}

std::optional<QString> SalesforceParser::countQuery(
    const QString& object, const QJsonValue& filter, ConnectorError& error)
{
    const QString name = object.trimmed();
    if (!isApiName(name)) {
        error = { ErrorKind::NotFound,
            tr("\"%1\" is not a Salesforce object API name (letters, digits and _ such as Contact or "
               "Invoice__c).")
                .arg(name.left(80)),
            std::nullopt };
        return std::nullopt;
    }
    const auto where = whereClause(filter, error);
    if (!where)
        return std::nullopt;
    QString soql = u"SELECT COUNT() FROM "_s + name;
    if (!where->isEmpty())
        soql += u" WHERE "_s + *where;
    return soql;
}

std::optional<QString> SalesforceParser::whereClause(const QJsonValue& filter, ConnectorError& error)
{
    QString where;
    if (filter.isString()) {
        where = filter.toString();
    } else if (filter.isObject() && filter.toObject().value(u"where"_s).isString()) {
        where = filter.toObject().value(u"where"_s).toString();
    } else if (!filter.isNull() && !filter.isUndefined()) {
        error = { ErrorKind::Parse,
            tr("The Salesforce filter must be a SOQL WHERE clause as text (or {\"where\": \"…\"})."), std::nullopt };
        return std::nullopt;
    }
    where = where.trimmed();
    static const QRegularExpression leadingWhere(u"^WHERE\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    where.remove(leadingWhere);
    return where;
}

bool SalesforceParser::isApiName(const QString& name)
{
    static const QRegularExpression apiName(u"^[A-Za-z][A-Za-z0-9_]{0,79}$"_s);
    return apiName.match(name).hasMatch();
}

QString SalesforceParser::soqlString(const QString& value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s);
    v.replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}

namespace {

QString selectList(const QString& keyField, const QStringList& fields, bool changed)
{
    QStringList names { u"Id"_s, keyField };
    names += fields;
    if (changed)
        names << u"LastModifiedDate"_s;
    names.removeDuplicates();
    return names.join(u", "_s);
}

QString soqlTime(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString conjoin(const QString& where, const QString& condition)
{
    return where.isEmpty() ? condition : u"(%1) AND %2"_s.arg(where, condition);
}

} // namespace

QString SalesforceParser::sampleQuery(const SampleQuery& q)
{
    QString soql = u"SELECT %1 FROM %2"_s.arg(selectList(q.keyField, q.fields, true), q.object);
    QString where = q.where;
    if (q.since.isValid())
        where = conjoin(
            where, u"LastModifiedDate >= %1 AND LastModifiedDate < %2"_s.arg(soqlTime(q.since), soqlTime(q.before)));
    if (!where.isEmpty())
        soql += u" WHERE "_s + where;
    soql += q.since.isValid() ? u" ORDER BY LastModifiedDate DESC"_s
                              : (q.descending ? u" ORDER BY Id DESC"_s : u" ORDER BY Id"_s);
    soql += u" LIMIT %1"_s.arg(q.limit);
    if (q.offset > 0)
        soql += u" OFFSET %1"_s.arg(q.offset);
    return soql;
}

QString SalesforceParser::lookupQuery(const QString& object, const QString& keyField, const QStringList& fields,
    const QString& where, const QStringList& keys)
{
    QStringList quoted;
    for (const QString& k : keys)
        quoted << soqlString(k);
    return u"SELECT %1 FROM %2 WHERE %3"_s.arg(selectList(keyField, fields, false), object,
        conjoin(where, u"%1 IN (%2)"_s.arg(keyField, quoted.join(u", "_s))));
}

ValuePage SalesforceParser::parseRecords(const QByteArray& body, const QString& keyField, const QStringList& fields)
{
    ValuePage page;
    QJsonParseError pe;
    const auto doc = parseRecordsJson(body, pe);
    const QJsonObject o = doc ? doc->object() : QJsonObject();
    if (!doc || !doc->isObject() || !o.value(u"records"_s).isArray()) {
        page.error = { ErrorKind::Parse, tr("Salesforce's query answer has no \"records\" list."), std::nullopt };
        return page;
    }
    page.total = nonNegativeInteger(o.value(u"totalSize"_s));
    for (const QJsonValue& v : o.value(u"records"_s).toArray()) {
        const QJsonObject record = v.toObject();
        ValueRecord r;
        r.key = record.value(keyField).toString();
        for (const QString& f : fields) {
            if (record.contains(f))
                r.fields.insert(f, clippedFieldValue(record.value(f)));
        }
        r.changedAt = vendorTime(record.value(u"LastModifiedDate"_s));
        page.records << r;
    }
    return page;
}

QByteArray SalesforceParser::encodeQuery(const QString& soql)
{
    return "q=" + QUrl::toPercentEncoding(soql);
}

} // namespace plumbline
