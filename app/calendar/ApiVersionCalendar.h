#pragma once

#include <views/ApiVersionRow.h>

#include <QCoreApplication>
#include <QList>

namespace plumbline {

class HistoryService;
class MonitorRepository;
class WorkspaceRepository;
class WorkspaceService;

// Assembles the API versions calendar (ARCHITECTURE.md, "The window"): every connection's requested and served API
// version with its known deadlines, from the vendor catalog and from the deprecation signals of the latest stored
// connection facts; soonest first (retired, then by date, undated last). Urgency follows the `deprecation` rule:
// retired or fell forward, under 14 days, under 90 days, ok, unknown.
class ApiVersionCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(ApiVersionCalendar)

public:
    // `history` may be null (nothing checked yet: versions and catalog dates only).
    static QList<ApiVersionRow> build(
        const WorkspaceRepository& workspace, const MonitorRepository* history, const QDateTime& now);
    // The same, from the application services the window holds.
    static QList<ApiVersionRow> build(
        const WorkspaceService& workspace, const HistoryService* history, const QDateTime& now);

    static ApiVersionRow::Urgency urgencyFor(std::optional<qint64> daysLeft);
    // Soonest first: retired, then by days left, undated rows last by urgency; ties by connection name.
    static void sort(QList<ApiVersionRow>& rows);
};

} // namespace plumbline
