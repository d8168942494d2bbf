#include "Monitor.h"

#include <store/ValueRepository.h>

#include "Poller.h"

#include <AlertSubject.h>
#include <ConnectorRegistry.h>
#include <Database.h>
#include <MonitorRepository.h>
#include <Rules.h>
#include <WorkspaceRepository.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMonitor, "plumbline.app.monitor", QtWarningMsg)

namespace plumbline {

namespace {

constexpr int kSchemaEverySeconds = 3600; // schemas change rarely: fetch on the first poll, then hourly
constexpr int kMaxBackoffSeconds = 3600;
constexpr int kRecentSamples = 200;
const QString kPollerLease = u"poller"_s;

bool pollFailed(const Sample& s)
{
    return !s.source.count || !s.destination.count;
}

} // namespace

Monitor::Monitor(
    WorkspaceRepository& workspace, MonitorRepository& history, Poller& poller, AlertEngine& alerts, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_history(history)
    , m_poller(poller)
    , m_alerts(alerts)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_alerts.restore(m_history.openAlerts());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Monitor::tick);
    m_self.holder = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_self.pid = QCoreApplication::applicationPid();
    m_self.host = QSysInfo::machineHostName();
    m_self.kind = u"run"_s;
    connect(&m_leaseTimer, &QTimer::timeout, this, &Monitor::checkLease);
}

Monitor::~Monitor() = default;

void Monitor::runCycle(const QStringList& integrationIds, std::function<void(const CycleReport&)> done)
{
    QHash<QString, Connection> connections;
    for (const Connection& c : m_workspace.connections())
        connections.insert(c.id, c);
    QList<Integration> integrations;
    for (const Integration& i : m_workspace.integrations()) {
        if (integrationIds.isEmpty() || integrationIds.contains(i.id))
            integrations << i;
    }
    const QDateTime now = m_clock();
    auto outcomes = std::make_shared<QList<PollOutcome>>();
    auto remaining = std::make_shared<int>(int(integrations.size()));
    if (integrations.isEmpty()) {
        finishCycle({}, std::move(done));
        return;
    }
    if (m_inFlight++ == 0)
        Q_EMIT pollingChanged(true);
    for (const Integration& i : integrations) {
        const QDateTime lastSchema = m_lastSchema.value(i.id);
        const bool withSchemas = !lastSchema.isValid() || lastSchema.secsTo(now) >= kSchemaEverySeconds;
        if (withSchemas)
            m_lastSchema.insert(i.id, now);
        // The run log since the last poll, or the rules' window on the first.
        const QDateTime since = m_lastPoll.contains(i.id)
            ? m_lastPoll.value(i.id)
            : now.addSecs(-RuleSettings::forIntegration(i.checks).runWindowS);
        m_lastPoll.insert(i.id, now);
        m_poller.poll(i, connections, withSchemas, since, [this, outcomes, remaining, done](const PollOutcome& o) {
            *outcomes << o;
            if (--*remaining == 0) {
                finishCycle(*outcomes, done);
                if (--m_inFlight == 0)
                    Q_EMIT pollingChanged(false);
            }
        });
    }
}

