// The value checks as a person meets them (ARCHITECTURE.md §12): the dashboard's Values tab and the overview's Values
// column, on the real main window over the in-process sandbox. The checks shown are written by the test through the
// value store, as the checker would store them; Compare now and Cancel drive the real checker against the sandbox.
#include "../common/DemoWindow.h"

#include <AppContext.h>
#include <HistoryService.h>
#include <IntegrationTableModel.h>
#include <WorkspaceService.h>
#include <charts/ValueRateChart.h>
#include <dashboard/IntegrationDashboard.h>
#include <monitor/Monitor.h>
#include <store/ValueRepository.h>
#include <values/ValueChecker.h>
#include <values/ValueStatistics.h>
#include <views/ValueFieldTableModel.h>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QString kId = u"crm-to-newsletter"_s;

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

void saveShot(QWidget* w, const QString& name)
{
    const QByteArray dir = qgetenv("PLUMBLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name);
}

FieldTally field(const QString& source, const QString& destination, qint64 compared, qint64 empty, qint64 differs,
    qint64 truncated, qint64 caseOnly, const QStringList& examples = {})
{
    FieldTally f;
    f.source = source;
    f.destination = destination;
    f.compared = compared;
    f.emptyOnDestination = empty;
    f.differs = differs;
    f.truncated = truncated;
    f.caseOnly = caseOnly;
    f.equal = compared - empty - differs - truncated;
    f.examples = examples;
    return f;
}

// 182 of 200 match, 7 missing: the brief's own numbers (Wilson 86–94 %).
ValueCheckResult storedCheck(const QDateTime& at)
{
    ValueCheckResult r;
    r.integrationId = kId;
    r.checkedAt = at;
    r.sampled = 200;
    r.found = 193;
    r.missingAtDestination = 7;
    r.matched = 182;
    r.matchRate = 182.0 / 200.0;
    const ProportionInterval i = wilsonInterval(182, 200);
    r.matchRateLow = i.low;
    r.matchRateHigh = i.high;
    r.requestsSource = 2;
    r.requestsDestination = 4;
    r.population = 12400;
    FieldTally first = field(u"firstname"_s, u"FNAME"_s, 193, 1, 1, 0, 3, { u"d***@e***.com: \"D… (4)\" → \"\""_s });
    first.firstFailureChange = at.addDays(-3);
    FieldTally company = field(u"company"_s, u"MMERGE5"_s, 193, 9, 0, 0, 0,
        { u"a***@b***.com: \"A… (7)\" → \"\""_s, u"c***@d***.org: \"B… (3)\" → \"\""_s });
    company.firstFailureChange = at.addDays(-2);
    r.fields = { first, field(u"lastname"_s, u"LNAME"_s, 193, 0, 0, 0, 0), company };
    return r;
}

} // namespace

class TestValuesGui : public QObject
{
    Q_OBJECT

private:
    struct Env : test::DemoWindow
    {
        bool start(const QSize& size = QSize(1280, 900)) { return DemoWindow::start(u"tester"_s, size); }
        IntegrationDashboard* dashboard() const
        {
            return child<IntegrationDashboard>(window.get(), u"integrationDashboard"_s);
        }
        QWidget* tab() const { return child<QWidget>(dashboard(), u"valuesTab"_s); }
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
        void openValues(const QString& id = kId)
        {
            select(id);
            dashboard()->tabs()->setCurrentIndex(IntegrationDashboard::ValuesTab);
        }
        bool store(const ValueCheckResult& r) { return bool(context->values().write(r, {})); }
        QString headline() const { return child<QLabel>(tab(), u"valuesHeadline"_s)->text(); }
        QString detail() const { return child<QLabel>(tab(), u"valuesDetail"_s)->text(); }
        QString destinationName(const QString& id = kId) const
        {
            return service->connection(service->integration(id)->destination.connection)->name;
        }
        QString overviewText(const QString& id, int role = Qt::DisplayRole) const
        {
            IntegrationTableModel* model = integrationModel();
            return model->index(model->rowOf(id), IntegrationTableModel::ValuesColumn).data(role).toString();
        }
        IntegrationTableModel* integrationModel() const
        {
            auto* table = child<QTableView>(window.get(), u"integrationsTable"_s);
            QAbstractItemModel* m = table->model();
            while (auto* proxy = qobject_cast<QAbstractProxyModel*>(m))
                m = proxy->sourceModel();
            return qobject_cast<IntegrationTableModel*>(m);
        }
    };

private Q_SLOTS:
    void fieldModelSortsByFailuresWithIntervals()
    {
        ValueFieldTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(storedCheck(QDateTime::currentDateTimeUtc()).fields);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fieldAt(0).source, u"company"_s); // 9 failures
        QCOMPARE(model.fieldAt(1).source, u"firstname"_s); // 2
        QCOMPARE(model.fieldAt(2).source, u"lastname"_s); // 0
        QCOMPARE(model.index(0, ValueFieldTableModel::DifferColumn).data().toString(), u"9"_s);
        QCOMPARE(model.index(0, ValueFieldTableModel::EmptyColumn).data().toString(), u"9"_s);
        QCOMPARE(model.index(1, ValueFieldTableModel::CaseOnlyColumn).data().toString(), u"3"_s);
        // 9 of 193: the brief's "4.7 % (2.5–8.6 %)".
        QCOMPARE(model.index(0, ValueFieldTableModel::RateColumn).data().toString(), u"4.7 % (2.5–8.6 %)"_s);
        QCOMPARE(ValueFieldTableModel::rateText(0, 0), u"—"_s);
        QVERIFY(!model.index(0, ValueFieldTableModel::SinceColumn).data().toString().isEmpty());
        QVERIFY(model.index(2, ValueFieldTableModel::SinceColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, ValueFieldTableModel::DifferColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!model.headerData(ValueFieldTableModel::RateColumn, Qt::Horizontal, Qt::ToolTipRole).isNull());
        // The same fields with new counts change in place (the view keeps its selection).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<FieldTally> again = storedCheck(QDateTime::currentDateTimeUtc()).fields;
        again[1].compared = 190;
        model.setFields(again);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
    }

