// Integration rules: count_drift, silent_failure, stale (and the monitor's own heartbeat), volume_anomaly,
// run_failures; and the two evaluate* entry points. Mapping drift: RulesMapping.cpp; connection rules:
// RulesConnection.cpp. Semantics: ARCHITECTURE.md, "Monitoring", one finding per rule and subject at most.

#include "Rules.h"

#include "RulesSupport.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

using namespace rules_detail;

namespace {

struct Gap
{
    qint64 source = 0;
    qint64 destination = 0;
    qint64 gap = 0; // destination - source (both non-negative: cannot overflow)
    double pct = 0; // |gap| relative to the source (to the destination when the source is 0)
};

std::optional<Gap> gapOf(const Sample& s)
{
    const auto src = usable(s.source.count);
    const auto dst = usable(s.destination.count);
    if (!src || !dst)
        return std::nullopt;
    Gap g;
    g.source = *src;
    g.destination = *dst;
    g.gap = *dst - *src;
    const double absGap = static_cast<double>(g.gap < 0 ? -g.gap : g.gap);
    if (g.gap == 0)
        g.pct = 0;
    else if (*src > 0)
        g.pct = absGap / static_cast<double>(*src) * 100.0;
    else
        g.pct = 100.0; // the source is empty, the destination is not
    return g;
}

qint64 absGap(const Gap& g)
{
    return g.gap < 0 ? -g.gap : g.gap;
}

bool exceeds(const Gap& g, const RuleSettings& s)
{
    return absGap(g) > s.toleranceAbs && g.pct > s.tolerancePct;
}

QString objectName(const IntegrationSide& side)
{
    return side.object.isEmpty() ? Rules::tr("records") : side.object;
}

struct Reason
{
    Severity severity = Severity::Warning;
    QString message;
    QString hint;
    QString connectionId;
};

} // namespace

// ---- count_drift ---------------------------------------------------------------------------------------------

