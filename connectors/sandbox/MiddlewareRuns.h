#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace plumbline {

// The run schedule of a middleware flow (a Make scenario, a Zap): one run every interval, aligned to the epoch,
// none after `stoppedAt` (silent_failure). Pure arithmetic, so any window can be listed.
struct MiddlewareRuns
{
    // Under silent_failure the flow's last run lies this long before the moment the scenario was set: a real
    // silent failure is found late, when the flow has already been quiet for a while. So a monitor that only just
    // started watching still sees a last successful run far in the past (the Zap's last_successful_run_date) and
    // names silent_failure on its first poll, instead of after an hour of frozen counts. The destination count
    // still freezes at the moment the scenario is set, so counts the monitor already read never go backwards.
    static constexpr qint64 kSilentStopBackdateS = 2 * 3600;

    qint64 intervalS = 300;
    QDateTime stoppedAt; // invalid: still running

    // Run start times in [from, to], newest first, at most `limit`, skipping the first `offset`.
    QList<QDateTime> between(const QDateTime& from, const QDateTime& to, int limit, int offset = 0) const;
    qint64 countBetween(const QDateTime& from, const QDateTime& to) const;
    QDateTime latestBefore(const QDateTime& at) const;
    // A stable 32-hex-digit id for a run, as Make and Zapier use opaque ids.
    static QString runId(const QString& flow, const QDateTime& start);
};

} // namespace plumbline
