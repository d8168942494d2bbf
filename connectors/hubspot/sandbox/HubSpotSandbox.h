#pragma once

#include <sandbox/SandboxOAuth.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// HubSpot CRM under /hubspot: properties and search, legacy /crm/v3 and date-based /crm/.../2026-03 paths,
// Bearer tokens (the static private-app token and OAuth access tokens), X-HubSpot-RateLimit-* headers and HubSpot's
// error envelope; and its OAuth app: /oauth/2026-03/token (authorization code, refresh; the refresh token does not
// rotate, access tokens last 30 minutes) and /oauth/authorize.
class HubSpotSandbox final : public VendorSandbox
{
public:
    HubSpotSandbox(SandboxContext& context, QString connectionId);

    static constexpr qint64 kAccessTokenLifetimeS = 1800;

    QString tokenPath() const override;
    QString authorizePath() const override;

protected:
    bool authorized(const SandboxRequest& request) const override;
    QByteArray presentedToken(const SandboxRequest& request) const override;
    SandboxReply token(const SandboxRequest& request) override;
    SandboxReply authorize(const SandboxRequest& request) override;
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
    SandboxReply error(int status, const QString& category, const QString& message) const;
    SandboxReply properties(const QString& objectType) const;
    SandboxReply search(const QString& objectType, const SandboxRequest& request);
    SandboxReply batchRead(const QString& objectType, const SandboxRequest& request) const;
    QJsonObject contact(qint64 index, const QStringList& properties) const;
    SandboxReply oauthError(const QString& status, const QString& message, const QString& error) const;

    SandboxOAuth m_oauth;
};

} // namespace plumbline
