#pragma once

#include "Connection.h"
#include "Integration.h"
#include "notify/NotifyChannel.h"

namespace plumbline {

// The definitions of a marketing stack: what the workspace JSON file carries.
struct Workspace
{
    QList<Connection> connections;
    QList<Integration> integrations;
    QList<NotifyChannel> channels {}; // where alerts go (ARCHITECTURE.md §14); their secrets are in the keychain
};

} // namespace plumbline
