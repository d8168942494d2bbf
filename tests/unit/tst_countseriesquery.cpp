// Unit tests for plumbline::CountSeriesQuery (models/series) against a real SQLite store written through
// MonitorRepository::write.

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>
#include <series/CountSeriesQuery.h>

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

// History: 31 days of 5-minute polls ending at kNow. The destination trails the source by 30 until kTurn, then
// leads it by 15. A 2-hour outage (no samples) at kOutage; one single failed source read at kMissed.
const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
const QDateTime kStart = kNow.addDays(-31);
const QDateTime kTurn = kNow.addDays(-10);
const QDateTime kOutage = kNow.addSecs(-6 * 3600);
const QDateTime kMissed = kNow.addSecs(-12 * 3600);
constexpr qint64 kStepS = 300;

qint64 sourceAt(qint64 i)
{
    return 1000 + i / 10;
}

struct Store
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<WorkspaceRepository> workspace;
    std::unique_ptr<MonitorRepository> monitor;
    Integration integration;

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(u"plumbline.sqlite"_s)))
            return false;
        workspace = std::make_unique<WorkspaceRepository>(db, u"tester"_s);
        monitor = std::make_unique<MonitorRepository>(db);
        for (const QString& id : { u"crm"_s, u"email"_s }) {
            Connection c;
            c.id = id;
            c.name = id;
            c.vendor = Vendor::Generic;
            if (!workspace->saveConnection(c).ok())
                return false;
        }
        integration.id = u"crm-to-email"_s;
        integration.name = u"CRM to e-mail"_s;
        integration.source = { u"crm"_s, u"contacts"_s, QJsonValue::Null };
        integration.destination = { u"email"_s, u"members"_s, QJsonValue::Null };
        integration.checks.intervalS = int(kStepS);
        integration.checks.tolerancePct = 2.0;
        integration.checks.toleranceAbs = 10;
        return workspace->saveIntegration(integration).ok();
    }

    bool writeHistory()
    {
        PollBatch batch;
        qint64 i = 0;
        for (QDateTime ts = kStart; ts < kNow; ts = ts.addSecs(kStepS), ++i) {
            if (ts >= kOutage && ts < kOutage.addSecs(2 * 3600))
                continue;
            Sample s;
            s.ts = ts;
            const qint64 source = sourceAt(i);
            s.source = { source, 200, 100 + i % 50, ErrorKind::None, QString() };
            s.destination = { ts < kTurn ? source - 30 : source + 15, 200, 200, ErrorKind::None, QString() };
            if (ts == kMissed)
                s.source = { std::nullopt, 503, 40, ErrorKind::Server, u"HTTP 503"_s };
            batch.samples << qMakePair(integration.id, s);
            if (ts >= kNow.addDays(-2)) {
                ConnectionFacts f;
                f.connectionId = u"crm"_s;
                f.ts = ts;
                f.httpStatus = 200;
                f.quotaLimit = 1000;
                f.quotaRemaining = 250;
                batch.connectionFacts << f;
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

ChartQuery query(const QDateTime& from, const QDateTime& to, int budget = 1000)
{
    ChartQuery q;
    q.from = from;
    q.to = to;
    q.now = kNow;
    q.budget = budget;
    return q;
}

} // namespace

class TestCountSeriesQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tierFor_data();
    void tierFor();
    void rawDay();
    void hourlyMonthGapSign();
    void dailyAndEmpty();
    void budgetHonoured_data();
    void budgetHonoured();

private:
    Store m_store;
};

void TestCountSeriesQuery::initTestCase()
{
    QVERIFY(m_store.open());
    QVERIFY(m_store.writeHistory());
}

void TestCountSeriesQuery::tierFor_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("rawDays");
    QTest::addColumn<QString>("tier");
    QTest::newRow("24 h") << kNow.addDays(-1) << kNow << 30 << u"raw"_s;
    QTest::newRow("7 d") << kNow.addDays(-7) << kNow << 30 << u"raw"_s;
    QTest::newRow("30 d") << kNow.addDays(-30) << kNow << 30 << u"hourly"_s;
    QTest::newRow("1 y") << kNow.addDays(-365) << kNow << 30 << u"hourly"_s;
    QTest::newRow("2 y") << kNow.addDays(-730) << kNow << 30 << u"daily"_s;
    QTest::newRow("a day beyond raw retention") << kNow.addDays(-40) << kNow.addDays(-39) << 30 << u"hourly"_s;
    QTest::newRow("a day beyond hourly retention") << kNow.addDays(-400) << kNow.addDays(-399) << 30 << u"daily"_s;
    QTest::newRow("a day long ago, raw kept forever") << kNow.addDays(-400) << kNow.addDays(-399) << 0 << u"raw"_s;
}

