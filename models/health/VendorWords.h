#pragma once

#include <QString>
#include <QtGlobal>

namespace plumbline {

// What the health rules say that depends on the vendor, in the vendor's own words and menus. Each vendor's
// descriptor (connectors/<vendor>/<Vendor>Descriptor.cpp) gives its own; this base class speaks of a service Plumbline
// knows nothing special about. The rules themselves name no vendor (ARCHITECTURE.md, "Vendors").
class VendorWords
{
    Q_DISABLE_COPY_MOVE(VendorWords)

public:
    VendorWords() = default;
    virtual ~VendorWords() = default;

    // What an integration's side points at: "the Mailchimp audience".
    virtual QString monitoredThing() const;
    // Where to get a new key, in the vendor's menus.
    virtual QString newKeyHint() const;
    // What to check when the vendor's token endpoint refused Plumbline's OAuth grant or client for good: where the
    // app's client id and secret live, and how to sign in again.
    virtual QString grantHint() const;
    // Which rights a valid key lacks, in the vendor's terms.
    virtual QString scopeHint() const;
    // What to do about an API version being retired.
    virtual QString versionHint() const;
    // Where to check that `what` (a monitoredThing() with its id) still exists.
    virtual QString whereToLook(const QString& what) const;
};

} // namespace plumbline
