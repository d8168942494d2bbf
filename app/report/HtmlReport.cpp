#include "HtmlReport.h"

#include "ReportChartPainter.h"

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const char16_t kStyle[] = uR"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f9; color: #1a202c; font: 14px/1.5 "Segoe UI", "DejaVu Sans", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; background: #fff; }
header.title { border-bottom: 3px solid #1f3a5f; padding: 32px 0 20px; margin-bottom: 24px; }
header.title h1 { font-size: 30px; margin: 0 0 4px; color: #1f3a5f; }
header.title .period { font-size: 17px; color: #2d3748; margin: 0 0 12px; }
header.title .meta { color: #4a5568; margin: 0; }
ul.summary { margin: 12px 0 0; padding-left: 20px; }
nav.toc { background: #f7fafc; border: 1px solid #e2e8f0; padding: 12px 20px; margin-bottom: 24px; }
nav.toc h2 { margin: 0 0 6px; font-size: 16px; }
nav.toc ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 32px; }
nav.toc ol ol { columns: 1; padding-left: 18px; font-size: 13px; }
nav.toc a { color: #1f3a5f; text-decoration: none; }
section > h2 { font-size: 22px; color: #1f3a5f; border-bottom: 1px solid #cbd5e0; padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 17px; margin: 28px 0 8px; color: #2d3748; }
p { margin: 6px 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 18px; font-size: 13px; }
th { background: #1f3a5f; color: #fff; text-align: left; font-weight: 600; padding: 6px 8px; vertical-align: bottom; }
td { padding: 5px 8px; border-bottom: 1px solid #e2e8f0; vertical-align: top; overflow-wrap: anywhere; }
tbody tr:nth-child(even) td { background: #f7fafc; }
caption.record-title { background: #1f3a5f; color: #fff; padding: 6px 8px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; color: #2d3748; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.record th { width: 28%; background: #edf2f7; color: #2d3748; font-weight: 600; vertical-align: top; }
table.record td { white-space: pre-wrap; }
.empty { color: #718096; font-style: italic; }
.status { display: inline-block; padding: 1px 8px; border-radius: 9px; font-size: 12px; font-weight: 600; }
.status.ok { background: #c6f6d5; color: #22543d; }
.status.warning { background: #fefcbf; color: #744210; }
.status.critical { background: #fed7d7; color: #822727; }
.status.unknown { background: #e2e8f0; color: #2d3748; }
svg.chart { width: 100%; height: auto; display: block; margin: 4px 0 4px; }
footer { margin-top: 40px; color: #718096; font-size: 12px; border-top: 1px solid #e2e8f0; padding-top: 8px; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  section { break-before: page; }
  .integration { break-before: page; }
  .integration:first-of-type { break-before: auto; }
  table, svg.chart { break-inside: auto; }
  tr, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 16mm 14mm; }
)";

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cellHtml(const ReportCell& cell, const QLocale& locale)
{
    if (cell.kind == ReportCell::Kind::Status) {
        return u"<span class=\"status %1\">%2</span>"_s.arg(
            severityKey(cell.severity), esc(severityDisplayName(cell.severity)));
    }
    if (cell.kind == ReportCell::Kind::Empty)
        return u"<span class=\"empty\">—</span>"_s;
    return esc(ReportWriter::displayText(cell, locale));
}

bool numeric(const ReportCell& cell)
{
    using Kind = ReportCell::Kind;
    return cell.kind == Kind::Integer || cell.kind == Kind::Number || cell.kind == Kind::Percent
        || cell.kind == Kind::Duration;
}

QString tableHtml(const ReportTable& t, const QLocale& locale)
{
    QString s;
    if (t.rows.isEmpty()) {
        if (!t.emptyText.isEmpty())
            s += u"<p class=\"empty\">%1</p>"_s.arg(esc(t.emptyText));
        return s;
    }
    if (t.layout == ReportTable::Layout::Records) {
        for (const ReportRow& row : t.rows) {
            s += u"<table class=\"record\">"_s;
            // Connections are titled by their name; an integration's record sits under its own heading.
            const bool titled = t.key == u"connections" && !row.isEmpty();
            if (titled)
                s += u"<caption class=\"record-title\">%1</caption>"_s.arg(cellHtml(row.first(), locale));
            for (qsizetype c = titled ? 1 : 0; c < row.size() && c < t.columns.size(); ++c) {
                if (t.csvOnlyColumns.contains(int(c)))
                    continue;
                s += u"<tr><th scope=\"row\">%1</th><td>%2</td></tr>"_s.arg(
                    esc(t.columns.at(c)), cellHtml(row.at(c), locale));
            }
            s += u"</table>"_s;
        }
        return s;
    }
    s += u"<table class=\"grid\">"_s;
    if (!t.caption.isEmpty())
        s += u"<caption>%1</caption>"_s.arg(esc(t.caption));
    s += u"<thead><tr>"_s;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        if (!t.csvOnlyColumns.contains(int(c)))
            s += u"<th scope=\"col\">%1</th>"_s.arg(esc(t.columns.at(c)));
    }
    s += u"</tr></thead><tbody>"_s;
    for (const ReportRow& row : t.rows) {
        s += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (t.csvOnlyColumns.contains(int(c)))
                continue;
            s += numeric(row.at(c)) ? u"<td class=\"num\">"_s : u"<td>"_s;
            s += cellHtml(row.at(c), locale) + u"</td>"_s;
        }
        s += u"</tr>"_s;
    }
    s += u"</tbody></table>"_s;
    return s;
}

} // namespace

QByteArray HtmlReport::render(const ReportDocument& d, const ReportProgress& progress, ReportOutcome& outcome)
{
    const QLocale locale;
    QString s;
    s.reserve(1 << 20);
    s += u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(esc(locale.bcp47Name()));
    s += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s;
    s += u"<meta name=\"generator\" content=\"Plumbline\">"_s;
    s += u"<title>%1 — %2</title><style>%3</style></head><body><main>\n"_s.arg(
        esc(d.title), esc(d.subtitle), QString::fromUtf16(kStyle));
    s += u"<header class=\"title\"><h1>%1</h1><p class=\"period\">%2</p><p class=\"meta\">%3</p><ul class=\"summary\">"_s
             .arg(esc(d.title), esc(d.subtitle),
                 esc(tr("Generated %1 by %2 with Plumbline. All times are UTC.")
                         .arg(ReportWriter::timeText(d.generatedAt, locale), d.generatedBy)));
    for (const QString& line : d.summary)
        s += u"<li>%1</li>"_s.arg(esc(line));
    s += u"</ul></header>\n"_s;

    // Table of contents
    s += u"<nav class=\"toc\" aria-label=\"%1\"><h2>%1</h2><ol>"_s.arg(esc(tr("Contents")));
    int anchor = 0;
    for (const ReportSection& section : d.sections) {
        s += u"<li><a href=\"#%1\">%2</a>"_s.arg(section.key, esc(section.title));
        QString sub;
        int n = anchor;
        for (const ReportBlock& b : section.blocks) {
            if (b.kind == ReportBlock::Kind::Subheading)
                sub += u"<li><a href=\"#h%1\">%2</a></li>"_s.arg(++n).arg(esc(b.text));
        }
        anchor = n;
        if (!sub.isEmpty())
            s += u"<ol>"_s + sub + u"</ol>"_s;
        s += u"</li>"_s;
    }
    s += u"</ol></nav>\n"_s;

    anchor = 0;
    for (qsizetype i = 0; i < d.sections.size(); ++i) {
        if (progress.cancelled()) {
            outcome.cancelled = true;
            return {};
        }
        const ReportSection& section = d.sections.at(i);
        progress(double(i) / double(d.sections.size()), section.title);
        s += u"<section id=\"%1\"><h2>%2</h2>\n"_s.arg(section.key, esc(section.title));
        bool inIntegration = false;
        for (const ReportBlock& b : section.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Subheading:
                if (inIntegration)
                    s += u"</div>"_s;
                s += u"<div class=\"%1\"><h3 id=\"h%2\">%3</h3>\n"_s
                         .arg(section.key == u"integrations" ? u"integration"_s : u"part"_s)
                         .arg(++anchor)
                         .arg(esc(b.text));
                inIntegration = true;
                break;
            case ReportBlock::Kind::Paragraph:
                s += u"<p>%1</p>\n"_s.arg(esc(b.text));
                break;
            case ReportBlock::Kind::Table:
                if (b.printed)
                    s += tableHtml(b.table, locale) + u'\n';
                break;
            case ReportBlock::Kind::Chart:
                s += ReportChartPainter::svg(b.chart, 720, 720 * ReportChartPainter::kAspect, locale) + u'\n';
                break;
            }
        }
        if (inIntegration)
            s += u"</div>"_s;
        s += u"</section>\n"_s;
    }
    s += u"<footer>%1</footer></main></body></html>\n"_s.arg(
        esc(tr("%1 · %2 · generated %3").arg(d.title, d.subtitle, ReportWriter::timeText(d.generatedAt, locale))));
    return s.toUtf8();
}

} // namespace plumbline
