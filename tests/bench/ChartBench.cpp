#include "ChartBench.h"

#include <Database.h>
#include <HistoryService.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>
#include <charts/DashboardCharts.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

const QSize kSize(1000, 600);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Everything queued (layout requests of the charts) done, then a real paint of the whole widget.
void paint(QWidget& widget)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    Q_UNUSED(pixmap)
}

} // namespace

QList<BenchResult> dashboardOpenBench(bool quick)
{
    const int days = quick ? 60 : 365;
    const int runs = quick ? 1 : 3;
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime now = start.addDays(days);

    QTemporaryDir dir;
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(u"bench.sqlite"_s))) {
        qWarning("dashboard_open_1y: could not create the store");
        return {};
    }
    WorkspaceRepository workspace(db, u"bench"_s);
    for (const QString& id : { u"crm"_s, u"email"_s }) {
        Connection c;
        c.id = id;
        c.name = id;
        c.vendor = Vendor::Generic;
        if (!workspace.saveConnection(c).ok()) {
            qWarning("dashboard_open_1y: could not store a connection");
            return {};
        }
    }
    Integration integration;
    integration.id = u"crm-to-email"_s;
    integration.name = u"CRM to e-mail"_s;
    integration.source = { u"crm"_s, u"contacts"_s, QJsonValue::Null };
    integration.destination = { u"email"_s, u"members"_s, QJsonValue::Null };
    if (!workspace.saveIntegration(integration).ok()) {
        qWarning("dashboard_open_1y: could not store the integration");
        return {};
    }

    // A year of 5-minute polls, a week per transaction; connection facts (quota) for the raw retention only.
    MonitorRepository monitor(db);
    const qint64 polls = qint64(days) * 288;
    PollBatch batch;
    for (qint64 i = 0; i < polls; ++i) {
        const QDateTime ts = start.addSecs(i * 300);
        const auto source = qint64(50000 + i / 2 + 800 * std::sin(double(i) / 288.0 * 6.2832));
        Sample s;
        s.ts = ts;
        s.source = { source, 200, 60 + i % 40, ErrorKind::None, QString() };
        s.destination = { source - 15 - (i % 288 > 250 ? 300 : i % 7), 200, 90 + i % 55, ErrorKind::None, QString() };
        batch.samples << qMakePair(integration.id, s);
        if (ts >= now.addDays(-30)) {
            for (const QString& id : { u"crm"_s, u"email"_s }) {
                ConnectionFacts f;
                f.connectionId = id;
                f.ts = ts;
                f.httpStatus = 200;
                f.quotaLimit = 190;
                f.quotaRemaining = 190 - i % 100;
                batch.connectionFacts << f;
            }
        }
        if (batch.samples.size() >= 2016 || i == polls - 1) {
            if (!monitor.write(batch).ok()) {
                qWarning("dashboard_open_1y: the store refused a write");
                return {};
            }
            batch = {};
        }
    }

    QList<double> ours;
    QList<double> naive;
    qint64 drawn = 0;
    for (int run = 0; run < runs; ++run) {
        {
            HistoryService history(monitor);
            DashboardCharts charts(history);
            charts.setClock([now] { return now; });
            charts.setRange(DashboardCharts::Range::Year);
            charts.resize(kSize);
            charts.show();
            paint(charts);
            QElapsedTimer timer;
            timer.start();
            charts.setIntegration(integration);
            paint(charts);
            ours << double(timer.nsecsElapsed()) / 1e6;
        }
        {
            QChartView view;
            auto* chart = new QChart;
            auto* time = new QDateTimeAxis;
            auto* value = new QValueAxis;
            chart->addAxis(time, Qt::AlignBottom);
            chart->addAxis(value, Qt::AlignLeft);
            auto* sourceLine = new QLineSeries;
            auto* destinationLine = new QLineSeries;
            for (QLineSeries* s : { sourceLine, destinationLine }) {
                chart->addSeries(s);
                s->attachAxis(time);
                s->attachAxis(value);
            }
            view.setChart(chart);
            view.setRenderHint(QPainter::Antialiasing);
            view.resize(kSize);
            view.show();
            paint(view);
            QElapsedTimer timer;
            timer.start();
            const QList<Sample> samples = monitor.samples(integration.id, now.addDays(-365), now.addMSecs(1));
            QList<QPointF> source;
            QList<QPointF> destination;
            source.reserve(samples.size());
            destination.reserve(samples.size());
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (const Sample& s : samples) {
                const auto x = double(s.ts.toMSecsSinceEpoch());
                if (s.source.count)
                    source << QPointF(x, double(*s.source.count));
                if (s.destination.count)
                    destination << QPointF(x, double(*s.destination.count));
                for (const auto& c : { s.source.count, s.destination.count }) {
                    if (c) {
                        lo = std::min(lo, double(*c));
                        hi = std::max(hi, double(*c));
                    }
                }
            }
            sourceLine->replace(source);
            destinationLine->replace(destination);
            time->setRange(now.addDays(-365), now);
            value->setRange(lo, hi);
            paint(view);
            naive << double(timer.nsecsElapsed()) / 1e6;
            drawn = source.size() + destination.size();
        }
    }

    BenchResult r;
    r.name = u"dashboard_open_1y"_s;
    r.value = median(ours);
    r.unit = u"ms"_s;
    r.baseline = median(naive);
    r.baselineIs = u"one QChartView fed the full raw series (%1 points) with replace(), read from the same store, "
                   "painted the same way"_s.arg(drawn);
    r.n = drawn;
    return { r };
}

} // namespace plumbline::bench
