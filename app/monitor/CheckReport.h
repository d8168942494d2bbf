#pragma once

#include "Monitor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace plumbline {

// The `plumbline check` output: the JSON document of ARCHITECTURE.md, "Contracts", and a readable table whose first
// line is a Nagios/Icinga-style status line.
class CheckReport final
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    static QJsonObject toJson(const CycleReport& report);
    static QString toText(const CycleReport& report);
    // When there is nothing to poll or report (the store cannot be opened, an unknown integration): a document
    // with status "unknown" and the reason in "error", and the plugin status line that says it.
    static QJsonObject errorJson(const QString& error, const QDateTime& at);
    static QString errorText(const QString& error);
    static QJsonObject findingJson(const Finding& finding);
};

} // namespace plumbline
