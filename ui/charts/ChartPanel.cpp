#include "ChartPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qint64 kHourMs = qint64(3600) * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Qt 6.4's QDateTimeAxis spaces its ticks evenly over the range: pick a count that makes them a round interval
// apart (3 h, a day, ...) when the span allows, else one about every 150 pixels.
int timeTicks(qint64 span, int width)
{
    const int most = std::clamp(width / 110, 3, 10);
    constexpr qint64 kMinuteMs = 60 * 1000;
    const qint64 intervals[] = { 15 * kMinuteMs, 30 * kMinuteMs, kHourMs, 2 * kHourMs, 3 * kHourMs, 6 * kHourMs,
        12 * kHourMs, kDayMs, 2 * kDayMs, 5 * kDayMs, 7 * kDayMs, 10 * kDayMs, 14 * kDayMs, 30 * kDayMs, 73 * kDayMs };
    for (const qint64 interval : intervals) {
        const double n = double(span) / double(interval);
        if (n >= 2 && n <= most - 1 && std::abs(n - std::round(n)) < 0.01)
            return int(std::lround(n)) + 1;
    }
    return std::clamp(width / 150, 3, 9);
}

} // namespace

ChartPanel::ChartPanel(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 28, 2)); // room for the last time label
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_time = new QDateTimeAxis;
    m_value = new QValueAxis;
    m_value->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_value, Qt::AlignLeft);

    m_view = new QChartView(m_chart, parent);
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setFrameShape(QFrame::NoFrame);

    m_crosshair = new QGraphicsLineItem(m_chart);
    m_crosshair->setZValue(100);
    m_crosshair->hide();

    QObject::connect(m_time, &QDateTimeAxis::rangeChanged, m_view, [this](const QDateTime& min, const QDateTime& max) {
        if (!m_settingRange && onZoom)
            onZoom(min.toMSecsSinceEpoch(), max.toMSecsSinceEpoch());
    });
}

ChartPanel::~ChartPanel()
{
    QObject::disconnect(m_time, nullptr, m_view, nullptr);
}

int ChartPanel::addBand(const QString& name)
{
    Metric metric;
    metric.name = name;
    metric.band = true;
    createSeries(metric);
    m_metrics << metric;
    return int(m_metrics.size() - 1);
}

int ChartPanel::addLine(const QString& name)
{
    Metric metric;
    metric.name = name;
    createSeries(metric);
    m_metrics << metric;
    return int(m_metrics.size() - 1);
}

QAbstractSeries* ChartPanel::createSeries(Metric& metric)
{
    QAbstractSeries* series = nullptr;
    if (metric.band) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its bounds.
        upper->setParent(area);
        lower->setParent(area);
        series = area;
    } else {
        series = new QLineSeries;
    }
    series->setName(metric.name);
    m_chart->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_value);
    styleSeries(metric, series);
    // One legend entry per metric, however many segments it has.
    if (!metric.series.isEmpty()) {
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker* marker : markers)
            marker->setVisible(false);
    }
    metric.series << series;
    return series;
}

void ChartPanel::styleSeries(const Metric& metric, QAbstractSeries* series) const
{
    if (metric.band) {
        auto* area = static_cast<QAreaSeries*>(series);
        area->setBrush(withAlpha(metric.color, m_dark ? 80 : 48));
        area->setPen(QPen(withAlpha(metric.color, 90), 1));
    } else {
        QPen pen(metric.color, metric.width, metric.style);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        static_cast<QLineSeries*>(series)->setPen(pen);
    }
}

void ChartPanel::setStyle(int metric, const QColor& color, qreal width, Qt::PenStyle style)
{
    Metric& m = m_metrics[metric];
    m.color = color;
    m.width = width;
    m.style = style;
    for (QAbstractSeries* s : std::as_const(m.series))
        styleSeries(m, s);
}

void ChartPanel::resize(Metric& metric, qsizetype count)
{
    count = std::max<qsizetype>(count, 1); // the first series carries the legend entry
    while (metric.series.size() < count)
        createSeries(metric);
    while (metric.series.size() > count) {
        QAbstractSeries* s = metric.series.takeLast();
        m_chart->removeSeries(s);
        delete s;
    }
}

void ChartPanel::setLine(int metric, const SegmentedSeries& segments)
{
    Metric& m = m_metrics[metric];
    resize(m, segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        auto* line = static_cast<QLineSeries*>(m.series.at(i));
        // A lone poll (the first one, or one between two outages) has no line to draw: show it as a dot.
        line->setPointsVisible(segments.at(i).size() == 1);
        line->replace(segments.at(i));
    }
    if (segments.isEmpty())
        static_cast<QLineSeries*>(m.series.first())->clear();
}