QList<Finding> Rules::countDrift(const IntegrationFacts& facts, const RuleSettings& settings)
{
    const Integration& in = facts.integration;
    if (facts.samples.isEmpty())
        return {}; // never polled: nothing to compare yet (stale covers a monitor that stopped)
    const Sample& newest = facts.samples.constLast();
    const auto g = gapOf(newest);
    if (!g) {
        const bool srcMissing = !usable(newest.source.count);
        const bool dstMissing = !usable(newest.destination.count);
        QJsonObject ev {
            { u"source"_s, countOrNull(usable(newest.source.count)) },
            { u"destination"_s, countOrNull(usable(newest.destination.count)) },
        };
        if (newest.source.errorKind != ErrorKind::None)
            ev.insert(u"source_error"_s, errorKindKey(newest.source.errorKind));
        if (newest.destination.errorKind != ErrorKind::None)
            ev.insert(u"destination_error"_s, errorKindKey(newest.destination.errorKind));
        // A side whose object no longer exists has its own finding (not_found); a gap that cannot be computed says
        // nothing more about it.
        if ((srcMissing && newest.source.errorKind == ErrorKind::NotFound)
            || (dstMissing && newest.destination.errorKind == ErrorKind::NotFound))
            return {};
        QString message;
        QString conn;
        if (srcMissing && dstMissing) {
            message = tr("Neither count could be read (%1 nor %2), so the gap is unknown")
                          .arg(in.source.connection, in.destination.connection);
        } else if (srcMissing) {
            message = tr("The source count (%1) could not be read, so the gap is unknown").arg(in.source.connection);
            conn = in.source.connection;
        } else {
            message = tr("The destination count (%1) could not be read, so the gap is unknown")
                          .arg(in.destination.connection);
            conn = in.destination.connection;
        }
        QStringList why;
        if (srcMissing)
            why << whyUnread(newest.source.errorKind, in.source.connection);
        if (dstMissing)
            why << whyUnread(newest.destination.errorKind, in.destination.connection);
        const QString hint = tr("The count could not be read because %1. Fix that first: once Plumbline can read both "
                                "counts again it compares them on the next check.")
                                 .arg(why.join(tr("; and ")));
        return { finding(u"count_drift"_s, Severity::Unknown, message, hint, ev, in.id, conn, facts.now) };
    }
    if (!exceeds(*g, settings))
        return {};

    // How long has the gap been beyond tolerance? Walk back over the samples with both counts; an unreadable
    // sample neither breaks nor extends the run. Out-of-order or future timestamps: the earliest time wins and
    // the duration never goes negative.
    QDateTime since = newest.ts;
    for (qsizetype i = facts.samples.size() - 1; i >= 0; --i) {
        const auto gi = gapOf(facts.samples.at(i));
        if (!gi)
            continue;
        if (!exceeds(*gi, settings))
            break;
        if (facts.samples.at(i).ts.isValid() && (!since.isValid() || facts.samples.at(i).ts < since))
            since = facts.samples.at(i).ts;
    }
    const qint64 forS = ageS(since, facts.now);
    if (settings.lagGraceS > 0 && forS <= settings.lagGraceS) // no grace: the first poll out of tolerance counts
        return {};

    // Strict growth of |gap| over the latest consecutive readable polls.
    int grewPolls = 0;
    {
        std::optional<qint64> later;
        for (qsizetype i = facts.samples.size() - 1; i >= 0; --i) {
            const auto gi = gapOf(facts.samples.at(i));
            if (!gi)
                continue;
            if (later) {
                if (absGap(*gi) < *later)
                    ++grewPolls;
                else
                    break;
            }
            later = absGap(*gi);
        }
    }
    const bool growing = settings.growingPolls > 0 && grewPolls >= settings.growingPolls;
    const Severity severity = (g->pct > settings.criticalPct || growing) ? Severity::Critical : Severity::Warning;

    QJsonObject ev {
        { u"gap"_s, g->gap },
        { u"gap_pct"_s, round1(g->pct) },
        { u"source"_s, g->source },
        { u"destination"_s, g->destination },
        { u"since"_s, isoOrNull(since) },
        { u"for_s"_s, forS },
        { u"grew_polls"_s, grewPolls },
    };
    const QString object = objectName(in.source);
    QString message;
    if (g->gap < 0) {
        message = tr("%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8")
                      .arg(in.destination.connection, num(g->destination), in.source.connection, num(g->source), object,
                          num(absGap(*g)), pct(g->pct), duration(forS));
    } else {
        message = tr("%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8")
                      .arg(in.destination.connection, num(g->destination), object, num(g->gap), in.source.connection,
                          num(g->source), pct(g->pct), duration(forS));
    }
    if (growing)
        message += tr(", and the gap grew on each of the last %n checks", nullptr, grewPolls);
    QString hint = g->gap < 0
        ? tr("Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the "
             "built-in integration) and look at its recent history for errors or skipped records. Common causes: a "
             "required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp "
             "counts only subscribed members), or a filter on one side that the other does not have.")
              .arg(in.destination.connection)
        : tr("%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, "
             "whether a second sync or an import also writes to %1, and whether both sides use the same filter.")
              .arg(in.destination.connection, in.source.connection);
    return { finding(u"count_drift"_s, severity, message, hint, ev, in.id, QString(), facts.now) };
}

// ---- silent_failure ------------------------------------------------------------------------------------------

