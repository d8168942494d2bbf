#pragma once

#include "ReportModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <atomic>
#include <functional>

namespace plumbline {

enum class ReportFormat
{
    Pdf,
    Csv, // a folder with one UTF-8 file per table
    Html, // one self-contained file
};

std::optional<ReportFormat> reportFormatFromKey(const QString& key); // "pdf", "csv", "html"

// Progress and cancel for long work: `report` gets a fraction done (0..1) and what is being done; `cancel` is
// checked between steps (it may be set from another thread).
struct ReportProgress
{
    std::function<void(double done, const QString& what)> report;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void operator()(double done, const QString& what) const
    {
        if (report)
            report(done, what);
    }
};

struct ReportOutcome
{
    bool cancelled = false;
    QString error; // translated
    bool ok() const { return !cancelled && error.isEmpty(); }
};

// Writes a report in one format, all or nothing: into a temporary file (or folder) beside `path`, renamed at the
// end. On cancel or failure nothing is left behind and an existing file at `path` is untouched. PDF needs a
// QGuiApplication (fonts); it may run on a worker thread.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static ReportOutcome write(
        const ReportDocument& document, ReportFormat format, const QString& path, const ReportProgress& progress = {});

    // A cell for people (PDF, HTML): numbers and dates by locale, "—" for empty.
    static QString displayText(const ReportCell& cell, const QLocale& locale = QLocale());
    static QString durationText(qint64 seconds);
    // For the header and footer lines.
    static QString timeText(const QDateTime& utc, const QLocale& locale = QLocale());
};

} // namespace plumbline
