#include "ReportCollector.h"

#include "ReportWriter.h"

#include <AlertSubject.h>
#include <EnvSecretStore.h>
#include <MonitorRepository.h>
#include <SecretStore.h>
#include <VendorProfile.h>
#include <WorkspaceRepository.h>
#include <store/ValueRepository.h>
#include <values/ValueCheck.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr qint64 kDay = 24 * 3600;

QString filterText(const QJsonValue& filter)
{
    if (filter.isNull() || filter.isUndefined())
        return {};
    if (filter.isString())
        return filter.toString();
    if (filter.isObject())
        return QString::fromUtf8(QJsonDocument(filter.toObject()).toJson(QJsonDocument::Compact));
    if (filter.isArray())
        return QString::fromUtf8(QJsonDocument(filter.toArray()).toJson(QJsonDocument::Compact));
    return filter.toVariant().toString();
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

ReportBlock paragraph(const QString& text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock tableBlock(ReportTable table, bool printed = true)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(table);
    b.printed = printed;
    return b;
}

ReportTable makeTable(const QString& key, const QList<QPair<QString, QString>>& columns, const QString& emptyText)
{
    ReportTable t;
    t.key = key;
    for (const auto& [columnKey, heading] : columns) {
        t.columnKeys << columnKey;
        t.columns << heading;
    }
    t.emptyText = emptyText;
    return t;
}

// "1 September 2026 – 30 November 2026" for whole UTC days (the end is exclusive: the last day shown is the day
// before it); with times otherwise.
QString periodText(const QDateTime& from, const QDateTime& to, const QLocale& locale)
{
    QString dayFormat = locale.dateFormat(QLocale::LongFormat);
    dayFormat.remove(QRegularExpression(u"d{4}[,.]?\\s*"_s)); // no weekday
    const QDateTime a = from.toUTC();
    const QDateTime b = to.toUTC();
    if (a.time() == QTime(0, 0) && b.time() == QTime(0, 0)) {
        return QCoreApplication::translate("ReportCollector", "%1 – %2")
            .arg(locale.toString(a.date(), dayFormat.trimmed()),
                locale.toString(b.date().addDays(-1), dayFormat.trimmed()));
    }
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    return QCoreApplication::translate("ReportCollector", "%1 – %2 UTC")
        .arg(locale.toString(a.date(), dayFormat.trimmed()) + u' ' + locale.toString(a.time(), timeFormat),
            locale.toString(b.date(), dayFormat.trimmed()) + u' ' + locale.toString(b.time(), timeFormat));
}

QString eventName(AlertTransition::Kind kind)
{
    using K = AlertTransition::Kind;
    switch (kind) {
    case K::Opened:
        return QCoreApplication::translate("ReportCollector", "Opened");
    case K::Escalated:
        return QCoreApplication::translate("ReportCollector", "Escalated");
    case K::Deescalated:
        return QCoreApplication::translate("ReportCollector", "Eased");
    case K::Acknowledged:
        return QCoreApplication::translate("ReportCollector", "Acknowledged");
    case K::Snoozed:
        return QCoreApplication::translate("ReportCollector", "Snoozed");
    case K::Resolved:
        return QCoreApplication::translate("ReportCollector", "Resolved");
    case K::Suppressed:
        return QCoreApplication::translate("ReportCollector", "Suppressed (maintenance)");
    }
    return {};
}

} // namespace

qint64 StateDurations::of(Severity s) const
{
    switch (s) {
    case Severity::Ok:
        return ok;
    case Severity::Warning:
        return warning;
    case Severity::Critical:
        return critical;
    case Severity::Unknown:
        return unknown;
    }
    return 0;
}

ReportCollector::ReportCollector(
    const WorkspaceRepository& workspace, const MonitorRepository& monitor, ReportRequest request)
    : m_workspace(workspace)
    , m_monitor(monitor)
    , m_request(std::move(request))
{
    if (!m_request.generatedAt.isValid())
        m_request.generatedAt = QDateTime::currentDateTimeUtc();
    const QList<Integration> all = m_workspace.integrations();
    for (const Connection& c : m_workspace.connections())
        m_allConnections.insert(c.id, c);
    QSet<QString> used;
    for (const QString& id : std::as_const(m_request.integrationIds)) {
        if (std::none_of(all.begin(), all.end(), [&](const Integration& i) { return i.id == id; }))
            m_unknownIds << id;
    }
    for (const Integration& i : all) {
        if (!m_request.integrationIds.isEmpty() && !m_request.integrationIds.contains(i.id))
            continue;
        m_integrations << i;
        for (const QString& c : i.connectionIds())
            used.insert(c);
    }
    std::sort(m_integrations.begin(), m_integrations.end(), [](const Integration& a, const Integration& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0 || (a.name == b.name && a.id < b.id);
    });
    for (const Connection& c : m_workspace.connections()) {
        if (m_request.integrationIds.isEmpty() || used.contains(c.id))
            m_connections << c;
    }
    std::sort(m_connections.begin(), m_connections.end(), [](const Connection& a, const Connection& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0 || (a.name == b.name && a.id < b.id);
    });
}

QString ReportCollector::validate() const
{
    if (!m_unknownIds.isEmpty())
        return tr("There is no integration %1.").arg(m_unknownIds.join(u", "_s));
    if (!m_request.from.isValid() || !m_request.to.isValid())
        return tr("The report needs a start and an end date.");
    if (m_request.from >= m_request.to)
        return tr("The report period is empty: the start (%1) is not before the end (%2).")
            .arg(m_request.from.toString(Qt::ISODate), m_request.to.toString(Qt::ISODate));
    return {};
}

QString ReportCollector::subjectOf(const Integration& integration)
{
    return AlertSubject::integration(integration.id).key();
}

