#include "PollBench.h"

#include <ConnectorRegistry.h>
#include <Transport.h>
#include <WorkspaceJson.h>
#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

constexpr int kRunTimeoutMs = 300000;

// The sandbox in a thread of its own, with its own event loop, so that the client's event loop measures the
// client. The server object is moved to the thread before it listens; it is deleted there when the thread ends.
class SandboxThread final
{
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    SandboxThread()
    {
        m_thread.setObjectName(u"sandbox"_s);
        m_server = new SandboxServer;
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
    }
    ~SandboxThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool listen()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server,
            [this, &ok] {
                ok = m_server->listen(0);
                if (ok) {
                    m_baseUrl = m_server->baseUrl();
                    m_workspace = m_server->workspaceJson();
                    m_secrets = m_server->secrets();
                    // A connection on an OAuth grant (Salesforce on client credentials) is polled with an access
                    // token, as the token keeper hands one out: this benchmark measures polling, not token grants.
                    m_secrets.insert(
                        SandboxWorkspace::kSalesforce, m_server->issueAccessToken(SandboxWorkspace::kSalesforce));
                }
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QString baseUrl() const { return m_baseUrl; }
    QByteArray workspaceJson() const { return m_workspace; }
    QHash<QString, QString> secrets() const { return m_secrets; }

private:
    QThread m_thread;
    SandboxServer* m_server = nullptr;
    QString m_baseUrl;
    QByteArray m_workspace;
    QHash<QString, QString> m_secrets;
};

// The real network stack, plus a stopwatch on every HTTP request it is asked for (from the moment the transport
// hands it over to `finished`): latency of individual requests, without the time spent in the transport's queue.
class TimedNetworkAccessManager final : public QNetworkAccessManager
{
public:
    QList<double> requestMs;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        connect(reply, &QNetworkReply::finished, this,
            [this, timer] { requestMs.append(double(timer.nsecsElapsed()) / 1e6); });
        return reply;
    }
};

struct RunStats
{
    double wallMs = 0;
    QList<double> requestMs; // per HTTP request, at the network layer
    QList<double> endToEndMs; // per count() call to its answer, queueing in the transport included
    int failures = 0;
    QString firstError;
    bool timedOut = false;
};

struct Setup
{
    QList<Connection> connections;
    QHash<QString, QString> secrets;
    QList<IntegrationSide> sides; // the count requests: source and destination of every integration
    int maxConcurrentPerHost = 0;
};

