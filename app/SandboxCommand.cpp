#include "SandboxCommand.h"

#include <sandbox/SandboxServer.h>

#include "StopSignals.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};
} // namespace

int runSandboxCommand(quint16 port, const QString& scenario, QTextStream& out, QTextStream& err)
{
    if (!scenario.isEmpty() && !SandboxServer::scenarioNames().contains(scenario)) {
        err << Tr::tr("Unknown scenario \"%1\". Known scenarios: %2")
                   .arg(scenario, SandboxServer::scenarioNames().join(u", "))
            << '\n';
        err.flush();
        return 64;
    }
    SandboxServer server;
    if (!server.listen(port)) {
        err << Tr::tr("Cannot listen on 127.0.0.1:%1 (port in use?).").arg(port) << '\n';
        err.flush();
        return 1;
    }
    if (!scenario.isEmpty())
        server.setScenario(scenario);

    StopSignals stop;
    if (!stop.isValid()) {
        err << Tr::tr("Cannot set up signal handling.") << '\n';
        err.flush();
        return 1;
    }
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [] { QCoreApplication::quit(); });

    const QString base = server.baseUrl();
    out << Tr::tr("Plumbline sandbox listening on %1 (scenario: %2)").arg(base, server.scenario()) << '\n'
        << Tr::tr("Workspace:  curl -s %1/_sandbox/workspace > sandbox-workspace.json").arg(base) << '\n'
        << Tr::tr("Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_<ID>=... lines; export them)").arg(base)
        << '\n'
        << Tr::tr("Scenario:   curl -s -X POST -d '{\"scenario\":\"count_drift\"}' %1/_sandbox/scenario").arg(base)
        << '\n'
        << Tr::tr("Scenarios:  %1").arg(SandboxServer::scenarioNames().join(u", ")) << '\n'
        << Tr::tr("Stop with Ctrl+C.") << '\n';
    out.flush();

    QCoreApplication::exec();
    server.close();
    out << Tr::tr("Sandbox stopped.") << '\n';
    out.flush();
    return 0;
}

} // namespace plumbline
