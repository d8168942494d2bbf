// Unit tests for the audit report (app/report, ARCHITECTURE.md, "Reports") on real SQLite files.

#include "../common/ReportFixture.h"

#include <report/CsvReport.h>
#include <report/ReportCollector.h>
#include <report/ReportCommand.h>
#include <report/ReportWriter.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QDateTime kEnd(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

AlertEvent alertEvent(qint64 alert, const QDateTime& ts, AlertTransition::Kind kind, Severity severity)
{
    AlertEvent e;
    e.alertId = alert;
    e.ts = ts;
    e.kind = kind;
    e.severity = severity;
    return e;
}

const ReportTable* table(const QList<ReportTable>& tables, const QString& key)
{
    for (const ReportTable& t : tables) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

ReportCell cell(const ReportTable& t, const ReportRow& row, const QString& column)
{
    const qsizetype c = t.columnKeys.indexOf(column);
    return c >= 0 && c < row.size() ? row.at(c) : ReportCell();
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    test::ReportFixture m_fixture;

    ReportDocument collect(const QDateTime& from, const QDateTime& to, const QStringList& ids = {})
    {
        WorkspaceRepository workspace(m_db, u"auditor"_s);
        MonitorRepository monitor(m_db);
        ReportCollector collector(workspace, monitor, ReportRequest { from, to, ids, kEnd, u"auditor"_s });
        while (collector.step()) { }
        return collector.document();
    }

    static QStringList leftovers(const QString& dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"report.sqlite"_s)));
        m_fixture.integrations = 3;
        m_fixture.days = 40;
        m_fixture.end = kEnd;
        const QString error = m_fixture.write(m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void csvNeutralises_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << u"=1+2"_s << u"\"'=1+2\""_s;
        QTest::newRow("owasp example") << u"=1+2\";=1+2"_s << u"\"'=1+2\"\";=1+2\""_s;
        QTest::newRow("plus") << u"+1"_s << u"\"'+1\""_s;
        QTest::newRow("minus") << u"-1"_s << u"\"'-1\""_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"\"'@SUM(1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("line feed") << u"\n=1"_s << u"\"'\n=1\""_s;
        QTest::newRow("embedded quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("inner formula is text") << u"a=1+2"_s << u"\"a=1+2\""_s;
        QTest::newRow("comma and newline") << u"a,b\nc"_s << u"\"a,b\nc\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
    }
    void csvNeutralises()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvReport::textField(value), field);
        QCOMPARE(CsvReport::field(ReportCell::of(value)), value.isEmpty() ? QString() : field);
    }

    void csvNumbersAndTimesStayPlain()
    {
        // Numbers the report computes are numbers for a spreadsheet, also negative ones; text never is.
        QCOMPARE(CsvReport::field(ReportCell::integerOf(qint64(-20))), u"-20"_s);
        QCOMPARE(CsvReport::field(ReportCell::numberOf(-20.5)), u"-20.50"_s);
        QCOMPARE(CsvReport::field(ReportCell::numberOf(12.0)), u"12"_s);
        QCOMPARE(CsvReport::field(ReportCell::percentOf(2.345)), u"2.35"_s);
        QCOMPARE(CsvReport::field(ReportCell::durationOf(90061)), u"90061"_s);
        QCOMPARE(CsvReport::field(ReportCell::timeOf(kEnd)), u"2026-11-01T00:00:00Z"_s);
        QCOMPARE(CsvReport::field(ReportCell::dateOf(kEnd)), u"2026-11-01"_s);
        QCOMPARE(CsvReport::field(ReportCell::statusOf(Severity::Critical)), u"\"critical\""_s);
        QCOMPARE(CsvReport::field(ReportCell::integerOf(std::optional<qint64>())), QString());
        ReportTable t;
        t.columnKeys = { u"a"_s, u"b"_s };
        t.rows << ReportRow { ReportCell::of(u"x"_s), ReportCell::integerOf(qint64(1)) };
        QCOMPARE(CsvReport::tableBytes(t), QByteArray("\xEF\xBB\xBF\"a\",\"b\"\r\n\"x\",1\r\n"));
    }

    void timeInStates()
    {
        const QDateTime t0 = kEnd.addDays(-10);
        const QDateTime t1 = t0.addDays(10);
        using K = AlertTransition::Kind;
        // Nothing open: all OK.
        StateDurations d = ReportCollector::timeInStates({}, t0, t1);
        QCOMPARE(d.ok, 10 * kDay);
        QCOMPARE(d.total(), 10 * kDay);
        // A warning from day 1 to day 3, escalated to critical on day 2; another alert, unknown, on days 2-5;
        // an acknowledgement changes nothing; a suppressed event counts for nothing.
        const QList<AlertEvent> events { alertEvent(1, t0.addDays(1), K::Opened, Severity::Warning),
            alertEvent(0, t0.addDays(1), K::Suppressed, Severity::Critical),
            alertEvent(1, t0.addDays(1).addSecs(60), K::Acknowledged, Severity::Warning),
            alertEvent(2, t0.addDays(2), K::Opened, Severity::Unknown),
            alertEvent(1, t0.addDays(2).addSecs(3600), K::Escalated, Severity::Critical),
            alertEvent(1, t0.addDays(3), K::Resolved, Severity::Ok),
            alertEvent(2, t0.addDays(5), K::Resolved, Severity::Ok) };
        d = ReportCollector::timeInStates(events, t0, t1);
        QCOMPARE(d.warning, kDay + 3600); // day 1 to day 2 + 1 h: a warning outranks unknown (max_state)
        QCOMPARE(d.unknown, 2 * kDay); // alone, days 3-5
        QCOMPARE(d.critical, kDay - 3600); // day 2 + 1 h to day 3
        QCOMPARE(d.ok, 10 * kDay - 4 * kDay);
        // Clipped to a window that starts inside the warning.
        d = ReportCollector::timeInStates(events, t0.addDays(1).addSecs(43200), t0.addDays(2));
        QCOMPARE(d.warning, 43200);
        QCOMPARE(d.total(), 43200);
        // An alert opened before the window and never resolved covers it all.
        d = ReportCollector::timeInStates({ alertEvent(7, t0.addDays(-30), K::Opened, Severity::Critical) }, t0, t1);
        QCOMPARE(d.critical, 10 * kDay);
        // An empty window.
        QCOMPARE(ReportCollector::timeInStates(events, t1, t0).total(), 0);
    }

    void collectorFigures()
    {
        const QDateTime from = kEnd.addDays(-30);
        const ReportDocument doc = collect(from, kEnd);
        const QList<ReportTable> tables = doc.csvTables();
        const ReportTable* health = table(tables, u"health"_s);
        QVERIFY(health);
        QCOMPARE(health->rows.size(), 3);
        for (const ReportRow& row : health->rows) {
            const QString id = cell(*health, row, u"integration_id"_s).text;
            const bool first = id == test::ReportFixture::integrationId(0);
            // The connection outage (critical, open for the last 2 days) concerns every integration.
            QCOMPARE(cell(*health, row, u"critical_s"_s).integer, 2 * kDay);
            QCOMPARE(cell(*health, row, u"warning_s"_s).integer, first ? kDay : 0);
            QCOMPARE(cell(*health, row, u"ok_s"_s).integer, 30 * kDay - 2 * kDay - (first ? kDay : 0));
            QCOMPARE(cell(*health, row, u"monitored_s"_s).integer, 30 * kDay);
            QCOMPARE(cell(*health, row, u"incidents"_s).integer, first ? 2 : 1);
            QCOMPARE(cell(*health, row, u"polls"_s).integer, 30 * 24 / m_fixture.pollHours);
            const int i = id.right(3).toInt();
            QCOMPARE(cell(*health, row, u"gap"_s).number, double(test::ReportFixture::gap(i)));
            QCOMPARE(cell(*health, row, u"latest_source"_s).number,
                double(test::ReportFixture::sourceCount(i, m_fixture.days - 1)));
            QCOMPARE(cell(*health, row, u"state_now"_s).severity, Severity::Warning);
        }
        // Daily averages, with the gap as destination - source.
        const ReportTable* counts = table(tables, u"counts"_s);
        QVERIFY(counts);
        QCOMPARE(counts->rows.size(), 3 * 30);
        for (const ReportRow& row : counts->rows) {
            const int i = cell(*counts, row, u"integration_id"_s).text.right(3).toInt();
            const int day = int(kEnd.addDays(-m_fixture.days).daysTo(cell(*counts, row, u"bucket_start"_s).time));
            QCOMPARE(cell(*counts, row, u"source_avg"_s).number, double(test::ReportFixture::sourceCount(i, day)));
            QCOMPARE(cell(*counts, row, u"gap_avg"_s).number, double(test::ReportFixture::gap(i)));
        }
        const ReportTable* incidents = table(tables, u"incidents"_s);
        QVERIFY(incidents);
        QCOMPARE(incidents->rows.size(), 2); // the connection's alert once, not once per integration
        QCOMPARE(cell(*incidents, incidents->rows.first(), u"time_to_acknowledge_s"_s).integer, 3600);
        QCOMPARE(cell(*incidents, incidents->rows.first(), u"duration_s"_s).integer, kDay);
        QCOMPARE(table(tables, u"incident_events"_s)->rows.size(), 4);
        const ReportTable* findings = table(tables, u"findings"_s);
        QCOMPARE(findings->rows.size(), 2);
        const ReportTable* deprecation = table(tables, u"deprecation"_s);
        QCOMPARE(deprecation->rows.size(), 3);
        bool sawSunset = false;
        for (const ReportRow& row : deprecation->rows) {
            if (cell(*deprecation, row, u"connection"_s).text == u"Mailchimp newsletter") {
                QCOMPARE(cell(*deprecation, row, u"days_left"_s).integer, 60);
                sawSunset = true;
            }
        }
        QVERIFY(sawSunset);
        const ReportTable* changes = table(tables, u"changes"_s);
        QCOMPARE(changes->rows.size(), 1);
        QCOMPARE(cell(*changes, changes->rows.first(), u"entity_id"_s).text, test::ReportFixture::integrationId(0));
        QCOMPARE(cell(*changes, changes->rows.first(), u"at"_s).time, kEnd.addDays(-5));
        // Credentials are named, never read.
        const ReportTable* connections = table(tables, u"connections"_s);
        QCOMPARE(cell(*connections, connections->rows.first(), u"credential_location"_s).text.contains(u"connection/"),
            true);
    }

    void publishedEndOfLifeFillsTheDeadlines()
    {
        // A Salesforce connection on a version with a published retirement and never checked: the report still
        // names the deadline (from the vendor catalog) instead of leaving it blank.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"eol.sqlite"_s)));
        WorkspaceRepository workspace(db, u"auditor"_s);
        Connection c;
        c.id = u"sf-old"_s;
        c.name = u"Salesforce (old API)"_s;
        c.vendor = Vendor::Salesforce;
        c.apiVersion = u"31.0"_s;
        QVERIFY(workspace.saveConnection(c));
        MonitorRepository monitor(db);
        ReportCollector collector(workspace, monitor, ReportRequest { kEnd.addDays(-7), kEnd, {}, kEnd, u"auditor"_s });
        while (collector.step()) { }
        const QList<ReportTable> tables = collector.document().csvTables();
        const ReportTable* versions = table(tables, u"deprecation"_s);
        QVERIFY(versions);
        QCOMPARE(versions->rows.size(), 1);
        const ReportRow& row = versions->rows.first();
        QVERIFY(cell(*versions, row, u"sunset"_s).time.isValid());
        QCOMPARE(cell(*versions, row, u"sunset"_s).time.date().year(), 2027);
        QCOMPARE(cell(*versions, row, u"days_left"_s).kind, ReportCell::Kind::Integer);
        QVERIFY(cell(*versions, row, u"days_left"_s).integer > 0);
    }
    void collectorSelectsAndValidates()
    {
        WorkspaceRepository workspace(m_db, u"auditor"_s);
        MonitorRepository monitor(m_db);
        const QString one = test::ReportFixture::integrationId(1);
        ReportCollector unknown(workspace, monitor, { kEnd.addDays(-1), kEnd, { u"nope"_s }, kEnd, {} });
        QVERIFY(unknown.validate().contains(u"nope"));
        ReportCollector empty(workspace, monitor, { kEnd, kEnd, {}, kEnd, {} });
        QVERIFY(!empty.validate().isEmpty());
        const ReportDocument doc = collect(kEnd.addDays(-7), kEnd, { one });
        const QList<ReportTable> tables = doc.csvTables();
        QCOMPARE(table(tables, u"health"_s)->rows.size(), 1);
        QCOMPARE(table(tables, u"integrations"_s)->rows.size(), 1);
        // A period with no history: figures are empty, not zero, and nothing fails.
        const ReportDocument old = collect(kEnd.addYears(-5), kEnd.addYears(-5).addDays(1));
        const ReportTable* health = table(old.csvTables(), u"health"_s);
        QCOMPARE(health->rows.size(), 3);
        QCOMPARE(cell(*health, health->rows.first(), u"gap"_s).kind, ReportCell::Kind::Empty);
        QCOMPARE(table(old.csvTables(), u"incidents"_s)->rows.size(), 0);
    }

    void reportBounds()
    {
        QCOMPARE(parseReportBound(u"2026-11-01"_s, false), kEnd);
        QCOMPARE(parseReportBound(u"2026-10-31"_s, true), kEnd);
        QCOMPARE(parseReportBound(u"2026-11-01T02:00:00+02:00"_s, false), kEnd);
        QCOMPARE(parseReportBound(u"2026-11-01T00:00"_s, false), kEnd);
        QVERIFY(!parseReportBound(u"yesterday"_s, false).isValid());
        QVERIFY(!parseReportBound(u"2026-13-01"_s, false).isValid());
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ReportFormat::Pdf);
        QTest::newRow("html") << int(ReportFormat::Html);
        QTest::newRow("csv") << int(ReportFormat::Csv);
    }
    void writesEveryFormat()
    {
        QFETCH(int, format);
        QTemporaryDir out;
        const QString path = out.filePath(u"audit"_s);
        const ReportDocument doc = collect(kEnd.addDays(-30), kEnd);
        QList<double> steps;
        ReportProgress progress;
        progress.report = [&](double done, const QString&) { steps << done; };
        const ReportOutcome outcome = ReportWriter::write(doc, ReportFormat(format), path, progress);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(leftovers(out.path()), QStringList { u"audit"_s });
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps.last(), 1.0);
        if (!qEnvironmentVariableIsEmpty("PLUMBLINE_REPORT_KEEP")) {
            const QString keep = qEnvironmentVariable("PLUMBLINE_REPORT_KEEP");
            const QString ext = QStringList { u".pdf"_s, u""_s, u".html"_s }.at(format);
            QFile::remove(keep + ext);
            QFile::copy(path, keep + ext);
        }
    }

    // Cancel at every step of the way, and failures: nothing is left behind, an existing report is untouched.
    void cancelLeavesNothing_data() { writesEveryFormat_data(); }
    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        const ReportDocument doc = collect(kEnd.addDays(-30), kEnd);
        int calls = 0;
        {
            QTemporaryDir out;
            ReportProgress counting;
            counting.report = [&](double, const QString&) { ++calls; };
            QVERIFY(ReportWriter::write(doc, ReportFormat(format), out.filePath(u"r"_s), counting).ok());
        }
        QVERIFY(calls >= 2);
        for (int at = 0; at < calls - 1; ++at) {
            QTemporaryDir out;
            QFile previous(out.filePath(u"keep"_s));
            std::atomic_bool cancel = false;
            int seen = 0;
            ReportProgress progress;
            progress.cancel = &cancel;
            progress.report = [&](double, const QString&) {
                if (seen++ == at)
                    cancel = true;
            };
            const ReportOutcome outcome
                = ReportWriter::write(doc, ReportFormat(format), out.filePath(u"r"_s), progress);
            QVERIFY2(outcome.cancelled, qPrintable(u"step %1: %2"_s.arg(at).arg(outcome.error)));
            QVERIFY2(leftovers(out.path()).isEmpty(), qPrintable(leftovers(out.path()).join(u", "_s)));
        }
        // An existing file survives a cancelled overwrite.
        if (ReportFormat(format) != ReportFormat::Csv) {
            QTemporaryDir out;
            QFile existing(out.filePath(u"r"_s));
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("previous report");
            existing.close();
            std::atomic_bool cancel = true;
            ReportProgress progress;
            progress.cancel = &cancel;
            QVERIFY(ReportWriter::write(doc, ReportFormat(format), out.filePath(u"r"_s), progress).cancelled);
            QVERIFY(existing.open(QIODevice::ReadOnly));
            QCOMPARE(existing.readAll(), QByteArray("previous report"));
            QCOMPARE(leftovers(out.path()), QStringList { u"r"_s });
        }
        // Failures: a missing folder, a non-empty folder for CSV.
        QTemporaryDir out;
        ReportOutcome failed = ReportWriter::write(doc, ReportFormat(format), out.filePath(u"missing/r"_s));
        QVERIFY(!failed.ok() && !failed.cancelled && !failed.error.isEmpty());
        QVERIFY(leftovers(out.path()).isEmpty());
        if (ReportFormat(format) == ReportFormat::Csv) {
            QVERIFY(QDir(out.path()).mkdir(u"full"_s));
            QFile f(out.filePath(u"full/other.txt"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            failed = ReportWriter::write(doc, ReportFormat::Csv, out.filePath(u"full"_s));
            QVERIFY(failed.error.contains(u"not empty"));
            QCOMPARE(QDir(out.filePath(u"full"_s)).entryList(QDir::Files), QStringList { u"other.txt"_s });
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
