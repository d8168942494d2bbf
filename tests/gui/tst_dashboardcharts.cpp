// GUI tests for plumbline::DashboardCharts (ui/charts) on the offscreen platform, over a real SQLite store with
// generated history written through MonitorRepository::write.

#include <Database.h>
#include <HistoryService.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>
#include <charts/DashboardCharts.h>

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

// 40 days of 5-minute polls ending at kNow; a 3-hour outage (nothing stored) at kOutage.
const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
const QDateTime kStart = kNow.addDays(-40);
const QDateTime kOutage = kNow.addSecs(-9 * 3600);
constexpr qint64 kStepS = 300;

qint64 sourceAt(qint64 i)
{
    return 20000 + i + qint64(400 * std::sin(double(i) / 288.0 * 6.2832));
}

qint64 destinationAt(qint64 i)
{
    // Trails the source by a few records, and by more for a while each day.
    return sourceAt(i) - 20 - (i % 288 > 200 && i % 288 < 230 ? 500 : i % 9);
}

Integration integration(const QString& id)
{
    Integration in;
    in.id = id;
    in.name = u"HubSpot contacts to Mailchimp"_s;
    in.source = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
    in.destination = { u"mailchimp-main"_s, u"members"_s, QJsonValue::Null };
    in.checks.intervalS = int(kStepS);
    return in;
}

struct Store
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<WorkspaceRepository> workspace;
    std::unique_ptr<MonitorRepository> monitor;
    std::unique_ptr<HistoryService> history; // what the charts read, as in the window

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(u"plumbline.sqlite"_s)))
            return false;
        workspace = std::make_unique<WorkspaceRepository>(db, u"tester"_s);
        monitor = std::make_unique<MonitorRepository>(db);
        history = std::make_unique<HistoryService>(*monitor);
        for (const QString& id : { u"hubspot-main"_s, u"mailchimp-main"_s }) {
            Connection c;
            c.id = id;
            c.name = id;
            c.vendor = Vendor::Generic;
            if (!workspace->saveConnection(c).ok())
                return false;
        }
        return workspace->saveIntegration(integration(u"crm-to-email"_s)).ok()
            && workspace->saveIntegration(integration(u"new-one"_s)).ok();
    }

    bool writeHistory()
    {
        PollBatch batch;
        qint64 i = 0;
        for (QDateTime ts = kStart; ts < kNow; ts = ts.addSecs(kStepS), ++i) {
            if (ts >= kOutage && ts < kOutage.addSecs(3 * 3600))
                continue;
            Sample s;
            s.ts = ts;
            s.source = { sourceAt(i), 200, 80 + (i * 7) % 60, ErrorKind::None, QString() };
            s.destination = { destinationAt(i), 200, 140 + (i * 13) % 90, ErrorKind::None, QString() };
            batch.samples << qMakePair(u"crm-to-email"_s, s);
            if (ts >= kNow.addDays(-8)) {
                for (const QString& id : { u"hubspot-main"_s, u"mailchimp-main"_s }) {
                    ConnectionFacts f;
                    f.connectionId = id;
                    f.ts = ts;
                    f.httpStatus = 200;
                    f.quotaLimit = 190;
                    f.quotaRemaining = id.startsWith(u"hub"_s) ? 190 - (i % 120) : 150 - (i % 30);
                    batch.connectionFacts << f;
                }
            }
            if (batch.samples.size() >= 2000) {
                if (!monitor->write(batch).ok())
                    return false;
                batch = {};
            }
        }
        return monitor->write(batch).ok();
    }
};

QChartView* view(QWidget* charts, const QString& name)
{
    return charts->findChild<QChartView*>(name);
}

QDateTimeAxis* timeAxis(QChartView* v)
{
    return qobject_cast<QDateTimeAxis*>(v->chart()->axes(Qt::Horizontal).value(0));
}

QList<QLineSeries*> lines(QChartView* v, const QString& name)
{
    QList<QLineSeries*> out;
    const auto all = v->chart()->series();
    for (QAbstractSeries* s : all) {
        if (s->name() == name && qobject_cast<QLineSeries*>(s))
            out << static_cast<QLineSeries*>(s);
    }
    return out;
}

