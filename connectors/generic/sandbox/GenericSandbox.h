#pragma once

#include <sandbox/VendorSandbox.h>

namespace plumbline {

// A plain REST/JSON service under /generic (the generic connector's counterpart): a configurable auth header,
// `{"meta":{"total":N},"errors":[...],"data":[...]}` bodies, IETF RateLimit and X-RateLimit-* headers.
// It is the destination of the HubSpot contacts -> warehouse flow.
class GenericSandbox final : public VendorSandbox
{
public:
    GenericSandbox(SandboxContext& context, QString connectionId, QByteArray authHeader, QByteArray authScheme);

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
    SandboxReply failure(int status, const QString& message) const;

    QByteArray m_authHeader;
    QByteArray m_authScheme;
};

} // namespace plumbline
