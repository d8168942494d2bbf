#pragma once

#include <QUrl>

namespace plumbline {

struct Connection;

// Where a connection's OAuth requests go (ARCHITECTURE.md §11): the workspace's auth.authorize_url and auth.token_url
// when it gives them, else the vendor's own (VendorDescriptor::oauthDefaults on the connection's base URL: Salesforce
// <base_url>/services/oauth2/authorize and …/token, HubSpot https://app.hubspot.com/oauth/authorize and
// <base_url>/oauth/2026-03/token, Shopify <base_url>/admin/oauth/access_token). The one place that decides it, for the
// sign-in and the token renewal alike. Whether an address may be used (https, or http to loopback) is the caller's
// check (Endpoint::isAllowed), as for any other address.
struct OAuthEndpoints
{
    QUrl authorizeUrl; // empty: none known (a vendor with no sign-in page, and none in the workspace)
    QUrl tokenUrl; // empty: none known (a generic connection without auth.token_url)

    static OAuthEndpoints of(const Connection& connection);
};

} // namespace plumbline
