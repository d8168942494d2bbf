#include "DashboardCharts.h"

#include "ChartPanel.h"
#include "StatusIcons.h"

#include <HistoryService.h>

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qint64 kMinZoomMs = qint64(60) * 1000;
// A chart fitted to little history spans at least this much time, so one or two polls do not fill its width.
constexpr qint64 kMinFittedSpanMs = qint64(30) * 60 * 1000;

struct Colours
{
    QColor source;
    QColor destination;
    QColor gap;
};

Colours colours(const QPalette& palette)
{
    if (palette.color(QPalette::Window).lightness() < 128)
        return { QColor(0x6c, 0xb4, 0xff), QColor(0xff, 0xa9, 0x4d), QColor(0xc9, 0xa0, 0xff) };
    return { QColor(0x1f, 0x6f, 0xc5), QColor(0xd9, 0x65, 0x0b), QColor(0x7b, 0x3f, 0xb5) };
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Metric indices of the panels (in the order they are added).
enum CountsMetric
{
    CountsBand,
    CountsSource,
    CountsDestination,
};
enum GapMetric
{
    GapBand,
    GapLine,
};
enum SideMetric
{
    SideSource,
    SideDestination,
};

} // namespace

DashboardCharts::DashboardCharts(HistoryService& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"dashboardCharts"_s);
    setAccessibleName(tr("Integration history charts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* bar = new QWidget(this);
    buildRangeBar(bar);
    layout->addWidget(bar);

    m_readout = new QLabel(this);
    m_readout->setObjectName(u"hoverReadout"_s);
    m_readout->setAccessibleName(tr("Values at the pointer"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height() + 4);
    layout->addWidget(m_readout);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_chartsPage = new QWidget(m_stack);
    auto* charts = new QVBoxLayout(m_chartsPage);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(6);
    m_counts = std::make_unique<ChartPanel>(u"countsChart"_s, tr("Source and destination counts"), m_chartsPage);
    m_counts->addBand(tr("Tolerance band"));
    m_counts->addLine(tr("Source"));
    m_counts->addLine(tr("Destination"));
    m_counts->view()->setMinimumHeight(180);
    charts->addWidget(m_counts->view(), 5);

    m_gap = std::make_unique<ChartPanel>(u"gapChart"_s, tr("Gap in percent of the source count"), m_chartsPage);
    m_gap->addBand(tr("Tolerance (%)"));
    m_gap->addLine(tr("Gap % (destination − source)"));
    m_gap->view()->setMinimumHeight(100);
    charts->addWidget(m_gap->view(), 2);

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    m_quota = std::make_unique<ChartPanel>(u"quotaChart"_s, tr("API quota headroom"), m_chartsPage);
    m_quota->addLine(tr("Source quota left (%)"));
    m_quota->addLine(tr("Destination quota left (%)"));
    m_quota->view()->setMinimumHeight(100);
    row->addWidget(m_quota->view());
    m_latency = std::make_unique<ChartPanel>(u"latencyChart"_s, tr("Response time"), m_chartsPage);
    m_latency->addLine(tr("Source latency (ms)"));
    m_latency->addLine(tr("Destination latency (ms)"));
    m_latency->view()->setMinimumHeight(100);
    row->addWidget(m_latency->view());
    charts->addLayout(row, 2);
    m_stack->addWidget(m_chartsPage);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardCharts::reload);

    for (ChartPanel* panel : { m_counts.get(), m_gap.get(), m_quota.get(), m_latency.get() }) {
        panel->view()->viewport()->installEventFilter(this);
        panel->onZoom = [this, panel](qint64 from, qint64 to) { onZoomed(panel, from, to); };
    }

    applyTheme();
    updateRangeWindow();
    reload();
}

DashboardCharts::~DashboardCharts() = default;

void DashboardCharts::buildRangeBar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 4, 0);
    row->setSpacing(4);
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(true);
    const struct
    {
        Range range;
        QString name;
        QString text;
        QString accessible;
    } buttons[] = {
        { Range::Day, u"rangeDay"_s, tr("24 h"), tr("Last 24 hours") },
        { Range::Week, u"rangeWeek"_s, tr("7 d"), tr("Last 7 days") },
        { Range::Month, u"rangeMonth"_s, tr("30 d"), tr("Last 30 days") },
        { Range::Year, u"rangeYear"_s, tr("1 y"), tr("Last year") },
        { Range::Custom, u"rangeCustom"_s, tr("Custom…"), tr("Custom time range") },
    };
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, bar);
        button->setObjectName(b.name);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setAccessibleName(b.accessible);
        button->setToolTip(b.accessible);
        m_rangeButtons->addButton(button, int(b.range));
        row->addWidget(button);
    }
    m_rangeButtons->button(int(m_range))->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });

    m_customBox = new QWidget(bar);
    auto* custom = new QHBoxLayout(m_customBox);
    custom->setContentsMargins(8, 0, 0, 0);
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    auto* fromLabel = new QLabel(tr("&From"), m_customBox);
    m_fromEdit = new QDateTimeEdit(m_customBox);
    m_fromEdit->setObjectName(u"customFrom"_s);
    m_fromEdit->setAccessibleName(tr("Start of the custom range"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(format);
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("&To"), m_customBox);
    m_toEdit = new QDateTimeEdit(m_customBox);
    m_toEdit->setObjectName(u"customTo"_s);
    m_toEdit->setAccessibleName(tr("End of the custom range"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(format);
    toLabel->setBuddy(m_toEdit);
    auto* apply = new QPushButton(tr("Show"), m_customBox);
    apply->setObjectName(u"customApply"_s);
    apply->setAccessibleName(tr("Show the custom range"));
    apply->setAutoDefault(false);
    connect(apply, &QPushButton::clicked, this,
        [this] { setCustomRange(m_fromEdit->dateTime().toUTC(), m_toEdit->dateTime().toUTC()); });
    m_customError = new QLabel(m_customBox);
    m_customError->setObjectName(u"customError"_s);
    QPalette errorPalette = m_customError->palette();
    errorPalette.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_customError->setPalette(errorPalette);
    m_customError->hide();
    custom->addWidget(fromLabel);
    custom->addWidget(m_fromEdit);
    custom->addWidget(toLabel);
    custom->addWidget(m_toEdit);
    custom->addWidget(apply);
    custom->addWidget(m_customError);
    m_customBox->hide();
    row->addWidget(m_customBox);
    row->addStretch(1);

    m_tierLabel = new QLabel(bar);
    m_tierLabel->setObjectName(u"tierLabel"_s);
    m_tierLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_tierLabel);
    m_resetZoom = new QPushButton(tr("Reset &zoom"), bar);
    m_resetZoom->setObjectName(u"resetZoom"_s);
    m_resetZoom->setAccessibleName(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole time range again (drag across a chart to zoom in)"));
    m_resetZoom->setAutoDefault(false);
    m_resetZoom->hide();
    connect(m_resetZoom, &QPushButton::clicked, this, &DashboardCharts::resetZoom);
    row->addWidget(m_resetZoom);
}

void DashboardCharts::setIntegration(const Integration& integration)
{
    m_integration = integration;
    m_zoom.reset();
    m_hover.reset();
    updateRangeWindow();
    reload();
}

void DashboardCharts::setRange(Range range)
{
    applyRange(range, false);
}

void DashboardCharts::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid() || from >= to) {
        m_customError->setText(tr("The start must be before the end."));
        m_customError->show();
        return;
    }
    m_customError->hide();
    m_customFrom = from.toUTC();
    m_customTo = to.toUTC();
    applyRange(Range::Custom, true);
}

