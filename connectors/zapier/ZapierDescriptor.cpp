#include "ZapierDescriptor.h"

#include "ZapierConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class ZapierDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Zapier; }
    Capabilities capabilities() const override { return Capability::Quota | Capability::RunLog; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.defaultBaseUrl = u"https://api.zapier.com"_s;
        p.defaultApiVersion = u"v2"_s;
        p.apiVersions = { u"v2"_s };
        p.authMethod = u"oauth_bearer"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("Access token");
        p.secretHelp = VendorCatalog::tr("An OAuth access token with the zap and zap:runs scopes.");
        return p;
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<ZapierConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the Zap"); }

    QString newKeyHint() const override
    {
        return Rules::tr("The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access "
                         "to Zapier to sign in again and issue a new token with the zap:runs scope.");
    }

    QString scopeHint() const override
    {
        return Rules::tr("The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot "
                         "see. Ask whoever set up the access to grant it.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in "
                         "the Zap's address, zapier.com/editor/<id>). Without it nothing carries the records any "
                         "more.")
            .arg(what);
    }
};

} // namespace

const VendorDescriptor& zapierDescriptor()
{
    static const ZapierDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
