#include "ReportCommand.h"

#include "../AppPaths.h"
#include "../StopSignals.h"
#include "ReportCollector.h"
#include "ReportWriter.h"

#include <MonitorRepository.h>
#include <WorkspaceRepository.h>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class ReportCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommandText() = delete;
};

} // namespace

QDateTime parseReportBound(const QString& text, bool end)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

int runReportCommand(
    const CommandLineOptions& o, const AppContext::Options& services, QTextStream& out, QTextStream& err)
{
    using T = ReportCommandText;
    const auto usage = [&err](const QString& message) {
        err << message << '\n' << T::tr("See plumbline --help.") << '\n';
        return int(CommandLine::ExitUsage);
    };
    const std::optional<ReportFormat> format = reportFormatFromKey(o.format);
    if (!format)
        return usage(T::tr("report needs --format pdf, csv or html."));
    if (o.output.isEmpty())
        return usage(T::tr("report needs -o PATH: the file (pdf, html) or folder (csv) to write."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime to = now;
    if (!o.to.isEmpty() && !(to = parseReportBound(o.to, true)).isValid())
        return usage(T::tr("--to: \"%1\" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).").arg(o.to));
    QDateTime from = to.addDays(-30);
    if (!o.from.isEmpty() && !(from = parseReportBound(o.from, false)).isValid())
        return usage(T::tr("--from: \"%1\" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).").arg(o.from));
    if (from >= to)
        return usage(T::tr("The period is empty: --from (%1) must be before --to (%2).")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    const QString dir = AppPaths::dataDir(o.dataDir);
    const QString file = AppPaths::databaseFile(dir);
    if (!QFileInfo::exists(file)) {
        err << T::tr("There is no workspace in %1.").arg(QDir::toNativeSeparators(dir)) << '\n';
        return CommandLine::ExitFailure;
    }
    AppContext::Options options = services;
    options.databaseFile = file;
    options.secrets = AppContext::Secrets::Memory; // a report reads no keys
    AppContext context(options);
    if (const AppContext::Opened opened = context.open(); !opened) {
        err << opened.message << '\n';
        return CommandLine::ExitFailure;
    }
    ReportRequest request { from, to, o.integrations, now, context.osUser() };
    ReportCollector collector(context.workspace(), context.history(), request);
    collector.setValues(&context.values());
    if (const QString problem = collector.validate(); !problem.isEmpty()) {
        err << problem << '\n';
        return CommandLine::ExitFailure;
    }

    std::atomic_bool cancel = false;
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [&cancel]() { cancel = true; });
    int lastTenth = -1;
    const auto tell = [&](double done, const QString& what) {
        const int tenth = int(done * 10);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err << T::tr("%1 % %2").arg(int(done * 100), 3).arg(what) << '\n';
            err.flush();
        }
    };
    const auto cancelled = [&]() {
        err << T::tr("Cancelled; no report was written.") << '\n';
        return int(CommandLine::ExitFailure);
    };
    while (!collector.done()) {
        collector.step();
        tell(0.3 * collector.stepsDone() / collector.stepCount(), T::tr("Collecting the history"));
        QCoreApplication::processEvents();
        if (cancel)
            return cancelled();
    }
    ReportProgress progress;
    progress.cancel = &cancel;
    progress.report = [&](double done, const QString& what) {
        tell(0.3 + 0.7 * done, what);
        QCoreApplication::processEvents();
    };
    const ReportOutcome outcome = ReportWriter::write(collector.document(), *format, o.output, progress);
    if (outcome.cancelled)
        return cancelled();
    if (!outcome.ok()) {
        err << outcome.error << '\n';
        return CommandLine::ExitFailure;
    }
    out << T::tr("Wrote the %1 report for %2 to %3 to %4.")
               .arg(o.format.toUpper(), from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                   QDir::toNativeSeparators(o.output))
        << '\n';
    return CommandLine::ExitOk;
}

} // namespace plumbline
