#pragma once

#include "../AppContext.h"
#include "../CommandLine.h"

#include <QDateTime>
#include <QTextStream>

namespace plumbline {

// `plumbline report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH`.
// Needs a QGuiApplication (the PDF's fonts); runHeadless creates one on the offscreen platform for this command.
// SIGINT/SIGTERM cancel the report and leave nothing behind.
int runReportCommand(
    const CommandLineOptions& options, const AppContext::Options& services, QTextStream& out, QTextStream& err);

// A report bound: YYYY-MM-DD (a whole UTC day: its start for --from, the next day's start for --to) or an
// ISO 8601 date and time (UTC unless it has an offset). Invalid when it cannot be read.
QDateTime parseReportBound(const QString& text, bool end);

} // namespace plumbline
