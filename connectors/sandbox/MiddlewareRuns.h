#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace plumbline {

// The run schedule of a middleware flow (a Make scenario, a Zap): one run every interval, aligned to the epoch,
// none after `stoppedAt` (silent_failure). Pure arithmetic, so any window can be listed.
struct MiddlewareRuns
{
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
