#include "MailchimpDescriptor.h"

#include "MailchimpConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class MailchimpDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Mailchimp; }
    Capabilities capabilities() const override { return Capability::Count | Capability::Schema; } // no documented quota

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.defaultApiVersion = u"3.0"_s;
        p.apiVersions = { u"3.0"_s };
        p.authMethod = u"api_key"_s;
        p.secretName = u"api_key"_s;
        p.secretLabel = VendorCatalog::tr("API key");
        p.secretHelp
            = VendorCatalog::tr("In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your "
                                "data centre.");
        p.options = { { u"audience_id"_s, VendorCatalog::tr("Audience ID"), VendorCatalog::tr("e.g. a1b2c3d4e5"),
            VendorCatalog::tr("Audience › Settings › Audience name and defaults › Audience ID."), false } };
        return p;
    }

    QString derivedBaseUrl(const Connection& c, const QString& secret) const override
    {
        const QString dc = c.options.value(u"data_centre").toString().isEmpty()
            ? VendorCatalog::mailchimpDataCentre(secret)
            : c.options.value(u"data_centre").toString();
        return dc.isEmpty() ? QString() : u"https://%1.api.mailchimp.com/3.0"_s.arg(dc);
    }

    QList<FieldProblem> vendorProblems(const Connection& c, const std::optional<QString>& secret) const override
    {
        // `secret` is trimmed and free of the key problems every vendor has.
        if (!secret || !c.baseUrl.isEmpty() || !VendorCatalog::mailchimpDataCentre(*secret).isEmpty())
            return {};
        return { FieldProblem { u"secret"_s,
            VendorCatalog::tr(
                "A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.") } };
    }

    QStringList objectSuggestions(const Connection& connection) const override
    {
        const QString audience = connection.options.value(u"audience_id").toString();
        return audience.isEmpty() ? QStringList() : QStringList { audience };
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<MailchimpConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the Mailchimp audience"); }

    QString newKeyHint() const override
    {
        return Rules::tr("In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A "
                         "Key. Copy it whole: the end of the key after the dash (for example -us6) names your "
                         "account's data centre.");
    }

    QString scopeHint() const override
    {
        return Rules::tr("Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the "
                         "user's role (Manager or above) under Account & billing › Settings › Users, and that the "
                         "audience id in the connection is still right.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under "
                         "Audience › Settings › Audience name and defaults.")
            .arg(what);
    }
};

} // namespace

const VendorDescriptor& mailchimpDescriptor()
{
    static const MailchimpDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
