#pragma once

#include <values/ValueCheck.h>

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;

namespace plumbline {

class ChartPanel;

// The match rate of an integration's value checks over time (ARCHITECTURE.md §12), the dashboard's Values tab: the
// rate as a line, its Wilson 95 % interval as a band, a percent axis and a time axis. Checks that could not compare
// anything break the line. A one-line text alternative (also the chart's accessible description) says the latest
// rate, its interval and the lowest one shown. Qt Charts stays in ui/charts (see DashboardCharts).
class ValueRateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueRateChart)

public:
    explicit ValueRateChart(QWidget* parent = nullptr);
    ~ValueRateChart() override;

    // The checks to draw, oldest first (HistoryService::valueChecks).
    void setChecks(const QList<ValueCheckResult>& checks);
    void setClock(std::function<QDateTime()> clock); // tests
    // What the chart shows, in words (its accessible description and the line under it).
    QString description() const;
    int pointCount() const; // points on the rate line (tests)

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateDescription();

    std::function<QDateTime()> m_clock;
    QList<ValueCheckResult> m_checks;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_text = nullptr;
    std::unique_ptr<ChartPanel> m_panel;
};

} // namespace plumbline