void Monitor::finishCycle(const QList<PollOutcome>& outcomes, std::function<void(const CycleReport&)> done)
{
    const QDateTime now = m_clock();
    PollBatch batch;
    QStringList ids;
    QSet<QString> connectionIds;
    for (const PollOutcome& o : outcomes) {
        Sample sample = o.sample;
        sample.maintenance = m_history.inMaintenance(o.integrationId, sample.ts);
        batch.samples << qMakePair(o.integrationId, sample);
        ids << o.integrationId;
        for (const ConnectionFacts& f : o.connectionFacts) {
            batch.connectionFacts << f;
            connectionIds.insert(f.connectionId);
        }
        batch.schemas << o.schemas;
        batch.runs << o.runs;
        if (o.middlewareState)
            batch.middleware << MiddlewareRecord { o.middlewareConnection, o.middlewareRef, sample.ts,
                *o.middlewareState };
        const int failures = pollFailed(sample) ? m_failures.value(o.integrationId) + 1 : 0;
        m_failures.insert(o.integrationId, failures);
    }
    // Several integrations may ask the same connection in one cycle: keep one fact row per connection and moment.
    QHash<QString, ConnectionFacts> uniqueFacts;
    for (const ConnectionFacts& f : std::as_const(batch.connectionFacts)) {
        auto it = uniqueFacts.find(f.connectionId);
        if (it == uniqueFacts.end() || (it->errorKind == ErrorKind::None && f.errorKind != ErrorKind::None))
            uniqueFacts.insert(f.connectionId, f); // a failure says more than a success
    }
    batch.connectionFacts = uniqueFacts.values();
    for (ConnectionFacts& f : batch.connectionFacts)
        f.ts = now;
    batch.heartbeat = now;
    const Database& database = m_workspace.database();
    const quint64 readMark = database.readFaults();
    if (const StoreResult r = m_history.write(batch); !r) {
        // Nothing of this poll is in the history: evaluating the old history would call it healthy. Say so instead.
        // No qCWarning here: the report and the storeError signal carry it to whoever shows it, once.
        Q_EMIT storeError(r.error);
        QHash<QString, Sample> polled;
        for (const auto& [id, sample] : std::as_const(batch.samples))
            polled.insert(id, sample);
        CycleReport report = buildReport(ids, {}, {}, now, polled);
        markUnsaved(report, r.error);
        Q_EMIT cycleFinished(report);
        if (done)
            done(report);
        return;
    }

    // Evaluate over the stored history, then store the findings and let the alert engine decide who to tell.
    // Alerts first take over what other processes did meanwhile (acknowledged, resolved, opened).
    m_alerts.sync(m_history.openAlerts());
    QHash<QString, QList<Finding>> integrationFindings;
    QHash<QString, QList<Finding>> connectionFindings;
    PollBatch findingsBatch;
    QList<AlertTransition> transitions;
    for (const QString& id : std::as_const(connectionIds)) {
        const QList<Finding> findings = evaluateConnection(id, now);
        connectionFindings.insert(id, findings);
        findingsBatch.findings << findings;
        transitions << m_alerts.update(AlertSubject::connection(id).key(), findings, now, false);
    }
    for (const QString& id : std::as_const(ids)) {
        const QList<Finding> findings = evaluateIntegration(id, now);
        integrationFindings.insert(id, findings);
        findingsBatch.findings << findings;
        transitions << m_alerts.update(
            AlertSubject::integration(id).key(), findings, now, m_history.inMaintenance(id, now));
    }
    if (!findingsBatch.findings.isEmpty()) {
        if (const StoreResult r = m_history.write(findingsBatch); !r)
            Q_EMIT storeError(r.error);
    }
    storeTransitions(transitions);

    // Retention (raw 30 days, hourly 1 year, daily forever by default), at most once an hour.
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 3600) {
        m_lastPrune = now;
        if (const StoreResult r = m_history.prune(now, m_retention); !r)
            Q_EMIT storeError(r.error);
    }

    CycleReport report = buildReport(ids, integrationFindings, connectionFindings, now);
    if (const StoreResult read = database.readResultSince(readMark); !read) {
        // Some of what the rules read could not be read: their verdicts stand on missing history.
        Q_EMIT storeError(read.error);
        markUnsaved(report, read.error);
    }
    Q_EMIT cycleFinished(report);
    if (done)
        done(report);
}

void Monitor::markUnsaved(CycleReport& report, const QString& error) const
{
    report.storeError = error;
    report.status = Severity::Unknown;
    const QString file = m_workspace.database().filePath();
    for (IntegrationHealth& h : report.integrations) {
        h.findings = Rules::storeFailure(error, file, h.id, report.generatedAt);
        h.status = Severity::Unknown;
    }
    for (ConnectionHealth& h : report.connections) {
        h.findings.clear();
        h.status = Severity::Unknown;
    }
}

void Monitor::storeTransitions(QList<AlertTransition> transitions)
{
    if (transitions.isEmpty())
        return;
    const QDateTime now = m_clock();
    const QList<OutboxEntry> outbox = m_planner ? m_planner(transitions, now) : QList<OutboxEntry>();
    if (const StoreResult r = m_history.saveTransitions(transitions, now, outbox); !r)
        Q_EMIT storeError(r.error);
    for (const AlertTransition& t : std::as_const(transitions)) {
        if (t.alert.id != 0)
            m_alerts.setAlertId(t.alert.subject, t.alert.rule, t.alert.id);
    }
    Q_EMIT alertTransitions(transitions);
}

