#include "ShopifyDescriptor.h"

#include "ShopifyConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class ShopifyDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Shopify; }
    Capabilities capabilities() const override { return Capability::Count | Capability::Schema | Capability::Quota; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.baseUrlLabel = VendorCatalog::tr("Admin API base URL");
        p.defaultApiVersion = u"2025-01"_s;
        p.apiVersions = { u"2025-10"_s, u"2025-07"_s, u"2025-04"_s, u"2025-01"_s };
        p.authMethod = u"access_token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("Admin API access token");
        p.secretHelp
            = VendorCatalog::tr("In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API "
                                "credentials.");
        p.options = { { u"shop"_s, VendorCatalog::tr("Shop domain"), VendorCatalog::tr("e.g. my-store.myshopify.com"),
            VendorCatalog::tr("The shop's myshopify.com domain."), true } };
        p.authChoices = {
            { QString::fromLatin1(AuthMethod::kClientCredentials), AuthFlow::ClientCredentials,
                VendorCatalog::tr("Dev Dashboard app (client credentials)"),
                VendorCatalog::tr(
                    "1. In the Shopify Dev Dashboard create an app of your organization with the "
                    "Admin API read scopes you monitor (read_customers, read_orders, read_products).\n2. "
                    "Install it in your own store.\n3. Copy its client id, and its client secret into the "
                    "field below. Tokens last 24 hours; Plumbline gets a new one before each expires."),
                VendorCatalog::tr("Client secret"), true, {} },
            { u"access_token"_s, AuthFlow::Static, VendorCatalog::tr("Admin API access token (legacy custom app)"),
                p.secretHelp, p.secretLabel, false,
                VendorCatalog::tr("Stores can no longer create legacy custom apps since 1 January 2026; existing "
                                  "shpat_ tokens keep working.") },
        };
        return p;
    }

    QString derivedBaseUrl(const Connection& c, const QString&) const override
    {
        const QString shop = c.options.value(u"shop").toString();
        return shop.isEmpty() ? QString() : u"https://%1"_s.arg(shop);
    }

    QList<FieldProblem> vendorProblems(const Connection& c, const std::optional<QString>&) const override
    {
        const QString shop = c.options.value(u"shop").toString();
        static const QRegularExpression shopRe(u"^[a-z0-9][a-z0-9-]*\\.myshopify\\.com\\z"_s);
        if (shop.isEmpty() || shopRe.match(shop).hasMatch())
            return {};
        return { FieldProblem {
            u"shop"_s, VendorCatalog::tr("Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.") } };
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<ShopifyConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the Shopify resource"); }

    QString grantHint() const override
    {
        return Rules::tr(
            "In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id "
            "and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app "
            "is still installed in this store.");
    }

    QString newKeyHint() const override
    {
        return Rules::tr("In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the "
                         "app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API "
                         "access token (it is shown only once).");
    }

    QString scopeHint() const override
    {
        return Rules::tr("The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales "
                         "channels › Develop apps › the app › Configuration › Admin API integration, add the read "
                         "scope of what you monitor (for example read_customers, read_orders), save and reinstall "
                         "the app.");
    }

    QString versionHint() const override
    {
        return Rules::tr("Shopify supports each API version for about a year, then silently answers with a newer "
                         "one. In Plumbline open Connections › edit this connection › API version and choose a "
                         "current version; check that the apps that sync your store were updated too.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("Check in the Shopify admin that %1 still exists, and that the shop address and API version "
                         "of the connection are right.")
            .arg(what);
    }

    QStringList objectSuggestions(const Connection&) const override
    {
        return { u"customers"_s, u"orders"_s, u"products"_s };
    }

    // Client credentials of a Dev Dashboard app go to the shop itself (no sign-in page: Plumbline offers no
    // authorization-code flow for Shopify).
    OAuthDefaults oauthDefaults(const QString& baseUrl) const override
    {
        return { {}, baseUrl + u"/admin/oauth/access_token"_s };
    }
};

} // namespace

const VendorDescriptor& shopifyDescriptor()
{
    static const ShopifyDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
