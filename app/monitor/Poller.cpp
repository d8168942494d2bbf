#include "Poller.h"

#include <SecretStore.h>
#include <Transport.h>

#include <QSet>
#include <QTimer>

namespace plumbline {

namespace {

// Collects the answers of one poll; finishes when the last outstanding request has answered, or at the deadline.
struct PollState
{
    PollOutcome outcome;
    int pending = 0;
    bool finished = false; // `done` has been called: later answers are ignored
    bool sourceAnswered = false;
    bool destinationAnswered = false;
    QStringList asked; // connections whose facts this poll reports
    QSet<QString> answered; // connections that have answered (or failed) so far
    Poller::Done done;
    QList<std::shared_ptr<Connector>> connectors; // alive until the poll ends

    void addFacts(const ConnectionFacts& f)
    {
        if (finished)
            return;
        outcome.connectionFacts << f;
        answered.insert(f.connectionId);
    }

    void finishOne()
    {
        if (finished)
            return;
        if (--pending == 0) {
            finished = true;
            done(outcome);
        }
    }

    // The deadline passed: whatever has not answered is a timeout, with no count (null, never 0).
    void expire(const QString& message, const QDateTime& at)
    {
        if (finished)
            return;
        const auto timedOut = [&message](SideSample& s) {
            s = SideSample {};
            s.errorKind = ErrorKind::Timeout;
            s.errorMessage = message;
        };
        if (!sourceAnswered)
            timedOut(outcome.sample.source);
        if (!destinationAnswered)
            timedOut(outcome.sample.destination);
        for (const QString& id : std::as_const(asked)) {
            if (!answered.contains(id)) {
                outcome.connectionFacts << Poller::factsFrom(id, { ErrorKind::Timeout, message, std::nullopt }, {}, at);
                answered.insert(id);
            }
        }
        finished = true;
        done(outcome);
    }
};

SideSample sideFrom(const CountResult& r)
{
    SideSample s;
    s.count = r.count;
    s.httpStatus = r.meta.httpStatus;
    s.latencyMs = r.meta.latencyMs;
    s.errorKind = r.error.kind;
    s.errorMessage = r.error.message;
    return s;
}

QString runStatus(RunEvent::Status status)
{
    return runStatusKey(status);
}

} // namespace

Poller::Poller(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, QObject* parent)
    : QObject(parent)
    , m_connectors(secrets, transport, keepers)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ConnectionFacts Poller::factsFrom(
    const QString& connectionId, const ConnectorError& error, const ResponseMeta& meta, const QDateTime& at)
{
    ConnectionFacts f;
    f.connectionId = connectionId;
    f.ts = at;
    f.httpStatus = meta.httpStatus;
    f.errorKind = error.kind;
    f.errorMessage = error.message;
    f.quotaRemaining = meta.quota.remaining;
    f.quotaLimit = meta.quota.limit;
    f.quotaWindowS = meta.quota.windowS;
    f.retryAfterMs = error.retryAfterMs;
    f.rateLimited = error.kind == ErrorKind::RateLimited || error.kind == ErrorKind::QuotaExhausted;
    f.requestedVersion = meta.requestedApiVersion;
    f.servedVersion = meta.servedApiVersion;
    f.deprecated = meta.deprecation.deprecated;
    f.retired = meta.deprecation.retired || error.kind == ErrorKind::Gone;
    f.fellForward = meta.deprecation.fellForward;
    f.deprecatedAt = meta.deprecation.deprecatedAt;
    f.sunset = meta.deprecation.sunset;
    f.notice = meta.deprecation.notice;
    return f;
}

void Poller::poll(const Integration& integration, const QHash<QString, Connection>& connections, bool withSchemas,
    const QDateTime& runsSince, Done done)
{
    auto state = std::make_shared<PollState>();
    state->done = std::move(done);
    state->outcome.integrationId = integration.id;
    state->outcome.sample.ts = m_clock();
    const QDateTime at = state->outcome.sample.ts;
    state->pending = 1; // held until every request below is under way, so an early failure cannot finish the poll

    // One unit of work per request; the secret is read first, then the connector is made for that request.
    const auto withConnector = [this, state, &connections](const QString& connectionId,
                                   std::function<void(std::shared_ptr<Connector>)> use,
                                   std::function<void(const ConnectorError&)> failed) {
        ++state->pending;
        const auto it = connections.constFind(connectionId);
        if (it == connections.constEnd()) {
            failed({ ErrorKind::NotFound, tr("Connection \"%1\" is not defined.").arg(connectionId), std::nullopt });
            state->finishOne();
            return;
        }
        const Connection connection = *it;
        m_connectors.open(
            connection, this, [state, use, failed](std::shared_ptr<Connector> connector, const ConnectorError& error) {
                if (!connector) {
                    failed(error);
                    state->finishOne();
                    return;
                }
                state->connectors << connector;
                use(connector);
            });
    };

    const auto countSide = [&](const IntegrationSide& side, bool isSource) {
        withConnector(
            side.connection,
            [this, state, side, isSource, at](std::shared_ptr<Connector> connector) {
                connector->count(side, this, [state, side, isSource, at](const CountResult& r) {
                    if (state->finished)
                        return;
                    (isSource ? state->outcome.sample.source : state->outcome.sample.destination) = sideFrom(r);
                    (isSource ? state->sourceAnswered : state->destinationAnswered) = true;
                    state->addFacts(factsFrom(side.connection, r.error, r.meta, at));
                    state->finishOne();
                });
            },
            [state, side, isSource, at](const ConnectorError& error) {
                if (state->finished)
                    return;
                SideSample s;
                s.errorKind = error.kind;
                s.errorMessage = error.message;
                (isSource ? state->outcome.sample.source : state->outcome.sample.destination) = s;
                (isSource ? state->sourceAnswered : state->destinationAnswered) = true;
                state->addFacts(factsFrom(side.connection, error, {}, at));
            });
    };
    state->asked << integration.source.connection << integration.destination.connection;
    if (integration.middleware)
        state->asked << integration.middleware->connection;
    state->asked.removeDuplicates();
    countSide(integration.source, true);
    countSide(integration.destination, false);

    if (withSchemas) {
        for (const IntegrationSide& side : { integration.source, integration.destination }) {
            withConnector(
                side.connection,
                [this, state, side, at](std::shared_ptr<Connector> connector) {
                    connector->schema(side.object, this, [state, side, at](const SchemaResult& r) {
                        if (state->finished)
                            return;
                        if (r.error.ok()) {
                            SchemaSnapshot s;
                            s.connectionId = side.connection;
                            s.object = side.object;
                            s.ts = at;
                            for (const SchemaField& f : r.fields)
                                s.fields << FieldInfo { f.name, f.label, f.type };
                            state->outcome.schemas << s;
                        }
                        state->finishOne();
                    });
                },
                [](const ConnectorError&) {});
        }
    }

    if (integration.middleware) {
        const Middleware mw = *integration.middleware;
        state->outcome.middlewareConnection = mw.connection;
        state->outcome.middlewareRef = mw.ref;
        withConnector(
            mw.connection,
            [this, state, mw, runsSince, at](std::shared_ptr<Connector> connector) {
                connector->runLog(mw.ref, runsSince, this, [state, mw, at](const RunLogResult& r) {
                    if (state->finished)
                        return;
                    state->addFacts(factsFrom(mw.connection, r.error, r.meta, at));
                    if (r.error.kind == ErrorKind::NotFound) {
                        // The vendor answered that the scenario or Zap does not exist: a fact about this ref.
                        MiddlewareSnapshot m;
                        m.missing = true;
                        m.httpStatus = r.meta.httpStatus;
                        m.problem = r.error.message;
                        state->outcome.middlewareState = m;
                    } else if (r.error.ok()) {
                        MiddlewareSnapshot m;
                        m.active = r.state.active;
                        m.paused = r.state.paused;
                        m.invalid = r.state.invalid;
                        m.storedFailures = r.state.storedFailures;
                        m.lastSuccess = r.state.lastSuccess;
                        state->outcome.middlewareState = m;
                        for (const RunEvent& e : r.events) {
                            state->outcome.runs << RunRecord { mw.connection, mw.ref, e.externalId, e.at,
                                runStatus(e.status), e.message };
                        }
                    }
                    state->finishOne();
                });
            },
            [state, mw, at](const ConnectorError& error) { state->addFacts(factsFrom(mw.connection, error, {}, at)); });
    }
    if (m_deadlineMs > 0) {
        const int seconds = (m_deadlineMs + 999) / 1000;
        QTimer::singleShot(m_deadlineMs, this,
            [state, at, seconds] { state->expire(tr("No answer within %n second(s).", nullptr, seconds), at); });
    }
    state->finishOne();
}

} // namespace plumbline
