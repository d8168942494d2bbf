#include "SandboxWorkspace.h"

#include <AuthMethod.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plumbline {

const QString SandboxWorkspace::kHubSpot = u"hubspot-sandbox"_s;
const QString SandboxWorkspace::kSalesforce = u"salesforce-sandbox"_s;
const QString SandboxWorkspace::kMailchimp = u"mailchimp-sandbox"_s;
const QString SandboxWorkspace::kShopify = u"shopify-sandbox"_s;
const QString SandboxWorkspace::kMake = u"make-sandbox"_s;
const QString SandboxWorkspace::kZapier = u"zapier-sandbox"_s;
const QString SandboxWorkspace::kGeneric = u"generic-sandbox"_s;
const QString SandboxWorkspace::kAudienceId = u"5f1a9c3e2b"_s;
const QString SandboxWorkspace::kShop = u"plumbline-sandbox.myshopify.com"_s;
const QString SandboxWorkspace::kZapId = u"9b2e6f0c-4d1a-4e8b-a3c5-71f0d2e8b6a4"_s;
const QByteArray SandboxWorkspace::kGenericAuthHeader = QByteArrayLiteral("X-Api-Key");
const QString SandboxWorkspace::kSalesforceClientId
    = u"3MVG9s46Tph_jD5KNeEiq3Sf8tpz3_25twxAqA7vp7CkoB4_zE0xyu48kZ4UGtQTefrCDS5r9rPgxJaArA1Hw"_s;
const QString SandboxWorkspace::kHubSpotClientId = u"1e094066-506d-4d47-8d9c-75b13117dfca"_s;
const QString SandboxWorkspace::kShopifyClientId = u"e2b4950eb2191d687edec16d24cabd66"_s;
const QString SandboxWorkspace::kGenericClientId = u"plumbline-warehouse-reader"_s;

namespace {
Connection connection(const QString& id, const QString& name, Vendor vendor, const QString& url, const QString& version,
    const QString& auth, const QJsonObject& options, const QString& notes)
{
    Connection c;
    c.id = id;
    c.name = name;
    c.vendor = vendor;
    c.baseUrl = url;
    c.apiVersion = version;
    c.authMethod = auth;
    c.options = options;
    c.owner = u"Marketing Ops"_s;
    c.notes = notes;
    return c;
}

// Short intervals and no lag grace so that every scenario shows within five consecutive polls.
Checks quickChecks()
{
    Checks c;
    c.intervalS = 60;
    c.tolerancePct = 2.0;
    c.toleranceAbs = 10;
    c.lagGraceS = 0;
    c.extra.insert(u"expected_runs_per_day"_s, 288); // the middleware runs every 5 minutes
    // A destination frozen for three minutes (instead of the default hour) is a silent failure here, so the
    // sandbox's silent_failure shows within a few polls at this interval even where no middleware reports its last
    // success (Make). Real workspaces keep the default: a quiet hour is normal for many syncs. The Zap's stale
    // last success (the sandbox backdates the stop, MiddlewareRuns::kSilentStopBackdateS) fires on the first poll.
    c.extra.insert(u"silent_window_s"_s, 180);
    // volume_spike steps the counts up by 40 % from the second count request on; the default needs 8 past changes
    // before judging, i.e. ten polls of history a fresh sandbox workspace does not have. One past change is enough
    // here: the rule still ignores any change within tolerance_abs (10), so the steady growth never fires.
    c.extra.insert(u"volume_min_history"_s, 1);
    // Value checks (ARCHITECTURE.md §12) with every check instead of daily, so that value_drift shows on the next
    // run; a minute of settling covers the sandbox's sync lag (SandboxDataset::kSyncLagS).
    c.extra.insert(u"values"_s, QJsonObject { { u"every_s"_s, 1 }, { u"settle_s"_s, 60 } });
    return c;
}
} // namespace

QStringList SandboxWorkspace::connectionIds()
{
    return { kHubSpot, kSalesforce, kMailchimp, kShopify, kMake, kZapier, kGeneric };
}

QStringList SandboxWorkspace::destinationIds()
{
    return { kMailchimp, kSalesforce, kGeneric };
}

QString SandboxWorkspace::envName(const QString& connectionId)
{
    return secretVariableName(connectionId);
}

QHash<QString, QString> SandboxWorkspace::secrets()
{
    // Shaped like each vendor's real credentials (Mailchimp's data-centre suffix, Make's UUID, Shopify's shpat_).
    return {
        { kHubSpot, u"pat-eu1-5c3f2a9e-7b14-4d0a-9e61-2f8c4b7d1a03"_s },
        { kSalesforce, u"00D5g000004SbxQ!AQ4AQFsandboxSessionToken.1f9e2c7b"_s },
        { kMailchimp, u"3f9b2c1e8d7a6f5e4d3c2b1a0f9e8d7c-us6"_s },
        { kShopify, u"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"_s },
        { kMake, u"b7e1c2d4-3f5a-4a8b-9c0d-e1f2a3b4c5d6"_s },
        { kZapier, u"zap-oauth-sbx-7Jk2Qm9Xr4Tn8Lp1"_s },
        { kGeneric, u"wh_live_sbx_4c2f8e1a9b7d3e5f"_s },
    };
}

QHash<QString, QString> SandboxWorkspace::clientIds()
{
    return { { kSalesforce, kSalesforceClientId }, { kHubSpot, kHubSpotClientId }, { kShopify, kShopifyClientId },
        { kGeneric, kGenericClientId } };
}

