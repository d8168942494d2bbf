#pragma once

#include "../AppContext.h"
#include "../CommandLine.h"

#include <QTextStream>

namespace plumbline {

// Each builds its services with the composition root from `services` (the store file is --data-dir's).

// `plumbline check [--json] [--integration ID]...`: poll now, store, evaluate with history, print; the exit code
// is the worst status (0 ok, 1 warning, 2 critical, 3 unknown), so it works as a Nagios/Icinga plugin.
int runCheckCommand(
    const CommandLineOptions& options, const AppContext::Options& services, QTextStream& out, QTextStream& err);

// `plumbline run`: poll on schedule without a window until SIGINT/SIGTERM, then exit cleanly (0).
int runRunCommand(
    const CommandLineOptions& options, const AppContext::Options& services, QTextStream& out, QTextStream& err);

// `alerts`, `alert ack|snooze`, `maintenance add|list|remove`: what a person does about alerts, from a shell.
int runAlertCommand(
    const CommandLineOptions& options, const AppContext::Options& services, QTextStream& out, QTextStream& err);

} // namespace plumbline
