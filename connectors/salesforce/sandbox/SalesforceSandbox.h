#pragma once

#include <sandbox/SandboxOAuth.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// Salesforce REST under /salesforce: the version list, SOQL COUNT() queries and the SELECTs a value check sends
// (LastModifiedDate windows, <field> IN (…), ORDER BY, LIMIT, OFFSET <= 2000) over the contacts that arrived from
// Shopify, describe and limits, Bearer
// sessions, Sforce-Limit-Info, Warning: 299 for deprecated versions and 410 for retired ones; and its OAuth 2.0
// endpoints: /services/oauth2/token (client credentials, authorization code with PKCE, refresh with Refresh Token
// Rotation on; answers without expires_in) and /services/oauth2/authorize (approves at once).
class SalesforceSandbox final : public VendorSandbox
{
public:
    SalesforceSandbox(SandboxContext& context, QString connectionId);

    static constexpr qint64 kDailyApiMax = 100000;
    static constexpr qint64 kSessionTimeoutS = 7200; // the org default

    QString tokenPath() const override;
    QString authorizePath() const override;

protected:
    bool isPublic(const SandboxRequest& request) const override;
    bool authorized(const SandboxRequest& request) const override;
    QByteArray presentedToken(const SandboxRequest& request) const override;
    SandboxReply token(const SandboxRequest& request) override;
    SandboxReply authorize(const SandboxRequest& request) override;
    SandboxReply unauthorized(const SandboxRequest& request) const override;
    SandboxReply forbidden(const SandboxRequest& request) const override;
    SandboxReply tooManyRequests(const SandboxRequest& request) const override;
    SandboxReply serverError(int status) const override;
    std::optional<SandboxReply> retired(const SandboxRequest& request) const override;
    std::optional<SandboxReply> deleted(const SandboxRequest& request) const override;
    SandboxReply route(const SandboxRequest& request) override;
    void addQuotaHeaders(SandboxReply& reply, const ScenarioState& state) const override;
    void addDeprecation(SandboxReply& reply, const SandboxRequest& request) const override;

private:
    static SandboxReply error(int status, const QString& errorCode, const QString& message);
    SandboxReply versions() const;
    SandboxReply query(const SandboxRequest& request);
    // SELECT <fields> FROM Contact [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET k], enough for value checks.
    SandboxReply select(const QString& soql, int major) const;
    QJsonObject contact(qint64 index, const QStringList& fields, int major) const;
    SandboxReply limits() const;
    qint64 apiUsed() const;

    SandboxOAuth m_oauth;
};

} // namespace plumbline
