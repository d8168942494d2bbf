#include "ReportWriter.h"

#include "CsvReport.h"
#include "HtmlReport.h"
#include "PdfReport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace plumbline {

std::optional<ReportFormat> reportFormatFromKey(const QString& key)
{
    if (key == u"pdf")
        return ReportFormat::Pdf;
    if (key == u"csv")
        return ReportFormat::Csv;
    if (key == u"html")
        return ReportFormat::Html;
    return std::nullopt;
}

QString ReportWriter::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 d").arg(hours / 24);
}

QString ReportWriter::timeText(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime u = utc.toUTC();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(u":ss"_s); // minutes are precise enough for people; CSV keeps the seconds
    return locale.toString(u.date(), QLocale::ShortFormat) + u' ' + locale.toString(u.time(), time);
}

QString ReportWriter::displayText(const ReportCell& cell, const QLocale& locale)
{
    using Kind = ReportCell::Kind;
    switch (cell.kind) {
    case Kind::Empty:
        return u"—"_s;
    case Kind::Text:
        return cell.display.isEmpty() ? cell.text : cell.display;
    case Kind::Integer:
        return locale.toString(cell.integer);
    case Kind::Number: {
        const bool whole = std::abs(cell.number - std::round(cell.number)) < 0.05;
        return locale.toString(cell.number, 'f', whole ? 0 : 1);
    }
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(cell.number, 'f', 1));
    case Kind::DateTime:
        return timeText(cell.time, locale);
    case Kind::Date:
        return locale.toString(cell.time.toUTC().date(), QLocale::ShortFormat);
    case Kind::Duration:
        return durationText(cell.integer);
    case Kind::Status:
        return severityDisplayName(cell.severity);
    }
    return {};
}

ReportOutcome ReportWriter::write(
    const ReportDocument& document, ReportFormat format, const QString& path, const ReportProgress& progress)
{
    const QFileInfo target(path);
    if (path.isEmpty())
        return { false, tr("No destination was given for the report.") };
    if (!target.absoluteDir().exists())
        return { false, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())) };

    if (format == ReportFormat::Csv) {
        // A folder: written beside the target under a temporary name, renamed when complete.
        if (target.exists() && !target.isDir())
            return { false,
                tr("%1 exists and is not a folder; a CSV report is a folder of files.")
                    .arg(QDir::toNativeSeparators(target.absoluteFilePath())) };
        if (target.isDir() && !QDir(target.absoluteFilePath()).isEmpty())
            return { false,
                tr("The folder %1 is not empty; choose a new or empty folder for the CSV files.")
                    .arg(QDir::toNativeSeparators(target.absoluteFilePath())) };
        QTemporaryDir temporary(target.absoluteDir().filePath(u".%1.partial-XXXXXX"_s.arg(target.fileName())));
        if (!temporary.isValid())
            return { false,
                tr("Could not create a folder beside %1: %2")
                    .arg(QDir::toNativeSeparators(target.absoluteFilePath()), temporary.errorString()) };
        const ReportOutcome written = CsvReport::writeFolder(document, temporary.path(), progress);
        if (!written.ok())
            return written;
        if (progress.cancelled())
            return { true, {} };
        QFile::setPermissions(temporary.path(),
            QFile::permissions(target.absolutePath()) | QFile::ExeOwner | QFile::ReadOwner | QFile::WriteOwner);
        if (target.isDir())
            QDir().rmdir(target.absoluteFilePath());
        if (!QDir().rename(temporary.path(), target.absoluteFilePath()))
            return { false,
                tr("Could not move the CSV files into %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())) };
        temporary.setAutoRemove(false);
        progress(1.0, tr("Done"));
        return {};
    }

    if (target.isDir())
        return { false,
            tr("%1 is a folder; give a file name for the report.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())) };
    QSaveFile file(target.absoluteFilePath());
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return { false,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target.absoluteFilePath()), file.errorString()) };
    ReportOutcome outcome;
    if (format == ReportFormat::Html) {
        const QByteArray bytes = HtmlReport::render(document, progress, outcome);
        if (outcome.ok() && file.write(bytes) != bytes.size())
            outcome.error = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(target.absoluteFilePath()), file.errorString());
    } else {
        outcome = PdfReport::write(document, file, progress);
    }
    if (!outcome.ok() || progress.cancelled()) {
        file.cancelWriting();
        outcome.cancelled = outcome.cancelled || progress.cancelled();
        return outcome;
    }
    if (!file.commit())
        return { false,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target.absoluteFilePath()), file.errorString()) };
    progress(1.0, tr("Done"));
    return {};
}

} // namespace plumbline
