#pragma once

#include "BenchResult.h"

#include <optional>

namespace plumbline::bench {

struct StartupOptions
{
    int integrations = 200;
    int repeats = 5; // interleaved launches of each side; the median is reported
    int settleMs = 3000; // idle time after the first paint before VmRSS is read
};

// startup_first_paint_200 and idle_rss_200: the real `plumbline` binary on a data dir with 200 integrations and
// some history, launched with QT_QPA_PLATFORM=offscreen, against this executable re-run with --bare-window (a bare
// Qt window with a 200-row table) launched the same way. Returns nothing and sets `error` when a launch failed.
std::optional<QList<BenchResult>> runStartup(const StartupOptions& options, QString& error);

// The baseline's process: a main window with a 200-row table, the same first-paint protocol as the app
// (PLUMBLINE_REPORT_FIRST_PAINT, PLUMBLINE_EXIT_AFTER_FIRST_PAINT, PLUMBLINE_LAUNCH_EPOCH_MS).
int runBareWindow(int argc, char* argv[]);

} // namespace plumbline::bench
