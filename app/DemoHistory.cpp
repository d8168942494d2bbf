#include "DemoHistory.h"

#include <AlertSubject.h>
#include <ConnectorRegistry.h>
#include <MonitorRepository.h>
#include <Rules.h>
#include <Vendor.h>
#include <WorkspaceRepository.h>
#include <series/CountSeriesQuery.h>
#include <store/ValueRepository.h>
#include <values/ValueSettings.h>
#include <values/ValueStatistics.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qint64 kDayS = 86400;
constexpr qint64 kHourS = 3600;
constexpr qint64 kRunIntervalS = 300; // the demo's flows run every five minutes (288 a day, as their checks expect)
constexpr int kRecentSamples = 200; // what the monitor hands the rules (Monitor::evaluateIntegration)
constexpr qint64 kCatchUpS = 10 * 60; // after the fix, the held-back records arrive over ten minutes

// Relative sign-up rate by UTC hour: quiet at night, busiest in office hours.
double hourWeight(int hour)
{
    if (hour >= 8 && hour < 18)
        return 1.0;
    if (hour >= 6 && hour < 21)
        return 0.5;
    return 0.12;
}

double hourWeightSum()
{
    double sum = 0;
    for (int h = 0; h < 24; ++h)
        sum += hourWeight(h);
    return sum;
}

bool weekend(const QDateTime& t)
{
    return t.date().dayOfWeek() >= Qt::Saturday;
}

// A seeded source of chance: the same seed gives the same history.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }
    double uniform() { return m_rng.generateDouble(); }
    // Knuth's method; the means here are small (new records per five minutes).
    qint64 poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        const double limit = std::exp(-mean);
        qint64 k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

private:
    QRandomGenerator m_rng;
};

// The incident of the demo, about a week ago on a weekday morning (UTC).
struct Story
{
    QString integrationId;
    QString destinationKey; // connection + object whose schema gains `field`
    QString field;
    QDateTime schemaChangedAt; // the destination gains a required field...
    QDateTime start; // ...so from here every run of the middleware fails and the destination stands still,
    QDateTime importAt; // a list import on the source is not carried over,
    QDateTime fixedAt; // and from here the runs succeed again and the destination catches up.
    qint64 imported = 0;

    bool valid() const { return start.isValid(); }
    bool failing(const QDateTime& t) const { return valid() && t >= start && t < fixedAt; }
};

struct Flow
{
    Integration integration;
    RuleSettings settings;
    QList<Sample> samples; // oldest first, one per slot
    QList<RunRecord> runs; // oldest first
    MiddlewareSnapshot state;
};

QString schemaKey(const QString& connectionId, const QString& object)
{
    return connectionId + u'\n' + object;
}

} // namespace

void DemoHistory::backfill(WorkspaceRepository& workspace, MonitorRepository& history, Poller& poller,
    const Options& options, QObject* context, std::function<void(const Outcome&)> done)
{
    QElapsedTimer timer;
    timer.start();
    const QList<Integration> integrations = workspace.integrations();
    QHash<QString, Connection> connections;
    for (const Connection& c : workspace.connections())
        connections.insert(c.id, c);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    auto present = std::make_shared<QHash<QString, PollOutcome>>();
    auto remaining = std::make_shared<int>(int(integrations.size()));
    const QPointer<QObject> guard(context);
    const auto finish = [&workspace, &history, options, now, guard, done, present, timer] {
        if (!guard)
            return;
        const qint64 probeMs = timer.elapsed();
        Options o = options;
        o.now = now;
        Outcome outcome = write(workspace, history, *present, o);
        outcome.probeMs = probeMs;
        if (done)
            done(outcome);
    };
    if (integrations.isEmpty()) {
        finish();
        return;
    }
    for (const Integration& i : integrations) {
        // The run log of the rules' window, as the monitor's own first poll asks for it.
        const int window = RuleSettings::forIntegration(i.checks, options.defaults).runWindowS;
        poller.poll(i, connections, true, now.addSecs(-window), [present, remaining, finish](const PollOutcome& o) {
            present->insert(o.integrationId, o);
            if (--*remaining == 0)
                finish();
        });
    }
}

