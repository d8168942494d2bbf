#include "GenericParser.h"
#include <VendorJson.h>

#include <QUrl>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

ConnectorError parseError(const QString& message)
{
    return { ErrorKind::Parse, message, std::nullopt };
}

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

std::optional<QJsonValue> document(const QByteArray& body, QString* problem)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *problem = GenericParser::tr("The response is not JSON (%1 at byte %2).").arg(e.errorString()).arg(e.offset);
        return std::nullopt;
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    *problem = GenericParser::tr("The response is empty.");
    return std::nullopt;
}

constexpr double kMaxExact = 9007199254740992.0; // 2^53

std::optional<QDateTime> timestamp(const QJsonValue& v)
{
    if (v.isString()) {
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (d.isValid())
            return d.toUTC();
        return std::nullopt;
    }
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (!(n > 0) || n > kMaxExact)
            return std::nullopt;
        // Below 1e11 it is seconds (until the year 5138), above it milliseconds.
        const qint64 ms = n < 1e11 ? static_cast<qint64>(n * 1000) : static_cast<qint64>(n);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return std::nullopt;
}

} // namespace

bool GenericParser::isValidPointer(const QString& pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == u'~'
            && (i + 1 >= pointer.size() || (pointer.at(i + 1) != u'0' && pointer.at(i + 1) != u'1')))
            return false;
    }
    return true;
}

std::optional<QJsonValue> GenericParser::resolve(const QJsonValue& root, const QString& pointer, QString* problem)
{
    const auto fail = [&](const QString& why) -> std::optional<QJsonValue> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!isValidPointer(pointer))
        return fail(
            tr("\"%1\" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).").arg(pointer));
    QJsonValue at = root;
    if (pointer.isEmpty())
        return at;
    const QStringList tokens = pointer.mid(1).split(u'/');
    QString walked;
    for (QString token : tokens) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s); // order per RFC 6901 §4
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            if (!o.contains(token))
                return fail(tr("The response has nothing at %1.").arg(walked + u'/' + token));
            at = o.value(token);
        } else if (at.isArray()) {
            const QJsonArray a = at.toArray();
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const bool canonical = ok && !token.isEmpty() && (token == u"0" || !token.startsWith(u'0'))
                && !token.startsWith(u'+') && !token.startsWith(u'-');
            if (!canonical || index < 0 || index >= a.size())
                return fail(tr("The response has no element %1 at %2.").arg(token, walked.isEmpty() ? u"/"_s : walked));
            at = a.at(index);
        } else {
            return fail(tr("The response has nothing at %1.").arg(walked + u'/' + token));
        }
        walked += u'/' + token;
    }
    return at;
}

CountResult GenericParser::parseCount(const QByteArray& body, const QString& pointer)
{
    CountResult r;
    QString problem;
    const auto doc = document(body, &problem);
    if (!doc) {
        r.error = parseError(problem);
        return r;
    }
    const auto v = resolve(*doc, pointer, &problem);
    if (!v) {
        r.error = parseError(problem);
        return r;
    }
    if (v->isDouble()) {
        const double d = v->toDouble();
        if (d >= 0 && d == std::floor(d) && d <= kMaxExact) {
            r.count = static_cast<qint64>(d);
            return r;
        }
    } else if (v->isString()) {
        const QString s = v->toString().trimmed();
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        const bool digits = !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
        if (ok && digits && n >= 0) {
            r.count = n;
            return r;
        }
    }
    r.error = parseError(tr("The value at %1 is not a whole number of records.").arg(pointer));
    return r;
}

RunEvent::Status GenericParser::statusFrom(const QJsonValue& status)
{
    if (status.isDouble()) {
        const int code = status.toInt(-1);
        if (code >= 200 && code < 300)
            return RunEvent::Status::Success; // HTTP-like codes, as loaders often report per record
        if (code >= 400 && code < 600)
            return RunEvent::Status::Error;
        switch (code) {
        case 0:
            return RunEvent::Status::Pending;
        case 1:
            return RunEvent::Status::Success;
        case 2:
            return RunEvent::Status::Warning;
        case 3:
            return RunEvent::Status::Error;
        default:
            return RunEvent::Status::Unknown;
        }
    }
    const QString s = status.toString().trimmed().toLower();
    if (s == u"success" || s == u"succeeded" || s == u"ok" || s == u"done" || s == u"completed")
        return RunEvent::Status::Success;
    if (s == u"warning" || s == u"warn" || s == u"partial")
        return RunEvent::Status::Warning;
    if (s == u"error" || s == u"failed" || s == u"failure" || s == u"errored")
        return RunEvent::Status::Error;
    if (s == u"pending" || s == u"running" || s == u"queued" || s == u"in_progress")
        return RunEvent::Status::Pending;
    return RunEvent::Status::Unknown;
}

