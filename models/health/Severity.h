#pragma once

#include <QString>
#include <optional>

namespace plumbline {

// Health of a finding, an integration, a connection or the whole workspace (ARCHITECTURE.md, "Monitoring").
enum class Severity
{
    Ok,
    Warning,
    Critical,
    Unknown,
};

QString severityKey(Severity severity); // "ok", "warning", "critical", "unknown" (JSON, reports)
std::optional<Severity> severityFromKey(const QString& key);
QString severityDisplayName(Severity severity); // translated
// Nagios-style exit code: 0 ok, 1 warning, 2 critical, 3 unknown.
int severityExitCode(Severity severity);
// The worse of two, by the monitoring-plugins precedence (max_state): critical > warning > unknown > ok.
// The one order of severities, the monitoring-plugins precedence: ok 0 < unknown 1 < warning 2 < critical 3.
int severityRank(Severity severity);
Severity worse(Severity a, Severity b);

} // namespace plumbline
