// The audit report dialog (ui/export/ReportDialog) over a real SQLite workspace on the offscreen platform.

#include "../common/ReportFixture.h"

#include <AppContext.h>
#include <export/ReportDialog.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace plumbline;

class TestReportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context; // the production composition root, over the fixture's store
    const QDateTime m_end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"w.sqlite"_s)));
        test::ReportFixture fixture;
        fixture.integrations = 120;
        fixture.days = 90;
        fixture.pollHours = 6;
        fixture.end = m_end;
        const QString error = fixture.write(db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.close();
        AppContext::Options options;
        options.databaseFile = m_dir.filePath(u"w.sqlite"_s);
        options.secrets = AppContext::Secrets::Memory;
        options.osUser = u"auditor"_s;
        m_context = std::make_unique<AppContext>(options);
        const AppContext::Opened opened = m_context->open();
        QVERIFY2(opened, qPrintable(opened.message));
    }

    void presetsAndSelection()
    {
        ReportDialog dialog(m_context->service(), m_context->historyService());
        dialog.setNow(m_end);
        auto* preset = dialog.findChild<QComboBox*>(u"reportPeriod"_s);
        auto* from = dialog.findChild<QDateEdit*>(u"reportFrom"_s);
        auto* to = dialog.findChild<QDateEdit*>(u"reportTo"_s);
        auto* list = dialog.findChild<QListWidget*>(u"reportIntegrations"_s);
        auto* exportButton = dialog.findChild<QPushButton*>(u"reportExport"_s);
        QVERIFY(preset && from && to && list && exportButton);
        QCOMPARE(list->count(), 120);
        preset->setCurrentIndex(2); // last 90 days
        QCOMPARE(to->date(), m_end.date());
        QCOMPARE(from->date().daysTo(to->date()), 89);
        QVERIFY(!from->isEnabled());
        preset->setCurrentIndex(3);
        QVERIFY(from->isEnabled());
        from->setDate(to->date().addDays(1));
        QVERIFY(!exportButton->isEnabled());
        from->setDate(to->date().addDays(-3));
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportSelectNone"_s), Qt::LeftButton);
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(u"reportStatus"_s)->text().contains(u"at least one"_s));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportSelectAll"_s), Qt::LeftButton);
        QVERIFY(exportButton->isEnabled());
    }

    void exportsWhileTheWindowResponds()
    {
        QTemporaryDir out;
        ReportDialog dialog(m_context->service(), m_context->historyService());
        dialog.setNow(m_end);
        dialog.findChild<QComboBox*>(u"reportPeriod"_s)->setCurrentIndex(2);
        dialog.setFormat(ReportFormat::Pdf);
        const QString path = out.filePath(u"audit.pdf"_s);
        dialog.setDestination(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A timer on the GUI thread measures the longest pause of the event loop during the export.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&]() {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        tick.start();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportExport"_s), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.findChild<QProgressBar*>(u"reportProgress"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 120000);
        tick.stop();
        QVERIFY2(dialog.findChild<QLabel*>(u"reportStatus"_s)->text().contains(u"Saved"_s),
            qPrintable(dialog.findChild<QLabel*>(u"reportStatus"_s)->text()));
        QVERIFY(QFile::exists(path));
        QVERIFY2(longest < 500, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longest)));
        dialog.grab().save(u"/work/notes/report-dialog.png"_s);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir out;
        ReportDialog dialog(m_context->service(), m_context->historyService());
        dialog.setNow(m_end);
        dialog.findChild<QComboBox*>(u"reportPeriod"_s)->setCurrentIndex(2);
        dialog.setFormat(ReportFormat::Pdf);
        dialog.setDestination(out.filePath(u"audit.pdf"_s));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportExport"_s), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        // Cancel once the pages are being laid out on the worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QProgressBar*>(u"reportProgress"_s)->value() > 300, 60000);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportCancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 60000);
        QVERIFY(dialog.isVisible()); // it stays open to say what happened
        QVERIFY(dialog.findChild<QLabel*>(u"reportStatus"_s)->text().contains(u"Cancelled"_s));
        QVERIFY2(entries(out.path()).isEmpty(), qPrintable(entries(out.path()).join(u", "_s)));
        // Cancel while still collecting.
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportExport"_s), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportCancel"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isExporting());
        QVERIFY(entries(out.path()).isEmpty());
    }

    void failureIsShown()
    {
        ReportDialog dialog(m_context->service(), m_context->historyService());
        dialog.setFormat(ReportFormat::Html);
        dialog.setDestination(m_dir.filePath(u"no/such/folder/r.html"_s));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"reportExport"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isExporting());
        QVERIFY(dialog.findChild<QLabel*>(u"reportStatus"_s)->text().contains(u"does not exist"_s));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
