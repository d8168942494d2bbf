#include "VendorProfile.h"

#include <Endpoint.h>
#include <SecretShapes.h>

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

VendorProfile VendorCatalog::profile(Vendor vendor)
{
    VendorProfile p;
    p.vendor = vendor;
    p.baseUrlLabel = tr("API base URL");
    switch (vendor) {
    case Vendor::HubSpot:
        p.defaultBaseUrl = u"https://api.hubapi.com"_s;
        p.defaultApiVersion = u"2026-03"_s;
        p.apiVersions = { u"2026-03"_s, u"v3"_s };
        p.authMethod = u"private_app_token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("Private app access token");
        p.secretHelp = tr("In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.");
        break;
    case Vendor::Salesforce:
        p.baseUrlLabel = tr("Instance URL");
        p.baseUrlRequired = true;
        p.defaultApiVersion = u"62.0"_s;
        p.apiVersions = { u"64.0"_s, u"63.0"_s, u"62.0"_s, u"61.0"_s, u"60.0"_s };
        p.authMethod = u"oauth_bearer"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("Access token");
        p.secretHelp = tr("An OAuth access token of a connected app (Setup › App Manager) for the integration user.");
        break;
    case Vendor::Mailchimp:
        p.defaultApiVersion = u"3.0"_s;
        p.apiVersions = { u"3.0"_s };
        p.authMethod = u"api_key"_s;
        p.secretName = u"api_key"_s;
        p.secretLabel = tr("API key");
        p.secretHelp = tr("In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your "
                          "data centre.");
        p.options = { { u"audience_id"_s, tr("Audience ID"), tr("e.g. a1b2c3d4e5"),
            tr("Audience › Settings › Audience name and defaults › Audience ID."), false } };
        break;
    case Vendor::Shopify:
        p.baseUrlLabel = tr("Admin API base URL");
        p.defaultApiVersion = u"2025-01"_s;
        p.apiVersions = { u"2025-10"_s, u"2025-07"_s, u"2025-04"_s, u"2025-01"_s };
        p.authMethod = u"access_token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("Admin API access token");
        p.secretHelp = tr("In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API "
                          "credentials.");
        p.options = { { u"shop"_s, tr("Shop domain"), tr("e.g. my-store.myshopify.com"),
            tr("The shop's myshopify.com domain."), true } };
        break;
    case Vendor::Make:
        p.defaultApiVersion = u"v2"_s;
        p.apiVersions = { u"v2"_s };
        p.authMethod = u"token"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("API token");
        p.secretHelp = tr("In Make: Profile › API access › Add token (tokens are per zone).");
        p.options = { { u"zone"_s, tr("Zone"), tr("e.g. eu1.make.com"),
                          tr("The host name in your organization's dashboard URL."), true },
            { u"team_id"_s, tr("Team ID"), tr("e.g. 42"), tr("The team whose scenarios are watched."), false },
            { u"organization_id"_s, tr("Organization ID"), tr("e.g. 7"),
                tr("Lets Plumbline read the organization's API rate limit (license.apiLimit)."), false } };
        break;
    case Vendor::Zapier:
        p.defaultBaseUrl = u"https://api.zapier.com"_s;
        p.defaultApiVersion = u"v2"_s;
        p.apiVersions = { u"v2"_s };
        p.authMethod = u"oauth_bearer"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("Access token");
        p.secretHelp = tr("An OAuth access token with the zap and zap:runs scopes.");
        break;
    case Vendor::Generic:
        p.baseUrlLabel = tr("URL");
        p.baseUrlRequired = true;
        p.authMethod = u"header"_s;
        p.secretName = u"token"_s;
        p.secretLabel = tr("API key or token");
        p.secretHelp = tr("Sent in the header below, after the scheme (if any).");
        p.options = { { u"auth_header"_s, tr("Auth header name"), u"Authorization"_s,
                          tr("The HTTP header that carries the key."), false },
            { u"auth_scheme"_s, tr("Auth scheme"), u"Bearer"_s, tr("Put before the key, e.g. Bearer; may be empty."),
                false },
            { u"count_pointer"_s, tr("JSON pointer to the count"), u"/total"_s,
                tr("Where the record count is in the response, e.g. /meta/total."), false },
            { u"method"_s, tr("HTTP method"), u"GET"_s, tr("GET or POST for the count request."), false },
            { u"body"_s, tr("Request body"), u"{\"limit\":1}"_s,
                tr("Sent with the count request (JSON bodies get Content-Type: application/json)."), false },
            { u"errors_pointer"_s, tr("JSON pointer to a run/error list"), u"/errors"_s,
                tr("Optional: an array of {id, status, timestamp, message} read as the run log."), false } };
        break;
    }
    return p;
}

