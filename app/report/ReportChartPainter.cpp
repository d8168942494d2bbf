#include "ReportChartPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const QColor kSource(0x2b, 0x6c, 0xb0);
const QColor kDestination(0xdd, 0x6b, 0x20);
const QColor kGrid(0xd9, 0xde, 0xe5);
const QColor kInk(0x4a, 0x55, 0x68);

// Chart geometry in a unit where the whole chart is `w` wide and `h` high (device pixels for the PDF, px for SVG):
// a legend row, the counts panel, the gap panel (destination - source) and the time axis.
struct Layout
{
    enum Series
    {
        Source,
        Destination,
        Gap,
    };
    QRectF plot; // counts
    QRectF gapPlot; // destination - source
    double font = 0;
    ReportChartPainter::Scale scale;
    ReportChartPainter::Scale gapScale;
    qint64 t0 = 0;
    qint64 t1 = 1;
    qint64 half = 0; // half a bucket: points sit in the middle of their hour or day

    Layout(const ReportChart& chart, double w, double h)
    {
        font = std::max(6.0, std::min(h * 0.045, w * 0.0135));
        const double left = font * 5.2;
        const double top = font * 2.4;
        const double axis = font * 2.0;
        const double label = font * 2.6;
        const double usable = h - top - axis - label;
        plot = QRectF(left, top, w - left - font, usable * 0.68);
        gapPlot = QRectF(left, plot.bottom() + label, plot.width(), usable * 0.32);
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        double gapLo = 0;
        double gapHi = 0;
        for (const auto& p : chart.points) {
            for (const auto& v : { p.source, p.destination }) {
                if (v) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                }
            }
            if (const auto g = value(p, Gap)) {
                gapLo = std::min(gapLo, *g);
                gapHi = std::max(gapHi, *g);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        scale = ReportChartPainter::niceScale(lo, hi);
        const double pad = (gapHi - gapLo) * 0.1; // keep the gap line off the panel's edges
        gapScale = ReportChartPainter::niceScale(gapLo < 0 ? gapLo - pad : gapLo, gapHi > 0 ? gapHi + pad : gapHi, 2);
        t0 = chart.from.toMSecsSinceEpoch();
        t1 = std::max(t0 + 1, chart.to.toMSecsSinceEpoch());
        half = (chart.hourly ? 3600 : 86400) * 500LL;
    }
    static std::optional<double> value(const ReportChart::Point& p, Series s)
    {
        if (s == Source)
            return p.source;
        if (s == Destination)
            return p.destination;
        if (p.source && p.destination)
            return *p.destination - *p.source;
        return std::nullopt;
    }
    double x(qint64 ms) const { return plot.left() + plot.width() * double(ms - t0) / double(t1 - t0); }
    double x(const QDateTime& t) const { return x(t.toMSecsSinceEpoch()); }
    double y(double v, Series s = Source) const
    {
        const QRectF& r = s == Gap ? gapPlot : plot;
        const ReportChartPainter::Scale& sc = s == Gap ? gapScale : scale;
        return r.bottom() - r.height() * (v - sc.low) / std::max(1e-9, sc.high - sc.low);
    }
    // Runs of consecutive points with a value (a gap in the data breaks the line).
    QList<QList<QPointF>> runs(const ReportChart& chart, Series s) const
    {
        QList<QList<QPointF>> out;
        QList<QPointF> run;
        for (const auto& p : chart.points) {
            if (const auto v = value(p, s)) {
                run << QPointF(x(std::min(t1, p.at.toMSecsSinceEpoch() + half)), y(*v, s));
            } else if (!run.isEmpty()) {
                out << run;
                run.clear();
            }
        }
        if (!run.isEmpty())
            out << run;
        return out;
    }
};

const QColor kGap(0xc5, 0x30, 0x30);

QString tickText(double v, const QLocale& locale)
{
    const double a = std::abs(v);
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', a >= 1e7 ? 0 : 1) + u"M"_s;
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'f', 0) + u"k"_s;
    return locale.toString(v, 'f', v == std::round(v) ? 0 : 1);
}

