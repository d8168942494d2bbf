#pragma once

#include "SandboxContext.h"
#include "SandboxReply.h"

#include <QJsonObject>
#include <optional>

namespace plumbline {

// One vendor's fake API. The base class runs what is common to all vendors (credential check, then the failure
// scenarios, the normal route, then malformed/deprecated decorations, quota headers and holding for timeouts);
// subclasses supply the vendor's own paths, bodies and headers. Vendors with OAuth also serve their token (and
// sign-in) endpoint, and accept the access tokens it issued besides the static secret.
class VendorSandbox
{
    Q_DISABLE_COPY_MOVE(VendorSandbox)

public:
    VendorSandbox(SandboxContext& context, QString connectionId);
    virtual ~VendorSandbox();

    QString connectionId() const { return m_connectionId; }
    SandboxReply handle(const SandboxRequest& request);

    // Where the server mounts this vendor ("/salesforce"): with SandboxContext::baseUrl, the vendor's own base URL.
    void setPrefix(const QString& prefix) { m_prefix = prefix; }
    QString baseUrl() const { return m_context.baseUrl + m_prefix; }
    // The token and sign-in endpoints below the prefix ("/services/oauth2/token"); empty where the vendor has none.
    virtual QString tokenPath() const { return {}; }
    virtual QString authorizePath() const { return {}; }

    // How long a held (timeouts) request waits before it is answered at all.
    static constexpr int kTimeoutReplyMs = 120 * 1000;

    static QByteArray httpDate(const QDateTime& at);
    static QString isoMs(const QDateTime& at); // 2026-03-01T10:00:00.000Z
    static QString uuid();

protected:
    // Requests that need no credentials (Salesforce's version list).
    virtual bool isPublic(const SandboxRequest&) const { return false; }
    // Whether the request carries the connection's static secret (accepted only where the sandbox workspace's
    // connection uses a static method: SandboxContext::staticSecrets).
    virtual bool authorized(const SandboxRequest& request) const = 0;
    // The access token the request presents, for vendors with a token endpoint (Bearer, X-Shopify-Access-Token).
    virtual QByteArray presentedToken(const SandboxRequest&) const { return {}; }
    // The token endpoint's and the sign-in's answers (no credential check, no scenario but outages and timeouts).
    virtual SandboxReply token(const SandboxRequest& request);
    virtual SandboxReply authorize(const SandboxRequest& request);
    virtual SandboxReply unauthorized(const SandboxRequest& request) const = 0;
    // An issued access token whose time is up (or that token_expired killed): the vendor's "expired" answer.
    virtual SandboxReply expired(const SandboxRequest& request, const QDateTime&) const
    {
        return unauthorized(request);
    }
    virtual SandboxReply forbidden(const SandboxRequest& request) const = 0;
    virtual SandboxReply tooManyRequests(const SandboxRequest& request) const = 0;
    virtual SandboxReply serverError(int status) const = 0;
    // retired_version: the answer for this request, or nothing to serve it normally (Shopify falls forward).
    virtual std::optional<SandboxReply> retired(const SandboxRequest& request) const = 0;
    virtual SandboxReply route(const SandboxRequest& request) = 0;
    // object_deleted: the vendor's own "does not exist" answer when `request` reads the object, scenario or Zap an
    // integration uses; nothing for other requests (account, limits, version lists), which still work.
    virtual std::optional<SandboxReply> deleted(const SandboxRequest&) const { return std::nullopt; }
    virtual void addQuotaHeaders(SandboxReply&, const ScenarioState&) const { }
    // deprecated_version: RFC 9745 Deprecation (a month ago) and RFC 8594 Sunset (about 60 days ahead).
    virtual void addDeprecation(SandboxReply& reply, const SandboxRequest& request) const;

    // The count this connection serves for `series` now, after the drift scenarios: a destination trails its
    // source by SandboxDataset::kSyncLagS. Call once per count request (growing_gap and volume_spike move with it).
    qint64 servedCount(const std::function<qint64(const QDateTime&)>& series, bool destination);

    QString secret() const { return m_context.secrets.value(m_connectionId); }
    ScenarioState& state() const { return m_context.scenarios.state(m_connectionId); }
    QDateTime now() const { return m_context.now(); }
    const SandboxDataset& dataset() const { return m_context.dataset; }
    // Requests served by this connection in the last `windowMs` (for quota headers).
    int recentRequests(qint64 windowMs) const;
    // The share of a `limit` per `windowMs` that the client's own traffic uses, for quota headers outside
    // rate_limited: at most half. The fake accounts are sized so that monitoring, however fast a test polls, never
    // runs low on its own (a healthy sandbox must stay healthy by construction, not by timing).
    int clientUse(qint64 windowMs, int limit) const;
    qint64 totalRequests() const { return m_total; }
    // value_drift on this connection: its records are a destination's with drifted values (SandboxDataset::view).
    bool valueDrift() const { return state().scenario == Scenario::ValueDrift; }
    // The first index without a first name under value_drift now, or -1 outside it.
    qint64 driftFrom() const { return valueDrift() ? SandboxDataset::driftFrom(dataset().people(now())) : -1; }

    SandboxContext& m_context;

private:
    static void corrupt(SandboxReply& reply, int requestNumber);
    SandboxTokens::Verdict credential(const SandboxRequest& request);

    QString m_connectionId;
    QString m_prefix;
    QList<qint64> m_recent; // ms since epoch of recent requests, oldest first
    qint64 m_total = 0;
};

} // namespace plumbline
