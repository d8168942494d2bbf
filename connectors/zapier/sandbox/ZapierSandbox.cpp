#include "ZapierSandbox.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
constexpr int kPerMinute = 60; // X-RateLimit-Limit (UNCONFIRMED figure)
const QString kZapTitle = u"Shopify customers to Salesforce contacts"_s;

int intParam(const SandboxRequest& r, const QString& name, int fallback)
{
    const QString v = r.query.queryItemValue(name);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? n : fallback;
}
} // namespace

ZapierSandbox::ZapierSandbox(
    SandboxContext& context, QString connectionId, QString zapId, QString destinationConnection)
    : VendorSandbox(context, std::move(connectionId))
    , m_zapId(std::move(zapId))
    , m_destination(std::move(destinationConnection))
{
}

SandboxReply ZapierSandbox::errors(int status, const QString& code, const QString& title, const QString& detail)
{
    return SandboxReply::json(status,
        QJsonObject { { u"errors"_s,
            QJsonArray { QJsonObject { { u"status"_s, QString::number(status) }, { u"code"_s, code },
                { u"title"_s, title }, { u"detail"_s, detail } } } } });
}

bool ZapierSandbox::authorized(const SandboxRequest& request) const
{
    return request.header("Authorization") == "Bearer " + secret().toUtf8();
}

SandboxReply ZapierSandbox::unauthorized(const SandboxRequest&) const
{
    SandboxReply r = errors(401, u"not_authenticated"_s, u"Not Authenticated"_s,
        u"Authentication credentials were not provided or are invalid."_s);
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"api\""));
    return r;
}

SandboxReply ZapierSandbox::forbidden(const SandboxRequest&) const
{
    return errors(403, u"permission_denied"_s, u"Permission Denied"_s,
        u"The access token is missing the required scope zap:runs."_s);
}

SandboxReply ZapierSandbox::tooManyRequests(const SandboxRequest&) const
{
    SandboxReply r = errors(
        429, u"throttled"_s, u"Too Many Requests"_s, u"Request was throttled. Expected available in 2 seconds."_s);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2"));
    return r;
}

SandboxReply ZapierSandbox::serverError(int status) const
{
    return status == 503 ? errors(503, u"service_unavailable"_s, u"Service Unavailable"_s, u"Please retry later."_s)
                         : errors(500, u"server_error"_s, u"Internal Server Error"_s, u"A server error occurred."_s);
}

std::optional<SandboxReply> ZapierSandbox::retired(const SandboxRequest&) const
{
    SandboxReply r = errors(410, u"gone"_s, u"Gone"_s, u"This API version has been retired."_s);
    r.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(-1)));
    return r;
}

void ZapierSandbox::addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const
{
    const bool limited = state.scenario == Scenario::RateLimited;
    const int remaining = limited ? (reply.status == 429 ? 0 : 1) : kPerMinute - clientUse(60000, kPerMinute);
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(kPerMinute));
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(remaining));
    reply.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(60 - now().time().second()));
}

MiddlewareRuns ZapierSandbox::runs() const
{
    MiddlewareRuns r;
    const ScenarioState& own = state();
    // Runs stopped well before the scenario was set (see MiddlewareRuns::kSilentStopBackdateS).
    if (own.scenario == Scenario::SilentFailure)
        r.stoppedAt = own.since.addSecs(-MiddlewareRuns::kSilentStopBackdateS);
    const ScenarioState& dest = m_context.scenarios.state(m_destination);
    const QDateTime destStop = dest.since.addSecs(-MiddlewareRuns::kSilentStopBackdateS);
    if (dest.scenario == Scenario::SilentFailure && (!r.stoppedAt.isValid() || destStop < r.stoppedAt))
        r.stoppedAt = destStop;
    return r;
}

SandboxReply ZapierSandbox::route(const SandboxRequest& request)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (request.method != "GET")
        return errors(405, u"method_not_allowed"_s, u"Method Not Allowed"_s, u"Only GET is supported here."_s);
    if (path == u"/v2/zaps")
        return zaps(request);
    if (path == u"/v2/zap-runs")
        return zapRuns(request);
    return errors(404, u"not_found"_s, u"Not Found"_s, u"The requested resource was not found."_s);
}

