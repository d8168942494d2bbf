#pragma once

#include <sandbox/MiddlewareRuns.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// Make API v2 under /make/api/v2: users/me, the organization (license.apiLimit), one scenario and its run logs,
// `Authorization: Token <uuid>` and Make's {message, detail} errors. The scenario carries the HubSpot -> Mailchimp
// flow: it runs every 5 minutes and stops running (while still looking active) under silent_failure, whether that
// is set on this connection or on the flow's destination.
class MakeSandbox final : public VendorSandbox
{
public:
    struct Ids
    {
        qint64 scenarioId = 0;
        qint64 teamId = 0;
        qint64 organizationId = 0;
        QString destinationConnection;
    };

    MakeSandbox(SandboxContext& context, QString connectionId, Ids ids);

protected:
    bool authorized(const SandboxRequest& request) const override;
    SandboxReply unauthorized(const SandboxRequest& request) const override;
    SandboxReply forbidden(const SandboxRequest& request) const override;
    SandboxReply tooManyRequests(const SandboxRequest& request) const override;
    SandboxReply serverError(int status) const override;
    std::optional<SandboxReply> retired(const SandboxRequest& request) const override;
    std::optional<SandboxReply> deleted(const SandboxRequest& request) const override;
    SandboxReply route(const SandboxRequest& request) override;

private:
    static SandboxReply error(int status, const QString& message, const QString& detail = {});
    MiddlewareRuns runs() const;
    QJsonObject scenarioObject() const;
    SandboxReply logs(const SandboxRequest& request) const;

    Ids m_ids;
};

} // namespace plumbline
