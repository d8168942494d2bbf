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
        p.authChoices = {
            { QString::fromLatin1(AuthMethod::kClientCredentials), AuthFlow::ClientCredentials,
                VendorCatalog::tr("Client credentials (External Client App)"),
                VendorCatalog::tr(
                    "1. In Salesforce Setup open External Client App Manager › New External Client App "
                    "(a Local app of your own org).\n2. Enable OAuth, enter any callback URL (this flow does "
                    "not use it), add the scope \"Manage user data via APIs (api)\" and tick \"Enable "
                    "Client Credentials Flow\".\n3. Under Policies › OAuth Policies set Run As to a "
                    "dedicated integration user (the Salesforce Integration license with \"Minimum Access – "
                    "API Only Integrations\" is recommended).\n4. Copy the Consumer Key into Client id and "
                    "the Consumer Secret into the secret field below. The instance URL must be your My "
                    "Domain, such as https://acme.my.salesforce.com."),
                VendorCatalog::tr("Consumer secret"), true, {} },
            { QString::fromLatin1(AuthMethod::kAuthorizationCode), AuthFlow::AuthorizationCode,
                VendorCatalog::tr("Sign in with a Salesforce user (web server flow)"),
                VendorCatalog::tr("1. In Setup › External Client App Manager create a Local External Client App with "
                                  "OAuth enabled, the scopes api and refresh_token, \"Require PKCE\" ticked and the "
                                  "callback URL http://localhost:53682/callback (or the redirect port you set).\n2. If "
                                  "Plumbline is a public client, untick \"Require secret for Web Server Flow\" and "
                                  "\"Require secret for Refresh Token Flow\".\n3. Enter the Consumer Key as Client id, "
                                  "save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the "
                                  "refresh token in the keychain."),
                VendorCatalog::tr("Consumer secret (only if the app requires one)"), false, {} },
            { u"oauth_bearer"_s, AuthFlow::Static, VendorCatalog::tr("Pasted access token"), p.secretHelp,
                VendorCatalog::tr("Access token"), false,
                VendorCatalog::tr("For short tests only: a pasted Salesforce access token ends with the session "
                                  "(2 hours by default), and Plumbline cannot renew it.") },
        };
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

    QString grantHint() const override
    {
        return Rules::tr(
            "Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses "
            "and check that it is enabled for the client credentials or web server flow, that its Run As "
            "user is active, and that the consumer key and secret are the ones Plumbline has; a revoked "
            "session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends "
            "the grant.");
    }

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
