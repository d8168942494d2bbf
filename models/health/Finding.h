#pragma once

#include "Severity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace plumbline {

// One rule's verdict (ARCHITECTURE.md, "Monitoring"): stable rule id, severity, one line with the numbers, the
// evidence, and what a marketing ops manager should check. Never a secret.
struct Finding
{
    QString rule; // count_drift, silent_failure, stale, mapping_drift, auth, permission, deprecation,
                  // rate_limit, volume_anomaly, run_failures, unreachable, bad_response, value_drift
    Severity severity = Severity::Ok;
    QString message; // translated, one line, with the numbers
    QString hint; // translated "what to check", for a non-developer
    QJsonObject evidence; // numbers, field names, dates (stable keys: used in JSON output)
    QString integrationId; // empty for connection-level findings
    QString connectionId; // empty for integration-level findings that concern no single connection
    QDateTime at;

    bool operator==(const Finding&) const = default;
};

Severity worstOf(const QList<Finding>& findings); // Ok for an empty list

} // namespace plumbline