RunLogResult GenericParser::parseRuns(const QByteArray& body, const QString& pointer)
{
    RunLogResult r;
    QString problem;
    const auto doc = document(body, &problem);
    if (!doc) {
        r.error = parseError(problem);
        return r;
    }
    const auto v = resolve(*doc, pointer, &problem);
    if (!v) {
        r.error = parseError(problem);
        return r;
    }
    if (!v->isArray()) {
        r.error = parseError(tr("The value at %1 is not a list.").arg(pointer));
        return r;
    }
    const auto fail = [&](const QString& message) {
        RunLogResult bad;
        bad.error = parseError(message);
        return bad;
    };
    for (const QJsonValue& item : v->toArray()) {
        if (!item.isObject())
            return fail(tr("An entry of the list at %1 is not an object.").arg(pointer));
        const QJsonObject o = item.toObject();
        RunEvent ev;
        const QJsonValue id = o.value(u"id");
        if (id.isString() && !id.toString().isEmpty())
            ev.externalId = id.toString();
        else if (id.isDouble() && id.toDouble() == std::floor(id.toDouble()))
            ev.externalId = QString::number(id.toInteger());
        else
            return fail(tr("An entry of the list at %1 has no \"id\".").arg(pointer));
        const auto at = timestamp(o.value(u"timestamp"));
        if (!at)
            return fail(tr("An entry of the list at %1 has no readable \"timestamp\".").arg(pointer));
        ev.at = *at;
        const QJsonValue status = o.value(u"status");
        if (!absent(status) && !status.isString() && !status.isDouble())
            return fail(tr("An entry's \"status\" is neither text nor a number."));
        ev.status = absent(status) ? RunEvent::Status::Error : statusFrom(status); // an error list without status
        const QJsonValue message = o.value(u"message");
        if (!absent(message) && !message.isString())
            return fail(tr("An entry's \"message\" is not text."));
        ev.message = message.toString();
        r.events << ev;
    }
    return r;
}

QString GenericParser::errorText(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QString title = o.value(u"title").toString();
    const QString detail = o.value(u"detail").toString();
    if (!title.isEmpty() || !detail.isEmpty())
        return title.isEmpty() ? detail : detail.isEmpty() ? title : u"%1: %2"_s.arg(title, detail);
    if (o.value(u"message").isString())
        return o.value(u"message").toString();
    const QJsonValue error = o.value(u"error");
    if (error.isString()) {
        const QString description = o.value(u"error_description").toString();
        return description.isEmpty() ? error.toString() : u"%1: %2"_s.arg(error.toString(), description);
    }
    if (error.isObject())
        return error.toObject().value(u"message").toString();
    QStringList parts;
    for (const QJsonValue& e : o.value(u"errors").toArray()) {
        const QString m = e.isString() ? e.toString() : e.toObject().value(u"message").toString();
        if (!m.isEmpty())
            parts << m;
    }
    return parts.join(u"; "_s);
}

ConnectorError GenericParser::refineError(const ConnectorError& transportError, const QByteArray& body)
{
    ConnectorError e = transportError;
    const QString text = errorText(body).left(500);
    if (!text.isEmpty())
        e.message = tr("%1 — the service says: %2").arg(e.message, text);
    return e;
}

namespace {

QJsonValue member(const QJsonObject& record, const QString& name)
{
    if (name.startsWith(u'/'))
        return GenericParser::resolve(record, name).value_or(QJsonValue());
    return record.value(name);
}

} // namespace

ValuePage GenericParser::parseRecords(const QByteArray& body, const RecordShape& shape)
{
    ValuePage page;
    QJsonParseError pe;
    const auto doc = parseRecordsJson(body, pe);
    const QJsonValue root
        = doc ? (doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object())) : QJsonValue();
    const auto node = doc ? resolve(root, shape.recordsPointer) : std::nullopt;
    if (!node || (!node->isArray() && !node->isObject())) {
        page.error = { ErrorKind::Parse,
            tr("The answer has no list of records at %1 (set records_pointer).").arg(shape.recordsPointer),
            std::nullopt };
        return page;
    }
    const QJsonArray list = node->isArray() ? node->toArray() : QJsonArray { *node };
    for (const QJsonValue& v : list) {
        const QJsonObject record = v.toObject();
        ValueRecord r;
        const QJsonValue key = member(record, shape.keyPointer.isEmpty() ? shape.keyField : shape.keyPointer);
        r.key = key.isDouble() ? QString::number(key.toDouble(), 'g', 17) : key.toString();
        for (const QString& f : shape.fields) {
            const QJsonValue value = member(record, f);
            if (!value.isUndefined())
                r.fields.insert(f, clippedFieldValue(value));
        }
        r.changedAt = vendorTime(record.value(shape.changedField));
        page.records << r;
    }
    return page;
}

QString GenericParser::expand(const QString& pattern, const QHash<QString, QString>& values)
{
    QString out = pattern;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(u'{' + it.key() + u'}', QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    return out;
}

} // namespace plumbline