    void storedCheckShowsHeadlineFieldsAndExamples()
    {
        Env env;
        QVERIFY(env.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Two older checks for the chart, then the latest.
        ValueCheckResult older = storedCheck(now.addDays(-2));
        older.matched = 190;
        older.matchRate = 0.95;
        QVERIFY(env.store(older));
        ValueCheckResult failed;
        failed.integrationId = kId;
        failed.checkedAt = now.addDays(-1);
        failed.problem = u"HubSpot could not be sampled: timed out"_s;
        failed.problemKind = u"source_failed"_s;
        QVERIFY(env.store(failed));
        QVERIFY(env.store(storedCheck(now)));
        env.openValues();
        QWidget* tab = env.tab();
        QVERIFY(tab && tab->isVisible());

        const QString headline = env.headline();
        QVERIFY2(headline.startsWith(u"182 of 200 sampled records match (86–94 %)"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"7 missing in %1"_s.arg(env.destinationName())), qPrintable(headline));
        QVERIFY2(headline.contains(u"checked "_s), qPrintable(headline));
        // "6 requests" once the English catalogue has the plural ("6 request(s)" until the lead updates it).
        QVERIFY2(headline.endsWith(u"6 requests"_s) || headline.endsWith(u"6 request(s)"_s), qPrintable(headline));
        QVERIFY(!env.detail().contains(u"Partial"_s));

        // The fields, most differences first; the first is selected and its examples show.
        auto* table = child<QTableView>(tab, u"valueFieldTable"_s);
        QVERIFY(table);
        QVERIFY(!table->accessibleName().isEmpty());
        auto* model = qobject_cast<ValueFieldTableModel*>(table->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ValueFieldTableModel::SourceColumn).data().toString(), u"company"_s);
        QCOMPARE(model->index(0, ValueFieldTableModel::DestinationColumn).data().toString(), u"MMERGE5"_s);
        QCOMPARE(table->currentIndex().row(), 0);
        auto* examples = child<QListWidget>(tab, u"valueExamples"_s);
        QCOMPARE(examples->count(), 2);
        QCOMPARE(examples->item(0)->text(), u"a***@b***.com: \"A… (7)\" → \"\""_s);
        QVERIFY(child<QLabel>(tab, u"valueExamplesTitle"_s)->text().contains(u"company"_s));

        // Another field: its own examples; a field without differences says so.
        table->selectionModel()->setCurrentIndex(
            model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(examples->count(), 1);
        QCOMPARE(examples->item(0)->text(), u"d***@e***.com: \"D… (4)\" → \"\""_s);
        table->selectionModel()->setCurrentIndex(
            model->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(examples->count(), 0);
        QCOMPARE(child<QLabel>(tab, u"valueExamplesNote"_s)->text(), u"No differences in this field."_s);

        // The chart: the two checks that compared records, the failed one breaks the line; a text alternative.
        auto* chart = child<ValueRateChart>(tab, u"valueRateChart"_s);
        QVERIFY(chart);
        QCOMPARE(chart->pointCount(), 2);
        QVERIFY2(chart->description().contains(u"91.0 %"_s), qPrintable(chart->description()));
        QVERIFY(!chart->accessibleName().isEmpty());
        QCOMPARE(chart->accessibleDescription(), chart->description());

        // A refresh (a finished poll) keeps the selected field.
        env.dashboard()->refresh();
        QCOMPARE(table->currentIndex().row(), 2);

        // The overview's column.
        QCOMPARE(env.overviewText(kId), u"91 % match"_s);
        const QString tip = env.overviewText(kId, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"86.2 %–94.2 %"_s) && tip.contains(u"7 missing"_s), qPrintable(tip));
        QCOMPARE(env.overviewText(u"store-to-crm"_s), u"—"_s);
        saveShot(env.window.get(), u"values-tab.png"_s);
    }

    void noCheckYetSaysWhatItDoes()
    {
        Env env;
        QVERIFY(env.start());
        env.openValues();
        QCOMPARE(env.headline(), u"No value check yet"_s);
        QVERIFY2(env.detail().contains(u"by the key email → EMAIL"_s), qPrintable(env.detail()));
        QVERIFY(child<QPushButton>(env.tab(), u"compareNowButton"_s)->isEnabled());
        QCOMPARE(
            qobject_cast<QAbstractItemModel*>(child<QTableView>(env.tab(), u"valueFieldTable"_s)->model())->rowCount(),
            0);
        QCOMPARE(env.overviewText(kId), u"—"_s);
    }

    void problemAndPartialStates()
    {
        Env env;
        QVERIFY(env.start());
        env.openValues();
        ValueCheckResult failed;
        failed.integrationId = kId;
        failed.checkedAt = QDateTime::currentDateTimeUtc();
        failed.problem = u"HubSpot could not be sampled: timed out"_s;
        failed.problemKind = u"source_failed"_s;
        failed.requestsSource = 1;
        QVERIFY(env.store(failed));
        // The tab and the overview follow the store's signal.
        QTRY_COMPARE(env.headline(), failed.problem);
        QVERIFY2(env.detail().contains(u"1 request"_s), qPrintable(env.detail()));
        QCOMPARE(env.overviewText(kId), u"Could not run"_s);
        QVERIFY(env.overviewText(kId, Qt::ToolTipRole).contains(failed.problem));

        ValueCheckResult partial = storedCheck(QDateTime::currentDateTimeUtc().addSecs(1));
        partial.partial = true;
        partial.partialReason = u"Mailchimp asked to slow down after 12 requests"_s;
        QVERIFY(env.store(partial));
        QTRY_VERIFY(env.headline().startsWith(u"182 of 200"_s));
        QVERIFY2(env.detail().contains(u"Partial check: Mailchimp asked to slow down after 12 requests"_s),
            qPrintable(env.detail()));
        QVERIFY(env.overviewText(kId, Qt::ToolTipRole).contains(u"Partial check"_s));
    }

    void examplesOffAndExpired()
    {
        Env env;
        QVERIFY(env.start());
        // A check three weeks old: its examples are gone, its counts stay.
        ValueCheckResult old = storedCheck(QDateTime::currentDateTimeUtc().addDays(-21));
        for (FieldTally& f : old.fields)
            f.examples.clear();
        QVERIFY(env.store(old));
        env.openValues();
        QCOMPARE(child<QListWidget>(env.tab(), u"valueExamples"_s)->count(), 0);
        QCOMPARE(child<QLabel>(env.tab(), u"valueExamplesNote"_s)->text(), u"No examples kept (older than 14 days)."_s);

        // Examples switched off for the integration.
        Integration i = *env.service->integration(kId);
        i.checks.extra.insert(u"values"_s, QJsonObject { { u"examples"_s, false } });
        QVERIFY(env.service->saveIntegration(i));
        QTRY_COMPARE(
            child<QLabel>(env.tab(), u"valueExamplesNote"_s)->text(), u"Examples are off for this integration."_s);
    }

    // Against the sandbox the check completes and is stored (while the connectors' sampling is being built, as a
    // check that could not run); the monitor then evaluates the integration again.
    void compareNowRunsTheCheck()
    {
        Env env;
        QVERIFY(env.start());
        env.openValues();
        auto* compare = child<QPushButton>(env.tab(), u"compareNowButton"_s);
        auto* progress = child<QWidget>(env.tab(), u"valuesProgressRow"_s);
        QVERIFY(compare->isEnabled());
        QVERIFY(!progress->isVisible());
        QSignalSpy cycles(env.monitor, &Monitor::cycleFinished);
        QSignalSpy written(&env.context->historyService(), &HistoryService::valueCheckWritten);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(!compare->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY(child<QPushButton>(env.tab(), u"cancelValueCheckButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 20000);
        QCOMPARE(written.first().first().toString(), kId);
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!env.monitor->isPolling() && !env.context->valueChecker().isRunning(), 20000);
        QTRY_VERIFY(compare->isEnabled());
        QVERIFY(!progress->isVisible());
        const std::optional<ValueCheckResult> stored = env.context->historyService().latestValueCheck(kId);
        QVERIFY(stored);
        if (stored->compared())
            QVERIFY2(env.headline().contains(u"sampled records match"_s), qPrintable(env.headline()));
        else
            QCOMPARE(env.headline(), stored->problem);
        QVERIFY(env.overviewText(kId) != u"—"_s);
    }

    void cancelStopsTheCheck()
    {
        Env env;
        QVERIFY(env.start());
        env.openValues();
        auto* compare = child<QPushButton>(env.tab(), u"compareNowButton"_s);
        auto* cancel = child<QPushButton>(env.tab(), u"cancelValueCheckButton"_s);
        QSignalSpy written(&env.context->historyService(), &HistoryService::valueCheckWritten);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(compare->isEnabled(), 10000);
        QVERIFY(!env.context->valueChecker().isRunning());
        QVERIFY(!cancel->isVisible());
        QVERIFY(child<QLabel>(env.tab(), u"valuesNote"_s)->text().contains(u"cancelled"_s));
        // Nothing of the cancelled run arrives later.
        QTest::qWait(500);
        QCOMPARE(written.size(), 0);
        QVERIFY(!env.context->historyService().latestValueCheck(kId));
        QCOMPARE(env.headline(), u"No value check yet"_s);

        // And the next Compare now runs again.
        QTest::mouseClick(compare, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(compare->isEnabled(), 20000);
    }

    // Pictures to look at (PLUMBLINE_SCREENSHOT_DIR): a month of daily checks seeded through the store, the tab at
    // 1440×900 and 1024×700, and the state of a check that could not run.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("PLUMBLINE_SCREENSHOT_DIR"))
            QSKIP("PLUMBLINE_SCREENSHOT_DIR is not set");
        for (const QSize& size : { QSize(1440, 900), QSize(1024, 700) }) {
            Env env;
            QVERIFY(env.start(size));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int day = 30; day >= 1; --day) {
                ValueCheckResult r = storedCheck(now.addDays(-day));
                r.matched = 196 - (day < 8 ? 14 - day : 0) - (day % 3);
                r.matchRate = double(r.matched) / 200.0;
                const ProportionInterval i = wilsonInterval(r.matched, 200);
                r.matchRateLow = i.low;
                r.matchRateHigh = i.high;
                QVERIFY(env.store(r));
            }
            QVERIFY(env.store(storedCheck(now)));
            ValueCheckResult failed;
            failed.integrationId = u"store-to-crm"_s;
            failed.checkedAt = now;
            failed.problem = u"Shopify connections cannot be sampled for a value check."_s;
            failed.problemKind = u"source_failed"_s;
            QVERIFY(env.store(failed));
            env.openValues();
            QTest::qWait(200);
            const QString suffix = u"%1x%2"_s.arg(size.width()).arg(size.height());
            saveShot(env.window.get(), u"values-tab-%1.png"_s.arg(suffix));
            env.openValues(u"store-to-crm"_s);
            QTest::qWait(200);
            saveShot(env.window.get(), u"values-problem-%1.png"_s.arg(suffix));
            env.openValues(u"crm-to-warehouse"_s);
            QTest::qWait(200);
            saveShot(env.window.get(), u"values-none-%1.png"_s.arg(suffix));
        }
    }

    // Keyboard: the tab by its mnemonic, Compare now by its own, the focus order through the tab's controls.
    void keyboardAndNames()
    {
        Env env;
        QVERIFY(env.start());
        QVERIFY(env.store(storedCheck(QDateTime::currentDateTimeUtc())));
        env.select(kId);
        QTabWidget* tabs = env.dashboard()->tabs();
        QCOMPARE(tabs->tabText(IntegrationDashboard::ValuesTab), u"&Values"_s);
        tabs->setCurrentIndex(IntegrationDashboard::ValuesTab);
        auto* compare = child<QPushButton>(env.tab(), u"compareNowButton"_s);
        QVERIFY(compare->text().contains(u'&'));
        auto* table = child<QTableView>(env.tab(), u"valueFieldTable"_s);
        auto* examples = child<QListWidget>(env.tab(), u"valueExamples"_s);
        QVERIFY(!examples->accessibleName().isEmpty());
        QVERIFY(!child<QProgressBar>(env.tab(), u"valuesProgress"_s)->accessibleName().isEmpty());
        table->setFocus();
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(examples->hasFocus());
    }
};

QTEST_MAIN(TestValuesGui)
#include "tst_values_gui.moc"
