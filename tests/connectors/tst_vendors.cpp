// Every registered vendor keeps to what its descriptor declares (ARCHITECTURE.md, "Vendors"): each vendor of the
// Vendor enum is registered exactly once, its connection form is complete, and its connector, created through the
// descriptor and run over loopback against the sandbox, answers with data for every capability it declares and with
// a NotFound error for every one it does not (an undeclared quota: no allowance, and no error).
#include "CommerceTestSupport.h"

#include "../../connectors/sandbox/SandboxServer.h"

#include <AuthMethod.h>
#include <ConnectorRegistry.h>
#include <Workspace.h>
#include <WorkspaceJson.h>

#include <QNetworkAccessManager>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

using Capability = VendorDescriptor::Capability;

Q_DECLARE_METATYPE(plumbline::VendorDescriptor::Capability)

namespace {

QString capabilityName(Capability c)
{
    switch (c) {
    case Capability::Count:
        return u"count"_s;
    case Capability::Schema:
        return u"schema"_s;
    case Capability::Quota:
        return u"quota"_s;
    case Capability::RunLog:
        return u"run log"_s;
    }
    return {};
}

QString describe(const ConnectorError& e)
{
    return u"%1: %2"_s.arg(errorKindKey(e.kind), e.message);
}

// What one operation answered: whether it carried data, and its error.
struct Answer
{
    bool data = false;
    ConnectorError error;
};

} // namespace