// The viewport position of time `ts` at the vertical middle of the plot area.
QPoint positionOf(QChartView* v, qint64 ts)
{
    QChart* chart = v->chart();
    const QRectF area = chart->plotArea();
    const qint64 min = timeAxis(v)->min().toMSecsSinceEpoch();
    const qint64 max = timeAxis(v)->max().toMSecsSinceEpoch();
    const QPointF inChart(area.left() + double(ts - min) / double(max - min) * area.width(), area.center().y());
    return v->mapFromScene(chart->mapToScene(inChart));
}

void mouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestDashboardCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStates();
    void dayRangeRawSplitAtOutage();
    void rangeButtons_data();
    void rangeButtons();
    void customRange();
    void hoverReadoutShowsExactValues();
    void zoomKeptAcrossRefresh();
    void paletteAndAccessibility();
    void lonePollShowsAsADot();
    void littleHistoryFitsTheAxis_data();
    void littleHistoryFitsTheAxis();
    void screenshots();

private:
    Store m_store;
    std::unique_ptr<DashboardCharts> m_charts;
    QDateTime m_now = kNow;
};

void TestDashboardCharts::initTestCase()
{
    QVERIFY(m_store.open());
    QVERIFY(m_store.writeHistory());
}

void TestDashboardCharts::init()
{
    m_now = kNow;
    m_charts = std::make_unique<DashboardCharts>(*m_store.history);
    m_charts->setClock([this] { return m_now; });
    m_charts->resize(1000, 600);
    m_charts->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_charts.get()));
}

void TestDashboardCharts::cleanup()
{
    m_charts.reset();
}

void TestDashboardCharts::emptyStates()
{
    auto* stack = m_charts->findChild<QStackedWidget*>();
    auto* empty = m_charts->findChild<QLabel*>(u"emptyState"_s);
    QVERIFY(stack && empty);
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().contains(u"Choose an integration"_s));

    m_charts->setIntegration(integration(u"new-one"_s));
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY2(empty->text().startsWith(u"No history yet"_s), qPrintable(empty->text()));
    QCOMPARE(m_charts->accessibleDescription(), empty->text());
    QVERIFY(m_charts->findChild<QLabel*>(u"hoverReadout"_s)->text().isEmpty());

    // History exists, but not in the chosen range.
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    m_charts->setCustomRange(kNow.addDays(-300), kNow.addDays(-200));
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY2(empty->text().contains(u"this time range"_s), qPrintable(empty->text()));
    m_charts->setRange(DashboardCharts::Range::Day);
    QVERIFY(stack->currentWidget() != empty);
}

void TestDashboardCharts::dayRangeRawSplitAtOutage()
{
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    QCOMPARE(m_charts->range(), DashboardCharts::Range::Day);
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    QVERIFY(counts);
    QCOMPARE(timeAxis(counts)->min().toUTC(), kNow.addDays(-1));
    QCOMPARE(timeAxis(counts)->max().toUTC(), kNow);
    QCOMPARE(m_charts->findChild<QLabel*>(u"tierLabel"_s)->text(),
        u"Showing %1"_s.arg(seriesTierDisplayName(SeriesTier::Raw)));
    // One line per segment: the outage splits both sides; every poll of the day drawn (under the budget).
    const auto source = lines(counts, u"Source"_s);
    const auto destination = lines(counts, u"Destination"_s);
    QCOMPARE(source.size(), 2);
    QCOMPARE(destination.size(), 2);
    QCOMPARE(source.at(0)->count() + source.at(1)->count(), 288 - 36);
    QCOMPARE(source.at(0)->at(source.at(0)->count() - 1).x(), double(kOutage.addSecs(-kStepS).toMSecsSinceEpoch()));
    QCOMPARE(source.at(1)->at(0).x(), double(kOutage.addSecs(3 * 3600).toMSecsSinceEpoch()));
    QVERIFY(!source.at(0)->pointsVisible() && !source.at(1)->pointsVisible()); // lines, not dots
    // The small charts are filled too; the gap chart shares the time axis.
    QCOMPARE(timeAxis(view(m_charts.get(), u"gapChart"_s))->min(), timeAxis(counts)->min());
    QVERIFY(!lines(view(m_charts.get(), u"latencyChart"_s), u"Source latency (ms)"_s).isEmpty());
    QVERIFY(lines(view(m_charts.get(), u"quotaChart"_s), u"Destination quota left (%)"_s).first()->count() > 0);
}

