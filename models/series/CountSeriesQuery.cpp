#include "CountSeriesQuery.h"

#include <MonitorRepository.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qint64 kDayMs = qint64(86400) * 1000;
constexpr qint64 kHourMs = qint64(3600) * 1000;

std::optional<double> gapPercent(std::optional<double> gap, std::optional<double> source)
{
    if (!gap || !source || *source == 0)
        return std::nullopt;
    return *gap / *source * 100.0;
}

CountRow rowFromSample(const Sample& s)
{
    CountRow row;
    row.ts = s.ts.toMSecsSinceEpoch();
    if (s.source.count)
        row.source = double(*s.source.count);
    if (s.destination.count)
        row.destination = double(*s.destination.count);
    if (row.source && row.destination)
        row.gap = *row.destination - *row.source;
    row.gapPct = gapPercent(row.gap, row.source);
    return row;
}

CountRow rowFromRollup(const Rollup& r)
{
    CountRow row;
    row.ts = r.bucket.toMSecsSinceEpoch();
    row.source = r.source.mean();
    row.destination = r.destination.mean();
    // Rollups store source - destination; the UI shows destination - source.
    if (const auto storedGap = r.gap.mean())
        row.gap = -*storedGap;
    row.gapPct = gapPercent(row.gap, row.source);
    return row;
}

QDateTime earliest(const QDateTime& now, int days)
{
    return days > 0 ? now.addDays(-days) : QDateTime();
}

} // namespace

QString seriesTierKey(SeriesTier tier)
{
    switch (tier) {
    case SeriesTier::Raw:
        return u"raw"_s;
    case SeriesTier::Hourly:
        return u"hourly"_s;
    case SeriesTier::Daily:
        return u"daily"_s;
    }
    return {};
}

QString seriesTierDisplayName(SeriesTier tier)
{
    switch (tier) {
    case SeriesTier::Raw:
        return QCoreApplication::translate("plumbline::CountSeriesQuery", "every poll");
    case SeriesTier::Hourly:
        return QCoreApplication::translate("plumbline::CountSeriesQuery", "hourly averages");
    case SeriesTier::Daily:
        return QCoreApplication::translate("plumbline::CountSeriesQuery", "daily averages");
    }
    return {};
}

std::optional<CountRow> ChartData::rowAt(qint64 ts) const
{
    if (rows.isEmpty())
        return std::nullopt;
    const auto it
        = std::lower_bound(rows.cbegin(), rows.cend(), ts, [](const CountRow& row, qint64 t) { return row.ts < t; });
    const CountRow* best = nullptr;
    if (it != rows.cend())
        best = &*it;
    if (it != rows.cbegin()) {
        const CountRow* before = &*std::prev(it);
        if (!best || ts - before->ts <= best->ts - ts)
            best = before;
    }
    if (!best || std::abs(best->ts - ts) > std::max<qint64>(stepMs, 1))
        return std::nullopt;
    return *best;
}

std::optional<CountRow> ChartData::latest() const
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->source && it->destination)
            return *it;
    }
    return std::nullopt;
}

double ChartData::tolerance(double source) const
{
    return std::max(double(toleranceAbs), std::abs(source) * tolerancePct / 100.0);
}

CountSeriesQuery::CountSeriesQuery(const MonitorRepository& history)
    : m_history(history)
{
}

SeriesTier CountSeriesQuery::tierFor(
    const QDateTime& from, const QDateTime& to, const QDateTime& now, const RetentionSettings& retention)
{
    const qint64 span = from.msecsTo(to);
    const QDateTime rawStart = earliest(now, retention.rawDays);
    if (span <= kRawMaxSpanMs && (!rawStart.isValid() || from >= rawStart))
        return SeriesTier::Raw;
    const QDateTime hourlyStart = earliest(now, retention.hourlyDays);
    if (span <= kHourlyMaxSpanMs && (!hourlyStart.isValid() || from >= hourlyStart))
        return SeriesTier::Hourly;
    return SeriesTier::Daily;
}

