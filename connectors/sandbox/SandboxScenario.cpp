#include "SandboxScenario.h"

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
struct Named
{
    Scenario scenario;
    QString name;
};

const QList<Named>& table()
{
    static const QList<Named> t = {
        { Scenario::Healthy, u"healthy"_s },
        { Scenario::CountDrift, u"count_drift"_s },
        { Scenario::GrowingGap, u"growing_gap"_s },
        { Scenario::SilentFailure, u"silent_failure"_s },
        { Scenario::MappingDrift, u"mapping_drift"_s },
        { Scenario::AuthRevoked, u"auth_revoked"_s },
        { Scenario::PermissionRemoved, u"permission_removed"_s },
        { Scenario::DeprecatedVersion, u"deprecated_version"_s },
        { Scenario::RetiredVersion, u"retired_version"_s },
        { Scenario::RateLimited, u"rate_limited"_s },
        { Scenario::VolumeSpike, u"volume_spike"_s },
        { Scenario::ValueDrift, u"value_drift"_s },
        { Scenario::ServerErrors, u"server_errors"_s },
        { Scenario::Timeouts, u"timeouts"_s },
        { Scenario::Malformed, u"malformed"_s },
        { Scenario::ObjectDeleted, u"object_deleted"_s },
        { Scenario::TokenExpired, u"token_expired"_s },
        { Scenario::RefreshRevoked, u"refresh_revoked"_s },
    };
    return t;
}
} // namespace

SandboxScenarios::SandboxScenarios(QStringList connectionIds, QSet<QString> destinations)
    : m_ids(std::move(connectionIds))
    , m_destinations(std::move(destinations))
{
    recompute(QDateTime::currentDateTimeUtc());
}

QStringList SandboxScenarios::names()
{
    QStringList out;
    for (const auto& n : table())
        out << n.name;
    return out;
}

QString SandboxScenarios::name(Scenario scenario)
{
    for (const auto& n : table()) {
        if (n.scenario == scenario)
            return n.name;
    }
    return {};
}

std::optional<Scenario> SandboxScenarios::fromName(const QString& name)
{
    for (const auto& n : table()) {
        if (n.name == name)
            return n.scenario;
    }
    return std::nullopt;
}

bool SandboxScenarios::destinationsOnly(Scenario scenario)
{
    switch (scenario) {
    case Scenario::CountDrift:
    case Scenario::GrowingGap:
    case Scenario::SilentFailure:
    case Scenario::MappingDrift:
    case Scenario::ObjectDeleted:
    case Scenario::ValueDrift:
        return true;
    default:
        return false;
    }
}

void SandboxScenarios::setAll(Scenario scenario, const QDateTime& now)
{
    m_global = scenario;
    m_overrides.clear();
    recompute(now);
}

bool SandboxScenarios::setFor(const QString& connectionId, Scenario scenario, const QDateTime& now)
{
    if (!m_ids.contains(connectionId))
        return false;
    m_overrides.insert(connectionId, scenario);
    recompute(now);
    return true;
}

ScenarioState& SandboxScenarios::state(const QString& connectionId)
{
    return m_states[connectionId];
}

Scenario SandboxScenarios::effective(const QString& connectionId) const
{
    if (const auto it = m_overrides.constFind(connectionId); it != m_overrides.cend())
        return *it;
    if (destinationsOnly(m_global) && !m_destinations.contains(connectionId))
        return Scenario::Healthy;
    return m_global;
}

void SandboxScenarios::recompute(const QDateTime& now)
{
    // A connection whose scenario changes starts afresh: new "since", counters at zero.
    for (const QString& id : std::as_const(m_ids)) {
        const Scenario s = effective(id);
        const auto it = m_states.constFind(id);
        if (it == m_states.cend() || it->scenario != s)
            m_states.insert(id, ScenarioState { s, now, 0, 0 });
    }
}

} // namespace plumbline
