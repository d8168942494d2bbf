#include "ApiVersionCalendar.h"

#include "../HistoryService.h"
#include "../WorkspaceService.h"

#include <MonitorRepository.h>
#include <VendorProfile.h>
#include <WorkspaceRepository.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

ApiVersionRow::Urgency ApiVersionCalendar::urgencyFor(std::optional<qint64> daysLeft)
{
    if (!daysLeft)
        return ApiVersionRow::Urgency::Soon;
    if (*daysLeft < 0)
        return ApiVersionRow::Urgency::Retired;
    if (*daysLeft < 14)
        return ApiVersionRow::Urgency::Critical;
    if (*daysLeft < 90)
        return ApiVersionRow::Urgency::Soon;
    return ApiVersionRow::Urgency::Ok;
}

void ApiVersionCalendar::sort(QList<ApiVersionRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ApiVersionRow& a, const ApiVersionRow& b) {
        const bool aRetired = a.urgency == ApiVersionRow::Urgency::Retired;
        const bool bRetired = b.urgency == ApiVersionRow::Urgency::Retired;
        if (aRetired != bRetired)
            return aRetired;
        if (a.daysLeft.has_value() != b.daysLeft.has_value())
            return a.daysLeft.has_value();
        if (a.daysLeft && *a.daysLeft != *b.daysLeft)
            return *a.daysLeft < *b.daysLeft;
        if (a.urgency != b.urgency)
            return int(a.urgency) < int(b.urgency);
        return a.connectionName.localeAwareCompare(b.connectionName) < 0;
    });
}

namespace {

std::optional<qint64> daysBetween(const QDateTime& now, const QDateTime& deadline)
{
    if (!deadline.isValid())
        return std::nullopt;
    return now.toUTC().date().daysTo(deadline.toUTC().date());
}

} // namespace

QList<ApiVersionRow> ApiVersionCalendar::build(
    const WorkspaceService& workspace, const HistoryService* history, const QDateTime& now)
{
    return build(workspace.repository(), history ? &history->store() : nullptr, now);
}

QList<ApiVersionRow> ApiVersionCalendar::build(
    const WorkspaceRepository& workspace, const MonitorRepository* history, const QDateTime& now)
{
    QList<ApiVersionRow> rows;
    for (const Connection& c : workspace.connections()) {
        const std::optional<ConnectionFacts> facts
            = history ? history->latestConnectionFacts(c.id) : std::optional<ConnectionFacts>();
        ApiVersionRow base;
        base.connectionId = c.id;
        base.connectionName = c.name;
        base.vendorName = vendorDisplayName(c.vendor);
        base.requestedVersion = facts && !facts->requestedVersion.isEmpty() ? facts->requestedVersion : c.apiVersion;
        if (base.requestedVersion.isEmpty())
            base.requestedVersion = VendorCatalog::profile(c.vendor).defaultApiVersion;
        base.servedVersion = facts ? facts->servedVersion : QString();
        base.checkedAt = facts ? facts->ts : QDateTime();
        qsizetype before = rows.size();

        if (facts) {
            ApiVersionRow r = base;
            r.source = ApiVersionRow::Source::Vendor;
            r.notice = facts->notice;
            if (facts->retired) {
                r.kind = ApiVersionRow::Kind::Retired;
                r.deadline = facts->sunset.value_or(facts->ts);
                r.daysLeft = daysBetween(now, r.deadline);
                r.urgency = ApiVersionRow::Urgency::Retired;
                rows << r;
            } else if (facts->sunset) {
                r.kind = ApiVersionRow::Kind::Sunset;
                r.deadline = *facts->sunset;
                r.daysLeft = daysBetween(now, r.deadline);
                r.urgency = urgencyFor(r.daysLeft);
                if (r.notice.isEmpty() && facts->deprecatedAt)
                    r.notice = tr("deprecated since %1").arg(facts->deprecatedAt->date().toString(Qt::ISODate));
                rows << r;
            } else if (facts->deprecated) {
                r.kind = ApiVersionRow::Kind::Deprecated;
                if (facts->deprecatedAt) {
                    r.deadline = *facts->deprecatedAt;
                    r.daysLeft = daysBetween(now, r.deadline);
                }
                // Deprecated without an end date: warn, whatever the day it was announced.
                r.urgency = ApiVersionRow::Urgency::Soon;
                rows << r;
            }
            if (facts->fellForward && !facts->retired) {
                ApiVersionRow f = base;
                f.source = ApiVersionRow::Source::Vendor;
                f.kind = ApiVersionRow::Kind::FellForward;
                f.deadline = facts->ts;
                f.daysLeft = daysBetween(now, f.deadline);
                f.urgency = ApiVersionRow::Urgency::Critical;
                f.notice = tr("asked for %1, got %2").arg(base.requestedVersion, facts->servedVersion);
                rows << f;
            }
        }
        for (const VersionDeadline& d : VendorCatalog::versionDeadlines(c.vendor, base.requestedVersion)) {
            ApiVersionRow r = base;
            r.source = ApiVersionRow::Source::Catalog;
            r.kind = ApiVersionRow::Kind::Sunset;
            r.deadline = QDateTime(d.sunset, QTime(0, 0), Qt::UTC);
            r.daysLeft = daysBetween(now, r.deadline);
            r.urgency = urgencyFor(r.daysLeft);
            r.notice = d.note;
            rows << r;
        }
        if (rows.size() == before) {
            // Nothing announced: fine if the vendor answered with the version asked for, unknown if never checked.
            ApiVersionRow r = base;
            const bool answered = facts && facts->errorKind == ErrorKind::None;
            r.urgency = answered ? ApiVersionRow::Urgency::Ok : ApiVersionRow::Urgency::Unknown;
            if (!facts)
                r.notice = tr("not checked yet");
            else if (!answered)
                r.notice = tr("the latest check got no usable answer");
            rows << r;
        }
    }
    sort(rows);
    return rows;
}

} // namespace plumbline