Workspace SandboxWorkspace::build(const QString& baseUrl)
{
    // Salesforce through the org's own External Client App with the client-credentials flow (the design card's §11):
    // the client id here, the client secret in the keychain, no token_url (the client derives
    // <base_url>/services/oauth2/token, which the sandbox serves).
    Connection salesforce = connection(kSalesforce, u"Salesforce (sandbox)"_s, Vendor::Salesforce,
        baseUrl + u"/salesforce"_s, u"62.0"_s, QString::fromLatin1(AuthMethod::kClientCredentials), {},
        u"Sales org; contacts are created from Shopify customers."_s);
    salesforce.auth = QJsonObject { { u"client_id"_s, kSalesforceClientId }, { u"scope"_s, QJsonValue::Null } };

    Workspace w;
    w.connections = {
        connection(kHubSpot, u"HubSpot (sandbox)"_s, Vendor::HubSpot, baseUrl + u"/hubspot"_s, u"2026-03"_s,
            u"private_app_token"_s, {}, u"CRM of record for all contacts."_s),
        salesforce,
        connection(kMailchimp, u"Mailchimp (sandbox)"_s, Vendor::Mailchimp, baseUrl + u"/mailchimp/3.0"_s, u"3.0"_s,
            u"api_key"_s, QJsonObject { { u"audience_id"_s, kAudienceId }, { u"data_centre"_s, u"us6"_s } },
            u"Newsletter audience."_s),
        connection(kShopify, u"Shopify (sandbox)"_s, Vendor::Shopify, baseUrl + u"/shopify"_s, u"2025-01"_s,
            u"access_token"_s, QJsonObject { { u"shop"_s, kShop } }, u"Online store."_s),
        connection(kMake, u"Make (sandbox)"_s, Vendor::Make, baseUrl + u"/make/api/v2"_s, u"v2"_s, u"token"_s,
            QJsonObject { { u"zone"_s, u"eu1.make.com"_s }, { u"team_id"_s, QString::number(kMakeTeamId) },
                { u"organization_id"_s, QString::number(kMakeOrganizationId) } },
            u"Runs the HubSpot to Mailchimp sync."_s),
        connection(kZapier, u"Zapier (sandbox)"_s, Vendor::Zapier, baseUrl + u"/zapier"_s, u"v2"_s, u"oauth_bearer"_s,
            {}, u"Runs the Shopify to Salesforce Zap."_s),
        connection(kGeneric, u"Data warehouse API (sandbox)"_s, Vendor::Generic, baseUrl + u"/generic"_s, u"v1"_s,
            u"header"_s,
            QJsonObject { { u"auth_header"_s, QString::fromLatin1(kGenericAuthHeader) },
                { u"auth_scheme"_s, QString() }, { u"count_pointer"_s, u"/meta/total"_s },
                { u"errors_pointer"_s, u"/errors"_s } },
            u"In-house warehouse loader with a small REST API."_s),
    };

    Integration news;
    news.id = u"crm-to-newsletter"_s;
    news.name = u"HubSpot contacts to Mailchimp newsletter"_s;
    news.source = { kHubSpot, u"contacts"_s,
        QJsonObject { { u"filterGroups"_s,
            QJsonArray { QJsonObject { { u"filters"_s,
                QJsonArray { QJsonObject { { u"propertyName"_s, u"hs_email_optout"_s }, { u"operator"_s, u"NEQ"_s },
                    { u"value"_s, u"true"_s } } } } } } } } };
    news.destination = { kMailchimp, kAudienceId, u"subscribed"_s };
    news.middleware = Middleware { kMake, QString::number(kMakeScenarioId) };
    news.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false },
        { u"lastname"_s, u"LNAME"_s, false }, { u"phone"_s, u"PHONE"_s, false },
        { u"company"_s, u"COMPANY"_s, false } };
    news.checks = quickChecks();
    news.owner = u"Priya Shah (Lifecycle Marketing)"_s;
    news.purpose = u"Every HubSpot contact who has not opted out receives the weekly newsletter."_s;
    news.runbook = u"If counts drift: open the Make scenario's history and look for failed or skipped bundles; "
                   "check that the Mailchimp merge fields still match the mapping. If nothing runs: check that the "
                   "scenario is on and its HubSpot connection is still authorised."_s;

    Integration crm;
    crm.id = u"store-to-crm"_s;
    crm.name = u"Shopify customers to Salesforce contacts"_s;
    crm.source = { kShopify, u"customers"_s, QJsonValue::Null };
    crm.destination = { kSalesforce, u"Contact"_s, QJsonValue::Null };
    crm.middleware = Middleware { kZapier, kZapId };
    crm.mappings = { { u"email"_s, u"Email"_s, true }, { u"first_name"_s, u"FirstName"_s, false },
        { u"last_name"_s, u"LastName"_s, false }, { u"phone"_s, u"Phone"_s, false } };
    crm.checks = quickChecks();
    crm.owner = u"Tom Becker (Sales Ops)"_s;
    crm.purpose = u"Every store customer exists as a Salesforce contact for the account team."_s;
    crm.runbook = u"Check the Zap's task history in Zapier; a missing scope or an expired Salesforce session stops "
                  "the Zap without an email. Re-run held tasks after fixing."_s;

    Integration warehouse;
    warehouse.id = u"crm-to-warehouse"_s;
    warehouse.name = u"HubSpot contacts to data warehouse"_s;
    warehouse.source = { kHubSpot, u"contacts"_s, QJsonValue::Null };
    warehouse.destination = { kGeneric, u"contacts"_s, QJsonValue::Null };
    warehouse.checks = quickChecks();
    warehouse.owner = u"Data Engineering"_s;
    warehouse.purpose = u"Nightly reporting needs every CRM contact in the warehouse."_s;
    warehouse.runbook = u"Look at the loader's error list (errors in the API response) and the loader job logs."_s;

    w.integrations = { news, crm, warehouse };
    return w;
}

} // namespace plumbline
