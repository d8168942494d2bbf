#pragma once

#include "../AppContext.h"
#include "../CommandLine.h"

#include <QTextStream>

namespace plumbline {

// `plumbline auth status [--json]` (ARCHITECTURE.md §11): every OAuth connection's method, who it signs in as where
// the vendor says, when its access token expires and was last renewed, and what is wrong. It gets one token per
// OAuth connection to find out. Exit 0 when every OAuth connection has a token, 1 when one has a problem.
int runAuthStatusCommand(
    const CommandLineOptions& options, const AppContext::Options& services, QTextStream& out, QTextStream& err);

} // namespace plumbline
