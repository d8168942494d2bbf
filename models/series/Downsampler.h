#pragma once

#include <QList>
#include <QPointF>

namespace plumbline {

// A run of points without an outage: x is milliseconds since the epoch (UTC), strictly increasing.
using SeriesSegment = QList<QPointF>;
// A series split at its gaps. Gaps are kept as separate segments (not as NaN breaks): the chart code draws one
// line per segment, so a line never bridges an outage.
using SegmentedSeries = QList<SeriesSegment>;

// Reduces time series to a point budget for drawing (performance-notes.md, Charts). Pure functions, O(n) after
// the sort that cleans the input.
//
// Every function first cleans the input: points are sorted by x (stable), a repeated x keeps its last point, points
// with a non-finite x or y are dropped. Then the series is split where two consecutive points are more than
// `maxStep` apart (maxStep <= 0: never split). When the gaps would leave fewer than four points of budget per
// segment, only the widest gaps are kept as breaks (at most budget / 4 segments), so the budget is still honoured:
// such gaps are narrower than a few pixels at that budget anyway.
namespace Downsampler {

// Cleaned input split at gaps, nothing reduced.
SegmentedSeries split(QList<QPointF> points, double maxStep, int maxSegments = 0);

// Largest-Triangle-Three-Buckets (Steinarsson 2013) per segment, the budget shared in proportion to each segment's
// length. Each segment keeps its first and last point and its minimum and maximum y. A series that already fits
// the budget is returned cleaned and split but otherwise unchanged. budget < 1: no reduction.
SegmentedSeries lttb(const QList<QPointF>& points, int budget, double maxStep);

// One segment (already clean): LTTB to at most `threshold` points, with the endpoints and the extremes kept.
SeriesSegment lttbSegment(const SeriesSegment& segment, int threshold);

// Min/max per pixel column (as PlotJuggler): the x range is cut into `columns` equal columns and each segment keeps,
// per column, its first, minimum, maximum and last point (in x order, no duplicates): at most 4 points per column
// and segment. columns < 1: no reduction.
SegmentedSeries minMaxColumns(const QList<QPointF>& points, int columns, double maxStep);

int pointCount(const SegmentedSeries& series);

} // namespace Downsampler

} // namespace plumbline