QList<QDateTime> timeTicks(const ReportChart& chart)
{
    return { chart.from, chart.from.addMSecs(chart.from.msecsTo(chart.to) / 2), chart.to };
}

QString timeTickText(const QDateTime& t, const ReportChart& chart, const QLocale& locale)
{
    const QDateTime u = t.toUTC();
    return chart.hourly ? locale.toString(u, u"d MMM HH:mm"_s) : locale.toString(u.date(), QLocale::ShortFormat);
}

QString escape(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

ReportChartPainter::Scale ReportChartPainter::niceScale(double low, double high, int steps)
{
    Scale s;
    if (high - low < 1) {
        low -= 1;
        high += 1;
    }
    const double raw = (high - low) / double(std::max(1, steps));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    s.low = std::floor(low / step) * step;
    s.high = std::ceil(high / step) * step;
    for (double v = s.low; v <= s.high + step / 2; v += step)
        s.ticks << v;
    return s;
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& rect, const ReportChart& chart, const QLocale& locale)
{
    // Laid out in the device's own units (no scaling of the painter: scaled text upsets the PDF engine's font
    // handling for the text drawn after it). Pens are sized as if the chart were 1000 units wide.
    const double w = rect.width();
    const double h = rect.height();
    const double k = w / 1000.0;
    const Layout l(chart, w, h);
    painter.save();
    painter.translate(rect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    const double dpi = painter.device() ? painter.device()->logicalDpiY() : 96.0;
    font.setPointSizeF(l.font * 72.0 / dpi);
    painter.setFont(font);

    painter.setBrush(Qt::NoBrush);
    const auto grid = [&](const ReportChartPainter::Scale& sc, Layout::Series series) {
        for (const double v : sc.ticks) {
            painter.setPen(QPen(v == 0 && series == Layout::Gap ? kInk : kGrid, 1.2 * k));
            painter.drawLine(QPointF(l.plot.left(), l.y(v, series)), QPointF(l.plot.right(), l.y(v, series)));
            painter.setPen(kInk);
            painter.drawText(QRectF(0, l.y(v, series) - l.font, l.plot.left() - l.font * 0.6, l.font * 2),
                Qt::AlignRight | Qt::AlignVCenter, tickText(v, locale));
        }
    };
    grid(l.scale, Layout::Source);
    grid(l.gapScale, Layout::Gap);
    painter.setPen(kInk);
    painter.drawText(QRectF(l.plot.left(), l.plot.bottom(), l.plot.width(), l.gapPlot.top() - l.plot.bottom()),
        Qt::AlignRight | Qt::AlignBottom, tr("Gap (destination − source)"));
    const QList<QDateTime> ticks = timeTicks(chart);
    for (int i = 0; i < ticks.size(); ++i) {
        const double x = l.x(ticks.at(i));
        const Qt::Alignment a = i == 0 ? Qt::AlignLeft : i == ticks.size() - 1 ? Qt::AlignRight : Qt::AlignHCenter;
        const double bw = l.font * 12;
        const double left = i == 0 ? x : i == ticks.size() - 1 ? x - bw : x - bw / 2;
        painter.drawText(QRectF(left, l.gapPlot.bottom() + l.font * 0.4, bw, l.font * 1.6), a | Qt::AlignTop,
            timeTickText(ticks.at(i), chart, locale));
    }
    // Legend
    double lx = l.plot.left();
    for (const auto& [label, colour] :
        { std::pair { chart.sourceLabel, kSource }, { chart.destinationLabel, kDestination } }) {
        painter.fillRect(QRectF(lx, l.font * 0.55, l.font * 1.6, l.font * 0.5), colour);
        painter.setPen(kInk);
        const QRectF text(lx + l.font * 2.1, 0, l.plot.width() / 2 - l.font * 3, l.font * 1.6);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(label, Qt::ElideRight, int(text.width())));
        lx += l.plot.width() / 2;
    }
    for (const Layout::Series series : { Layout::Source, Layout::Destination, Layout::Gap }) {
        const QColor colour = series == Layout::Source ? kSource : series == Layout::Destination ? kDestination : kGap;
        painter.setPen(QPen(colour, (series == Layout::Gap ? 2.0 : 2.6) * k,
            series == Layout::Destination ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QList<QPointF>& run : l.runs(chart, series)) {
            if (run.size() == 1)
                painter.drawEllipse(run.first(), 2.5 * k, 2.5 * k);
            else
                painter.drawPolyline(run.constData(), int(run.size()));
        }
    }
    painter.setPen(QPen(kInk, 1.2 * k));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.restore();
}

QString ReportChartPainter::svg(const ReportChart& chart, double width, double height, const QLocale& locale)
{
    const Layout l(chart, width, height);
    const auto num = [](double v) -> QString { return QString::number(v, 'f', 1); };
    QString s = u"<svg viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\" class=\"chart\" font-size=\"%4\" "
                "font-family=\"sans-serif\"><title>%3</title>"_s.arg(
                    num(width), num(height), escape(chart.title), num(l.font));
    const auto text = [&](double x, double y, const QString& anchor, const QString& value) {
        s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" dominant-baseline=\"middle\" fill=\"%4\">%5</text>"_s.arg(
            num(x), num(y), anchor, kInk.name(), escape(value));
    };
    const auto grid = [&](const Scale& sc, Layout::Series series) {
        for (const double v : sc.ticks) {
            s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"0.6\"/>"_s.arg(
                num(l.plot.left()), num(l.y(v, series)), num(l.plot.right()),
                (v == 0 && series == Layout::Gap ? kInk : kGrid).name());
            text(l.plot.left() - l.font * 0.6, l.y(v, series), u"end"_s, tickText(v, locale));
        }
    };
    grid(l.scale, Layout::Source);
    grid(l.gapScale, Layout::Gap);
    text(l.plot.right(), l.gapPlot.top() - l.font * 0.7, u"end"_s, tr("Gap (destination − source)"));
    const QList<QDateTime> ticks = timeTicks(chart);
    for (int i = 0; i < ticks.size(); ++i) {
        text(l.x(ticks.at(i)), l.gapPlot.bottom() + l.font * 1.2,
            i == 0                      ? u"start"_s
                : i == ticks.size() - 1 ? u"end"_s
                                        : u"middle"_s,
            timeTickText(ticks.at(i), chart, locale));
    }
    double lx = l.plot.left();
    for (const auto& [label, colour] :
        { std::pair { chart.sourceLabel, kSource }, { chart.destinationLabel, kDestination } }) {
        s += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>"_s.arg(
            num(lx), num(l.font * 0.55), num(l.font * 1.6), num(l.font * 0.5), colour.name());
        text(lx + l.font * 2.1, l.font * 0.8, u"start"_s, label);
        lx += l.plot.width() / 2;
    }
    for (const Layout::Series series : { Layout::Source, Layout::Destination, Layout::Gap }) {
        const QColor colour = series == Layout::Source ? kSource : series == Layout::Destination ? kDestination : kGap;
        for (const QList<QPointF>& run : l.runs(chart, series)) {
            if (run.size() == 1) {
                s += u"<circle cx=\"%1\" cy=\"%2\" r=\"2\" fill=\"%3\"/>"_s.arg(
                    num(run.first().x()), num(run.first().y()), colour.name());
                continue;
            }
            QStringList points;
            for (const QPointF& p : run)
                points << num(p.x()) + u',' + num(p.y());
            s += u"<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"%2\" stroke-linejoin=\"round\"%3 "
                 "points=\"%4\"/>"_s.arg(colour.name(), series == Layout::Gap ? u"1.3"_s : u"1.6"_s,
                     series == Layout::Destination ? u" stroke-dasharray=\"5 3\""_s : QString(), points.join(u' '));
        }
    }
    s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"0.8\"/></svg>"_s.arg(
        num(l.plot.left()), num(l.plot.bottom()), num(l.plot.right()), kInk.name());
    return s;
}

} // namespace plumbline
