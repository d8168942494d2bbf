#include "GenericDescriptor.h"

#include "GenericConnector.h"

#include <Rules.h>
#include <VendorDescriptor.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class GenericDescriptor final : public VendorDescriptor
{
public:
    Vendor vendor() const override { return Vendor::Generic; }
    Capabilities capabilities() const override { return Capability::Count | Capability::Quota | Capability::RunLog; }

    VendorProfile profile() const override
    {
        VendorProfile p;
        p.baseUrlLabel = VendorCatalog::tr("URL");
        p.baseUrlRequired = true;
        p.authMethod = u"header"_s;
        p.secretName = u"token"_s;
        p.secretLabel = VendorCatalog::tr("API key or token");
        p.secretHelp = VendorCatalog::tr("Sent in the header below, after the scheme (if any).");
        p.options = { { u"auth_header"_s, VendorCatalog::tr("Auth header name"), u"Authorization"_s,
                          VendorCatalog::tr("The HTTP header that carries the key."), false },
            { u"auth_scheme"_s, VendorCatalog::tr("Auth scheme"), u"Bearer"_s,
                VendorCatalog::tr("Put before the key, e.g. Bearer; may be empty."), false },
            { u"count_pointer"_s, VendorCatalog::tr("JSON pointer to the count"), u"/total"_s,
                VendorCatalog::tr("Where the record count is in the response, e.g. /meta/total."), false },
            { u"method"_s, VendorCatalog::tr("HTTP method"), u"GET"_s,
                VendorCatalog::tr("GET or POST for the count request."), false },
            { u"body"_s, VendorCatalog::tr("Request body"), u"{\"limit\":1}"_s,
                VendorCatalog::tr("Sent with the count request (JSON bodies get Content-Type: application/json)."),
                false },
            { u"errors_pointer"_s, VendorCatalog::tr("JSON pointer to a run/error list"), u"/errors"_s,
                VendorCatalog::tr("Optional: an array of {id, status, timestamp, message} read as the run log."),
                false },
            { u"list_path"_s, VendorCatalog::tr("Record list path (value checks)"),
                u"{object}?limit={limit}&offset={offset}"_s,
                VendorCatalog::tr("Optional: where pages of records are read for a value check, below the URL."),
                false },
            { u"records_pointer"_s, VendorCatalog::tr("JSON pointer to the records"), u"/data"_s,
                VendorCatalog::tr("Optional: where the list of records is in a list or lookup answer."), false },
            { u"key_pointer"_s, VendorCatalog::tr("JSON pointer to a record's key"), u"/email"_s,
                VendorCatalog::tr("Optional: where the key is inside a record, when it is not the mapped member."),
                false },
            { u"changed_field"_s, VendorCatalog::tr("Last-modified member"), u"updated_at"_s,
                VendorCatalog::tr("Optional: a record's last-modified time (ISO 8601 or epoch milliseconds)."), false },
            { u"lookup_path"_s, VendorCatalog::tr("Lookup path (value checks)"), u"{object}?email={key}"_s,
                VendorCatalog::tr("Optional: how one record is found by its key, {key} standing for the key; "
                                  "a 404 means it is missing."),
                false } };
        p.authChoices = {
            { u"header"_s, AuthFlow::Static, VendorCatalog::tr("Static key in a header"), p.secretHelp, p.secretLabel,
                true, {} },
            { QString::fromLatin1(AuthMethod::kClientCredentials), AuthFlow::ClientCredentials,
                VendorCatalog::tr("OAuth 2.0 client credentials"),
                VendorCatalog::tr("Enter the OAuth server's token URL, the client id and (optionally) the scope; "
                                  "the client secret goes in the field below. Plumbline gets access tokens and "
                                  "sends them as Authorization: Bearer."),
                VendorCatalog::tr("Client secret"), false, {} },
        };
        return p;
    }

    std::unique_ptr<Connector> createConnector(
        Transport& transport, const Connection& connection, const QString& secret) const override
    {
        return std::make_unique<GenericConnector>(transport, connection, secret);
    }

    QStringList objectSuggestions(const Connection&) const override { return { u"contacts"_s }; }
};

} // namespace

const VendorDescriptor& genericDescriptor()
{
    static const GenericDescriptor descriptor;
    return descriptor;
}

} // namespace plumbline