DashboardCharts::Range DashboardCharts::range() const
{
    return m_range;
}

void DashboardCharts::applyRange(Range range, bool emitSignal)
{
    if (range == Range::Custom && (!m_customFrom.isValid() || !m_customTo.isValid())) {
        // Custom starts from what is shown now.
        const Window shown = visibleWindow();
        m_customFrom = shown.from;
        m_customTo = shown.to;
    }
    const bool changed = range != m_range;
    m_range = range;
    m_zoom.reset();
    m_hover.reset(); // the pointer's time belonged to the previous range
    if (QAbstractButton* button = m_rangeButtons->button(int(range)))
        button->setChecked(true);
    m_customBox->setVisible(range == Range::Custom);
    if (range == Range::Custom) {
        m_fromEdit->setDateTime(m_customFrom.toLocalTime());
        m_toEdit->setDateTime(m_customTo.toLocalTime());
    } else {
        m_customError->hide();
    }
    updateRangeWindow();
    reload();
    if (changed || emitSignal)
        Q_EMIT rangeChanged(range);
}

void DashboardCharts::refresh()
{
    updateRangeWindow();
    if (m_zoom) {
        // The zoom stays where it was in time, inside the (possibly moved) range.
        const qint64 from = std::max(m_zoom->first, m_window.from.toMSecsSinceEpoch());
        const qint64 to = std::min(m_zoom->second, m_window.to.toMSecsSinceEpoch());
        if (to - from < kMinZoomMs)
            m_zoom.reset();
        else
            m_zoom = qMakePair(from, to);
    }
    reload();
}

