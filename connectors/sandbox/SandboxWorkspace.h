#pragma once

#include <Workspace.h>

#include <QHash>
#include <QStringList>

namespace plumbline {

// The stack the sandbox fakes, as a workspace (ARCHITECTURE.md, "Contracts"): one connection per vendor wired to the
// sandbox's URL, three integrations with distinct sources and destinations, the secrets the sandbox accepts, and the
// ids the vendor responders need (audience, shop, Make scenario, Zap).
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

    static Workspace build(const QString& baseUrl);
    static QHash<QString, QString> secrets();
    static QStringList connectionIds();
    static QStringList destinationIds();
    // PLUMBLINE_SECRET_<ID> (EnvSecretStore's naming).
    static QString envName(const QString& connectionId);
};

} // namespace plumbline
