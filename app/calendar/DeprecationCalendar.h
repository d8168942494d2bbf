#pragma once

#include <views/DeprecationRow.h>

#include <QCoreApplication>
#include <QList>

namespace plumbline {

class MonitorRepository;
class WorkspaceRepository;

// Assembles the deprecation calendar (ARCHITECTURE §7): every connection's requested and served API version with
// its known deadlines, from the vendor catalog and from the deprecation signals of the latest stored connection
// facts; soonest first (retired, then by date, undated last). Urgency follows the `deprecation` rule: retired or
// fell forward, under 14 days, under 90 days, ok, unknown.
class DeprecationCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(DeprecationCalendar)

public:
    // `history` may be null (nothing checked yet: versions and catalog dates only).
    static QList<DeprecationRow> build(const WorkspaceRepository& workspace, const MonitorRepository* history,
        const QDateTime& now);

    static DeprecationRow::Urgency urgencyFor(std::optional<qint64> daysLeft);
    // Soonest first: retired, then by days left, undated rows last by urgency; ties by connection name.
    static void sort(QList<DeprecationRow>& rows);
};

} // namespace plumbline
