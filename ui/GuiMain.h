#pragma once

#include <CommandLine.h>

namespace plumbline {

// The GUI's composition root: QApplication, store, keychain, services and the main window.
int runGui(int argc, char** argv, const CommandLineOptions& options);

} // namespace plumbline
