// The demo as a person meets it: the main window over the in-process sandbox, live counts, and a sandbox scenario
// switched from the menu showing up in the counts; a month of history from the start; the overview saying why.
#include "../common/DemoWindow.h"

#include <ConnectionDialog.h>
#include <ConnectionTester.h>
#include <Database.h>
#include <DemoWorkspace.h>
#include <IntegrationTableModel.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <MonitorRepository.h>
#include <SecretStore.h>
#include <Transport.h>
#include <TrayIcon.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <monitor/Poller.h>
#include <notify/NotifyChannel.h>
#include <sandbox/SandboxServer.h>
#include <settings/AppSettings.h>

#include <DemoHistory.h>
#include <schema/MappingHealth.h>
#include <views/AlertTableModel.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace plumbline;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    struct Demo : test::DemoWindow
    {
        IntegrationTableModel* model() const
        {
            auto* table = window->findChild<QTableView*>(u"integrationsTable"_s);
            QAbstractItemModel* model = table ? table->model() : nullptr;
            // Under the overview's filter and status-dot proxies.
            while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
                model = proxy->sourceModel();
            return qobject_cast<IntegrationTableModel*>(model);
        }
    };

    static QTableView* integrationsTable(const test::DemoWindow& demo)
    {
        return demo.window->findChild<QTableView*>(u"integrationsTable"_s);
    }
    static IntegrationTableModel* integrationModel(const test::DemoWindow& demo)
    {
        QAbstractItemModel* model = integrationsTable(demo)->model();
        while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
            model = proxy->sourceModel();
        return qobject_cast<IntegrationTableModel*>(model);
    }
    // Selects the integration's row in the overview, which opens its dashboard below.
    static bool selectIntegration(const test::DemoWindow& demo, const QString& id)
    {
        QTableView* table = integrationsTable(demo);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(IntegrationTableModel::IdRole).toString() == id) {
                table->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    // `plumbline --demo` opens on a month of history written through the monitor's store: the 30-day chart is
    // full, the Alerts page holds an incident that was acknowledged and resolved, the schema change is listed, the
    // middleware's failed runs are in the run log, Saturdays and Sundays are quieter; and the live monitor carries
    // on from it without a false alarm.
    void demoOpensOnAMonthOfHistory()
    {
        test::DemoWindow demo;
        QElapsedTimer opening;
        opening.start();
        QVERIFY(demo.start(u"tester"_s, QSize(1400, 900), test::DemoWindow::History::Backfilled));
        const DemoHistory::Outcome& b = demo.backfill;
        qInfo("demo backfill: %lld ms (probe poll %lld ms, generate and store %lld ms): %lld samples, %lld runs, "
              "%lld findings, %lld alerts; window ready %lld ms after it was created",
            b.probeMs + b.writeMs, b.probeMs, b.writeMs, b.samples, b.runs, b.findings, b.alerts,
            qint64(opening.elapsed()));
        // Quick enough that the window opens on it at once (generously bounded: the machine may be busy).
        QVERIFY2(b.writeMs < 5000, qPrintable(QString::number(b.writeMs)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 integrations = demo.repository->integrations().size();
        QVERIFY(b.samples >= integrations * 29 * 288);
        QVERIFY(b.incidentStart.isValid());
        QVERIFY(b.incidentStart.daysTo(now) >= 3 && b.incidentStart.daysTo(now) <= 7); // about a week ago

        // The 30-day chart of the integration is spread over the month.
        const QString id = u"crm-to-newsletter"_s;
        QVERIFY(selectIntegration(demo, id));
        auto* month = demo.window->findChild<QAbstractButton*>(u"rangeMonth"_s);
        QVERIFY(month);
        month->click();
        auto* counts = demo.window->findChild<QChartView*>(u"countsChart"_s);
        QVERIFY(counts);
        const auto sourcePoints = [counts] {
            QList<QPointF> points;
            for (QAbstractSeries* s : counts->chart()->series()) {
                if (s->name() == u"Source"_s && qobject_cast<QLineSeries*>(s))
                    points << static_cast<QLineSeries*>(s)->points();
            }
            std::sort(points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
            return points;
        };
        QTRY_VERIFY(sourcePoints().size() > 300);
        const QList<QPointF> points = sourcePoints();
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()), Qt::UTC);
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(points.last().x()), Qt::UTC);
        QVERIFY2(first < now.addDays(-25), qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(last > now.addDays(-1), qPrintable(last.toString(Qt::ISODate)));
        auto* axis = qobject_cast<QDateTimeAxis*>(counts->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis && axis->min().toUTC() < now.addDays(-29));
        // Every day of the month has points, not one dot at the right edge.
        QSet<qint64> days;
        for (const QPointF& p : points)
            days.insert(qint64(p.x()) / (86400 * 1000));
        QVERIFY2(days.size() >= 29, qPrintable(QString::number(days.size())));

        // Quieter weekends: fewer new records on Saturdays and Sundays than on weekdays (whole days, not the
        // incident's, whose list import is no everyday sign-up).
        double weekdaySum = 0;
        double weekendSum = 0;
        int weekdays = 0;
        int weekendDays = 0;
        for (const Rollup& r : demo.history->daily(id, now.addDays(-29), now.addDays(-1))) {
            if (!r.source.min || !r.source.max || r.bucket.date() == b.incidentStart.date())
                continue;
            const double grew = double(*r.source.max - *r.source.min);
            if (r.bucket.date().dayOfWeek() >= Qt::Saturday) {
                weekendSum += grew;
                ++weekendDays;
            } else {
                weekdaySum += grew;
                ++weekdays;
            }
        }
        QVERIFY(weekdays >= 15 && weekendDays >= 6);
        QVERIFY2(weekendSum / weekendDays < 0.6 * (weekdaySum / weekdays),
            qPrintable(u"%1 vs %2"_s.arg(weekendSum / weekendDays).arg(weekdaySum / weekdays)));

        // The middleware's failed runs: a streak of them during the incident.
        const Integration integration = *demo.repository->integration(id);
        QVERIFY(integration.middleware);
        int streak = 0;
        int longest = 0;
        for (const RunRecord& r :
            demo.history->runs(integration.middleware->connection, integration.middleware->ref, now.addDays(-31))) {
            streak = r.status == u"error" ? streak + 1 : 0;
            longest = std::max(longest, streak);
        }
        QVERIFY2(longest >= 10, qPrintable(QString::number(longest)));

        // The schema change is listed on the dashboard: the destination gained a field shortly before the incident.
        auto* schemaTree = demo.window->findChild<QTreeWidget*>(u"schemaChangesTree"_s);
        QVERIFY(schemaTree);
        QTRY_VERIFY(schemaTree->topLevelItemCount() == 2);
        QTreeWidgetItem* destination = schemaTree->topLevelItem(1);
        bool added = false;
        for (int n = 0; n < destination->childCount(); ++n)
            added = added || destination->child(n)->text(1) == MappingHealth::kindText(SchemaChange::Kind::Added);
        QVERIFY2(added, qPrintable(destination->text(0)));

        // The Alerts page's history: the count drift alert, acknowledged, then resolved, as the alert engine stores it.
        demo.window->findChild<QAction*>(u"actionShowAlerts"_s)->trigger();
        auto* filter = demo.window->findChild<QComboBox*>(u"alertFilter"_s);
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(AlertFilterProxy::Filter::Resolved)));
        auto* alerts = demo.window->findChild<QTableView*>(u"alertsTable"_s);
        QVERIFY(alerts);
        std::optional<Alert> drift;
        for (int row = 0; row < alerts->model()->rowCount(); ++row) {
            const QModelIndex index = alerts->model()->index(row, AlertTableModel::RuleColumn);
            const std::optional<Alert> a = demo.history->alert(index.data(AlertTableModel::IdRole).toLongLong());
            QVERIFY(a && !a->isOpen());
            if (a->rule == u"count_drift"_s)
                drift = a;
        }
        QVERIFY(drift);
        QCOMPARE(drift->subject, u"integration:"_s + id);
        QVERIFY(drift->acknowledgedAt.isValid() && drift->resolvedAt.isValid());
        QVERIFY(drift->openedAt < drift->acknowledgedAt && drift->acknowledgedAt < drift->resolvedAt);
        QVERIFY(!drift->acknowledgedBy.isEmpty());
        QVERIFY(drift->openedAt >= now.addDays(-7) && drift->openedAt <= now.addDays(-3));
        QVERIFY(!drift->message.isEmpty());
        QList<AlertTransition::Kind> kinds;
        for (const AlertEvent& e : demo.history->alertEvents(drift->id))
            kinds << e.kind;
        QVERIFY(kinds.contains(AlertTransition::Kind::Opened));
        QVERIFY(kinds.contains(AlertTransition::Kind::Acknowledged));
        QCOMPARE(kinds.constLast(), AlertTransition::Kind::Resolved);
        QVERIFY(demo.history->openAlerts().isEmpty()); // nothing of the past is open now
        // Its findings are history, not the state now.
        QVERIFY(!demo.history->integrationFindings(id, drift->openedAt.addSecs(-3600), drift->resolvedAt).isEmpty());
        QVERIFY(demo.history->latestIntegrationFindings(id).isEmpty());

        // The live monitor carries on from the history without a false alarm, poll after poll.
        for (int poll = 0; poll < 2; ++poll) {
            QVERIFY(demo.check());
            IntegrationTableModel* model = integrationModel(demo);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex status = model->index(row, IntegrationTableModel::StatusColumn);
                QVERIFY2(status.data(Qt::ToolTipRole).toString() == severityDisplayName(Severity::Ok),
                    qPrintable(model->integrationAt(row).id + u": "_s + status.data(Qt::ToolTipRole).toString()));
            }
            QTest::qWait(1100); // a new second for the next poll's sample
        }
        QVERIFY(demo.history->openAlerts().isEmpty());
    }

    // The same seed and present give the same history; another seed another one.
    void demoHistoryIsDeterministic()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
        const auto history = [&now](quint32 seed, QList<Sample>& samples, QList<Alert>& alerts) {
            QTemporaryDir dir;
            Database database;
            if (!dir.isValid() || !database.open(dir.filePath(u"plumbline.sqlite"_s)))
                return false;
            WorkspaceRepository repository(database, u"tester"_s);
            MemorySecretStore secrets;
            WorkspaceService service(repository, secrets);
            if (!DemoWorkspace::populate(service).isEmpty())
                return false;
            MonitorRepository store(database);
            DemoHistory::Options options;
            options.now = now;
            options.seed = seed;
            if (!DemoHistory::write(repository, store, {}, options).ok())
                return false;
            for (const Integration& i : repository.integrations())
                samples << store.samples(i.id, {}, {});
            alerts = store.alerts({}, true);
            return true;
        };
        QList<Sample> a;
        QList<Sample> b;
        QList<Sample> c;
        QList<Alert> alertsA;
        QList<Alert> alertsB;
        QList<Alert> alertsC;
        QVERIFY(history(11, a, alertsA));
        QVERIFY(history(11, b, alertsB));
        QVERIFY(history(12, c, alertsC));
        QVERIFY(a.size() > 1000);
        QCOMPARE(a, b);
        QCOMPARE(alertsA.size(), alertsB.size());
        for (qsizetype n = 0; n < alertsA.size(); ++n) {
            alertsA[n].id = alertsB[n].id = 0;
        }
        QCOMPARE(alertsA, alertsB);
        QVERIFY(a != c);
    }

    // The overview says why, whole: the state in a word, the reason in its own column that takes the rest of the
    // width and wraps rather than cuts; and a summary line above the table that keeps its "ago" current.
    void overviewShowsTheReasonAndASummary()
    {
        test::DemoWindow demo;
        QDateTime now = QDateTime::currentDateTimeUtc();
        demo.clock = [&now] { return now; };
        QVERIFY(demo.start(u"tester"_s, QSize(1400, 900)));
        auto* summary = demo.window->findChild<QLabel*>(u"overviewSummary"_s);
        QVERIFY(summary && summary->isVisible());
        QCOMPARE(summary->text(), u"3 not checked yet · no check yet"_s);

        demo.sandbox->setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        QVERIFY(demo.check());
        now = QDateTime::currentDateTimeUtc();
        // Both HubSpot flows are critical; the Shopify one is fine.
        QCOMPARE(summary->text(), u"2 critical · 1 OK · last check just now"_s);
        // The "ago" moves on by itself, at least once a minute.
        auto* timer = demo.window->findChild<QTimer*>(u"overviewSummaryTimer"_s);
        QVERIFY(timer && timer->isActive() && timer->interval() <= 60 * 1000);
        now = now.addSecs(90);
        timer->setInterval(20);
        QTRY_COMPARE(summary->text(), u"2 critical · 1 OK · last check 1 min ago"_s);

        QTableView* table = integrationsTable(demo);
        IntegrationTableModel* model = integrationModel(demo);
        QHeaderView* header = table->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(IntegrationTableModel::ReasonColumn), QHeaderView::Stretch);
        QVERIFY(!table->isColumnHidden(IntegrationTableModel::ReasonColumn));
        QCOMPARE(model->headerData(IntegrationTableModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
        // The state column is a word, not the sentence cut short.
        const int row = model->rowOf(u"crm-to-newsletter"_s);
        QCOMPARE(model->index(row, IntegrationTableModel::StatusColumn).data().toString(),
            severityDisplayName(Severity::Critical));
        QApplication::processEvents();
        const QFontMetrics metrics(table->font());
        const int statusWidth = table->columnWidth(IntegrationTableModel::StatusColumn);
        QVERIFY(statusWidth >= metrics.horizontalAdvance(severityDisplayName(Severity::Critical)));
        // The reason: the worst finding's whole line, in the widest column at the default window size.
        const int reasonWidth = table->columnWidth(IntegrationTableModel::ReasonColumn);
        for (int column = 0; column < IntegrationTableModel::ColumnCount; ++column) {
            if (column != IntegrationTableModel::ReasonColumn && !table->isColumnHidden(column))
                QVERIFY2(table->columnWidth(column) < reasonWidth, qPrintable(QString::number(column)));
        }
        for (int viewRow = 0; viewRow < table->model()->rowCount(); ++viewRow) {
            const int r
                = model->rowOf(table->model()->index(viewRow, 0).data(IntegrationTableModel::IdRole).toString());
            QVERIFY(r >= 0);
            const QModelIndex cell = model->index(r, IntegrationTableModel::ReasonColumn);
            const QString reason = cell.data().toString();
            if (model->index(r, IntegrationTableModel::NameColumn).data(IntegrationTableModel::StatusRole) == u"ok"_s) {
                QVERIFY(reason.isEmpty());
                continue;
            }
            QVERIFY2(reason.contains(u"hubspot-sandbox"_s), qPrintable(reason));
            // Every word of it is on screen: wrapped into the column's width, the text fits the row's height.
            QVERIFY(table->wordWrap());
            const QRect needed = metrics.boundingRect(
                QRect(0, 0, reasonWidth - 8, 10000), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, reason);
            QVERIFY2(needed.height() <= table->rowHeight(viewRow),
                qPrintable(
                    u"%1 px needed, row %2 px: %3"_s.arg(needed.height()).arg(table->rowHeight(viewRow)).arg(reason)));
            // And whole in the tooltip and for a screen reader.
            QVERIFY(cell.data(Qt::ToolTipRole).toString().endsWith(reason));
            QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), reason);
        }
    }

    void demoWorkspaceComesFromTheSandboxWithKeysInMemory()
    {
        Demo demo;
        QVERIFY(demo.start());
        const Workspace ws = demo.repository->workspace();
        QCOMPARE(ws.connections.size(), 7);
        QVERIFY(ws.integrations.size() >= 3);
        // Seven keys and the demo channel's webhook URL (the sandbox's stand-in for Slack), all in memory.
        QCOMPARE(demo.secrets->size(), qsizetype(8));
        QCOMPARE(ws.channels.size(), 1);
        QCOMPARE(ws.channels.first().id, u"demo-slack"_s);
        QVERIFY(ws.channels.first().isDefault);
        for (const Connection& c : ws.connections) {
            QVERIFY2(c.baseUrl.startsWith(demo.sandbox->baseUrl()), qPrintable(c.baseUrl));
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
        ConnectionDialog dialog(*demo.service, demo.repository->connection(u"hubspot-sandbox"_s), demo.window.get());
        auto* button = dialog.findChild<QPushButton*>(u"testConnectionButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // no tester yet
        dialog.setTester(&demo.context->tester()); // the one the window's editor uses
        QVERIFY(button->isEnabled());
        if (!typedKey.isEmpty())
            dialog.findChild<QLineEdit*>(u"secretEdit"_s)->setText(typedKey);
        button->click();
        auto* result = dialog.findChild<QLabel*>(u"testResultLabel"_s);
        QVERIFY(result);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(expected), 10000);
        QVERIFY(!result->text().contains(u"pat-na1-wrong-key-000"_s));
        // Testing saves nothing: the definition and the stored key are unchanged.
        QCOMPARE(demo.secrets->size(), qsizetype(8));
    }

    // The monitor drives the window: a revoked key shows as a critical status with its reason and what to check,
    // and the alert reaches the tray as one notification.
    void monitorShowsStatusFindingsAndNotifies()
    {
        Demo demo;
        QVERIFY(demo.start());
        Monitor& monitor = *demo.monitor; // the window's
        TrayIcon tray;
        QStringList notified;
        QObject::connect(&monitor, &Monitor::alertTransitions, &tray, [&](const QList<AlertTransition>& t) {
            notified << tray.notify(t, [](const QString& subject) { return subject; });
            tray.setWorst(demo.alerts->worstOpen(QDateTime::currentDateTimeUtc()));
        });
        demo.sandbox->setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        bool done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        IntegrationTableModel* model = demo.model();
        const int row = model->rowOf(u"crm-to-newsletter"_s);
        const QString status = model->index(row, IntegrationTableModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(severityDisplayName(Severity::Critical)), qPrintable(status));
        QCOMPARE(
            model->index(row, IntegrationTableModel::NameColumn).data(IntegrationTableModel::StatusRole).toString(),
            u"critical"_s);
        // Unaffected: the Shopify → Salesforce flow does not use HubSpot.
        QCOMPARE(model->index(model->rowOf(u"store-to-crm"_s), IntegrationTableModel::NameColumn)
                     .data(IntegrationTableModel::StatusRole)
                     .toString(),
            u"ok"_s);
        QVERIFY2(!notified.isEmpty() && notified.join(u'\n').contains(u"hubspot-sandbox"_s),
            qPrintable(notified.join(u'|')));
        QCOMPARE(tray.worst(), Severity::Critical);
        // One notification per state change: the same state on the next poll says nothing new.
        const qsizetype before = notified.size();
        done = false;
        monitor.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(notified.size(), before);
    }

    // The one webhook URL of versions before 0.2, in the settings file, becomes the default channel "webhook" at
    // start (as GuiMain does it): its URL in the secret store, never in the workspace file, and gone from the
    // settings file. (Delivering alerts to it is the channel layer's, tested with the real ChannelDelivery.)
    void legacyWebhookMovesIntoAChannel()
    {
        Demo demo;
        QVERIFY(demo.start());
        QTemporaryDir settingsDir;
        const QString settingsFile = settingsDir.filePath(u"plumbline.conf"_s);
        const QByteArray url = "https://hooks.example.com/services/T0/B0/legacy-canary";
        {
            QFile f(settingsFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[notifications]\ndesktop=true\nwebhook_url=" + url + "\n");
        }
        QCOMPARE(AppSettings(settingsFile).legacyWebhookUrl(), QString::fromUtf8(url));
        bool migrated = false;
        QString error = u"not finished"_s;
        demo.context->migrateLegacyWebhook(AppSettings(settingsFile), demo.window.get(), [&](const QString& e) {
            error = e;
            migrated = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(migrated, 5000);
        QCOMPARE(error, QString());

        const std::optional<NotifyChannel> channel = demo.service->channel(u"webhook"_s);
        QVERIFY(channel);
        QVERIFY(channel->isDefault);
        QString stored;
        bool read = false;
        demo.context->secrets().read(SecretStore::channelScope(u"webhook"_s), NotifyChannel::kUrl, demo.window.get(),
            [&](const SecretResult& r) {
                stored = r.value;
                read = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(read, 5000);
        QCOMPARE(stored, QString::fromUtf8(url));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray left = settings.readAll();
        QVERIFY2(!left.contains("webhook_url") && !left.contains(url), left.constData());
        QVERIFY(AppSettings(settingsFile).legacyWebhookUrl().isEmpty());
        QVERIFY(AppSettings(settingsFile).load().desktopNotifications);

        // A second start has nothing to move and leaves the channel as it is.
        migrated = false;
        demo.context->migrateLegacyWebhook(AppSettings(settingsFile), demo.window.get(), [&](const QString& e) {
            error = e;
            migrated = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(migrated, 5000);
        QCOMPARE(error, QString());
        QCOMPARE(demo.service->channels().size(), 2); // the demo's own and the moved one
    }

    // The monitor records its heartbeat: when nothing has polled for too long, the report says so; old raw
    // samples are pruned by the retention settings while their rollups stay.
    void monitorStaleHeartbeatAndRetention()
    {
        Demo demo;
        QVERIFY(demo.start());
        Monitor& monitor = *demo.monitor; // the window's
        MonitorRepository& history = *demo.history;
        QDateTime now = QDateTime::currentDateTimeUtc();
        monitor.setClock([&now] { return now; });
        demo.poller->setClock([&now] { return now; });
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
        QSignalSpy checked(demo.monitor, &Monitor::cycleFinished);
        action->trigger(); // switches the sandbox, then checks counts now
        QCOMPARE(demo.sandbox->scenario(), scenario);
        QVERIFY(QTest::qWaitFor([&] { return !checked.isEmpty() && !demo.monitor->isPolling(); }, 15000));
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
            QVERIFY2(snap.sourceProblem.contains(u"401"_s)
                    || snap.sourceProblem.contains(u"credential"_s, Qt::CaseInsensitive),
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
