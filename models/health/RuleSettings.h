#pragma once

#include "../Integration.h"

namespace plumbline {

// Thresholds of the health rules. Defaults here; an integration's `checks` override them (known keys, and the
// names below in `checks` extra keys, e.g. "critical_pct", "expected_runs_per_day", "rotation_days").
struct RuleSettings
{
    // count_drift
    double tolerancePct = 2.0;
    qint64 toleranceAbs = 10;
    int lagGraceS = 900;
    double criticalPct = 10.0; // gap beyond this is critical
    int growingPolls = 3; // gap grew over this many consecutive polls: critical
    // silent_failure
    int silentWindowS = 3600; // destination frozen this long while the source changed
    int expectedRunsPerDay = 0; // 0: not checked
    double minRunsPct = 50.0; // fewer runs than this share of the expected runs: warning (none: critical)
    // stale
    int intervalS = 300;
    int staleGraceS = 120; // stale after 2 × interval + grace
    int staleCriticalFactor = 6; // critical after staleCriticalFactor × interval + grace
    // permission
    int rotationDays = 90; // credential older than this: warning (0: not checked)
    // deprecation
    int deprecationWarningDays = 90;
    int deprecationCriticalDays = 14;
    // rate_limit
    double headroomWarningPct = 20.0;
    // volume_anomaly
    double volumeMadThreshold = 6.0; // robust z-score (|x - median| / (1.4826 · MAD)) above this
    int volumeMinHistory = 8; // deltas needed before judging
    // run_failures
    int runFailuresConsecutive = 3;
    double runErrorRatePct = 50.0;
    int runWindowS = 86400;
    int runErrorRateMinRuns = 4; // the error rate is judged only over at least this many finished runs

    static RuleSettings forIntegration(const Checks& checks, RuleSettings defaults);
    static RuleSettings forIntegration(const Checks& checks) { return forIntegration(checks, RuleSettings()); }
};

} // namespace plumbline
