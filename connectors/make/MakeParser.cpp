#include "MakeParser.h"

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

std::optional<QJsonObject> object(const QByteArray& body, QString* problem)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *problem
            = MakeParser::tr("Make sent a body that is not JSON (%1 at byte %2).").arg(e.errorString()).arg(e.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = MakeParser::tr("Make sent JSON that is not an object.");
        return std::nullopt;
    }
    return doc.object();
}

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

// A whole, non-negative JSON number.
std::optional<qint64> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d != std::floor(d) || d > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

// ISO 8601 text or milliseconds since the epoch.
std::optional<QDateTime> timestamp(const QJsonValue& v)
{
    if (v.isString()) {
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (d.isValid())
            return d.toUTC();
        bool ok = false;
        const qint64 ms = v.toString().toLongLong(&ok);
        if (ok && ms > 0)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return std::nullopt;
    }
    if (const auto ms = wholeNumber(v); ms && *ms > 0)
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return std::nullopt;
}

} // namespace

RunEvent::Status MakeParser::statusFromCode(qint64 code)
{
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

RunLogResult MakeParser::parseScenario(const QByteArray& body)
{
    RunLogResult r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue sv = o->value(u"scenario");
    if (!sv.isObject()) {
        r.error = parseError(tr("Make's scenario answer has no \"scenario\" object."));
        return r;
    }
    const QJsonObject s = sv.toObject();
    const auto flag = [&](const char16_t* key, std::optional<bool>& into) {
        const QJsonValue v = s.value(QStringView(key));
        if (absent(v))
            return true;
        if (!v.isBool())
            return false;
        into = v.toBool();
        return true;
    };
    if (!flag(u"isActive", r.state.active) || !flag(u"isPaused", r.state.paused)
        || !flag(u"isinvalid", r.state.invalid)) {
        r = {};
        r.error = parseError(tr("A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false."));
        return r;
    }
    const QJsonValue dlq = s.value(u"dlqCount");
    if (!absent(dlq)) {
        const auto n = wholeNumber(dlq);
        if (!n) {
            r = {};
            r.error = parseError(tr("Make's scenario \"dlqCount\" is not a whole number."));
            return r;
        }
        r.state.storedFailures = n;
    }
    const QJsonValue name = s.value(u"name");
    if (!absent(name) && !name.isString()) {
        r = {};
        r.error = parseError(tr("Make's scenario \"name\" is not text."));
        return r;
    }
    r.state.name = name.toString();
    return r;
}

MakeParser::Logs MakeParser::parseLogs(const QByteArray& body)
{
    Logs r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue list = o->value(u"scenarioLogs");
    if (!list.isArray()) {
        r.error = parseError(tr("Make's log answer has no \"scenarioLogs\" list."));
        return r;
    }
    const auto fail = [&](const QString& message) {
        Logs bad;
        bad.error = parseError(message);
        return bad;
    };
    for (const QJsonValue& item : list.toArray()) {
        ++r.entries;
        if (!item.isObject())
            return fail(tr("A Make log entry is not an object."));
        const QJsonObject e = item.toObject();
        const QJsonValue status = e.value(u"status");
        if (absent(status) && e.contains(u"eventType"))
            continue; // scenario modified/started/stopped notes mixed into the list (UNCONFIRMED)
        RunEvent ev;
        const QJsonValue id = e.value(u"id");
        const QJsonValue imtId = e.value(u"imtId");
        if (id.isString() && !id.toString().isEmpty())
            ev.externalId = id.toString();
        else if (const auto n = wholeNumber(id))
            ev.externalId = QString::number(*n);
        else if (imtId.isString() && !imtId.toString().isEmpty())
            ev.externalId = imtId.toString();
        else
            return fail(tr("A Make log entry has neither \"id\" nor \"imtId\"."));
        const auto at = timestamp(e.value(u"timestamp"));
        if (!at)
            return fail(tr("A Make log entry has no readable \"timestamp\"."));
        ev.at = *at;
        const auto code = wholeNumber(status);
        if (!code)
            return fail(tr("A Make log entry's \"status\" is not a number."));
        ev.status = statusFromCode(*code);
        const QJsonValue ops = e.value(u"operations");
        if (!absent(ops)) {
            const auto n = wholeNumber(ops);
            if (!n)
                return fail(tr("A Make log entry's \"operations\" is not a whole number."));
            ev.operations = *n;
        }
        // Log entries carry no message; an error detail, when some zone sends one, is kept.
        const QJsonValue error = e.value(u"error");
        if (error.isString())
            ev.message = error.toString();
        else if (error.isObject())
            ev.message = error.toObject().value(u"message").toString();
        r.events << ev;
    }
    const QJsonValue pg = o->value(u"pg");
    if (pg.isObject() && pg.toObject().value(u"last").isString())
        r.last = pg.toObject().value(u"last").toString();
    return r;
}

TestResult MakeParser::parseMe(const QByteArray& body)
{
    TestResult r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    QJsonValue user = o->value(u"authUser");
    if (absent(user))
        user = o->value(u"user");
    if (!user.isObject()) {
        r.error = parseError(tr("Make's /users/me answer has no \"authUser\" object."));
        return r;
    }
    const QJsonValue name = user.toObject().value(u"name");
    if (name.isString())
        r.account = name.toString();
    return r;
}

QuotaResult MakeParser::parseOrganization(const QByteArray& body)
{
    QuotaResult r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue org = o->value(u"organization");
    const QJsonValue license = org.toObject().value(u"license");
    const QJsonValue limit = license.toObject().value(u"apiLimit");
    if (!org.isObject() || !license.isObject() || absent(limit)) {
        r.error = parseError(tr("Make's organization answer has no \"organization.license.apiLimit\"."));
        return r;
    }
    const auto n = wholeNumber(limit);
    if (!n) {
        r.error = parseError(tr("Make's \"license.apiLimit\" is not a whole number."));
        return r;
    }
    r.quota.limit = n;
    r.quota.windowS = 60;
    r.quota.source = u"organization.license.apiLimit"_s;
    return r;
}

QString MakeParser::errorText(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    QString text = o.value(u"message").toString();
    const QString detail = o.value(u"detail").toString();
    if (!detail.isEmpty() && detail != text)
        text = text.isEmpty() ? detail : u"%1: %2"_s.arg(text, detail);
    QStringList subs;
    for (const QJsonValue& s : o.value(u"suberrors").toArray()) {
        const QString m = s.isString() ? s.toString() : s.toObject().value(u"message").toString();
        if (!m.isEmpty())
            subs << m;
    }
    if (!subs.isEmpty())
        text += (text.isEmpty() ? QString() : u"; "_s) + subs.join(u"; "_s);
    const QJsonValue code = o.value(u"code");
    const QString codeText = code.isString() ? code.toString()
        : code.isDouble()                    ? QString::number(code.toInteger())
                                             : QString();
    if (!codeText.isEmpty() && !text.isEmpty())
        text += u" (%1)"_s.arg(codeText);
    return text;
}

ConnectorError MakeParser::refineError(int status, const ConnectorError& transportError, const QByteArray& body)
{
    Q_UNUSED(status)
    ConnectorError e = transportError;
    const QString text = errorText(body).left(500);
    if (!text.isEmpty())
        e.message = tr("%1 — Make says: %2").arg(e.message, text);
    return e;
}

} // namespace plumbline