QString ReportCollector::subjectOf(const Connection& connection)
{
    return AlertSubject::connection(connection.id).key();
}

QString ReportCollector::connectionName(const QString& id) const
{
    const auto it = m_allConnections.constFind(id);
    return it == m_allConnections.constEnd() ? id : it->name;
}

QString ReportCollector::subjectName(const QString& subject) const
{
    const AlertSubject s = AlertSubject::parse(subject);
    if (s.kind == AlertSubject::Kind::Connection)
        return tr("Connection %1").arg(connectionName(s.id));
    if (s.kind == AlertSubject::Kind::Integration) {
        const QString& id = s.id;
        for (const Integration& i : m_integrations) {
            if (i.id == id)
                return tr("Integration %1").arg(i.name);
        }
        return tr("Integration %1").arg(id);
    }
    return subject;
}

const QList<Alert>& ReportCollector::alertsOf(const QString& subject)
{
    auto it = m_alertsBySubject.find(subject);
    if (it == m_alertsBySubject.end())
        it = m_alertsBySubject.insert(subject, m_monitor.alerts(subject, true));
    return *it;
}

const QList<AlertEvent>& ReportCollector::eventsOf(qint64 alertId)
{
    auto it = m_eventsByAlert.find(alertId);
    if (it == m_eventsByAlert.end())
        it = m_eventsByAlert.insert(alertId, m_monitor.alertEvents(alertId));
    return *it;
}

bool ReportCollector::overlaps(const Alert& alert) const
{
    if (!alert.openedAt.isValid() || alert.openedAt >= m_request.to)
        return false;
    return !alert.resolvedAt.isValid() || alert.resolvedAt >= m_request.from;
}

StateDurations ReportCollector::timeInStates(
    const QList<AlertEvent>& events, const QDateTime& from, const QDateTime& to)
{
    StateDurations out;
    if (!from.isValid() || !to.isValid() || from >= to)
        return out;
    QList<AlertEvent> sorted;
    for (const AlertEvent& e : events) {
        if (e.alertId != 0 && e.kind != AlertTransition::Kind::Suppressed)
            sorted << e;
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const AlertEvent& a, const AlertEvent& b) { return a.ts < b.ts; });
    std::map<qint64, Severity> open; // alert id -> its severity now
    const auto current = [&open]() {
        Severity s = Severity::Ok;
        for (const auto& [id, severity] : open)
            s = worse(s, severity);
        return s;
    };
    const auto account = [&](const QDateTime& a, const QDateTime& b, Severity s) {
        const QDateTime start = std::max(a, from);
        const QDateTime end = std::min(b, to);
        if (start >= end)
            return;
        const qint64 seconds = start.secsTo(end);
        switch (s) {
        case Severity::Ok:
            out.ok += seconds;
            break;
        case Severity::Warning:
            out.warning += seconds;
            break;
        case Severity::Critical:
            out.critical += seconds;
            break;
        case Severity::Unknown:
            out.unknown += seconds;
            break;
        }
    };
    QDateTime cursor = from;
    for (const AlertEvent& e : std::as_const(sorted)) {
        if (e.ts > cursor) {
            account(cursor, e.ts, current());
            cursor = e.ts;
        }
        switch (e.kind) {
        case AlertTransition::Kind::Resolved:
            open.erase(e.alertId);
            break;
        case AlertTransition::Kind::Opened:
        case AlertTransition::Kind::Escalated:
        case AlertTransition::Kind::Deescalated:
            open[e.alertId] = e.severity;
            break;
        case AlertTransition::Kind::Acknowledged:
        case AlertTransition::Kind::Snoozed:
            if (open.count(e.alertId) == 0)
                open[e.alertId] = e.severity; // history that starts mid-way: still an open alert
            break;
        case AlertTransition::Kind::Suppressed:
            break;
        }
    }
    account(cursor, to, current());
    return out;
}

void ReportCollector::begin()
{
    const QLocale locale;
    m_document = {};
    m_document.title = tr("Integration audit report");
    m_document.from = m_request.from;
    m_document.to = m_request.to;
    m_document.generatedAt = m_request.generatedAt;
    m_document.generatedBy = m_request.generatedBy;
    m_document.subtitle = periodText(m_request.from, m_request.to, locale);

    m_health = makeTable(u"health"_s,
        { { u"integration_id"_s, tr("Id") }, { u"integration"_s, tr("Integration") },
            { u"state_now"_s, tr("State now") }, { u"ok_pct"_s, tr("OK") }, { u"warning_pct"_s, tr("Warning") },
            { u"critical_pct"_s, tr("Critical") }, { u"unknown_pct"_s, tr("Unknown") }, { u"ok_s"_s, tr("OK (s)") },
            { u"warning_s"_s, tr("Warning (s)") }, { u"critical_s"_s, tr("Critical (s)") },
            { u"unknown_s"_s, tr("Unknown (s)") }, { u"monitored_s"_s, tr("Monitored (s)") },
            { u"incidents"_s, tr("Incidents") }, { u"polls"_s, tr("Polls") }, { u"failed_polls"_s, tr("Failed polls") },
            { u"latest_source"_s, tr("Source") }, { u"latest_destination"_s, tr("Destination") },
            { u"gap"_s, tr("Gap") }, { u"gap_pct"_s, tr("Gap %") } },
        tr("No integration is part of this report."));
    m_health.csvOnlyColumns = { 0, 7, 8, 9, 10, 11, 13, 14, 15, 16 };

    m_findings = makeTable(u"findings"_s,
        { { u"subject"_s, tr("Concerns") }, { u"rule"_s, tr("Rule") }, { u"severity"_s, tr("Severity") },
            { u"message"_s, tr("Finding") }, { u"hint"_s, tr("What to check") }, { u"at"_s, tr("Seen") } },
        tr("No current findings: every check passed at the latest poll."));

    m_integrationBlocks.clear();
    m_incidents.clear();
    m_incidentIds.clear();
    m_worstNow = Severity::Ok;
    m_findingCount = 0;

    // Connection findings once per connection, before the integrations' own.
    for (const Connection& c : std::as_const(m_connections)) {
        for (const Finding& f : m_monitor.latestConnectionFindings(c.id)) {
            if (f.severity == Severity::Ok)
                continue;
            m_findings.rows << ReportRow { ReportCell::of(subjectName(subjectOf(c))), ReportCell::of(f.rule),
                ReportCell::statusOf(f.severity), ReportCell::of(f.message), ReportCell::of(f.hint),
                ReportCell::timeOf(f.at) };
            ++m_findingCount;
        }
    }
}

