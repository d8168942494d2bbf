#include "ValueRateChart.h"

#include "ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

enum Metric
{
    Band,
    Rate,
};

constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

QString percent(double fraction)
{
    return ValueRateChart::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

} // namespace

ValueRateChart::ValueRateChart(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"valueRateChart"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"valueRateChartEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_panel = std::make_unique<ChartPanel>(u"valueRateChartView"_s, tr("Match rate over time"), m_stack);
    m_panel->addBand(tr("95 % interval"));
    m_panel->addLine(tr("Match rate (%)"));
    m_panel->view()->setRubberBand(QChartView::NoRubberBand);
    // The line under the chart says what the line and the band are: the room goes to the plot.
    m_panel->chart()->legend()->hide();
    m_panel->view()->setMinimumHeight(100); // fits the dashboard of a 1024 × 700 window
    m_stack->addWidget(m_panel->view());
    layout->addWidget(m_stack, 1);
    m_text = new QLabel(this);
    m_text->setObjectName(u"valueRateChartText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_text);
    setAccessibleName(tr("Match rate over time"));
    applyTheme();
    setChecks({});
}

ValueRateChart::~ValueRateChart() = default;

void ValueRateChart::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    setChecks(m_checks);
}

int ValueRateChart::pointCount() const
{
    return m_panel->pointCount(Rate);
}

void ValueRateChart::setChecks(const QList<ValueCheckResult>& checks)
{
    m_checks = checks;
    SegmentedSeries rate;
    SegmentedSeries low;
    SegmentedSeries high;
    SeriesSegment r;
    SeriesSegment l;
    SeriesSegment h;
    const auto close = [&] {
        if (!r.isEmpty()) {
            rate << r;
            low << l;
            high << h;
        }
        r.clear();
        l.clear();
        h.clear();
    };
    qint64 first = 0;
    for (const ValueCheckResult& c : checks) {
        // A check that compared nothing has no rate: the line breaks there rather than dropping to 0 %.
        if (!c.compared() || c.sampled <= 0) {
            close();
            continue;
        }
        const double x = double(c.checkedAt.toMSecsSinceEpoch());
        if (first == 0)
            first = c.checkedAt.toMSecsSinceEpoch();
        r << QPointF(x, c.matchRate * 100.0);
        l << QPointF(x, c.matchRateLow * 100.0);
        h << QPointF(x, c.matchRateHigh * 100.0);
    }
    close();
    if (rate.isEmpty()) {
        m_empty->setText(checks.isEmpty() ? tr("No value checks in the last 90 days.")
                                          : tr("No value check in the last 90 days could compare records."));
        m_stack->setCurrentWidget(m_empty);
        m_panel->setLine(Rate, {});
        m_panel->setBand(Band, {}, {});
        updateDescription();
        return;
    }
    m_panel->setBand(Band, low, high);
    m_panel->setLine(Rate, rate);
    // At least a week, so a single check sits on a readable axis; the end a little after the newest check.
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const qint64 last = qint64(rate.last().last().x());
    const qint64 to = std::max(now, last + kDayMs / 24);
    const qint64 from = std::min(first - kDayMs / 24, to - 7 * kDayMs);
    m_panel->setTimeRange(from, to);
    // Up to 100 %, down to a little under the lowest interval: a drop from 98 % to 91 % must show, and the scale is
    // printed on the axis. Rates near the bottom get the whole scale.
    double lowest = 100.0;
    for (const SeriesSegment& segment : std::as_const(low)) {
        for (const QPointF& p : segment)
            lowest = std::min(lowest, p.y());
    }
    if (lowest > 40.0)
        m_panel->fitValues(std::nullopt, 100.0);
    else
        m_panel->fitValues(0.0, 100.0);
    m_stack->setCurrentWidget(m_panel->view());
    updateDescription();
}

QString ValueRateChart::description() const
{
    return m_text->text();
}

void ValueRateChart::updateDescription()
{
    QString text;
    const ValueCheckResult* latest = nullptr;
    const ValueCheckResult* lowest = nullptr;
    int compared = 0;
    for (const ValueCheckResult& c : m_checks) {
        if (!c.compared() || c.sampled <= 0)
            continue;
        ++compared;
        latest = &c;
        if (!lowest || c.matchRate < lowest->matchRate)
            lowest = &c;
    }
    if (!latest) {
        text = m_empty->text();
    } else {
        const QLocale locale;
        text
            = tr("Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).", nullptr, compared)
                  .arg(locale.toString(latest->checkedAt.toLocalTime(), QLocale::ShortFormat),
                      percent(latest->matchRate), percent(latest->matchRateLow), percent(latest->matchRateHigh));
        if (lowest != latest && lowest->matchRate < latest->matchRate)
            text += u' '
                + tr("Lowest %1 on %2.")
                      .arg(percent(lowest->matchRate),
                          locale.toString(lowest->checkedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_text->setText(text);
    m_text->setVisible(latest != nullptr); // else the empty chart says it
    setAccessibleDescription(text);
    m_panel->view()->setAccessibleDescription(text);
}

void ValueRateChart::applyTheme()
{
    const QPalette p = palette();
    m_panel->applyPalette(p);
    const QColor colour
        = p.color(QPalette::Window).lightness() < 128 ? QColor(0x5f, 0xd0, 0x9a) : QColor(0x1a, 0x7f, 0x4e);
    m_panel->setStyle(Band, colour);
    m_panel->setStyle(Rate, colour, 2);
}

void ValueRateChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

} // namespace plumbline