class TestVendors : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<Transport> m_transport;

    const Connection* connectionOf(Vendor vendor) const
    {
        for (const Connection& c : m_workspace.connections) {
            if (c.vendor == vendor)
                return &c;
        }
        return nullptr;
    }
    const Integration* integrationOf(const QString& connectionId) const
    {
        for (const Integration& i : m_workspace.integrations) {
            if (i.source.connection == connectionId || i.destination.connection == connectionId
                || (i.middleware && i.middleware->connection == connectionId))
                return &i;
        }
        return nullptr;
    }

    Answer ask(Connector& c, Capability capability)
    {
        const Integration* in = integrationOf(c.connection().id);
        const IntegrationSide side = in->source.connection == c.connection().id ? in->source : in->destination;
        Answer a;
        switch (capability) {
        case Capability::Count: {
            const auto r = await<CountResult>([&](QObject* ctx, auto done) { c.count(side, ctx, done); });
            a = { r.count.has_value() && *r.count > 0, r.error };
            break;
        }
        case Capability::Schema: {
            const auto r = await<SchemaResult>([&](QObject* ctx, auto done) { c.schema(side.object, ctx, done); });
            a = { !r.fields.isEmpty(), r.error };
            break;
        }
        case Capability::Quota: {
            const auto r = await<QuotaResult>([&](QObject* ctx, auto done) { c.quota(ctx, done); });
            a = { r.quota.limit.has_value(), r.error };
            break;
        }
        case Capability::RunLog: {
            // Middleware: the scenario or Zap of its integration; a generic endpoint: its error list at the object.
            const QString ref
                = in->middleware && in->middleware->connection == c.connection().id ? in->middleware->ref : side.object;
            const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
            const auto r = await<RunLogResult>([&](QObject* ctx, auto done) { c.runLog(ref, since, ctx, done); });
            a = { r.error.ok()
                    && (!r.events.isEmpty() || r.state.active.has_value() || !r.state.name.isEmpty()
                        || !in->middleware),
                r.error };
            break;
        }
        }
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(0));
        auto parsed = WorkspaceJson::parse(m_server.workspaceJson());
        QVERIFY(parsed.workspace);
        m_workspace = *parsed.workspace;
        TransportPolicy one = singleAttemptPolicy();
        one.budgetPerConnection = 10000;
        m_transport = std::make_unique<Transport>(m_network, one);
    }

    void everyVendorIsRegisteredOnce()
    {
        const QList<const VendorDescriptor*>& all = ConnectorRegistry::descriptors();
        QSet<Vendor> seen;
        for (const VendorDescriptor* d : all) {
            QVERIFY2(!seen.contains(d->vendor()), qPrintable(vendorKey(d->vendor())));
            seen.insert(d->vendor());
        }
        for (Vendor v : allVendors()) {
            QVERIFY2(seen.contains(v), qPrintable(u"%1 has no descriptor"_s.arg(vendorKey(v))));
            QCOMPARE(ConnectorRegistry::descriptor(v).vendor(), v);
        }
        QCOMPARE(all.size(), allVendors().size());
    }

    void profileIsComplete_data()
    {
        QTest::addColumn<Vendor>("vendor");
        for (Vendor v : allVendors())
            QTest::newRow(qPrintable(vendorKey(v))) << v;
    }
    void profileIsComplete()
    {
        QFETCH(Vendor, vendor);
        const VendorDescriptor& d = ConnectorRegistry::descriptor(vendor);
        const VendorProfile p = VendorCatalog::profile(vendor);
        QCOMPARE(p.vendor, vendor);
        QVERIFY(!p.authMethod.isEmpty());
        QVERIFY(!p.secretName.isEmpty());
        QVERIFY(!p.secretLabel.isEmpty());
        QVERIFY(!p.secretHelp.isEmpty());
        QVERIFY(!p.baseUrlLabel.isEmpty());
        // Without a default base URL, the form must ask for one or derive it from a required option.
        const bool derivable
            = std::any_of(p.options.cbegin(), p.options.cend(), [](const VendorOption& o) { return o.required; });
        QVERIFY(!p.defaultBaseUrl.isEmpty() || p.baseUrlRequired || derivable || vendor == Vendor::Mailchimp);
        if (!p.defaultApiVersion.isEmpty())
            QVERIFY2(p.apiVersions.contains(p.defaultApiVersion), qPrintable(p.defaultApiVersion));
        QSet<QString> keys;
        for (const VendorOption& o : p.options) {
            QVERIFY2(!keys.contains(o.key), qPrintable(o.key));
            keys.insert(o.key);
            QVERIFY(!o.label.isEmpty());
        }
        // The words the rules use: every one says something, and where it names a thing it keeps the name.
        QVERIFY(!d.monitoredThing().isEmpty());
        QVERIFY(!d.newKeyHint().isEmpty());
        QVERIFY(!d.scopeHint().isEmpty());
        QVERIFY(!d.versionHint().isEmpty());
        QVERIFY(d.whereToLook(u"«thing 42»"_s).contains(u"«thing 42»"_s));
        // A vendor declares at least one thing it can answer, and middleware has no records of its own.
        QVERIFY(d.capabilities() != VendorDescriptor::Capabilities());
        QVERIFY(!(d.isMiddleware() && d.capabilities().testFlag(Capability::Count)));
    }

    void connectorKeepsToItsDeclaration_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<Capability>("capability");
        for (Vendor v : allVendors()) {
            for (Capability c : { Capability::Count, Capability::Schema, Capability::Quota, Capability::RunLog })
                QTest::newRow(qPrintable(vendorKey(v) + u' ' + capabilityName(c))) << v << c;
        }
    }
    void connectorKeepsToItsDeclaration()
    {
        QFETCH(Vendor, vendor);
        QFETCH(Capability, capability);
        const VendorDescriptor& d = ConnectorRegistry::descriptor(vendor);
        const Connection* connection = connectionOf(vendor);
        QVERIFY2(connection, "the sandbox defines a connection for every vendor");
        QVERIFY(integrationOf(connection->id));
        // An OAuth connection's secret is its client secret; its connector sends an access token the sandbox issued.
        const QString credential = AuthMethod::isOAuth(*connection) ? m_server.issueAccessToken(connection->id)
                                                                    : m_server.secrets().value(connection->id);
        QVERIFY(!credential.isEmpty());
        const std::unique_ptr<Connector> c = d.createConnector(*m_transport, *connection, credential);
        QVERIFY(c);
        QCOMPARE(c->connection().id, connection->id);
        QCOMPARE(c->isMiddleware(), d.isMiddleware());
        // The registry creates the same kind of connector.
        const std::unique_ptr<Connector> viaRegistry = ConnectorRegistry::create(*m_transport, *connection, credential);
        QVERIFY(viaRegistry && typeid(*viaRegistry) == typeid(*c));

        const Answer a = ask(*c, capability);
        if (d.capabilities().testFlag(capability)) {
            QVERIFY2(a.error.ok(), qPrintable(describe(a.error)));
            QVERIFY2(a.data, "a declared capability answers with data");
        } else if (capability == Capability::Quota) {
            // A vendor that documents no allowance answers without one, and without inventing an error.
            QVERIFY2(a.error.ok(), qPrintable(describe(a.error)));
            QVERIFY(!a.data);
        } else {
            QCOMPARE(a.error.kind, ErrorKind::NotFound);
            QVERIFY(!a.error.message.isEmpty());
            QVERIFY(!a.data);
        }
    }
};

QTEST_GUILESS_MAIN(TestVendors)
#include "tst_vendors.moc"