void DashboardCharts::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    updateRangeWindow();
    if (m_integration)
        reload();
}

void DashboardCharts::updateRangeWindow()
{
    const QDateTime now = m_clock().toUTC();
    switch (m_range) {
    case Range::Day:
        m_window = { now.addDays(-1), now };
        break;
    case Range::Week:
        m_window = { now.addDays(-7), now };
        break;
    case Range::Month:
        m_window = { now.addDays(-30), now };
        break;
    case Range::Year:
        m_window = { now.addDays(-365), now };
        break;
    case Range::Custom:
        m_window = { m_customFrom, m_customTo };
        break;
    }
}

DashboardCharts::Window DashboardCharts::visibleWindow() const
{
    if (m_zoom)
        return { fromMs(m_zoom->first), fromMs(m_zoom->second) };
    return m_window;
}

int DashboardCharts::budget() const
{
    // About one point per pixel of the chart (Grafana's rule); never fewer than a small chart needs.
    return std::clamp(m_counts->view()->width(), 600, 4000);
}

void DashboardCharts::reload()
{
    m_reloadTimer->stop();
    m_resetZoom->setVisible(m_zoom.has_value());
    if (!m_integration) {
        m_data = ChartData();
        m_tierLabel->clear();
        showEmpty(tr("Choose an integration to see its history."));
        return;
    }
    const Window window = visibleWindow();
    ChartQuery query;
    query.from = window.from;
    query.to = window.to.addMSecs(1); // the poll at "now" belongs to the range
    query.now = m_clock().toUTC();
    query.budget = budget();
    m_loadedBudget = query.budget;
    m_data = m_history.chartData(*m_integration, query);

    if (m_data.isEmpty() && !m_zoom) {
        const bool anyHistory = m_history.lastSuccessfulPoll(m_integration->id).has_value()
            || !m_history.recentSamples(m_integration->id, 1).isEmpty();
        m_tierLabel->clear();
        showEmpty(anyHistory ? tr("No polls were stored in this time range. Choose a longer range.")
                             : tr("No history yet. Source and destination counts appear here after the first poll "
                                  "of this integration."));
        return;
    }
    m_tierLabel->setText(tr("Showing %1").arg(seriesTierDisplayName(m_data.tier)));
    showData();
}

void DashboardCharts::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_hover.reset();
    updateReadout();
    updateDescription();
}

void DashboardCharts::showData()
{
    m_stack->setCurrentWidget(m_chartsPage);
    m_counts->setBand(CountsBand, m_data.bandLow, m_data.bandHigh);
    m_counts->setLine(CountsSource, m_data.source);
    m_counts->setLine(CountsDestination, m_data.destination);

    // The tolerance in percent of the source, on the source's drawn points.
    SegmentedSeries low;
    SegmentedSeries high;
    for (const SeriesSegment& segment : std::as_const(m_data.source)) {
        SeriesSegment l;
        SeriesSegment h;
        for (const QPointF& p : segment) {
            if (p.y() == 0)
                continue;
            const double pct = m_data.tolerance(p.y()) / std::abs(p.y()) * 100.0;
            l << QPointF(p.x(), -pct);
            h << QPointF(p.x(), pct);
        }
        if (!l.isEmpty()) {
            low << l;
            high << h;
        }
    }
    m_gap->setBand(GapBand, low, high);
    m_gap->setLine(GapLine, m_data.gapPct);
    m_quota->setLine(SideSource, m_data.sourceQuotaPct);
    m_quota->setLine(SideDestination, m_data.destinationQuotaPct);
    m_latency->setLine(SideSource, m_data.sourceLatencyMs);
    m_latency->setLine(SideDestination, m_data.destinationLatencyMs);
    setAxes();
    hoverAt(m_hover);
    updateDescription();
}

