#pragma once

#include "ReportWriter.h"

namespace plumbline {

// One self-contained HTML file: inline CSS (with print rules), inline SVG charts, no script and nothing fetched.
class HtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    // An empty result with `outcome` cancelled when the progress asked to stop.
    static QByteArray render(const ReportDocument& document, const ReportProgress& progress, ReportOutcome& outcome);
};

} // namespace plumbline
