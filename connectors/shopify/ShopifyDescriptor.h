#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about Shopify (connectors/shopify/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& shopifyDescriptor();

} // namespace plumbline