DemoHistory::Outcome DemoHistory::write(const WorkspaceRepository& workspace, MonitorRepository& history,
    const QHash<QString, PollOutcome>& present, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 step = std::max(60, options.stepS);
    const qint64 nowS = now.toSecsSinceEpoch();
    const QList<Integration> integrations = workspace.integrations();
    // When polls were made: every `step` for most of the month, and at the integrations' own interval over the
    // span the dashboard draws poll by poll (its raw tier: a chart whose polls lie further apart than its interval
    // shows gaps, not a line). The last poll a minute before the present: the monitor's first one follows as the next
    // of its own would (a longer silence would look like a destination that stopped moving).
    int shortest = int(step);
    for (const Integration& i : integrations)
        shortest = std::min(shortest, std::max(1, i.checks.intervalS));
    const qint64 fine = std::clamp<qint64>(shortest, 60, step);
    QList<QDateTime> times;
    {
        const qint64 lastS = nowS - std::min<qint64>(60, fine);
        const qint64 fineFrom = nowS - CountSeriesQuery::kRawMaxSpanMs / 1000;
        qint64 t = (nowS - qint64(std::max(1, options.days)) * kDayS + step) / step * step;
        for (; t < fineFrom; t += step)
            times << QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        for (t = (t + fine - 1) / fine * fine; t < lastS - fine / 2; t += fine)
            times << QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        times << QDateTime::fromSecsSinceEpoch(lastS, Qt::UTC);
    }
    const qint64 slotCount = times.size();
    const qint64 firstS = times.constFirst().toSecsSinceEpoch();
    const auto slotTime = [&times](qint64 k) { return times.at(k); };

    QHash<QString, ConnectionLabel> labels;
    for (const Connection& c : workspace.connections())
        labels.insert(c.id, ConnectionLabel { c.name, &ConnectorRegistry::descriptor(c.vendor) });

    // What the vendors report now: the schemas and connection facts the history leads up to.
    QHash<QString, SchemaSnapshot> currentSchemas;
    QHash<QString, ConnectionFacts> factTemplates;
    for (const PollOutcome& o : present) {
        for (const SchemaSnapshot& s : o.schemas)
            currentSchemas.insert(schemaKey(s.connectionId, s.object), s);
        for (const ConnectionFacts& f : o.connectionFacts) {
            // Several integrations ask the same connection: an answer without an error is the better template.
            const auto known = factTemplates.constFind(f.connectionId);
            if (known == factTemplates.constEnd()
                || (known->errorKind != ErrorKind::None && f.errorKind == ErrorKind::None))
                factTemplates.insert(f.connectionId, f);
        }
    }

    // The incident happens to the first integration carried by a middleware (else the first one).
    Story story;
    const Integration* storyIntegration = nullptr;
    for (const Integration& i : integrations) {
        if (i.middleware) {
            storyIntegration = &i;
            break;
        }
    }
    if (!storyIntegration && !integrations.isEmpty())
        storyIntegration = &integrations.first();
    if (storyIntegration) {
        // A weekday morning about a week ago, inside the last seven days (the 7-day chart shows it).
        QDate day = now.addDays(-6).date();
        for (const int back : { 6, 5, 4, 3 }) {
            day = now.addDays(-back).date();
            if (day.dayOfWeek() < Qt::Saturday)
                break;
        }
        const QDateTime start(day, QTime(9, 0), Qt::UTC);
        // Room before it for a full day of history (the rules' run window), and after it for the resolution.
        if (start.addSecs(-kDayS) > slotTime(0) && start.addSecs(6 * kHourS) < now) {
            story.integrationId = storyIntegration->id;
            story.start = start;
            story.schemaChangedAt = start.addSecs(-20 * 60);
            story.importAt = start.addSecs(35 * 60);
            story.fixedAt = start.addSecs(150 * 60);
            story.destinationKey
                = schemaKey(storyIntegration->destination.connection, storyIntegration->destination.object);
            // The field the destination gained: the last one of its schema that no mapping uses.
            QStringList mapped;
            for (const FieldMapping& m : storyIntegration->mappings)
                mapped << m.destination;
            const SchemaSnapshot schema = currentSchemas.value(story.destinationKey);
            for (auto it = schema.fields.crbegin(); it != schema.fields.crend(); ++it) {
                if (!mapped.contains(it->name)) {
                    story.field = it->name;
                    break;
                }
            }
        }
    }

    // The list import: big enough to take the gap past the critical threshold of count_drift.
    if (story.valid()) {
        const auto it = present.constFind(story.integrationId);
        const qint64 end = it != present.constEnd() && it->sample.source.count ? *it->sample.source.count : 1800;
        story.imported = std::max<qint64>(50, std::llround(double(end) * 0.13));
    }

    // Counts: each integration's source grows by a seeded number of new records per slot (office hours busier,
    // Saturdays and Sundays at a third), so that the history arrives exactly at today's counts.
    const double weightSum = hourWeightSum();
    QList<Flow> flows;
    for (qsizetype n = 0; n < integrations.size(); ++n) {
        const Integration& integration = integrations.at(n);
        Flow flow;
        flow.integration = integration;
        flow.settings = RuleSettings::forIntegration(integration.checks, options.defaults);
        Dice dice(options.seed + quint32(n) * 7919u);
        const auto it = present.constFind(integration.id);
        const PollOutcome* polled = it == present.constEnd() ? nullptr : &*it;
        const qint64 fallback = 1800 + 400 * qint64(n);
        const qint64 endSource = polled && polled->sample.source.count ? *polled->sample.source.count : fallback;
        const qint64 endDestination
            = polled && polled->sample.destination.count ? *polled->sample.destination.count : endSource;
        const bool storyFlow = story.valid() && integration.id == story.integrationId;
        // The import lands in every integration that reads the same source connection.
        const bool importHere
            = story.valid() && storyIntegration && integration.source.connection == storyIntegration->source.connection;
        const double weekday = std::max(4.0, double(endSource) * 0.012);

        QList<qint64> added(slotCount, 0);
        for (qint64 k = 1; k < slotCount; ++k) {
            const QDateTime t = slotTime(k);
            const double perDay = weekend(t) ? weekday * 0.3 : weekday;
            const double dt = double(slotTime(k - 1).secsTo(t));
            added[k] = dice.poisson(perDay * hourWeight(t.time().hour()) / weightSum * dt / kHourS);
            if (importHere && slotTime(k - 1) < story.importAt && t >= story.importAt)
                added[k] += story.imported;
        }
        added[slotCount - 1] = std::max<qint64>(added[slotCount - 1], 1); // both sides moved in the last minute
        QList<qint64> source(slotCount, 0);
        source[slotCount - 1] = endSource;
        for (qint64 k = slotCount - 1; k > 0; --k)
            source[k - 1] = std::max<qint64>(0, source[k] - added[k]);

        const qint64 baseSourceLatency
            = polled && polled->sample.source.latencyMs > 0 ? polled->sample.source.latencyMs : 90;
        const qint64 baseDestinationLatency
            = polled && polled->sample.destination.latencyMs > 0 ? polled->sample.destination.latencyMs : 110;
        const int sourceStatus
            = polled && polled->sample.source.httpStatus > 0 ? polled->sample.source.httpStatus : 200;
        const int destinationStatus
            = polled && polled->sample.destination.httpStatus > 0 ? polled->sample.destination.httpStatus : 200;
        qint64 frozen = 0;
        flow.samples.reserve(slotCount);
        for (qint64 k = 0; k < slotCount; ++k) {
            const QDateTime t = slotTime(k);
            // A healthy sync keeps up within the five minutes, trailing by what it does now (the sandbox's lag).
            qint64 destination = source[k] - (endSource - endDestination);
            if (storyFlow && story.failing(t)) {
                destination = frozen;
            } else if (storyFlow && t >= story.fixedAt && t < story.fixedAt.addSecs(kCatchUpS)) {
                // Catching up on what was held back, over a few minutes.
                const double done = double(story.fixedAt.secsTo(t) + 60) / double(kCatchUpS);
                destination = frozen + qint64(double(destination - frozen) * std::min(1.0, done));
            } else {
                frozen = destination;
            }
            const double busy = hourWeight(t.time().hour()) > 0.9 && !weekend(t) ? 1.25 : 1.0;
            Sample s;
            s.ts = t;
            s.source.count = source[k];
            s.source.httpStatus = sourceStatus;
            s.source.latencyMs
                = std::max<qint64>(1, std::llround(double(baseSourceLatency) * (0.75 + 0.5 * dice.uniform()) * busy));
            s.destination.count = std::max<qint64>(0, destination);
            s.destination.httpStatus = destinationStatus;
            s.destination.latencyMs = std::max<qint64>(
                1, std::llround(double(baseDestinationLatency) * (0.75 + 0.5 * dice.uniform()) * busy));
            flow.samples << s;
        }

        // The middleware's runs up to a day ago: the monitor's first poll reads the last day from the vendor.
        if (integration.middleware) {
            const Middleware& mw = *integration.middleware;
            flow.state.active = true;
            flow.state.paused = false;
            if (polled && polled->middlewareState && !polled->middlewareState->missing)
                flow.state = *polled->middlewareState;
            const qint64 until = nowS - flow.settings.runWindowS;
            const QString failure = story.field.isEmpty()
                ? tr("The destination rejected the record (400 Bad Request)")
                : tr("The destination rejected the record: the field %1 is required (400 Bad Request)")
                      .arg(story.field);
            for (qint64 t = (firstS + kRunIntervalS - 1) / kRunIntervalS * kRunIntervalS; t < until;
                 t += kRunIntervalS) {
                const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
                const bool failed = storyFlow && story.failing(at);
                flow.runs << RunRecord { mw.connection, mw.ref, u"demo-%1-%2"_s.arg(mw.ref).arg(t), at,
                    failed ? u"error"_s : u"success"_s, failed ? failure : QString() };
            }
        }
        flows << flow;
    }

    // The middleware's state at a moment: its last successful run then.
    const auto stateAt = [](const Flow& flow, const QDateTime& t) {
        MiddlewareSnapshot state = flow.state;
        auto end = std::upper_bound(
            flow.runs.cbegin(), flow.runs.cend(), t, [](const QDateTime& at, const RunRecord& r) { return at < r.ts; });
        state.lastSuccess.reset();
        while (end != flow.runs.cbegin()) {
            --end;
            if (end->status == u"success") {
                state.lastSuccess = end->ts;
                break;
            }
        }
        return state;
    };
    const auto factsAt = [&factTemplates](const QString& connectionId, const QDateTime& t) {
        ConnectionFacts f = factTemplates.value(connectionId);
        f.connectionId = connectionId;
        f.ts = t;
        // A healthy past: whatever went wrong just now is the present's to report.
        if (f.httpStatus == 0 || f.errorKind != ErrorKind::None)
            f.httpStatus = 200;
        f.errorKind = ErrorKind::None;
        f.errorMessage.clear();
        f.rateLimited = false;
        f.retryAfterMs.reset();
        return f;
    };

    // Schemas: as fetched now, since the first day; the story's destination gained its field shortly before.
    QHash<QString, QList<SchemaSnapshot>> schemas;
    for (auto it = currentSchemas.constBegin(); it != currentSchemas.constEnd(); ++it) {
        SchemaSnapshot current = it.value();
        if (it.key() == story.destinationKey && !story.field.isEmpty()) {
            SchemaSnapshot before = current;
            before.ts = slotTime(0);
            before.fields.removeIf([&story](const FieldInfo& f) { return f.name == story.field; });
            current.ts = story.schemaChangedAt;
            schemas[it.key()] = { before, current };
        } else {
            current.ts = slotTime(0);
            schemas[it.key()] = { current };
        }
    }
    const auto schemaAt = [&schemas](const IntegrationSide& side, const QDateTime& t) -> std::optional<SchemaSnapshot> {
        std::optional<SchemaSnapshot> found;
        for (const SchemaSnapshot& s : schemas.value(schemaKey(side.connection, side.object))) {
            if (s.ts <= t)
                found = s;
        }
        return found;
    };

    // The incident through the real rules and a real alert engine, poll by poll; elsewhere the history is healthy
    // by construction (nothing fires), so the rules are not run over every one of the month's polls.
    AlertEngine engine;
    QList<Finding> findings;
    QString alertError;
    bool acknowledged = false;
    const auto save = [&](QList<AlertTransition> transitions, const QDateTime& at) {
        if (transitions.isEmpty() || !alertError.isEmpty())
            return;
        if (const StoreResult r = history.saveTransitions(transitions, at); !r) {
            alertError = r.error;
            return;
        }
        for (const AlertTransition& t : std::as_const(transitions)) {
            if (t.alert.id != 0)
                engine.setAlertId(t.alert.subject, t.alert.rule, t.alert.id);
            if (t.kind == AlertTransition::Kind::Opened)
                ++outcome.alerts;
        }
    };
    if (story.valid()) {
        const QDateTime from = story.start.addSecs(-30 * 60);
        const QDateTime to = story.fixedAt.addSecs(kHourS);
        const qint64 begin = std::lower_bound(times.cbegin(), times.cend(), from) - times.cbegin();
        for (qint64 k = begin; k < slotCount && slotTime(k) <= to; ++k) {
            const QDateTime t = slotTime(k);
            const QDateTime evaluatedAt = t.addSecs(3); // the cycle finishes a moment after it polled
            for (const Flow& flow : std::as_const(flows)) {
                const Integration& i = flow.integration;
                const QString subject = AlertSubject::integration(i.id).key();
                if (i.id == story.integrationId && !acknowledged) {
                    // Someone looks at it some twenty minutes after it opened.
                    for (const Alert& a : engine.openAlerts()) {
                        if (a.subject == subject && a.rule == u"count_drift" && a.id != 0
                            && a.openedAt.secsTo(t) >= 20 * 60) {
                            const QDateTime at = t.addSecs(-60);
                            save(engine.acknowledge(a.id, options.acknowledgedBy, at), at);
                            acknowledged = true;
                            break;
                        }
                    }
                }
                IntegrationFacts facts;
                facts.integration = i;
                facts.now = evaluatedAt;
                const qsizetype first = std::max<qsizetype>(0, qsizetype(k) + 1 - kRecentSamples);
                facts.samples = flow.samples.mid(first, qsizetype(k) + 1 - first);
                facts.lastSuccessfulPoll = t;
                facts.source = factsAt(i.source.connection, t);
                facts.destination = factsAt(i.destination.connection, t);
                facts.sourceSchema = schemaAt(i.source, t);
                facts.destinationSchema = schemaAt(i.destination, t);
                for (const QString& c : i.connectionIds()) {
                    if (labels.contains(c))
                        facts.connections.insert(c, labels.value(c));
                }
                if (i.middleware) {
                    facts.middleware = factsAt(i.middleware->connection, t);
                    const QDateTime since = evaluatedAt.addSecs(-flow.settings.runWindowS);
                    for (const RunRecord& r : flow.runs) {
                        if (r.ts >= since && r.ts <= evaluatedAt)
                            facts.runs << r;
                    }
                    facts.middlewareState = stateAt(flow, t);
                }
                QList<Finding> found = Rules::evaluateIntegration(facts, options.defaults);
                for (Finding& f : found) {
                    f.integrationId = i.id;
                    if (!f.at.isValid())
                        f.at = evaluatedAt;
                }
                findings << found;
                save(engine.update(subject, found, evaluatedAt, false), evaluatedAt);
            }
        }
    }
    if (!alertError.isEmpty()) {
        outcome.error = tr("The demo history could not be stored: %1").arg(alertError);
        outcome.writeMs = timer.elapsed();
        return outcome;
    }

    // Everything else in one write transaction, as the monitor stores a poll cycle. Connection facts and the
    // middleware's state once an hour: what the quota chart and the run log need.
    const auto newHour = [&](qint64 k) {
        return k == 0 || slotTime(k).toSecsSinceEpoch() / kHourS != slotTime(k - 1).toSecsSinceEpoch() / kHourS;
    };
    PollBatch batch;
    QSet<QString> connectionIds;
    for (const Flow& flow : std::as_const(flows)) {
        for (const Sample& s : flow.samples)
            batch.samples << qMakePair(flow.integration.id, s);
        batch.runs << flow.runs;
        for (const QString& c : flow.integration.connectionIds())
            connectionIds.insert(c);
        if (const auto& mw = flow.integration.middleware; mw && !flow.runs.isEmpty()) {
            const QDateTime last = flow.runs.constLast().ts;
            for (qint64 k = 0; k < slotCount && slotTime(k) <= last; ++k) {
                if (newHour(k))
                    batch.middleware << MiddlewareRecord { mw->connection, mw->ref, slotTime(k),
                        stateAt(flow, slotTime(k)) };
            }
        }
    }
    QStringList sortedConnections = connectionIds.values();
    sortedConnections.sort();
    Dice quota(options.seed ^ 0x5eedu);
    for (qint64 k = 0; k < slotCount; ++k) {
        if (!newHour(k))
            continue;
        for (const QString& c : std::as_const(sortedConnections)) {
            ConnectionFacts f = factsAt(c, slotTime(k));
            if (f.quotaLimit && *f.quotaLimit > 0)
                f.quotaRemaining = std::llround(double(*f.quotaLimit) * (0.7 + 0.28 * quota.uniform()));
            batch.connectionFacts << f;
        }
    }
    for (const QList<SchemaSnapshot>& list : std::as_const(schemas))
        batch.schemas << list;
    batch.findings = findings;
    if (const StoreResult r = history.write(batch); !r) {
        outcome.error = tr("The demo history could not be stored: %1").arg(r.error);
        outcome.writeMs = timer.elapsed();
        return outcome;
    }
    outcome.samples = batch.samples.size();
    outcome.runs = batch.runs.size();
    outcome.findings = findings.size();
    outcome.incidentStart = story.start;
    outcome.writeMs = timer.elapsed();
    return outcome;
}

