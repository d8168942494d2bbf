// The demo as a person meets it: the main window over the in-process sandbox, live counts, and a sandbox scenario
// switched from the menu showing up in the counts.
#include <ConnectionDialog.h>
#include <ConnectionTester.h>
#include <CountProbe.h>
#include <MonitorRepository.h>
#include <TrayIcon.h>
#include <monitor/Monitor.h>
#include <monitor/Poller.h>
#include <monitor/WebhookRelay.h>
#include <Database.h>
#include <DemoWorkspace.h>
#include <IntegrationTableModel.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <Transport.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <sandbox/SandboxServer.h>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    struct Demo
    {
        QTemporaryDir dir;
        Database database;
        std::unique_ptr<WorkspaceRepository> repository;
        MemorySecretStore secrets;
        std::unique_ptr<WorkspaceService> service;
        QNetworkAccessManager network;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<CountProbe> probe;
        SandboxServer sandbox;
        std::unique_ptr<MainWindow> window;

        bool start()
        {
            if (!dir.isValid() || !database.open(dir.filePath(u"plumbline.sqlite"_s)) || !sandbox.listen(0))
                return false;
            repository = std::make_unique<WorkspaceRepository>(database, u"tester"_s);
            service = std::make_unique<WorkspaceService>(*repository, secrets);
            TransportPolicy policy;
            policy.stallTimeoutMs = 1500;
            policy.deadlineMs = 3000;
            policy.backoffBaseMs = 5;
            policy.backoffCapMs = 20;
            transport = std::make_unique<Transport>(network, policy);
            probe = std::make_unique<CountProbe>(*repository, secrets, *transport);
            MainWindow::Options options;
            options.demo = true;
            options.sandboxScenarios = SandboxServer::scenarioNames();
            window = std::make_unique<MainWindow>(*service, options);
            window->setCountProbe(probe.get());
            QObject::connect(window.get(), &MainWindow::sandboxScenarioRequested, &sandbox,
                [this](const QString& name) { sandbox.setScenario(name); });
            window->show();
            bool populated = false;
            QString error = u"not finished"_s;
            DemoWorkspace::populateFromSandbox(*service, sandbox, window.get(), [&](const QString& e) {
                error = e;
                populated = true;
            });
            if (!QTest::qWaitFor([&] { return populated; }, 5000) || !error.isEmpty())
                return false;
            return true;
        }
        IntegrationTableModel* model() const
        {
            auto* table = window->findChild<QTableView*>(u"integrationsTable"_s);
            QAbstractItemModel* model = table ? table->model() : nullptr;
            // Under the overview's filter and status-dot proxies.
            while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
                model = proxy->sourceModel();
            return qobject_cast<IntegrationTableModel*>(model);
        }
        [[nodiscard]] bool refreshAndWait()
        {
            window->findChild<QAction*>(u"actionRefreshCounts"_s)->trigger();
            return QTest::qWaitFor([&] { return !probe->isBusy(); }, 15000);
        }
    };

