#pragma once

#include <Integration.h>
#include <series/CountSeriesQuery.h>

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QChartView;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace plumbline {

class HistoryService;
class ChartPanel;

// The charts of the integration dashboard (ARCHITECTURE.md, "The window"): source vs destination counts with the
// tolerance band, gap %, quota headroom and latency over a chosen time range, with an exact-value readout under the
// pointer and a rubber-band zoom on the time axis. Reads through CountSeriesQuery (models/series): raw samples, hourly
// or daily rollups by range, each series reduced to about the chart's width in points and split at gaps. All Qt Charts
// code of the application lives in ui/charts (Qt Charts is deprecated from Qt 6.10; keep it behind this widget).
class DashboardCharts : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)

public:
    enum class Range
    {
        Day,
        Week,
        Month,
        Year,
        Custom,
    };
    Q_ENUM(Range)

    explicit DashboardCharts(HistoryService& history, QWidget* parent = nullptr);
    ~DashboardCharts() override;

    void setIntegration(const Integration& integration); // loads data, resets zoom
    void setRange(Range range);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    Range range() const;
    void refresh(); // live update: reload, keep range, zoom and hover
    void setClock(std::function<QDateTime()> clock); // tests

Q_SIGNALS:
    void rangeChanged(plumbline::DashboardCharts::Range range);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Window
    {
        QDateTime from;
        QDateTime to;
    };

    void buildRangeBar(QWidget* bar);
    void applyRange(Range range, bool emitSignal);
    void updateRangeWindow();
    Window visibleWindow() const;
    // What the time axes span (ms since the epoch): the visible window, fitted to the history when that is shorter.
    QPair<qint64, qint64> axisSpan() const;
    void reload();
    void showData();
    void showEmpty(const QString& text);
    void setAxes();
    void applyTheme();
    void onZoomed(ChartPanel* panel, qint64 from, qint64 to);
    void resetZoom();
    void hoverAt(std::optional<qint64> ts);
    void updateReadout();
    void updateDescription();
    int budget() const;

    HistoryService& m_history;
    std::function<QDateTime()> m_clock;
    std::optional<Integration> m_integration;
    Range m_range = Range::Day;
    QDateTime m_customFrom;
    QDateTime m_customTo;
    Window m_window; // the range's [from, to)
    std::optional<QPair<qint64, qint64>> m_zoom; // ms since the epoch, within the range
    std::optional<qint64> m_hover; // the pointer's time, while it is over a chart
    ChartData m_data;
    int m_loadedBudget = 0;

    QButtonGroup* m_rangeButtons = nullptr;
    QWidget* m_customBox = nullptr;
    QDateTimeEdit* m_fromEdit = nullptr;
    QDateTimeEdit* m_toEdit = nullptr;
    QLabel* m_customError = nullptr;
    QPushButton* m_resetZoom = nullptr;
    QLabel* m_tierLabel = nullptr;
    QLabel* m_readout = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_chartsPage = nullptr;
    std::unique_ptr<ChartPanel> m_counts;
    std::unique_ptr<ChartPanel> m_gap;
    std::unique_ptr<ChartPanel> m_quota;
    std::unique_ptr<ChartPanel> m_latency;
    QTimer* m_reloadTimer = nullptr;
};

} // namespace plumbline
