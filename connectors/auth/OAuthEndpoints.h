#pragma once

#include <QUrl>

namespace plumbline {

struct Connection;

// Where a connection's OAuth grants go (ARCHITECTURE.md §11): the workspace's auth.token_url / auth.authorize_url,
// else the vendor's fixed endpoint on the connection's base URL (Salesforce's My Domain, the Shopify shop, HubSpot's
// dated token path). An empty URL: neither says.
class OAuthEndpoints final
{
public:
    static QUrl tokenUrl(const Connection& connection);
    static QUrl authorizeUrl(const Connection& connection);
};

} // namespace plumbline
