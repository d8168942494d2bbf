#pragma once

#include "Connection.h"
#include "Integration.h"

namespace plumbline {

// The definitions of a marketing stack: what the workspace JSON file carries.
struct Workspace
{
    QList<Connection> connections;
    QList<Integration> integrations;
};

} // namespace plumbline
