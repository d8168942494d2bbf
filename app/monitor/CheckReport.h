#pragma once

#include "Monitor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace plumbline {

// The `plumbline check` output: the JSON document of ARCHITECTURE §8, and a readable table whose first line is a
// Nagios/Icinga-style status line.
class CheckReport final
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    static QJsonObject toJson(const CycleReport& report);
    static QString toText(const CycleReport& report);
    static QJsonObject findingJson(const Finding& finding);
};

} // namespace plumbline
