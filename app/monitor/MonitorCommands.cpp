#include "MonitorCommands.h"

#include "../AppPaths.h"
#include "../StopSignals.h"
#include "CheckReport.h"
#include "Monitor.h"
#include "Poller.h"
#include "WebhookRelay.h"

#include <AlertEngine.h>
#include <Database.h>
#include <MonitorRepository.h>
#include <Transport.h>
#include <WorkspaceRepository.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommands)
};

// Everything a headless monitor needs, composed in one place.
struct HeadlessMonitor
{
    Database database;
    std::unique_ptr<WorkspaceRepository> workspace;
    std::unique_ptr<MonitorRepository> history;
    QNetworkAccessManager network;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<Poller> poller;
    AlertEngine alerts;
    std::unique_ptr<Monitor> monitor;

    QString open(const CommandLineOptions& o, SecretStore& secrets)
    {
        const Database::OpenResult opened = database.open(AppPaths::databaseFile(AppPaths::dataDir(o.dataDir)));
        if (!opened)
            return opened.message;
        workspace = std::make_unique<WorkspaceRepository>(database, AppPaths::osUser());
        history = std::make_unique<MonitorRepository>(database);
        transport = std::make_unique<Transport>(network);
        poller = std::make_unique<Poller>(secrets, *transport);
        monitor = std::make_unique<Monitor>(*workspace, *history, *poller, alerts);
        monitor->setOsUser(AppPaths::osUser());
        return {};
    }
};

} // namespace

int runCheckCommand(const CommandLineOptions& o, SecretStore& secrets, QTextStream& out, QTextStream& err)
{
    constexpr int kUnknown = 3;
    HeadlessMonitor m;
    if (const QString error = m.open(o, secrets); !error.isEmpty()) {
        err << Tr::tr("PLUMBLINE UNKNOWN - %1").arg(error) << '\n';
        return kUnknown;
    }
    for (const QString& id : o.integrations) {
        if (!m.workspace->integration(id)) {
            err << Tr::tr("PLUMBLINE UNKNOWN - there is no integration \"%1\"").arg(id) << '\n';
            return kUnknown;
        }
    }
    if (m.workspace->integrations().isEmpty()) {
        err << Tr::tr("PLUMBLINE UNKNOWN - the workspace has no integrations; import one with plumbline import FILE")
            << '\n';
        return kUnknown;
    }
    // One overall deadline (--timeout, default 60 s): what has not answered by then is reported as a timeout,
    // so a stalled vendor makes `check` slow by at most that much instead of by retries × stall per queued request.
    m.poller->setDeadline(o.timeoutS * 1000);
    QEventLoop loop; // a command-line tool waiting for its one cycle
    CycleReport report;
    QObject::connect(m.monitor.get(), &Monitor::storeError, &loop,
        [&err](const QString& message) { err << message << '\n'; });
    m.monitor->runCycle(o.integrations, [&](const CycleReport& r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    if (o.json)
        out << QJsonDocument(CheckReport::toJson(report)).toJson(QJsonDocument::Indented);
    else
        out << CheckReport::toText(report);
    out.flush();
    return severityExitCode(report.status);
}

int runRunCommand(const CommandLineOptions& o, SecretStore& secrets, QTextStream& out, QTextStream& err)
{
    HeadlessMonitor m;
    if (const QString error = m.open(o, secrets); !error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    StopSignals stop;
    if (!stop.isValid()) {
        err << Tr::tr("Cannot set up signal handling.") << '\n';
        return 1;
    }
    bool stopping = false;
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [&] {
        stopping = true;
        m.monitor->stop();
        // Let a cycle in flight finish and be stored; it never takes longer than the transport's deadlines.
        if (!m.monitor->isPolling())
            QCoreApplication::quit();
    });
    QObject::connect(m.monitor.get(), &Monitor::pollingChanged, &stop, [&](bool polling) {
        if (!polling && stopping)
            QCoreApplication::quit();
    });
    QObject::connect(m.monitor.get(), &Monitor::cycleFinished, &stop, [&out](const CycleReport& r) {
        out << CheckReport::toText(r).section(u'\n', 0, 0) << '\n';
        out.flush();
    });
    QObject::connect(m.monitor.get(), &Monitor::storeError, &stop, [&err](const QString& message) {
        err << message << '\n';
        err.flush();
    });
    std::unique_ptr<WebhookRelay> webhook;
    if (const QUrl url = WebhookRelay::configuredUrl(); url.isValid() && !url.isEmpty()) {
        webhook = std::make_unique<WebhookRelay>(*m.monitor, *m.transport, *m.workspace, url);
        QObject::connect(webhook.get(), &WebhookRelay::deliveryFailed, &stop, [&err](const QString& e) {
            err << Tr::tr("Webhook: %1").arg(e) << '\n';
            err.flush();
        });
    }
    out << Tr::tr("Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.", nullptr,
               int(m.workspace->integrations().size()))
        << '\n';
    out.flush();
    m.monitor->start();
    QCoreApplication::exec();
    out << Tr::tr("Stopped.") << '\n';
    return 0;
}

} // namespace plumbline