QList<AlertTransition> Monitor::acknowledge(qint64 alertId)
{
    m_alerts.sync(m_history.openAlerts()); // it may have been opened by the process that polls
    QList<AlertTransition> t = m_alerts.acknowledge(alertId, m_osUser, m_clock());
    storeTransitions(t);
    return t;
}

QList<AlertTransition> Monitor::snooze(qint64 alertId, const QDateTime& until)
{
    m_alerts.sync(m_history.openAlerts());
    QList<AlertTransition> t = m_alerts.snooze(alertId, until, m_clock());
    storeTransitions(t);
    return t;
}

QList<Finding> Monitor::evaluateIntegration(const QString& id, const QDateTime& now) const
{
    const std::optional<Integration> integration = m_workspace.integration(id);
    if (!integration)
        return {};
    IntegrationFacts facts;
    facts.integration = *integration;
    facts.now = now;
    for (const Connection& c : m_workspace.connections()) {
        if (integration->connectionIds().contains(c.id))
            facts.connections.insert(c.id, ConnectionLabel { c.name, &ConnectorRegistry::descriptor(c.vendor) });
    }
    facts.samples = m_history.recentSamples(id, kRecentSamples);
    facts.lastSuccessfulPoll = m_history.lastSuccessfulPoll(id);
    facts.source = m_history.latestConnectionFacts(integration->source.connection);
    facts.destination = m_history.latestConnectionFacts(integration->destination.connection);
    facts.sourceSchema = m_history.latestSchema(integration->source.connection, integration->source.object);
    facts.destinationSchema
        = m_history.latestSchema(integration->destination.connection, integration->destination.object);
    const RuleSettings settings = RuleSettings::forIntegration(integration->checks, m_defaults);
    if (integration->middleware) {
        facts.middleware = m_history.latestConnectionFacts(integration->middleware->connection);
        facts.runs = m_history.runs(
            integration->middleware->connection, integration->middleware->ref, now.addSecs(-settings.runWindowS));
        facts.middlewareState
            = m_history.latestMiddlewareState(integration->middleware->connection, integration->middleware->ref);
    }
    if (m_values)
        facts.values = m_values->latest(id, false);
    QList<Finding> findings = Rules::evaluateIntegration(facts, settings);
    for (Finding& f : findings) {
        f.integrationId = id;
        if (!f.at.isValid())
            f.at = now;
    }
    return findings;
}

QList<Finding> Monitor::evaluateConnection(const QString& id, const QDateTime& now) const
{
    const std::optional<Connection> connection = m_workspace.connection(id);
    std::optional<ConnectionFacts> facts = m_history.latestConnectionFacts(id);
    if (!connection || !facts)
        return {};
    if (connection->secretUpdatedAt.isValid())
        facts->credentialSetAt = connection->secretUpdatedAt;
    QList<Finding> findings
        = Rules::evaluateConnection(*facts, ConnectorRegistry::descriptor(connection->vendor), m_defaults, now);
    for (Finding& f : findings) {
        f.connectionId = id;
        if (!f.at.isValid())
            f.at = now;
    }
    return findings;
}

CycleReport Monitor::buildReport(const QStringList& ids, const QHash<QString, QList<Finding>>& integrationFindings,
    const QHash<QString, QList<Finding>>& connectionFindings, const QDateTime& now,
    const QHash<QString, Sample>& polled) const
{
    CycleReport report;
    report.generatedAt = now;
    QSet<QString> usedConnections;
    for (const Integration& i : m_workspace.integrations()) {
        if (!ids.contains(i.id))
            continue;
        IntegrationHealth h;
        h.id = i.id;
        const QList<Sample> last
            = polled.contains(i.id) ? QList<Sample> { polled.value(i.id) } : m_history.recentSamples(i.id, 1);
        h.source.connectionId = i.source.connection;
        h.destination.connectionId = i.destination.connection;
        if (!last.isEmpty()) {
            h.source.sample = last.first().source;
            h.destination.sample = last.first().destination;
        }
        h.findings = integrationFindings.value(i.id);
        if (m_values)
            h.values = m_values->latest(i.id, false);
        for (const QString& c : i.connectionIds()) {
            usedConnections.insert(c);
            for (const Finding& f : connectionFindings.value(c))
                h.findings << f;
        }
        h.status = worstOf(h.findings);
        report.status = worse(report.status, h.status);
        report.integrations << h;
    }
    for (const Connection& c : m_workspace.connections()) {
        if (!usedConnections.contains(c.id))
            continue;
        ConnectionHealth h;
        h.id = c.id;
        h.facts = m_history.latestConnectionFacts(c.id);
        h.findings = connectionFindings.value(c.id);
        h.status = h.facts ? worstOf(h.findings) : Severity::Unknown;
        report.status = worse(report.status, h.status);
        report.connections << h;
    }
    if (m_monitorFindings) {
        report.monitorFindings = m_monitorFindings(now);
        report.status = worse(report.status, worstOf(report.monitorFindings));
    }
    return report;
}

