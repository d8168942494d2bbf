#include "ValueBench.h"

#include <ConnectorRegistry.h>
#include <Transport.h>
#include <WorkspaceJson.h>
#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

constexpr int kTimeoutMs = 300000;

struct Pair
{
    QString name; // value_check_200_hubspot_mailchimp
    Integration integration;
};

struct Measured
{
    double ms = 0;
    int requests = 0;
    qsizetype found = 0;
    QString error;
};

// Runs `start(done)` on the event loop until `done` is called or the deadline passes.
bool spin(const std::function<void(std::function<void()>)>& start)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return finished;
}

QStringList mappedFields(const Integration& integration, bool source)
{
    QStringList out;
    for (const FieldMapping& m : integration.mappings) {
        if (!m.key)
            out << (source ? m.source : m.destination.section(u'.', 0, 0));
    }
    return out;
}

FieldMapping keyOf(const Integration& integration)
{
    for (const FieldMapping& m : integration.mappings) {
        if (m.key)
            return m;
    }
    return {};
}

} // namespace

QList<BenchResult> valueCheckBench(bool quick)
{
    QTextStream err(stderr);
    SandboxServer sandbox;
    const int minMs = quick ? 5 : 80;
    const int maxMs = quick ? 20 : 250;
    sandbox.setLatency(minMs, maxMs);
    if (!sandbox.listen(0)) {
        err << "value_check_200: the sandbox could not listen\n";
        return {};
    }
    const WorkspaceParseResult parsed = WorkspaceJson::parse(sandbox.workspaceJson());
    if (!parsed.problems.isEmpty() || !parsed.workspace) {
        err << "value_check_200: the sandbox workspace did not parse\n";
        return {};
    }
    QHash<QString, QString> secrets = sandbox.secrets();
    // Salesforce signs in with client credentials: an access token as its keeper would hand one out (this measures
    // the check, not a token grant).
    secrets.insert(SandboxWorkspace::kSalesforce, sandbox.issueAccessToken(SandboxWorkspace::kSalesforce));

    QNetworkAccessManager network;
    TransportPolicy policy;
    policy.budgetPerConnection = 100000000;
    Transport transport(network, policy);
    QHash<QString, std::shared_ptr<Connector>> connectors;
    for (const Connection& c : parsed.workspace->connections)
        connectors.insert(c.id, ConnectorRegistry::create(transport, c, secrets.value(c.id)));

    const int size = quick ? 50 : 200;
    QList<BenchResult> out;
    QObject context;
    for (const Integration& integration : parsed.workspace->integrations) {
        const FieldMapping key = keyOf(integration);
        if (key.source.isEmpty())
            continue; // no key mapping, no value check
        const auto source = connectors.value(integration.source.connection);
        const auto destination = connectors.value(integration.destination.connection);
        const QString name = u"value_check_200_%1_%2"_s.arg(
            vendorKey(source->connection().vendor), vendorKey(destination->connection().vendor));

        // Plumbline's check: sample, then batch lookups, within 20 requests a side.
        SampleRequest sample;
        sample.keyField = key.source;
        sample.fields = mappedFields(integration, true);
        sample.size = size;
        sample.settledBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
        sample.seed = 20261204;
        sample.maxRequests = 20;
        Measured ours;
        SampleResult sampled;
        double sampleMs = 0;
        QElapsedTimer timer;
        timer.start();
        const bool ok = spin([&](std::function<void()> done) {
            source->sample(integration.source, sample, &context, [&, done](const SampleResult& s) {
                sampled = s;
                sampleMs = double(timer.nsecsElapsed()) / 1e6;
                LookupRequest lookup;
                lookup.keyField = key.destination;
                for (const ValueRecord& r : s.records)
                    lookup.keys << r.key;
                lookup.fields = mappedFields(integration, false);
                lookup.maxRequests = 20;
                destination->lookup(integration.destination, lookup, &context, [&, done](const LookupResult& l) {
                    ours.requests = sampled.requests + l.requests;
                    ours.found = l.matches.size();
                    ours.error = !sampled.error.ok() ? sampled.error.message : l.error.message;
                    done();
                });
            });
        });
        ours.ms = double(timer.nsecsElapsed()) / 1e6;
        if (!ok || !ours.error.isEmpty() || sampled.records.isEmpty()) {
            err << name << ": the check failed: " << (ok ? ours.error : u"timed out"_s) << '\n';
            return {};
        }

        // The naive check: the same sample, then one lookup request per record.
        Measured naive;
        timer.restart();
        const bool naiveOk = spin([&](std::function<void()> done) {
            auto left = std::make_shared<qsizetype>(sampled.records.size());
            naive.requests = sampled.requests;
            for (const ValueRecord& r : std::as_const(sampled.records)) {
                LookupRequest one;
                one.keyField = key.destination;
                one.keys = { r.key };
                one.fields = mappedFields(integration, false);
                one.maxRequests = 1;
                destination->lookup(integration.destination, one, &context, [&, left, done](const LookupResult& l) {
                    naive.requests += l.requests;
                    naive.found += l.matches.size();
                    if (--*left == 0)
                        done();
                });
            }
        });
        // The naive check needs the same sample first: its time is the sample's plus its lookups.
        naive.ms = sampleMs + double(timer.nsecsElapsed()) / 1e6;
        if (!naiveOk) {
            err << name << ": the naive check timed out\n";
            return {};
        }
        out << BenchResult { name, ours.ms, u"ms"_s, naive.ms,
            u"the same sampled records looked up one request per record (issued together), sandbox at %1–%2 ms"_s
                .arg(minMs)
                .arg(maxMs),
            sampled.records.size() };
        out << BenchResult { name + u"_requests"_s, double(ours.requests), u"requests"_s, double(naive.requests),
            u"one lookup request per sampled record, plus the same sampling requests"_s, sampled.records.size() };
    }
    if (out.isEmpty())
        err << "value_check_200: the sandbox workspace has no integration with a key mapping\n";
    return out;
}

} // namespace plumbline::bench
