#pragma once

#include <Severity.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace plumbline {

// The audit report as one document model (ARCHITECTURE.md, "Reports"). The collector fills it once; the PDF, HTML and
// CSV writers only lay it out, so the three formats carry the same facts. Never holds a secret.

// One typed value. Writers format it: PDF and HTML by locale, CSV as ISO 8601 and plain numbers.
struct ReportCell
{
    enum class Kind
    {
        Empty, // unknown or not applicable: "—" in print, an empty field in CSV
        Text,
        Integer,
        Number, // two decimals in print
        Percent, // `number` is a percentage (12.5 means 12.5 %)
        DateTime, // UTC
        Date,
        Duration, // `integer` seconds
        Status, // `severity`; "ok", "warning", ... in CSV
    };
    Kind kind = Kind::Empty;
    QString text;
    qint64 integer = 0;
    double number = 0;
    QDateTime time;
    Severity severity = Severity::Ok;
    QString display; // Text only: what print shows instead of `text` (a translated word for a stable CSV key)

    static ReportCell empty() { return {}; }
    static ReportCell of(const QString& text);
    static ReportCell keyOf(const QString& key, const QString& display);
    static ReportCell integerOf(qint64 value);
    static ReportCell integerOf(std::optional<qint64> value);
    static ReportCell numberOf(std::optional<double> value);
    static ReportCell percentOf(std::optional<double> value);
    static ReportCell timeOf(const QDateTime& value); // invalid: empty
    static ReportCell dateOf(const QDateTime& value);
    static ReportCell durationOf(qint64 seconds);
    static ReportCell statusOf(Severity severity);
};
using ReportRow = QList<ReportCell>;

struct ReportTable
{
    enum class Layout
    {
        Grid, // rows and columns
        Records, // each row printed as a block of "label: value" lines (wide rows such as an integration)
    };
    QString key; // CSV file name without ".csv"; tables of one key are one CSV file
    QStringList columnKeys; // CSV header: stable snake_case names
    QStringList columns; // translated headings
    QList<int> csvOnlyColumns; // columns that print leaves out (e.g. the integration id under its own heading)
    QList<ReportRow> rows;
    Layout layout = Layout::Grid;
    QString emptyText; // printed when there are no rows
    QString caption; // printed above the headings (not in CSV)
};

// A count comparison of one integration: source and destination averages per bucket.
struct ReportChart
{
    struct Point
    {
        QDateTime at;
        std::optional<double> source;
        std::optional<double> destination;
    };
    QString title;
    QString sourceLabel;
    QString destinationLabel;
    QDateTime from;
    QDateTime to;
    bool hourly = false;
    QList<Point> points;
};

struct ReportBlock
{
    enum class Kind
    {
        Subheading, // `text`; listed in the table of contents
        Paragraph, // `text`
        Table, // `table`; `printed` false: the data goes to CSV only (print shows the chart instead)
        Chart, // `chart`
    };
    Kind kind = Kind::Paragraph;
    QString text;
    ReportTable table;
    ReportChart chart;
    bool printed = true;
    bool inCsv = true; // false: print only (the redacted examples of a value check are never a CSV file)
};

struct ReportSection
{
    QString key;
    QString title;
    QList<ReportBlock> blocks;
};

struct ReportDocument
{
    QString title;
    QString subtitle; // the period in words
    QDateTime from; // UTC, inclusive
    QDateTime to; // UTC, exclusive
    QDateTime generatedAt;
    QString generatedBy;
    QStringList summary; // lines for the title page (counts, worst state)
    QList<ReportSection> sections;

    // Every table of `key` across the sections, merged (CSV writes one file per key).
    QList<ReportTable> csvTables() const;
};

} // namespace plumbline
