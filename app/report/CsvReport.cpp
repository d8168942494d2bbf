#include "CsvReport.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace plumbline {

QString CsvReport::textField(const QString& text)
{
    QString v = text;
    v.replace(u'"', u"\"\""_s);
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'
            || first == u'\n')
            v.prepend(u'\'');
    }
    return u'"' + v + u'"';
}

QString CsvReport::field(const ReportCell& cell)
{
    using Kind = ReportCell::Kind;
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return textField(cell.text);
    case Kind::Integer:
    case Kind::Duration:
        return QString::number(cell.integer);
    case Kind::Number:
    case Kind::Percent: {
        QString s = QString::number(cell.number, 'f', 2);
        if (s.endsWith(u".00"))
            s.chop(3);
        return s;
    }
    case Kind::DateTime:
        return cell.time.toUTC().toString(Qt::ISODate);
    case Kind::Date:
        return cell.time.toUTC().date().toString(Qt::ISODate);
    case Kind::Status:
        return textField(severityKey(cell.severity));
    }
    return {};
}

QByteArray CsvReport::tableBytes(const ReportTable& table)
{
    QString out;
    QStringList header;
    for (const QString& key : table.columnKeys)
        header << textField(key);
    out += header.join(u',') + u"\r\n"_s;
    for (const ReportRow& row : table.rows) {
        QStringList fields;
        for (const ReportCell& cell : row)
            fields << field(cell);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

ReportOutcome CsvReport::writeFolder(
    const ReportDocument& document, const QString& folder, const ReportProgress& progress)
{
    ReportTable about;
    about.key = u"report"_s;
    about.columnKeys
        = { u"title"_s, u"period_from"_s, u"period_to"_s, u"generated_at"_s, u"generated_by"_s, u"gap_convention"_s };
    about.rows << ReportRow { ReportCell::of(document.title), ReportCell::timeOf(document.from),
        ReportCell::timeOf(document.to), ReportCell::timeOf(document.generatedAt), ReportCell::of(document.generatedBy),
        ReportCell::of(u"destination - source"_s) };
    QList<ReportTable> tables { about };
    tables << document.csvTables();
    const QDir dir(folder);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (progress.cancelled())
            return { true, {} };
        const ReportTable& t = tables.at(i);
        progress(double(i) / double(tables.size()), tr("Writing %1.csv").arg(t.key));
        QSaveFile file(dir.filePath(t.key + u".csv"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(tableBytes(t)) < 0 || !file.commit())
            return { false, tr("Could not write %1: %2").arg(file.fileName(), file.errorString()) };
    }
    return {};
}

} // namespace plumbline
