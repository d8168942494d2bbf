#pragma once

#include "ValueCheck.h"
#include "ValueRecord.h"

#include "../Integration.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace plumbline {

// How one sampled key ended, for the keyed history (stored only as HMAC-SHA256 of the normalised key).
struct KeyOutcome
{
    QString keyHash;
    QString outcome; // "missing", "duplicate", "mismatch", "matched"
    QString field; // for "mismatch": the first failing destination field
};

struct ComparisonInput
{
    Integration integration;
    QList<ValueRecord> sample; // from the source
    // From the destination, by normaliseKey(key): every record found for that key (more than one: duplicates).
    QHash<QString, QList<ValueRecord>> matches;
    QSet<QString> looked; // normalised keys the destination was asked about; the others are left out, not missing
    QHash<QString, FieldKind> kinds; // by source field name; inferred as Text when absent
    NormaliseOptions options;
    bool examples = true;
    std::function<QString(const QString& normalisedKey)> keyHash; // HMAC-SHA256 under the workspace's key
};

struct ComparisonOutput
{
    ValueCheckResult result; // counts, rates and fields; the caller sets times, requests and partial
    QList<KeyOutcome> keys;
};

// Classifies every sampled record (missing at the destination, found, duplicate) and every mapped field (equal,
// both empty, empty on one side, differs, truncated, case only), with the match rate and its Wilson interval
// (ARCHITECTURE.md §12). Pure: no store, no network, no clock.
ComparisonOutput compareSample(const ComparisonInput& input);

// The value of `field` in a record: a top-level field, or a dotted sub-field of an object ("ADDRESS.city").
QJsonValue recordField(const ValueRecord& record, const QString& field);

} // namespace plumbline
