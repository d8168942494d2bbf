#include "ReportBench.h"

#include "../common/ReportFixture.h"

#include <report/ReportCollector.h>
#include <report/ReportWriter.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

QList<BenchResult> reportBench(bool quick, int repeats)
{
    QTextStream err(stderr);
    QTemporaryDir dir;
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(u"report.sqlite"_s))) {
        err << "plumbline-bench: report: could not create the workspace\n";
        return {};
    }
    test::ReportFixture fixture;
    fixture.integrations = quick ? 20 : 200;
    fixture.days = quick ? 30 : 90;
    fixture.pollHours = 1;
    fixture.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    fixture.injectionVectors = false;
    if (const QString error = fixture.write(db); !error.isEmpty()) {
        err << "plumbline-bench: report: " << error << '\n';
        return {};
    }
    WorkspaceRepository workspace(db, u"bench"_s);
    MonitorRepository monitor(db);
    const ReportRequest request { fixture.end.addDays(-fixture.days), fixture.end, {}, fixture.end, u"bench"_s };
    const auto run = [&](ReportFormat format, const QString& path) -> double {
        QElapsedTimer timer;
        timer.start();
        ReportCollector collector(workspace, monitor, request);
        while (collector.step()) { }
        const ReportOutcome outcome = ReportWriter::write(collector.document(), format, path);
        if (!outcome.ok()) {
            err << "plumbline-bench: report: " << outcome.error << '\n';
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> pdf;
    QList<double> html;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const double p = run(ReportFormat::Pdf, dir.filePath(u"report.pdf"_s));
        const double h = run(ReportFormat::Html, dir.filePath(u"report.html"_s));
        if (p < 0 || h < 0)
            return {};
        pdf << p;
        html << h;
    }
    BenchResult r;
    r.name = u"report_200_90d"_s;
    r.value = median(pdf);
    r.baseline = median(html);
    r.baselineIs = u"html report of the same data"_s;
    r.n = fixture.integrations;
    return { r };
}

} // namespace plumbline::bench
