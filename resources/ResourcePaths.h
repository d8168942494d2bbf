#pragma once

#include <QList>
#include <QString>

namespace plumbline {

// Paths of the resources embedded in every build.
struct ResourcePaths
{
    static QString demoWorkspace();
    // The application icon as SVG (drawn only where Qt's SVG plugin is installed) ...
    static QString appIcon();
    // ... and as PNG in the hicolor sizes (16, 32, 48, 64, 128, 256), which always load.
    static QString appIconPng(int size);
    static QList<int> appIconSizes();
    static QString translations();
};

} // namespace plumbline
