// Value checks against the in-process sandbox over loopback: sample 200 records on an integration's source, look them
// up at its destination, for HubSpot -> Mailchimp and Shopify -> Salesforce, healthy and under value_drift; each side
// within 20 requests; the canary person sampled and found.
#include "CrmTestSupport.h"

#include "../../connectors/generic/GenericConnector.h"
#include "../../connectors/hubspot/HubSpotConnector.h"
#include "../../connectors/mailchimp/MailchimpConnector.h"
#include "../../connectors/salesforce/SalesforceConnector.h"
#include "../../connectors/sandbox/SandboxDataset.h"
#include "../../connectors/sandbox/SandboxServer.h"
#include "../../connectors/shopify/ShopifyConnector.h"

#include <Workspace.h>
#include <WorkspaceJson.h>
#include <values/ValueNormaliser.h>

#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
constexpr int kBudget = 20;

// One integration's check: both sides' answers and the mapped field pairs.
struct Check
{
    SampleResult sample;
    LookupResult lookup;
    QList<QPair<QString, QString>> fields; // source field, destination field
    int missing = 0;
};

QString text(const QJsonValue& v)
{
    return v.toString().trimmed();
}

} // namespace

class TestValuesSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<Transport> m_transport;

    std::unique_ptr<Connector> make(const QString& connectionId)
    {
        for (const Connection& c : std::as_const(m_workspace.connections)) {
            if (c.id != connectionId)
                continue;
            // Salesforce is on client credentials in the sandbox workspace: give it what the token endpoint hands out.
            const QString secret
                = c.vendor == Vendor::Salesforce ? m_server.issueAccessToken(c.id) : m_server.secrets().value(c.id);
            switch (c.vendor) {
            case Vendor::HubSpot:
                return std::make_unique<HubSpotConnector>(*m_transport, c, secret);
            case Vendor::Salesforce:
                return std::make_unique<SalesforceConnector>(*m_transport, c, secret);
            case Vendor::Mailchimp:
                return std::make_unique<MailchimpConnector>(*m_transport, c, secret);
            case Vendor::Shopify:
                return std::make_unique<ShopifyConnector>(*m_transport, c, secret);
            case Vendor::Generic: {
                Connection withLookup = c; // the warehouse answers ?email= lookups
                withLookup.options.insert(u"lookup_path"_s, u"{object}?email={key}"_s);
                return std::make_unique<GenericConnector>(*m_transport, withLookup, secret);
            }
            default:
                break;
            }
        }
        return nullptr;
    }

    Check run(const QString& integrationId)
    {
        Check check;
        const Integration* integration = nullptr;
        for (const Integration& i : std::as_const(m_workspace.integrations)) {
            if (i.id == integrationId)
                integration = &i;
        }
        if (!integration)
            return check;
        SampleRequest sample;
        LookupRequest lookup;
        for (const FieldMapping& m : integration->mappings) {
            if (m.key) {
                sample.keyField = m.source;
                lookup.keyField = m.destination;
            } else {
                sample.fields << m.source;
                lookup.fields << m.destination;
                check.fields.append({ m.source, m.destination });
            }
        }
        sample.size = 200;
        sample.settledBefore = kNow.addSecs(-900);
        sample.seed = 20261202;
        sample.maxRequests = kBudget;
        auto source = make(integration->source.connection);
        auto destination = make(integration->destination.connection);
        check.sample = await<SampleResult>(
            [&](QObject* ctx, auto done) { source->sample(integration->source, sample, ctx, done); });
        for (const ValueRecord& r : std::as_const(check.sample.records))
            lookup.keys << r.key;
        lookup.maxRequests = kBudget;
        check.lookup = await<LookupResult>(
            [&](QObject* ctx, auto done) { destination->lookup(integration->destination, lookup, ctx, done); });
        for (const ValueRecord& r : std::as_const(check.sample.records))
            check.missing += check.lookup.matches.contains(normaliseKey(r.key)) ? 0 : 1;
        return check;
    }

    // How many compared records have `destination` empty while the source has a value.
    static int emptiedAtDestination(const Check& check, const QString& source, const QString& destination)
    {
        int n = 0;
        for (const ValueRecord& r : check.sample.records) {
            const auto found = check.lookup.matches.value(normaliseKey(r.key));
            if (!found.isEmpty() && !text(r.fields.value(source)).isEmpty()
                && text(found.first().fields.value(destination)).isEmpty())
                ++n;
        }
        return n;
    }

    static void verifyWithinBudget(const Check& check)
    {
        QVERIFY2(check.sample.error.ok(), qPrintable(check.sample.error.message));
        QVERIFY2(check.lookup.error.ok(), qPrintable(check.lookup.error.message));
        QVERIFY2(check.sample.requests <= kBudget, qPrintable(QString::number(check.sample.requests)));
        QVERIFY2(check.lookup.requests <= kBudget, qPrintable(QString::number(check.lookup.requests)));
        QCOMPARE(check.sample.records.size(), 200);
        QVERIFY2(!check.sample.partial, qPrintable(check.sample.partialReason));
        QVERIFY2(!check.lookup.partial, qPrintable(check.lookup.partialReason));
        QCOMPARE(check.lookup.looked.size(), 200);
        QSet<QString> keys;
        for (const ValueRecord& r : check.sample.records)
            keys.insert(normaliseKey(r.key));
        QCOMPARE(keys.size(), 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setClock([] { return kNow; });
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
        QTest::addColumn<QString>("integration");
        QTest::newRow("hubspot to mailchimp") << u"crm-to-newsletter"_s;
        QTest::newRow("shopify to salesforce") << u"store-to-crm"_s;
    }
    void healthy()
    {
        QFETCH(QString, integration);
        const Check check = run(integration);
        verifyWithinBudget(check);
        QVERIFY(check.sample.population.value_or(0) > 200);
        // Every sampled record is at the destination, and its values agree after normalisation but for a few
        // honest edits (below 1 %).
        QCOMPARE(check.missing, 0);
        int compared = 0;
        int differing = 0;
        for (const ValueRecord& r : check.sample.records) {
            const auto found = check.lookup.matches.value(normaliseKey(r.key));
            QCOMPARE(found.size(), 1);
            for (const auto& [source, destination] : check.fields) {
                ++compared;
                const QString a = text(r.fields.value(source));
                const QString b = text(found.first().fields.value(destination));
                const bool phone = source == u"phone";
                auto digits = [](QString s) { return s.remove(QRegularExpression(u"[^0-9]"_s)).right(10); };
                differing += (phone ? digits(a) == digits(b) : a == b) ? 0 : 1;
            }
        }
        QVERIFY2(differing * 100 < compared, qPrintable(u"%1 of %2 differ"_s.arg(differing).arg(compared)));
        QVERIFY(emptiedAtDestination(check, check.fields.first().first, check.fields.first().second) == 0);
    }

    void canaryIsSampledAndFound_data() { healthy_data(); }
    void canaryIsSampledAndFound()
    {
        QFETCH(QString, integration);
        const Check check = run(integration);
        verifyWithinBudget(check);
        bool sampled = false;
        for (const ValueRecord& r : check.sample.records)
            sampled = sampled || r.key == SandboxDataset::kCanaryEmail;
        QVERIFY(sampled);
        const auto found = check.lookup.matches.value(normaliseKey(SandboxDataset::kCanaryEmail));
        QCOMPARE(found.size(), 1);
        QCOMPARE(text(found.first().fields.value(check.fields.first().second)), SandboxDataset::kCanaryFirstName);
    }

    // The warehouse has no change window and no batch lookup: spread pages only, one GET per key.
    void genericWarehouse()
    {
        auto warehouse = make(u"generic-sandbox"_s);
        QVERIFY(warehouse);
        const IntegrationSide side { u"generic-sandbox"_s, u"contacts"_s, QJsonValue() };
        SampleRequest sample;
        sample.keyField = u"email"_s;
        sample.fields = { u"firstname"_s };
        sample.size = 40;
        sample.settledBefore = kNow.addSecs(-900);
        const auto s
            = await<SampleResult>([&](QObject* ctx, auto done) { warehouse->sample(side, sample, ctx, done); });
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QCOMPARE(s.records.size(), 40);
        QVERIFY(s.requests <= 20);
        LookupRequest lookup;
        lookup.keyField = u"email"_s;
        lookup.fields = { u"firstname"_s };
        for (const ValueRecord& r : s.records.mid(0, 10))
            lookup.keys << r.key.toUpper();
        lookup.keys << u"nobody@nowhere.example"_s;
        const auto l
            = await<LookupResult>([&](QObject* ctx, auto done) { warehouse->lookup(side, lookup, ctx, done); });
        QVERIFY2(l.error.ok(), qPrintable(l.error.message));
        QCOMPARE(l.looked.size(), 11);
        QCOMPARE(l.matches.size(), 10);
        QCOMPARE(l.requests, 11);
    }

    void valueDrift_data() { healthy_data(); }
    void valueDrift()
    {
        QFETCH(QString, integration);
        const Check healthy = run(integration);
        QVERIFY(m_server.setScenario(u"value_drift"_s));
        const Check drift = run(integration);
        verifyWithinBudget(drift);
        // The source is untouched; at the destination some never arrived and the newest lost their first name.
        QCOMPARE(drift.sample.population, healthy.sample.population);
        QVERIFY2(drift.missing > 0 && drift.missing < 20, qPrintable(QString::number(drift.missing)));
        const int emptied = emptiedAtDestination(drift, drift.fields.first().first, drift.fields.first().second);
        QVERIFY2(emptied > 5, qPrintable(QString::number(emptied)));
    }
};

QTEST_GUILESS_MAIN(TestValuesSandbox)
#include "tst_values_sandbox.moc"