void TestCountSeriesQuery::tierFor()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, rawDays);
    QFETCH(QString, tier);
    RetentionSettings retention;
    retention.rawDays = rawDays;
    QCOMPARE(seriesTierKey(CountSeriesQuery::tierFor(from, to, kNow, retention)), tier);
}

void TestCountSeriesQuery::rawDay()
{
    const ChartData data = CountSeriesQuery(*m_store.monitor).load(m_store.integration, query(kNow.addDays(-1), kNow));
    QCOMPARE(data.tier, SeriesTier::Raw);
    QCOMPARE(data.stepMs, kStepS * 1000);
    QCOMPARE(data.rows.size(), 288 - 24); // the 2-hour outage
    QCOMPARE(data.pointsRead, data.rows.size());
    // Under budget: every point drawn, split at the outage only (the single missed read is no gap).
    QCOMPARE(data.source.size(), 2);
    QCOMPARE(data.destination.size(), 2);
    QCOMPARE(data.gapPct.size(), 2);
    QCOMPARE(Downsampler::pointCount(data.destination), 288 - 24);
    QCOMPARE(Downsampler::pointCount(data.source), 288 - 24 - 1);
    QCOMPARE(data.source.first().last().x(), double(kOutage.addSecs(-kStepS).toMSecsSinceEpoch()));
    QCOMPARE(data.source.last().first().x(), double(kOutage.addSecs(2 * 3600).toMSecsSinceEpoch()));

    // Exact values at one poll: gap = destination - source = +15 (after the turn).
    const QDateTime at = kNow.addSecs(-3 * 3600);
    const qint64 i = kStart.secsTo(at) / kStepS;
    const auto row = data.rowAt(at.toMSecsSinceEpoch() + 40 * 1000); // near it, not on it
    QVERIFY(row);
    QCOMPARE(row->ts, at.toMSecsSinceEpoch());
    QCOMPARE(*row->source, double(sourceAt(i)));
    QCOMPARE(*row->destination, double(sourceAt(i) + 15));
    QCOMPARE(*row->gap, 15.0);
    QCOMPARE(*row->gapPct, 15.0 / double(sourceAt(i)) * 100.0);
    QVERIFY(!data.rowAt(kOutage.addSecs(3600).toMSecsSinceEpoch())); // inside the outage: nothing near
    const auto missed = data.rowAt(kMissed.toMSecsSinceEpoch());
    QVERIFY(missed && !missed->source && missed->destination && !missed->gap && !missed->gapPct);

    // Band: source +- max(10, source * 2 %) on the source's points.
    QCOMPARE(data.bandLow.size(), data.source.size());
    const QPointF p = data.source.first().first();
    QCOMPARE(data.bandHigh.first().first(), QPointF(p.x(), p.y() + std::max(10.0, p.y() * 0.02)));
    QCOMPARE(data.bandLow.first().first(), QPointF(p.x(), p.y() - std::max(10.0, p.y() * 0.02)));
    QCOMPARE(data.tolerance(100), 10.0);

    // Latency per side and the source connection's quota headroom (the destination's reports none).
    QCOMPARE(data.sourceLatencyMs.size(), 2);
    QCOMPARE(data.destinationLatencyMs.first().first().y(), 200.0);
    QCOMPARE(data.sourceQuotaPct.size(), 2);
    QCOMPARE(data.sourceQuotaPct.first().first().y(), 25.0);
    QVERIFY(data.destinationQuotaPct.isEmpty());

    const auto latest = data.latest();
    QVERIFY(latest);
    QCOMPARE(latest->ts, kNow.addSecs(-kStepS).toMSecsSinceEpoch());
}

