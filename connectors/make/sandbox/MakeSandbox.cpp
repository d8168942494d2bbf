#include "MakeSandbox.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

MakeSandbox::MakeSandbox(SandboxContext& context, QString connectionId, Ids ids)
    : VendorSandbox(context, std::move(connectionId))
    , m_ids(std::move(ids))
{
}

SandboxReply MakeSandbox::error(int status, const QString& message, const QString& detail)
{
    QJsonObject body { { u"message"_s, message } };
    if (!detail.isEmpty())
        body.insert(u"detail"_s, detail);
    return SandboxReply::json(status, body);
}

bool MakeSandbox::authorized(const SandboxRequest& request) const
{
    return request.header("Authorization") == "Token " + secret().toUtf8();
}

SandboxReply MakeSandbox::unauthorized(const SandboxRequest&) const
{
    return error(401, u"Access denied."_s, u"Invalid access token."_s);
}

SandboxReply MakeSandbox::forbidden(const SandboxRequest&) const
{
    return error(403, u"Permission denied."_s, u"The token does not have the scope scenarios:read."_s);
}

SandboxReply MakeSandbox::tooManyRequests(const SandboxRequest&) const
{
    SandboxReply r = error(429, u"Requests limit for organization exceeded, please try again later."_s);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2"));
    return r;
}

SandboxReply MakeSandbox::serverError(int status) const
{
    return status == 503 ? error(503, u"Service Unavailable"_s, u"The service is temporarily unavailable."_s)
                         : error(500, u"Internal Server Error"_s);
}

std::optional<SandboxReply> MakeSandbox::retired(const SandboxRequest&) const
{
    SandboxReply r = error(410, u"Gone"_s, u"This version of the API is no longer available."_s);
    r.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(-1)));
    return r;
}

MiddlewareRuns MakeSandbox::runs() const
{
    MiddlewareRuns r;
    const ScenarioState& own = state();
    // Runs stopped well before the scenario was set (see MiddlewareRuns::kSilentStopBackdateS).
    if (own.scenario == Scenario::SilentFailure)
        r.stoppedAt = own.since.addSecs(-MiddlewareRuns::kSilentStopBackdateS);
    const ScenarioState& dest = m_context.scenarios.state(m_ids.destinationConnection);
    const QDateTime destStop = dest.since.addSecs(-MiddlewareRuns::kSilentStopBackdateS);
    if (dest.scenario == Scenario::SilentFailure && (!r.stoppedAt.isValid() || destStop < r.stoppedAt))
        r.stoppedAt = destStop;
    return r;
}

QJsonObject MakeSandbox::scenarioObject() const
{
    const MiddlewareRuns r = runs();
    const QDateTime next = r.latestBefore(now()).addSecs(r.intervalS);
    return QJsonObject {
        { u"id"_s, m_ids.scenarioId },
        { u"name"_s, u"HubSpot contacts to Mailchimp audience"_s },
        { u"teamId"_s, m_ids.teamId },
        { u"hookId"_s, QJsonValue::Null },
        { u"deviceId"_s, QJsonValue::Null },
        { u"deviceScope"_s, QJsonValue::Null },
        { u"concept"_s, false },
        { u"description"_s, u"Copies new and updated HubSpot contacts into the newsletter audience."_s },
        { u"folderId"_s, 12 },
        // silent_failure keeps all of these green: the scenario just stops doing anything.
        { u"isinvalid"_s, false },
        { u"islinked"_s, true },
        { u"isActive"_s, true },
        { u"islocked"_s, false },
        { u"isPaused"_s, false },
        { u"iswaiting"_s, false },
        { u"dlqCount"_s, 0 },
        { u"usedPackages"_s, QJsonArray { u"hubspotcrm"_s, u"mailchimp"_s, u"builtin"_s } },
        { u"lastEdit"_s, u"2025-11-18T14:03:27.512Z"_s },
        { u"scheduling"_s, QJsonObject { { u"type"_s, u"indefinitely"_s }, { u"interval"_s, r.intervalS } } },
        { u"nextExec"_s, isoMs(next) },
        { u"operations"_s, 184220 },
        { u"transfer"_s, 9120448 },
    };
}

