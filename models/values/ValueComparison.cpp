#include "ValueComparison.h"

#include "ValueRedaction.h"
#include "ValueStatistics.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
constexpr int kMaxExamples = 3;

FieldTally& tallyFor(QList<FieldTally>& fields, const FieldMapping& mapping, FieldKind kind)
{
    for (FieldTally& f : fields) {
        if (f.source == mapping.source && f.destination == mapping.destination)
            return f;
    }
    FieldTally t;
    t.source = mapping.source;
    t.destination = mapping.destination;
    t.kind = kind;
    fields << t;
    return fields.last();
}

void count(FieldTally& t, FieldOutcome outcome)
{
    ++t.compared;
    switch (outcome) {
    case FieldOutcome::Equal:
        ++t.equal;
        break;
    case FieldOutcome::BothEmpty:
        ++t.bothEmpty;
        break;
    case FieldOutcome::EmptyOnDestination:
        ++t.emptyOnDestination;
        break;
    case FieldOutcome::EmptyOnSource:
        ++t.emptyOnSource;
        break;
    case FieldOutcome::Truncated:
        ++t.truncated;
        break;
    case FieldOutcome::CaseOnly:
        ++t.caseOnly;
        break;
    case FieldOutcome::Differs:
        ++t.differs;
        break;
    }
}
} // namespace

QJsonValue recordField(const ValueRecord& record, const QString& field)
{
    if (record.fields.contains(field))
        return record.fields.value(field);
    const qsizetype dot = field.indexOf(u'.');
    if (dot <= 0)
        return QJsonValue(QJsonValue::Undefined);
    return record.fields.value(field.left(dot)).toObject().value(field.mid(dot + 1));
}

ComparisonOutput compareSample(const ComparisonInput& input)
{
    ComparisonOutput out;
    ValueCheckResult& r = out.result;
    r.integrationId = input.integration.id;
    QList<FieldMapping> mapped;
    for (const FieldMapping& m : input.integration.mappings) {
        if (!m.key && !m.source.trimmed().isEmpty() && !m.destination.trimmed().isEmpty())
            mapped << m;
    }
    for (const FieldMapping& m : std::as_const(mapped))
        tallyFor(r.fields, m, input.kinds.value(m.source, FieldKind::Text));

    QSet<QString> seen;
    for (const ValueRecord& record : input.sample) {
        const QString key = normaliseKey(record.key);
        if (key.isEmpty() || seen.contains(key) || !input.looked.contains(key))
            continue; // no key, twice, or not looked up (a partial lookup): left out, never "missing"
        seen.insert(key);
        ++r.sampled;
        KeyOutcome outcome;
        outcome.keyHash = input.keyHash ? input.keyHash(key) : QString();
        const QList<ValueRecord> found = input.matches.value(key);
        if (found.isEmpty()) {
            ++r.missingAtDestination;
            outcome.outcome = u"missing"_s;
            out.keys << outcome;
            continue;
        }
        ++r.found;
        if (found.size() > 1)
            ++r.duplicates;
        // With duplicates, the record that agrees best is compared: a duplicate is counted, not guessed to be wrong.
        const ValueRecord* best = nullptr;
        QList<FieldOutcome> bestOutcomes;
        int bestFailures = -1;
        for (const ValueRecord& candidate : found) {
            QList<FieldOutcome> outcomes;
            int failures = 0;
            for (const FieldMapping& m : std::as_const(mapped)) {
                const FieldOutcome o = compareValues(input.kinds.value(m.source, FieldKind::Text),
                    recordField(record, m.source), recordField(candidate, m.destination), input.options);
                outcomes << o;
                failures += isFailure(o) ? 1 : 0;
            }
            if (bestFailures < 0 || failures < bestFailures) {
                best = &candidate;
                bestOutcomes = outcomes;
                bestFailures = failures;
            }
        }
        for (qsizetype i = 0; i < mapped.size(); ++i) {
            FieldTally& t = tallyFor(r.fields, mapped.at(i), input.kinds.value(mapped.at(i).source, FieldKind::Text));
            const FieldOutcome o = bestOutcomes.value(i, FieldOutcome::Equal);
            count(t, o);
            if (!isFailure(o))
                continue;
            if (record.changedAt.isValid() && (!t.firstFailureChange || record.changedAt < *t.firstFailureChange))
                t.firstFailureChange = record.changedAt;
            if (input.examples && t.examples.size() < kMaxExamples)
                t.examples << ValueRedaction::example(
                    record.key, recordField(record, mapped.at(i).source), recordField(*best, mapped.at(i).destination));
            if (outcome.field.isEmpty())
                outcome.field = mapped.at(i).destination;
        }
        if (found.size() > 1)
            outcome.outcome = u"duplicate"_s;
        else
            outcome.outcome = bestFailures > 0 ? u"mismatch"_s : u"matched"_s;
        if (bestFailures == 0)
            ++r.matched;
        out.keys << outcome;
    }
    r.matchRate = r.sampled > 0 ? double(r.matched) / double(r.sampled) : 0;
    const ProportionInterval i = wilsonInterval(r.matched, r.sampled);
    r.matchRateLow = i.low;
    r.matchRateHigh = i.high;
    return out;
}

} // namespace plumbline
