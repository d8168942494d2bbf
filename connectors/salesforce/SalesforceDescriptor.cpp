#include "SalesforceDescriptor.h"

#include "SalesforceConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class SalesforceDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Salesforce; }
    Capabilities capabilities() const override { return Capability::Count | Capability::Schema | Capability::Quota; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.baseUrlLabel = VendorCatalog::tr("Instance URL");
        p.baseUrlRequired = true;
        p.defaultApiVersion = u"62.0"_s;
        p.apiVersions = { u"64.0"_s, u"63.0"_s, u"62.0"_s, u"61.0"_s, u"60.0"_s };
        p.authMethod = u"oauth_bearer"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("Access token");
        p.secretHelp = VendorCatalog::tr(
            "An OAuth access token of a connected app (Setup › App Manager) for the integration user.");
        return p;
    }

    QList<VersionDeadline> versionDeadlines(const QString& version) const override
    {
        // Salesforce's API end-of-life table: 21.0-30.0 were retired with Summer '25; 31.0-40.0 are deprecated and
        // retire with Summer '27. Releases reach production orgs from about the start of June.
        static const QRegularExpression re(u"^v?(\\d+)(\\.0)?$"_s);
        const auto m = re.match(version.trimmed());
        if (!m.hasMatch())
            return {};
        const int major = m.captured(1).toInt();
        if (major >= 21 && major <= 30)
            return { VersionDeadline {
                version, QDate(2025, 6, 1), VendorCatalog::tr("retired with the Summer '25 release") } };
        if (major >= 31 && major <= 40)
            return { VersionDeadline {
                version, QDate(2027, 6, 1), VendorCatalog::tr("retires with the Summer '27 release") } };
        return {};
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<SalesforceConnector>(transport, connection, secret);
    }

    QString monitoredThing() const override { return Rules::tr("the Salesforce object"); }

    QString newKeyHint() const override
    {
        return Rules::tr("The Salesforce session or access token has expired or was revoked, or the user was "
                         "deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue "
                         "a new access token for the connected app Plumbline uses (Setup › App Manager).");
    }

    QString scopeHint() const override
    {
        return Rules::tr("The Salesforce user behind the token may no longer read this object or its fields. Ask your "
                         "Salesforce admin to check the user's profile or permission set: API Enabled, Read on the "
                         "object, field-level access to the mapped fields, and View Setup and Configuration for the "
                         "API usage figures.");
    }

    QString versionHint() const override
    {
        return Rules::tr("Salesforce retires old API versions. In Plumbline open Connections › edit this connection "
                         "› API version and choose a supported version (for example 62.0); ask whoever built the "
                         "sync whether it uses the same old version.");
    }

    QString whereToLook(const QString& what) const override
    {
        return Rules::tr("Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been "
                         "deleted or renamed, or the user behind Plumbline's access may no longer see it.")
            .arg(what);
    }

    QStringList objectSuggestions(const Connection&) const override
    {
        return { u"Contact"_s, u"Lead"_s, u"Account"_s };
    }

    // The web-server flow and the token endpoint live on the org's own host (My Domain, or login/test.salesforce.com).
    OAuthDefaults oauthDefaults(const QString& baseUrl) const override
    {
        return { baseUrl + u"/services/oauth2/authorize"_s, baseUrl + u"/services/oauth2/token"_s };
    }
};

} // namespace

const VendorDescriptor& salesforceDescriptor()
{
    static const SalesforceDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