namespace {

// (a) The destination count has not moved for the window while the source changed.
void frozenDestination(
    const IntegrationFacts& facts, const RuleSettings& settings, QList<Reason>& reasons, QJsonObject& ev)
{
    const Integration& in = facts.integration;
    qsizetype nd = -1;
    for (qsizetype i = facts.samples.size() - 1; i >= 0; --i) {
        if (usable(facts.samples.at(i).destination.count)) {
            nd = i;
            break;
        }
    }
    if (nd >= 0 && settings.silentWindowS > 0) {
        const qint64 value = *usable(facts.samples.at(nd).destination.count);
        QDateTime frozenSince = facts.samples.at(nd).ts;
        for (qsizetype i = nd - 1; i >= 0; --i) {
            const auto d = usable(facts.samples.at(i).destination.count);
            if (!d)
                continue;
            if (*d != value)
                break;
            if (facts.samples.at(i).ts.isValid() && facts.samples.at(i).ts < frozenSince)
                frozenSince = facts.samples.at(i).ts;
        }
        const qint64 frozenS = ageS(frozenSince, facts.now);
        if (frozenS >= settings.silentWindowS) {
            const QDateTime windowStart = facts.now.addSecs(-settings.silentWindowS);
            // Baseline: the latest readable source count inside the frozen period at or before the window's start;
            // failing that, the earliest readable one in the frozen period.
            std::optional<qint64> base;
            std::optional<qint64> latest;
            QDateTime latestTs;
            for (const Sample& s : facts.samples) {
                const auto c = usable(s.source.count);
                if (!c || !s.ts.isValid() || s.ts < frozenSince)
                    continue;
                if (s.ts <= windowStart)
                    base = c;
                if (!latestTs.isValid() || s.ts >= latestTs) {
                    latest = c;
                    latestTs = s.ts;
                }
            }
            if (!base) {
                QDateTime earliest;
                for (const Sample& s : facts.samples) {
                    const auto c = usable(s.source.count);
                    if (c && s.ts.isValid() && s.ts >= frozenSince && (!earliest.isValid() || s.ts < earliest)) {
                        earliest = s.ts;
                        base = c;
                    }
                }
            }
            if (base && latest && *latest != *base) {
                const qint64 change = *latest - *base;
                const qint64 absChange = change < 0 ? -change : change;
                const double changePct
                    = *base > 0 ? static_cast<double>(absChange) / static_cast<double>(*base) * 100.0 : 100.0;
                const bool large = absChange > settings.toleranceAbs && changePct > settings.criticalPct;
                ev.insert(u"frozen_since"_s, isoOrNull(frozenSince));
                ev.insert(u"frozen_s"_s, frozenS);
                ev.insert(u"destination"_s, value);
                ev.insert(u"source_change"_s, change);
                ev.insert(u"source_change_pct"_s, round1(changePct));
                reasons.append({ large ? Severity::Critical : Severity::Warning,
                    Rules::tr("%1 has stayed at %2 %3 for %4 while %5 changed by %6")
                        .arg(in.destination.connection, num(value), objectName(in.destination), duration(frozenS),
                            in.source.connection, signedNum(change)),
                    Rules::tr("Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is "
                              "switched on and still signed in to both systems, and look at its history for errors.")
                        .arg(in.destination.connection, duration(frozenS), in.source.connection),
                    in.destination.connection });
            }
        }
    }
}

// (b1) The scenario or Zap that carries the flow is invalid, switched off or paused.
void middlewareSwitchedOff(const IntegrationFacts& facts, bool expectsRuns, QList<Reason>& reasons, QJsonObject& ev)
{
    const QString mw = facts.integration.middleware->connection;
    const QString ref = facts.integration.middleware->ref;
    if (facts.middlewareState) {
        const MiddlewareSnapshot& st = *facts.middlewareState;
        if (st.active)
            ev.insert(u"middleware_active"_s, *st.active);
        if (st.paused)
            ev.insert(u"middleware_paused"_s, *st.paused);
        if (st.invalid)
            ev.insert(u"middleware_invalid"_s, *st.invalid);
        const QString hintOn
            = Rules::tr("Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it "
                        "marks as broken (often a connection that needs signing in again), and run it "
                        "once to catch up.")
                  .arg(mw, ref);
        if (st.invalid.value_or(false)) {
            reasons.append({ Severity::Critical,
                Rules::tr("The scenario or Zap %1 in %2 is marked invalid and cannot run").arg(ref, mw), hintOn, mw });
        } else if (st.active && !*st.active) {
            reasons.append({ expectsRuns ? Severity::Critical : Severity::Warning,
                Rules::tr("The scenario or Zap %1 in %2 is switched off").arg(ref, mw), hintOn, mw });
        } else if (st.paused.value_or(false)) {
            reasons.append({ expectsRuns ? Severity::Critical : Severity::Warning,
                Rules::tr("The scenario or Zap %1 in %2 is paused").arg(ref, mw), hintOn, mw });
        }
    }
}

// (b2) Too few runs for the part of the run window Plumbline has watched, or no success for too long.
// Nothing is said when the run log could not be read this time.
void middlewareRuns(const IntegrationFacts& facts, const RuleSettings& settings, bool runLogUnread,
    QList<Reason>& reasons, QJsonObject& ev)
{
    const QString mw = facts.integration.middleware->connection;
    const QString ref = facts.integration.middleware->ref;
    const bool expectsRuns = settings.expectedRunsPerDay > 0;
    if (expectsRuns && facts.now.isValid() && !runLogUnread) {
        // Expected runs, scaled to the part of the run window that Plumbline has watched.
        QDateTime observedStart = facts.now.addSecs(-settings.runWindowS);
        if (!facts.samples.isEmpty()) {
            QDateTime first;
            for (const Sample& s : facts.samples) {
                if (s.ts.isValid() && (!first.isValid() || s.ts < first))
                    first = s.ts;
            }
            if (first.isValid() && first > observedStart)
                observedStart = qMin(first, facts.now);
        }
        const qint64 observedS = ageS(observedStart, facts.now);
        const double expected
            = static_cast<double>(settings.expectedRunsPerDay) * static_cast<double>(observedS) / 86400.0;
        qint64 made = 0;
        for (const RunRecord& r : facts.runs) {
            if (r.ts.isValid() && r.ts >= observedStart)
                ++made;
        }
        ev.insert(u"runs"_s, made);
        ev.insert(u"expected_runs"_s, round1(expected));
        const QString hintRuns = Rules::tr("Open %1 and check the schedule of %2: is it still switched on, is its "
                                           "trigger still firing, and has the plan run out of operations or tasks?")
                                     .arg(mw, ref);
        if (expected >= 1.0 && made == 0) {
            reasons.append({ Severity::Critical,
                Rules::tr("%1 made no runs in %2 (about %3 expected)").arg(ref, duration(observedS), pct(expected)),
                hintRuns, mw });
        } else if (expected >= 1.0 && static_cast<double>(made) < expected * settings.minRunsPct / 100.0) {
            reasons.append({ Severity::Warning,
                Rules::tr("%1 made %2 runs in %3 (about %4 expected)")
                    .arg(ref, num(made), duration(observedS), pct(expected)),
                hintRuns, mw });
        }
        if (facts.middlewareState && facts.middlewareState->lastSuccess
            && facts.middlewareState->lastSuccess->isValid()) {
            const QDateTime last = *facts.middlewareState->lastSuccess;
            const qint64 sinceS = ageS(last, facts.now);
            const qint64 allowed = qMax<qint64>(settings.silentWindowS, 2 * 86400 / settings.expectedRunsPerDay);
            ev.insert(u"last_success"_s, isoOrNull(last));
            if (sinceS > allowed) {
                reasons.append({ Severity::Warning,
                    Rules::tr("%1 has not run successfully for %2").arg(ref, duration(sinceS)), hintRuns, mw });
            }
        }
    }
}

} // namespace

