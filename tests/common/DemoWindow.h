#pragma once
// The real main window on the production composition root (app/AppContext), wired like `plumbline --demo`
// (ui/GuiMain.cpp): a workspace in a temporary SQLite file, keys in memory, the in-process sandbox on a loopback
// port, the monitor and its history, schema fetching, and the Sandbox › Scenario menu switching the sandbox.
// Only the transport's timeouts are shorter, so unreachable scenarios end quickly. Tests derive from it for their
// own helpers. Like the demo, it can begin with a month of history (DemoHistory); by default it begins empty, as
// the tests that count alerts and polls from the first check expect.
#include <AlertEngine.h>
#include <AppContext.h>
#include <Database.h>
#include <DemoHistory.h>
#include <HistoryService.h>
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

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace plumbline::test {

struct DemoWindow
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    // The context's services, for tests to reach into (valid after start()).
    Database* database = nullptr;
    WorkspaceRepository* repository = nullptr;
    MemorySecretStore* secrets = nullptr;
    WorkspaceService* service = nullptr;
    Transport* transport = nullptr;
    SandboxServer* sandbox = nullptr;
    MonitorRepository* history = nullptr;
    Poller* poller = nullptr;
    AlertEngine* alerts = nullptr;
    Monitor* monitor = nullptr;
    SchemaFetcher* fetcher = nullptr;
    std::unique_ptr<MainWindow> window;
    DemoHistory::Outcome backfill; // with history: what the backfill wrote and how long it took
    Clock clock; // set before start() to run the whole context on a test clock

    enum class History
    {
        Empty,
        Backfilled, // as `plumbline --demo`: a month of history written before the monitor starts
    };

    static void shortTimeouts(TransportPolicy& policy)
    {
        policy.stallTimeoutMs = 1500;
        policy.deadlineMs = 3000;
        policy.backoffBaseMs = 5;
        policy.backoffCapMs = 20;
    }

    // Opens the store, starts the sandbox and imports its workspace, then shows the window at `size`.
    // `osUser` is who acknowledges and snoozes.
    bool start(const QString& osUser = QStringLiteral("tester"), const QSize& size = QSize(1100, 720),
        History withHistory = History::Empty)
    {
        if (!dir.isValid())
            return false;
        AppContext::Options options;
        options.databaseFile = dir.filePath(QStringLiteral("plumbline.sqlite"));
        options.secrets = AppContext::Secrets::Memory;
        options.osUser = osUser;
        options.tuneTransport = &DemoWindow::shortTimeouts;
        options.clock = clock;
        context = std::make_unique<AppContext>(options);
        if (!context->open() || !context->startSandbox())
            return false;
        database = &context->database();
        repository = &context->workspace();
        secrets = static_cast<MemorySecretStore*>(&context->secrets());
        service = &context->service();
        transport = &context->transport();
        sandbox = context->sandbox();
        history = &context->history();
        poller = &context->poller();
        alerts = &context->alerts();
        monitor = &context->monitor();
        fetcher = &context->schemaFetcher();
        MainWindow::Options windowOptions;
        windowOptions.demo = true;
        windowOptions.dataDir = dir.path();
        window = std::make_unique<MainWindow>(*context, windowOptions);
        window->resize(size);
        window->show();
        bool loaded = false;
        QString error = QStringLiteral("not finished");
        context->loadDemo(withHistory == History::Backfilled, window.get(), [&](const QString& e) {
            error = e;
            loaded = true;
        });
        if (!QTest::qWaitFor([&] { return loaded; }, withHistory == History::Backfilled ? 15000 : 5000))
            return false;
        backfill = context->demoHistory();
        return error.isEmpty();
    }

    // Polls now (the given integrations, or all) and waits until everything is stored and evaluated.
    [[nodiscard]] bool check(const QStringList& ids = {}, int timeoutMs = 20000)
    {
        bool done = false;
        monitor->runCycle(ids, [&](const CycleReport&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

    // View › Check counts now (F5), as a person does it, and waits for the cycle it starts.
    [[nodiscard]] bool refreshAndWait(int timeoutMs = 20000)
    {
        QSignalSpy finished(monitor, &Monitor::cycleFinished);
        QAction* refresh = window->findChild<QAction*>(QStringLiteral("actionRefreshCounts"));
        if (!refresh || !refresh->isEnabled())
            return false;
        refresh->trigger();
        return QTest::qWaitFor([&] { return !finished.isEmpty() && !monitor->isPolling(); }, timeoutMs);
    }
};

} // namespace plumbline::test