QString ReportCollector::notifiedText(const Integration& i) const
{
    // ARCHITECTURE.md §14: the channels its alerts reach (its list, its owner's, else the defaults), by name.
    QStringList names;
    for (const NotifyChannel& c : NotifyChannels::routeFor(i.notify, i.owner, m_workspace.channels())) {
        names << (c.minSeverity == Severity::Critical ? tr("%1 (%2, critical only)") : tr("%1 (%2)"))
                     .arg(c.displayName(), channelKindDisplayName(c.kind));
    }
    return names.isEmpty() ? tr("Nobody: no notification channel reaches it") : names.join(u"; "_s);
}

void ReportCollector::collectIntegration(const Integration& i)
{
    const QLocale locale;
    // Documentation: one record per integration.
    ReportTable record = makeTable(u"integrations"_s,
        { { u"name"_s, tr("Name") }, { u"id"_s, tr("Id") }, { u"source_connection"_s, tr("Source system") },
            { u"source_object"_s, tr("Source object") }, { u"source_filter"_s, tr("Source filter") },
            { u"destination_connection"_s, tr("Destination system") },
            { u"destination_object"_s, tr("Destination object") },
            { u"destination_filter"_s, tr("Destination filter") }, { u"direction"_s, tr("Direction") },
            { u"middleware"_s, tr("Middleware") }, { u"interval_s"_s, tr("Poll interval (s)") },
            { u"tolerance_pct"_s, tr("Tolerance (%)") }, { u"tolerance_abs"_s, tr("Tolerance (records)") },
            { u"lag_grace_s"_s, tr("Lag grace (s)") }, { u"owner"_s, tr("Owner") }, { u"purpose"_s, tr("Purpose") },
            { u"runbook"_s, tr("Runbook") }, { u"created_at"_s, tr("Created") },
            { u"updated_at"_s, tr("Last changed") }, { u"notified"_s, tr("Who gets notified") } },
        {});
    record.layout = ReportTable::Layout::Records;
    record.csvOnlyColumns = { 0 };
    const QString middleware
        = i.middleware ? tr("%1, %2").arg(connectionName(i.middleware->connection), i.middleware->ref) : QString();
    record.rows << ReportRow { ReportCell::of(i.name), ReportCell::of(i.id),
        ReportCell::of(connectionName(i.source.connection)), ReportCell::of(i.source.object),
        ReportCell::of(filterText(i.source.filter)), ReportCell::of(connectionName(i.destination.connection)),
        ReportCell::of(i.destination.object), ReportCell::of(filterText(i.destination.filter)),
        ReportCell::of(directionDisplayName(i.direction)), ReportCell::of(middleware),
        ReportCell::integerOf(qint64(i.checks.intervalS)), ReportCell::numberOf(i.checks.tolerancePct),
        ReportCell::integerOf(i.checks.toleranceAbs), ReportCell::integerOf(qint64(i.checks.lagGraceS)),
        ReportCell::of(i.owner), ReportCell::of(i.purpose), ReportCell::of(i.runbook), ReportCell::timeOf(i.createdAt),
        ReportCell::timeOf(i.updatedAt), ReportCell::of(notifiedText(i)) };

    ReportTable mappings = makeTable(u"mappings"_s,
        { { u"integration_id"_s, tr("Integration") }, { u"source_field"_s, tr("Source field") },
            { u"destination_field"_s, tr("Destination field") }, { u"key"_s, tr("Key") } },
        tr("No field mappings are documented."));
    mappings.csvOnlyColumns = { 0 };
    for (const FieldMapping& m : i.mappings) {
        mappings.rows << ReportRow { ReportCell::of(i.id), ReportCell::of(m.source), ReportCell::of(m.destination),
            ReportCell::keyOf(m.key ? u"true"_s : u"false"_s, m.key ? tr("yes") : tr("no")) };
    }

    // Counts: daily averages, hourly for a period of three days or less.
    const bool hourly = m_request.from.secsTo(m_request.to) <= 3 * kDay;
    const QList<Rollup> rollups = hourly ? m_monitor.hourly(i.id, m_request.from, m_request.to)
                                         : m_monitor.daily(i.id, m_request.from, m_request.to);
    ReportChart chart;
    chart.title = tr("Record counts of %1").arg(i.name);
    chart.sourceLabel = tr("Source: %1 %2").arg(connectionName(i.source.connection), i.source.object);
    chart.destinationLabel
        = tr("Destination: %1 %2").arg(connectionName(i.destination.connection), i.destination.object);
    chart.from = m_request.from;
    chart.to = m_request.to;
    chart.hourly = hourly;
    ReportTable counts = makeTable(u"counts"_s,
        { { u"integration_id"_s, tr("Integration") }, { u"bucket_start"_s, tr("From") }, { u"bucket"_s, tr("Bucket") },
            { u"polls"_s, tr("Polls") }, { u"failed_polls"_s, tr("Failed polls") },
            { u"source_avg"_s, tr("Source (average)") }, { u"destination_avg"_s, tr("Destination (average)") },
            { u"gap_avg"_s, tr("Gap (average)") }, { u"gap_min"_s, tr("Gap (lowest)") },
            { u"gap_max"_s, tr("Gap (highest)") } },
        {});
    qint64 polls = 0;
    qint64 failed = 0;
    std::optional<double> latestSource;
    std::optional<double> latestDestination;
    std::optional<double> latestGap;
    for (const Rollup& r : rollups) {
        polls += r.n;
        failed += r.errors;
        // The store keeps gap = source - destination; people read destination - source (missing records < 0).
        const std::optional<double> gap
            = r.gap.mean() ? std::optional<double>(-*r.gap.mean()) : std::optional<double>();
        chart.points << ReportChart::Point { r.bucket, r.source.mean(), r.destination.mean() };
        counts.rows << ReportRow { ReportCell::of(i.id), ReportCell::timeOf(r.bucket),
            ReportCell::of(hourly ? u"hour"_s : u"day"_s), ReportCell::integerOf(r.n), ReportCell::integerOf(r.errors),
            ReportCell::numberOf(r.source.mean()), ReportCell::numberOf(r.destination.mean()),
            ReportCell::numberOf(gap),
            ReportCell::integerOf(r.gap.max ? std::optional<qint64>(-*r.gap.max) : std::nullopt),
            ReportCell::integerOf(r.gap.min ? std::optional<qint64>(-*r.gap.min) : std::nullopt) };
        if (r.source.mean() && r.destination.mean()) {
            latestSource = r.source.mean();
            latestDestination = r.destination.mean();
            latestGap = gap;
        }
    }

    // Alerts of the integration and of the connections it uses.
    QStringList subjects { subjectOf(i) };
    for (const QString& c : i.connectionIds())
        subjects << AlertSubject::connection(c).key();
    QList<AlertEvent> events;
    int incidents = 0;
    for (const QString& subject : std::as_const(subjects)) {
        for (const Alert& a : alertsOf(subject)) {
            events << eventsOf(a.id);
            if (!overlaps(a))
                continue;
            ++incidents;
            if (!m_incidentIds.contains(a.id)) {
                m_incidentIds.insert(a.id);
                m_incidents << a;
            }
        }
    }
    QDateTime windowStart = m_request.from;
    if (i.createdAt.isValid())
        windowStart = std::max(windowStart, i.createdAt);
    const QDateTime windowEnd = std::min(m_request.to, m_request.generatedAt);
    const StateDurations states = timeInStates(events, windowStart, windowEnd);

    // The state now: the worst of the latest findings of the integration and its connections.
    Severity now = Severity::Ok;
    const QList<Finding> own = m_monitor.latestIntegrationFindings(i.id);
    for (const Finding& f : own) {
        now = worse(now, f.severity);
        if (f.severity == Severity::Ok)
            continue;
        m_findings.rows << ReportRow { ReportCell::of(subjectName(subjectOf(i))), ReportCell::of(f.rule),
            ReportCell::statusOf(f.severity), ReportCell::of(f.message), ReportCell::of(f.hint),
            ReportCell::timeOf(f.at) };
        ++m_findingCount;
    }
    for (const QString& c : i.connectionIds())
        now = worse(now, worstOf(m_monitor.latestConnectionFindings(c)));
    if (own.isEmpty() && polls == 0 && !m_monitor.lastSuccessfulPoll(i.id))
        now = Severity::Unknown; // never polled
    m_worstNow = worse(m_worstNow, now);

    const qint64 total = states.total();
    m_health.rows << ReportRow { ReportCell::of(i.id), ReportCell::of(i.name), ReportCell::statusOf(now),
        ReportCell::percentOf(percentOf(states.ok, total)), ReportCell::percentOf(percentOf(states.warning, total)),
        ReportCell::percentOf(percentOf(states.critical, total)),
        ReportCell::percentOf(percentOf(states.unknown, total)), ReportCell::integerOf(states.ok),
        ReportCell::integerOf(states.warning), ReportCell::integerOf(states.critical),
        ReportCell::integerOf(states.unknown), ReportCell::integerOf(total), ReportCell::integerOf(qint64(incidents)),
        ReportCell::integerOf(polls), ReportCell::integerOf(failed), ReportCell::numberOf(latestSource),
        ReportCell::numberOf(latestDestination), ReportCell::numberOf(latestGap),
        ReportCell::percentOf(latestGap && latestSource && *latestSource != 0
                ? std::optional<double>(100.0 * *latestGap / *latestSource)
                : std::nullopt) };

    ReportBlock heading;
    heading.kind = ReportBlock::Kind::Subheading;
    heading.text = i.name;
    m_integrationBlocks << heading;
    if (chart.points.isEmpty()) {
        m_integrationBlocks << paragraph(tr("No counts were recorded for %1 in this period.").arg(i.name));
    } else {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Chart;
        b.chart = chart;
        m_integrationBlocks << paragraph(
            tr("Record counts: %1 polls in the period, %2 of them failed. Each point is "
               "the %3 average; the lower panel shows the gap (destination − source).")
                .arg(locale.toString(polls), locale.toString(failed), hourly ? tr("hourly") : tr("daily")));
        m_integrationBlocks << b;
    }
    mappings.caption = tr("Field mappings");
    m_integrationBlocks << tableBlock(record) << tableBlock(mappings);
    m_integrationBlocks << tableBlock(counts, false);
    if (m_values)
        m_integrationBlocks << valueCheckBlocks(i);
}

