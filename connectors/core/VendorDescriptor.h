#pragma once

#include <Connection.h>
#include <VendorProfile.h>
#include <VendorWords.h>

#include <QFlags>
#include <memory>
#include <optional>

namespace plumbline {

class Connector;
class Transport;

// Everything Plumbline knows about one vendor, declared in that vendor's folder
// (connectors/<vendor>/<Vendor>Descriptor.cpp) and registered once in core/ConnectorRegistry.cpp: the connection
// form, how the base URL follows from the options, what its connector can answer, the version end dates the vendor
// published, and the words the health rules use for it (VendorWords). ARCHITECTURE.md, "Vendors".
class VendorDescriptor : public VendorWords
{
public:
    // What the vendor's connector answers with data. An operation not declared answers with a NotFound error that
    // says the vendor has no such thing (an undeclared quota: no allowance and no error); tests/connectors/
    // tst_vendors.cpp holds every vendor to its declaration on the sandbox.
    enum class Capability
    {
        Count = 0x1, // record counts of an object (Connector::count)
        Schema = 0x2, // an object's fields (Connector::schema)
        Quota = 0x4, // the API allowance's limit (Connector::quota)
        RunLog = 0x8, // runs or errors of a scenario, Zap or endpoint (Connector::runLog)
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual Vendor vendor() const = 0;
    virtual Capabilities capabilities() const = 0;
    // Middleware carries records between other systems: it has runs, not records of its own (Make, Zapier).
    bool isMiddleware() const
    {
        return capabilities().testFlag(Capability::RunLog) && !capabilities().testFlag(Capability::Count);
    }

    // The connection form's defaults, fields and credential (VendorCatalog::profile adds what all vendors share).
    virtual VendorProfile profile() const = 0;
    // The base URL when the connection gives none: derived from its options or key, else the profile's default.
    virtual QString derivedBaseUrl(const Connection& connection, const QString& secret) const;
    // Problems only this vendor's definitions can have (the shop's domain, the key's data-centre suffix). `secret` is
    // given trimmed, and only when it has none of the problems every key can have.
    virtual QList<FieldProblem> vendorProblems(
        const Connection& connection, const std::optional<QString>& secret) const;
    // Objects the guided set-up suggests for a side at this connection.
    virtual QStringList objectSuggestions(const Connection& connection) const;
    // The end-of-life dates the vendor published for `version`; empty when none are known.
    virtual QList<VersionDeadline> versionDeadlines(const QString& version) const;

    // The vendor's own OAuth addresses, for a connection whose `auth` names none (ARCHITECTURE.md §11); empty where
    // the vendor fixes none. `baseUrl` is the connection's effective base URL without a trailing slash. Read them
    // through OAuthEndpoints::of (connectors/auth), which lets the workspace's auth.authorize_url / token_url win.
    struct OAuthDefaults
    {
        QString authorizeUrl;
        QString tokenUrl;
    };
    virtual OAuthDefaults oauthDefaults(const QString& baseUrl) const;

    virtual std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(VendorDescriptor::Capabilities)

} // namespace plumbline
