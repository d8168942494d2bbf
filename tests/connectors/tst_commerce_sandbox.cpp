// Shopify, Make, Zapier and generic connectors against the loopback sandbox (branch wt-sandbox): connectors made by
// ConnectorRegistry from the sandbox's own workspace and secrets, a real QNetworkAccessManager, and what each
// connector reports under every sandbox scenario. The sandbox runs on an injected clock so that counts and run
// times are exact. Registered only when connectors/sandbox/SandboxServer.h is present (see commerce.cmake).
#include "CommerceTestSupport.h"

#include "../../connectors/sandbox/MiddlewareRuns.h"
#include "../../connectors/sandbox/SandboxServer.h"

#include <ConnectorRegistry.h>
#include <Workspace.h>
#include <WorkspaceJson.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

namespace {

// What one scenario does to one vendor's connector, as seen through its main operation (Shopify and generic:
// count of the integration side; Make and Zapier: run log of the integration's scenario or Zap).
enum class Expect
{
    Unaffected, // answers exactly as under healthy
    Error, // fails with the row's ErrorKind
    Deprecated, // answers, with deprecation signals
    FellForward, // answers from another API version than the one asked for (Shopify)
    Retired, // 410 Gone, retired
    Spike, // the second count is 40 % above the first
    Drift, // a stable tenth below the source
    Gap, // a gap to the source that widens with every poll
    Stopped, // middleware: no runs after the scenario started, yet it looks active
    Frozen, // destination count stuck where the sync stopped while the source grows
};

struct Row
{
    Vendor vendor;
    const char* vendorName;
    QString scenario;
    Expect expect;
    ErrorKind kind;
};

// Every sandbox scenario for each of the four vendors.
QList<Row> table()
{
    const QList<std::pair<Vendor, const char*>> vendors { { Vendor::Shopify, "shopify" }, { Vendor::Make, "make" },
        { Vendor::Zapier, "zapier" }, { Vendor::Generic, "generic" } };
    QList<Row> rows;
    for (const auto& v : vendors) {
        const Vendor vendor = v.first;
        const char* name = v.second;
        const bool shopify = vendor == Vendor::Shopify;
        const bool generic = vendor == Vendor::Generic;
        const bool middleware = vendor == Vendor::Make || vendor == Vendor::Zapier;
        const auto add = [&](const QString& scenario, Expect expect, ErrorKind kind = ErrorKind::None) {
            rows << Row { vendor, name, scenario, expect, kind };
        };
        add(u"healthy"_s, Expect::Unaffected);
        // Drift-type scenarios set sandbox-wide act on destinations only: of these four, the generic warehouse.
        // Make and Zapier stop running when their flow's destination (Mailchimp, Salesforce) fails silently.
        add(u"count_drift"_s, generic ? Expect::Drift : Expect::Unaffected);
        add(u"growing_gap"_s, generic ? Expect::Gap : Expect::Unaffected);
        add(u"silent_failure"_s, generic ? Expect::Frozen : middleware ? Expect::Stopped : Expect::Unaffected);
        add(u"mapping_drift"_s, Expect::Unaffected); // only HubSpot, Salesforce and Mailchimp schemas change
        add(u"auth_revoked"_s, Expect::Error, ErrorKind::Auth);
        add(u"permission_removed"_s, Expect::Error, ErrorKind::Permission);
        add(u"deprecated_version"_s, Expect::Deprecated);
        add(u"retired_version"_s, shopify ? Expect::FellForward : Expect::Retired);
        add(u"rate_limited"_s, Expect::Error, ErrorKind::RateLimited); // single attempt; see rateLimitedRetried
        add(u"volume_spike"_s, middleware ? Expect::Unaffected : Expect::Spike);
        add(u"value_drift"_s, Expect::Unaffected); // values differ, counts are served as in healthy
        add(u"server_errors"_s, Expect::Error, ErrorKind::Server);
        add(u"timeouts"_s, Expect::Error, ErrorKind::Timeout);
        add(u"malformed"_s, Expect::Error, ErrorKind::Parse);
        // Sandbox-wide it deletes the destinations' objects: of these four, the warehouse collection.
        add(u"object_deleted"_s, generic ? Expect::Error : Expect::Unaffected, ErrorKind::NotFound);
        // The token scenarios act on issued access tokens and grants; these connections send static secrets.
        add(u"token_expired"_s, Expect::Unaffected);
        add(u"refresh_revoked"_s, Expect::Unaffected);
    }
    return rows;
}

// The main operation's answer, whichever it was.
struct Probe
{
    ConnectorError error;
    ResponseMeta meta;
    std::optional<qint64> count;
    QList<RunEvent> events;
    MiddlewareState state;
};

QString describe(const ConnectorError& e)
{
    return u"%1: %2"_s.arg(errorKindKey(e.kind), e.message);
}

} // namespace

