#pragma once

#include <sandbox/VendorSandbox.h>

namespace plumbline {

// Mailchimp Marketing API 3.0 under /mailchimp/3.0: ping, one audience with its stats and merge fields,
// HTTP Basic (any user name, the API key as password) and application/problem+json errors; its members (every
// person, subscribed unless opted out) as a list (count <= 1000, offset, status, since/before_last_changed,
// sort_field=last_changed, fields=) and one by one under their subscriber hash.
class MailchimpSandbox final : public VendorSandbox
{
public:
    MailchimpSandbox(SandboxContext& context, QString connectionId, QString audienceId);

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
    static SandboxReply problem(int status, const QString& title, const QString& detail);
    SandboxReply list();
    SandboxReply mergeFields(const SandboxRequest& request) const;
    SandboxReply members(const SandboxRequest& request) const;
    SandboxReply member(const QString& hash, const SandboxRequest& request) const;
    QList<qint64> present() const; // indexes of the audience's members now, oldest first
    QJsonObject memberJson(qint64 index) const;

    QString m_audienceId;
};

} // namespace plumbline
