#include "SandboxCommand.h"

#include <sandbox/SandboxServer.h>

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
// Self-pipe: the signal handler only writes a byte (async-signal-safe); the event loop reads it and quits.
int g_signalFds[2] = { -1, -1 };

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};
} // namespace

int runSandboxCommand(quint16 port, const QString& scenario, QTextStream& out, QTextStream& err)
{
    if (!scenario.isEmpty() && !SandboxServer::scenarioNames().contains(scenario)) {
        err << Tr::tr("Unknown scenario \"%1\". Known scenarios: %2").arg(scenario,
                   SandboxServer::scenarioNames().join(u", "))
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

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        err << Tr::tr("Cannot set up signal handling.") << '\n';
        err.flush();
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier] {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction oldInt {};
    struct sigaction oldTerm {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);

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

    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    server.close();
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    g_signalFds[0] = g_signalFds[1] = -1;
    out << Tr::tr("Sandbox stopped.") << '\n';
    out.flush();
    return 0;
}

} // namespace plumbline
