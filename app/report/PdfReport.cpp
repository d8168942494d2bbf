#include "PdfReport.h"

#include "ReportChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr int kResolution = 300;
const QColor kBrand(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x71, 0x80, 0x96);

double mm(double v)
{
    return v * kResolution / 25.4;
}

double pt(double v)
{
    return v * kResolution / 72.0;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Draws the charts placed in the text as vector objects.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const QList<const ReportChart*>& charts, double width)
        : m_charts(charts)
        , m_width(width)
    {
    }
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override
    {
        return { m_width, m_width * ReportChartPainter::kAspect };
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const QString name = format.toImageFormat().name();
        const int index = name.startsWith(u"plumbline-chart:") ? name.mid(16).toInt() : -1;
        if (index >= 0 && index < m_charts.size())
            ReportChartPainter::paint(*painter, rect, *m_charts.at(index), m_locale);
    }

private:
    QList<const ReportChart*> m_charts;
    double m_width;
    QLocale m_locale;
};

bool numeric(const ReportCell& cell)
{
    using Kind = ReportCell::Kind;
    return cell.kind == Kind::Integer || cell.kind == Kind::Number || cell.kind == Kind::Percent
        || cell.kind == Kind::Duration;
}

QString cellHtml(const ReportCell& cell, const QLocale& locale)
{
    if (cell.kind == ReportCell::Kind::Status) {
        static const QHash<Severity, QString> colours { { Severity::Ok, u"#22543d"_s },
            { Severity::Warning, u"#975a16"_s }, { Severity::Critical, u"#c53030"_s },
            { Severity::Unknown, u"#4a5568"_s } };
        return u"<span style=\"color:%1; font-weight:600\">%2</span>"_s.arg(
            colours.value(cell.severity), esc(severityDisplayName(cell.severity)));
    }
    if (cell.kind == ReportCell::Kind::Empty)
        return u"<span style=\"color:#a0aec0\">—</span>"_s;
    QString text = esc(ReportWriter::displayText(cell, locale));
    text.replace(u'\n', u"<br>"_s);
    return text;
}

QString tableHtml(const ReportTable& t, const QLocale& locale)
{
    const int pad = int(pt(0.9));
    QString s;
    if (t.rows.isEmpty()) {
        if (!t.emptyText.isEmpty())
            s += u"<p style=\"color:#718096\"><i>%1</i></p>"_s.arg(esc(t.emptyText));
        return s;
    }
    if (t.layout == ReportTable::Layout::Records) {
        for (const ReportRow& row : t.rows) {
            s += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"border-collapse:collapse; "
                 "margin-bottom:%2px\">"_s.arg(pad)
                     .arg(int(pt(8)));
            bool first = true;
            for (qsizetype c = 0; c < row.size() && c < t.columns.size(); ++c) {
                if (t.csvOnlyColumns.contains(int(c)))
                    continue;
                if (first && t.key == u"connections") {
                    s += u"<tr><td colspan=\"2\" bgcolor=\"#1f3a5f\" style=\"color:#ffffff; font-weight:600\">%1</td></tr>"_s
                             .arg(cellHtml(row.at(c), locale));
                    first = false;
                    continue;
                }
                first = false;
                s += u"<tr><td width=\"28%\" bgcolor=\"#edf2f7\" style=\"font-weight:600; border-bottom:1px solid "
                     "#e2e8f0\">%1</td><td style=\"border-bottom:1px solid #e2e8f0\">%2</td></tr>"_s.arg(
                         esc(t.columns.at(c)), cellHtml(row.at(c), locale));
            }
            s += u"</table>"_s;
        }
        return s;
    }
    s += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"border-collapse:collapse; "
         "margin-bottom:%2px\">"_s.arg(pad)
             .arg(int(pt(8)));
    // Headings repeat on every page of a long table; a short one is left alone (a repeat can strand them).
    const bool repeat = t.rows.size() > 12;
    if (repeat)
        s += u"<thead>"_s;
    if (!t.caption.isEmpty()) {
        s += u"<tr><td colspan=\"%1\" style=\"font-weight:600; font-size:9.5pt; color:#2d3748\">%2</td></tr>"_s
                 .arg(t.columns.size() - t.csvOnlyColumns.size())
                 .arg(esc(t.caption));
    }
    s += u"<tr>"_s;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        if (!t.csvOnlyColumns.contains(int(c)))
            s += u"<th bgcolor=\"#1f3a5f\" align=\"left\" style=\"color:#ffffff; font-weight:600\">%1</th>"_s.arg(
                esc(t.columns.at(c)));
    }
    s += repeat ? u"</tr></thead><tbody>"_s : u"</tr>"_s;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const ReportRow& row = t.rows.at(r);
        s += r % 2 ? u"<tr bgcolor=\"#f7fafc\">"_s : u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (t.csvOnlyColumns.contains(int(c)))
                continue;
            s += numeric(row.at(c)) ? u"<td align=\"right\" style=\"border-bottom:1px solid #e2e8f0\">"_s
                                    : u"<td style=\"border-bottom:1px solid #e2e8f0\">"_s;
            s += cellHtml(row.at(c), locale) + u"</td>"_s;
        }
        s += u"</tr>"_s;
    }
    s += repeat ? u"</tbody></table>"_s : u"</table>"_s;
    return s;
}