QList<Finding> Rules::silentFailure(const IntegrationFacts& facts, const RuleSettings& settings)
{
    const Integration& in = facts.integration;
    QList<Reason> reasons;
    QJsonObject ev;
    frozenDestination(facts, settings, reasons, ev);

    // (b) The middleware that carries the flow: switched off, invalid, too few runs, no success for too long. A
    // scenario or Zap that no longer exists is not_found's; a run log that could not be read this time says
    // nothing about how many runs were made (its connection's own finding says why).
    const bool middlewareGone = facts.middlewareState && facts.middlewareState->missing;
    const bool runLogUnread = facts.middleware && facts.middleware->errorKind != ErrorKind::None
        && facts.middleware->errorKind != ErrorKind::NotFound;
    if (in.middleware && !middlewareGone) {
        const bool expectsRuns = settings.expectedRunsPerDay > 0;
        middlewareSwitchedOff(facts, expectsRuns, reasons, ev);
        middlewareRuns(facts, settings, runLogUnread, reasons, ev);
    }

    if (reasons.isEmpty())
        return {};
    const Reason* worst = &reasons.constFirst();
    for (const Reason& r : reasons) {
        if (r.severity != worst->severity && worse(r.severity, worst->severity) == r.severity)
            worst = &r;
    }
    QJsonArray all;
    for (const Reason& r : reasons)
        all.append(r.message);
    if (reasons.size() > 1)
        ev.insert(u"reasons"_s, all);
    return { finding(
        u"silent_failure"_s, worst->severity, worst->message, worst->hint, ev, in.id, worst->connectionId, facts.now) };
}

// ---- stale ---------------------------------------------------------------------------------------------------

