#pragma once

#include <QCoreApplication>
#include <QString>

namespace plumbline {

class WorkspaceService;

// The built-in demo: a realistic marketing stack defined in resources/, imported into a throwaway workspace.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static QByteArray definitions();
    // Imports the demo definitions; returns an empty string or a translated error.
    static QString populate(WorkspaceService& service);
};

} // namespace plumbline
