#pragma once

#include "Connector.h"

#include <memory>

namespace plumbline {

// The connectors, one per vendor, registered statically: a new vendor adds one line in ConnectorRegistry.cpp.
class ConnectorRegistry final
{
public:
    static std::unique_ptr<Connector> create(Transport& transport, const Connection& connection, const QString& secret);
};

} // namespace plumbline
