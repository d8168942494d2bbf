// The integration dashboard and the guided mapping wizard as a person meets them: the real main window over the
// in-process sandbox, with the monitor and its store behind it.
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
#include <dashboard/IntegrationDashboard.h>
#include <monitor/Monitor.h>
#include <monitor/Poller.h>
#include <sandbox/SandboxServer.h>
#include <schema/SchemaFetcher.h>
#include <views/MappingStateModel.h>
#include <views/RunLogModel.h>
#include <wizard/MappingWizard.h>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

void saveShot(QWidget* w, const QString& name)
{
    const QByteArray dir = qgetenv("PLUMBLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // widgets added to a visible layout show on the next turn of the event loop
    w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name);
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    struct Env : test::DemoWindow
    {
        bool start() { return DemoWindow::start(u"tester"_s, QSize(1280, 900)); }
        [[nodiscard]] bool cycle(const QStringList& ids = {}) { return check(ids, 15000); }
        IntegrationDashboard* dashboard() const
        {
            return child<IntegrationDashboard>(window.get(), u"integrationDashboard"_s);
        }
        void select(const QString& id)
        {
            auto* table = child<QTableView>(window.get(), u"integrationsTable"_s);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex index = table->model()->index(row, IntegrationTableModel::NameColumn);
                if (index.data(IntegrationTableModel::IdRole).toString() == id)
                    table->selectionModel()->setCurrentIndex(
                        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
    };

private Q_SLOTS:
    void selectedIntegrationShowsItsDashboard()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.select(u"crm-to-newsletter"_s);
        IntegrationDashboard* dashboard = env.dashboard();
        QVERIFY(dashboard);
        QCOMPARE(dashboard->integrationId(), std::optional<QString>(u"crm-to-newsletter"_s));
        QCOMPARE(child<QLabel>(dashboard, u"dashboardTitle"_s)->text(), u"HubSpot contacts to Mailchimp newsletter"_s);
        QCOMPARE(child<QLabel>(dashboard, u"dashboardStatus"_s)->text(), severityDisplayName(Severity::Ok));
        QVERIFY(child<QLabel>(dashboard, u"dashboardSides"_s)->text().contains(u"HubSpot"_s));
        QVERIFY(child<QLabel>(dashboard, u"dashboardChecked"_s)
                    ->text()
                    .startsWith(IntegrationDashboard::tr("Last checked %1 (%2)").section(u' ', 0, 1)));
        QVERIFY(dashboard->chartsSlot());
        QVERIFY(child<QLabel>(dashboard, u"noFindingsLabel"_s));

        // Mappings: every mapped field exists on its side after the first poll fetched both schemas.
        auto* mappings = child<QTableView>(dashboard, u"mappingStateTable"_s);
        auto* proxy = qobject_cast<QAbstractProxyModel*>(mappings->model());
        QVERIFY(proxy);
        auto* model = qobject_cast<MappingStateModel*>(proxy->sourceModel());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        for (const MappingState& s : model->states())
            QCOMPARE(mappingStateKey(s.state), u"ok"_s);
        // Run log: the Make scenario's runs.
        auto* log = child<QTableView>(dashboard, u"runLogTable"_s);
        QVERIFY(log->model()->rowCount() > 0);
        saveShot(env.window.get(), u"dash-overview-light.png"_s);
        dashboard->tabs()->setCurrentIndex(IntegrationDashboard::MappingsTab);
        saveShot(env.window.get(), u"dash-mappings-light.png"_s);
        dashboard->tabs()->setCurrentIndex(IntegrationDashboard::RunLogTab);
        saveShot(env.window.get(), u"dash-runlog-light.png"_s);
    }

    // A revoked key opens an alert at once; Acknowledge on its finding stores who acknowledged it, Snooze until when.
    void acknowledgeAndSnoozeFromTheFinding()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.select(u"crm-to-newsletter"_s);
        IntegrationDashboard* dashboard = env.dashboard();
        env.sandbox->setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        auto* runNow = child<QPushButton>(dashboard, u"runNowButton"_s);
        QVERIFY(runNow->isEnabled());
        runNow->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(dashboard, u"finding_auth_hubspot-sandbox"_s), 15000);
        QTRY_VERIFY(!env.monitor->isPolling());
        QFrame* card = child<QFrame>(dashboard, u"finding_auth_hubspot-sandbox"_s);
        QCOMPARE(child<QLabel>(dashboard, u"dashboardStatus"_s)->text(), severityDisplayName(Severity::Critical));
        QVERIFY(!child<QLabel>(card, u"findingHint"_s)->text().isEmpty());
        auto* ack = child<QPushButton>(card, u"acknowledgeButton"_s);
        QVERIFY(ack);
        QTRY_VERIFY(ack->isEnabled());
        QVERIFY(child<QLabel>(card, u"alertState"_s)->text().contains(u"open since"_s, Qt::CaseInsensitive));
        saveShot(env.window.get(), u"dash-finding-light.png"_s);
        child<QScrollArea>(dashboard, u"overviewScroll"_s)->ensureWidgetVisible(ack);
        QTest::mouseClick(ack, Qt::LeftButton);

        const QList<Alert> open = env.history->alerts(u"connection:hubspot-sandbox"_s, false);
        QCOMPARE(open.size(), qsizetype(1));
        QCOMPARE(open.first().rule, u"auth"_s);
        QVERIFY(open.first().acknowledgedAt.isValid());
        QCOMPARE(open.first().acknowledgedBy, u"tester"_s);
        // The card was rebuilt with the new state.
        card = child<QFrame>(dashboard, u"finding_auth_hubspot-sandbox"_s);
        QVERIFY(card);
        QVERIFY(child<QLabel>(card, u"alertState"_s)->text().contains(u"tester"_s));
        QVERIFY(!child<QPushButton>(card, u"acknowledgeButton"_s)->isEnabled());

        auto* snooze = child<QToolButton>(card, u"snoozeButton"_s);
        QVERIFY(snooze && snooze->isEnabled());
        QAction* hour = snooze->menu()->findChild<QAction*>(u"snooze4h"_s);
        QVERIFY(hour);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        hour->trigger();
        const Alert snoozed = env.history->alerts(u"connection:hubspot-sandbox"_s, false).value(0);
        QVERIFY(snoozed.snoozedUntil.isValid());
        QVERIFY(snoozed.snoozedUntil >= before.addSecs(4 * 3600 - 5));
        QVERIFY(snoozed.snoozedUntil <= QDateTime::currentDateTimeUtc().addSecs(4 * 3600 + 5));
        card = child<QFrame>(dashboard, u"finding_auth_hubspot-sandbox"_s);
        QVERIFY(card);
        QVERIFY(child<QLabel>(card, u"alertState"_s)->text().contains(u"snoozed"_s));
        saveShot(env.window.get(), u"dash-acknowledged-light.png"_s);
    }

    void runLogFiltersPagesAndCopies()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.sandbox->setScenario(u"server_errors"_s, u"mailchimp-sandbox"_s);
        QVERIFY(env.cycle());
        env.select(u"crm-to-newsletter"_s);
        IntegrationDashboard* dashboard = env.dashboard();
        dashboard->tabs()->setCurrentIndex(IntegrationDashboard::RunLogTab);
        auto* table = child<QTableView>(dashboard, u"runLogTable"_s);
        auto* model = qobject_cast<RunLogModel*>(table->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model->filteredCount();
        QVERIFY(all >= 2);

        // Category: only poll errors (Mailchimp answered 5xx).
        auto* category = child<QComboBox>(dashboard, u"runLogCategory"_s);
        category->setCurrentIndex(category->findData(int(RunLogEntry::Category::PollError)));
        QVERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, RunLogModel::CategoryColumn).data().toString(),
                RunLogModel::categoryText(RunLogEntry::Category::PollError));
        category->setCurrentIndex(0);
        QCOMPARE(model->filteredCount(), all);

        // Text: nothing matches nonsense; the Mailchimp side matches its name.
        auto* filter = child<QLineEdit>(dashboard, u"runLogFilter"_s);
        QTest::keyClicks(filter, u"zzz-no-such-text"_s);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(child<QLabel>(dashboard, u"runLogPageLabel"_s)->text(), IntegrationDashboard::tr("No entries"));
        filter->clear();
        QTest::keyClicks(filter, u"mailchimp"_s);
        QVERIFY(model->rowCount() >= 1);
        QVERIFY(model->rowCount() < all);
        filter->clear();

        // Paging: with two lines a page, Next moves on and Previous back.
        model->setPageSize(2);
        auto* next = child<QPushButton>(dashboard, u"runLogNext"_s);
        auto* previous = child<QPushButton>(dashboard, u"runLogPrevious"_s);
        QVERIFY(!previous->isEnabled());
        QCOMPARE(next->isEnabled(), all > 2);
        if (all > 2) {
            const QString first = model->index(0, RunLogModel::MessageColumn).data().toString()
                + model->index(0, RunLogModel::TimeColumn).data().toString();
            next->click();
            QCOMPARE(model->page(), 1);
            QVERIFY(previous->isEnabled());
            previous->click();
            QCOMPARE(model->page(), 0);
            QCOMPARE(model->index(0, RunLogModel::MessageColumn).data().toString()
                    + model->index(0, RunLogModel::TimeColumn).data().toString(),
                first);
        }

        // Copy: Ctrl+C on the selected rows puts tab-separated lines on the clipboard.
        QApplication::clipboard()->clear();
        table->setFocus();
        table->selectRow(0);
        QTest::keySequence(table, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.count(u'\t'), RunLogModel::ColumnCount - 1);
        QVERIFY(copied.contains(model->index(0, RunLogModel::MessageColumn).data().toString()));
        // And from the context menu's Copy action.
        QApplication::clipboard()->clear();
        QAction* copy = table->findChild<QAction*>(u"runLogCopyAction"_s);
        QVERIFY(copy && table->actions().contains(copy));
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), copied);
    }

    // A poll finishing while someone reads the dashboard keeps their tab, selection and scroll position.
    void refreshKeepsTabSelectionAndScroll()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.select(u"crm-to-newsletter"_s);
        IntegrationDashboard* dashboard = env.dashboard();
        dashboard->tabs()->setCurrentIndex(IntegrationDashboard::MappingsTab);
        auto* mappings = child<QTableView>(dashboard, u"mappingStateTable"_s);
        mappings->selectRow(2);
        auto* log = child<QTableView>(dashboard, u"runLogTable"_s);
        log->selectRow(1);
        const QString logLine = log->model()->index(1, RunLogModel::MessageColumn).data().toString();

        QVERIFY(env.cycle());
        QCOMPARE(dashboard->tabs()->currentIndex(), int(IntegrationDashboard::MappingsTab));
        QCOMPARE(mappings->selectionModel()->selectedRows().size(), qsizetype(1));
        QCOMPARE(mappings->selectionModel()->selectedRows().first().row(), 2);
        const QModelIndexList selected = log->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), qsizetype(1));
        QCOMPARE(selected.first().siblingAtColumn(RunLogModel::MessageColumn).data().toString(), logLine);
        QCOMPARE(env.window->findChild<QTableView*>(u"integrationsTable"_s)
                     ->currentIndex()
                     .data(IntegrationTableModel::IdRole)
                     .toString(),
            u"crm-to-newsletter"_s);
        // Another integration: the same tab stays, its own content shows.
        env.select(u"store-to-crm"_s);
        QCOMPARE(dashboard->integrationId(), std::optional<QString>(u"store-to-crm"_s));
        QCOMPARE(dashboard->tabs()->currentIndex(), int(IntegrationDashboard::MappingsTab));
        QCOMPARE(mappings->model()->rowCount(), 4);
    }

    // A mapped field renamed on one side shows as missing, with the likely rename suggested.
    void mappingDriftSuggestsTheRename()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.sandbox->setScenario(u"mapping_drift"_s);
        // Schemas are fetched on the first poll and then hourly: a new monitor fetches them again.
        Monitor fresh(*env.repository, *env.history, *env.poller, *env.alerts);
        env.window->setMonitor(&fresh);
        bool done = false;
        fresh.runCycle({}, [&](const CycleReport&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        env.select(u"crm-to-newsletter"_s);
        auto* model = qobject_cast<MappingStateModel*>(
            qobject_cast<QAbstractProxyModel*>(child<QTableView>(env.dashboard(), u"mappingStateTable"_s)->model())
                ->sourceModel());
        QTRY_VERIFY(!model->states().isEmpty());
        const MappingState first = model->states().at(1);
        QCOMPARE(first.mapping.source, u"firstname"_s);
        // The sandbox's drift renames the Mailchimp merge tag FNAME to FIRSTNAME (same label).
        QCOMPARE(mappingStateKey(first.state), u"missing_on_destination"_s);
        QCOMPARE(first.suggestion, u"FIRSTNAME"_s);
        QCOMPARE(mappingStateKey(model->states().at(0).state), u"ok"_s);
        env.dashboard()->tabs()->setCurrentIndex(IntegrationDashboard::MappingsTab);
        saveShot(env.window.get(), u"dash-mapping-drift-light.png"_s);
        env.dashboard()->tabs()->setCurrentIndex(IntegrationDashboard::SchemaTab);
        saveShot(env.window.get(), u"dash-schema-light.png"_s);
        env.window->setMonitor(env.monitor);
    }

    // The guided wizard: HubSpot contacts -> Mailchimp audience, suggestions accepted as they are.
    void wizardCreatesTheIntegrationFromSuggestions()
    {
        Env env;
        QVERIFY(env.start());
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto* wizard = qobject_cast<MappingWizard*>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            ran = true;
            QTest::keyClicks(child<QLineEdit>(wizard, u"wizardNameEdit"_s), u"Contacts to audience"_s);
            auto* source = child<QComboBox>(wizard, u"sourceConnectionCombo"_s);
            source->setCurrentIndex(source->findData(u"hubspot-sandbox"_s));
            QCOMPARE(child<QComboBox>(wizard, u"sourceObjectCombo"_s)->currentText(), u"contacts"_s);
            auto* destination = child<QComboBox>(wizard, u"destinationConnectionCombo"_s);
            destination->setCurrentIndex(destination->findData(u"mailchimp-sandbox"_s));
            QVERIFY(!child<QComboBox>(wizard, u"destinationObjectCombo"_s)->currentText().isEmpty());
            wizard->next();
            QCOMPARE(wizard->currentId(), int(MappingWizard::SchemasPage));
            QTRY_VERIFY_WITH_TIMEOUT(wizard->schemasReady(), 10000);
            QVERIFY(child<QLabel>(wizard, u"sourceSchemaStatus"_s)->text().startsWith(u"✔"_s));
            saveShot(wizard, u"dash-wizard-schemas.png"_s);
            wizard->next();
            QCOMPARE(wizard->currentId(), int(MappingWizard::MappingsPage));
            auto* table = child<QTableWidget>(wizard, u"wizardMappingTable"_s);
            QVERIFY(table->rowCount() > 0);
            saveShot(wizard, u"dash-wizard-mappings.png"_s);
            wizard->next();
            QCOMPARE(wizard->currentId(), int(MappingWizard::ConfirmPage));
            QVERIFY(child<QLabel>(wizard, u"wizardSummary"_s)->text().contains(u"FNAME"_s));
            saveShot(wizard, u"dash-wizard-confirm.png"_s);
            wizard->accept();
        });
        env.window->findChild<QAction*>(u"actionAddIntegrationGuided"_s)->trigger();
        QVERIFY(ran);
        const std::optional<Integration> i = env.repository->integration(u"contacts-to-audience"_s);
        QVERIFY(i);
        QCOMPARE(i->source.connection, u"hubspot-sandbox"_s);
        QCOMPARE(i->destination.connection, u"mailchimp-sandbox"_s);
        QVERIFY(i->mappings.contains(FieldMapping { u"firstname"_s, u"FNAME"_s, false }));
        QVERIFY(i->mappings.contains(FieldMapping { u"lastname"_s, u"LNAME"_s, false }));
        QVERIFY(i->mappings.contains(FieldMapping { u"email"_s, u"EMAIL"_s, true }));
        int keys = 0;
        for (const FieldMapping& m : i->mappings)
            keys += m.key ? 1 : 0;
        QCOMPARE(keys, 1);
        // It is selected, with its dashboard.
        QCOMPARE(env.dashboard()->integrationId(), std::optional<QString>(u"contacts-to-audience"_s));
    }

    // A side whose key is wrong shows the error inline with Retry; fixing the key and retrying fetches it.
    void wizardShowsSchemaErrorsWithRetry()
    {
        Env env;
        QVERIFY(env.start());
        const QString goodKey = env.sandbox->secrets().value(u"mailchimp-sandbox"_s);
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto* wizard = qobject_cast<MappingWizard*>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            ran = true;
            QTest::keyClicks(child<QLineEdit>(wizard, u"wizardNameEdit"_s), u"Retry me"_s);
            auto* source = child<QComboBox>(wizard, u"sourceConnectionCombo"_s);
            source->setCurrentIndex(source->findData(u"hubspot-sandbox"_s));
            auto* destination = child<QComboBox>(wizard, u"destinationConnectionCombo"_s);
            destination->setCurrentIndex(destination->findData(u"mailchimp-sandbox"_s));
            env.sandbox->setScenario(u"auth_revoked"_s, u"mailchimp-sandbox"_s);
            wizard->next();
            auto* retry = child<QPushButton>(wizard, u"retrySchemasButton"_s);
            QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
            QVERIFY(child<QLabel>(wizard, u"destinationSchemaStatus"_s)->text().startsWith(u"✘"_s));
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            env.sandbox->setScenario(u"healthy"_s, u"mailchimp-sandbox"_s);
            retry->click();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->schemasReady(), 10000);
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            wizard->reject();
        });
        env.window->findChild<QAction*>(u"actionAddIntegrationGuided"_s)->trigger();
        QVERIFY(ran);
        QVERIFY(!goodKey.isEmpty());
        QVERIFY(!env.repository->integration(u"retry-me"_s));
    }

    void darkPaletteScreenshots()
    {
        if (qEnvironmentVariableIsEmpty("PLUMBLINE_SCREENSHOT_DIR"))
            QSKIP("screenshots only");
        const QPalette original = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.cycle());
        env.sandbox->setScenario(u"count_drift"_s);
        env.sandbox->setScenario(u"auth_revoked"_s, u"hubspot-sandbox"_s);
        QVERIFY(env.cycle());
        env.select(u"crm-to-newsletter"_s);
        saveShot(env.window.get(), u"dash-overview-dark.png"_s);
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
