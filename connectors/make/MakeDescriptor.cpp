#include "MakeDescriptor.h"

#include "MakeConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class MakeDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Make; }
    Capabilities capabilities() const override { return Capability::Quota | Capability::RunLog; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.defaultApiVersion = u"v2"_s;
        p.apiVersions = { u"v2"_s };
        p.authMethod = u"token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("API token");
        p.secretHelp = VendorCatalog::tr("In Make: Profile › API access › Add token (tokens are per zone).");
        p.options = { { u"zone"_s, VendorCatalog::tr("Zone"), VendorCatalog::tr("e.g. eu1.make.com"),
                          VendorCatalog::tr("The host name in your organization's dashboard URL."), true },
            { u"team_id"_s, VendorCatalog::tr("Team ID"), VendorCatalog::tr("e.g. 42"),
                VendorCatalog::tr("The team whose scenarios are watched."), false },
            { u"organization_id"_s, VendorCatalog::tr("Organization ID"), VendorCatalog::tr("e.g. 7"),
                VendorCatalog::tr("Lets Plumbline read the organization's API rate limit (license.apiLimit)."),
                false } };
        return p;
    }

    QString derivedBaseUrl(const Connection& c, const QString&) const override
    {
        const QString zone = c.options.value(u"zone").toString();
        return zone.isEmpty() ? QString() : u"https://%1/api/v2"_s.arg(zone);
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<MakeConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the Make scenario"); }

    QString newKeyHint() const override
    {
        return Rules::tr("In Make, click your avatar › Profile › API access › Add token, with at least the "
                         "scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this "
                         "connection uses.");
    }

    QString scopeHint() const override
    {
        return Rules::tr("The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) "
                         "with scenarios:read, and organizations:read for the plan's limits.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, "
                         "…/scenarios/<id>/edit). Without it nothing carries the records any more.")
            .arg(what);
    }
};

} // namespace

const VendorDescriptor& makeDescriptor()
{
    static const MakeDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
