#include "ConnectorRegistry.h"

#include <generic/GenericDescriptor.h>
#include <hubspot/HubSpotDescriptor.h>
#include <mailchimp/MailchimpDescriptor.h>
#include <make/MakeDescriptor.h>
#include <salesforce/SalesforceDescriptor.h>
#include <shopify/ShopifyDescriptor.h>
#include <zapier/ZapierDescriptor.h>

namespace plumbline {

const QList<const VendorDescriptor*>& ConnectorRegistry::descriptors()
{
    static const QList<const VendorDescriptor*> all {
        &hubSpotDescriptor(),
        &salesforceDescriptor(),
        &mailchimpDescriptor(),
        &shopifyDescriptor(),
        &makeDescriptor(),
        &zapierDescriptor(),
        &genericDescriptor(),
    };
    return all;
}

const VendorDescriptor& ConnectorRegistry::descriptor(Vendor vendor)
{
    for (const VendorDescriptor* d : descriptors()) {
        if (d->vendor() == vendor)
            return *d;
    }
    return genericDescriptor();
}

std::unique_ptr<Connector> ConnectorRegistry::create(
    Transport& transport, const Connection& connection, const QString& secret)
{
    return descriptor(connection.vendor).createConnector(transport, connection, secret);
}

} // namespace plumbline