namespace {

// Shared by stale and monitorStale. `what` is the subject's message prefix; empty `last`: never succeeded.
QList<Finding> staleCheck(const std::optional<QDateTime>& last, const std::optional<QDateTime>& watchedSince,
    int intervalS, int graceS, int criticalFactor, const QDateTime& now, bool monitor, const QString& integrationId,
    const QStringList& why = {})
{
    const qint64 threshold = 2LL * intervalS + graceS;
    const qint64 critical = static_cast<qint64>(qMax(criticalFactor, 2)) * intervalS + graceS;
    const QString rule = u"stale"_s;
    QJsonObject ev { { u"threshold_s"_s, threshold } };
    const QString hint = monitor
        ? Rules::tr("Polling has stopped. If Plumbline runs on a server, check that the \"plumbline run\" service "
                    "is still running; on a desktop, check that Plumbline is open and the computer did not sleep.")
        : why.isEmpty()
        ? Rules::tr("Plumbline has not checked this integration recently: check that polling is not paused (View › "
                    "Pause polling) and that Plumbline (or its \"plumbline run\" service) is running.")
        : Rules::tr("Plumbline has not managed to read both counts recently, because %1.")
              .arg(why.join(Rules::tr("; and ")));
    if (!last || !last->isValid()) {
        // Never a successful poll: judge from when watching started (first poll).
        if (!watchedSince || !watchedSince->isValid())
            return {};
        const qint64 age = ageS(*watchedSince, now);
        if (age <= threshold)
            return {};
        ev.insert(u"last_poll"_s, QJsonValue::Null);
        ev.insert(u"age_s"_s, age);
        return { finding(rule, age > critical ? Severity::Critical : Severity::Warning,
            Rules::tr("No successful check yet, %1 after the first attempt").arg(duration(age)), hint, ev,
            integrationId, QString(), now) };
    }
    const qint64 signedAge = last->secsTo(now);
    ev.insert(u"last_poll"_s, isoOrNull(*last));
    if (signedAge < 0) {
        // Clock skew: the last success is stamped in the future. Within the threshold it counts as fresh; beyond
        // it the age cannot be told, which is Unknown (not "fresh", not "3 days old").
        const qint64 skew = -signedAge;
        if (skew <= threshold)
            return {};
        ev.insert(u"age_s"_s, QJsonValue::Null);
        ev.insert(u"clock_skew_s"_s, skew);
        return { finding(rule, Severity::Unknown,
            monitor ? Rules::tr("The monitor's last check is dated %1 in the future: the computer's clock may have "
                                "changed")
                          .arg(duration(skew))
                    : Rules::tr("The last successful check is dated %1 in the future: the computer's clock may have "
                                "changed")
                          .arg(duration(skew)),
            Rules::tr("Check the computer's date, time and time zone settings; the warning clears by itself once "
                      "a new check succeeds."),
            ev, integrationId, QString(), now) };
    }
    ev.insert(u"age_s"_s, signedAge);
    if (signedAge <= threshold)
        return {};
    const Severity severity = signedAge > critical ? Severity::Critical : Severity::Warning;
    const QString message = monitor
        ? Rules::tr("Last checked %1 ago: polling has stopped").arg(duration(signedAge))
        : Rules::tr("Last successful check %1 ago (expected every %2)").arg(duration(signedAge), duration(intervalS));
    return { finding(rule, severity, message, hint, ev, integrationId, QString(), now) };
}

} // namespace

QList<Finding> Rules::stale(const IntegrationFacts& facts, const RuleSettings& settings)
{
    std::optional<QDateTime> firstAttempt;
    for (const Sample& s : facts.samples) {
        if (s.ts.isValid() && (!firstAttempt || s.ts < *firstAttempt))
            firstAttempt = s.ts;
    }
    // Why the latest poll had no usable counts, named from its own errors (never a warning that may not exist).
    QStringList why;
    if (!facts.samples.isEmpty()) {
        const Sample& newest = facts.samples.constLast();
        const Integration& in = facts.integration;
        if (!usable(newest.source.count)) {
            const QString w = whyUnread(newest.source.errorKind, in.source.connection);
            why << (w.isEmpty() ? Rules::tr("the object of %1 no longer exists (see the finding about it)")
                                      .arg(in.source.connection)
                                : w);
        }
        if (!usable(newest.destination.count)) {
            const QString w = whyUnread(newest.destination.errorKind, in.destination.connection);
            why << (w.isEmpty() ? Rules::tr("the object of %1 no longer exists (see the finding about it)")
                                      .arg(in.destination.connection)
                                : w);
        }
    }
    return staleCheck(facts.lastSuccessfulPoll, firstAttempt, settings.intervalS, settings.staleGraceS,
        settings.staleCriticalFactor, facts.now, false, facts.integration.id, why);
}