QPair<qint64, qint64> DashboardCharts::axisSpan() const
{
    const Window window = visibleWindow();
    const qint64 from = window.from.toMSecsSinceEpoch();
    const qint64 to = window.to.toMSecsSinceEpoch();
    // Zoomed, or a range the user set both ends of: exactly that. Otherwise a "last N" range that holds less
    // history than its length (a new integration) spans the history, up to now, instead of leaving it a dot at the
    // right edge.
    if (m_zoom || m_range == Range::Custom || m_data.rows.isEmpty())
        return { from, to };
    const qint64 first = m_data.rows.constFirst().ts;
    const qint64 last = m_data.rows.constLast().ts;
    if (first <= from + std::max<qint64>(m_data.stepMs, 0))
        return { from, to };
    const qint64 minSpan = std::min(kMinFittedSpanMs, to - from);
    if (to - first < minSpan) {
        // Too little to fill even the minimum span: the polls in its middle.
        const qint64 middle = first + (last - first) / 2;
        return { middle - minSpan / 2, middle - minSpan / 2 + minSpan };
    }
    const qint64 margin = (to - first) / 40; // the first poll a little off the left edge
    return { std::max(from, first - margin), to };
}

void DashboardCharts::setAxes()
{
    const auto [from, to] = axisSpan();
    for (ChartPanel* panel : { m_counts.get(), m_gap.get(), m_quota.get(), m_latency.get() })
        panel->setTimeRange(from, to);
    m_counts->fitValues();
    m_gap->fitValues();
    m_quota->fitValues(0.0, 100.0);
    m_latency->fitValues(0.0);
}

void DashboardCharts::onZoomed(ChartPanel* panel, qint64 from, qint64 to)
{
    Q_UNUSED(panel)
    const qint64 rangeFrom = m_window.from.toMSecsSinceEpoch();
    const qint64 rangeTo = m_window.to.toMSecsSinceEpoch();
    // Zooming out as far as the unzoomed view (fitted to the history, perhaps) is no zoom.
    const auto [fullFrom, fullTo] = m_zoom ? qMakePair(rangeFrom, rangeTo) : axisSpan();
    from = std::max(from, rangeFrom);
    to = std::min(to, rangeTo);
    if (from <= std::max(rangeFrom, fullFrom) + 1000 && to >= std::min(rangeTo, fullTo) - 1000)
        m_zoom.reset();
    else if (to - from >= kMinZoomMs)
        m_zoom = qMakePair(from, to);
    // else: narrower than a minute; the reload puts the axes back.
    m_reloadTimer->start(); // after the chart has finished its own zoom
}

void DashboardCharts::resetZoom()
{
    m_zoom.reset();
    reload();
}

