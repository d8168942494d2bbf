#pragma once

#include "Downsampler.h"

#include <Integration.h>
#include <MonitorRecords.h>

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace plumbline {

class MonitorRepository;

// Where a chart's counts come from.
enum class SeriesTier
{
    Raw, // one point per poll
    Hourly, // hourly rollups: the mean of each hour
    Daily, // daily rollups: the mean of each day
};

QString seriesTierKey(SeriesTier tier); // raw, hourly, daily
QString seriesTierDisplayName(SeriesTier tier);

enum class DownsampleMethod
{
    Lttb,
    MinMaxColumns,
};

// One point in time at full resolution (for the exact hover readout). For rollups: the bucket's means.
// UI convention: gap = destination - source (rollups store source - destination), gap % = gap / source * 100.
struct CountRow
{
    qint64 ts = 0; // ms since the epoch, UTC; the bucket's start for rollups
    std::optional<double> source;
    std::optional<double> destination;
    std::optional<double> gap; // of the samples with both counts read
    std::optional<double> gapPct; // none when the source is 0

    bool operator==(const CountRow&) const = default;
};

// What the integration dashboard's charts draw for one integration and one time range. Every series is split at
// its gaps and reduced to the point budget; `rows` keeps the counts at full resolution for the readout.
struct ChartData
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    SeriesTier tier = SeriesTier::Raw;
    qint64 stepMs = 0; // the expected distance between two points of the tier
    double tolerancePct = 0;
    qint64 toleranceAbs = 0;

    SegmentedSeries source;
    SegmentedSeries destination;
    SegmentedSeries bandLow; // source - max(tolerance_abs, source * tolerance_pct / 100), on the source's points
    SegmentedSeries bandHigh; // source + the same
    SegmentedSeries gapPct;
    SegmentedSeries sourceLatencyMs; // raw samples only (kept for the raw retention)
    SegmentedSeries destinationLatencyMs;
    SegmentedSeries sourceQuotaPct; // headroom: remaining / limit * 100, from the connection facts
    SegmentedSeries destinationQuotaPct;

    QList<CountRow> rows; // oldest first, every row read in the range
    qint64 pointsRead = 0; // rows of the tier read from the store

    bool isEmpty() const { return rows.isEmpty(); }
    // The row nearest to `ts` (ms), when one is within `stepMs` of it.
    std::optional<CountRow> rowAt(qint64 ts) const;
    // The latest row with both counts read.
    std::optional<CountRow> latest() const;
    double tolerance(double source) const; // half-width of the band at `source`
};

struct ChartQuery
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QDateTime now; // for the tier (retention is counted back from now)
    int budget = 1000; // points per series, e.g. the chart's width in pixels
    DownsampleMethod method = DownsampleMethod::Lttb;
    RetentionSettings retention;
    double gapFactor = 2.5; // a gap is two consecutive points further apart than gapFactor x the tier's step
};

// Reads the chart data of one integration from the monitor's store (pure data, no widgets).
class CountSeriesQuery final
{
    Q_DECLARE_TR_FUNCTIONS(plumbline::CountSeriesQuery)

public:
    // Ranges up to this long within the raw retention read raw samples.
    static constexpr qint64 kRawMaxSpanMs = qint64(8) * 86400 * 1000;
    // Ranges up to this long within the hourly retention read hourly rollups; longer ones daily rollups.
    static constexpr qint64 kHourlyMaxSpanMs = qint64(400) * 86400 * 1000;

    explicit CountSeriesQuery(const MonitorRepository& history);

    static SeriesTier tierFor(
        const QDateTime& from, const QDateTime& to, const QDateTime& now, const RetentionSettings& retention = {});

    ChartData load(const Integration& integration, const ChartQuery& query) const;

private:
    const MonitorRepository& m_history;
};

} // namespace plumbline