void TestDashboardCharts::rangeButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("tier");
    QTest::newRow("7 d") << u"rangeWeek"_s << int(DashboardCharts::Range::Week) << 7 << u"raw"_s;
    QTest::newRow("30 d") << u"rangeMonth"_s << int(DashboardCharts::Range::Month) << 30 << u"hourly"_s;
    // 40 days of history in a year's range: the axis spans the history (see littleHistoryFitsTheAxis).
    QTest::newRow("1 y") << u"rangeYear"_s << int(DashboardCharts::Range::Year) << 365 << u"hourly"_s;
}

void TestDashboardCharts::rangeButtons()
{
    QFETCH(QString, button);
    QFETCH(int, range);
    QFETCH(int, days);
    QFETCH(QString, tier);
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    QSignalSpy spy(m_charts.get(), &DashboardCharts::rangeChanged);
    auto* b = m_charts->findChild<QAbstractButton*>(button);
    QVERIFY(b);
    QVERIFY(!b->accessibleName().isEmpty());
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(int(m_charts->range()), range);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(int(spy.first().first().value<DashboardCharts::Range>()), range);
    QVERIFY(b->isChecked());
    QVERIFY(!m_charts->findChild<QAbstractButton*>(u"rangeDay"_s)->isChecked());
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    if (days <= 40) {
        QCOMPARE(timeAxis(counts)->min().toUTC(), kNow.addDays(-days));
    } else {
        const QDateTime min = timeAxis(counts)->min().toUTC();
        QVERIFY2(min >= kStart.addDays(-2) && min <= kStart, qPrintable(min.toString(Qt::ISODate)));
    }
    QCOMPARE(timeAxis(counts)->max().toUTC(), kNow);
    const SeriesTier expected = tier == "raw"_L1 ? SeriesTier::Raw : SeriesTier::Hourly;
    QCOMPARE(
        m_charts->findChild<QLabel*>(u"tierLabel"_s)->text(), u"Showing %1"_s.arg(seriesTierDisplayName(expected)));
    // Reduced to about the chart's width: never the 2,016 polls of a week or more.
    int drawn = 0;
    for (QLineSeries* s : lines(counts, u"Source"_s))
        drawn += s->count();
    QVERIFY(drawn > 0);
    QVERIFY2(drawn <= std::max(600, counts->width()), qPrintable(QString::number(drawn)));
    // Keyboard: the buttons take focus and toggle with the space bar.
    auto* day = m_charts->findChild<QAbstractButton*>(u"rangeDay"_s);
    day->setFocus();
    QTest::keyClick(day, Qt::Key_Space);
    QCOMPARE(m_charts->range(), DashboardCharts::Range::Day);
}

void TestDashboardCharts::customRange()
{
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    QSignalSpy spy(m_charts.get(), &DashboardCharts::rangeChanged);
    QTest::mouseClick(m_charts->findChild<QAbstractButton*>(u"rangeCustom"_s), Qt::LeftButton);
    QCOMPARE(m_charts->range(), DashboardCharts::Range::Custom);
    QVERIFY(m_charts->findChild<QWidget*>(u"customFrom"_s)->isVisible());
    QCOMPARE(spy.size(), 1);

    // Longer than the hourly tier allows: daily rollups.
    m_charts->setCustomRange(kNow.addDays(-800), kNow);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(m_charts->findChild<QLabel*>(u"tierLabel"_s)->text(),
        u"Showing %1"_s.arg(seriesTierDisplayName(SeriesTier::Daily)));
    QCOMPARE(timeAxis(view(m_charts.get(), u"countsChart"_s))->min().toUTC(), kNow.addDays(-800));

    // A backwards range is refused with a message; what is shown stays.
    m_charts->setCustomRange(kNow, kNow.addDays(-1));
    QCOMPARE(spy.size(), 2);
    QVERIFY(m_charts->findChild<QLabel*>(u"customError"_s)->isVisible());
    QCOMPARE(timeAxis(view(m_charts.get(), u"countsChart"_s))->min().toUTC(), kNow.addDays(-800));
}

