#pragma once

#include <series/Downsampler.h>

#include <QColor>
#include <QList>
#include <QPen>
#include <QString>
#include <functional>
#include <optional>

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QPalette;
class QValueAxis;
class QWidget;

namespace plumbline {

// One time chart of the dashboard (internal to DashboardCharts): a QChartView with a time axis, a value axis and
// metrics drawn as lines or translucent bands. A metric's segments (its series split at gaps) are drawn as one
// QLineSeries (or QAreaSeries) each, filled with one replace() call; the series are pooled across reloads.
class ChartPanel final
{
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString& objectName, const QString& accessibleName, QWidget* parent);
    ~ChartPanel();

    QChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }
    QDateTimeAxis* timeAxis() const { return m_time; }
    QValueAxis* valueAxis() const { return m_value; }

    int addBand(const QString& name);
    int addLine(const QString& name);
    void setStyle(int metric, const QColor& color, qreal width = 2, Qt::PenStyle style = Qt::SolidLine);
    void setLine(int metric, const SegmentedSeries& segments);
    void setBand(int metric, const SegmentedSeries& low, const SegmentedSeries& high);
    int pointCount(int metric) const;

    void setTimeRange(qint64 fromMs, qint64 toMs);
    // Fits the value axis to the drawn points (with a margin); `fixed` ranges are kept as given.
    void fitValues(std::optional<double> floor = std::nullopt, std::optional<double> ceiling = std::nullopt);
    void applyPalette(const QPalette& palette);

    // The time under a point of the view's viewport, when it is over the plot area.
    std::optional<qint64> timeAt(const QPoint& viewportPos) const;
    void showCrosshair(std::optional<qint64> ts);

    // Called when the user zooms the time axis (rubber band, or right click to zoom out).
    std::function<void(qint64 fromMs, qint64 toMs)> onZoom;

private:
    struct Metric
    {
        QString name;
        bool band = false;
        QColor color;
        qreal width = 2;
        Qt::PenStyle style = Qt::SolidLine;
        QList<QAbstractSeries*> series;
    };

    QAbstractSeries* createSeries(Metric& metric);
    void styleSeries(const Metric& metric, QAbstractSeries* series) const;
    void resize(Metric& metric, qsizetype count);

    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_value = nullptr;
    QGraphicsLineItem* m_crosshair = nullptr;
    QList<Metric> m_metrics;
    bool m_settingRange = false;
    bool m_dark = false;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace plumbline
