#pragma once

#include <MonitorRecords.h>
#include <series/CountSeriesQuery.h>
#include <values/ValueCheck.h>

#include <QHash>

#include <QDateTime>
#include <QObject>
#include <optional>

namespace plumbline {

class MonitorRepository;
class ValueRepository;

// What the window reads of the monitor's history (counts, schemas, run logs, findings, alerts, heartbeat), and the
// signals that say it changed. The window talks to this service, never to the store (ARCHITECTURE.md, "Layers").
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    // `values`: the value checks' history (ARCHITECTURE.md §12); without it the value reads answer nothing.
    explicit HistoryService(MonitorRepository& history, ValueRepository* values = nullptr, QObject* parent = nullptr);

    // Value checks
    std::optional<ValueCheckResult> latestValueCheck(const QString& integrationId) const; // with its examples
    QList<ValueCheckResult> valueChecks(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    QHash<QString, ValueCheckResult> latestValueChecks() const; // by integration id

    QList<Sample> recentSamples(const QString& integrationId, int limit) const; // oldest first
    QList<Sample> samples(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    std::optional<QDateTime> lastSuccessfulPoll(const QString& integrationId) const;
    // The count chart's series over a range, at the resolution the range needs.
    ChartData chartData(const Integration& integration, const ChartQuery& query) const;

    QList<SchemaSnapshot> schemaHistory(const QString& connectionId, const QString& object) const; // oldest first
    QList<RunRecord> runs(const QString& connectionId, const QString& ref, const QDateTime& since) const;
    std::optional<ConnectionFacts> latestConnectionFacts(const QString& connectionId) const;

    std::optional<QDateTime> lastHeartbeat() const;
    QList<Finding> integrationFindings(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    QList<Finding> connectionFindings(const QString& connectionId, const QDateTime& from, const QDateTime& to) const;

    QList<Alert> openAlerts() const;
    QList<Alert> alerts(const QString& subject, bool includeResolved) const;
    QList<AlertEvent> alertEvents(qint64 alertId) const; // oldest first

    // For the services that still take the store (reports, the API-version calendar); not for widgets.
    const MonitorRepository& store() const { return m_history; }
    const ValueRepository* valueStore() const { return m_values; }

Q_SIGNALS:
    void samplesWritten(const QStringList& integrationIds);
    void valueCheckWritten(const QString& integrationId);
    void alertsChanged();
    void maintenanceChanged(const QString& integrationId);

private:
    MonitorRepository& m_history;
    ValueRepository* m_values = nullptr;
};

} // namespace plumbline