struct TocEntry
{
    int level = 1;
    QString title;
    int page = 0; // 1-based PDF page
};

QString tocHtml(const QList<TocEntry>& entries, const QString& heading)
{
    QString s = u"<h1 style=\"color:#1f3a5f\">%1</h1><table width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\">"_s
                    .arg(esc(heading))
                    .arg(int(pt(1.5)));
    for (const TocEntry& e : entries) {
        const QString style = e.level == 1 ? u"font-weight:600; padding-top:%1px"_s.arg(int(pt(5))) : QString();
        s += u"<tr><td style=\"%1\">%2%3</td><td align=\"right\" style=\"%1\">%4</td></tr>"_s.arg(style,
            e.level == 1 ? QString() : u"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"_s, esc(e.title), QString::number(e.page));
    }
    s += u"</table>"_s;
    return s;
}

void setupDocument(QTextDocument& doc, QPdfWriter& writer, const QSizeF& page)
{
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    // Any letter spacing turns ligatures off, so "fi" stays two letters when the text is extracted or searched.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);
    doc.setDefaultFont(font);
    doc.setPageSize(page);
    doc.setDefaultStyleSheet(u"h1 { font-size: 17pt; color: #1f3a5f; } h2 { font-size: 13pt; color: #2d3748; } "
                             "p { margin-bottom: 6pt; } th, td { font-size: 8pt; }"_s);
}

} // namespace

