#include "ZapierParser.h"

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

// {"data": [...]} and links.next; an error text otherwise.
std::optional<QJsonArray> dataList(const QByteArray& body, QString* next, QString* problem)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *problem = ZapierParser::tr("Zapier sent a body that is not JSON (%1 at byte %2).")
                       .arg(e.errorString())
                       .arg(e.offset);
        return std::nullopt;
    }
    const QJsonValue data = doc.object().value(u"data");
    if (!doc.isObject() || !data.isArray()) {
        *problem = ZapierParser::tr("Zapier's answer has no \"data\" list.");
        return std::nullopt;
    }
    const QJsonValue links = doc.object().value(u"links");
    if (links.isObject() && links.toObject().value(u"next").isString())
        *next = links.toObject().value(u"next").toString();
    return data.toArray();
}

// Ids are strings in the docs; numbers are accepted too.
std::optional<QString> idText(const QJsonValue& v)
{
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
        return QString::number(v.toInteger());
    return std::nullopt;
}

std::optional<QDateTime> isoDate(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return d.isValid() ? std::optional<QDateTime>(d.toUTC()) : std::nullopt;
}

} // namespace

RunEvent::Status ZapierParser::statusFromText(const QString& status)
{
    const QString s = status.trimmed().toLower();
    if (s == u"success" || s == u"successful" || s == u"filtered" || s == u"skipped")
        return RunEvent::Status::Success;
    if (s == u"halted" || s == u"warning")
        return RunEvent::Status::Warning;
    if (s == u"error" || s == u"errored" || s == u"failed" || s == u"failure" || s == u"stopped")
        return RunEvent::Status::Error;
    if (s == u"pending" || s == u"running" || s == u"playing" || s == u"held" || s == u"delayed" || s == u"scheduled"
        || s == u"waiting" || s == u"throttled" || s == u"queued")
        return RunEvent::Status::Pending;
    return RunEvent::Status::Unknown;
}

ZapierParser::Zaps ZapierParser::parseZaps(const QByteArray& body)
{
    Zaps r;
    QString problem;
    const auto list = dataList(body, &r.next, &problem);
    if (!list) {
        r.error = parseError(problem);
        return r;
    }
    const auto fail = [](const QString& message) {
        Zaps bad;
        bad.error = parseError(message);
        return bad;
    };
    for (const QJsonValue& item : *list) {
        if (!item.isObject())
            return fail(tr("A Zap entry is not an object."));
        const QJsonObject z = item.toObject();
        Zap zap;
        const auto id = idText(z.value(u"id"));
        if (!id)
            return fail(tr("A Zap entry has no \"id\"."));
        zap.id = *id;
        const QJsonValue enabled = z.value(u"is_enabled");
        if (!absent(enabled)) {
            if (!enabled.isBool())
                return fail(tr("A Zap's \"is_enabled\" is not true/false."));
            zap.state.active = enabled.toBool();
        }
        const QJsonValue lastSuccess = z.value(u"last_successful_run_date");
        if (!absent(lastSuccess)) {
            const auto d = isoDate(lastSuccess);
            if (!d)
                return fail(tr("A Zap's \"last_successful_run_date\" is not a date."));
            zap.state.lastSuccess = d;
        }
        for (const char16_t* key : { u"title", u"name" }) {
            const QJsonValue t = z.value(QStringView(key));
            if (absent(t))
                continue;
            if (!t.isString())
                return fail(tr("A Zap's title is not text."));
            if (zap.state.name.isEmpty())
                zap.state.name = t.toString();
        }
        r.zaps << zap;
    }
    return r;
}

ZapierParser::Runs ZapierParser::parseRuns(const QByteArray& body)
{
    Runs r;
    QString problem;
    const auto list = dataList(body, &r.next, &problem);
    if (!list) {
        r.error = parseError(problem);
        return r;
    }
    const auto fail = [](const QString& message) {
        Runs bad;
        bad.error = parseError(message);
        return bad;
    };
    for (const QJsonValue& item : *list) {
        if (!item.isObject())
            return fail(tr("A Zap run entry is not an object."));
        const QJsonObject o = item.toObject();
        Runs::Run run;
        const auto id = idText(o.value(u"id"));
        if (!id)
            return fail(tr("A Zap run has no \"id\"."));
        run.event.externalId = *id;
        const auto zapId = idText(o.value(u"zap_id"));
        if (!zapId)
            return fail(tr("A Zap run has no \"zap_id\"."));
        run.zapId = *zapId;
        const auto start = isoDate(o.value(u"start_time"));
        const QJsonValue endValue = o.value(u"end_time");
        std::optional<QDateTime> end;
        if (!absent(endValue)) {
            end = isoDate(endValue);
            if (!end)
                return fail(tr("A Zap run's \"end_time\" is not a date."));
        }
        if (!start && !end)
            return fail(tr("A Zap run has no readable \"start_time\"."));
        run.event.at = start ? *start : *end;
        const QJsonValue status = o.value(u"status");
        if (!absent(status) && !status.isString())
            return fail(tr("A Zap run's \"status\" is not text."));
        run.event.status = statusFromText(status.toString());
        if (run.event.status == RunEvent::Status::Unknown && !status.toString().isEmpty())
            run.event.message = tr("Zapier status \"%1\"").arg(status.toString().left(64));
        const QJsonValue steps = o.value(u"steps");
        if (!absent(steps) && !steps.isArray())
            return fail(tr("A Zap run's \"steps\" is not a list."));
        r.runs << run;
    }
    return r;
}

QString ZapierParser::errorText(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    QStringList parts;
    const QJsonValue errors = o.value(u"errors");
    if (errors.isString())
        parts << errors.toString();
    for (const QJsonValue& e : errors.toArray()) {
        if (e.isString()) {
            parts << e.toString();
            continue;
        }
        const QJsonObject eo = e.toObject();
        QString text = eo.value(u"title").toString();
        const QString detail = eo.value(u"detail").toString().isEmpty() ? eo.value(u"message").toString()
                                                                        : eo.value(u"detail").toString();
        if (!detail.isEmpty())
            text = text.isEmpty() ? detail : u"%1: %2"_s.arg(text, detail);
        if (!text.isEmpty())
            parts << text;
    }
    if (parts.isEmpty()) {
        for (const char16_t* key : { u"message", u"detail", u"error" }) {
            const QJsonValue v = o.value(QStringView(key));
            if (v.isString() && !v.toString().isEmpty()) {
                parts << v.toString();
                break;
            }
        }
    }
    return parts.join(u"; "_s);
}

ConnectorError ZapierParser::refineError(const ConnectorError& transportError, const QByteArray& body)
{
    ConnectorError e = transportError;
    const QString text = errorText(body).left(500);
    if (!text.isEmpty())
        e.message = tr("%1 — Zapier says: %2").arg(e.message, text);
    return e;
}

} // namespace plumbline
