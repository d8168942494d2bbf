#pragma once

#include <RuleSettings.h>
#include <monitor/Poller.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <functional>

namespace plumbline {

class MonitorRepository;
class ValueRepository;
class WorkspaceRepository;

// A month of history for the demo workspace, so that it opens on a story rather than an empty chart (issue 11):
// polls of every integration (every five minutes, and at its own interval over the days the charts draw poll by
// poll), fewer new records on Saturdays and Sundays, one schema change, and one incident about a week ago — a merge
// field added at the destination makes the middleware's runs fail, a list import on the source is not carried over, the
// counts drift, the alert is acknowledged and resolves once the runs succeed again. Everything is written through the
// monitor's own store code (MonitorRepository::write and saveTransitions); the findings of the incident come from the
// real health rules and the alerts from a real AlertEngine, so the history reads exactly like one the monitor recorded.
// Deterministic for a seed and a present.
class DemoHistory final
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    struct Options
    {
        QDateTime now; // the present the history leads up to; invalid: the current time
        int days = 30; // within the default raw retention, so that the first prune keeps it
        quint32 seed = 11;
        int stepS = 300; // a poll every five minutes; at the integrations' interval over the last eight days
        QString acknowledgedBy = QStringLiteral("priya.shah");
        RuleSettings defaults; // the workspace's rule defaults, as the monitor has them
    };

    struct Outcome
    {
        QString error; // translated; empty when the history was written
        qint64 probeMs = 0; // the one poll of each integration that the history ends at
        qint64 writeMs = 0; // generating, evaluating and storing
        qint64 samples = 0;
        qint64 runs = 0;
        qint64 findings = 0;
        qint64 alerts = 0;
        QDateTime incidentStart; // invalid when the history is too short for one

        bool ok() const { return error.isEmpty(); }
    };

    // Polls every integration once through `poller` (so the history ends at the counts, schemas and versions the
    // vendors report now, and the monitor's first poll continues it seamlessly), then write()s. `done` runs in
    // `context`'s thread once everything is stored; not at all when `context` is gone by then.
    static void backfill(WorkspaceRepository& workspace, MonitorRepository& history, Poller& poller,
        const Options& options, QObject* context, std::function<void(const Outcome&)> done);

    // The synchronous part: writes the history of every integration of the workspace leading up to `present`
    // (integration id -> what a poll read at the present), in one write transaction plus one small one per alert
    // change. An integration without an entry in `present`, or whose counts could not be read, starts from a
    // plausible count instead.
    static Outcome write(const WorkspaceRepository& workspace, MonitorRepository& history,
        const QHash<QString, PollOutcome>& present, const Options& options);
    // A month of daily value checks (ARCHITECTURE.md §12) for every integration with a key mapping: aggregates only,
    // as the checker stores them, the sandbox's few honest differences and no examples (older than 14 days or
    // harmless). Returns the number of checks written, or -1 when the store refused.
    static int writeValueChecks(const WorkspaceRepository& workspace, ValueRepository& values, const Options& options);
};

} // namespace plumbline
