#pragma once

#include <Workspace.h>

#include <QHash>
#include <QStringList>

namespace plumbline {

// The stack the sandbox fakes, as a workspace (ARCHITECTURE.md, "Contracts"): one connection per vendor wired to the
// sandbox's URL (Salesforce on oauth_client_credentials, the others on their static tokens), three integrations with
// distinct sources and destinations, the secrets the sandbox accepts, and the ids the vendor responders need
// (audience, shop, Make scenario, Zap, OAuth client ids).
class SandboxWorkspace final
{
public:
    static const QString kHubSpot;
    static const QString kSalesforce;
    static const QString kMailchimp;
    static const QString kShopify;
    static const QString kMake;
    static const QString kZapier;
    static const QString kGeneric;

    static const QString kAudienceId;
    static const QString kShop;
    static constexpr qint64 kMakeScenarioId = 4711;
    static constexpr qint64 kMakeTeamId = 27;
    static constexpr qint64 kMakeOrganizationId = 21;
    static const QString kZapId;
    static const QByteArray kGenericAuthHeader;

    // The OAuth client ids the token endpoints expect (public values; the client secret is the connection's secret):
    // a Salesforce External Client App's 85-character consumer key, a HubSpot app's UUID, a Shopify Dev Dashboard
    // app's 32 hex characters, and a generic OAuth server's client.
    static const QString kSalesforceClientId;
    static const QString kHubSpotClientId;
    static const QString kShopifyClientId;
    static const QString kGenericClientId;

    static Workspace build(const QString& baseUrl);
    static QHash<QString, QString> secrets();
    static QHash<QString, QString> clientIds(); // connection id -> client id, for the connections with OAuth
    static QStringList connectionIds();
    static QStringList destinationIds();
    // PLUMBLINE_SECRET_<ID> (EnvSecretStore's naming).
    static QString envName(const QString& connectionId);
};

} // namespace plumbline
