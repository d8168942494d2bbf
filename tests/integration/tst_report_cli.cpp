// `plumbline report --format pdf|csv|html` through the real binary, without a display (ARCHITECTURE.md, "Contracts" and
// "Reports").

#include "../common/ReportFixture.h"
#include "IntegrationSupport.h"

#include <AppPaths.h>

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>

using namespace plumbline::test;

namespace {

const QString kCanary = u"plb-canary-7f3c9e21d4b8a6"_s;
// Whole hours, so that a --to date bounds the fixture's last day exactly.
const QDateTime kEnd(QDate::currentDate().addDays(-1), QTime(0, 0), Qt::UTC);

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s, kCanary);
    env.insert(u"PLUMBLINE_SECRET_MAILCHIMP_NEWS"_s, kCanary + u"-us6"_s);
    return env;
}

QString collapse(QString text)
{
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180 with the BOM the writer puts first. Each field comes back with whether it was quoted.
struct CsvField
{
    QString value;
    bool quoted = false;
};
using CsvRows = QList<QList<CsvField>>;

CsvRows parseCsv(const QByteArray& bytes, QString* error)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = u"no UTF-8 byte order mark"_s;
        return {};
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    CsvRows rows;
    QList<CsvField> row;
    CsvField field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.value += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field.value += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = field.quoted = fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field = {};
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field = {};
            fieldStarted = false;
            ++i;
        } else {
            field.value += c;
            fieldStarted = true;
        }
    }
    if (inQuotes || !row.isEmpty() || fieldStarted)
        *error = u"the last line is incomplete"_s;
    return rows;
}

