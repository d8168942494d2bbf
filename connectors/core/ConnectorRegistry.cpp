#include "ConnectorRegistry.h"

#include <generic/GenericConnector.h>
#include <hubspot/HubSpotConnector.h>
#include <mailchimp/MailchimpConnector.h>
#include <make/MakeConnector.h>
#include <salesforce/SalesforceConnector.h>
#include <shopify/ShopifyConnector.h>
#include <zapier/ZapierConnector.h>

namespace plumbline {

std::unique_ptr<Connector> ConnectorRegistry::create(
    Transport& transport, const Connection& connection, const QString& secret)
{
    switch (connection.vendor) {
    case Vendor::HubSpot:
        return std::make_unique<HubSpotConnector>(transport, connection, secret);
    case Vendor::Salesforce:
        return std::make_unique<SalesforceConnector>(transport, connection, secret);
    case Vendor::Mailchimp:
        return std::make_unique<MailchimpConnector>(transport, connection, secret);
    case Vendor::Shopify:
        return std::make_unique<ShopifyConnector>(transport, connection, secret);
    case Vendor::Make:
        return std::make_unique<MakeConnector>(transport, connection, secret);
    case Vendor::Zapier:
        return std::make_unique<ZapierConnector>(transport, connection, secret);
    case Vendor::Generic:
        return std::make_unique<GenericConnector>(transport, connection, secret);
    }
    return nullptr;
}

} // namespace plumbline
