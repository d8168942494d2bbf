#include "VendorProfile.h"

#include <ConnectorRegistry.h>
#include <Endpoint.h>
#include <SecretShapes.h>

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

VendorProfile VendorCatalog::profile(Vendor vendor)
{
    VendorProfile p = ConnectorRegistry::descriptor(vendor).profile();
    p.vendor = vendor;
    if (p.baseUrlLabel.isEmpty())
        p.baseUrlLabel = tr("API base URL");
    if (p.authChoices.isEmpty())
        p.authChoices = { { p.authMethod, AuthFlow::Static, p.secretLabel, p.secretHelp, p.secretLabel, true, {} } };
    return p;
}

QList<VersionDeadline> VendorCatalog::versionDeadlines(Vendor vendor, const QString& version)
{
    return ConnectorRegistry::descriptor(vendor).versionDeadlines(version);
}

QStringList VendorCatalog::objectSuggestions(const Connection& connection)
{
    return ConnectorRegistry::descriptor(connection.vendor).objectSuggestions(connection);
}

bool VendorCatalog::isMiddleware(Vendor vendor)
{
    return ConnectorRegistry::descriptor(vendor).isMiddleware();
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
    return ConnectorRegistry::descriptor(c.vendor).derivedBaseUrl(c, secret);
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
    // The key's own problems; a key without any is handed to the vendor's checks.
    QList<FieldProblem> secretProblems;
    std::optional<QString> usableSecret;
    if (secret) {
        const QString s = secret->trimmed();
        if (s.isEmpty())
            secretProblems << FieldProblem { u"secret"_s, tr("Paste the %1.").arg(p.secretLabel.toLower()) };
        else if (s.contains(QRegularExpression(u"\\s"_s)))
            secretProblems << FieldProblem { u"secret"_s,
                tr("The key contains spaces or line breaks; paste it again.") };
        else if (const QString control = SecretShapes::controlCharacterProblem(s); !control.isEmpty())
            secretProblems << FieldProblem { u"secret"_s, control };
        else
            usableSecret = s;
    }
    // The vendor's own checks: its option fields before the key's problems, its key's shape after them.
    const QList<FieldProblem> vendorProblems = ConnectorRegistry::descriptor(c.vendor).vendorProblems(c, usableSecret);
    for (const FieldProblem& problem : vendorProblems) {
        if (problem.field != u"secret")
            problems << problem;
    }
    problems << secretProblems;
    for (const FieldProblem& problem : vendorProblems) {
        if (problem.field == u"secret")
            problems << problem;
    }
    return problems;
}

} // namespace plumbline
