#pragma once

#include "Connector.h"
#include "VendorDescriptor.h"

#include <memory>

namespace plumbline {

// The vendors, registered statically: a new vendor adds its descriptor in core/ConnectorRegistry.cpp (an include and
// one line in the list). The list is constant data, not a service; nothing in it holds state.
class ConnectorRegistry final
{
public:
    static const QList<const VendorDescriptor*>& descriptors();
    // Every vendor of the Vendor enum is registered; tests/connectors/tst_vendors.cpp checks it.
    static const VendorDescriptor& descriptor(Vendor vendor);

    static std::unique_ptr<Connector> create(Transport& transport, const Connection& connection, const QString& secret);
};

} // namespace plumbline
