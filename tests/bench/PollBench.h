#pragma once

#include "BenchResult.h"

#include <optional>

namespace plumbline::bench {

struct PollOptions
{
    int integrations = 500;
    int maxConcurrentPerHost = 0; // 0: the transport policy's default
    int repeats = 5; // interleaved runs of each side; the median wall time is reported
};

// poll_500: count polls (source and destination of every integration) against the sandbox, run in its own
// thread, through the real Transport issuing them concurrently, versus a sequential loop over the same requests.
// Returns nothing and sets `error` when the run could not be measured (sandbox failed, a count failed).
std::optional<QList<BenchResult>> runPoll(const PollOptions& options, QString& error, QString& info);

} // namespace plumbline::bench
