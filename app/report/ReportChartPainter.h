#pragma once

#include "ReportModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace plumbline {

// Draws a count comparison (source and destination over the period) as vectors: with QPainter for the PDF and
// as inline SVG for the HTML report. Both use the same scale, so the charts look alike.
class ReportChartPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartPainter)

public:
    static constexpr double kAspect = 0.38; // height / width

    static void paint(
        QPainter& painter, const QRectF& rect, const ReportChart& chart, const QLocale& locale = QLocale());
    static QString svg(const ReportChart& chart, double width, double height, const QLocale& locale = QLocale());

    struct Scale
    {
        double low = 0;
        double high = 1;
        QList<double> ticks;
    };
    static Scale niceScale(double low, double high, int steps = 4);
};

} // namespace plumbline