CycleReport Monitor::report(const QStringList& integrationIds) const
{
    QStringList ids = integrationIds;
    if (ids.isEmpty()) {
        for (const Integration& i : m_workspace.integrations())
            ids << i.id;
    }
    const quint64 readMark = m_workspace.database().readFaults();
    QHash<QString, QList<Finding>> integrationFindings;
    QHash<QString, QList<Finding>> connectionFindings;
    for (const QString& id : std::as_const(ids))
        integrationFindings.insert(id, m_history.latestIntegrationFindings(id));
    for (const Connection& c : m_workspace.connections())
        connectionFindings.insert(c.id, m_history.latestConnectionFindings(c.id));
    const QDateTime now = m_clock();
    CycleReport r = buildReport(ids, integrationFindings, connectionFindings, now);
    // The monitor must not fail silently either: its heartbeat against the shortest polling interval.
    int shortest = 0;
    for (const Integration& i : m_workspace.integrations())
        shortest = shortest == 0 ? i.checks.intervalS : std::min(shortest, i.checks.intervalS);
    if (shortest > 0) {
        const std::optional<QDateTime> heartbeat = m_history.lastHeartbeat();
        if (heartbeat) {
            const QList<Finding> stale = Rules::monitorStale(heartbeat, shortest, m_defaults.staleGraceS, now);
            for (IntegrationHealth& h : r.integrations) {
                h.findings << stale;
                h.status = worstOf(h.findings);
                r.status = worse(r.status, h.status);
            }
        }
    }
    if (const StoreResult read = m_workspace.database().readResultSince(readMark); !read)
        markUnsaved(r, read.error);
    return r;
}

void Monitor::start()
{
    m_running = true;
    m_seenDataVersion = m_history.dataVersion();
    checkLease();
    if (!m_leading)
        Q_EMIT leadershipChanged(false); // a follower from the start: say so once, so views can name the poller
}

void Monitor::stop()
{
    m_running = false;
    m_timer.stop();
    m_leaseTimer.stop();
    if (m_leading) {
        // Hand over at once rather than after the lease expires.
        if (const StoreResult r = m_history.releaseLease(kPollerLease, m_self.holder); !r)
            qCWarning(lcMonitor) << r.error;
        m_leading = false;
        Q_EMIT leadershipChanged(false);
    }
}

qint64 Monitor::leaseTtlMs() const
{
    int shortest = 0;
    for (const Integration& i : m_workspace.integrations())
        shortest = shortest == 0 ? i.checks.intervalS : std::min(shortest, i.checks.intervalS);
    return qint64(std::clamp(shortest == 0 ? 60 : shortest, 10, 300)) * 1000;
}

std::optional<LeaseHolder> Monitor::poller() const
{
    std::optional<LeaseHolder> h = m_history.leaseHolder(kPollerLease);
    if (h && h->expiresAt <= m_clock())
        return std::nullopt; // expired: nobody polls until someone takes it
    return h;
}