QList<Finding> Rules::monitorStale(
    const std::optional<QDateTime>& lastHeartbeat, int intervalS, int graceS, const QDateTime& now)
{
    if (!lastHeartbeat)
        return {}; // never started: nothing to judge (the UI says "not checked yet")
    return staleCheck(
        lastHeartbeat, std::nullopt, intervalS, graceS, RuleSettings().staleCriticalFactor, now, true, QString());
}

// ---- volume_anomaly ------------------------------------------------------------------------------------------

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    if (n == 0)
        return 0;
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

} // namespace

QList<Finding> Rules::volumeAnomaly(const IntegrationFacts& facts, const RuleSettings& settings)
{
    const Integration& in = facts.integration;
    // Per-interval change of the source count between consecutive readable samples, normalised to the interval
    // (a skipped or late poll does not look like a spike). Pairs whose time does not advance (clock skew) are
    // skipped.
    struct Delta
    {
        qint64 raw;
        double perInterval;
        qint64 dtS;
    };
    QList<Delta> deltas;
    std::optional<qint64> prev;
    QDateTime prevTs;
    for (const Sample& s : facts.samples) {
        const auto c = usable(s.source.count);
        if (!c || !s.ts.isValid())
            continue;
        if (prev && prevTs.isValid()) {
            const qint64 dt = prevTs.secsTo(s.ts);
            if (dt > 0) {
                const qint64 raw = *c - *prev;
                // A late poll (laptop asleep) is scaled down to one interval; an early one (check run by hand
                // between scheduled polls) is not scaled up, or one new record in 2 s would look like a flood.
                const double interval = settings.intervalS > 0 ? settings.intervalS : static_cast<double>(dt);
                const double factor = std::min(1.0, interval / static_cast<double>(dt));
                deltas.append({ raw, static_cast<double>(raw) * factor, dt });
            } else {
                continue; // keep the earlier reference: time did not advance
            }
        }
        prev = c;
        prevTs = s.ts;
    }
    // The newest sample must have a readable count, else the newest delta is not "now".
    if (facts.samples.isEmpty() || !usable(facts.samples.constLast().source.count) || deltas.isEmpty())
        return {};
    const qsizetype history = deltas.size() - 1;
    if (history < qMax(1, settings.volumeMinHistory))
        return {};
    const Delta current = deltas.constLast();
    QList<double> past;
    for (qsizetype i = 0; i < history; ++i)
        past.append(deltas.at(i).perInterval);
    const double med = median(past);
    QList<double> dev;
    for (double x : past)
        dev.append(std::abs(x - med));
    const double mad = median(dev);
    // Robust z-score; a flat history (MAD 0) gets a floor of 5 % of the median change, at least 1 record.
    const double scale = qMax(1.4826 * mad, qMax(0.05 * std::abs(med), 1.0));
    const double distance = std::abs(current.perInterval - med);
    const double score = distance / scale;
    if (score <= settings.volumeMadThreshold || distance <= static_cast<double>(settings.toleranceAbs))
        return {};
    const Severity severity = score > 2.0 * settings.volumeMadThreshold ? Severity::Critical : Severity::Warning;
    const QJsonObject ev {
        { u"delta"_s, current.raw },
        { u"per_interval"_s, round1(current.perInterval) },
        { u"median"_s, round1(med) },
        { u"mad"_s, round1(mad) },
        { u"score"_s, round1(score) },
        { u"history"_s, history },
    };
    const qint64 usual = std::llround(med);
    const QString message = tr("%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)")
                                .arg(in.source.connection, objectName(in.source), signedNum(current.raw),
                                    duration(current.dtS), signedNum(usual), pct(score));
    const QString hint = current.raw < 0
        ? tr("Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a "
             "list or filter; check the change log of %1.")
              .arg(in.source.connection)
        : tr("Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; "
             "make sure the new records are meant to flow on to %2.")
              .arg(in.source.connection, in.destination.connection);
    return { finding(u"volume_anomaly"_s, severity, message, hint, ev, in.id, in.source.connection, facts.now) };
}

// ---- run_failures --------------------------------------------------------------------------------------------

