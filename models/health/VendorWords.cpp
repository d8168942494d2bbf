#include "VendorWords.h"

#include "Rules.h"

namespace plumbline {

QString VendorWords::monitoredThing() const
{
    return Rules::tr("the API endpoint");
}

QString VendorWords::newKeyHint() const
{
    return Rules::tr("Ask the owner of this service for a new API key, and check in the connection's options that "
                     "the header name and scheme (for example Authorization: Bearer) are still right.");
}

QString VendorWords::grantHint() const
{
    return Rules::tr("Ask the owner of the OAuth server whether the app's client id and secret still hold and whether "
                     "the client credentials grant is still enabled for it.");
}

QString VendorWords::scopeHint() const
{
    return Rules::tr("The key is valid but not allowed to read this data. Ask the owner of this service to grant it "
                     "read access.");
}

QString VendorWords::versionHint() const
{
    return Rules::tr("The vendor is retiring the API version this connection uses. In Plumbline open Connections › "
                     "edit this connection › API version and choose a current one; ask whoever built the sync to "
                     "check theirs.");
}

QString VendorWords::whereToLook(const QString& what) const
{
    return Rules::tr("Ask the owner of this service whether %1 still exists at the address in the connection, or "
                     "whether it moved.")
        .arg(what);
}

} // namespace plumbline