void Monitor::checkLease()
{
    if (!m_running)
        return;
    const qint64 ttl = leaseTtlMs();
    // Renewed four times per lease: a holder that stalls for a whole lease (a laptop asleep) loses it, and a dead
    // holder is replaced within 1¼ leases at worst (at once when it was on this computer).
    m_leaseTimer.start(int(ttl / 4));
    const QDateTime now = m_clock();
    StoreResult result;
    bool held = m_history.acquireLease(kPollerLease, m_self, now, ttl, &result);
    if (!result) {
        // The store cannot be written (a full disk, a damaged file): keep the role. A poller that stopped here would
        // go silent; polling on reports every failed save as a finding instead.
        qCWarning(lcMonitor) << result.error;
        Q_EMIT storeError(result.error);
        held = m_leading || !poller();
    }
    if (held && !m_leading)
        becomeLeader(now);
    else if (!held && m_leading)
        becomeFollower();
    if (!held) {
        m_followed = true;
        followStore();
    }
}

void Monitor::becomeLeader(const QDateTime& now)
{
    m_leading = true;
    // Another process may have changed the alerts while this one followed.
    m_alerts.sync(m_history.openAlerts());
    m_due.clear();
    // A process that followed another poller takes over its schedule: an integration falls due one interval after
    // its last stored poll, so a takeover (the old leader killed, a laptop that slept) does not poll right after it.
    const bool takingOver = m_followed;
    for (const Integration& i : m_workspace.integrations()) {
        // Spread the first polls over a tenth of each interval so a big workspace does not burst.
        const qint64 jitterMs = qint64(m_random() * i.checks.intervalS * 100.0);
        QDateTime due = now.addMSecs(jitterMs);
        if (takingOver) {
            if (const std::optional<QDateTime> last = m_history.lastPoll(i.id); last && last->isValid())
                due = std::max(due, last->addSecs(i.checks.intervalS));
        }
        m_due.insert(i.id, due);
    }
    m_followed = false;
    Q_EMIT leadershipChanged(true);
    scheduleNext();
}

void Monitor::becomeFollower()
{
    m_leading = false;
    m_followed = true;
    m_timer.stop();
    Q_EMIT leadershipChanged(false);
}

void Monitor::followStore()
{
    // Another process wrote: show what is stored now, as if this process had polled.
    const qint64 version = m_history.dataVersion();
    if (version == m_seenDataVersion)
        return;
    m_seenDataVersion = version;
    Q_EMIT cycleFinished(report());
}

void Monitor::pause()
{
    m_paused = true;
    m_timer.stop();
}

void Monitor::resume()
{
    m_paused = false;
    if (m_running)
        scheduleNext();
}

void Monitor::scheduleNext()
{
    if (!m_running || m_paused || !m_leading)
        return;
    const QDateTime now = m_clock();
    qint64 waitMs = 60 * 1000;
    for (auto it = m_due.constBegin(); it != m_due.constEnd(); ++it)
        waitMs = std::min(waitMs, std::max<qint64>(0, now.msecsTo(it.value())));
    m_timer.start(int(waitMs));
}

void Monitor::tick()
{
    if (m_inFlight > 0) {
        m_timer.start(1000); // one cycle at a time; what fell due meanwhile goes next
        return;
    }
    const QDateTime now = m_clock();
    // Still ours? (A process that slept through its lease finds someone else polling.)
    StoreResult leaseResult;
    if (!m_history.acquireLease(kPollerLease, m_self, now, leaseTtlMs(), &leaseResult) && leaseResult) {
        becomeFollower();
        return;
    }
    QStringList due;
    const QList<Integration> integrations = m_workspace.integrations();
    for (const Integration& i : integrations) {
        if (!m_due.contains(i.id))
            m_due.insert(i.id, now);
        if (m_due.value(i.id) <= now)
            due << i.id;
    }
    for (const Integration& i : integrations) {
        if (!due.contains(i.id))
            continue;
        // Next poll one interval from now (not from when it was due: a laptop that slept polls once, not N
        // times), with jitter and exponential backoff after consecutive failures.
        const int failures = std::min(m_failures.value(i.id), 6);
        const double backoff = std::min(double(kMaxBackoffSeconds), i.checks.intervalS * std::pow(2.0, failures));
        const double jitter = 1.0 + (m_random() - 0.5) * 0.2;
        m_due.insert(i.id, now.addMSecs(qint64(std::max(double(i.checks.intervalS), backoff) * jitter * 1000.0)));
    }
    if (due.isEmpty()) {
        scheduleNext();
        return;
    }
    runCycle(due, [this](const CycleReport&) { scheduleNext(); });
}

} // namespace plumbline