ChartData CountSeriesQuery::load(const Integration& integration, const ChartQuery& query) const
{
    ChartData data;
    data.from = query.from;
    data.to = query.to;
    data.tolerancePct = integration.checks.tolerancePct;
    data.toleranceAbs = integration.checks.toleranceAbs;
    if (!query.from.isValid() || !query.to.isValid() || query.from >= query.to)
        return data;
    data.tier = tierFor(query.from, query.to, query.now, query.retention);
    const qint64 rawStep = std::max<qint64>(1000, qint64(integration.checks.intervalS) * 1000);

    QList<Sample> samples;
    // Latency and quota exist in raw form only: read them for the part of the range within the raw retention.
    QDateTime rawFrom = query.from;
    switch (data.tier) {
    case SeriesTier::Raw:
        data.stepMs = rawStep;
        samples = m_history.samples(integration.id, query.from, query.to);
        data.rows.reserve(samples.size());
        for (const Sample& s : std::as_const(samples))
            data.rows << rowFromSample(s);
        break;
    case SeriesTier::Hourly:
    case SeriesTier::Daily: {
        const bool hourly = data.tier == SeriesTier::Hourly;
        data.stepMs = hourly ? kHourMs : kDayMs;
        // The bucket that holds `from` belongs to the range too.
        const QDateTime bucketFrom = rollupBucket(hourly ? RollupGrain::Hourly : RollupGrain::Daily, query.from);
        const QList<Rollup> rollups = hourly ? m_history.hourly(integration.id, bucketFrom, query.to)
                                             : m_history.daily(integration.id, bucketFrom, query.to);
        data.rows.reserve(rollups.size());
        for (const Rollup& r : rollups)
            data.rows << rowFromRollup(r);
        const QDateTime rawStart = earliest(query.now, query.retention.rawDays);
        if (rawStart.isValid() && rawStart > rawFrom)
            rawFrom = rawStart;
        if (rawFrom < query.to)
            samples = m_history.samples(integration.id, rawFrom, query.to);
        break;
    }
    }
    data.pointsRead = data.rows.size();

    const double maxStep = query.gapFactor * double(data.stepMs);
    const double rawMaxStep = query.gapFactor * double(rawStep);
    const auto reduce = [&query](const QList<QPointF>& points, double step) {
        if (query.method == DownsampleMethod::MinMaxColumns)
            return Downsampler::minMaxColumns(points, std::max(1, query.budget / 4), step);
        return Downsampler::lttb(points, query.budget, step);
    };

    QList<QPointF> source;
    QList<QPointF> destination;
    QList<QPointF> gapPct;
    source.reserve(data.rows.size());
    destination.reserve(data.rows.size());
    gapPct.reserve(data.rows.size());
    for (const CountRow& row : std::as_const(data.rows)) {
        const auto x = double(row.ts);
        if (row.source)
            source << QPointF(x, *row.source);
        if (row.destination)
            destination << QPointF(x, *row.destination);
        if (row.gapPct)
            gapPct << QPointF(x, *row.gapPct);
    }
    data.source = reduce(source, maxStep);
    data.destination = reduce(destination, maxStep);
    data.gapPct = reduce(gapPct, maxStep);
    // The band follows the drawn source line, point for point.
    for (const SeriesSegment& segment : std::as_const(data.source)) {
        SeriesSegment low;
        SeriesSegment high;
        low.reserve(segment.size());
        high.reserve(segment.size());
        for (const QPointF& p : segment) {
            const double t = data.tolerance(p.y());
            low << QPointF(p.x(), p.y() - t);
            high << QPointF(p.x(), p.y() + t);
        }
        data.bandLow << low;
        data.bandHigh << high;
    }

    QList<QPointF> sourceLatency;
    QList<QPointF> destinationLatency;
    for (const Sample& s : std::as_const(samples)) {
        const auto x = double(s.ts.toMSecsSinceEpoch());
        // A side without any HTTP answer has no latency worth drawing (it is the timeout).
        if (s.source.httpStatus != 0)
            sourceLatency << QPointF(x, double(s.source.latencyMs));
        if (s.destination.httpStatus != 0)
            destinationLatency << QPointF(x, double(s.destination.latencyMs));
    }
    data.sourceLatencyMs = reduce(sourceLatency, rawMaxStep);
    data.destinationLatencyMs = reduce(destinationLatency, rawMaxStep);

    const auto quota = [&](const QString& connectionId) {
        QList<QPointF> points;
        if (connectionId.isEmpty() || rawFrom >= query.to)
            return points;
        for (const ConnectionFacts& f : m_history.connectionFacts(connectionId, rawFrom, query.to)) {
            if (f.quotaRemaining && f.quotaLimit && *f.quotaLimit > 0)
                points << QPointF(double(f.ts.toMSecsSinceEpoch()),
                    std::clamp(double(*f.quotaRemaining) / double(*f.quotaLimit) * 100.0, 0.0, 100.0));
        }
        return points;
    };
    data.sourceQuotaPct = reduce(quota(integration.source.connection), rawMaxStep);
    data.destinationQuotaPct = reduce(quota(integration.destination.connection), rawMaxStep);
    return data;
}

} // namespace plumbline