void TestCountSeriesQuery::hourlyMonthGapSign()
{
    const ChartData data = CountSeriesQuery(*m_store.monitor).load(m_store.integration, query(kNow.addDays(-30), kNow));
    QCOMPARE(data.tier, SeriesTier::Hourly);
    QCOMPARE(data.stepMs, qint64(3600) * 1000);
    QCOMPARE(data.rows.size(), 30 * 24 - 2); // two hourly buckets lost to the outage
    // The outage splits the hourly series too (3 hours between bucket starts > 2.5 h).
    QCOMPARE(data.source.size(), 2);
    // Rollups store source - destination; the chart shows destination - source.
    const auto before = data.rowAt(kTurn.addDays(-1).toMSecsSinceEpoch());
    const auto after = data.rowAt(kTurn.addDays(1).toMSecsSinceEpoch());
    QVERIFY(before && after);
    QCOMPARE(*before->gap, -30.0);
    QVERIFY(*before->gapPct < 0);
    QCOMPARE(*after->gap, 15.0);
    QVERIFY(*after->gapPct > 0);
    QCOMPARE(*after->gapPct, 15.0 / *after->source * 100.0);
    // Latency and quota from the raw tier (here all of it is retained).
    QVERIFY(Downsampler::pointCount(data.sourceLatencyMs) > 0);
    QVERIFY(Downsampler::pointCount(data.sourceQuotaPct) > 0);
}

void TestCountSeriesQuery::dailyAndEmpty()
{
    const ChartData data
        = CountSeriesQuery(*m_store.monitor).load(m_store.integration, query(kNow.addDays(-800), kNow));
    QCOMPARE(data.tier, SeriesTier::Daily);
    QCOMPARE(data.rows.size(), 32); // 31 days from noon to noon touch 32 UTC days
    // Latency only for the raw retention: the last 30 days.
    QVERIFY(Downsampler::pointCount(data.sourceLatencyMs) <= 30 * 288);

    const ChartData none
        = CountSeriesQuery(*m_store.monitor).load(m_store.integration, query(kNow.addDays(-300), kNow.addDays(-200)));
    QVERIFY(none.isEmpty());
    QVERIFY(none.source.isEmpty());
    QVERIFY(!none.latest());

    const ChartData backwards
        = CountSeriesQuery(*m_store.monitor).load(m_store.integration, query(kNow, kNow.addDays(-1)));
    QVERIFY(backwards.isEmpty());
}

void TestCountSeriesQuery::budgetHonoured_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("budget");
    QTest::newRow("lttb 7 d raw, 300") << int(DownsampleMethod::Lttb) << 7 << 300;
    QTest::newRow("lttb 30 d hourly, 200") << int(DownsampleMethod::Lttb) << 30 << 200;
    QTest::newRow("min/max 7 d raw, 400") << int(DownsampleMethod::MinMaxColumns) << 7 << 400;
}

void TestCountSeriesQuery::budgetHonoured()
{
    QFETCH(int, method);
    QFETCH(int, days);
    QFETCH(int, budget);
    ChartQuery q = query(kNow.addDays(-days), kNow, budget);
    q.method = DownsampleMethod(method);
    const ChartData data = CountSeriesQuery(*m_store.monitor).load(m_store.integration, q);
    QVERIFY(data.pointsRead > budget);
    // Min/max may add up to 4 points where a segment ends inside a column.
    const int limit = budget + 4;
    for (const SegmentedSeries* s : { &data.source, &data.destination, &data.gapPct, &data.sourceLatencyMs }) {
        QVERIFY2(Downsampler::pointCount(*s) <= limit, qPrintable(QString::number(Downsampler::pointCount(*s))));
        QVERIFY(Downsampler::pointCount(*s) > 0);
    }
    // The extremes survive: the latest (largest) source count is drawn.
    QCOMPARE(data.source.last().last().y(), *data.rows.last().source);
}

QTEST_GUILESS_MAIN(TestCountSeriesQuery)
#include "tst_countseriesquery.moc"