private Q_SLOTS:
    void demoWorkspaceComesFromTheSandboxWithKeysInMemory()
    {
        Demo demo;
        QVERIFY(demo.start());
        const Workspace ws = demo.repository->workspace();
        QCOMPARE(ws.connections.size(), 7);
        QVERIFY(ws.integrations.size() >= 3);
        QCOMPARE(demo.secrets.size(), qsizetype(7));
        for (const Connection& c : ws.connections) {
            QVERIFY2(c.baseUrl.startsWith(demo.sandbox.baseUrl()), qPrintable(c.baseUrl));
            QCOMPARE(c.secretState, SecretState::Stored);
        }
    }

    void liveCountsShowInTheOverview()
    {
        Demo demo;
        QVERIFY(demo.start());
        IntegrationTableModel* model = demo.model();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(demo.refreshAndWait());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->integrationAt(row).id;
            const std::optional<CountSnapshot> snap = model->snapshot(id);
            QVERIFY2(snap, qPrintable(id));
            QVERIFY2(snap->source && *snap->source > 0, qPrintable(snap->sourceProblem));
            QVERIFY2(snap->destination && *snap->destination > 0, qPrintable(snap->destinationProblem));
            QVERIFY(std::abs(*snap->destination - *snap->source) <= 2); // healthy: only sync lag
            QVERIFY(!model->index(row, IntegrationTableModel::SourceCountColumn).data().toString().isEmpty());
        }
    }

    void testConnectionInTheEditor_data()
    {
        QTest::addColumn<QString>("typedKey");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stored key") << QString() << u"✔"_s;
        QTest::newRow("wrong key typed") << u"pat-na1-wrong-key-000"_s << u"✘"_s;
    }
    void testConnectionInTheEditor()
    {
        QFETCH(QString, typedKey);
        QFETCH(QString, expected);
        Demo demo;
        QVERIFY(demo.start());
        ConnectionTester tester(demo.secrets, *demo.transport);
        ConnectionDialog dialog(*demo.service, demo.repository->connection(u"hubspot-sandbox"_s), demo.window.get());
        auto* button = dialog.findChild<QPushButton*>(u"testConnectionButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // no tester yet
        dialog.setTester(&tester);
        QVERIFY(button->isEnabled());
        if (!typedKey.isEmpty())
            dialog.findChild<QLineEdit*>(u"secretEdit"_s)->setText(typedKey);
        button->click();
        auto* result = dialog.findChild<QLabel*>(u"testResultLabel"_s);
        QVERIFY(result);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(expected), 10000);
        QVERIFY(!result->text().contains(u"pat-na1-wrong-key-000"_s));
        // Testing saves nothing: the definition and the stored key are unchanged.
        QCOMPARE(demo.secrets.size(), qsizetype(7));
    }

    // The monitor drives the window: a revoked key shows as a critical status with its reason and what to check,
    // and the alert reaches the tray as one notification.
    void monitorShowsStatusFindingsAndNotifies()
    {
        Demo demo;
        QVERIFY(demo.start());
        MonitorRepository history(demo.database);
        Poller poller(demo.secrets, *demo.transport);
        AlertEngine alerts;
        Monitor monitor(*demo.repository, history, poller, alerts);
        TrayIcon tray;
        QStringList notified;
        QObject::connect(&monitor, &Monitor::alertTransitions, &tray, [&](const QList<AlertTransition>& t) {
            notified << tray.notify(t, [](const QString& subject) { return subject; });
            tray.setWorst(alerts.worstOpen(QDateTime::currentDateTimeUtc()));
        });
        demo.window->setMonitor(&monitor);
        demo.sandbox.setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        bool done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        IntegrationTableModel* model = demo.model();
        const int row = model->rowOf(u"crm-to-newsletter"_s);
        const QString status = model->index(row, IntegrationTableModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(severityDisplayName(Severity::Critical)), qPrintable(status));
        QCOMPARE(model->index(row, IntegrationTableModel::NameColumn).data(IntegrationTableModel::StatusRole).toString(),
            u"critical"_s);
        // Unaffected: the Shopify → Salesforce flow does not use HubSpot.
        QCOMPARE(model->index(model->rowOf(u"store-to-crm"_s), IntegrationTableModel::NameColumn)
                     .data(IntegrationTableModel::StatusRole)
                     .toString(),
            u"ok"_s);
        QVERIFY2(!notified.isEmpty() && notified.join(u'\n').contains(u"hubspot-sandbox"_s), qPrintable(notified.join(u'|')));
        QCOMPARE(tray.worst(), Severity::Critical);
        // One notification per state change: the same state on the next poll says nothing new.
        const qsizetype before = notified.size();
        done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(notified.size(), before);
    }

    // An alert that should reach a person is posted to the configured webhook, without the key.
    void monitorPostsAlertsToTheWebhook()
    {
        Demo demo;
        QVERIFY(demo.start());
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        QByteArray received;
        QObject::connect(&receiver, &QTcpServer::newConnection, &receiver, [&] {
            QTcpSocket* socket = receiver.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                received += socket->readAll();
                const qsizetype headerEnd = received.indexOf("\r\n\r\n");
                const qsizetype lengthAt = received.toLower().indexOf("content-length:");
                if (headerEnd < 0 || lengthAt < 0)
                    return;
                const qsizetype length = received.mid(lengthAt + 15, received.indexOf("\r\n", lengthAt) - lengthAt - 15)
                                             .trimmed()
                                             .toLongLong();
                if (received.size() - headerEnd - 4 >= length)
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            });
        });
        QTemporaryDir settingsDir;
        const QString settingsFile = settingsDir.filePath(u"plumbline.conf"_s);
        {
            QFile f(settingsFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[notifications]\nwebhook_url=http://127.0.0.1:" + QByteArray::number(receiver.serverPort())
                + "/hook\n");
        }
        qputenv("PLUMBLINE_SETTINGS", settingsFile.toUtf8());
        const QUrl url = WebhookRelay::configuredUrl();
        qunsetenv("PLUMBLINE_SETTINGS");
        QCOMPARE(url.port(), int(receiver.serverPort()));

        MonitorRepository history(demo.database);
        Poller poller(demo.secrets, *demo.transport);
        AlertEngine alerts;
        Monitor monitor(*demo.repository, history, poller, alerts);
        WebhookRelay relay(monitor, *demo.transport, *demo.repository, url);
        demo.sandbox.setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        bool done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"blocks\""), 10000);
        QVERIFY(received.startsWith("POST /hook"));
        QVERIFY(received.contains("auth"));
        const QString key = demo.sandbox.secrets().value(u"hubspot-sandbox"_s);
        QVERIFY(!key.isEmpty());
        QVERIFY(!received.contains(key.toUtf8()));
    }

    // The monitor records its heartbeat: when nothing has polled for too long, the report says so; old raw
    // samples are pruned by the retention settings while their rollups stay.
    void monitorStaleHeartbeatAndRetention()
    {
        Demo demo;
        QVERIFY(demo.start());
        MonitorRepository history(demo.database);
        Poller poller(demo.secrets, *demo.transport);
        AlertEngine alerts;
        Monitor monitor(*demo.repository, history, poller, alerts);
        QDateTime now = QDateTime::currentDateTimeUtc();
        monitor.setClock([&now] { return now; });
        poller.setClock([&now] { return now; });
        bool done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        const auto hasStale = [](const CycleReport& r) {
            for (const IntegrationHealth& h : r.integrations) {
                for (const Finding& f : h.findings) {
                    if (f.rule == u"stale")
                        return true;
                }
            }
            return false;
        };
        QVERIFY(!hasStale(monitor.report()));
        // Pausing from the View menu stops the schedule; resuming restarts it.
        demo.window->setMonitor(&monitor);
        monitor.start();
        QAction* pause = demo.window->findChild<QAction*>(u"actionPausePolling"_s);
        QVERIFY(pause && pause->isEnabled());
        pause->setChecked(true);
        QVERIFY(monitor.isPaused());
        pause->setChecked(false);
        QVERIFY(!monitor.isPaused());
        monitor.stop();
        now = now.addSecs(3 * 3600); // nobody polled for three hours
        const CycleReport late = monitor.report();
        QVERIFY(hasStale(late));
        QVERIFY(late.status != Severity::Ok);

        now = now.addDays(40); // past the 30 days of raw samples
        done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(history.recentSamples(u"crm-to-newsletter"_s, 10).size(), qsizetype(1));
        QVERIFY(!history.daily(u"crm-to-newsletter"_s, {}, {}).isEmpty());
    }

    void scenarioFromTheMenuShowsInTheCounts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("count drift") << u"count_drift"_s;
        QTest::newRow("auth revoked") << u"auth_revoked"_s;
    }
    void scenarioFromTheMenuShowsInTheCounts()
    {
        QFETCH(QString, scenario);
        Demo demo;
        QVERIFY(demo.start());
        QVERIFY(demo.refreshAndWait());
        QAction* action = demo.window->findChild<QAction*>(u"scenario_"_s + scenario);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(demo.sandbox.scenario(), scenario);
        QVERIFY(QTest::qWaitFor([&] { return !demo.probe->isBusy(); }, 15000));
        IntegrationTableModel* model = demo.model();
        const int row = model->rowOf(u"crm-to-newsletter"_s);
        QVERIFY(row >= 0);
        const CountSnapshot snap = model->snapshot(u"crm-to-newsletter"_s).value();
        if (scenario == u"count_drift") {
            QVERIFY(snap.source && snap.destination);
            const double pct = 100.0 * double(*snap.destination - *snap.source) / double(*snap.source);
            QVERIFY2(pct < -5.0, qPrintable(QString::number(pct)));
            QVERIFY(model->index(row, IntegrationTableModel::GapPercentColumn).data().toString().contains(u'%'));
            QVERIFY(model->index(row, IntegrationTableModel::GapColumn).data().toString().startsWith(u'-'));
        } else {
            QVERIFY(!snap.source); // never 0 for "could not read"
            QVERIFY2(snap.sourceProblem.contains(u"401"_s) || snap.sourceProblem.contains(u"credential"_s,
                         Qt::CaseInsensitive),
                qPrintable(snap.sourceProblem));
            QCOMPARE(model->index(row, IntegrationTableModel::SourceCountColumn).data().toString(),
                IntegrationTableModel::tr("unavailable"));
            QCOMPARE(model->index(row, IntegrationTableModel::SourceCountColumn).data(Qt::ToolTipRole).toString(),
                snap.sourceProblem);
        }
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
