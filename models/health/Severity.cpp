#include "Severity.h"

#include "Finding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plumbline {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    case Severity::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

std::optional<Severity> severityFromKey(const QString& key)
{
    for (Severity s : { Severity::Ok, Severity::Warning, Severity::Critical, Severity::Unknown }) {
        if (severityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QCoreApplication::translate("Severity", "OK");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    case Severity::Unknown:
        return QCoreApplication::translate("Severity", "Unknown");
    }
    return {};
}

int severityExitCode(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Critical:
        return 2;
    case Severity::Unknown:
        return 3;
    }
    return 3;
}

// The monitoring-plugins precedence (max_state): CRITICAL > WARNING > UNKNOWN > OK. A warning that is known
// outranks a state that cannot be told, so a monitoring system that pages on WARNING is not silenced by UNKNOWN.
int severityRank(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return 0;
    case Severity::Unknown:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Critical:
        return 3;
    }
    return 1;
}

Severity worse(Severity a, Severity b)
{
    return severityRank(a) >= severityRank(b) ? a : b;
}

Severity worstOf(const QList<Finding>& findings)
{
    Severity s = Severity::Ok;
    for (const Finding& f : findings)
        s = worse(s, f.severity);
    return s;
}

} // namespace plumbline
