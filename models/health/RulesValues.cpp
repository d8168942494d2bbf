// value_drift (ARCHITECTURE.md §12): records of the source missing at the destination, or a mapped field that the
// destination holds empty, truncated or different. Judged on the lower bound of the Wilson interval of each rate, so
// a small sample with one unlucky record never raises an alarm; the message names the field and, where the records
// say so, since when.

#include "Rules.h"

#include "RulesSupport.h"

#include "../values/ValueSettings.h"
#include "../values/ValueStatistics.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

using namespace rules_detail;

namespace {

// "2.5–8.6 %"
QString range(const ProportionInterval& i)
{
    return Rules::tr("%1–%2 %").arg(pct(i.low * 100), pct(i.high * 100));
}

struct Failing
{
    const FieldTally* field = nullptr; // nullptr: records missing at the destination
    qint64 failures = 0;
    qint64 of = 0;
    ProportionInterval interval;
};

QString fieldMessage(const IntegrationFacts& facts, const Failing& f)
{
    const FieldTally& t = *f.field;
    const QString src = connectionName(facts, facts.integration.source.connection);
    const QString dst = connectionName(facts, facts.integration.destination.connection);
    const QString figures
        = Rules::tr("%1 of %2 matched records (%3)").arg(num(f.failures), num(f.of), range(f.interval));
    QString message;
    if (t.emptyOnDestination * 2 >= f.failures)
        message = Rules::tr("%1 is empty in %2 for %3 though %4 has a value").arg(t.destination, dst, figures, src);
    else if (t.truncated * 2 >= f.failures)
        message = Rules::tr("%1 arrives cut short in %2 for %3").arg(t.destination, dst, figures);
    else
        message = Rules::tr("%1 differs between %2 and %3 for %4").arg(t.destination, src, dst, figures);
    if (t.firstFailureChange && t.firstFailureChange->isValid())
        message += Rules::tr("; the mapping %1 → %2 may have broken on %3")
                       .arg(t.source, t.destination,
                           QLocale().toString(t.firstFailureChange->toUTC().date(), QLocale::ShortFormat));
    return message + u'.';
}

QString fieldHint(const IntegrationFacts& facts, const FieldTally& t)
{
    const Integration& in = facts.integration;
    const QString sync = in.middleware ? connectionName(facts, in.middleware->connection) : QString();
    QString hint = sync.isEmpty()
        ? Rules::tr("Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the "
                    "destination leaves it empty or different.")
              .arg(t.destination, connectionName(facts, in.source.connection))
        : Rules::tr("Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed "
                    "mapping or a field length at the destination leaves it empty or different.")
              .arg(sync, t.destination, connectionName(facts, in.source.connection));
    return hint + u' '
        + Rules::tr("In Plumbline: this integration's Values tab lists the fields by differences, with examples that "
                    "reveal nobody.");
}

} // namespace

QList<Finding> Rules::valueDrift(const IntegrationFacts& facts, const RuleSettings&)
{
    if (!facts.values)
        return {};
    const ValueCheckResult& v = *facts.values;
    const Integration& in = facts.integration;
    const ValueSettings settings = ValueSettings::of(in);
    const QDateTime at = facts.now;
    if (!v.compared()) {
        // Only what the user can fix here: a value check switched on without one key mapping. A key field gone from
        // the schema is mapping_drift's finding; a side that failed is the connection's.
        if (v.problemKind != u"no_key")
            return {};
        return { finding(u"value_drift"_s, Severity::Unknown, bounded(v.problem, kMaxMessage),
            tr("Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or "
               "switch the value check off."),
            QJsonObject { { u"problem"_s, v.problemKind }, { u"checked_at"_s, isoOrNull(v.checkedAt) } }, in.id, {},
            at) };
    }
    if (v.sampled == 0)
        return {};
    const double tolerance = settings.tolerancePct / 100.0;
    const double critical = settings.criticalPct / 100.0;

    QList<Failing> failing;
    if (v.missingAtDestination > 0) {
        const ProportionInterval i = wilsonInterval(v.missingAtDestination, v.sampled);
        if (i.low > tolerance)
            failing << Failing { nullptr, v.missingAtDestination, v.sampled, i };
    }
    for (const FieldTally& f : v.fields) {
        if (f.failures() == 0 || f.compared == 0)
            continue;
        const ProportionInterval i = wilsonInterval(f.failures(), f.compared);
        if (i.low > tolerance)
            failing << Failing { &f, f.failures(), f.compared, i };
    }
    if (failing.isEmpty())
        return {};
    std::stable_sort(failing.begin(), failing.end(),
        [](const Failing& a, const Failing& b) { return a.interval.low > b.interval.low; });
    const Failing& head = failing.constFirst();
    const Severity severity = head.interval.low > critical ? Severity::Critical : Severity::Warning;

    QJsonArray fields;
    for (const Failing& f : std::as_const(failing)) {
        if (!f.field)
            continue;
        fields << QJsonObject { { u"source"_s, f.field->source }, { u"destination"_s, f.field->destination },
            { u"failures"_s, double(f.failures) }, { u"compared"_s, double(f.of) },
            { u"empty_on_destination"_s, double(f.field->emptyOnDestination) },
            { u"truncated"_s, double(f.field->truncated) }, { u"rate_low_pct"_s, round1(f.interval.low * 100) },
            { u"rate_high_pct"_s, round1(f.interval.high * 100) },
            { u"since"_s, f.field->firstFailureChange ? isoOrNull(*f.field->firstFailureChange) : QJsonValue() } };
    }
    const ProportionInterval missing = wilsonInterval(v.missingAtDestination, v.sampled);
    QJsonObject evidence { { u"sampled"_s, double(v.sampled) }, { u"found"_s, double(v.found) },
        { u"missing_at_destination"_s, double(v.missingAtDestination) },
        { u"missing_low_pct"_s, round1(missing.low * 100) }, { u"missing_high_pct"_s, round1(missing.high * 100) },
        { u"match_rate"_s, v.matchRate }, { u"match_rate_low"_s, v.matchRateLow },
        { u"match_rate_high"_s, v.matchRateHigh }, { u"tolerance_pct"_s, settings.tolerancePct },
        { u"checked_at"_s, isoOrNull(v.checkedAt) }, { u"partial"_s, v.partial }, { u"fields"_s, fields } };
    if (head.field) {
        evidence.insert(u"field"_s, head.field->destination);
        evidence.insert(u"source_field"_s, head.field->source);
    }

    const QString src = connectionName(facts, in.source.connection);
    const QString dst = connectionName(facts, in.destination.connection);
    QString message = head.field
        ? fieldMessage(facts, head)
        : tr("%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.")
              .arg(num(head.failures), num(head.of), src, dst, range(head.interval));
    if (failing.size() > 1)
        message += u' ' + tr("%n more problem(s) in this check.", nullptr, int(failing.size() - 1));
    if (v.partial)
        message += u' ' + tr("(Partial check: %1)").arg(v.partialReason);
    const QString hint = head.field
        ? fieldHint(facts, *head.field)
        : tr("Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a "
             "required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many "
             "are missing over time.");
    return { finding(
        u"value_drift"_s, severity, bounded(message, kMaxMessage), bounded(hint, kMaxHint), evidence, in.id, {}, at) };
}

} // namespace plumbline