QString ReportCollector::valueCheckSentence(const ValueCheckResult& c)
{
    const QLocale locale;
    const auto percent
        = [&locale](double fraction) { return tr("%1 %").arg(locale.toString(fraction * 100.0, 'f', 1)); };
    const QString when = ReportWriter::timeText(c.checkedAt.toUTC(), locale);
    if (!c.compared())
        return tr("Latest value check, %1: no records could be compared. %2").arg(when, c.problem);
    QString text = tr("Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing "
                      "at the destination, %n request(s).",
        nullptr, c.requests())
                       .arg(when, locale.toString(c.matched), locale.toString(c.sampled), percent(c.matchRate),
                           percent(c.matchRateLow), percent(c.matchRateHigh), locale.toString(c.missingAtDestination));
    if (c.partial)
        text += u' ' + tr("Partial check: %1").arg(c.partialReason);
    return text;
}

// The value checks of one integration (ARCHITECTURE.md §12). Only what the store holds: aggregates, and for print the
// redacted examples it keeps (never in CSV). The sample's values themselves are never stored, so never reported.
QList<ReportBlock> ReportCollector::valueCheckBlocks(const Integration& i)
{
    QList<ReportBlock> blocks;
    const std::optional<ValueCheckResult> latest = m_values->latest(i.id);
    QList<ValueCheckResult> checks = m_values->history(i.id, m_request.from, m_request.to);
    const auto isLatest = [&latest](const ValueCheckResult& c) { return latest && c.checkedAt == latest->checkedAt; };
    if (latest && std::none_of(checks.begin(), checks.end(), isLatest))
        checks << *latest;
    std::stable_sort(checks.begin(), checks.end(),
        [](const ValueCheckResult& a, const ValueCheckResult& b) { return a.checkedAt < b.checkedAt; });

    ReportTable table = makeTable(u"value_checks"_s,
        { { u"integration_id"_s, tr("Integration") }, { u"checked_at"_s, tr("Checked") }, { u"latest"_s, tr("Latest") },
            { u"sampled"_s, tr("Sampled") }, { u"found"_s, tr("Found") },
            { u"missing_at_destination"_s, tr("Missing") }, { u"duplicates"_s, tr("Duplicates") },
            { u"matched"_s, tr("Matched") }, { u"match_rate_pct"_s, tr("Match rate") },
            { u"match_rate_low_pct"_s, tr("Low (95 %)") }, { u"match_rate_high_pct"_s, tr("High (95 %)") },
            { u"requests"_s, tr("Requests") }, { u"requests_source"_s, tr("Requests (source)") },
            { u"requests_destination"_s, tr("Requests (destination)") }, { u"population"_s, tr("Source records") },
            { u"partial"_s, tr("Partial") }, { u"partial_reason"_s, tr("Partial because") },
            { u"problem_kind"_s, tr("Problem kind") }, { u"problem"_s, tr("Could not compare") } },
        tr("No value check in this period."));
    table.csvOnlyColumns = { 0, 2, 6, 7, 12, 13, 14, 16, 17 };
    table.caption = tr("Value checks");
    const auto yesNo
        = [](bool on, const QString& display) { return ReportCell::keyOf(on ? u"true"_s : u"false"_s, display); };
    ReportTable fields = makeTable(u"value_fields"_s,
        { { u"integration_id"_s, tr("Integration") }, { u"checked_at"_s, tr("Checked") },
            { u"source_field"_s, tr("Source field") }, { u"destination_field"_s, tr("Destination field") },
            { u"kind"_s, tr("Kind") }, { u"compared"_s, tr("Compared") }, { u"differs"_s, tr("Differ") },
            { u"empty_on_destination"_s, tr("Empty at destination") }, { u"truncated"_s, tr("Truncated") },
            { u"case_only"_s, tr("Case only") }, { u"value_differs"_s, tr("Other value") },
            { u"empty_on_source"_s, tr("Empty at source") }, { u"both_empty"_s, tr("Both empty") },
            { u"differ_rate_pct"_s, tr("Differ rate") }, { u"first_failure_change"_s, tr("Since") } },
        tr("No fields were compared."));
    fields.csvOnlyColumns = { 0, 1, 4, 10, 11, 12 };
    ReportTable olderFields = fields; // the other checks' fields: CSV only
    fields.caption = tr("Fields of the latest value check, most differences first");
    ReportTable examples = makeTable(u"value_examples"_s,
        { { u"source_field"_s, tr("Source field") }, { u"destination_field"_s, tr("Destination field") },
            { u"example"_s, tr("Example (redacted)") } },
        {});
    examples.caption = tr("Examples of the latest value check, redacted (at most 3 a field)");

    for (const ValueCheckResult& c : std::as_const(checks)) {
        const bool newest = isLatest(c);
        const bool compared = c.compared();
        const auto count = [compared](qint64 n) { return compared ? ReportCell::integerOf(n) : ReportCell::empty(); };
        const auto rate = [compared](double fraction) {
            return compared ? ReportCell::percentOf(fraction * 100.0) : ReportCell::empty();
        };
        table.rows << ReportRow { ReportCell::of(i.id), ReportCell::timeOf(c.checkedAt),
            yesNo(newest, newest ? tr("yes") : tr("no")), count(c.sampled), count(c.found),
            count(c.missingAtDestination), count(c.duplicates), count(c.matched), rate(c.matchRate),
            rate(c.matchRateLow), rate(c.matchRateHigh), ReportCell::integerOf(qint64(c.requests())),
            ReportCell::integerOf(qint64(c.requestsSource)), ReportCell::integerOf(qint64(c.requestsDestination)),
            ReportCell::integerOf(c.population), yesNo(c.partial, c.partial ? tr("yes") : tr("no")),
            ReportCell::of(c.partialReason), ReportCell::of(c.problemKind), ReportCell::of(c.problem) };
        QList<FieldTally> tallies = newest ? latest->fields : c.fields; // the history has no examples
        std::stable_sort(tallies.begin(), tallies.end(),
            [](const FieldTally& a, const FieldTally& b) { return a.failures() > b.failures(); });
        for (const FieldTally& f : std::as_const(tallies)) {
            (newest ? fields : olderFields).rows << ReportRow { ReportCell::of(i.id), ReportCell::timeOf(c.checkedAt),
                ReportCell::of(f.source), ReportCell::of(f.destination), ReportCell::of(fieldKindKey(f.kind)),
                ReportCell::integerOf(f.compared), ReportCell::integerOf(f.failures()),
                ReportCell::integerOf(f.emptyOnDestination), ReportCell::integerOf(f.truncated),
                ReportCell::integerOf(f.caseOnly), ReportCell::integerOf(f.differs),
                ReportCell::integerOf(f.emptyOnSource), ReportCell::integerOf(f.bothEmpty),
                ReportCell::percentOf(percentOf(f.failures(), f.compared)),
                ReportCell::dateOf(f.firstFailureChange.value_or(QDateTime())) };
            if (newest) {
                for (const QString& e : f.examples.mid(0, 3))
                    examples.rows << ReportRow { ReportCell::of(f.source), ReportCell::of(f.destination),
                        ReportCell::of(e) };
            }
        }
    }

    if (!latest) {
        blocks << paragraph(tr("No value check has run for %1: it samples records of the source, finds them at the "
                               "destination by the key mapping and compares the mapped fields.")
                                .arg(i.name));
        // The CSV files still have their columns.
        blocks << tableBlock(table, false) << tableBlock(fields, false);
        return blocks;
    }
    blocks << paragraph(valueCheckSentence(*latest));
    blocks << tableBlock(table) << tableBlock(olderFields, false);
    if (latest->compared())
        blocks << tableBlock(fields);
    else
        blocks << tableBlock(fields, false);
    if (!examples.rows.isEmpty()) {
        ReportBlock b = tableBlock(examples);
        b.inCsv = false;
        blocks << b;
    }
    return blocks;
}