SandboxReply ZapierSandbox::zaps(const SandboxRequest& request) const
{
    const int limit = qBound(1, intParam(request, u"limit"_s, 10), 100);
    const int offset = qMax(0, intParam(request, u"offset"_s, 0));
    const QDateTime lastRun = runs().latestBefore(now());
    QJsonArray data;
    if (offset == 0) {
        data << QJsonObject { { u"type"_s, u"zap"_s }, { u"id"_s, m_zapId }, { u"is_enabled"_s, true },
            { u"last_successful_run_date"_s, isoMs(lastRun.addSecs(4)) },
            { u"updated_at"_s, u"2025-10-02T08:15:44.000Z"_s }, { u"title"_s, kZapTitle },
            { u"links"_s, QJsonObject { { u"html_editor"_s, QString(u"https://zapier.com/editor/"_s + m_zapId) } } } };
    }
    Q_UNUSED(limit)
    return SandboxReply::json(200,
        QJsonObject { { u"links"_s, QJsonObject { { u"next"_s, QJsonValue::Null }, { u"prev"_s, QJsonValue::Null } } },
            { u"meta"_s, QJsonObject { { u"count"_s, 1 }, { u"limit"_s, limit }, { u"offset"_s, offset } } },
            { u"data"_s, data } });
}

SandboxReply ZapierSandbox::zapRuns(const SandboxRequest& request) const
{
    const QDateTime t = now();
    const int limit = qBound(1, intParam(request, u"limit"_s, 10), 100);
    const int offset = qMax(0, intParam(request, u"offset"_s, 0));
    QDateTime from
        = QDateTime::fromString(request.query.queryItemValue(u"from_date"_s, QUrl::FullyDecoded), Qt::ISODate);
    if (!from.isValid())
        from = t.addDays(-30);
    const MiddlewareRuns r = runs();
    QJsonArray data;
    for (const QDateTime& start : r.between(from, t, limit, offset)) {
        const QDateTime end = start.addSecs(4);
        const int records = 1 + int(start.toSecsSinceEpoch() / 300 % 5);
        data << QJsonObject { { u"id"_s, MiddlewareRuns::runId(m_zapId, start) }, { u"zap_id"_s, m_zapId },
            { u"zap_title"_s, kZapTitle }, { u"start_time"_s, isoMs(start) }, { u"end_time"_s, isoMs(end) },
            { u"status"_s, u"success"_s },
            { u"steps"_s,
                QJsonArray { QJsonObject { { u"status"_s, u"success"_s }, { u"start_time"_s, isoMs(start) } },
                    QJsonObject { { u"status"_s, u"success"_s }, { u"start_time"_s, isoMs(start.addSecs(2)) } } } },
            { u"data_in"_s, QJsonObject { { u"customers"_s, records } } },
            { u"data_out"_s, QJsonObject { { u"contacts_created"_s, records } } } };
    }
    return SandboxReply::json(200,
        QJsonObject { { u"links"_s, QJsonObject { { u"next"_s, QJsonValue::Null }, { u"prev"_s, QJsonValue::Null } } },
            { u"meta"_s,
                QJsonObject {
                    { u"count"_s, r.countBetween(from, t) }, { u"limit"_s, limit }, { u"offset"_s, offset } } },
            { u"data"_s, data } });
}

std::optional<SandboxReply> ZapierSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted Zap is simply absent from the account's list (and has no new runs).
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path != u"/v2/zaps" && path != u"/v2/zap-runs")
        return std::nullopt;
    const int limit = qBound(1, intParam(request, u"limit"_s, 10), 100);
    const int offset = qMax(0, intParam(request, u"offset"_s, 0));
    return SandboxReply::json(200,
        QJsonObject { { u"links"_s, QJsonObject { { u"next"_s, QJsonValue::Null }, { u"prev"_s, QJsonValue::Null } } },
            { u"meta"_s, QJsonObject { { u"count"_s, 0 }, { u"limit"_s, limit }, { u"offset"_s, offset } } },
            { u"data"_s, QJsonArray {} } });
}

} // namespace plumbline
