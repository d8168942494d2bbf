#pragma once

#include "ReportModel.h"

#include <MonitorRecords.h>
#include <Workspace.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace plumbline {

class MonitorRepository;
class ValueRepository;
class WorkspaceRepository;
struct ValueCheckResult;

// What to report on.
struct ReportRequest
{
    QDateTime from; // UTC, inclusive
    QDateTime to; // UTC, exclusive
    QStringList integrationIds; // empty: every integration
    QDateTime generatedAt; // "now" (injectable for tests)
    QString generatedBy; // the OS user
};

// Seconds spent in each state within a window.
struct StateDurations
{
    qint64 ok = 0;
    qint64 warning = 0;
    qint64 critical = 0;
    qint64 unknown = 0;

    qint64 total() const { return ok + warning + critical + unknown; }
    qint64 of(Severity s) const;
};

// Reads the workspace and the monitor's history into a ReportDocument. Reads definitions, rollups, alerts,
// findings, connection facts and the change log; never the SecretStore: a credential appears only as the name of
// its keychain entry. Works in steps (one integration each) so a window can collect in chunks between events;
// the repositories are used on the thread that owns their connection.
class ReportCollector final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCollector)

public:
    ReportCollector(const WorkspaceRepository& workspace, const MonitorRepository& monitor, ReportRequest request);

    // The value checks' history (ARCHITECTURE.md §12): each integration's section then carries its latest check and
    // those of the period. Call before the first step(); without it the report has no value checks.
    void setValues(const ValueRepository* values) { m_values = values; }

    // Unknown integration ids or an empty period, translated; empty when the request is fine.
    QString validate() const;

    int stepCount() const { return int(m_integrations.size()) + 1; }
    int stepsDone() const { return m_next; }
    // Collects the next integration (the last step collects the workspace-wide tables). False when all is done.
    bool step();
    bool done() const { return m_next >= stepCount(); }
    // The document; call when done().
    ReportDocument document() const { return m_document; }

    // Time in each state over [from, to) from an alert history (events of every alert that concerns one
    // integration, oldest first): the state is the worst severity among the alerts open at that moment, OK when
    // none is. Suppressed events (no alert) do not count.
    static StateDurations timeInStates(const QList<AlertEvent>& events, const QDateTime& from, const QDateTime& to);

    static QString subjectOf(const Integration& integration);
    static QString subjectOf(const Connection& connection);

private:
    void begin();
    void collectIntegration(const Integration& integration);
    void finish();
    // collectIntegration()'s value-check blocks: the latest check in words, the checks of the period, the latest
    // check's fields and (print only) their redacted examples.
    QList<ReportBlock> valueCheckBlocks(const Integration& integration);
    static QString valueCheckSentence(const ValueCheckResult& check);
    // finish()'s steps: the workspace-wide sections in the order they are printed, then the title page's lines.
    ReportSection summarySection() const;
    ReportSection connectionsSection() const;
    ReportRow connectionRow(const Connection& connection) const;
    static QString secretStateText(SecretState state);
    ReportSection integrationsSection() const;
    ReportSection incidentsSection();
    ReportRow incidentRow(const Alert& alert, const ReportCell& stillOpen) const;
    ReportSection findingsSection() const;
    ReportSection deprecationSection() const;
    ReportRow deprecationRow(const Connection& connection) const;
    ReportTable changeLogTable() const;
    ReportSection changeLogSection(const ReportTable& log) const;
    QStringList summaryLines(qsizetype changeCount) const;
    QString connectionName(const QString& id) const;
    QString subjectName(const QString& subject) const;
    const QList<Alert>& alertsOf(const QString& subject);
    const QList<AlertEvent>& eventsOf(qint64 alertId);
    bool overlaps(const Alert& alert) const;

    QString notifiedText(const Integration& integration) const;

    const WorkspaceRepository& m_workspace;
    const MonitorRepository& m_monitor;
    const ValueRepository* m_values = nullptr;
    ReportRequest m_request;
    QList<Integration> m_integrations; // selected, by name
    QList<Connection> m_connections; // used by the selected integrations (all of them when none is chosen)
    QHash<QString, Connection> m_allConnections;
    QStringList m_unknownIds;
    int m_next = 0;

    QHash<QString, QList<Alert>> m_alertsBySubject;
    QHash<qint64, QList<AlertEvent>> m_eventsByAlert;
    QSet<qint64> m_incidentIds;
    QList<Alert> m_incidents;
    Severity m_worstNow = Severity::Ok;
    int m_findingCount = 0;

    ReportDocument m_document;
    ReportTable m_health;
    ReportTable m_findings;
    QList<ReportBlock> m_integrationBlocks;
};

} // namespace plumbline
