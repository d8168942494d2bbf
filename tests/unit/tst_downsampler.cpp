// Unit tests for plumbline::Downsampler (models/series): LTTB split at gaps and min/max per column.

#include <series/Downsampler.h>

#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace plumbline;

using Bounds = QList<QPair<double, double>>; // first and last x of each expected segment

namespace {

// A wavy series with a spike and a dip, x = 0, step, 2 step, ... ; `holes` are [from, to) index ranges left out.
QList<QPointF> wave(int n, double step, const QList<QPair<int, int>>& holes = {})
{
    QList<QPointF> out;
    for (int i = 0; i < n; ++i) {
        bool skip = false;
        for (const auto& h : holes)
            skip = skip || (i >= h.first && i < h.second);
        if (skip)
            continue;
        double y = 1000 + 50 * std::sin(i / 40.0) + (i % 7);
        if (i == n / 3)
            y = 5000; // spike
        if (i == 2 * n / 3 + 1)
            y = -300; // dip
        out << QPointF(i * step, y);
    }
    return out;
}

SegmentedSeries run(const QString& method, const QList<QPointF>& points, int budget, double maxStep)
{
    return method == "minmax"_L1 ? Downsampler::minMaxColumns(points, budget / 4, maxStep)
                                 : Downsampler::lttb(points, budget, maxStep);
}

} // namespace

class TestDownsampler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
    void tinyInputUnchanged();
    void duplicatesKeepLastAndUnsortedIsSorted();
    void extremesKeptAgainstLttbPick();
    void manyGapsStillHonourBudget();
    void minMaxPerColumn();
};

void TestDownsampler::invariants_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QList<QPointF>>("input");
    QTest::addColumn<int>("budget");
    QTest::addColumn<double>("maxStep");
    QTest::addColumn<Bounds>("segments");

    for (const QString& method : { u"lttb"_s, u"minmax"_s }) {
        const auto name
            = [&method](const char* what) { return qPrintable(method + u": "_s + QLatin1StringView(what)); };
        QTest::newRow(name("empty")) << method << QList<QPointF>() << 100 << 2.5 << Bounds();
        QTest::newRow(name("one point")) << method << QList<QPointF> { { 5, 1 } } << 100 << 2.5 << Bounds { { 5, 5 } };
        QTest::newRow(name("two points, one gap"))
            << method << QList<QPointF> { { 0, 1 }, { 10, 2 } } << 100 << 2.5 << Bounds { { 0, 0 }, { 10, 10 } };
        QTest::newRow(name("10k no gaps")) << method << wave(10000, 1.0) << 400 << 2.5 << Bounds { { 0, 9999 } };
        QTest::newRow(name("10k, gaps never split"))
            << method << wave(10000, 1.0, { { 100, 200 } }) << 400 << 0.0 << Bounds { { 0, 9999 } };
        QTest::newRow(name("10k with two outages"))
            << method << wave(10000, 300.0, { { 2000, 2010 }, { 7000, 7500 } }) << 400 << 750.0
            << Bounds { { 0, 1999 * 300.0 }, { 2010 * 300.0, 6999 * 300.0 }, { 7500 * 300.0, 9999 * 300.0 } };
        QTest::newRow(name("one missed poll is not a gap"))
            << method << wave(3000, 300.0, { { 1500, 1501 } }) << 200 << 750.0 << Bounds { { 0, 2999 * 300.0 } };
        QTest::newRow(name("odd budget")) << method << wave(5000, 1.0) << 37 << 2.5 << Bounds { { 0, 4999 } };
        QList<QPointF> withNan = wave(2000, 1.0);
        withNan[10].setY(std::numeric_limits<double>::quiet_NaN());
        withNan[1999].setY(std::numeric_limits<double>::infinity()); // dropped: the series ends at 1998
        QTest::newRow(name("NaN and infinity dropped")) << method << withNan << 100 << 2.5 << Bounds { { 0, 1998 } };
    }
}