int DemoHistory::writeValueChecks(const WorkspaceRepository& workspace, ValueRepository& values, const Options& options)
{
    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    Dice dice(options.seed + 7);
    int written = 0;
    for (const Integration& integration : workspace.integrations()) {
        if (!keyMapping(integration) || !ValueSettings::of(integration).enabled)
            continue;
        for (int day = options.days; day >= 1; --day) {
            ValueCheckResult r;
            r.integrationId = integration.id;
            r.checkedAt = now.addDays(-day).addSecs(qint64(dice.uniform() * 600));
            r.sampled = 200;
            r.missingAtDestination = dice.poisson(0.3); // records still syncing now and then
            r.found = r.sampled - r.missingAtDestination;
            r.requestsSource = 8 + int(dice.uniform() * 4);
            r.requestsDestination = 2 + int(dice.uniform() * 3);
            qint64 failing = 0;
            for (const FieldMapping& m : integration.mappings) {
                if (m.key)
                    continue;
                FieldTally f;
                f.source = m.source;
                f.destination = m.destination;
                f.kind = inferFieldKind(m.source, {}, m.destination, {});
                f.compared = r.found;
                f.differs = dice.poisson(0.25); // the honest few: another last name, another company
                f.caseOnly = dice.poisson(1.0);
                f.equal = f.compared - f.differs - f.caseOnly;
                failing += f.differs;
                r.fields << f;
            }
            r.matched = std::max<qint64>(0, r.found - failing);
            r.matchRate = double(r.matched) / double(r.sampled);
            const ProportionInterval i = wilsonInterval(r.matched, r.sampled);
            r.matchRateLow = i.low;
            r.matchRateHigh = i.high;
            if (!values.write(r, {}).ok())
                return -1;
            ++written;
        }
    }
    return written;
}

} // namespace plumbline
