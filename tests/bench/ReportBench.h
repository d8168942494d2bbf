#pragma once

// The audit report's benchmark (ARCHITECTURE.md, "Contracts" and "Reports"). BenchResult is plumbline-bench's struct
// (BenchResult.h).
#include "BenchResult.h"

#include <QList>

namespace plumbline::bench {

// report_200_90d: wall time of `plumbline report --format pdf` for 200 integrations over 90 days (collect the
// history from a real SQLite file, lay out and write the PDF), against the HTML report of the same data (the same
// collection, no pagination or font layout). Median of `repeats` interleaved runs. `quick`: 20 integrations over
// 30 days. An empty list means the run could not be measured (the reason is printed).
QList<BenchResult> reportBench(bool quick, int repeats);

} // namespace plumbline::bench
