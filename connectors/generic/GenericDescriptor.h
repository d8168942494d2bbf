#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about any REST API (connectors/generic/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& genericDescriptor();

} // namespace plumbline
