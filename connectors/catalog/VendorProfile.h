#pragma once

#include <AuthMethod.h>
#include <Connection.h>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace plumbline {

// One field of a vendor's connection form that is stored in Connection::options.
struct VendorOption
{
    QString key; // key in Connection::options
    QString label; // translated
    QString placeholder; // translated example
    QString help; // translated
    bool required = false;
};

// What the connection editor and the connectors need to know about a vendor: defaults, its own fields, and how
// its credential is named. Each vendor's descriptor (connectors/<vendor>/<Vendor>Descriptor.cpp) gives its own.
// One way a connection of this vendor can sign in (ARCHITECTURE.md §11), as the editor offers it.
struct AuthChoice
{
    QString method; // the auth_method value
    AuthFlow flow = AuthFlow::Static;
    QString label; // translated, in the vendor's words
    QString steps; // translated: how to set it up at the vendor, step by step
    QString secretLabel; // translated: what the one pasted secret is (API key, client secret)
    bool recommended = false;
    QString caution; // translated: why not to use it for long (a pasted short-lived token); empty when none
};

struct VendorProfile
{
    Vendor vendor = Vendor::Generic;
    QString defaultBaseUrl; // empty: must be given (Salesforce instance URL, generic URL)
    QString baseUrlLabel; // translated
    bool baseUrlRequired = false;
    QString defaultApiVersion;
    QStringList apiVersions; // suggestions, newest first
    QString authMethod; // stored in Connection::authMethod
    QString secretName; // keychain entry is connection/<id>/<secretName>
    QString secretLabel; // translated, e.g. "Private app token"
    QString secretHelp; // translated: where to find it at the vendor
    QList<VendorOption> options;
    // The sign-in methods, the recommended first; VendorCatalog::profile adds the static one when a vendor lists none.
    QList<AuthChoice> authChoices;
};

// An announced end-of-life date of one API version (the deprecation calendar's "vendor's schedule").
struct VersionDeadline
{
    QString version;
    QDate sunset; // the version stops answering (or stopped) on this day
    QString note; // translated: where the date comes from, in the vendor's words
};

// A problem with a connection's definition, for inline messages in the editor.
struct FieldProblem
{
    QString field; // "id", "name", "base_url", "api_version", "secret", or an option key
    QString message;
};

class VendorCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(VendorCatalog)

public:
    static VendorProfile profile(Vendor vendor);

    // The base URL a connector will use: the connection's own, or one derived from its options and the
    // vendor's default (Mailchimp data centre, Shopify shop, Make zone).
    static QString effectiveBaseUrl(const Connection& connection, const QString& secret = {});

    // Mailchimp keys end in "-<dc>" (e.g. "…-us6"); empty when the key has no data-centre suffix.
    static QString mailchimpDataCentre(const QString& apiKey);

    // The announced end-of-life dates for `version` of this vendor; empty when none is known. Only dates the vendor
    // published are listed; everything else comes from the responses' own signals (Deprecation, Sunset, …).
    static QList<VersionDeadline> versionDeadlines(Vendor vendor, const QString& version);

    // Objects the guided set-up suggests for a side at this connection.
    static QStringList objectSuggestions(const Connection& connection);
    // Make and Zapier: they carry records between other systems and have runs, not records.
    static bool isMiddleware(Vendor vendor);

    // Checks a definition (and, when `secret` is given, the key's shape). Empty when all is well.
    static QList<FieldProblem> validate(const Connection& connection, const std::optional<QString>& secret = {});
};

} // namespace plumbline
