#pragma once

#include <sandbox/MiddlewareRuns.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// Zapier's partner API v2 under /zapier: /v2/zaps and /v2/zap-runs, Bearer tokens, {"errors": [...]} bodies and
// X-RateLimit-* headers (both UNCONFIRMED in the reference). One Zap carries Shopify customers to Salesforce
// contacts; it runs every 5 minutes and stops under silent_failure (here or on its destination).
class ZapierSandbox final : public VendorSandbox
{
public:
    ZapierSandbox(SandboxContext& context, QString connectionId, QString zapId, QString destinationConnection);

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
    static SandboxReply errors(int status, const QString& code, const QString& title, const QString& detail);
    MiddlewareRuns runs() const;
    SandboxReply zaps(const SandboxRequest& request) const;
    SandboxReply zapRuns(const SandboxRequest& request) const;

    QString m_zapId;
    QString m_destination;
};

} // namespace plumbline