void TestDashboardCharts::hoverReadoutShowsExactValues()
{
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    auto* readout = m_charts->findChild<QLabel*>(u"hoverReadout"_s);
    QVERIFY(readout->text().startsWith(u"Latest:"_s));

    const QDateTime at = kNow.addSecs(-4 * 3600);
    const qint64 i = kStart.secsTo(at) / kStepS;
    mouse(
        counts->viewport(), QEvent::MouseMove, positionOf(counts, at.toMSecsSinceEpoch()), Qt::NoButton, Qt::NoButton);
    const QLocale locale;
    const QString text = readout->text();
    QVERIFY2(text.contains(locale.toString(sourceAt(i))), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(destinationAt(i))), qPrintable(text));
    const qint64 gap = destinationAt(i) - sourceAt(i);
    QVERIFY2(text.contains(u"Gap %1"_s.arg(locale.toString(gap))), qPrintable(text));
    const double pct = double(gap) / double(sourceAt(i)) * 100.0;
    QVERIFY2(text.contains(locale.toString(pct, 'f', 2) + u" %"_s), qPrintable(text));
    QVERIFY(text.contains(locale.toString(at.toLocalTime(), QLocale::ShortFormat)));

    // Inside the outage nothing is made up.
    mouse(counts->viewport(), QEvent::MouseMove, positionOf(counts, kOutage.addSecs(5400).toMSecsSinceEpoch()),
        Qt::NoButton, Qt::NoButton);
    QVERIFY2(readout->text().contains(u"no poll stored"_s), qPrintable(readout->text()));

    // The same exact values from the gap chart.
    QChartView* gapChart = view(m_charts.get(), u"gapChart"_s);
    mouse(gapChart->viewport(), QEvent::MouseMove, positionOf(gapChart, at.toMSecsSinceEpoch()), Qt::NoButton,
        Qt::NoButton);
    QCOMPARE(readout->text(), text);

    // Leaving the charts shows the latest values again.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(gapChart->viewport(), &leave);
    QVERIFY(readout->text().startsWith(u"Latest:"_s));
}