void TestDownsampler::invariants()
{
    QFETCH(QString, method);
    QFETCH(QList<QPointF>, input);
    QFETCH(int, budget);
    QFETCH(double, maxStep);
    QFETCH(Bounds, segments);

    const SegmentedSeries out = run(method, input, budget, maxStep);
    QCOMPARE(out.size(), segments.size());
    // Min/max keeps up to 4 points per column and segment: a column where a segment ends and the next begins
    // holds two segments' points.
    const qsizetype limit = budget + (method == "minmax"_L1 ? 4 * std::max<qsizetype>(0, segments.size() - 1) : 0);
    QVERIFY2(Downsampler::pointCount(out) <= limit,
        qPrintable(u"%1 points for a budget of %2"_s.arg(Downsampler::pointCount(out)).arg(budget)));
    for (qsizetype s = 0; s < out.size(); ++s) {
        const SeriesSegment& seg = out.at(s);
        QVERIFY(!seg.isEmpty());
        // Endpoints kept: the gaps are where the test put them.
        QCOMPARE(seg.first().x(), segments.at(s).first);
        QCOMPARE(seg.last().x(), segments.at(s).second);
        // Strictly increasing x, every point one of the input's.
        for (qsizetype i = 0; i < seg.size(); ++i) {
            if (i > 0)
                QVERIFY(seg.at(i).x() > seg.at(i - 1).x());
            QVERIFY(input.contains(seg.at(i)));
        }
        // Extreme values of the segment kept.
        double inMin = std::numeric_limits<double>::infinity();
        double inMax = -inMin;
        for (const QPointF& p : std::as_const(input)) {
            if (std::isfinite(p.y()) && p.x() >= seg.first().x() && p.x() <= seg.last().x()) {
                inMin = std::min(inMin, p.y());
                inMax = std::max(inMax, p.y());
            }
        }
        double outMin = std::numeric_limits<double>::infinity();
        double outMax = -outMin;
        for (const QPointF& p : seg) {
            outMin = std::min(outMin, p.y());
            outMax = std::max(outMax, p.y());
        }
        QCOMPARE(outMin, inMin);
        QCOMPARE(outMax, inMax);
    }
}

void TestDownsampler::tinyInputUnchanged()
{
    const QList<QPointF> five { { 0, 3 }, { 1, 1 }, { 2, 4 }, { 3, 1 }, { 4, 5 } };
    QCOMPARE(Downsampler::lttb(five, 1000, 2.5), SegmentedSeries { five });
    QCOMPARE(Downsampler::lttb(five, 5, 2.5), SegmentedSeries { five });
    QCOMPARE(Downsampler::minMaxColumns(five, 250, 2.5), SegmentedSeries { five });
    QCOMPARE(Downsampler::lttbSegment(five, 5), five);
    // Three points of budget: the endpoints and the inner extreme (the maximum is an endpoint here).
    QCOMPARE(Downsampler::lttbSegment(five, 3), (QList<QPointF> { { 0, 3 }, { 1, 1 }, { 4, 5 } }));
    const QList<QPointF> sixWithInnerMax { { 0, 3 }, { 1, 1 }, { 2, 9 }, { 3, 1 }, { 4, 5 }, { 5, 2 } };
    QCOMPARE(Downsampler::lttbSegment(sixWithInnerMax, 3), (QList<QPointF> { { 0, 3 }, { 2, 9 }, { 5, 2 } }));
    QCOMPARE(Downsampler::lttb({}, 10, 1).size(), 0);
    QCOMPARE(Downsampler::lttb(five, 0, 2.5), SegmentedSeries { five }); // no budget: no reduction
}

