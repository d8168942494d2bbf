#pragma once

#include "ReportWriter.h"

namespace plumbline {

// CSV: one UTF-8 file per table (with a byte order mark, so spreadsheets read it as UTF-8), a header row of
// stable column names, CRLF line ends (RFC 4180), ISO 8601 times in UTC and plain numbers. Every text field is
// quoted and neutralised against formula injection (OWASP CSV Injection).
class CsvReport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReport)

public:
    // Writes every table into `folder` (which exists and is empty). Also writes report.csv (what, when, period).
    static ReportOutcome writeFolder(
        const ReportDocument& document, const QString& folder, const ReportProgress& progress);

    // One CSV field. Text: in double quotes with embedded quotes doubled; a value starting with '=', '+', '-',
    // '@', tab, CR or LF gets a leading single quote so no spreadsheet evaluates it. Numbers stay unquoted.
    static QString field(const ReportCell& cell);
    static QString textField(const QString& text);
    static QByteArray tableBytes(const ReportTable& table);
};

} // namespace plumbline
