// The monitor's own trouble in the real window (issue "nothing breaks quietly"): a poll that could not be saved is
// a finding on the dashboard and an Unknown state in the overview, never a quietly stale OK; a window that does
// not poll says who does.
#include "../common/DemoWindow.h"

#include <IntegrationTableModel.h>

#include <QAbstractItemView>
#include <QLabel>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace plumbline;

class TestMonitorGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsavedPollIsAFinding()
    {
        test::DemoWindow demo;
        QVERIFY(demo.start(u"dana"_s, QSize(1280, 800)));
        QVERIFY(demo.check());
        const auto storeCards
            = [&] { return demo.window->findChildren<QWidget*>(QRegularExpression(u"^finding_store_failure"_s)); };
        QTRY_VERIFY(storeCards().isEmpty());

        demo.history->failAfterStatementsForTest(0); // the next write fails, as on a full disk
        QVERIFY(demo.check());
        QTRY_VERIFY(!storeCards().isEmpty());
        const QLabel* message = storeCards().constFirst()->findChild<QLabel*>(u"findingMessage"_s);
        QVERIFY(message);
        QVERIFY2(message->text().contains(u"could not save"_s), qPrintable(message->text()));
        // The overview says Unknown for every integration, with the reason.
        auto* overview = demo.window->findChild<QAbstractItemView*>(u"integrationsTable"_s);
        QVERIFY(overview);
        const QAbstractItemModel* model = overview->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex status = model->index(row, 0);
            QCOMPARE(model->data(status, IntegrationTableModel::StatusRole).toString(), u"unknown"_s);
        }

        // With room again the next check stores and the finding goes.
        demo.history->failAfterStatementsForTest(-1);
        QVERIFY(demo.check());
        QTRY_VERIFY(storeCards().isEmpty());
    }

    void followingWindowSaysWhoPolls()
    {
        test::DemoWindow demo;
        QVERIFY(demo.start(u"dana"_s, QSize(1280, 800)));
        // Another process on this computer (this test's own, so it is alive) holds the poller lease.
        LeaseHolder other;
        other.holder = u"another-process"_s;
        other.pid = QCoreApplication::applicationPid();
        other.host = QSysInfo::machineHostName();
        other.kind = u"run"_s;
        QVERIFY(demo.history->acquireLease(u"poller"_s, other, QDateTime::currentDateTimeUtc(), 600000));
        demo.monitor->setLeaseKind(u"window"_s);
        demo.monitor->start();
        QVERIFY(!demo.monitor->isLeading());
        auto* label = demo.window->findChild<QLabel*>(u"pollingLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY2(
            label->text().contains(u"polled by plumbline run (process %1"_s.arg(other.pid)), qPrintable(label->text()));
        // The holder stops: the window takes over and the line goes.
        QVERIFY(demo.history->releaseLease(u"poller"_s, other.holder));
        QTRY_VERIFY_WITH_TIMEOUT(demo.monitor->isLeading(), 15000);
        QTRY_VERIFY(!label->text().contains(u"polled by"_s));
        demo.monitor->stop();
    }
};

QTEST_MAIN(TestMonitorGui)
#include "tst_monitor_gui.moc"