void TestDownsampler::duplicatesKeepLastAndUnsortedIsSorted()
{
    const QList<QPointF> messy { { 3, 30 }, { 1, 10 }, { 2, 20 }, { 1, 11 }, { 2, 21 }, { 0, 0 } };
    const SeriesSegment expected { { 0, 0 }, { 1, 11 }, { 2, 21 }, { 3, 30 } };
    QCOMPARE(Downsampler::split(messy, 2.5), SegmentedSeries { expected });
    QCOMPARE(Downsampler::lttb(messy, 100, 2.5), SegmentedSeries { expected });
    QCOMPARE(Downsampler::minMaxColumns(messy, 100, 2.5), SegmentedSeries { expected });
    // Reduced: still sorted, no repeated x.
    QList<QPointF> big = wave(4000, 1.0);
    std::reverse(big.begin(), big.end());
    big << QPointF(100, 7777) << QPointF(100, 8888);
    const SegmentedSeries out = Downsampler::lttb(big, 200, 2.5);
    QCOMPARE(out.size(), 1);
    QVERIFY(out.first().size() <= 200);
    QVERIFY(std::is_sorted(out.first().cbegin(), out.first().cend(),
        [](const QPointF& a, const QPointF& b) { return a.x() <= b.x() && !(a.x() == b.x()); }));
    QVERIFY(out.first().contains(QPointF(100, 8888))); // the maximum, and the last of its x
    QVERIFY(!out.first().contains(QPointF(100, 7777)));
}

void TestDownsampler::extremesKeptAgainstLttbPick()
{
    // A huge spike dominates LTTB's triangles; the global minimum is a shallow dip right beside it.
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points << QPointF(i, i == 500 ? 100000.0 : 10.0);
    points[501].setY(9.0);
    const SeriesSegment plain = Downsampler::lttbSegment(points, 10);
    QVERIFY(plain.size() <= 10);
    QVERIFY(plain.contains(QPointF(501, 9.0)));
    QVERIFY(plain.contains(QPointF(500, 100000.0)));
    QCOMPARE(plain.first(), points.first());
    QCOMPARE(plain.last(), points.last());
}

void TestDownsampler::manyGapsStillHonourBudget()
{
    // 200 outages but a budget of 100: only the 24 widest become breaks (100 / 4 segments).
    QList<QPointF> points;
    double x = 0;
    for (int block = 0; block < 201; ++block) {
        for (int i = 0; i < 20; ++i) {
            points << QPointF(x, block * 100 + i);
            x += 1;
        }
        x += block == 50 ? 1000 : 10 + block % 7; // one very wide gap after block 50
    }
    const SegmentedSeries out = Downsampler::lttb(points, 100, 2.5);
    QCOMPARE(out.size(), 25);
    QVERIFY(Downsampler::pointCount(out) <= 100);
    bool wideGapKept = false;
    for (qsizetype s = 1; s < out.size(); ++s)
        wideGapKept = wideGapKept || out.at(s).first().x() - out.at(s - 1).last().x() > 900;
    QVERIFY(wideGapKept);
}

void TestDownsampler::minMaxPerColumn()
{
    // Two columns of 5 points each (x 0..4 and 5..9).
    const QList<QPointF> points { { 0, 5 }, { 1, 9 }, { 2, 1 }, { 3, 4 }, { 4, 6 }, { 5, 2 }, { 6, 2 }, { 7, 8 },
        { 8, 0 }, { 9, 3 }, { 9.5, 7 } };
    const SegmentedSeries out = Downsampler::minMaxColumns(points, 2, 2.5);
    QCOMPARE(out.size(), 1);
    // Column width 4.75: [0, 4.75) holds x 0..4, the rest the second column.
    const SeriesSegment expected { { 0, 5 }, { 1, 9 }, { 2, 1 }, { 4, 6 }, { 5, 2 }, { 7, 8 }, { 8, 0 }, { 9.5, 7 } };
    QCOMPARE(out.first(), expected);
}

QTEST_GUILESS_MAIN(TestDownsampler)
#include "tst_downsampler.moc"
