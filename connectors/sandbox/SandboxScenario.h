#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <optional>

namespace plumbline {

// The sandbox's switchable behaviours (ARCHITECTURE.md, "Contracts"). Each exists to make one monitoring rule fire.
enum class Scenario
{
    Healthy,
    CountDrift,
    GrowingGap,
    SilentFailure,
    MappingDrift,
    AuthRevoked,
    PermissionRemoved,
    DeprecatedVersion,
    RetiredVersion,
    RateLimited,
    VolumeSpike,
    // Value checks (ARCHITECTURE.md §12): at a destination the newest ~15 % of people have no first name (FNAME,
    // FirstName) and one person in 33 never arrived, while the counts are served as in healthy.
    ValueDrift,
    ServerErrors,
    Timeouts,
    Malformed,
    ObjectDeleted, // the audience, object, scenario or Zap an integration uses no longer exists (not_found)
    // Issued access tokens (those issued while it is in force, and every live one) stop working after their first API
    // request, while expires_in still promises the usual lifetime: renewing must be silent. Static secrets unaffected.
    TokenExpired,
    // Every token grant is refused (invalid_grant, HubSpot's BAD_REFRESH_TOKEN) and every issued access token is
    // revoked: a person must sign in again (auth, critical). Back to healthy, grants work again.
    RefreshRevoked,
};

// What one connection is doing now: its scenario, since when, and how many requests it has served under it
// (growing_gap and volume_spike move with served count requests, rate limits and errors alternate per request).
struct ScenarioState
{
    Scenario scenario = Scenario::Healthy;
    QDateTime since;
    int requests = 0;
    int countRequests = 0;
};

// The scenario in force: one for the whole sandbox plus per-connection overrides. Drift-type scenarios set for
// the whole sandbox act on destinations only (so a source/destination gap is unambiguous); the others act on all.
class SandboxScenarios final
{
public:
    SandboxScenarios(QStringList connectionIds, QSet<QString> destinations);

    static QStringList names();
    static QString name(Scenario scenario);
    static std::optional<Scenario> fromName(const QString& name);
    static bool destinationsOnly(Scenario scenario);

    // Sets the scenario for every connection and drops the per-connection overrides.
    void setAll(Scenario scenario, const QDateTime& now);
    bool setFor(const QString& connectionId, Scenario scenario, const QDateTime& now);

    Scenario global() const { return m_global; }
    bool hasConnection(const QString& id) const { return m_ids.contains(id); }
    QStringList connectionIds() const { return m_ids; }
    ScenarioState& state(const QString& connectionId);
    Scenario effective(const QString& connectionId) const;

private:
    void recompute(const QDateTime& now);

    QStringList m_ids;
    QSet<QString> m_destinations;
    Scenario m_global = Scenario::Healthy;
    QHash<QString, Scenario> m_overrides;
    QHash<QString, ScenarioState> m_states;
};

} // namespace plumbline