RunStats runOnce(const Setup& setup, qsizetype count, bool concurrent)
{
    TimedNetworkAccessManager network;
    TransportPolicy policy;
    policy.budgetPerConnection = 100000000; // the default (300 an hour) would refuse most of the run
    if (setup.maxConcurrentPerHost > 0)
        policy.maxConcurrentPerHost = setup.maxConcurrentPerHost;
    Transport transport(network, policy);
    QHash<QString, std::shared_ptr<Connector>> connectors;
    for (const Connection& c : setup.connections)
        connectors.insert(c.id, ConnectorRegistry::create(transport, c, setup.secrets.value(c.id)));

    RunStats s;
    QObject context;
    QEventLoop loop;
    qsizetype done = 0;
    std::function<void(qsizetype)> start = [&](qsizetype i) {
        const IntegrationSide& side = setup.sides.at(i);
        const std::shared_ptr<Connector> connector = connectors.value(side.connection);
        QElapsedTimer timer;
        timer.start();
        connector->count(side, &context, [&, i, timer](const CountResult& r) {
            s.endToEndMs.append(double(timer.nsecsElapsed()) / 1e6);
            if (!r.error.ok() || !r.count) {
                ++s.failures;
                if (s.firstError.isEmpty())
                    s.firstError = r.error.message.isEmpty() ? u"no count in the answer"_s : r.error.message;
            }
            if (++done == count)
                loop.quit();
            else if (!concurrent)
                start(i + 1); // the naive loop: the next request only once this one answered
        });
    };

    QTimer::singleShot(kRunTimeoutMs, &loop, [&] {
        s.timedOut = true;
        loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    if (concurrent) {
        for (qsizetype i = 0; i < count; ++i)
            start(i);
    } else {
        start(0);
    }
    if (done < count)
        loop.exec();
    s.wallMs = double(wall.nsecsElapsed()) / 1e6;
    s.requestMs = network.requestMs;
    return s;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

struct Summary
{
    double wallMs = 0; // median over the runs
    QList<double> requestMs; // pooled over the runs
    QList<double> endToEndMs; // pooled over the runs
    QString walls; // every run's wall time, for the table's preamble
};

Summary summarize(const QList<RunStats>& runs)
{
    Summary s;
    QList<double> walls;
    for (const RunStats& r : runs) {
        walls << r.wallMs;
        s.requestMs << r.requestMs;
        s.endToEndMs << r.endToEndMs;
        s.walls += (s.walls.isEmpty() ? QString() : u" "_s) + QString::number(r.wallMs, 'f', 0);
    }
    s.wallMs = percentile(walls, 50);
    return s;
}

} // namespace

std::optional<QList<BenchResult>> runPoll(const PollOptions& options, QString& error, QString& info)
{
    SandboxThread sandbox;
    if (!sandbox.listen()) {
        error = u"the sandbox could not listen on 127.0.0.1"_s;
        return std::nullopt;
    }
    const WorkspaceParseResult parsed = WorkspaceJson::parse(sandbox.workspaceJson());
    if (!parsed.workspace || parsed.workspace->integrations.isEmpty()) {
        error = u"the sandbox workspace did not parse"_s;
        for (const WorkspaceProblem& p : parsed.problems)
            error += u"\n  "_s + p.toString();
        return std::nullopt;
    }

    Setup setup;
    setup.connections = parsed.workspace->connections;
    setup.secrets = sandbox.secrets();
    setup.maxConcurrentPerHost = options.maxConcurrentPerHost;
    const QList<Integration>& templates = parsed.workspace->integrations;
    for (int i = 0; i < options.integrations; ++i) {
        // Integration i is a copy of the sandbox's integration i mod 3 (the id does not reach the wire).
        const Integration& t = templates.at(i % templates.size());
        setup.sides << t.source << t.destination;
    }
    const qsizetype n = setup.sides.size();

    // Warm-up: code paths, the sandbox's dataset and the loopback stack, on a throwaway transport.
    runOnce(setup, std::min<qsizetype>(n, 20), true);

    // Interleaved repeats; the run of median wall time stands for each side, latencies are pooled over all runs.
    QList<RunStats> sequentialRuns;
    QList<RunStats> concurrentRuns;
    for (int r = 0; r < std::max(1, options.repeats); ++r) {
        sequentialRuns << runOnce(setup, n, false);
        concurrentRuns << runOnce(setup, n, true);
        for (const RunStats* run : { &sequentialRuns.last(), &concurrentRuns.last() }) {
            if (run->timedOut) {
                error = u"a run did not finish within %1 s"_s.arg(kRunTimeoutMs / 1000);
                return std::nullopt;
            }
            if (run->failures > 0) {
                error = u"%1 of %2 counts failed; first: %3"_s.arg(run->failures).arg(n).arg(run->firstError);
                return std::nullopt;
            }
        }
    }
    const Summary sequential = summarize(sequentialRuns);
    const Summary concurrent = summarize(concurrentRuns);

    const int perHost
        = options.maxConcurrentPerHost > 0 ? options.maxConcurrentPerHost : TransportPolicy {}.maxConcurrentPerHost;
    info = u"poll_500: %1 integrations, %2 count requests a run (HTTP requests: %3 concurrent, %4 sequential, over "
           "%5 interleaved runs each; median wall shown) against the sandbox at %6 in its own thread; transport: at "
           "most %7 at once per host, all on one host:port"_s.arg(options.integrations)
               .arg(n)
               .arg(concurrent.requestMs.size())
               .arg(sequential.requestMs.size())
               .arg(std::max(1, options.repeats))
               .arg(sandbox.baseUrl())
               .arg(perHost);
    info += u"\nwall ms of every run: concurrent %1; sequential %2"_s.arg(concurrent.walls, sequential.walls);

    const QString baselineIs = u"sequential loop, same sandbox"_s;
    const auto rate = [n](const Summary& r) { return double(n) / (r.wallMs / 1000.0); };
    return QList<BenchResult> {
        { u"poll_500"_s, concurrent.wallMs, u"ms"_s, sequential.wallMs, baselineIs, n },
        { u"poll_500_throughput"_s, rate(concurrent), u"req/s"_s, rate(sequential), baselineIs, n },
        { u"poll_500_p95"_s, percentile(concurrent.requestMs, 95), u"ms"_s, percentile(sequential.requestMs, 95),
            baselineIs, n },
        // What one integration waits when all are polled at once: the transport's queue included.
        { u"poll_500_p95_queued"_s, percentile(concurrent.endToEndMs, 95), u"ms"_s,
            percentile(sequential.endToEndMs, 95), baselineIs, n },
    };
}

} // namespace plumbline::bench