Q_DECLARE_METATYPE(plumbline::ErrorKind)
Q_DECLARE_METATYPE(Expect)

class TestCommerceSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<Transport> m_transport; // one attempt
    std::unique_ptr<Transport> m_retrying; // three attempts, millisecond backoff
    std::unique_ptr<Transport> m_impatient; // one attempt, gives up after 300 ms without data
    // The sandbox's clock: fixed while a test runs, moved on by init() and by tests that let time pass.
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 2, 30), Qt::UTC);

    static constexpr int kRunWindowS = 3600; // run logs are read for the last hour
    static constexpr int kRunIntervalS = 300;

    const Connection* connectionOf(Vendor vendor) const
    {
        for (const Connection& c : m_workspace.connections) {
            if (c.vendor == vendor)
                return &c;
        }
        return nullptr;
    }
    // The integration this connection takes part in (each of the four is in exactly one).
    const Integration* integrationOf(const QString& connectionId) const
    {
        for (const Integration& i : m_workspace.integrations) {
            if (i.source.connection == connectionId || i.destination.connection == connectionId
                || (i.middleware && i.middleware->connection == connectionId))
                return &i;
        }
        return nullptr;
    }
    IntegrationSide sideOf(const Connector& c) const
    {
        const Integration* i = integrationOf(c.connection().id);
        return i->source.connection == c.connection().id ? i->source : i->destination;
    }
    std::unique_ptr<Connector> make(Vendor vendor, Transport* transport = nullptr, const QString& secret = {})
    {
        const Connection* c = connectionOf(vendor);
        if (!c)
            return nullptr;
        return ConnectorRegistry::create(
            transport ? *transport : *m_transport, *c, secret.isEmpty() ? m_server.secrets().value(c->id) : secret);
    }
    Transport* transportFor(const QString& scenario) const
    {
        if (scenario == u"server_errors")
            return m_retrying.get();
        if (scenario == u"timeouts")
            return m_impatient.get();
        return m_transport.get();
    }

    Probe probe(Connector& c)
    {
        Probe p;
        if (c.isMiddleware()) {
            const Integration* i = integrationOf(c.connection().id);
            const QString ref = i && i->middleware ? i->middleware->ref : QString();
            const QDateTime since = m_now.addSecs(-kRunWindowS);
            const auto r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(ref, since, ctx, done); });
            p.error = r.error;
            p.meta = r.meta;
            p.events = r.events;
            p.state = r.state;
        } else {
            const IntegrationSide side = sideOf(c);
            const auto r = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });
            p.error = r.error;
            p.meta = r.meta;
            p.count = r.count;
        }
        return p;
    }
    // HubSpot contacts, the source of the warehouse flow whose destination is the generic connection.
    qint64 sourceCount()
    {
        auto hubspot = make(Vendor::HubSpot);
        const IntegrationSide side = integrationOf(connectionOf(Vendor::Generic)->id)->source;
        const auto r = await<CountResult>([&](QObject* ctx, auto done) { hubspot->count(side, ctx, done); });
        if (!r.error.ok() || !r.count)
            qWarning("HubSpot source count failed: %s", qPrintable(describe(r.error)));
        return r.count.value_or(-1);
    }

    // What healthy looks like: a positive count, or the last hour's runs (one every 5 minutes), all successful.
    void verifyHealthy(Vendor vendor, const Probe& p)
    {
        QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
        QVERIFY(!p.meta.deprecation.any());
        if (vendor == Vendor::Make || vendor == Vendor::Zapier) {
            QCOMPARE(p.count, std::nullopt);
            QCOMPARE(p.events.size(), kRunWindowS / kRunIntervalS);
            for (const RunEvent& e : p.events) {
                QCOMPARE(e.status, RunEvent::Status::Success);
                QVERIFY(!e.externalId.isEmpty());
                QVERIFY(e.at >= m_now.addSecs(-kRunWindowS) && e.at <= m_now);
            }
            QCOMPARE(p.state.active, std::optional<bool>(true));
            if (vendor == Vendor::Make) {
                QCOMPARE(p.state.paused, std::optional<bool>(false));
                QCOMPARE(p.state.invalid, std::optional<bool>(false));
                QCOMPARE(p.state.storedFailures, std::optional<qint64>(0));
            } else {
                QVERIFY(p.state.lastSuccess.has_value());
                QVERIFY(*p.state.lastSuccess > m_now.addSecs(-kRunIntervalS));
            }
        } else {
            QVERIFY(p.count.has_value());
            QVERIFY(*p.count > 0);
            QVERIFY(p.meta.quota.known());
        }
        if (vendor == Vendor::Shopify) {
            QCOMPARE(p.meta.requestedApiVersion, connectionOf(Vendor::Shopify)->apiVersion);
            QCOMPARE(p.meta.servedApiVersion, p.meta.requestedApiVersion);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(0));
        m_server.setClock([this] { return m_now; });
        auto parsed = WorkspaceJson::parse(m_server.workspaceJson());
        QVERIFY(parsed.workspace);
        m_workspace = *parsed.workspace;
        for (Vendor v : { Vendor::Shopify, Vendor::Make, Vendor::Zapier, Vendor::Generic, Vendor::HubSpot })
            QVERIFY(connectionOf(v) && integrationOf(connectionOf(v)->id));

        TransportPolicy one = singleAttemptPolicy();
        one.budgetPerConnection = 10000;
        m_transport = std::make_unique<Transport>(m_network, one);
        TransportPolicy three = one;
        three.maxAttempts = 3;
        m_retrying = std::make_unique<Transport>(m_network, three);
        TransportPolicy quick = one;
        quick.stallTimeoutMs = 300;
        quick.deadlineMs = 600;
        m_impatient = std::make_unique<Transport>(m_network, quick);
    }
    void init()
    {
        // Ten minutes on per test: quota windows empty, the dataset grows, scenarios start afresh.
        m_now = m_now.addSecs(600);
        QVERIFY(m_server.setScenario(u"healthy"_s));
    }

    void coversEveryScenario()
    {
        for (Vendor v : { Vendor::Shopify, Vendor::Make, Vendor::Zapier, Vendor::Generic }) {
            QStringList names;
            for (const Row& r : table()) {
                if (r.vendor == v)
                    names << r.scenario;
            }
            QCOMPARE(names, SandboxServer::scenarioNames());
        }
    }

    // Per connection, each vendor's "it does not exist" reaches the connector as NotFound (the not_found rule's
    // input), never as a server error or an empty list.
    void objectDeletedPerConnection_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("shopify") << Vendor::Shopify;
        QTest::newRow("make") << Vendor::Make;
        QTest::newRow("zapier") << Vendor::Zapier;
        QTest::newRow("generic") << Vendor::Generic;
    }
    void objectDeletedPerConnection()
    {
        QFETCH(Vendor, vendor);
        auto c = make(vendor);
        QVERIFY(c);
        QVERIFY(m_server.setScenario(u"object_deleted"_s, c->connection().id));
        const Probe p = probe(*c);
        QVERIFY2(p.error.kind == ErrorKind::NotFound, qPrintable(describe(p.error)));
        QCOMPARE(p.count, std::nullopt);
        QVERIFY(p.events.isEmpty());
        // The account is still there: testing the connection succeeds.
        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
        QVERIFY2(test.error.ok(), qPrintable(describe(test.error)));
    }

    void healthy_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("shopify") << Vendor::Shopify;
        QTest::newRow("make") << Vendor::Make;
        QTest::newRow("zapier") << Vendor::Zapier;
        QTest::newRow("generic") << Vendor::Generic;
    }
    void healthy()
    {
        QFETCH(Vendor, vendor);
        auto c = make(vendor);
        QVERIFY(c);
        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
        QVERIFY2(test.error.ok(), qPrintable(describe(test.error)));
        QVERIFY(!test.meta.deprecation.any());

        const Probe p = probe(*c);
        verifyHealthy(vendor, p);
        if (QTest::currentTestFailed())
            return;

        const auto quota = await<QuotaResult>([&](QObject* ctx, auto done) { c->quota(ctx, done); });
        QVERIFY2(quota.error.ok(), qPrintable(describe(quota.error)));
        switch (vendor) {
        case Vendor::Shopify:
            // X-Shopify-Shop-Api-Call-Limit: used/40
            QCOMPARE(quota.quota.limit, std::optional<qint64>(40));
            QVERIFY(quota.quota.remaining && *quota.quota.remaining >= 0 && *quota.quota.remaining < 40);
            QCOMPARE(quota.meta.servedApiVersion, quota.meta.requestedApiVersion);
            break;
        case Vendor::Make:
            QCOMPARE(quota.quota.limit, std::optional<qint64>(240)); // organization.license.apiLimit
            break;
        case Vendor::Zapier:
            QCOMPARE(quota.quota.limit, std::optional<qint64>(60)); // X-RateLimit-*
            QVERIFY(quota.quota.known());
            break;
        case Vendor::Generic: {
            QCOMPARE(quota.quota.limit, std::optional<qint64>(600)); // RateLimit-Policy q=600
            QVERIFY(quota.quota.known());
            // The warehouse trails its HubSpot source by the sync lag: at most a couple of records.
            const qint64 source = sourceCount();
            QVERIFY2(*p.count <= source && source - *p.count <= 2,
                qPrintable(u"warehouse %1, HubSpot %2"_s.arg(*p.count).arg(source)));
            break;
        }
        default:
            QFAIL("unexpected vendor");
        }
    }

    void wrongSecret_data() { healthy_data(); }
    void wrongSecret()
    {
        QFETCH(Vendor, vendor);
        auto c = make(vendor, nullptr, u"not-the-secret-0000"_s);
        QVERIFY(c);
        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
        QVERIFY2(test.error.kind == ErrorKind::Auth, qPrintable(describe(test.error)));
        QVERIFY(!test.error.message.contains(u"not-the-secret"));
        const Probe p = probe(*c);
        QVERIFY2(p.error.kind == ErrorKind::Auth, qPrintable(describe(p.error)));
    }

    void scenarios_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<Expect>("expect");
        QTest::addColumn<ErrorKind>("kind");
        for (const Row& r : table())
            QTest::addRow("%s %s", r.vendorName, qPrintable(r.scenario))
                << r.vendor << r.scenario << r.expect << r.kind;
    }
    void scenarios()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, scenario);
        QFETCH(Expect, expect);
        QFETCH(ErrorKind, kind);
        Transport* transport = transportFor(scenario);
        auto c = make(vendor, transport);
        QVERIFY(c);
        // Under healthy first: what "unaffected" means, and the growth of the source for the frozen destination.
        const Probe baseline = expect == Expect::Unaffected ? probe(*c) : Probe {};
        const QDateTime start = m_now;
        QVERIFY(m_server.setScenario(scenario));
        QCOMPARE(m_server.scenario(), scenario);
        QSignalSpy retries(transport, &Transport::retryScheduled);

        switch (expect) {
        case Expect::Unaffected: {
            const Probe p = probe(*c);
            verifyHealthy(vendor, p);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(p.count, baseline.count);
            QCOMPARE(p.events.size(), baseline.events.size());
            if (vendor == Vendor::Generic) {
                const qint64 source = sourceCount();
                QVERIFY(*p.count <= source && source - *p.count <= 2);
            }
            break;
        }
        case Expect::Error: {
            QElapsedTimer elapsed;
            elapsed.start();
            const Probe p = probe(*c);
            QVERIFY2(p.error.kind == kind, qPrintable(describe(p.error)));
            QVERIFY(!p.error.message.isEmpty());
            QCOMPARE(p.count, std::nullopt);
            QVERIFY(p.events.isEmpty());
            if (kind == ErrorKind::Server)
                QCOMPARE(retries.size(), 2); // three attempts in all
            else
                QCOMPARE(retries.size(), 0);
            if (kind == ErrorKind::Timeout) {
                QCOMPARE(p.meta.httpStatus, 0);
                // Given up after the 300 ms stall limit, long before the sandbox would answer (120 s); the sandbox
                // then drops the abandoned request.
                QVERIFY(elapsed.elapsed() >= 250 && elapsed.elapsed() < 3000);
                QTRY_COMPARE_WITH_TIMEOUT(m_server.heldRequests(), 0, 2000);
            }
            if (kind == ErrorKind::RateLimited)
                QCOMPARE(p.error.retryAfterMs, std::optional<qint64>(2000));
            if (kind == ErrorKind::Parse) {
                // Every other answer is cut in half, the others carry words for numbers: refused either way.
                const Probe again = probe(*c);
                QVERIFY2(again.error.kind == ErrorKind::Parse, qPrintable(describe(again.error)));
                QCOMPARE(again.count, std::nullopt);
                QVERIFY(again.events.isEmpty());
            }
            if (kind == ErrorKind::Auth || kind == ErrorKind::Permission) {
                const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
                QVERIFY2(test.error.kind == kind, qPrintable(describe(test.error)));
            }
            break;
        }
        case Expect::Deprecated: {
            const Probe p = probe(*c);
            QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
            const DeprecationSignals& d = p.meta.deprecation;
            QVERIFY(d.deprecated);
            QVERIFY(!d.retired);
            QVERIFY(!d.fellForward);
            QCOMPARE(d.sunset, std::optional<QDateTime>(m_now.addDays(60)));
            if (vendor == Vendor::Shopify) {
                // X-Shopify-API-Deprecated-Reason (and no RFC 9745 Deprecation header).
                QCOMPARE(d.notice, u"https://shopify.dev/api/usage/versioning#deprecation-practices"_s);
                QCOMPARE(p.meta.servedApiVersion, p.meta.requestedApiVersion);
                QVERIFY(p.count && *p.count > 0);
                // testConnection also reads the deprecated calls the app made.
                const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
                QVERIFY2(test.error.ok(), qPrintable(describe(test.error)));
                QVERIFY(test.meta.deprecation.deprecated);
                QVERIFY(test.meta.deprecation.sunset.has_value());
                QVERIFY(test.meta.deprecation.notice.contains(u"deprecated"));
            } else {
                QCOMPARE(d.deprecatedAt, std::optional<QDateTime>(m_now.addDays(-30)));
                if (vendor == Vendor::Generic)
                    QVERIFY(p.count && *p.count > 0);
                else
                    QCOMPARE(p.events.size(), kRunWindowS / kRunIntervalS);
            }
            break;
        }
        case Expect::FellForward: {
            const Probe p = probe(*c);
            QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
            QVERIFY(p.count && *p.count > 0);
            const QString requested = connectionOf(Vendor::Shopify)->apiVersion;
            QCOMPARE(p.meta.requestedApiVersion, requested);
            QVERIFY(!p.meta.servedApiVersion.isEmpty());
            QVERIFY(p.meta.servedApiVersion != requested);
            QCOMPARE(p.meta.servedApiVersion, u"2025-04"_s); // the oldest version still supported
            QVERIFY(p.meta.deprecation.fellForward);
            QVERIFY(!p.meta.deprecation.retired);
            QVERIFY(p.meta.deprecation.notice.contains(p.meta.servedApiVersion));
            break;
        }
        case Expect::Retired: {
            const Probe p = probe(*c);
            QVERIFY2(p.error.kind == ErrorKind::Gone, qPrintable(describe(p.error)));
            QCOMPARE(p.meta.httpStatus, 410);
            QVERIFY(p.meta.deprecation.retired);
            QVERIFY(p.meta.deprecation.sunset && *p.meta.deprecation.sunset < m_now);
            QCOMPARE(p.count, std::nullopt);
            QVERIFY(p.events.isEmpty());
            break;
        }
        case Expect::Spike: {
            const Probe first = probe(*c);
            const Probe second = probe(*c);
            QVERIFY2(first.error.ok() && second.error.ok(), qPrintable(describe(first.error) + describe(second.error)));
            QVERIFY(first.count && second.count && *first.count > 0);
            // Same instant, so the whole difference is the spike: 40 % up, to within rounding.
            QVERIFY2(qAbs(*second.count * 10 - *first.count * 14) < 10,
                qPrintable(u"first %1, second %2"_s.arg(*first.count).arg(*second.count)));
            break;
        }
        case Expect::Drift: {
            const qint64 source = sourceCount();
            const Probe first = probe(*c);
            const Probe second = probe(*c);
            QVERIFY2(first.error.ok() && second.error.ok(), qPrintable(describe(first.error) + describe(second.error)));
            QVERIFY(first.count && second.count);
            // A stable tenth short of the source (less the couple of records of sync lag).
            QVERIFY2(*first.count < source && qAbs(*first.count * 10 - source * 9) <= 30,
                qPrintable(u"warehouse %1, HubSpot %2"_s.arg(*first.count).arg(source)));
            QCOMPARE(second.count, first.count);
            break;
        }
        case Expect::Gap: {
            QList<qint64> gaps;
            for (int i = 0; i < 4; ++i) {
                m_now = m_now.addSecs(60);
                const qint64 source = sourceCount();
                const Probe p = probe(*c);
                QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
                QVERIFY(p.count && *p.count > 0 && *p.count < source);
                gaps << source - *p.count;
            }
            for (qsizetype i = 1; i < gaps.size(); ++i)
                QVERIFY2(gaps.at(i) > gaps.at(i - 1), qPrintable(u"gaps %1, %2"_s.arg(gaps.at(i - 1)).arg(gaps.at(i))));
            // 4 % more of the source per poll.
            QVERIFY2(gaps.last() - gaps.first() > 3 * 2400 * 4 / 100 / 2, qPrintable(QString::number(gaps.last())));
            break;
        }
        case Expect::Stopped: {
            m_now = m_now.addSecs(1800); // half an hour in which the flow should have run six times
            const Probe p = probe(*c);
            QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
            // It still looks fine...
            QCOMPARE(p.state.active, std::optional<bool>(true));
            if (vendor == Vendor::Make)
                QCOMPARE(p.state.paused, std::optional<bool>(false));
            // ...but nothing ran in the hour read: the flow went quiet kSilentStopBackdateS (2 h) before the
            // scenario was set, as a silent failure found late looks.
            const QDateTime stoppedAt = start.addSecs(-MiddlewareRuns::kSilentStopBackdateS);
            for (const RunEvent& e : p.events)
                QVERIFY2(e.at <= stoppedAt, qPrintable(e.at.toString(Qt::ISODate)));
            QVERIFY(p.events.isEmpty());
            if (vendor == Vendor::Zapier) {
                QVERIFY(p.state.lastSuccess);
                QVERIFY2(*p.state.lastSuccess <= stoppedAt.addSecs(kRunIntervalS)
                        && *p.state.lastSuccess > stoppedAt.addSecs(-kRunIntervalS),
                    qPrintable(p.state.lastSuccess->toString(Qt::ISODate)));
            }
            break;
        }
        case Expect::Frozen: {
            const Probe before = probe(*c);
            m_now = m_now.addSecs(1800); // the source grows by 6 a minute meanwhile
            const Probe after = probe(*c);
            QVERIFY2(before.error.ok() && after.error.ok(), qPrintable(describe(before.error) + describe(after.error)));
            QCOMPARE(after.count, before.count);
            const qint64 source = sourceCount();
            QVERIFY2(source - *after.count >= 30 * 6,
                qPrintable(u"warehouse %1, HubSpot %2"_s.arg(*after.count).arg(source)));
            break;
        }
        }
    }

    // A scenario set for one connection acts on it alone, sources included.
    void perConnection()
    {
        auto shopify = make(Vendor::Shopify);
        auto makeC = make(Vendor::Make);
        auto zapier = make(Vendor::Zapier);
        auto generic = make(Vendor::Generic);
        const Probe shopifyBefore = probe(*shopify);
        QVERIFY(shopifyBefore.count);

        // count_drift on the Shopify source: a tenth missing there, nothing else moves.
        QVERIFY(m_server.setScenario(u"count_drift"_s, connectionOf(Vendor::Shopify)->id));
        const Probe drifted = probe(*shopify);
        QVERIFY2(drifted.error.ok(), qPrintable(describe(drifted.error)));
        QCOMPARE(*drifted.count, *shopifyBefore.count * 9 / 10);
        verifyHealthy(Vendor::Generic, probe(*generic));
        if (QTest::currentTestFailed())
            return;

        // auth_revoked on Shopify only.
        QVERIFY(m_server.setScenario(u"auth_revoked"_s, connectionOf(Vendor::Shopify)->id));
        QCOMPARE(probe(*shopify).error.kind, ErrorKind::Auth);
        verifyHealthy(Vendor::Zapier, probe(*zapier));
        if (QTest::currentTestFailed())
            return;

        // silent_failure on the Make connection itself: the scenario stops; the Zap keeps running.
        QVERIFY(m_server.setScenario(u"silent_failure"_s, connectionOf(Vendor::Make)->id));
        m_now = m_now.addSecs(1800);
        const Probe stopped = probe(*makeC);
        QVERIFY2(stopped.error.ok(), qPrintable(describe(stopped.error)));
        QCOMPARE(stopped.state.active, std::optional<bool>(true));
        // Its runs stopped 2 h before the scenario was set (MiddlewareRuns::kSilentStopBackdateS): none in the hour.
        QVERIFY(stopped.events.isEmpty());
        verifyHealthy(Vendor::Zapier, probe(*zapier));
    }

    // rate_limited refuses every other request with Retry-After: 2; a transport that retries gets through on the
    // second attempt and then sees the headroom the vendor reports (Make sends no rate-limit headers).
    void rateLimitedRetried_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<int>("requests");
        QTest::addColumn<qint64>("remaining"); // -1: not reported
        QTest::addColumn<qint64>("limit");
        QTest::newRow("shopify") << Vendor::Shopify << 1 << qint64(1) << qint64(40);
        QTest::newRow("make") << Vendor::Make << 2 << qint64(-1) << qint64(-1);
        QTest::newRow("zapier") << Vendor::Zapier << 2 << qint64(1) << qint64(60);
        QTest::newRow("generic") << Vendor::Generic << 1 << qint64(3) << qint64(600);
    }
    void rateLimitedRetried()
    {
        QFETCH(Vendor, vendor);
        QFETCH(int, requests);
        QFETCH(qint64, remaining);
        QFETCH(qint64, limit);
        auto c = make(vendor, m_retrying.get());
        QVERIFY(m_server.setScenario(u"rate_limited"_s));
        QSignalSpy retries(m_retrying.get(), &Transport::retryScheduled);
        QElapsedTimer elapsed;
        elapsed.start();
        const Probe p = probe(*c);
        QVERIFY2(p.error.ok(), qPrintable(describe(p.error)));
        QCOMPARE(retries.size(), requests);
        for (const auto& args : std::as_const(retries))
            QVERIFY(args.at(2).toLongLong() >= 2000); // Retry-After honoured
        QVERIFY(elapsed.elapsed() >= 1800 * requests); // coarse timers may fire up to 5 % early
        if (remaining < 0) {
            QVERIFY(!p.meta.quota.known());
            QCOMPARE(p.events.size(), kRunWindowS / kRunIntervalS);
        } else {
            QCOMPARE(p.meta.quota.remaining, std::optional<qint64>(remaining));
            QCOMPARE(p.meta.quota.limit, std::optional<qint64>(limit));
            if (c->isMiddleware())
                QCOMPARE(p.events.size(), kRunWindowS / kRunIntervalS);
            else
                QVERIFY(p.count && *p.count > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommerceSandbox)
#include "tst_commerce_sandbox.moc"
