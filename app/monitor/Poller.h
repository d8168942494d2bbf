#pragma once

#include <ConnectorFactory.h>
#include <ConnectorResults.h>
#include <HealthFacts.h>
#include <Workspace.h>

#include <QHash>
#include <QObject>
#include <functional>

namespace plumbline {

class CredentialKeepers;

class SecretStore;
class Transport;

// Everything one poll of one integration learned, ready to be stored and evaluated.
struct PollOutcome
{
    QString integrationId;
    Sample sample;
    QList<ConnectionFacts> connectionFacts; // one per connection asked
    QList<SchemaSnapshot> schemas; // only when fetched this time
    QList<RunRecord> runs; // middleware runs since the last poll
    std::optional<MiddlewareSnapshot> middlewareState;
    QString middlewareConnection;
    QString middlewareRef;
};

// Polls integrations through the vendors' connectors: both sides' counts (with their filters), the field schemas
// when due, and the middleware's run log since the last poll; every response's status, latency, quota and
// deprecation signals become ConnectionFacts. Reads keys from the secret store for each poll and keeps none.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    using Done = std::function<void(const PollOutcome&)>;

    Poller(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent = nullptr);

    // `withSchemas`: also fetch both sides' field schemas. `runsSince`: where the middleware log starts.
    void poll(const Integration& integration, const QHash<QString, Connection>& connections, bool withSchemas,
        const QDateTime& runsSince, Done done);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // An overall deadline per poll (0: none, wait for every answer; the transport's own timeouts bound each
    // request). When it passes, the poll finishes with what it has: a side or connection that has not answered is
    // reported as a timeout (count null), and answers arriving later are ignored. `plumbline check` sets one so a
    // stalled vendor cannot hold the command for minutes (ARCHITECTURE.md, "Contracts": check --timeout).
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }

    static ConnectionFacts factsFrom(
        const QString& connectionId, const ConnectorError& error, const ResponseMeta& meta, const QDateTime& at);

private:
    ConnectorFactory m_connectors;
    std::function<QDateTime()> m_clock;
    int m_deadlineMs = 0;
};

} // namespace plumbline
