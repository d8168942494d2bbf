#pragma once

#include "ValueNormaliser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace plumbline {

// The aggregates of one mapped field in one value check (ARCHITECTURE.md §12). Counts only; `examples` are redacted.
struct FieldTally
{
    QString source;
    QString destination;
    FieldKind kind = FieldKind::Text;
    qint64 compared = 0; // matched records in which this field was compared
    qint64 equal = 0;
    qint64 bothEmpty = 0;
    qint64 emptyOnDestination = 0;
    qint64 emptyOnSource = 0;
    qint64 differs = 0; // really different (not empty on one side, not truncated, not case only)
    qint64 truncated = 0;
    qint64 caseOnly = 0;
    // The earliest source change among records whose field failed: when the mapping may have broken.
    std::optional<QDateTime> firstFailureChange;
    QStringList examples; // at most 3, redacted (ValueRedaction), none when examples are off

    qint64 failures() const { return emptyOnDestination + differs + truncated; }
    bool operator==(const FieldTally&) const = default;
};

// One value check of one integration: stored (aggregates only), read by the rule, the window and `check --json`.
struct ValueCheckResult
{
    QString integrationId;
    QDateTime checkedAt;
    qint64 sampled = 0; // records looked up (a partial check counts only what it looked up)
    qint64 found = 0;
    qint64 missingAtDestination = 0;
    qint64 duplicates = 0; // keys that found more than one record at the destination
    qint64 matched = 0; // found, and every field equal (case-only and both-empty count as equal)
    double matchRate = 0;
    double matchRateLow = 0;
    double matchRateHigh = 1;
    int requestsSource = 0;
    int requestsDestination = 0;
    std::optional<qint64> population; // records on the source, when the vendor said
    bool partial = false; // the budget or the vendor stopped it early: what was looked up is still right
    QString partialReason; // translated, e.g. "Mailchimp asked to slow down after 12 requests"
    // Set when no comparison could be made at all (no key mapping, the key field no longer exists, a side failed):
    // a translated reason; the counts are then zero.
    QString problem;
    QString problemKind; // "no_key", "key_missing", "source_failed", "destination_failed", "unsupported", "empty"
    QList<FieldTally> fields;

    int requests() const { return requestsSource + requestsDestination; }
    bool compared() const { return problem.isEmpty(); }
    // The `values` object of `check --json` (ARCHITECTURE.md §12), plus the optional keys this version adds.
    QJsonObject toJson() const;
    // The stored form of `fields` (aggregates and examples) and back. In JSON `differs` is every failing record
    // (empty on the destination, truncated or another value), as the contract counts it; `value_differs` is the
    // last bucket alone.
    static QJsonObject fieldJson(const FieldTally& field, bool withExamples);
    static FieldTally fieldFromJson(const QJsonObject& json);
    bool operator==(const ValueCheckResult&) const = default;
};

} // namespace plumbline
