#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about HubSpot (connectors/hubspot/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& hubSpotDescriptor();

} // namespace plumbline
