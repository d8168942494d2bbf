// The audit report's value checks (ARCHITECTURE.md §12, "Reports"): each integration's latest check and those of the
// period in print and in CSV (value_checks.csv, value_fields.csv), on a real SQLite file written through the value
// store. A canary: a raw value planted where the store keeps only hashes never reaches any format.

#include "../common/ReportFixture.h"

#include <report/ReportCollector.h>
#include <report/ReportWriter.h>
#include <store/ValueRepository.h>
#include <values/ValueStatistics.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QDateTime kEnd(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
const QString kPlanted = u"planted.person@example.com"_s;
const QString kExample = u"a***@b***.com: \"A… (7)\" → \"\""_s;

FieldTally tally(const QString& source, const QString& destination, qint64 compared, qint64 empty, qint64 differs,
    const QStringList& examples = {})
{
    FieldTally f;
    f.source = source;
    f.destination = destination;
    f.compared = compared;
    f.emptyOnDestination = empty;
    f.differs = differs;
    f.equal = compared - empty - differs;
    f.examples = examples;
    return f;
}

ValueCheckResult check(const QString& id, const QDateTime& at, qint64 matched)
{
    ValueCheckResult r;
    r.integrationId = id;
    r.checkedAt = at;
    r.sampled = 200;
    r.found = 193;
    r.missingAtDestination = 7;
    r.matched = matched;
    r.matchRate = double(matched) / 200.0;
    const ProportionInterval i = wilsonInterval(matched, 200);
    r.matchRateLow = i.low;
    r.matchRateHigh = i.high;
    r.requestsSource = 2;
    r.requestsDestination = 4;
    FieldTally first = tally(u"firstname"_s, u"FNAME"_s, 193, 9, 2,
        { kExample, u"c***@d***.org: \"B… (3)\" → \"\""_s, u"e***@f***.net: \"C… (5)\" → \"\""_s,
            u"g***@h***.com: \"D… (2)\" → \"\""_s });
    first.firstFailureChange = at.addDays(-1);
    // A field name a spreadsheet would run as a formula.
    r.fields = { tally(u"=HYPERLINK(1)"_s, u"LNAME"_s, 193, 0, 0), first };
    return r;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList csvLines(const QString& path)
{
    QString text = readAll(path);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestReportValues final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    test::ReportFixture m_fixture;

    ReportDocument collect(bool withValues = true)
    {
        WorkspaceRepository workspace(m_db, u"auditor"_s);
        MonitorRepository monitor(m_db);
        ValueRepository values(m_db);
        ReportCollector collector(workspace, monitor, ReportRequest { kEnd.addDays(-7), kEnd, {}, kEnd, u"auditor"_s });
        if (withValues)
            collector.setValues(&values);
        while (collector.step()) { }
        return collector.document();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"report.sqlite"_s)));
        m_fixture.integrations = 2;
        m_fixture.days = 10;
        m_fixture.end = kEnd;
        const QString error = m_fixture.write(m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ValueRepository values(m_db);
        const QString id = test::ReportFixture::integrationId(0);
        // One check before the period, two in it; the newest has its examples. The keys of the sampled records are
        // planted raw where the store keeps only their hashes: the report must never read them.
        QVERIFY(values.write(check(id, kEnd.addDays(-9), 170), {}));
        QVERIFY(values.write(check(id, kEnd.addDays(-3), 176), { { kPlanted, u"missing"_s, {} } }));
        ValueCheckResult failed;
        failed.integrationId = id;
        failed.checkedAt = kEnd.addDays(-2);
        failed.problem = u"HubSpot could not be sampled: timed out"_s;
        failed.problemKind = u"source_failed"_s;
        failed.requestsSource = 1;
        QVERIFY(values.write(failed, {}));
        ValueCheckResult latest = check(id, kEnd.addDays(-1), 182);
        latest.partial = true;
        latest.partialReason = u"Mailchimp asked to slow down after 12 requests"_s;
        QVERIFY(values.write(latest, { { kPlanted, u"mismatch"_s, u"FNAME"_s } }));
    }

    void collectorAddsTheValueChecks()
    {
        const ReportDocument doc = collect();
        const QList<ReportTable> tables = doc.csvTables();
        const auto find = [&tables](const QString& key) -> const ReportTable* {
            for (const ReportTable& t : tables) {
                if (t.key == key)
                    return &t;
            }
            return nullptr;
        };
        const ReportTable* checks = find(u"value_checks"_s);
        QVERIFY(checks);
        // The three checks of the period, oldest first; the one before the period is not in it.
        QCOMPARE(checks->rows.size(), qsizetype(3));
        const qsizetype at = checks->columnKeys.indexOf(u"checked_at"_s);
        QCOMPARE(checks->rows.at(0).at(at).time, kEnd.addDays(-3));
        QCOMPARE(checks->rows.at(2).at(at).time, kEnd.addDays(-1));
        const qsizetype latest = checks->columnKeys.indexOf(u"latest"_s);
        QCOMPARE(checks->rows.at(2).at(latest).text, u"true"_s);
        QCOMPARE(checks->rows.at(0).at(latest).text, u"false"_s);
        // The failed check has no rates, only its problem.
        QCOMPARE(checks->rows.at(1).at(checks->columnKeys.indexOf(u"match_rate_pct"_s)).kind, ReportCell::Kind::Empty);
        QCOMPARE(checks->rows.at(1).at(checks->columnKeys.indexOf(u"problem_kind"_s)).text, u"source_failed"_s);
        const ReportTable* fields = find(u"value_fields"_s);
        QVERIFY(fields);
        QCOMPARE(fields->rows.size(), qsizetype(4)); // two fields of each check that compared records
        // No CSV file of examples.
        QVERIFY(!find(u"value_examples"_s));

        // In print: the latest check in words, under the integration.
        QString printed;
        for (const ReportSection& s : doc.sections) {
            for (const ReportBlock& b : s.blocks) {
                if (b.kind == ReportBlock::Kind::Paragraph)
                    printed += b.text + u'\n';
            }
        }
        QVERIFY2(printed.contains(u"182 of 200 sampled records match (91.0 %; 95 % interval 86.2 %–94.2 %)"_s),
            qPrintable(printed));
        QVERIFY(printed.contains(u"Partial check: Mailchimp asked to slow down after 12 requests"_s));
        QVERIFY(printed.contains(u"No value check has run for %1"_s.arg(m_fixture.integrationNames.at(1))));

        // Without the value store, nothing of it.
        const ReportDocument without = collect(false);
        for (const ReportTable& t : without.csvTables())
            QVERIFY(!t.key.startsWith(u"value_"_s));
    }

    void htmlShowsTheSection()
    {
        QTemporaryDir out;
        const QString path = out.filePath(u"audit.html"_s);
        const ReportOutcome outcome = ReportWriter::write(collect(), ReportFormat::Html, path);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const QString html = readAll(path);
        QVERIFY(html.contains(u"Value checks"_s));
        QVERIFY(html.contains(u"Fields of the latest value check"_s));
        QVERIFY(html.contains(u"Empty at destination"_s));
        QVERIFY(html.contains(u"HubSpot could not be sampled: timed out"_s));
        // Redacted examples may be printed, at most three a field.
        QVERIFY(html.contains(QString(kExample).toHtmlEscaped()));
        QVERIFY(html.contains(u"e***@f***.net"_s));
        QVERIFY(!html.contains(u"g***@h***.com"_s));
        QVERIFY(!html.contains(kPlanted));
    }

    void pdfIsWritten()
    {
        QTemporaryDir out;
        const QString path = out.filePath(u"audit.pdf"_s);
        const ReportOutcome outcome = ReportWriter::write(collect(), ReportFormat::Pdf, path);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(QFileInfo(path).size() > 1000);
        // To look at (as the GUI tests' screenshots).
        if (const QByteArray dir = qgetenv("PLUMBLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(path, QString::fromLocal8Bit(dir) + u"/report-values.pdf"_s);
    }

    void csvHasOneRowPerCheckAndField()
    {
        QTemporaryDir out;
        const QString path = out.filePath(u"audit"_s);
        const ReportOutcome outcome = ReportWriter::write(collect(), ReportFormat::Csv, path);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const QDir dir(path);
        QVERIFY(dir.exists(u"value_checks.csv"_s));
        QVERIFY(dir.exists(u"value_fields.csv"_s));
        QVERIFY(!dir.exists(u"value_examples.csv"_s));

        const QStringList checks = csvLines(dir.filePath(u"value_checks.csv"_s));
        QCOMPARE(checks.size(), 4); // header and three checks
        QCOMPARE(checks.first(),
            u"\"integration_id\",\"checked_at\",\"latest\",\"sampled\",\"found\",\"missing_at_destination\","
            "\"duplicates\",\"matched\",\"match_rate_pct\",\"match_rate_low_pct\",\"match_rate_high_pct\","
            "\"requests\",\"requests_source\",\"requests_destination\",\"population\",\"partial\","
            "\"partial_reason\",\"problem_kind\",\"problem\""_s);
        QCOMPARE(checks.last(),
            u"\"flow-000\",2026-10-31T00:00:00Z,\"true\",200,193,7,0,182,91,86.22,94.23,6,2,4,,\"true\","
            "\"Mailchimp asked to slow down after 12 requests\",,"_s);

        const QStringList fields = csvLines(dir.filePath(u"value_fields.csv"_s));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.first(),
            u"\"integration_id\",\"checked_at\",\"source_field\",\"destination_field\",\"kind\",\"compared\","
            "\"differs\",\"empty_on_destination\",\"truncated\",\"case_only\",\"value_differs\",\"empty_on_source\","
            "\"both_empty\",\"differ_rate_pct\",\"first_failure_change\""_s);
        // Most differences first; the formula-looking field name neutralised.
        QVERIFY2(fields.at(3).startsWith(u"\"flow-000\",2026-10-31T00:00:00Z,\"firstname\",\"FNAME\",\"text\",193,11,9,"
                                         "0,0,2,0,0,5.70,2026-10-30"_s),
            qPrintable(fields.at(3)));
        QVERIFY2(fields.at(4).contains(u"\"'=HYPERLINK(1)\""_s), qPrintable(fields.at(4)));

        // No CSV file holds an example or the planted key.
        QDirIterator it(path, { u"*.csv"_s }, QDir::Files);
        while (it.hasNext()) {
            const QString text = readAll(it.next());
            QVERIFY2(!text.contains(u"***@"_s), qPrintable(it.filePath()));
            QVERIFY2(!text.contains(kPlanted), qPrintable(it.filePath()));
        }
    }
};

QTEST_MAIN(TestReportValues)
#include "tst_report_values.moc"
