#pragma once

// The dashboard charts' benchmark (ARCHITECTURE.md, "Contracts"). BenchResult: tests/bench/BenchResult.h.
#include "BenchResult.h"

#include <QList>

namespace plumbline::bench {

// dashboard_open_1y: wall time from DashboardCharts::setIntegration() on the 1 y range to the widget painted
// (pending layout processed, then grab()), over one year of 5-minute history (2 x 105,120 counts) written through
// MonitorRepository::write. Baseline in the same run: one QChartView of the same size fed the full raw series (read
// from the same store) with one replace() per series, then painted the same way. Median of the runs.
// `quick`: 60 days of history and one run. Needs a QApplication (the offscreen platform is fine).
// An empty list means the run could not be measured (the reason was printed).
QList<BenchResult> dashboardOpenBench(bool quick);

} // namespace plumbline::bench
