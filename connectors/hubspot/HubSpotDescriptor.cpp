#include "HubSpotDescriptor.h"

#include "HubSpotConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class HubSpotDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::HubSpot; }
    Capabilities capabilities() const override { return Capability::Count | Capability::Schema | Capability::Quota; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.defaultBaseUrl = u"https://api.hubapi.com"_s;
        p.defaultApiVersion = u"2026-03"_s;
        p.apiVersions = { u"2026-03"_s, u"v3"_s };
        p.authMethod = u"private_app_token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("Private app access token");
        p.secretHelp
            = VendorCatalog::tr("In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.");
        p.authChoices = {
            { u"private_app_token"_s, AuthFlow::Static, VendorCatalog::tr("Service key or private app token"),
                VendorCatalog::tr("1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your "
                                  "legacy private app (Development › Legacy apps).\n2. Give it read access to the CRM "
                                  "objects you monitor (for example crm.objects.contacts.read and "
                                  "crm.schemas.contacts.read).\n3. Copy the key or token into the field below. It does "
                                  "not expire until it is rotated."),
                VendorCatalog::tr("Service key or access token"), true, {} },
            { QString::fromLatin1(AuthMethod::kAuthorizationCode), AuthFlow::AuthorizationCode,
                VendorCatalog::tr("Sign in with HubSpot (OAuth app)"),
                VendorCatalog::tr("1. In your HubSpot developer account create an app with OAuth, the read scopes "
                                  "of the CRM objects you monitor, and the redirect URL "
                                  "http://localhost:53682/callback (HubSpot allows plain http for localhost only).\n"
                                  "2. Enter its client id, and its client secret in the field below.\n3. Choose Sign "
                                  "in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews "
                                  "them with the refresh token it keeps in the keychain."),
                VendorCatalog::tr("Client secret"), false, {} },
        };
        return p;
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<HubSpotConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the HubSpot object type"); }

    QString grantHint() const override
    {
        return Rules::tr("In HubSpot the refresh token ends when the app is uninstalled from the account or its access "
                         "is revoked (Settings › Integrations › Connected Apps); check that the app's client id and "
                         "secret (Development › the app › Auth) are the ones Plumbline has.");
    }

    QString newKeyHint() const override
    {
        return Rules::tr("In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: "
                         "Development › Legacy apps), open the app Plumbline uses, or create one with read access to "
                         "the CRM objects you monitor, and copy the access token from its Auth tab (\"Show token\").");
    }

    QString scopeHint() const override
    {
        return Rules::tr("The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private "
                         "Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: "
                         "crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, "
                         "paste it into Plumbline.");
    }

    QString versionHint() const override
    {
        return Rules::tr("HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end "
                         "in September 2027. In Plumbline open Connections › edit this connection › API version and "
                         "choose the current dated version; ask whoever built the sync to do the same.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a "
                         "custom object may have been deleted or its internal name changed).")
            .arg(what);
    }

    QStringList objectSuggestions(const Connection&) const override
    {
        return { u"contacts"_s, u"companies"_s, u"deals"_s };
    }

    // The consent page is on app.hubspot.com whatever the API host; the dated token endpoint replaces /oauth/v1/token,
    // which goes away on 2027-02-16 (credentials-oauth.md §2).
    OAuthDefaults oauthDefaults(const QString& baseUrl) const override
    {
        return { u"https://app.hubspot.com/oauth/authorize"_s, baseUrl + u"/oauth/2026-03/token"_s };
    }
};

} // namespace

const VendorDescriptor& hubSpotDescriptor()
{
    static const HubSpotDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
