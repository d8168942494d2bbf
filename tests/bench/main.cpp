// plumbline-bench (ARCHITECTURE.md, "Contracts"): benchmarks, each against a baseline measured in the same run.
#include "BenchResult.h"
#include "ChartBench.h"
#include "PollBench.h"
#include "ReportBench.h"
#include "StartupBench.h"
#include "StoreBench.h"
#include "ValueBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Hidden: the start-up benchmark's baseline process (a bare window), re-executed by runStartup.
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return plumbline::bench::runBareWindow(argc, argv);
    // The chart benchmark paints widgets: without a display, the offscreen platform does.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"plumbline-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUMBLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Plumbline benchmarks. Each figure comes with a baseline measured in the "
                                     "same run."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object a line instead of a table."_s);
    const QCommandLineOption quick(u"quick"_s, u"Small sizes (poll: 50 integrations), for smoke tests."_s);
    const QCommandLineOption perHost(u"max-per-host"_s,
        u"Experiment: override the transport's concurrent requests per host (default: its policy's)."_s, u"N"_s);
    const QCommandLineOption repeat(u"repeat"_s,
        u"Interleaved runs of each side; the median wall time is reported (default 5, 1 with --quick)."_s, u"N"_s);
    parser.addOptions({ json, quick, perHost, repeat });
    parser.process(app);

    QTextStream err(stderr);
    plumbline::bench::PollOptions poll;
    poll.integrations = parser.isSet(quick) ? 50 : 500;
    poll.repeats = parser.isSet(quick) ? 1 : 5;
    if (parser.isSet(repeat)) {
        bool ok = false;
        poll.repeats = parser.value(repeat).toInt(&ok);
        if (!ok || poll.repeats < 1) {
            err << "plumbline-bench: --repeat needs a positive number\n";
            return 2;
        }
    }
    if (parser.isSet(perHost)) {
        bool ok = false;
        poll.maxConcurrentPerHost = parser.value(perHost).toInt(&ok);
        if (!ok || poll.maxConcurrentPerHost < 1) {
            err << "plumbline-bench: --max-per-host needs a positive number\n";
            return 2;
        }
    }

    QList<plumbline::bench::BenchResult> results;
    QString error;
    QString info;
    const auto pollResults = plumbline::bench::runPoll(poll, error, info);
    if (!pollResults) {
        err << "plumbline-bench: poll_500: " << error << '\n';
        return 1;
    }
    results << *pollResults;
    // The store's and the charts' benchmarks: an empty list means the run failed (the reason was printed).
    for (const auto& store : { plumbline::bench::ingestSamplesBench(parser.isSet(quick)),
             plumbline::bench::dbSizeYearBench(parser.isSet(quick)),
             plumbline::bench::evaluateBench(parser.isSet(quick)),
             plumbline::bench::openQuickCheckBench(parser.isSet(quick)),
             plumbline::bench::dashboardOpenBench(parser.isSet(quick)) }) {
        if (store.isEmpty()) {
            err << "plumbline-bench: a store or chart benchmark failed\n";
            return 1;
        }
        results << store;
    }
    const QList<plumbline::bench::BenchResult> report
        = plumbline::bench::reportBench(parser.isSet(quick), poll.repeats);
    if (report.isEmpty()) {
        err << "plumbline-bench: report_200_90d failed\n";
        return 1;
    }
    results << report;
    const QList<plumbline::bench::BenchResult> values = plumbline::bench::valueCheckBench(parser.isSet(quick));
    if (values.isEmpty()) {
        err << "plumbline-bench: value_check_200 failed\n";
        return 1;
    }
    results << values;

    plumbline::bench::StartupOptions startup;
    startup.repeats = parser.isSet(quick) ? 1 : 5;
    startup.settleMs = parser.isSet(quick) ? 1000 : 3000;
    const auto startupResults = plumbline::bench::runStartup(startup, error);
    if (!startupResults) {
        err << "plumbline-bench: startup_first_paint_200: " << error << '\n';
        return 1;
    }
    results << *startupResults;

    if (parser.isSet(json)) {
        plumbline::bench::printJson(results);
    } else {
        QTextStream(stdout) << info << u"\n\n"_s;
        plumbline::bench::printTable(results);
    }
    return 0;
}
