#pragma once

namespace plumbline {

class VendorDescriptor;

// What Plumbline knows about Mailchimp (connectors/mailchimp/): registered in core/ConnectorRegistry.cpp.
const VendorDescriptor& mailchimpDescriptor();

} // namespace plumbline
