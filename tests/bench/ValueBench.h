#pragma once

#include "BenchResult.h"

namespace plumbline::bench {

// value_check_200: a 200-record value check (sample on the source, batch lookup at the destination) for each vendor
// pair of the sandbox workspace, against the sandbox answering after 80–250 ms as real vendors do, beside the naive
// check in the same run: the same sampled keys looked up one request per record (issued together, through the same
// transport). Figures: wall time and requests. Empty when the run failed (the reason is printed).
QList<BenchResult> valueCheckBench(bool quick);

} // namespace plumbline::bench
