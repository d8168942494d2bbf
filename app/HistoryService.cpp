#include "HistoryService.h"

#include <MonitorRepository.h>
#include <store/ValueRepository.h>

namespace plumbline {

HistoryService::HistoryService(MonitorRepository& history, ValueRepository* values, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_values(values)
{
    if (m_values)
        connect(m_values, &ValueRepository::checkWritten, this, &HistoryService::valueCheckWritten);
    connect(&m_history, &MonitorRepository::samplesWritten, this, &HistoryService::samplesWritten);
    connect(&m_history, &MonitorRepository::alertsChanged, this, &HistoryService::alertsChanged);
    connect(&m_history, &MonitorRepository::maintenanceChanged, this, &HistoryService::maintenanceChanged);
}

QList<Sample> HistoryService::recentSamples(const QString& integrationId, int limit) const
{
    return m_history.recentSamples(integrationId, limit);
}

QList<Sample> HistoryService::samples(const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return m_history.samples(integrationId, from, to);
}

std::optional<QDateTime> HistoryService::lastSuccessfulPoll(const QString& integrationId) const
{
    return m_history.lastSuccessfulPoll(integrationId);
}

ChartData HistoryService::chartData(const Integration& integration, const ChartQuery& query) const
{
    return CountSeriesQuery(m_history).load(integration, query);
}

QList<SchemaSnapshot> HistoryService::schemaHistory(const QString& connectionId, const QString& object) const
{
    return m_history.schemaHistory(connectionId, object);
}

QList<RunRecord> HistoryService::runs(const QString& connectionId, const QString& ref, const QDateTime& since) const
{
    return m_history.runs(connectionId, ref, since);
}

std::optional<ConnectionFacts> HistoryService::latestConnectionFacts(const QString& connectionId) const
{
    return m_history.latestConnectionFacts(connectionId);
}

std::optional<QDateTime> HistoryService::lastHeartbeat() const
{
    return m_history.lastHeartbeat();
}

QList<Finding> HistoryService::integrationFindings(
    const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return m_history.integrationFindings(integrationId, from, to);
}

QList<Finding> HistoryService::connectionFindings(
    const QString& connectionId, const QDateTime& from, const QDateTime& to) const
{
    return m_history.connectionFindings(connectionId, from, to);
}

QList<Alert> HistoryService::openAlerts() const
{
    return m_history.openAlerts();
}

QList<Alert> HistoryService::alerts(const QString& subject, bool includeResolved) const
{
    return m_history.alerts(subject, includeResolved);
}

QList<AlertEvent> HistoryService::alertEvents(qint64 alertId) const
{
    return m_history.alertEvents(alertId);
}

std::optional<ValueCheckResult> HistoryService::latestValueCheck(const QString& integrationId) const
{
    return m_values ? m_values->latest(integrationId) : std::nullopt;
}

QList<ValueCheckResult> HistoryService::valueChecks(
    const QString& integrationId, const QDateTime& from, const QDateTime& to) const
{
    return m_values ? m_values->history(integrationId, from, to) : QList<ValueCheckResult> {};
}

QHash<QString, ValueCheckResult> HistoryService::latestValueChecks() const
{
    return m_values ? m_values->latestOfAll() : QHash<QString, ValueCheckResult> {};
}

} // namespace plumbline
