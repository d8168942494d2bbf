#pragma once

#include <sandbox/VendorSandbox.h>

namespace plumbline {

// HubSpot CRM under /hubspot: properties and search, legacy /crm/v3 and date-based /crm/.../2026-03 paths,
// Bearer tokens, X-HubSpot-RateLimit-* headers and HubSpot's error envelope.
class HubSpotSandbox final : public VendorSandbox
{
public:
    using VendorSandbox::VendorSandbox;

protected:
    bool authorized(const SandboxRequest& request) const override;
    SandboxReply unauthorized(const SandboxRequest& request) const override;
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
};

} // namespace plumbline