void ChartPanel::setBand(int metric, const SegmentedSeries& low, const SegmentedSeries& high)
{
    Metric& m = m_metrics[metric];
    const qsizetype count = std::min(low.size(), high.size());
    resize(m, count);
    for (qsizetype i = 0; i < count; ++i) {
        auto* area = static_cast<QAreaSeries*>(m.series.at(i));
        area->upperSeries()->replace(high.at(i));
        area->lowerSeries()->replace(low.at(i));
    }
    if (count == 0) {
        auto* area = static_cast<QAreaSeries*>(m.series.first());
        area->upperSeries()->clear();
        area->lowerSeries()->clear();
    }
}

int ChartPanel::pointCount(int metric) const
{
    int n = 0;
    const Metric& m = m_metrics.at(metric);
    for (QAbstractSeries* s : m.series)
        n += m.band ? static_cast<QAreaSeries*>(s)->upperSeries()->count() : static_cast<QLineSeries*>(s)->count();
    return n;
}

void ChartPanel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    const qint64 span = toMs - fromMs;
    QString format;
    if (span <= 36 * kHourMs)
        format = u"HH:mm"_s;
    else if (span <= 10 * kDayMs)
        format = u"ddd d MMM"_s;
    else if (span <= 180 * kDayMs)
        format = u"d MMM"_s;
    else
        format = u"MMM yyyy"_s;
    m_settingRange = true;
    m_time->setFormat(format);
    m_time->setTickCount(timeTicks(span, m_view->width()));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_settingRange = false;
}

void ChartPanel::fitValues(std::optional<double> floor, std::optional<double> ceiling)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const auto take = [&](const QXYSeries* s) {
        for (const QPointF& p : s->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    };
    for (const Metric& m : std::as_const(m_metrics)) {
        for (QAbstractSeries* s : m.series) {
            if (m.band) {
                take(static_cast<QAreaSeries*>(s)->upperSeries());
                take(static_cast<QAreaSeries*>(s)->lowerSeries());
            } else {
                take(static_cast<QLineSeries*>(s));
            }
        }
    }
    if (!std::isfinite(lo)) {
        lo = floor.value_or(0);
        hi = ceiling.value_or(lo + 1);
    }
    // Few enough ticks for the chart's height (Qt Charts elides labels that do not fit), on round numbers.
    const int wanted = std::clamp(m_view->height() / 45, 2, 6);
    int ticks = wanted + 1;
    double step = 1;
    if (floor && ceiling) {
        lo = *floor;
        hi = *ceiling;
        ticks = wanted >= 4 ? 5 : 3;
        step = (hi - lo) / (ticks - 1);
    } else {
        const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.01);
        lo -= pad;
        hi += pad;
        if (floor)
            lo = std::max(lo, *floor);
        if (ceiling)
            hi = std::min(hi, *ceiling);
        const double rough = (hi - lo) / wanted;
        const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
        const double norm = rough / magnitude;
        step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
        lo = std::floor(lo / step) * step;
        hi = std::ceil(hi / step) * step;
        ticks = int(std::lround((hi - lo) / step)) + 1;
    }
    // As many decimals as the step needs (a step of 2.5 must not print as 3).
    int decimals = 0;
    while (decimals < 3) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    m_value->setLabelFormat(u"%.%1f"_s.arg(decimals));
    m_value->setTickCount(std::max(2, ticks));
    m_value->setRange(lo, hi);
}

void ChartPanel::applyPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    m_dark = dark;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundPen(QPen(withAlpha(palette.color(QPalette::Text), 30), 1));
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = palette.color(QPalette::Text);
    QFont font = m_view->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font);
    m_chart->setTitleBrush(text);
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_value) }) {
        axis->setLabelsColor(withAlpha(text, 200));
        axis->setLabelsFont(font);
        axis->setGridLineColor(withAlpha(text, 28));
        axis->setLinePenColor(withAlpha(text, 70));
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    QPen crosshair(withAlpha(text, 150), 1, Qt::DashLine);
    crosshair.setCosmetic(true);
    m_crosshair->setPen(crosshair);
    for (const Metric& m : std::as_const(m_metrics)) {
        for (QAbstractSeries* s : m.series)
            styleSeries(m, s);
    }
}

std::optional<qint64> ChartPanel::timeAt(const QPoint& viewportPos) const
{
    const QPointF p = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    const QRectF area = m_chart->plotArea();
    if (area.width() <= 0 || !area.contains(p))
        return std::nullopt;
    const qint64 min = m_time->min().toMSecsSinceEpoch();
    const qint64 max = m_time->max().toMSecsSinceEpoch();
    return min + qint64(std::llround((p.x() - area.left()) / area.width() * double(max - min)));
}

void ChartPanel::showCrosshair(std::optional<qint64> ts)
{
    const QRectF area = m_chart->plotArea();
    const qint64 min = m_time->min().toMSecsSinceEpoch();
    const qint64 max = m_time->max().toMSecsSinceEpoch();
    if (!ts || *ts < min || *ts > max || max <= min || area.width() <= 0) {
        m_crosshair->hide();
        return;
    }
    const double x = area.left() + double(*ts - min) / double(max - min) * area.width();
    m_crosshair->setLine(x, area.top(), x, area.bottom());
    m_crosshair->show();
}

} // namespace plumbline
