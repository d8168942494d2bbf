// HubSpot, Salesforce and Mailchimp connectors against the loopback sandbox (branch wt-sandbox): the sandbox's
// own workspace (connections, integration sides and secrets), healthy answers, and one typed error per scenario.
// Registered only when connectors/sandbox/SandboxServer.h is present (see crm.cmake).
#include "CrmTestSupport.h"

#include "../../connectors/hubspot/HubSpotConnector.h"
#include "../../connectors/mailchimp/MailchimpConnector.h"
#include "../../connectors/salesforce/SalesforceConnector.h"
#include "../../connectors/sandbox/SandboxServer.h"

#include <Workspace.h>
#include <WorkspaceJson.h>

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

Q_DECLARE_METATYPE(plumbline::ErrorKind)

class TestCrmSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<Transport> m_transport;

    std::unique_ptr<Connector> make(Vendor vendor)
    {
        for (const Connection& c : std::as_const(m_workspace.connections)) {
            if (c.vendor != vendor)
                continue;
            // Salesforce is on client credentials in the sandbox workspace: its secret is a client secret, so the
            // connector gets what the token endpoint would hand out.
            const QString secret
                = c.vendor == Vendor::Salesforce ? m_server.issueAccessToken(c.id) : m_server.secrets().value(c.id);
            switch (vendor) {
            case Vendor::HubSpot:
                return std::make_unique<HubSpotConnector>(*m_transport, c, secret);
            case Vendor::Salesforce:
                return std::make_unique<SalesforceConnector>(*m_transport, c, secret);
            case Vendor::Mailchimp:
                return std::make_unique<MailchimpConnector>(*m_transport, c, secret);
            default:
                break;
            }
        }
        return nullptr;
    }
    // An integration side at this connector's connection, as the sandbox workspace defines it.
    IntegrationSide sideOf(const Connector& c) const
    {
        for (const Integration& i : m_workspace.integrations) {
            if (i.source.connection == c.connection().id)
                return i.source;
            if (i.destination.connection == c.connection().id)
                return i.destination;
        }
        return { c.connection().id, c.connection().vendor == Vendor::Salesforce ? u"Contact"_s : u"contacts"_s,
            QJsonValue() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        auto parsed = WorkspaceJson::parse(m_server.workspaceJson());
        QVERIFY(parsed.workspace);
        m_workspace = *parsed.workspace;
        TransportPolicy p = testPolicy();
        p.budgetPerConnection = 10000;
        m_transport = std::make_unique<Transport>(m_network, p);
    }
    void init() { QVERIFY(m_server.setScenario(u"healthy"_s)); }

    void healthy_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("hubspot") << Vendor::HubSpot;
        QTest::newRow("salesforce") << Vendor::Salesforce;
        QTest::newRow("mailchimp") << Vendor::Mailchimp;
    }
    void healthy()
    {
        QFETCH(Vendor, vendor);
        auto c = make(vendor);
        QVERIFY(c);
        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
        QVERIFY2(test.error.ok(), qPrintable(test.error.message));
        const IntegrationSide side = sideOf(*c);
        const auto count = await<CountResult>([&](QObject* ctx, auto done) { c->count(side, ctx, done); });
        QVERIFY2(count.error.ok(), qPrintable(count.error.message));
        QVERIFY(count.count.has_value() && *count.count > 0);
        const auto schema = await<SchemaResult>([&](QObject* ctx, auto done) { c->schema(side.object, ctx, done); });
        QVERIFY2(schema.error.ok(), qPrintable(schema.error.message));
        QVERIFY(!schema.fields.isEmpty());
        const auto quota = await<QuotaResult>([&](QObject* ctx, auto done) { c->quota(ctx, done); });
        QVERIFY2(quota.error.ok(), qPrintable(quota.error.message));
        QVERIFY(!count.meta.deprecation.retired);
    }

    void scenarios_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<ErrorKind>("kind");
        for (const auto& [vendor, name] : { std::pair { Vendor::HubSpot, "hubspot" },
                 std::pair { Vendor::Salesforce, "salesforce" }, std::pair { Vendor::Mailchimp, "mailchimp" } }) {
            QTest::addRow("%s auth_revoked", name) << vendor << u"auth_revoked"_s << ErrorKind::Auth;
            QTest::addRow("%s permission_removed", name) << vendor << u"permission_removed"_s << ErrorKind::Permission;
            QTest::addRow("%s server_errors", name) << vendor << u"server_errors"_s << ErrorKind::Server;
            QTest::addRow("%s malformed", name) << vendor << u"malformed"_s << ErrorKind::Parse;
        }
        QTest::addRow("salesforce retired_version") << Vendor::Salesforce << u"retired_version"_s << ErrorKind::Gone;
    }
    void scenarios()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, scenario);
        QFETCH(ErrorKind, kind);
        auto c = make(vendor);
        QVERIFY(c);
        QVERIFY(m_server.setScenario(scenario));
        const IntegrationSide side = sideOf(*c);
        const auto count = await<CountResult>([&](QObject* ctx, auto done) { c->count(side, ctx, done); });
        QVERIFY2(
            count.error.kind == kind, qPrintable(u"%1: %2"_s.arg(errorKindKey(count.error.kind), count.error.message)));
        QCOMPARE(count.count, std::nullopt);
        if (kind == ErrorKind::Gone)
            QVERIFY(count.meta.deprecation.retired);
    }

    // A deleted object type, object or audience: NotFound from each vendor's own answer (HubSpot 400 "Unable to
    // infer object type", Salesforce INVALID_TYPE, Mailchimp 404), while the account still answers.
    void objectDeletedIsNotFound_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("hubspot") << Vendor::HubSpot;
        QTest::newRow("salesforce") << Vendor::Salesforce;
        QTest::newRow("mailchimp") << Vendor::Mailchimp;
    }
    void objectDeletedIsNotFound()
    {
        QFETCH(Vendor, vendor);
        auto c = make(vendor);
        QVERIFY(c);
        QVERIFY(m_server.setScenario(u"object_deleted"_s, c->connection().id));
        const IntegrationSide side = sideOf(*c);
        const auto count = await<CountResult>([&](QObject* ctx, auto done) { c->count(side, ctx, done); });
        QVERIFY2(count.error.kind == ErrorKind::NotFound,
            qPrintable(u"%1: %2"_s.arg(errorKindKey(count.error.kind), count.error.message)));
        QCOMPARE(count.count, std::nullopt);
        if (vendor == Vendor::HubSpot)
            return; // its connection test reads contacts, the very object type the sandbox deleted here
        const auto test = await<TestResult>([&](QObject* ctx, auto done) { c->testConnection(ctx, done); });
        QVERIFY2(test.error.ok(), qPrintable(test.error.message));
    }

    void deprecatedVersionIsSignalled()
    {
        QVERIFY(m_server.setScenario(u"deprecated_version"_s));
        auto c = make(Vendor::Salesforce);
        const auto count = await<CountResult>([&](QObject* ctx, auto done) { c->count(sideOf(*c), ctx, done); });
        QVERIFY2(count.error.ok(), qPrintable(count.error.message));
        QVERIFY(count.meta.deprecation.deprecated);
    }

    void rateLimitedIsTyped()
    {
        QVERIFY(m_server.setScenario(u"rate_limited"_s));
        auto c = make(Vendor::HubSpot);
        const auto count = await<CountResult>([&](QObject* ctx, auto done) { c->count(sideOf(*c), ctx, done); });
        QVERIFY2(count.error.kind == ErrorKind::RateLimited || count.error.kind == ErrorKind::QuotaExhausted,
            qPrintable(count.error.message));
    }
};

QTEST_GUILESS_MAIN(TestCrmSandbox)
#include "tst_crm_sandbox.moc"