SandboxReply MakeSandbox::logs(const SandboxRequest& request) const
{
    const QDateTime t = now();
    const QString fromText = request.query.queryItemValue(u"from"_s);
    const QString toText = request.query.queryItemValue(u"to"_s);
    const QDateTime from
        = fromText.isEmpty() ? t.addDays(-30) : QDateTime::fromMSecsSinceEpoch(fromText.toLongLong(), Qt::UTC);
    const QDateTime to = toText.isEmpty() ? t : qMin(t, QDateTime::fromMSecsSinceEpoch(toText.toLongLong(), Qt::UTC));
    const QString limitText = request.query.queryItemValue(u"pg[limit]"_s, QUrl::FullyDecoded);
    const int limit = qBound(1, limitText.isEmpty() ? 50 : limitText.toInt(), 10000);
    const QString statusFilter = request.query.queryItemValue(u"status"_s);

    const QString flow = u"make-scenario-%1"_s.arg(m_ids.scenarioId);
    QJsonArray list;
    QString last;
    if (statusFilter.isEmpty() || statusFilter == u"1") {
        for (const QDateTime& start : runs().between(from, to, limit)) {
            const QString id = MiddlewareRuns::runId(flow, start);
            const qint64 ms = start.toMSecsSinceEpoch();
            const int ops = 2 + int(ms / 1000 % 7) * 2; // a few contacts per run
            last = u"%1_scenario.%2.auto.%3"_s.arg(ms).arg(m_ids.scenarioId).arg(id);
            list << QJsonObject { { u"imtId"_s, last }, { u"duration"_s, 1800 + int(ms / 1000 % 900) },
                { u"operations"_s, ops }, { u"centicredits"_s, ops * 100 }, { u"transfer"_s, ops * 412 },
                { u"organizationId"_s, m_ids.organizationId }, { u"teamId"_s, m_ids.teamId }, { u"id"_s, id },
                { u"type"_s, u"auto"_s }, { u"authorId"_s, QJsonValue::Null }, { u"instant"_s, false },
                { u"timestamp"_s, isoMs(start) }, { u"status"_s, 1 } };
        }
    }
    return SandboxReply::json(200,
        QJsonObject { { u"scenarioLogs"_s, list },
            { u"pg"_s,
                QJsonObject { { u"sortBy"_s, u"imtId"_s }, { u"sortDir"_s, u"desc"_s },
                    { u"last"_s, last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last) },
                    { u"showLast"_s, false }, { u"limit"_s, limit } } } });
}

SandboxReply MakeSandbox::route(const SandboxRequest& request)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (request.method != "GET")
        return error(405, u"Method not allowed"_s);
    if (path == u"/users/me") {
        return SandboxReply::json(200,
            QJsonObject { { u"authUser"_s,
                QJsonObject { { u"id"_s, 30127 }, { u"name"_s, u"Sandbox Operator"_s },
                    { u"email"_s, u"ops@plumbline-sandbox.example"_s }, { u"language"_s, u"en"_s },
                    { u"timezoneId"_s, 113 }, { u"localeId"_s, 1 }, { u"countryId"_s, 1 } } } });
    }
    if (path == u"/organizations/%1"_s.arg(m_ids.organizationId)) {
        return SandboxReply::json(200,
            QJsonObject { { u"organization"_s,
                QJsonObject { { u"id"_s, m_ids.organizationId }, { u"name"_s, u"Plumbline Sandbox"_s },
                    { u"zone"_s, u"eu1.make.com"_s }, { u"countryId"_s, 1 }, { u"timezoneId"_s, 113 },
                    { u"license"_s,
                        QJsonObject {
                            { u"apiLimit"_s, 240 }, { u"operations"_s, 40000 }, { u"transfer"_s, 10240 } } } } } });
    }
    if (path == u"/scenarios") {
        const QString team = request.query.queryItemValue(u"teamId"_s);
        const QString org = request.query.queryItemValue(u"organizationId"_s);
        if (team.isEmpty() && org.isEmpty())
            return error(400, u"Validation failed"_s, u"teamId or organizationId is required."_s);
        QJsonArray list;
        if (team == QString::number(m_ids.teamId) || org == QString::number(m_ids.organizationId))
            list << scenarioObject();
        return SandboxReply::json(200,
            QJsonObject { { u"scenarios"_s, list },
                { u"pg"_s,
                    QJsonObject { { u"sortBy"_s, u"proprietal"_s }, { u"limit"_s, 10 }, { u"sortDir"_s, u"desc"_s },
                        { u"offset"_s, 0 }, { u"returnTotalCount"_s, false } } } });
    }
    const QString scenarioPath = u"/scenarios/%1"_s.arg(m_ids.scenarioId);
    if (path == scenarioPath)
        return SandboxReply::json(200, QJsonObject { { u"scenario"_s, scenarioObject() } });
    if (path == scenarioPath + u"/logs"_s)
        return logs(request);
    if (path.startsWith(u"/scenarios/"))
        return error(404, u"Scenario not found."_s);
    return error(404, u"Not Found"_s, u"The requested resource was not found."_s);
}

std::optional<SandboxReply> MakeSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted scenario: GET /scenarios/{id} (and its logs) is 404; the scenario list no longer has it.
    if (!request.path.startsWith(u"/scenarios/"))
        return std::nullopt;
    return error(404, u"Scenario not found."_s);
}

} // namespace plumbline
