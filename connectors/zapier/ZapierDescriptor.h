#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about Zapier (connectors/zapier/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& zapierDescriptor();

} // namespace plumbline
