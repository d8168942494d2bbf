#pragma once

#include <QString>

namespace plumbline {

// Paths of the resources embedded in every build.
struct ResourcePaths
{
    static QString demoWorkspace();
    static QString appIcon();
    static QString translations();
};

} // namespace plumbline
