#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about Salesforce (connectors/salesforce/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& salesforceDescriptor();

} // namespace plumbline