// header -> value maps
QList<QHash<QString, QString>> csvTable(const QString& path, QString* error)
{
    const CsvRows rows = parseCsv(readAll(path), error);
    QList<QHash<QString, QString>> out;
    if (rows.isEmpty())
        return out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (rows.at(r).size() != rows.first().size()) {
            *error
                = u"line %1 has %2 fields, the header %3"_s.arg(r + 1).arg(rows.at(r).size()).arg(rows.first().size());
            return {};
        }
        QHash<QString, QString> m;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            m.insert(rows.first().at(c).value, rows.at(r).at(c).value);
        out << m;
    }
    return out;
}

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_data; // the known workspace
    QString m_out;
    ReportFixture m_fixture;
    QString m_pdftotext;

    QString makeWorkspace(const QString& name, ReportFixture& fixture)
    {
        const QString dir = m_root.filePath(name);
        QDir().mkpath(dir);
        plumbline::Database db;
        if (!db.open(plumbline::AppPaths::databaseFile(dir)))
            return {};
        const QString error = fixture.write(db);
        return error.isEmpty() ? dir : QString();
    }

    ProcessResult report(const QString& data, const QStringList& args, int timeoutMs = 120000)
    {
        return runPlumbline(QStringList { u"--data-dir"_s, data, u"report"_s } + args, {}, headless(), timeoutMs);
    }

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(m_pdftotext, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString htmlText(QString html)
    {
        html.remove(QRegularExpression(u"<style>.*</style>"_s, QRegularExpression::DotMatchesEverythingOption));
        html.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
        html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
        html.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
        return collapse(html);
    }

    QStringList range() const
    {
        return { u"--from"_s, kEnd.addDays(-30).date().toString(Qt::ISODate), u"--to"_s,
            kEnd.addDays(-1).date().toString(Qt::ISODate) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils (installer/install-deps.sh)");
        m_fixture.integrations = 3;
        m_fixture.days = 40;
        m_fixture.end = kEnd;
        m_data = makeWorkspace(u"known"_s, m_fixture);
        QVERIFY(!m_data.isEmpty());
        m_out = m_root.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(m_out));
        for (const QString& format : { u"pdf"_s, u"html"_s, u"csv"_s }) {
            const ProcessResult r = report(m_data,
                QStringList { u"--format"_s, format, u"-o"_s, QDir(m_out).filePath(u"audit."_s + format) } + range());
            QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
            QVERIFY(r.outText().contains(u"Wrote"_s));
        }
    }

    void everyFormatCarriesTheFacts()
    {
        const QString pdf = collapse(pdfText(QDir(m_out).filePath(u"audit.pdf"_s)));
        QVERIFY2(pdf.contains(u"Integration audit report"_s), qPrintable(pdf.left(500)));
        const QString html = htmlText(QString::fromUtf8(readAll(QDir(m_out).filePath(u"audit.html"_s))));
        QString csv;
        const QDir csvDir(QDir(m_out).filePath(u"audit.csv"_s));
        for (const QString& f : csvDir.entryList({ u"*.csv"_s }, QDir::Files))
            csv += QString::fromUtf8(readAll(csvDir.filePath(f)));
        QStringList facts = m_fixture.integrationNames + m_fixture.connectionNames + m_fixture.findingMessages;
        facts << u"connection/hubspot-main/token"_s << u"Mailchimp rejected the API key"_s;
        for (const QString& fact : std::as_const(facts)) {
            QVERIFY2(pdf.contains(fact), qPrintable(u"PDF lacks: "_s + fact));
            QVERIFY2(html.contains(fact), qPrintable(u"HTML lacks: "_s + fact));
            QVERIFY2(csv.contains(fact), qPrintable(u"CSV lacks: "_s + fact));
        }
        // The PDF has its furniture.
        QVERIFY(pdf.contains(u"Contents"_s));
        QVERIFY(QRegularExpression(u"Page 1 of (\\d+)"_s).match(pdf).hasMatch());
        QVERIFY(pdf.contains(u"destination − source"_s) || pdf.contains(u"destination count minus the source"_s));
    }

    void csvParsesBackToTheFigures()
    {
        const QDir dir(QDir(m_out).filePath(u"audit.csv"_s));
        QString error;
        const auto health = csvTable(dir.filePath(u"health.csv"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(health.size(), 3);
        constexpr qint64 day = 86400;
        for (const auto& row : health) {
            const bool first = row.value(u"integration_id"_s) == ReportFixture::integrationId(0);
            QCOMPARE(row.value(u"monitored_s"_s).toLongLong(), 30 * day);
            QCOMPARE(row.value(u"critical_s"_s).toLongLong(), 2 * day);
            QCOMPARE(row.value(u"warning_s"_s).toLongLong(), first ? day : 0);
            QCOMPARE(row.value(u"incidents"_s).toInt(), first ? 2 : 1);
            QCOMPARE(row.value(u"state_now"_s), u"warning"_s);
            const int i = row.value(u"integration_id"_s).right(3).toInt();
            QCOMPARE(row.value(u"gap"_s).toDouble(), double(ReportFixture::gap(i)));
        }
        const auto counts = csvTable(dir.filePath(u"counts.csv"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(counts.size(), 3 * 30);
        for (const auto& row : counts) {
            const int i = row.value(u"integration_id"_s).right(3).toInt();
            const QDateTime bucket = QDateTime::fromString(row.value(u"bucket_start"_s), Qt::ISODate);
            QVERIFY2(bucket.isValid() && row.value(u"bucket_start"_s).endsWith(u'Z'),
                qPrintable(row.value(u"bucket_start"_s)));
            const int d = int(kEnd.addDays(-m_fixture.days).daysTo(bucket));
            QCOMPARE(row.value(u"source_avg"_s).toDouble(), double(ReportFixture::sourceCount(i, d)));
            QCOMPARE(row.value(u"gap_avg"_s).toDouble(), double(ReportFixture::gap(i)));
        }
        const auto incidents = csvTable(dir.filePath(u"incidents.csv"_s), &error);
        QCOMPARE(incidents.size(), 2);
        QCOMPARE(incidents.first().value(u"duration_s"_s).toLongLong(), day);
        QCOMPARE(incidents.first().value(u"time_to_acknowledge_s"_s).toLongLong(), 3600);
        QCOMPARE(incidents.first().value(u"acknowledged_by"_s), u"dana"_s);
        const auto deprecation = csvTable(dir.filePath(u"deprecation.csv"_s), &error);
        QCOMPARE(deprecation.size(), 3);
        const auto mappings = csvTable(dir.filePath(u"mappings.csv"_s), &error);
        QCOMPARE(mappings.size(), 3 * 2);
        const auto changes = csvTable(dir.filePath(u"changes.csv"_s), &error);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().value(u"entity_id"_s), ReportFixture::integrationId(0));
        QCOMPARE(changes.first().value(u"user"_s), u"auditor"_s);
    }

    void csvNeutralisesFormulas()
    {
        const QDir dir(QDir(m_out).filePath(u"audit.csv"_s));
        const QByteArray integrations = readAll(dir.filePath(u"integrations.csv"_s));
        const QByteArray connections = readAll(dir.filePath(u"connections.csv"_s));
        QVERIFY(integrations.contains("\"'=1+2 contacts sync\""));
        QVERIFY(integrations.contains("\"'+1\""));
        QVERIFY(integrations.contains("\"'-1\""));
        QVERIFY(integrations.contains("\"'\tcheck\r\nthen \"\"restart\"\"\""));
        QVERIFY(connections.contains("\"'@SUM(1)\""));
        QVERIFY(connections.contains("\"'=1+2\"\";=1+2\""));
        // No field of any file starts with a formula character, unless it is a number the report computed.
        for (const QString& f : dir.entryList({ u"*.csv"_s }, QDir::Files)) {
            QString error;
            const CsvRows rows = parseCsv(readAll(dir.filePath(f)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(f + u": "_s + error));
            for (const auto& row : rows) {
                for (const CsvField& field : row) {
                    if (field.value.isEmpty())
                        continue;
                    const QChar c = field.value.front();
                    const bool risky
                        = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
                    bool number = false;
                    field.value.toDouble(&number);
                    QVERIFY2(!risky || (number && !field.quoted), qPrintable(f + u": "_s + field.value));
                }
            }
        }
    }

    void htmlIsSelfContained()
    {
        const QString html = QString::fromUtf8(readAll(QDir(m_out).filePath(u"audit.html"_s)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(html.contains(u"@media print"_s));
        for (const QString& fetch :
            { u"<script"_s, u"<link"_s, u"<iframe"_s, u"<img"_s, u"@import"_s, u"url("_s, u" src="_s, u"srcset="_s }) {
            QVERIFY2(!html.contains(fetch, Qt::CaseInsensitive), qPrintable(fetch));
        }
        const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(u'#'), qPrintable(target));
        }
    }

    void noSecretAnywhere()
    {
        QStringList scanned;
        const QStringList hits = findCanaryInDir(m_out, kCanary, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY(scanned.size() >= 12); // pdf, html and the CSV files
        // The PDF's text too (its streams are compressed).
        QVERIFY(!pdfText(QDir(m_out).filePath(u"audit.pdf"_s)).contains(kCanary));
    }

    void selectedIntegrations()
    {
        const QString out = m_root.filePath(u"selected"_s);
        const ProcessResult r = report(m_data,
            QStringList { u"--format"_s, u"csv"_s, u"--integration"_s, ReportFixture::integrationId(0),
                u"--integration"_s, ReportFixture::integrationId(2), u"-o"_s, out }
                + range());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QString error;
        const auto health = csvTable(QDir(out).filePath(u"health.csv"_s), &error);
        QCOMPARE(health.size(), 2);
    }

    void emptyRange()
    {
        const QString pdf = m_root.filePath(u"empty.pdf"_s);
        const ProcessResult r = report(m_data,
            { u"--format"_s, u"pdf"_s, u"--from"_s, u"2001-01-01"_s, u"--to"_s, u"2001-01-02"_s, u"-o"_s, pdf });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString text = collapse(pdfText(pdf));
        QVERIFY(text.contains(u"No incidents in this period."_s));
        QVERIFY(text.contains(u"No counts were recorded"_s));
        QVERIFY(text.contains(m_fixture.integrationNames.first())); // the inventory is still there
    }

    void zeroIntegrations()
    {
        ReportFixture none;
        none.integrations = 0;
        none.days = 2;
        none.end = kEnd;
        const QString data = makeWorkspace(u"none"_s, none);
        QVERIFY(!data.isEmpty());
        for (const QString& format : { u"pdf"_s, u"html"_s, u"csv"_s }) {
            const QString out = m_root.filePath(u"none."_s + format);
            const ProcessResult r = report(data, { u"--format"_s, format, u"-o"_s, out });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            if (format == u"pdf")
                QVERIFY(collapse(pdfText(out)).contains(u"No integration is part of this report."_s));
            if (format == u"csv") {
                QString error;
                QCOMPARE(csvTable(QDir(out).filePath(u"health.csv"_s), &error).size(), 0);
                QVERIFY(readAll(QDir(out).filePath(u"health.csv"_s)).contains("integration_id"));
            }
        }
    }

    void twoHundredIntegrations()
    {
        ReportFixture big;
        big.integrations = 200;
        big.days = 90;
        big.pollHours = 12;
        big.end = kEnd;
        big.injectionVectors = false;
        const QString data = makeWorkspace(u"big"_s, big);
        QVERIFY(!data.isEmpty());
        const QString pdf = m_root.filePath(u"big.pdf"_s);
        const ProcessResult r = report(data,
            { u"--format"_s, u"pdf"_s, u"--from"_s, kEnd.addDays(-90).date().toString(Qt::ISODate), u"-o"_s, pdf });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString text = collapse(pdfText(pdf));
        const QRegularExpressionMatch pages = QRegularExpression(u"Page 1 of (\\d+)"_s).match(text);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() > 200, qPrintable(pages.captured(1)));
        QVERIFY(text.contains(big.integrationNames.last()));
        const QString html = m_root.filePath(u"big.html"_s);
        QCOMPARE(report(data, { u"--format"_s, u"html"_s, u"-o"_s, html }).exitCode, 0);
        QVERIFY(htmlText(QString::fromUtf8(readAll(html))).contains(big.integrationNames.last()));
        if (const QString keep = qEnvironmentVariable("PLUMBLINE_REPORT_KEEP"); !keep.isEmpty()) {
            // For looking at the pages: PLUMBLINE_REPORT_KEEP=/tmp/r keeps /tmp/r-200.pdf and /tmp/r-200.html.
            for (const QString& ext : { u".pdf"_s, u".html"_s }) {
                QFile::remove(keep + u"-200"_s + ext);
                QFile::copy(m_root.filePath(u"big"_s + ext), keep + u"-200"_s + ext);
            }
        }
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList { u"-o"_s, u"x.pdf"_s } << 64 << u"--format"_s;
        QTest::newRow("unknown format") << QStringList { u"--format"_s, u"xls"_s, u"-o"_s, u"x.xls"_s } << 64
                                        << u"pdf, csv or html"_s;
        QTest::newRow("no output") << QStringList { u"--format"_s, u"pdf"_s } << 64 << u"-o PATH"_s;
        QTest::newRow("bad date") << QStringList { u"--format"_s, u"pdf"_s, u"--from"_s, u"last week"_s, u"-o"_s,
            u"x.pdf"_s } << 64 << u"is not a date"_s;
        QTest::newRow("reversed") << QStringList { u"--format"_s, u"pdf"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
            u"2026-01-01"_s, u"-o"_s, u"x.pdf"_s }
                                  << 64 << u"before --to"_s;
        QTest::newRow("unknown integration") << QStringList { u"--format"_s, u"pdf"_s, u"--integration"_s, u"nope"_s,
            u"-o"_s, u"x.pdf"_s } << 1 << u"nope"_s;
        QTest::newRow("missing folder") << QStringList { u"--format"_s, u"pdf"_s, u"-o"_s, u"no/such/dir/x.pdf"_s } << 1
                                        << u"does not exist"_s;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString cwd = m_root.filePath(u"bad"_s);
        QDir().mkpath(cwd);
        QStringList absolute;
        for (const QString& a : args)
            absolute << (a.startsWith(u"x.") || a.startsWith(u"no/") ? QDir(cwd).filePath(a) : a);
        const ProcessResult r = report(m_data, absolute);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QVERIFY(QDir(cwd).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void terminatedLeavesNothing()
    {
        ReportFixture big;
        big.integrations = 200;
        big.days = 90;
        big.pollHours = 12;
        big.end = kEnd;
        const QString data = makeWorkspace(u"cancel"_s, big);
        QVERIFY(!data.isEmpty());
        const QString dir = m_root.filePath(u"cancelled"_s);
        QDir().mkpath(dir);
        QProcess p;
        p.setProgram(binaryPath());
        p.setArguments(
            { u"--data-dir"_s, data, u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, QDir(dir).filePath(u"r.pdf"_s) });
        p.setProcessEnvironment(headless());
        p.start();
        QVERIFY(p.waitForStarted());
        // Wait until the pages are being drawn (the progress on standard error says so), then ask it to stop.
        // (The temporary file is not a usable sign: on Linux it may be unnamed until it is complete.)
        QElapsedTimer timer;
        timer.start();
        QByteArray progress;
        while (!progress.contains("Page ") && p.state() == QProcess::Running && timer.elapsed() < 60000) {
            p.waitForReadyRead(20);
            progress += p.readAllStandardError();
        }
        QVERIFY2(p.state() == QProcess::Running, "the report finished before it could be interrupted");
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = progress + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, err.constData());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(err).contains(u"Cancelled"_s), err.constData());
        QVERIFY2(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
            qPrintable(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