// The workspace-wide sections, in the order they are printed, then the title page's lines.
void ReportCollector::finish()
{
    m_document.sections << summarySection();
    m_document.sections << connectionsSection();
    m_document.sections << integrationsSection();
    m_document.sections << incidentsSection();
    m_document.sections << findingsSection();
    m_document.sections << deprecationSection();
    const ReportTable changes = changeLogTable();
    m_document.sections << changeLogSection(changes);
    m_document.summary << summaryLines(changes.rows.size());
}

ReportSection ReportCollector::summarySection() const
{
    ReportSection summary { u"summary"_s, tr("Health summary"), {} };
    summary.blocks << paragraph(tr("Time in each state is the share of the monitored part of the period (from the "
                                   "integration's creation, up to now) that the integration spent with its worst "
                                   "open alert at that severity; alerts of the connections it uses count too. "
                                   "Counts are the latest average in the period. The gap is always the destination "
                                   "count minus the source count: a negative gap means records are missing at the "
                                   "destination."));
    summary.blocks << tableBlock(m_health);
    return summary;
}

// Inventory: connections
ReportSection ReportCollector::connectionsSection() const
{
    ReportSection inventory { u"connections"_s, tr("Connections"), {} };
    inventory.blocks << paragraph(tr("Every account the integrations use. API keys live in the operating system's "
                                     "keychain; this report names the keychain entry and never contains a key."));
    ReportTable connections = makeTable(u"connections"_s,
        { { u"name"_s, tr("Name") }, { u"id"_s, tr("Id") }, { u"vendor"_s, tr("Vendor") },
            { u"account"_s, tr("Account") }, { u"api_version"_s, tr("API version") },
            { u"auth_method"_s, tr("Authentication") }, { u"credential_location"_s, tr("Credential location") },
            { u"credential_env"_s, tr("Server variable") }, { u"credential_state"_s, tr("Credential state") },
            { u"credential_set_at"_s, tr("Credential stored") },
            { u"credential_age_days"_s, tr("Credential age (days)") }, { u"owner"_s, tr("Owner") },
            { u"notes"_s, tr("Notes") } },
        tr("No connection is used by the integrations in this report."));
    connections.layout = ReportTable::Layout::Records;
    for (const Connection& c : std::as_const(m_connections))
        connections.rows << connectionRow(c);
    inventory.blocks << tableBlock(connections);
    return inventory;
}

