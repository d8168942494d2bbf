#include "Downsampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace plumbline::Downsampler {

namespace {

// Sorted by x, one point per x (the last given), finite values only.
QList<QPointF> cleaned(QList<QPointF> points)
{
    points.removeIf([](const QPointF& p) { return !std::isfinite(p.x()) || !std::isfinite(p.y()); });
    if (!std::is_sorted(
            points.cbegin(), points.cend(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }))
        std::stable_sort(
            points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    qsizetype kept = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (kept > 0 && points.at(kept - 1).x() == points.at(i).x())
            points[kept - 1] = points.at(i);
        else
            points[kept++] = points.at(i);
    }
    points.resize(kept);
    return points;
}

SeriesSegment fromIndices(const SeriesSegment& segment, QList<qsizetype> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    SeriesSegment out;
    out.reserve(indices.size());
    for (const qsizetype i : std::as_const(indices))
        out << segment.at(i);
    return out;
}

} // namespace

SegmentedSeries split(QList<QPointF> points, double maxStep, int maxSegments)
{
    const QList<QPointF> clean = cleaned(std::move(points));
    SegmentedSeries out;
    if (clean.isEmpty())
        return out;
    QList<qsizetype> breaks; // index of the first point after each gap
    if (maxStep > 0) {
        for (qsizetype i = 1; i < clean.size(); ++i) {
            if (clean.at(i).x() - clean.at(i - 1).x() > maxStep)
                breaks << i;
        }
    }
    if (maxSegments > 0 && breaks.size() > maxSegments - 1) {
        // Keep the widest gaps only.
        const auto width = [&clean](qsizetype i) { return clean.at(i).x() - clean.at(i - 1).x(); };
        const qsizetype keep = maxSegments - 1;
        std::nth_element(breaks.begin(), breaks.begin() + keep, breaks.end(),
            [&width](qsizetype a, qsizetype b) { return width(a) > width(b); });
        breaks.resize(keep);
        std::sort(breaks.begin(), breaks.end());
    }
    qsizetype start = 0;
    breaks << clean.size();
    for (const qsizetype end : std::as_const(breaks)) {
        out << clean.mid(start, end - start);
        start = end;
    }
    return out;
}

SeriesSegment lttbSegment(const SeriesSegment& segment, int threshold)
{
    const qsizetype n = segment.size();
    if (threshold < 1 || threshold >= n || n <= 2)
        return segment;
    if (threshold == 1)
        return { segment.first() };

    // The extremes, unless they are endpoints already.
    qsizetype minIndex = 0;
    qsizetype maxIndex = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (segment.at(i).y() < segment.at(minIndex).y())
            minIndex = i;
        if (segment.at(i).y() > segment.at(maxIndex).y())
            maxIndex = i;
    }
    QList<qsizetype> extremes;
    for (const qsizetype i : { maxIndex, minIndex }) {
        if (i != 0 && i != n - 1 && !extremes.contains(i))
            extremes << i;
    }
    if (extremes.size() > threshold - 2)
        extremes.resize(threshold - 2); // a budget of 3 keeps the maximum only
    const qsizetype target = threshold - extremes.size();

    QList<qsizetype> picked = extremes;
    picked << 0 << n - 1;
    if (target >= 3) {
        // Steinarsson's buckets: the first and last point alone, n - 2 points in target - 2 buckets; in each
        // bucket the point making the largest triangle with the previous pick and the next bucket's average.
        const double every = double(n - 2) / double(target - 2);
        qsizetype a = 0;
        for (qsizetype bucket = 0; bucket < target - 2; ++bucket) {
            const auto avgStart = qsizetype(std::floor(double(bucket + 1) * every)) + 1;
            const auto avgEnd = std::min(qsizetype(std::floor(double(bucket + 2) * every)) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (qsizetype i = avgStart; i < avgEnd; ++i) {
                avgX += segment.at(i).x();
                avgY += segment.at(i).y();
            }
            const auto avgCount = double(std::max<qsizetype>(1, avgEnd - avgStart));
            avgX /= avgCount;
            avgY /= avgCount;

            const auto rangeStart = qsizetype(std::floor(double(bucket) * every)) + 1;
            const auto rangeEnd = std::min(qsizetype(std::floor(double(bucket + 1) * every)) + 1, n - 1);
            const QPointF& pa = segment.at(a);
            double bestArea = -1;
            qsizetype best = rangeStart;
            for (qsizetype i = rangeStart; i < rangeEnd; ++i) {
                const QPointF& p = segment.at(i);
                const double area = std::abs((pa.x() - avgX) * (p.y() - pa.y()) - (pa.x() - p.x()) * (avgY - pa.y()));
                if (area > bestArea) {
                    bestArea = area;
                    best = i;
                }
            }
            picked << best;
            a = best;
        }
    }
    return fromIndices(segment, picked);
}

SegmentedSeries lttb(const QList<QPointF>& points, int budget, double maxStep)
{
    if (budget < 1)
        return split(points, maxStep);
    SegmentedSeries segments = split(points, maxStep, std::max(1, budget / 4));
    const int total = pointCount(segments);
    if (total <= budget)
        return segments;

    // Every segment gets up to 4 points (endpoints and extremes), the rest in proportion to what it has beyond.
    QList<int> share;
    share.reserve(segments.size());
    qint64 rest = budget;
    qint64 beyond = 0;
    for (const SeriesSegment& s : std::as_const(segments)) {
        const int base = int(std::min<qsizetype>({ s.size(), 4, budget }));
        share << base;
        rest -= base;
        beyond += s.size() - base;
    }
    rest = std::max<qint64>(0, rest);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (beyond > 0)
            share[i] += int(rest * (segments.at(i).size() - share.at(i)) / beyond);
        segments[i] = lttbSegment(segments.at(i), share.at(i));
    }
    return segments;
}

SegmentedSeries minMaxColumns(const QList<QPointF>& points, int columns, double maxStep)
{
    if (columns < 1)
        return split(points, maxStep);
    SegmentedSeries segments = split(points, maxStep, columns);
    if (pointCount(segments) <= 4 * columns)
        return segments;
    const double x0 = segments.first().first().x();
    const double width = (segments.last().last().x() - x0) / double(columns);
    if (width <= 0)
        return segments;

    for (SeriesSegment& segment : segments) {
        QList<qsizetype> picked;
        qsizetype first = 0;
        qsizetype minIndex = 0;
        qsizetype maxIndex = 0;
        qint64 column = -1;
        const auto flush = [&](qsizetype last) {
            if (column >= 0)
                picked << first << minIndex << maxIndex << last;
        };
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const QPointF& p = segment.at(i);
            const auto c = std::min<qint64>(columns - 1, qint64((p.x() - x0) / width));
            if (c != column) {
                flush(i - 1);
                column = c;
                first = minIndex = maxIndex = i;
                continue;
            }
            if (p.y() < segment.at(minIndex).y())
                minIndex = i;
            if (p.y() > segment.at(maxIndex).y())
                maxIndex = i;
        }
        flush(segment.size() - 1);
        segment = fromIndices(segment, picked);
    }
    return segments;
}

int pointCount(const SegmentedSeries& series)
{
    return std::accumulate(
        series.cbegin(), series.cend(), 0, [](int sum, const SeriesSegment& s) { return sum + int(s.size()); });
}

} // namespace plumbline::Downsampler
