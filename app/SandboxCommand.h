#pragma once

#include <QString>
#include <QTextStream>

namespace plumbline {

// `plumbline sandbox [--port N] [--scenario NAME]`: serves the fake vendor stack on 127.0.0.1 until SIGINT or
// SIGTERM. Returns 0 after a clean stop, 64 for an unknown scenario, 1 when the port cannot be opened.
int runSandboxCommand(quint16 port, const QString& scenario, QTextStream& out, QTextStream& err);

} // namespace plumbline
