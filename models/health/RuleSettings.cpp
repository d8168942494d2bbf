#include "RuleSettings.h"

using namespace Qt::StringLiterals;

namespace plumbline {

RuleSettings RuleSettings::forIntegration(const Checks& checks, RuleSettings s)
{
    s.tolerancePct = checks.tolerancePct;
    s.toleranceAbs = checks.toleranceAbs;
    s.lagGraceS = checks.lagGraceS;
    s.intervalS = checks.intervalS;
    const QJsonObject& x = checks.extra;
    const auto number = [&x](const char* key, auto& target) {
        const QJsonValue v = x.value(QLatin1String(key));
        if (v.isDouble())
            target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
    };
    number("critical_pct", s.criticalPct);
    number("growing_polls", s.growingPolls);
    number("silent_window_s", s.silentWindowS);
    number("expected_runs_per_day", s.expectedRunsPerDay);
    number("min_runs_pct", s.minRunsPct);
    number("stale_grace_s", s.staleGraceS);
    number("stale_critical_factor", s.staleCriticalFactor);
    number("rotation_days", s.rotationDays);
    number("deprecation_warning_days", s.deprecationWarningDays);
    number("deprecation_critical_days", s.deprecationCriticalDays);
    number("headroom_warning_pct", s.headroomWarningPct);
    number("volume_mad_threshold", s.volumeMadThreshold);
    number("volume_min_history", s.volumeMinHistory);
    number("run_failures_consecutive", s.runFailuresConsecutive);
    number("run_error_rate_pct", s.runErrorRatePct);
    number("run_window_s", s.runWindowS);
    number("run_error_rate_min_runs", s.runErrorRateMinRuns);
    return s;
}

} // namespace plumbline