bool DashboardCharts::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::Leave) {
        for (ChartPanel* panel : { m_counts.get(), m_gap.get(), m_quota.get(), m_latency.get() }) {
            if (watched != panel->view()->viewport())
                continue;
            if (event->type() == QEvent::Leave)
                hoverAt(std::nullopt);
            else
                hoverAt(panel->timeAt(static_cast<QMouseEvent*>(event)->position().toPoint()));
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardCharts::hoverAt(std::optional<qint64> ts)
{
    m_hover = ts;
    std::optional<qint64> mark;
    if (ts) {
        if (const auto row = m_data.rowAt(*ts))
            mark = row->ts;
    }
    for (ChartPanel* panel : { m_counts.get(), m_gap.get(), m_quota.get(), m_latency.get() })
        panel->showCrosshair(mark);
    updateReadout();
}

void DashboardCharts::updateReadout()
{
    const QLocale locale;
    const bool exact = m_data.tier == SeriesTier::Raw;
    const auto number = [&](std::optional<double> v) -> QString {
        if (!v)
            return tr("not read");
        return exact ? locale.toString(qint64(std::llround(*v))) : locale.toString(*v, 'f', 1);
    };
    const auto sign = [&](double v) -> QString { return v > 0 ? locale.positiveSign() : QString(); };
    const auto describe = [&](const CountRow& row, const QString& whenText) -> QString {
        QString gap = tr("not read");
        if (row.gap) {
            gap = sign(*row.gap) + number(row.gap);
            if (row.gapPct)
                gap = tr("%1 (%2 %)").arg(gap, sign(*row.gapPct) + locale.toString(*row.gapPct, 'f', 2));
        }
        return tr("%1 — Source %2 · Destination %3 · Gap %4")
            .arg(whenText, number(row.source), number(row.destination), gap);
    };
    const auto when = [&](qint64 ts) -> QString {
        const QString text = locale.toString(fromMs(ts).toLocalTime(), QLocale::ShortFormat);
        return exact ? text : tr("%1 (%2)").arg(text, seriesTierDisplayName(m_data.tier));
    };

    if (m_hover) {
        if (const auto row = m_data.rowAt(*m_hover)) {
            m_readout->setText(describe(*row, when(row->ts)));
            return;
        }
        m_readout->setText(tr("%1 — no poll stored near this time").arg(when(*m_hover)));
        return;
    }
    if (const auto latest = m_data.latest()) {
        m_readout->setText(describe(*latest, tr("Latest: %1").arg(when(latest->ts))));
        return;
    }
    m_readout->setText(
        m_integration && !m_data.isEmpty() ? tr("Point at a chart to read its exact values.") : QString());
}

void DashboardCharts::updateDescription()
{
    QString text;
    if (!m_integration) {
        text = tr("No integration chosen.");
    } else if (m_stack->currentWidget() == m_empty) {
        text = m_empty->text();
    } else {
        const QLocale locale;
        const Window window = visibleWindow();
        text = tr("%1, %2 to %3, %4.")
                   .arg(m_integration->name, locale.toString(window.from.toLocalTime(), QLocale::ShortFormat),
                       locale.toString(window.to.toLocalTime(), QLocale::ShortFormat),
                       seriesTierDisplayName(m_data.tier));
        if (const auto latest = m_data.latest()) {
            const double tolerance = m_data.tolerance(*latest->source);
            const bool within = latest->gap && std::abs(*latest->gap) <= tolerance;
            text += u' '
                + tr("Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.")
                      .arg(locale.toString(*latest->source, 'f', 0), locale.toString(*latest->destination, 'f', 0),
                          locale.toString(latest->gap.value_or(0), 'f', 0),
                          locale.toString(latest->gapPct.value_or(0), 'f', 2), locale.toString(tolerance, 'f', 0),
                          within ? tr("within tolerance") : tr("outside tolerance"));
        }
    }
    setAccessibleDescription(text);
    m_counts->view()->setAccessibleDescription(text);
}

void DashboardCharts::applyTheme()
{
    const QPalette p = palette();
    const Colours c = colours(p);
    for (ChartPanel* panel : { m_counts.get(), m_gap.get(), m_quota.get(), m_latency.get() })
        panel->applyPalette(p);
    // A quieter text colour for the tier, in both palettes.
    const QColor text = p.color(QPalette::WindowText);
    const QColor window = p.color(QPalette::Window);
    QPalette quiet = m_tierLabel->palette();
    quiet.setColor(QPalette::WindowText,
        QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f, text.greenF() * 0.6f + window.greenF() * 0.4f,
            text.blueF() * 0.6f + window.blueF() * 0.4f));
    m_tierLabel->setPalette(quiet);
    m_counts->setStyle(CountsBand, c.source);
    m_counts->setStyle(CountsSource, c.source, 2);
    m_counts->setStyle(CountsDestination, c.destination, 2);
    m_gap->setStyle(GapBand, c.source);
    m_gap->setStyle(GapLine, c.gap, 1.5);
    for (ChartPanel* panel : { m_quota.get(), m_latency.get() }) {
        panel->setStyle(SideSource, c.source, 1.5);
        panel->setStyle(SideDestination, c.destination, 1.5);
    }
}

void DashboardCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void DashboardCharts::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Much wider than the data was reduced for: reduce again for the new width.
    if (m_integration && budget() > m_loadedBudget * 5 / 4)
        m_reloadTimer->start();
}

} // namespace plumbline
