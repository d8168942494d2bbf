#pragma once

#include <sandbox/SandboxOAuth.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// A plain REST/JSON service under /generic (the generic connector's counterpart): a configurable auth header,
// `{"meta":{"total":N},"errors":[...],"data":[...]}` bodies, IETF RateLimit and X-RateLimit-* headers.
// It is the destination of the HubSpot contacts -> warehouse flow. An RFC 6749 OAuth server beside it at /oauth/token
// (client credentials) issues Bearer tokens the API accepts too.
class GenericSandbox final : public VendorSandbox
{
public:
    GenericSandbox(SandboxContext& context, QString connectionId, QByteArray authHeader, QByteArray authScheme);

    static constexpr qint64 kAccessTokenLifetimeS = 3600;

    QString tokenPath() const override;

protected:
    bool authorized(const SandboxRequest& request) const override;
    QByteArray presentedToken(const SandboxRequest& request) const override;
    SandboxReply token(const SandboxRequest& request) override;
    SandboxReply unauthorized(const SandboxRequest& request) const override;
    SandboxReply expired(const SandboxRequest& request, const QDateTime& expiredAt) const override;
    SandboxReply forbidden(const SandboxRequest& request) const override;
    SandboxReply tooManyRequests(const SandboxRequest& request) const override;
    SandboxReply serverError(int status) const override;
    std::optional<SandboxReply> retired(const SandboxRequest& request) const override;
    std::optional<SandboxReply> deleted(const SandboxRequest& request) const override;
    SandboxReply route(const SandboxRequest& request) override;
    void addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const override;

private:
    SandboxReply failure(int status, const QString& message) const;
    // The warehouse's contacts for value checks: `limit`/`offset` pages or `email=` lookups into `data`.
    QJsonArray contacts(const SandboxRequest& request) const;

    QByteArray m_authHeader;
    QByteArray m_authScheme;
    SandboxOAuth m_oauth;
};

} // namespace plumbline
