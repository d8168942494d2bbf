#pragma once

#include "../AppContext.h"

#include <QTextStream>

namespace plumbline {

struct CommandLineOptions;

// `plumbline notify test CHANNEL_ID` and `plumbline notify log [--json]` (ARCHITECTURE.md §14), and `secret set
// channel/<id>/<name>` for a channel's secret.
int runNotifyCommand(const CommandLineOptions& o, AppContext& context, QTextStream& out, QTextStream& err);
int runChannelSecretSet(
    const QString& entry, const QString& secret, AppContext& context, QTextStream& out, QTextStream& err);

} // namespace plumbline