QList<Finding> Rules::runFailures(const IntegrationFacts& facts, const RuleSettings& settings)
{
    const Integration& in = facts.integration;
    const QString mw = in.middleware ? in.middleware->connection : QString();
    const QString ref = in.middleware ? in.middleware->ref : QString();
    const QDateTime windowStart = facts.now.addSecs(-settings.runWindowS);
    QList<RunRecord> runs;
    for (const RunRecord& r : facts.runs) {
        if (r.ts.isValid() && r.ts >= windowStart) // future-stamped runs (vendor clock ahead) count as recent
            runs.append(r);
    }
    std::stable_sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) { return a.ts < b.ts; });

    int consecutive = 0;
    QString lastError;
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        const QString& st = runs.at(i).status;
        if (st == u"pending" || st == u"unknown")
            continue; // not finished: neither a failure nor a success
        if (st != u"error")
            break;
        if (consecutive == 0)
            lastError = runs.at(i).message;
        ++consecutive;
    }
    qint64 finished = 0;
    qint64 errors = 0;
    for (const RunRecord& r : runs) {
        if (r.status == u"success" || r.status == u"warning" || r.status == u"error")
            ++finished;
        if (r.status == u"error")
            ++errors;
    }
    const double rate = finished > 0 ? static_cast<double>(errors) / static_cast<double>(finished) * 100.0 : 0.0;
    // -1: not known (a plain value keeps GCC's -Wmaybe-uninitialized quiet about optional<int64> at -O2).
    const qint64 stored
        = facts.middlewareState && facts.middlewareState->storedFailures ? *facts.middlewareState->storedFailures : -1;

    QJsonObject ev {
        { u"consecutive_errors"_s, consecutive },
        { u"errors"_s, errors },
        { u"runs"_s, finished },
        { u"error_rate_pct"_s, round1(rate) },
        { u"window_s"_s, settings.runWindowS },
    };
    if (stored >= 0)
        ev.insert(u"stored_failures"_s, stored);
    if (!lastError.isEmpty())
        ev.insert(u"last_error"_s, lastError);

    const QString hint = tr("Open %1 and look at the history of %2: the failed runs show which step failed and why "
                            "(often a connection that needs signing in again, a changed field, or a full plan). Fix "
                            "it, then re-run or resolve the stored incomplete runs so no record is lost.")
                             .arg(mw.isEmpty() ? tr("the automation tool") : mw, ref);
    if (settings.runFailuresConsecutive > 0 && consecutive >= settings.runFailuresConsecutive) {
        return { finding(u"run_failures"_s, Severity::Critical,
            tr("The last %1 runs of %2 failed").arg(num(consecutive), ref), hint, ev, in.id, mw, facts.now) };
    }
    if (finished >= qMax(1, settings.runErrorRateMinRuns) && rate >= settings.runErrorRatePct) {
        return { finding(u"run_failures"_s, Severity::Warning,
            tr("%1 of %2 runs of %3 failed in %4 (%5 %)")
                .arg(num(errors), num(finished), ref, duration(settings.runWindowS), pct(rate)),
            hint, ev, in.id, mw, facts.now) };
    }
    if (stored > 0) {
        return { finding(u"run_failures"_s, Severity::Warning,
            tr("%1 holds %2 incomplete runs of %3 waiting to be resolved").arg(mw, num(stored), ref), hint, ev, in.id,
            mw, facts.now) };
    }
    return {};
}

// ---- evaluate ------------------------------------------------------------------------------------------------

QList<Finding> Rules::evaluateIntegration(const IntegrationFacts& facts, const RuleSettings& settings)
{
    // `settings` are the workspace defaults; the integration's checks override them.
    const RuleSettings s = RuleSettings::forIntegration(facts.integration.checks, settings);
    QList<Finding> out;
    out += stale(facts, s);
    out += countDrift(facts, s);
    out += silentFailure(facts, s);
    out += mappingDrift(facts, s);
    out += volumeAnomaly(facts, s);
    out += runFailures(facts, s);
    out += notFound(facts, s);
    out += valueDrift(facts, s);
    return out;
}

QList<Finding> Rules::evaluateConnection(
    const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now)
{
    QList<Finding> out;
    out += missingKey(facts, vendor, now);
    out += auth(facts, vendor, now);
    out += permission(facts, vendor, settings, now);
    out += unreachable(facts, now);
    out += badResponse(facts, now);
    out += rateLimit(facts, settings, now);
    out += deprecation(facts, vendor, settings, now);
    return out;
}

} // namespace plumbline
