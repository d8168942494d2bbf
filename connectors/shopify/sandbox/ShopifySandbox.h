#pragma once

#include <sandbox/SandboxOAuth.h>
#include <sandbox/VendorSandbox.h>

namespace plumbline {

// Shopify Admin REST under /shopify: shop.json, customers/count.json and deprecated_api_calls.json, the
// X-Shopify-Access-Token header, the leaky-bucket call-limit header and the served X-Shopify-API-Version
// (requests for an unsupported version silently fall forward); and a Dev Dashboard app's client-credentials grant at
// /admin/oauth/access_token (https://{shop}/admin/oauth/access_token for real): 24-hour shpat_ tokens, no refresh.
class ShopifySandbox final : public VendorSandbox
{
public:
    ShopifySandbox(SandboxContext& context, QString connectionId, QString shop);

    static constexpr qint64 kAccessTokenLifetimeS = 86399; // what expires_in says for 24 hours

    QString tokenPath() const override;

protected:
    bool authorized(const SandboxRequest& request) const override;
    QByteArray presentedToken(const SandboxRequest& request) const override;
    SandboxReply token(const SandboxRequest& request) override;
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
    // customers.json (limit <= 250, fields, updated_at_min/max, since_id) and customers/search.json (email:… OR …).
    SandboxReply customers(const SandboxRequest& request) const;
    SandboxReply search(const SandboxRequest& request) const;
    QJsonObject customer(qint64 index) const;
    static SandboxReply page(const QList<qint64>& indexes, const SandboxRequest& request, const ShopifySandbox& self);
    static SandboxReply errors(int status, const QString& message);
    QString servedVersion(const QString& requested) const;

    QString m_shop;
    SandboxOAuth m_oauth;
};

} // namespace plumbline