// The credential is named (its keychain entry and server variable), never read.
ReportRow ReportCollector::connectionRow(const Connection& c) const
{
    const VendorProfile profile = VendorCatalog::profile(c.vendor);
    QStringList account { VendorCatalog::effectiveBaseUrl(c) };
    for (auto it = c.options.begin(); it != c.options.end(); ++it)
        account << u"%1: %2"_s.arg(it.key(), it.value().toVariant().toString());
    account.removeAll(QString());
    QDateTime setAt = c.secretUpdatedAt;
    if (!setAt.isValid()) {
        if (const auto facts = m_monitor.latestConnectionFacts(c.id); facts && facts->credentialSetAt)
            setAt = *facts->credentialSetAt;
    }
    return ReportRow { ReportCell::of(c.name), ReportCell::of(c.id), ReportCell::of(vendorDisplayName(c.vendor)),
        ReportCell::of(account.join(u"; "_s)), ReportCell::of(c.apiVersion),
        ReportCell::of(c.authMethod.isEmpty() ? profile.authMethod : c.authMethod),
        ReportCell::of(tr("Keychain service \"%1\", entry \"%2\"")
                           .arg(SecretStore::serviceName(), SecretStore::entryKey(c.id, profile.secretName))),
        ReportCell::of(EnvSecretStore::variableName(c.id)), ReportCell::of(secretStateText(c.secretState)),
        ReportCell::timeOf(setAt),
        setAt.isValid() ? ReportCell::integerOf(setAt.secsTo(m_request.generatedAt) / kDay) : ReportCell::empty(),
        ReportCell::of(c.owner), ReportCell::of(c.notes) };
}

