#pragma once

#include "ReportWriter.h"

class QIODevice;

namespace plumbline {

// The PDF: a title page, a table of contents with page numbers, then the sections, with a header and a
// "Page N of M" footer on every page. Text is real text (extractable); charts are vectors. Laid out with
// QTextDocument on the PDF writer's resolution; needs a QGuiApplication (fonts), works on a worker thread.
class PdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    static ReportOutcome write(const ReportDocument& document, QIODevice& device, const ReportProgress& progress);
};

} // namespace plumbline
