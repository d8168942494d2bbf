#pragma once

#include "AppContext.h"
#include "CommandLine.h"

#include <QTextStream>
#include <memory>

namespace plumbline {

// Runs the commands that need no window. Needs a QCoreApplication; the streams are injected, and every command
// builds its services with the composition root (AppContext) from `services`: the window's, except that polling
// commands read PLUMBLINE_SECRET_<ID> before the keychain.
class HeadlessRunner final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)

public:
    HeadlessRunner(QTextStream& out, QTextStream& err, QIODevice& in, AppContext::Options services = {});

    int run(const CommandLineOptions& options);

private:
    int runImport(const CommandLineOptions& options);
    int runExport(const CommandLineOptions& options);
    int runSecretSet(const CommandLineOptions& options);
    int runRepair(const CommandLineOptions& options);
    // The composition root on --data-dir's workspace; nullptr (and the reason on stderr) when it cannot open.
    std::unique_ptr<AppContext> openContext(const CommandLineOptions& options);
    std::unique_ptr<AppContext> openContext(const CommandLineOptions& options, AppContext::Options services);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    AppContext::Options m_services;
};

// The entry point for headless commands (creates the QCoreApplication).
int runHeadless(int argc, char** argv, const CommandLineOptions& options);

} // namespace plumbline
