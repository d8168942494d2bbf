#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about Make (connectors/make/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& makeDescriptor();

} // namespace plumbline
