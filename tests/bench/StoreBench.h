#pragma once

// The monitor store's benchmarks (ARCHITECTURE.md, "Contracts"). BenchResult is plumbline-bench's struct
// (tests/bench/BenchResult.h): { name, value, unit, baseline, baselineIs, n }.
#include "BenchResult.h"

#include <QList>

namespace plumbline::bench {

// ingest_samples: samples/s written through MonitorRepository::write with one transaction per poll batch of 200
// samples (one per integration), against one transaction per sample, on fresh SQLite files (WAL, NORMAL).
// An empty list means the run could not be measured (the store refused a write); see the warning printed.
QList<BenchResult> ingestSamplesBench(bool quick);

// db_size_year: bytes of the database file for one integration-year of 5-minute samples with the hourly and
// daily rollups and the default retention applied (raw 30 days, hourly 1 year, daily forever), against the same
// year with every raw sample kept. Both measured after VACUUM. `quick`: 90 days instead of 365.
QList<BenchResult> dbSizeYearBench(bool quick);

// evaluate_500: the health rules for 500 integrations over the recent samples they need, against a naive scan of
// each integration's whole stored history.
QList<BenchResult> evaluateBench(bool quick);

// open_quick_check: opening a workspace of 100 integrations with 30 days of 5-minute history with PRAGMA
// quick_check (what Database::IntegrityCheck::Auto does at most daily for a large file) against the same open
// without it. `n` is the file size in bytes.
QList<BenchResult> openQuickCheckBench(bool quick);

} // namespace plumbline::bench