QString ReportCollector::secretStateText(SecretState state)
{
    QString name;
    switch (state) {
    case SecretState::Stored:
        name = tr("stored");
        break;
    case SecretState::Missing:
        name = tr("missing");
        break;
    case SecretState::Unavailable:
        name = tr("keychain unavailable");
        break;
    case SecretState::Unknown:
        name = tr("not checked");
        break;
    }
    return name;
}

// Inventory: integrations, with documentation and count charts
ReportSection ReportCollector::integrationsSection() const
{
    ReportSection integrations { u"integrations"_s, tr("Integrations"), {} };
    integrations.blocks << paragraph(tr("Each integration's documentation, field mappings and record counts over the "
                                        "period (source and destination)."));
    if (m_integrations.isEmpty())
        integrations.blocks << paragraph(tr("No integration is part of this report."));
    integrations.blocks << m_integrationBlocks;
    return integrations;
}

// Incidents, by opening time, and the timeline of their events.
ReportSection ReportCollector::incidentsSection()
{
    ReportSection incidents { u"incidents"_s, tr("Incidents"), {} };
    incidents.blocks << paragraph(tr("Alerts that were open at some time in the period, with their timeline. "
                                     "Durations run to the resolution, or to the report's generation while open."));
    std::sort(m_incidents.begin(), m_incidents.end(), [](const Alert& a, const Alert& b) {
        return a.openedAt < b.openedAt || (a.openedAt == b.openedAt && a.id < b.id);
    });
    ReportTable alertTable = makeTable(u"incidents"_s,
        { { u"alert_id"_s, tr("No.") }, { u"subject"_s, tr("Concerns") }, { u"rule"_s, tr("Rule") },
            { u"severity"_s, tr("Severity") }, { u"message"_s, tr("What happened") }, { u"opened_at"_s, tr("Opened") },
            { u"acknowledged_at"_s, tr("Acknowledged") }, { u"acknowledged_by"_s, tr("By") },
            { u"resolved_at"_s, tr("Resolved") }, { u"time_to_acknowledge_s"_s, tr("To acknowledge") },
            { u"duration_s"_s, tr("Duration") } },
        tr("No incidents in this period."));
    alertTable.csvOnlyColumns = { 7, 9 }; // who acknowledged is in the timeline; the delay follows from the times
    ReportTable timeline = makeTable(u"incident_events"_s,
        { { u"alert_id"_s, tr("No.") }, { u"at"_s, tr("When") }, { u"event"_s, tr("Event") },
            { u"severity"_s, tr("Severity") }, { u"note"_s, tr("Note") } },
        tr("No incident events in this period."));
    ReportCell stillOpen = ReportCell::keyOf(QString(), tr("open")); // empty in CSV, "open" in print
    stillOpen.kind = ReportCell::Kind::Text;
    for (const Alert& a : std::as_const(m_incidents)) {
        alertTable.rows << incidentRow(a, stillOpen);
        for (const AlertEvent& e : eventsOf(a.id)) {
            timeline.rows << ReportRow { ReportCell::integerOf(a.id), ReportCell::timeOf(e.ts),
                ReportCell::keyOf(alertEventKindKey(e.kind), eventName(e.kind)), ReportCell::statusOf(e.severity),
                ReportCell::of(e.note) };
        }
    }
    incidents.blocks << tableBlock(alertTable);
    ReportBlock timelineHeading;
    timelineHeading.kind = ReportBlock::Kind::Subheading;
    timelineHeading.text = tr("Incident timeline");
    incidents.blocks << timelineHeading << tableBlock(timeline);
    return incidents;
}

ReportRow ReportCollector::incidentRow(const Alert& a, const ReportCell& stillOpen) const
{
    const QDateTime end = a.resolvedAt.isValid() ? a.resolvedAt : m_request.generatedAt;
    return ReportRow { ReportCell::integerOf(a.id), ReportCell::of(subjectName(a.subject)), ReportCell::of(a.rule),
        ReportCell::statusOf(a.severity), ReportCell::of(a.message), ReportCell::timeOf(a.openedAt),
        ReportCell::timeOf(a.acknowledgedAt), ReportCell::of(a.acknowledgedBy),
        a.resolvedAt.isValid() ? ReportCell::timeOf(a.resolvedAt) : stillOpen,
        a.acknowledgedAt.isValid() ? ReportCell::durationOf(a.openedAt.secsTo(a.acknowledgedAt)) : ReportCell::empty(),
        ReportCell::durationOf(a.openedAt.secsTo(end)) };
}

// Current findings
ReportSection ReportCollector::findingsSection() const
{
    ReportSection findings { u"findings"_s, tr("Current findings"), {} };
    findings.blocks << paragraph(tr("What the checks found at the latest poll of each integration and connection."));
    findings.blocks << tableBlock(m_findings);
    return findings;
}

