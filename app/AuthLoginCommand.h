#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace plumbline {

class AppContext;

// `plumbline auth login CONNECTION_ID [--timeout S]` (ARCHITECTURE.md §11): prints the sign-in address for the person
// to open in a browser on this computer, waits on the loopback redirect (S seconds, default 300; Ctrl+C cancels),
// exchanges the code and stores the refresh token in the keychain. Exit 0 when signed in with the refresh token
// stored; 1 otherwise (no such connection, not an oauth_authorization_code connection, declined, timed out,
// cancelled, refused, port in use, or a keychain that would not keep the token).
int runAuthLoginCommand(const CommandLineOptions& options, AppContext& context, QTextStream& out, QTextStream& err);

} // namespace plumbline
