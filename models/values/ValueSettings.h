#pragma once

#include "../Integration.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace plumbline {

// An integration's `checks.values` (ARCHITECTURE.md §12). Unknown keys are kept by Checks::extra as they are.
struct ValueSettings
{
    bool enabled = true; // default: on where the integration has a key mapping
    int sample = 200;
    int everyS = 86400;
    int settleS = 900;
    int maxRequests = 20; // per side
    bool examples = true;
    // value_drift: warning when the lower bound of a failure rate (missing, or one field differing) is above
    // tolerance_pct, critical above critical_pct.
    double tolerancePct = 2.0;
    double criticalPct = 10.0;
    QString region = QStringLiteral("US");
    // `field_types`: an explicit FieldKind key by source field ("phone_2": "phone"), else inferred from the schemas. //
    // default region for phone numbers without a country code (ISO 3166)

    static constexpr int kMinSample = 10;
    static constexpr int kMaxSample = 2000;
    static constexpr int kMaxRequests = 500;

    // From `integration.checks.extra["values"]`, with the defaults above; `enabled` defaults to whether the
    // integration has a key mapping.
    static ValueSettings of(const Integration& integration);
    QJsonObject toJson() const;
    // Problems of a `values` object as read from a workspace file at JSON path `path`
    // ("integrations[0].checks.values"): (path of the bad key, translated message). Empty when fine.
    static QList<QPair<QString, QString>> problems(const QJsonValue& values, const QString& path);
};

// The key mapping of an integration, if exactly one mapping is marked as key.
std::optional<FieldMapping> keyMapping(const Integration& integration);

} // namespace plumbline