// Deprecation deadlines
ReportSection ReportCollector::deprecationSection() const
{
    ReportSection deprecation { u"deprecation"_s, tr("API versions and deprecation deadlines"), {} };
    deprecation.blocks << paragraph(tr("The API version each connection uses and what the vendor last said about "
                                       "it. A version within 90 days of its sunset needs planning now."));
    ReportTable versions = makeTable(u"deprecation"_s,
        { { u"connection"_s, tr("Connection") }, { u"vendor"_s, tr("Vendor") },
            { u"requested_version"_s, tr("Version used") }, { u"served_version"_s, tr("Version served") },
            { u"status"_s, tr("Status") }, { u"deprecated_at"_s, tr("Deprecated since") },
            { u"sunset"_s, tr("Sunset") }, { u"days_left"_s, tr("Days left") }, { u"notice"_s, tr("Vendor notice") },
            { u"checked_at"_s, tr("Last checked") } },
        tr("No connection is part of this report."));
    versions.csvOnlyColumns = { 1, 9 };
    for (const Connection& c : std::as_const(m_connections))
        versions.rows << deprecationRow(c);
    deprecation.blocks << tableBlock(versions);
    return deprecation;
}

ReportRow ReportCollector::deprecationRow(const Connection& c) const
{
    const std::optional<ConnectionFacts> facts = m_monitor.latestConnectionFacts(c.id);
    const QString version = facts && !facts->requestedVersion.isEmpty() ? facts->requestedVersion : c.apiVersion;
    std::optional<QDateTime> sunset = facts ? facts->sunset : std::nullopt;
    QString notice = facts ? facts->notice : QString();
    // A published end-of-life date (the vendor catalog) fills in what the vendor's responses have not said yet.
    const QList<VersionDeadline> published = VendorCatalog::versionDeadlines(c.vendor, version);
    const bool fromCatalog = !sunset && !published.isEmpty();
    if (fromCatalog) {
        sunset = QDateTime(published.first().sunset, QTime(0, 0), Qt::UTC);
        if (notice.isEmpty())
            notice = published.first().note;
    }
    QString status = fromCatalog ? tr("end of life published; not checked yet") : tr("not checked yet");
    if (facts) {
        status = facts->retired  ? tr("retired")
            : facts->fellForward ? tr("served a different version")
            : facts->deprecated  ? tr("deprecated")
            : sunset             ? tr("sunset announced")
                                 : tr("current");
    }
    std::optional<qint64> daysLeft;
    if (sunset)
        daysLeft = m_request.generatedAt.secsTo(*sunset) / kDay;
    return ReportRow { ReportCell::of(c.name), ReportCell::of(vendorDisplayName(c.vendor)), ReportCell::of(version),
        ReportCell::of(facts ? facts->servedVersion : QString()), ReportCell::of(status),
        ReportCell::dateOf(facts && facts->deprecatedAt ? *facts->deprecatedAt : QDateTime()),
        ReportCell::dateOf(sunset.value_or(QDateTime())), ReportCell::integerOf(daysLeft), ReportCell::of(notice),
        ReportCell::timeOf(facts ? facts->ts : QDateTime()) };
}

// The change log's entries in the period, oldest first; with a selection, only those of the selected integrations
// and their connections (and every entry about anything else).
ReportTable ReportCollector::changeLogTable() const
{
    ReportTable log = makeTable(u"changes"_s,
        { { u"at"_s, tr("When") }, { u"user"_s, tr("User") }, { u"action"_s, tr("Action") },
            { u"entity_type"_s, tr("Kind") }, { u"entity_id"_s, tr("Id") }, { u"summary"_s, tr("Change") } },
        tr("No changes in this period."));
    QSet<QString> integrationIds;
    QSet<QString> connectionIds;
    for (const Integration& i : std::as_const(m_integrations))
        integrationIds.insert(i.id);
    for (const Connection& c : std::as_const(m_connections))
        connectionIds.insert(c.id);
    QList<ChangeLogEntry> entries = m_workspace.changeLog(1000000);
    std::reverse(entries.begin(), entries.end()); // oldest first
    for (const ChangeLogEntry& e : std::as_const(entries)) {
        if (e.timestamp < m_request.from || e.timestamp >= m_request.to)
            continue;
        if (!m_request.integrationIds.isEmpty()) {
            if (e.entityType == u"integration" && !integrationIds.contains(e.entityId))
                continue;
            if (e.entityType == u"connection" && !connectionIds.contains(e.entityId))
                continue;
        }
        log.rows << ReportRow { ReportCell::timeOf(e.timestamp), ReportCell::of(e.osUser), ReportCell::of(e.action),
            ReportCell::of(e.entityType), ReportCell::of(e.entityId), ReportCell::of(e.summary) };
    }
    return log;
}

ReportSection ReportCollector::changeLogSection(const ReportTable& log) const
{
    ReportSection changes { u"changes"_s, tr("Change log"), {} };
    changes.blocks << paragraph(tr("Every change made to the definitions in the period: who, when and what. "
                                   "Secrets are never recorded."));
    changes.blocks << tableBlock(log);
    return changes;
}

// The title page's lines.
QStringList ReportCollector::summaryLines(qsizetype changeCount) const
{
    const QLocale locale;
    const qint64 period = m_request.from.secsTo(m_request.to);
    return {
        tr("%n integration(s) and %1 connection(s)", nullptr, int(m_integrations.size()))
            .arg(locale.toString(qsizetype(m_connections.size()))),
        tr("%n incident(s) in the period", nullptr, int(m_incidents.size())),
        tr("%n current finding(s)", nullptr, m_findingCount),
        tr("%n change(s) to the definitions", nullptr, int(changeCount)),
        tr("Worst state now: %1").arg(severityDisplayName(m_integrations.isEmpty() ? Severity::Ok : m_worstNow)),
        tr("Period: %n day(s)", nullptr, int((period + kDay - 1) / kDay)),
    };
}

bool ReportCollector::step()
{
    if (done())
        return false;
    if (m_next == 0)
        begin();
    if (m_next < m_integrations.size())
        collectIntegration(m_integrations.at(m_next));
    else
        finish();
    ++m_next;
    return !done();
}

} // namespace plumbline
