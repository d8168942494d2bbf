#pragma once
// The real main window wired like `plumbline --demo` (ui/GuiMain.cpp), for GUI tests: a workspace in a temporary
// SQLite file, keys in memory, the in-process sandbox on a loopback port, the monitor and its history, schema
// fetching, and the Sandbox › Scenario menu switching the sandbox. Tests derive from it for their own helpers.
// Like the demo, it can begin with a month of history (DemoHistory); by default it begins empty, as the tests that
// count alerts and polls from the first check expect.
#include <AlertEngine.h>
#include <Database.h>
#include <DemoHistory.h>
#include <DemoWorkspace.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <MonitorRepository.h>
#include <Transport.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <monitor/Poller.h>
#include <sandbox/SandboxServer.h>
#include <schema/SchemaFetcher.h>

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace plumbline::test {

struct DemoWindow
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<WorkspaceRepository> repository;
    MemorySecretStore secrets;
    std::unique_ptr<WorkspaceService> service;
    QNetworkAccessManager network;
    std::unique_ptr<Transport> transport;
    SandboxServer sandbox;
    std::unique_ptr<MonitorRepository> history;
    std::unique_ptr<Poller> poller;
    AlertEngine alerts;
    std::unique_ptr<Monitor> monitor;
    std::unique_ptr<SchemaFetcher> fetcher;
    std::unique_ptr<MainWindow> window;
    DemoHistory::Outcome backfill; // with history: what the backfill wrote and how long it took

    enum class History
    {
        Empty,
        Backfilled, // as `plumbline --demo`: a month of history written before the monitor starts
    };

    // Opens the store, starts the sandbox, shows the window at `size` and imports the sandbox's workspace.
    // `osUser` is who acknowledges and snoozes.
    bool start(const QString& osUser, const QSize& size, History withHistory = History::Empty)
    {
        using namespace Qt::StringLiterals;
        if (!dir.isValid() || !database.open(dir.filePath(u"plumbline.sqlite"_s)) || !sandbox.listen(0))
            return false;
        repository = std::make_unique<WorkspaceRepository>(database, u"tester"_s);
        service = std::make_unique<WorkspaceService>(*repository, secrets);
        TransportPolicy policy; // short, so unreachable scenarios end quickly
        policy.stallTimeoutMs = 1500;
        policy.deadlineMs = 3000;
        policy.backoffBaseMs = 5;
        policy.backoffCapMs = 20;
        transport = std::make_unique<Transport>(network, policy);
        history = std::make_unique<MonitorRepository>(database);
        poller = std::make_unique<Poller>(secrets, *transport);
        monitor = std::make_unique<Monitor>(*repository, *history, *poller, alerts);
        monitor->setOsUser(osUser);
        fetcher = std::make_unique<SchemaFetcher>(secrets, *transport);
        MainWindow::Options options;
        options.demo = true;
        options.sandboxScenarios = SandboxServer::scenarioNames();
        window = std::make_unique<MainWindow>(*service, options);
        window->setHistory(history.get());
        window->setMonitor(monitor.get());
        window->setSchemaFetcher(fetcher.get());
        QObject::connect(window.get(), &MainWindow::sandboxScenarioRequested, &sandbox,
            [this](const QString& name) { sandbox.setScenario(name); });
        window->resize(size);
        window->show();
        bool populated = false;
        QString error = u"not finished"_s;
        DemoWorkspace::populateFromSandbox(*service, sandbox, window.get(), [&](const QString& e) {
            error = e;
            populated = true;
        });
        if (!QTest::qWaitFor([&] { return populated; }, 5000) || !error.isEmpty())
            return false;
        if (withHistory == History::Empty)
            return true;
        bool written = false;
        DemoHistory::backfill(*repository, *history, *poller, {}, window.get(), [&](const DemoHistory::Outcome& o) {
            backfill = o;
            written = true;
        });
        return QTest::qWaitFor([&] { return written; }, 10000) && backfill.ok();
    }

    // Polls now (the given integrations, or all) and waits until everything is stored and evaluated.
    [[nodiscard]] bool check(const QStringList& ids = {}, int timeoutMs = 20000)
    {
        bool done = false;
        monitor->runCycle(ids, [&](const CycleReport&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }
};

} // namespace plumbline::test