QList<VersionDeadline> VendorCatalog::versionDeadlines(Vendor vendor, const QString& version)
{
    QList<VersionDeadline> out;
    if (vendor == Vendor::Salesforce) {
        // Salesforce's API end-of-life table: 21.0-30.0 were retired with Summer '25; 31.0-40.0 are deprecated and
        // retire with Summer '27. Releases reach production orgs from about the start of June.
        static const QRegularExpression re(u"^v?(\\d+)(\\.0)?$"_s);
        const auto m = re.match(version.trimmed());
        if (!m.hasMatch())
            return out;
        const int major = m.captured(1).toInt();
        if (major >= 21 && major <= 30)
            out << VersionDeadline { version, QDate(2025, 6, 1), tr("retired with the Summer '25 release") };
        else if (major >= 31 && major <= 40)
            out << VersionDeadline { version, QDate(2027, 6, 1), tr("retires with the Summer '27 release") };
    }
    return out;
}

QString VendorCatalog::mailchimpDataCentre(const QString& apiKey)
{
    static const QRegularExpression re(u"-([a-z]{2,4}[0-9]{1,3})$"_s);
    const auto m = re.match(apiKey.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString VendorCatalog::effectiveBaseUrl(const Connection& c, const QString& secret)
{
    if (!c.baseUrl.isEmpty())
        return c.baseUrl;
    switch (c.vendor) {
    case Vendor::Mailchimp: {
        const QString dc = c.options.value(u"data_centre").toString().isEmpty()
            ? mailchimpDataCentre(secret)
            : c.options.value(u"data_centre").toString();
        return dc.isEmpty() ? QString() : u"https://%1.api.mailchimp.com/3.0"_s.arg(dc);
    }
    case Vendor::Shopify: {
        const QString shop = c.options.value(u"shop").toString();
        return shop.isEmpty() ? QString() : u"https://%1"_s.arg(shop);
    }
    case Vendor::Make: {
        const QString zone = c.options.value(u"zone").toString();
        return zone.isEmpty() ? QString() : u"https://%1/api/v2"_s.arg(zone);
    }
    default:
        return profile(c.vendor).defaultBaseUrl;
    }
}

QList<FieldProblem> VendorCatalog::validate(const Connection& c, const std::optional<QString>& secret)
{
    QList<FieldProblem> problems;
    static const QRegularExpression idRe(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"_s);
    if (!idRe.match(c.id).hasMatch())
        problems << FieldProblem { u"id"_s,
            tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
               "or digit.") };
    if (c.name.trimmed().isEmpty())
        problems << FieldProblem { u"name"_s, tr("Give the connection a name.") };
    const VendorProfile p = profile(c.vendor);
    if (!c.baseUrl.isEmpty()) {
        const QUrl url(c.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
            problems << FieldProblem { u"base_url"_s, tr("Enter a full URL starting with https://.") };
        else if (!Endpoint::isAllowed(url))
            problems << FieldProblem { u"base_url"_s,
                tr("Plain http:// would send the key unencrypted, so it is only allowed for this computer "
                   "(localhost, 127.0.0.1, ::1); use https://.") };
        else if (const auto kind = SecretShapes::describe(c.baseUrl))
            problems << FieldProblem { u"base_url"_s,
                tr("Remove the key or password from the address (it looks like %1) and paste the key in the key field "
                   "instead.")
                    .arg(*kind) };
    } else if (p.baseUrlRequired) {
        problems << FieldProblem { u"base_url"_s,
            tr("%1 is required for %2.").arg(p.baseUrlLabel, vendorDisplayName(c.vendor)) };
    }
    for (const VendorOption& o : p.options) {
        if (o.required && c.options.value(o.key).toString().trimmed().isEmpty() && c.baseUrl.isEmpty())
            problems << FieldProblem { o.key, tr("%1 is required.").arg(o.label) };
    }
    if (c.vendor == Vendor::Shopify) {
        const QString shop = c.options.value(u"shop").toString();
        static const QRegularExpression shopRe(u"^[a-z0-9][a-z0-9-]*\\.myshopify\\.com\\z"_s);
        if (!shop.isEmpty() && !shopRe.match(shop).hasMatch())
            problems << FieldProblem { u"shop"_s,
                tr("Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.") };
    }
    if (secret) {
        const QString s = secret->trimmed();
        if (s.isEmpty())
            problems << FieldProblem { u"secret"_s, tr("Paste the %1.").arg(p.secretLabel.toLower()) };
        else if (s.contains(QRegularExpression(u"\\s"_s)))
            problems << FieldProblem { u"secret"_s, tr("The key contains spaces or line breaks; paste it again.") };
        else if (const QString control = SecretShapes::controlCharacterProblem(s); !control.isEmpty())
            problems << FieldProblem { u"secret"_s, control };
        else if (c.vendor == Vendor::Mailchimp && c.baseUrl.isEmpty() && mailchimpDataCentre(s).isEmpty())
            problems << FieldProblem { u"secret"_s,
                tr("A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.") };
    }
    return problems;
}

} // namespace plumbline