ReportOutcome PdfReport::write(const ReportDocument& d, QIODevice& device, const ReportProgress& progress)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return { false, tr("A PDF report needs the graphical application (fonts); none is running.") };
    const QLocale locale;
    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setTitle(d.title + u" — "_s + d.subtitle);
    writer.setCreator(u"Plumbline"_s);
    const QPageSize size(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QRectF paper(QPointF(0, 0), size.sizePixels(kResolution));
    const QRectF content = paper.adjusted(mm(18), mm(22), -mm(18), -mm(20));

    // The body, with the charts as vector objects.
    progress(0.02, tr("Laying out the pages"));
    QList<const ReportChart*> charts;
    QString html;
    html.reserve(1 << 20);
    bool firstSection = true;
    for (const ReportSection& section : d.sections) {
        html += firstSection ? u"<h1>%1</h1>"_s.arg(esc(section.title))
                             : u"<h1 style=\"page-break-before:always\">%1</h1>"_s.arg(esc(section.title));
        firstSection = false;
        bool firstSub = true;
        for (const ReportBlock& b : section.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Subheading:
                html += section.key == u"integrations" && !firstSub
                    ? u"<h2 style=\"page-break-before:always\">%1</h2>"_s.arg(esc(b.text))
                    : u"<h2>%1</h2>"_s.arg(esc(b.text));
                firstSub = false;
                break;
            case ReportBlock::Kind::Paragraph:
                html += u"<p>%1</p>"_s.arg(esc(b.text));
                break;
            case ReportBlock::Kind::Table:
                if (b.printed)
                    html += tableHtml(b.table, locale);
                break;
            case ReportBlock::Kind::Chart:
                html
                    += u"<p style=\"margin-bottom:10pt\"><img src=\"plumbline-chart:%1\" width=\"%2\" height=\"%3\"></p>"_s
                           .arg(charts.size())
                           .arg(int(content.width()))
                           .arg(int(content.width() * ReportChartPainter::kAspect));
                charts << &b.chart;
                break;
            }
        }
        if (progress.cancelled())
            return { true, {} };
    }
    // Charts are images in the HTML whose drawing this handler takes over: vectors, laid out like any image.
    QTextDocument body;
    setupDocument(body, writer, content.size());
    ChartObject chartObject(charts, content.width());
    body.documentLayout()->registerHandler(QTextFormat::ImageObject, &chartObject);
    body.setHtml(html);
    if (progress.cancelled())
        return { true, {} };
    const int bodyPages = body.pageCount();

    // Where each heading landed.
    QList<TocEntry> toc;
    const double pageHeight = body.pageSize().height();
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 1 || level == 2) {
            const QRectF r = body.documentLayout()->blockBoundingRect(block);
            toc << TocEntry { level, block.text(), int(r.top() / pageHeight) };
        }
    }

    // Contents: laid out once to learn its length, then with the page numbers.
    QTextDocument contents;
    setupDocument(contents, writer, content.size());
    contents.setHtml(tocHtml(toc, tr("Contents")));
    const int tocPages = contents.pageCount();
    for (TocEntry& e : toc)
        e.page += 2 + tocPages;
    contents.setHtml(tocHtml(toc, tr("Contents")));
    const int total = 1 + tocPages + bodyPages;

    QPainter painter;
    if (!painter.begin(&writer))
        return { false, tr("Could not start the PDF.") };
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);

    // Title page
    painter.fillRect(QRectF(0, 0, paper.width(), mm(8)), kBrand);
    font.setPointSizeF(26);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(kBrand);
    QRectF r(content.left(), content.top() + mm(45), content.width(), mm(30));
    painter.drawText(r, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, d.title);
    font.setPointSizeF(14);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(0x2d, 0x37, 0x48));
    r = QRectF(content.left(), r.bottom() + mm(4), content.width(), mm(20));
    painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, d.subtitle);
    painter.setPen(QPen(kBrand, pt(1.5)));
    painter.drawLine(QPointF(content.left(), r.bottom() + mm(2)), QPointF(content.right(), r.bottom() + mm(2)));
    font.setPointSizeF(11);
    painter.setFont(font);
    painter.setPen(QColor(0x2d, 0x37, 0x48));
    double y = r.bottom() + mm(10);
    for (const QString& line : d.summary) {
        painter.drawText(
            QRectF(content.left(), y, content.width(), pt(16)), Qt::AlignLeft | Qt::AlignVCenter, u"•  "_s + line);
        y += pt(20);
    }
    font.setPointSizeF(9.5);
    painter.setFont(font);
    painter.setPen(kMuted);
    painter.drawText(QRectF(content.left(), content.bottom() - mm(30), content.width(), mm(25)),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
        tr("Generated %1 by %2 with Plumbline.\nAll times are UTC. The gap is the destination count minus the "
           "source count. This report never contains an API key: credentials are named by their keychain entry.")
            .arg(ReportWriter::timeText(d.generatedAt, locale), d.generatedBy));

    font.setPointSizeF(7.5);
    const auto frame = [&](int page) {
        painter.setFont(font);
        painter.setPen(kMuted);
        const double top = content.top() - mm(9);
        painter.drawText(
            QRectF(content.left(), top, content.width() * 0.6, pt(10)), Qt::AlignLeft | Qt::AlignVCenter, d.title);
        painter.drawText(QRectF(content.left() + content.width() * 0.4, top, content.width() * 0.6, pt(10)),
            Qt::AlignRight | Qt::AlignVCenter, d.subtitle);
        painter.setPen(QPen(QColor(0xcb, 0xd5, 0xe0), pt(0.5)));
        painter.drawLine(QPointF(content.left(), top + pt(13)), QPointF(content.right(), top + pt(13)));
        const double bottom = content.bottom() + mm(8);
        painter.drawLine(QPointF(content.left(), bottom - pt(4)), QPointF(content.right(), bottom - pt(4)));
        painter.setPen(kMuted);
        painter.drawText(QRectF(content.left(), bottom, content.width() * 0.7, pt(10)),
            Qt::AlignLeft | Qt::AlignVCenter, tr("Generated %1").arg(ReportWriter::timeText(d.generatedAt, locale)));
        painter.drawText(QRectF(content.left() + content.width() * 0.5, bottom, content.width() * 0.5, pt(10)),
            Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(total));
    };
    frame(1);

    const auto drawPages = [&](QTextDocument& doc, int pages, int firstPage) -> bool {
        for (int p = 0; p < pages; ++p) {
            if (progress.cancelled())
                return false;
            progress(
                0.1 + 0.9 * double(firstPage + p) / double(total), tr("Page %1 of %2").arg(firstPage + p).arg(total));
            if (!writer.newPage())
                return false;
            frame(firstPage + p);
            painter.save();
            painter.translate(content.left(), content.top() - p * doc.pageSize().height());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, p * doc.pageSize().height(), content.width(), doc.pageSize().height());
            ctx.palette.setColor(QPalette::Text, QColor(0x1a, 0x20, 0x2c));
            painter.setClipRect(ctx.clip);
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
        }
        return true;
    };
    if (!drawPages(contents, tocPages, 2) || !drawPages(body, bodyPages, 2 + tocPages)) {
        painter.end();
        return { progress.cancelled(), progress.cancelled() ? QString() : tr("Could not add a page to the PDF.") };
    }
    if (!painter.end())
        return { false, tr("Could not finish the PDF.") };
    return {};
}

} // namespace plumbline

#include "PdfReport.moc"
