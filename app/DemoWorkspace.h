#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace plumbline {

class SandboxServer;
class WorkspaceService;

// The built-in demo: a realistic marketing stack defined in resources/, imported into a throwaway workspace.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static QByteArray definitions();
    // Imports the demo definitions (no sandbox: nothing to poll); returns an empty string or a translated error.
    static QString populate(WorkspaceService& service);
    // Imports the running sandbox's workspace and stores its keys through the service's secret store (the demo
    // uses an in-memory one, never the keychain). `done` gets an empty string or a translated error.
    static void populateFromSandbox(WorkspaceService& service, const SandboxServer& sandbox, QObject* context,
        std::function<void(const QString&)> done);
};

} // namespace plumbline
