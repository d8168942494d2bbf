// The views a person watches: the overview (filter, search, sort), live updates after a poll that keep the
// selection, the Alerts page with bulk acknowledge and snooze, the API versions calendar and the heartbeat in the
// status bar. The real MainWindow over the in-process sandbox, with a real Monitor and SQLite store.
#include "../common/DemoWindow.h"

#include <Database.h>
#include <DemoWorkspace.h>
#include <IntegrationTableModel.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <MonitorRepository.h>
#include <Transport.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <charts/DashboardCharts.h>
#include <monitor/Monitor.h>
#include <monitor/Poller.h>
#include <pages/AlertsPage.h>
#include <pages/ApiVersionsPage.h>
#include <pages/HeartbeatIndicator.h>
#include <sandbox/SandboxServer.h>
#include <views/AlertTableModel.h>
#include <views/ApiVersionCalendarModel.h>
#include <views/IntegrationFilterProxy.h>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

struct Demo : test::DemoWindow
{
    bool start() { return DemoWindow::start(u"dana"_s, QSize(1400, 860)); }
    QTableView* overview() const { return window->findChild<QTableView*>(u"integrationsTable"_s); }
    IntegrationTableModel* model() const
    {
        QAbstractItemModel* m = overview()->model();
        while (auto* proxy = qobject_cast<QAbstractProxyModel*>(m))
            m = proxy->sourceModel();
        return qobject_cast<IntegrationTableModel*>(m);
    }
    QString currentId() const
    {
        return overview()->selectionModel()->currentIndex().data(IntegrationTableModel::IdRole).toString();
    }
    void screenshot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("PLUMBLINE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            window->grab().save(QDir(folder).filePath(u"views-%1.png"_s.arg(name)));
    }
};

QStringList shownIds(QTableView* table)
{
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(IntegrationTableModel::IdRole).toString();
    return ids;
}

} // namespace

class TestViewsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAuditReportOpensTheDialog()
    {
        Demo demo;
        QVERIFY(demo.start());
        QAction* action = demo.window->findChild<QAction*>(u"actionExportReport"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QString seen;
        QTimer::singleShot(200, [&seen] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                seen = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        action->trigger();
        QCOMPARE(seen, u"plumbline::ReportDialog"_s);
    }
    void firstReportOpensTheWorstIntegration()
    {
        Demo demo;
        QVERIFY(demo.start());
        // Break one connection's key before the first check: its integration is the one to look at.
        demo.sandbox->setScenario(u"auth_revoked"_s, u"mailchimp-sandbox"_s);
        QVERIFY(demo.currentId().isEmpty());
        QVERIFY(demo.check());
        const QString id = demo.currentId();
        QVERIFY(!id.isEmpty());
        const std::optional<Integration> shown = demo.repository->integration(id);
        QVERIFY(shown);
        QCOMPARE(shown->destination.connection, u"mailchimp-sandbox"_s);
        const QStringList ids = shownIds(demo.overview());
        QCOMPARE(demo.overview()->model()->index(ids.indexOf(id), 0).data(IntegrationTableModel::StatusRole).toString(),
            u"critical"_s);
        // Its dashboard shows the charts; the range buttons change what they show and a live update keeps it.
        auto* charts = demo.window->findChild<DashboardCharts*>();
        QVERIFY(charts);
        QTRY_VERIFY(charts->isVisible());
        auto* week = charts->findChild<QPushButton*>(u"rangeWeek"_s);
        QVERIFY(week);
        QTest::mouseClick(week, Qt::LeftButton);
        QCOMPARE(charts->range(), DashboardCharts::Range::Week);
        QVERIFY(demo.check());
        QCOMPARE(charts->range(), DashboardCharts::Range::Week);
        // A later report keeps what the person chose.
        const QString other = ids.first() == id ? ids.last() : ids.first();
        demo.overview()->selectRow(ids.indexOf(other));
        QVERIFY(demo.check());
        QCOMPARE(demo.currentId(), other);
    }
    void overviewSearchFilterAndSort()
    {
        Demo demo;
        QVERIFY(demo.start());
        QVERIFY(demo.check());
        QTableView* table = demo.overview();
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = table->model()->rowCount();
        QVERIFY(all >= 3);

        // Ctrl+F puts the cursor in the search field; typing narrows the rows to the matching systems.
        demo.window->activateWindow();
        QTest::keyClick(demo.window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = demo.window->findChild<QLineEdit*>(u"overviewSearch"_s);
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"shopify"_s);
        const QStringList matched = shownIds(table);
        QVERIFY(!matched.isEmpty());
        QVERIFY(matched.size() < all);
        for (const QString& id : matched) {
            const Integration i = *demo.repository->integration(id);
            QVERIFY2(i.source.connection.contains(u"shopify"_s) || i.destination.connection.contains(u"shopify"_s)
                    || i.name.contains(u"Shopify"_s, Qt::CaseInsensitive),
                qPrintable(id));
        }
        // Down from the search goes to the first result, Enter shows its details.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QCOMPARE(demo.currentId(), matched.first());
        QTest::keyClick(table, Qt::Key_Return);
        QWidget* dashboard = demo.window->findChild<QWidget*>(u"integrationDashboard"_s);
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->hasFocus() || dashboard->isAncestorOf(QApplication::focusWidget()));
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);

        // Everything is healthy: "Problems only" shows nothing, and says so.
        auto* filter = demo.window->findChild<QComboBox*>(u"overviewFilter"_s);
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(IntegrationFilterProxy::StateFilter::Problems)));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(demo.window->findChild<QLabel*>(u"overviewEmptyLabel"_s)->isVisible());
        filter->setCurrentIndex(filter->findData(int(IntegrationFilterProxy::StateFilter::Ok)));
        QCOMPARE(table->model()->rowCount(), all);
        filter->setCurrentIndex(0);

        // Counts sort as numbers (1 000 after 999), not as text.
        table->sortByColumn(IntegrationTableModel::SourceCountColumn, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const qint64 count
                = demo.model()
                      ->snapshot(table->model()->index(row, 0).data(IntegrationTableModel::IdRole).toString())
                      ->source.value();
            QVERIFY2(count >= previous, qPrintable(u"%1 after %2"_s.arg(count).arg(previous)));
            previous = count;
        }
        demo.screenshot(u"overview"_s);
    }

    // A finished poll changes the row's state in place: the selection, the current row and the sort stay.
    void liveUpdateKeepsSelection()
    {
        Demo demo;
        QVERIFY(demo.start());
        QVERIFY(demo.check());
        QTableView* table = demo.overview();
        IntegrationTableModel* model = demo.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table->sortByColumn(IntegrationTableModel::NameColumn, Qt::AscendingOrder);
        const QString id = u"crm-to-newsletter"_s;
        const int sourceRow = model->rowOf(id);
        QVERIFY(sourceRow >= 0);
        QCOMPARE(model->index(sourceRow, 0).data(IntegrationTableModel::StatusRole).toString(), u"ok"_s);
        // Select it from the table itself, with the keyboard.
        table->setFocus();
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        while (demo.currentId() != id) {
            const int before = table->currentIndex().row();
            QTest::keyClick(table, Qt::Key_Down);
            QVERIFY(table->currentIndex().row() == before + 1);
        }
        const int viewRow = table->currentIndex().row();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        QAction* scenario = demo.window->findChild<QAction*>(u"scenario_auth_revoked"_s);
        QVERIFY(scenario);
        QSignalSpy finished(demo.monitor, &Monitor::cycleFinished);
        scenario->trigger(); // switches the sandbox and checks now, as from the Sandbox menu
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);

        QCOMPARE(model->index(sourceRow, 0).data(IntegrationTableModel::StatusRole).toString(), u"critical"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(demo.currentId(), id);
        QCOMPARE(table->currentIndex().row(), viewRow);
        QVERIFY(table->selectionModel()->isRowSelected(viewRow, {}));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(IntegrationTableModel::NameColumn));
        // Its alerts are counted in the row (the integration's and its HubSpot connection's).
        QTRY_VERIFY(model->openAlerts(id) > 0);
        QVERIFY(!model->index(sourceRow, IntegrationTableModel::AlertsColumn).data().toString().isEmpty());

        // Filtering to problems keeps it, and it stays selected.
        auto* filter = demo.window->findChild<QComboBox*>(u"overviewFilter"_s);
        filter->setCurrentIndex(filter->findData(int(IntegrationFilterProxy::StateFilter::Problems)));
        QVERIFY(shownIds(table).contains(id));
        QCOMPARE(demo.currentId(), id);
    }

    void alertsPageBulkAcknowledgeAndSnooze()
    {
        Demo demo;
        QVERIFY(demo.start());
        QVERIFY(demo.check());
        auto* pageList = demo.window->findChild<QListWidget*>(u"pageList"_s);
        QVERIFY(pageList);
        QListWidgetItem* alertsItem = pageList->findItems(u"Alerts"_s, Qt::MatchStartsWith).value(0);
        QVERIFY(alertsItem);
        QCOMPARE(alertsItem->text(), u"Alerts"_s); // nothing open while healthy

        demo.sandbox->setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        QVERIFY(demo.check());
        const QList<Alert> open = demo.history->openAlerts();
        QVERIFY(!open.isEmpty());
        QCOMPARE(alertsItem->text(), u"Alerts (%1)"_s.arg(open.size()));

        // Ctrl+4 shows the page.
        demo.window->activateWindow();
        QTest::keyClick(demo.window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(demo.window->currentPage(), MainWindow::Page::Alerts);
        auto* page = demo.window->findChild<AlertsPage*>();
        QVERIFY(page);
        QTableView* table = page->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), open.size());
        bool sawAuth = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            sawAuth = sawAuth
                || table->model()->index(row, AlertTableModel::RuleColumn).data().toString()
                    == AlertTableModel::ruleDisplayName(u"auth"_s);
            QCOMPARE(table->model()->index(row, AlertTableModel::StateColumn).data().toString(),
                AlertTableModel::tr("Open"));
        }
        QVERIFY(sawAuth);

        auto* acknowledge = page->findChild<QPushButton*>(u"acknowledgeAlertsButton"_s);
        QVERIFY(!acknowledge->isEnabled()); // nothing selected
        table->setFocus();
        table->selectRow(0);
        auto* timeline = page->findChild<QTreeWidget*>(u"alertTimeline"_s);
        QVERIFY(timeline->topLevelItemCount() >= 1);
        QCOMPARE(timeline->topLevelItem(0)->text(1), AlertsPage::tr("Opened"));
        demo.screenshot(u"alerts"_s);

        // Select all, acknowledge in bulk: every open alert is acknowledged by the OS user in the store.
        table->selectAll();
        QCOMPARE(page->selectedAlertIds().size(), open.size());
        QVERIFY(acknowledge->isEnabled());
        const qint64 current = table->currentIndex().data(AlertTableModel::IdRole).toLongLong();
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        for (const Alert& a : open) {
            const Alert stored = demo.history->alert(a.id).value();
            QVERIFY2(stored.acknowledgedAt.isValid(), qPrintable(stored.rule));
            QCOMPARE(stored.acknowledgedBy, u"dana"_s);
        }
        // The refresh kept the selection and the current alert.
        QCOMPARE(page->selectedAlertIds().size(), open.size());
        QCOMPARE(table->currentIndex().data(AlertTableModel::IdRole).toLongLong(), current);
        QCOMPARE(table->model()->index(0, AlertTableModel::StateColumn).data(AlertTableModel::StateRole).toInt(),
            int(AlertTableModel::State::Acknowledged));
        bool timelineAck = false;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            timelineAck = timelineAck
                || (timeline->topLevelItem(i)->text(1) == AlertsPage::tr("Acknowledged")
                    && timeline->topLevelItem(i)->text(3).contains(u"dana"_s));
        QVERIFY(timelineAck);
        QVERIFY(!acknowledge->isEnabled()); // all acknowledged already

        // Snooze for an hour from the button's menu.
        auto* snoozeButton = page->findChild<QPushButton*>(u"snoozeAlertsButton"_s);
        QVERIFY(snoozeButton->isEnabled());
        QAction* hour = snoozeButton->menu()->findChild<QAction*>(u"snooze1h"_s);
        QVERIFY(hour);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        hour->trigger();
        for (const Alert& a : open) {
            const Alert stored = demo.history->alert(a.id).value();
            QVERIFY(stored.snoozedUntil.isValid());
            QVERIFY(std::abs(before.addSecs(3600).secsTo(stored.snoozedUntil)) < 60);
        }
        auto* filter = page->findChild<QComboBox*>(u"alertFilter"_s);
        filter->setCurrentIndex(filter->findData(int(AlertFilterProxy::Filter::Snoozed)));
        QCOMPARE(table->model()->rowCount(), open.size());
        filter->setCurrentIndex(filter->findData(int(AlertFilterProxy::Filter::Resolved)));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"alertsEmptyLabel"_s)->isVisible());
    }

    void calendarListsTheDeprecationFirst()
    {
        Demo demo;
        QVERIFY(demo.start());
        QVERIFY(demo.check());
        demo.sandbox->setScenario(u"deprecated_version"_s, u"hubspot-sandbox"_s);
        QVERIFY(demo.check());
        demo.window->activateWindow();
        QTest::keyClick(demo.window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(demo.window->currentPage(), MainWindow::Page::ApiVersions);
        auto* page = demo.window->findChild<ApiVersionsPage*>();
        QVERIFY(page);
        QTableView* table = page->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), demo.repository->connections().size()); // one line each, nothing else due
        const QModelIndex first = table->model()->index(0, 0);
        QCOMPARE(first.data(ApiVersionCalendarModel::ConnectionIdRole).toString(), u"hubspot-sandbox"_s);
        const ApiVersionRow row = page->model()->rowAt(0);
        QCOMPARE(row.kind, ApiVersionRow::Kind::Sunset);
        QCOMPARE(row.source, ApiVersionRow::Source::Vendor);
        QVERIFY2(row.daysLeft && *row.daysLeft >= 59 && *row.daysLeft <= 60,
            qPrintable(QString::number(row.daysLeft.value_or(-1))));
        QCOMPARE(row.urgency, ApiVersionRow::Urgency::Soon);
        QCOMPARE(first.data(ApiVersionCalendarModel::SeverityRole).toString(), u"warning"_s);
        QVERIFY(!first.data(Qt::DecorationRole).isNull()); // the status dot
        QCOMPARE(table->model()->index(0, ApiVersionCalendarModel::RequestedColumn).data().toString(), u"2026-03"_s);
        // The others were checked and announced nothing.
        for (int r = 1; r < table->model()->rowCount(); ++r)
            QCOMPARE(page->model()->rowAt(r).urgency, ApiVersionRow::Urgency::Ok);
        demo.screenshot(u"calendar"_s);
    }

    void statusBarHeartbeat()
    {
        Demo demo;
        QVERIFY(demo.start());
        auto* indicator = demo.window->findChild<HeartbeatIndicator*>();
        QVERIFY(indicator);
        auto* label = demo.window->findChild<QLabel*>(u"pollingLabel"_s);
        QVERIFY(label);
        QCOMPARE(indicator->state(), HeartbeatIndicator::State::NotYet);
        QVERIFY(demo.check());
        QCOMPARE(indicator->state(), HeartbeatIndicator::State::Fresh);
        QVERIFY2(
            label->text().startsWith(HeartbeatIndicator::tr("Last check %1").arg(HeartbeatIndicator::tr("just now"))),
            qPrintable(label->text()));
        // Three hours later without a check: a warning that polling has stopped.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3 * 3600 + 30);
        indicator->setClock([later] { return later; });
        indicator->refresh();
        QCOMPARE(indicator->state(), HeartbeatIndicator::State::Stopped);
        QVERIFY2(label->text().startsWith(HeartbeatIndicator::tr("Polling has stopped — last check %1")
                                              .arg(HeartbeatIndicator::tr("%n h ago", nullptr, 3))),
            qPrintable(label->text()));
        QVERIFY(label->font().bold());
        // Paused from the View menu.
        demo.window->findChild<QAction*>(u"actionPausePolling"_s)->setChecked(true);
        QCOMPARE(indicator->state(), HeartbeatIndicator::State::Paused);
        QVERIFY(label->text().startsWith(HeartbeatIndicator::tr("Polling paused")));
        QVERIFY(!label->font().bold());
        QCOMPARE(HeartbeatIndicator::agoText(125), HeartbeatIndicator::tr("%n min ago", nullptr, 2));
    }
};

QTEST_MAIN(TestViewsGui)
#include "tst_views_gui.moc"
