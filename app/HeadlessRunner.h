#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace plumbline {

class SecretStore;

// Runs the commands that need no window. Needs a QCoreApplication; streams and secret store are injected.
class HeadlessRunner final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)

public:
    HeadlessRunner(QTextStream& out, QTextStream& err, QIODevice& in, SecretStore& secrets);

    int run(const CommandLineOptions& options);

private:
    int runImport(const CommandLineOptions& options);
    int runExport(const CommandLineOptions& options);
    int runSecretSet(const CommandLineOptions& options);
    int runRepair(const CommandLineOptions& options);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    SecretStore& m_secrets;
};

// The entry point for headless commands (creates the QCoreApplication and the keychain store).
int runHeadless(int argc, char** argv, const CommandLineOptions& options);

} // namespace plumbline
