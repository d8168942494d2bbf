#include "VendorSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plumbline {

VendorSandbox::VendorSandbox(SandboxContext& context, QString connectionId)
    : m_context(context)
    , m_connectionId(std::move(connectionId))
{
}

VendorSandbox::~VendorSandbox() = default;

QByteArray VendorSandbox::httpDate(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QString VendorSandbox::isoMs(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString VendorSandbox::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int VendorSandbox::recentRequests(qint64 windowMs) const
{
    const qint64 from = now().toMSecsSinceEpoch() - windowMs;
    int n = 0;
    for (qint64 t : m_recent)
        n += t > from ? 1 : 0;
    return n;
}

int VendorSandbox::clientUse(qint64 windowMs, int limit) const
{
    return qMin(recentRequests(windowMs), limit / 2);
}

SandboxReply VendorSandbox::token(const SandboxRequest&)
{
    return SandboxReply::json(404, QJsonObject { { u"error"_s, u"no token endpoint"_s } });
}

SandboxReply VendorSandbox::authorize(const SandboxRequest&)
{
    return SandboxReply::json(404, QJsonObject { { u"error"_s, u"no sign-in endpoint"_s } });
}

SandboxTokens::Verdict VendorSandbox::credential(const SandboxRequest& request)
{
    using Kind = SandboxTokens::Verdict::Kind;
    if (m_context.staticSecrets.contains(m_connectionId) && authorized(request))
        return { Kind::Live, {} };
    const QString token = QString::fromUtf8(presentedToken(request));
    const Scenario scenario = state().scenario;
    if (token.isEmpty() || scenario == Scenario::RefreshRevoked)
        return { Kind::Refused, {} };
    return m_context.tokens.use(m_connectionId, token, now(), scenario == Scenario::TokenExpired);
}

SandboxReply VendorSandbox::handle(const SandboxRequest& request)
{
    ScenarioState& st = state();
    const bool tokenRequest = !tokenPath().isEmpty() && request.path == tokenPath();
    if (tokenRequest || (!authorizePath().isEmpty() && request.path == authorizePath())) {
        // The vendor's login service: down in an outage, silent under timeouts, otherwise its own rules. Not counted
        // with the API's requests (quota headers, alternating failures).
        if (tokenRequest)
            m_context.tokens.countRequest(m_connectionId);
        SandboxReply reply = st.scenario == Scenario::ServerErrors ? serverError(503)
            : tokenRequest                                         ? token(request)
                                                                   : authorize(request);
        if (st.scenario == Scenario::Timeouts) {
            reply.hold = true;
            reply.holdMs = kTimeoutReplyMs;
        }
        return reply;
    }
    ++st.requests;
    ++m_total;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    m_recent.append(nowMs);
    while (!m_recent.isEmpty() && m_recent.first() < nowMs - 86400 * qint64(1000))
        m_recent.removeFirst();

    SandboxReply reply;
    const bool open = isPublic(request);
    SandboxTokens::Verdict verdict;
    if (!open && st.scenario != Scenario::ServerErrors && st.scenario != Scenario::AuthRevoked)
        verdict = credential(request);
    if (st.scenario == Scenario::ServerErrors) {
        // An outage answers before anything looks at credentials; 503 and 500 alternate so retries fail too.
        reply = serverError(st.requests % 2 == 1 ? 503 : 500);
    } else if (!open
        && (st.scenario == Scenario::AuthRevoked || verdict.kind == SandboxTokens::Verdict::Kind::Refused)) {
        reply = unauthorized(request);
    } else if (!open && verdict.kind == SandboxTokens::Verdict::Kind::Expired) {
        reply = expired(request, verdict.expiredAt);
    } else if (!open && st.scenario == Scenario::PermissionRemoved) {
        reply = forbidden(request);
    } else if (st.scenario == Scenario::RateLimited && st.requests % 2 == 1) {
        // Every other request is refused, so a client that honours Retry-After still gets through.
        reply = tooManyRequests(request);
    } else if (st.scenario == Scenario::RetiredVersion && retired(request)) {
        reply = *retired(request);
    } else if (st.scenario == Scenario::ObjectDeleted && deleted(request)) {
        reply = *deleted(request);
    } else {
        reply = route(request);
        if (st.scenario == Scenario::Malformed && reply.status == 200)
            corrupt(reply, st.requests);
        if (st.scenario == Scenario::DeprecatedVersion)
            addDeprecation(reply, request);
    }
    addQuotaHeaders(reply, st);
    if (st.scenario == Scenario::Timeouts) {
        reply.hold = true;
        reply.holdMs = kTimeoutReplyMs;
    }
    return reply;
}

void VendorSandbox::addDeprecation(SandboxReply& reply, const SandboxRequest&) const
{
    const QDateTime t = now();
    reply.setHeader(QByteArrayLiteral("Deprecation"), '@' + QByteArray::number(t.addDays(-30).toSecsSinceEpoch()));
    reply.setHeader(QByteArrayLiteral("Sunset"), httpDate(t.addDays(60)));
}

qint64 VendorSandbox::servedCount(const std::function<qint64(const QDateTime&)>& series, bool destination)
{
    ScenarioState& st = state();
    ++st.countRequests;
    const qint64 lag = destination ? SandboxDataset::kSyncLagS : 0;
    const qint64 healthy = series(now().addSecs(-lag));
    switch (st.scenario) {
    case Scenario::CountDrift:
        return healthy * 9 / 10; // a stable tenth of the records never arrives
    case Scenario::GrowingGap:
        // The gap widens by four points with every count served: 4 %, 8 %, 12 %, ...
        return qMax<qint64>(0, healthy * qMax(0, 100 - 4 * st.countRequests) / 100);
    case Scenario::SilentFailure:
        return series(st.since.addSecs(-lag)); // frozen where the sync stopped
    case Scenario::VolumeSpike:
        // The first count is normal so the monitor has a baseline; from the second on, 40 % more records.
        return st.countRequests >= 2 ? healthy * 14 / 10 : healthy;
    default:
        return healthy;
    }
}

void VendorSandbox::corrupt(SandboxReply& reply, int requestNumber)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (requestNumber % 2 == 1 || error.error != QJsonParseError::NoError) {
        reply.body.truncate(qMax<qsizetype>(1, reply.body.size() / 2)); // cut mid-document
        return;
    }
    // Wrong types: every number becomes a word, as an API that changed its format might answer.
    const std::function<QJsonValue(const QJsonValue&)> retype = [&retype](const QJsonValue& v) -> QJsonValue {
        if (v.isDouble())
            return u"many"_s;
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = retype(it.value());
            return o;
        }
        if (v.isArray()) {
            QJsonArray a;
            for (const QJsonValue& e : v.toArray())
                a.append(retype(e));
            return a;
        }
        return v;
    };
    const QJsonValue out = retype(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    reply.body = (out.isObject() ? QJsonDocument(out.toObject()) : QJsonDocument(out.toArray()))
                     .toJson(QJsonDocument::Compact);
}

} // namespace plumbline