void TestDashboardCharts::zoomKeptAcrossRefresh()
{
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    m_charts->setRange(DashboardCharts::Range::Week);
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    auto* reset = m_charts->findChild<QAbstractButton*>(u"resetZoom"_s);
    QVERIFY(!reset->isVisible());

    // Drag across the last two days.
    const QPoint start = positionOf(counts, kNow.addDays(-2).toMSecsSinceEpoch());
    const QPoint end = positionOf(counts, kNow.addSecs(-3600).toMSecsSinceEpoch());
    mouse(counts->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    mouse(counts->viewport(), QEvent::MouseMove, (start + end) / 2, Qt::NoButton, Qt::LeftButton);
    mouse(counts->viewport(), QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
    mouse(counts->viewport(), QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QTRY_VERIFY(reset->isVisible());
    const QDateTime zoomFrom = timeAxis(counts)->min();
    const QDateTime zoomTo = timeAxis(counts)->max();
    QVERIFY(std::abs(zoomFrom.secsTo(kNow.addDays(-2))) < 30 * 60);
    QVERIFY(std::abs(zoomTo.secsTo(kNow.addSecs(-3600))) < 30 * 60);
    // Zoomed into two days: the raw polls are read again for the window (the week stays the range).
    QCOMPARE(m_charts->range(), DashboardCharts::Range::Week);
    QCOMPARE(timeAxis(view(m_charts.get(), u"latencyChart"_s))->min(), zoomFrom);

    // Hover, then a live update five minutes later: same zoom, same readout.
    const QDateTime at = kNow.addDays(-1);
    mouse(
        counts->viewport(), QEvent::MouseMove, positionOf(counts, at.toMSecsSinceEpoch()), Qt::NoButton, Qt::NoButton);
    const QString readout = m_charts->findChild<QLabel*>(u"hoverReadout"_s)->text();
    QVERIFY(readout.contains(QLocale().toString(sourceAt(kStart.secsTo(at) / kStepS))));
    m_now = kNow.addSecs(300);
    m_charts->refresh();
    QCOMPARE(timeAxis(counts)->min(), zoomFrom);
    QCOMPARE(timeAxis(counts)->max(), zoomTo);
    QCOMPARE(m_charts->findChild<QLabel*>(u"hoverReadout"_s)->text(), readout);
    QVERIFY(reset->isVisible());

    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(timeAxis(counts)->min().toUTC(), m_now.addDays(-7));
    QVERIFY(!reset->isVisible());

    // Changing the range resets the zoom.
    mouse(counts->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    mouse(counts->viewport(), QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
    mouse(counts->viewport(), QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QTRY_VERIFY(reset->isVisible());
    m_charts->setRange(DashboardCharts::Range::Day);
    QVERIFY(!reset->isVisible());
    QCOMPARE(timeAxis(counts)->min().toUTC(), m_now.addDays(-1));
}

void TestDashboardCharts::paletteAndAccessibility()
{
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    QCOMPARE(counts->accessibleName(), u"Source and destination counts"_s);
    const qint64 last = kStart.secsTo(kNow.addSecs(-kStepS)) / kStepS;
    const QString description = m_charts->accessibleDescription();
    QVERIFY2(description.contains(QLocale().toString(double(sourceAt(last)), 'f', 0)), qPrintable(description));
    QVERIFY(description.contains(u"tolerance"_s));
    QCOMPARE(counts->accessibleDescription(), description);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    m_charts->setPalette(dark);
    QCOMPARE(counts->chart()->backgroundBrush().color(), QColor(0x18, 0x1a, 0x1d));
    QVERIFY(lines(counts, u"Source"_s).first()->pen().color().lightness() > 128);
    m_charts->setPalette(QPalette(QColor(0xf4, 0xf4, 0xf4)));
    QVERIFY(lines(counts, u"Source"_s).first()->pen().color().lightness() < 128);
}

void TestDashboardCharts::lonePollShowsAsADot()
{
    // The first poll of a new integration has no line to draw: it must still be visible, as a dot.
    QVERIFY(m_store.workspace->saveIntegration(integration(u"first-poll"_s)).ok());
    PollBatch batch;
    Sample s;
    s.ts = kNow.addSecs(-600);
    s.source = { 1200, 200, 80, ErrorKind::None, QString() };
    s.destination = { 1190, 200, 90, ErrorKind::None, QString() };
    batch.samples << qMakePair(u"first-poll"_s, s);
    QVERIFY(m_store.monitor->write(batch).ok());
    m_charts->setIntegration(integration(u"first-poll"_s));
    const auto source = lines(view(m_charts.get(), u"countsChart"_s), u"Source"_s);
    QCOMPARE(source.size(), 1);
    QCOMPARE(source.first()->count(), 1);
    QCOMPARE(source.first()->at(0).y(), 1200.0);
    QVERIFY(source.first()->pointsVisible());
}

void TestDashboardCharts::littleHistoryFitsTheAxis_data()
{
    QTest::addColumn<int>("range");
    QTest::newRow("24 h") << int(DashboardCharts::Range::Day);
    QTest::newRow("7 d") << int(DashboardCharts::Range::Week);
    QTest::newRow("30 d") << int(DashboardCharts::Range::Month);
    QTest::newRow("1 y") << int(DashboardCharts::Range::Year);
}

// An integration polled for two hours only: every range spans those two hours up to now (not the range's full
// length with the history squeezed against the right edge); a single poll sits inside a short span.
void TestDashboardCharts::littleHistoryFitsTheAxis()
{
    QFETCH(int, range);
    const QString id = u"two-hours"_s;
    if (!m_store.workspace->integration(id)) {
        QVERIFY(m_store.workspace->saveIntegration(integration(id)).ok());
        PollBatch batch;
        for (QDateTime ts = kNow.addSecs(-2 * 3600); ts < kNow; ts = ts.addSecs(kStepS)) {
            Sample s;
            s.ts = ts;
            s.source = { 500 + kNow.secsTo(ts) / 600, 200, 80, ErrorKind::None, QString() };
            s.destination = { 498 + kNow.secsTo(ts) / 600, 200, 90, ErrorKind::None, QString() };
            batch.samples << qMakePair(id, s);
        }
        QVERIFY(m_store.monitor->write(batch).ok());
    }
    m_charts->setIntegration(integration(id));
    m_charts->setRange(DashboardCharts::Range(range));
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    const QDateTime min = timeAxis(counts)->min().toUTC();
    const QDateTime max = timeAxis(counts)->max().toUTC();
    QCOMPARE(max, kNow);
    // The first poll (or its hour, for rollups) near the left edge: within the span's first tenth.
    QVERIFY2(
        min >= kNow.addSecs(-3 * 3600 - 600) && min <= kNow.addSecs(-2 * 3600), qPrintable(min.toString(Qt::ISODate)));
    const auto source = lines(counts, u"Source"_s);
    QVERIFY(!source.isEmpty() && source.first()->count() > 0);
    const double span = double(min.msecsTo(max));
    const double firstX = source.first()->at(0).x();
    QVERIFY((firstX - double(min.toMSecsSinceEpoch())) / span < 0.4);
    // Every chart shares the fitted axis.
    QCOMPARE(timeAxis(view(m_charts.get(), u"latencyChart"_s))->min(), timeAxis(counts)->min());

    // One poll only: a short span with the poll in its middle, not a dot on the edge of a day.
    if (!m_store.workspace->integration(u"one-poll"_s)) {
        QVERIFY(m_store.workspace->saveIntegration(integration(u"one-poll"_s)).ok());
        PollBatch batch;
        Sample s;
        s.ts = kNow.addSecs(-120);
        s.source = { 42, 200, 80, ErrorKind::None, QString() };
        s.destination = { 42, 200, 90, ErrorKind::None, QString() };
        batch.samples << qMakePair(u"one-poll"_s, s);
        QVERIFY(m_store.monitor->write(batch).ok());
    }
    m_charts->setIntegration(integration(u"one-poll"_s));
    const qint64 oneFrom = timeAxis(counts)->min().toMSecsSinceEpoch();
    const qint64 oneTo = timeAxis(counts)->max().toMSecsSinceEpoch();
    const auto rows = lines(counts, u"Source"_s);
    QCOMPARE(rows.first()->count(), 1);
    const double x = rows.first()->at(0).x();
    if (range == int(DashboardCharts::Range::Day) || range == int(DashboardCharts::Range::Week)) {
        // Raw: the poll in the middle of a 30-minute span.
        QCOMPARE(oneTo - oneFrom, qint64(30) * 60 * 1000);
        QVERIFY2(
            x > double(oneFrom) + 0.25 * double(oneTo - oneFrom) && x < double(oneTo) - 0.25 * double(oneTo - oneFrom),
            qPrintable(QString::number((x - double(oneFrom)) / double(oneTo - oneFrom))));
    } else {
        // Rollups: its hour's bucket, up to now.
        QVERIFY2(oneTo - oneFrom <= qint64(2) * 3600 * 1000, qPrintable(QString::number(oneTo - oneFrom)));
        QCOMPARE(oneTo, kNow.toMSecsSinceEpoch());
        QVERIFY(x >= double(oneFrom) && x < double(oneTo));
    }

    // A custom range is what the user set, history or not.
    m_charts->setIntegration(integration(id));
    m_charts->setCustomRange(kNow.addDays(-3), kNow);
    QCOMPARE(timeAxis(counts)->min().toUTC(), kNow.addDays(-3));
}

void TestDashboardCharts::screenshots()
{
    const QString dir = qEnvironmentVariable("PLUMBLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PLUMBLINE_SCREENSHOT_DIR to save screenshots");
    m_charts->setIntegration(integration(u"crm-to-email"_s));
    m_charts->setRange(DashboardCharts::Range::Week);
    QChartView* counts = view(m_charts.get(), u"countsChart"_s);
    mouse(counts->viewport(), QEvent::MouseMove, positionOf(counts, kNow.addDays(-2).toMSecsSinceEpoch()), Qt::NoButton,
        Qt::NoButton);
    QTest::qWait(50); // let the charts lay out, as the event loop would before a paint
    QVERIFY(m_charts->grab().save(dir + u"/charts-light.png"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    m_charts->setPalette(dark);
    m_charts->setRange(DashboardCharts::Range::Month);
    QTest::qWait(50);
    QVERIFY(m_charts->grab().save(dir + u"/charts-dark.png"_s));
    m_charts->setRange(DashboardCharts::Range::Day);
    QTest::qWait(50);
    QVERIFY(m_charts->grab().save(dir + u"/charts-dark-day.png"_s));
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
