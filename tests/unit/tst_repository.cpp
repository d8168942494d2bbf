// Unit tests for plumbline::WorkspaceRepository on a real SQLite file.

#include <Database.h>
#include <WorkspaceRepository.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QDateTime kT0(QDate(2025, 3, 4), QTime(10, 11, 12, 345), Qt::UTC);

Connection hubspot()
{
    Connection c;
    c.id = u"hubspot-main"_s;
    c.name = u"HubSpot (marketing hub) — ünïcode"_s;
    c.vendor = Vendor::HubSpot;
    c.baseUrl = u"https://api.hubapi.com"_s;
    c.apiVersion = u"v3"_s;
    c.authMethod = u"private_app_token"_s;
    c.options = QJsonObject { { u"portal"_s, 12345 },
        { u"nested"_s, QJsonObject { { u"a"_s, QJsonArray { 1, u"two"_s, true } } } } };
    c.owner = u"Dana"_s;
    c.notes = u"line one\nline 'two' \"quoted\""_s;
    return c;
}

Connection mailchimp()
{
    Connection c;
    c.id = u"mailchimp-main"_s;
    c.name = u"Mailchimp"_s;
    c.vendor = Vendor::Mailchimp;
    c.apiVersion = u"3.0"_s;
    c.authMethod = u"api_key"_s;
    c.options = QJsonObject { { u"audience_id"_s, u"a1b2c3d4e5"_s } };
    return c;
}

Connection make()
{
    Connection c;
    c.id = u"make-eu"_s;
    c.name = u"Make"_s;
    c.vendor = Vendor::Make;
    c.options = QJsonObject { { u"zone"_s, u"eu1.make.com"_s } };
    return c;
}

Integration crmToEmail()
{
    Integration i;
    i.id = u"crm-to-email"_s;
    i.name = u"HubSpot contacts to Mailchimp"_s;
    i.source = { u"hubspot-main"_s, u"contacts"_s,
        QJsonObject { { u"filterGroups"_s, QJsonArray { QJsonObject { { u"propertyName"_s, u"x"_s } } } } } };
    i.destination = { u"mailchimp-main"_s, u"a1b2c3d4e5"_s, QJsonValue(u"status = 'subscribed'"_s) };
    i.direction = Direction::TwoWay;
    i.middleware = Middleware { u"make-eu"_s, u"925"_s };
    i.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false },
        { u"lastname"_s, u"LNAME"_s, false }, { u"company"_s, u"MMERGE5"_s, true } };
    i.checks.intervalS = 600;
    i.checks.tolerancePct = 1.5;
    i.checks.toleranceAbs = 25;
    i.checks.lagGraceS = 1800;
    i.checks.extra = QJsonObject { { u"future_rule"_s, QJsonObject { { u"on"_s, true } } },
        { u"weights"_s, QJsonArray { 1, 2 } } };
    i.owner = u"Dana"_s;
    i.purpose = u"Newsletter"_s;
    i.runbook = u"Check the Make scenario."_s;
    return i;
}

Integration shopToCrm()
{
    Integration i;
    i.id = u"shop-to-crm"_s;
    i.name = u"Mailchimp to HubSpot"_s;
    i.source = { u"mailchimp-main"_s, u"members"_s, QJsonValue::Null };
    i.destination = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
    return i;
}

struct Store
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<WorkspaceRepository> repo;

    explicit Store(const QString& user = u"alice"_s)
    {
        const Database::OpenResult r = db.open(dir.filePath(u"store.sqlite"_s));
        if (!r)
            qFatal("cannot open store: %s", qPrintable(r.message));
        repo = std::make_unique<WorkspaceRepository>(db, user);
        repo->setClock([] { return kT0; });
    }
};

bool sameWorkspace(const Workspace& a, const Workspace& b)
{
    if (a.connections.size() != b.connections.size() || a.integrations.size() != b.integrations.size())
        return false;
    for (qsizetype k = 0; k < a.connections.size(); ++k) {
        const Connection& x = a.connections.at(k);
        const Connection& y = b.connections.at(k);
        if (!x.sameDefinition(y) || x.createdAt != y.createdAt || x.updatedAt != y.updatedAt
            || x.secretState != y.secretState || x.secretUpdatedAt != y.secretUpdatedAt)
            return false;
    }
    for (qsizetype k = 0; k < a.integrations.size(); ++k) {
        const Integration& x = a.integrations.at(k);
        const Integration& y = b.integrations.at(k);
        if (!x.sameDefinition(y) || x.createdAt != y.createdAt || x.updatedAt != y.updatedAt)
            return false;
    }
    return true;
}

bool sameLog(const QList<ChangeLogEntry>& a, const QList<ChangeLogEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype k = 0; k < a.size(); ++k) {
        const ChangeLogEntry& x = a.at(k);
        const ChangeLogEntry& y = b.at(k);
        if (x.id != y.id || x.timestamp != y.timestamp || x.osUser != y.osUser || x.action != y.action
            || x.entityType != y.entityType || x.entityId != y.entityId || x.summary != y.summary
            || x.details != y.details)
            return false;
    }
    return true;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionRoundTrip();
    void integrationRoundTrip();
    void minimalDefinitionsSave();
    void filterKindsRoundTrip_data();
    void filterKindsRoundTrip();
    void createWritesLog();
    void updateWritesDiffAndUser();
    void unchangedSaveWritesNothing();
    void integrationUpdateDiff();
    void removeConnectionWithoutDependentsFlag();
    void removeConnectionWithDependents();
    void removeUnusedConnection();
    void removeUnknown();
    void removeIntegration();
    void importAddsAndLogs();
    void importFailureLeavesStoreUnchanged_data();
    void importFailureLeavesStoreUnchanged();
    void saveFailureLeavesStoreUnchanged();
    void signalsEmitted();
    void setSecretState();
    void logChangeUsesOsUser();
};

void TestRepository::connectionRoundTrip()
{
    Store s;
    const Connection c = hubspot();
    QVERIFY(s.repo->saveConnection(c).ok());
    const std::optional<Connection> back = s.repo->connection(c.id);
    QVERIFY(back);
    QVERIFY(back->sameDefinition(c));
    QCOMPARE(back->name, c.name);
    QCOMPARE(back->options, c.options);
    QCOMPARE(back->notes, c.notes);
    QCOMPARE(back->createdAt, kT0);
    QCOMPARE(back->updatedAt, kT0);
    QCOMPARE(back->secretState, SecretState::Unknown);
    QVERIFY(!back->secretUpdatedAt.isValid());
    QVERIFY(!s.repo->connection(u"nope"_s));

    // Every vendor survives the trip.
    for (Vendor v : allVendors()) {
        Connection other = mailchimp();
        other.id = u"v-"_s + vendorKey(v);
        other.vendor = v;
        QVERIFY(s.repo->saveConnection(other).ok());
        QCOMPARE(s.repo->connection(other.id)->vendor, v);
    }
}

void TestRepository::integrationRoundTrip()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    const Integration i = crmToEmail();
    const StoreResult r = s.repo->saveIntegration(i);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const std::optional<Integration> back = s.repo->integration(i.id);
    QVERIFY(back);
    QVERIFY(back->sameDefinition(i));
    QCOMPARE(back->source, i.source);
    QCOMPARE(back->destination, i.destination);
    QCOMPARE(back->direction, Direction::TwoWay);
    QCOMPARE(back->middleware, i.middleware);
    QCOMPARE(back->mappings, i.mappings); // order and key flags
    QCOMPARE(back->checks, i.checks);
    QCOMPARE(back->checks.extra, i.checks.extra);
    QCOMPARE(back->createdAt, kT0);

    // Reordering mappings and dropping the middleware are saved too.
    Integration changed = i;
    std::reverse(changed.mappings.begin(), changed.mappings.end());
    changed.mappings.removeLast();
    changed.middleware.reset();
    QVERIFY(s.repo->saveIntegration(changed).ok());
    const Integration again = *s.repo->integration(i.id);
    QCOMPARE(again.mappings, changed.mappings);
    QVERIFY(!again.middleware);
    QVERIFY(again.sameDefinition(changed));
}

void TestRepository::minimalDefinitionsSave()
{
    // Regression: null QStrings (fields never set) used to bind as SQL NULL and hit the NOT NULL constraints.
    Store s(QString {});
    Connection a;
    a.id = u"a"_s;
    a.name = u"A"_s;
    Connection b;
    b.id = u"b"_s;
    b.name = u"B"_s;
    QVERIFY(a.baseUrl.isNull() && a.owner.isNull());
    StoreResult r = s.repo->saveConnection(a);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(s.repo->saveConnection(b).ok());
    Integration i;
    i.id = u"a-to-b"_s;
    i.name = u"A to B"_s;
    i.source = { u"a"_s, u"things"_s, QJsonValue::Null };
    i.destination = { u"b"_s, u"things"_s, QJsonValue::Null };
    i.mappings = { { u"x"_s, u"y"_s, false } };
    r = s.repo->saveIntegration(i);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(s.repo->connection(u"a"_s)->sameDefinition(a));
    QVERIFY(s.repo->connection(u"a"_s)->baseUrl.isEmpty());
    QVERIFY(s.repo->integration(u"a-to-b"_s)->sameDefinition(i));
    QCOMPARE(s.repo->changeLog().size(), 3);
    QCOMPARE(s.repo->changeLog().first().osUser, QString()); // no OS user known: stored as ''
    Connection c;
    c.id = u"c"_s;
    c.name = u"C"_s;
    QVERIFY(s.repo->importWorkspace({ { c }, {} }, u"min.json"_s).ok());
}

void TestRepository::filterKindsRoundTrip_data()
{
    QTest::addColumn<QJsonValue>("filter");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("string") << QJsonValue(u"Email != null AND Name LIKE '%\"x\"%'"_s);
    QTest::newRow("empty string") << QJsonValue(u""_s);
    QTest::newRow("object") << QJsonValue(QJsonObject { { u"a"_s, QJsonArray { 1, QJsonValue::Null } } });
    QTest::newRow("empty object") << QJsonValue(QJsonObject {});
}

void TestRepository::filterKindsRoundTrip()
{
    QFETCH(QJsonValue, filter);
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    Integration i = shopToCrm();
    i.source.filter = filter;
    i.destination.filter = filter;
    QVERIFY(s.repo->saveIntegration(i).ok());
    const Integration back = *s.repo->integration(i.id);
    QCOMPARE(back.source.filter, filter);
    QCOMPARE(back.destination.filter, filter);
    QCOMPARE(back.source.filter.type(), filter.type());
}

void TestRepository::createWritesLog()
{
    Store s(u"bob"_s);
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    const QList<ChangeLogEntry> log = s.repo->changeLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, u"create"_s);
    QCOMPARE(log.first().entityType, u"connection"_s);
    QCOMPARE(log.first().entityId, u"hubspot-main"_s);
    QCOMPARE(log.first().osUser, u"bob"_s);
    QCOMPARE(log.first().timestamp, kT0);
    QVERIFY(log.first().summary.contains(hubspot().name));
    QCOMPARE(log.first().details.value(u"name").toObject().value(u"to").toString(), hubspot().name);
    QCOMPARE(log.first().details.value(u"vendor").toObject().value(u"to").toString(), u"hubspot"_s);
}

void TestRepository::updateWritesDiffAndUser()
{
    Store s(u"carol"_s);
    const Connection c = hubspot();
    QVERIFY(s.repo->saveConnection(c).ok());
    const QDateTime t1 = kT0.addSecs(60);
    s.repo->setClock([t1] { return t1; });
    Connection changed = c;
    changed.name = u"HubSpot renamed"_s;
    changed.apiVersion = u"2026-03"_s;
    QVERIFY(s.repo->saveConnection(changed).ok());

    const QList<ChangeLogEntry> log = s.repo->changeLog();
    QCOMPARE(log.size(), 2);
    const ChangeLogEntry& e = log.first(); // newest first
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.entityId, c.id);
    QCOMPARE(e.osUser, u"carol"_s);
    QCOMPARE(e.timestamp, t1);
    const QJsonObject expected {
        { u"name"_s, QJsonObject { { u"from"_s, c.name }, { u"to"_s, changed.name } } },
        { u"api_version"_s, QJsonObject { { u"from"_s, u"v3"_s }, { u"to"_s, u"2026-03"_s } } },
    };
    QCOMPARE(e.details, expected);
    QVERIFY(log.at(1).id < e.id);

    const Connection back = *s.repo->connection(c.id);
    QCOMPARE(back.createdAt, kT0);
    QCOMPARE(back.updatedAt, t1);
}

void TestRepository::unchangedSaveWritesNothing()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    const QList<ChangeLogEntry> before = s.repo->changeLog();
    QSignalSpy conn(s.repo.get(), &WorkspaceRepository::connectionsChanged);
    QSignalSpy integ(s.repo.get(), &WorkspaceRepository::integrationsChanged);
    QSignalSpy log(s.repo.get(), &WorkspaceRepository::changeLogChanged);
    s.repo->setClock([] { return kT0.addDays(1); });

    // Bookkeeping fields differ, the definition does not.
    Connection c = hubspot();
    c.createdAt = kT0.addYears(-1);
    c.secretState = SecretState::Stored;
    QVERIFY(s.repo->saveConnection(c).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    QVERIFY(s.repo->importWorkspace({ { hubspot(), mailchimp() }, { crmToEmail() } }, u"same.json"_s).ok());

    QVERIFY(sameLog(s.repo->changeLog(), before));
    QCOMPARE(s.repo->connection(c.id)->updatedAt, kT0);
    QCOMPARE(conn.count(), 0);
    QCOMPARE(integ.count(), 0);
    QCOMPARE(log.count(), 0);
}

void TestRepository::integrationUpdateDiff()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    Integration changed = crmToEmail();
    changed.checks.intervalS = 900;
    changed.direction = Direction::OneWay;
    QVERIFY(s.repo->saveIntegration(changed).ok());
    const ChangeLogEntry e = s.repo->changeLog().first();
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.entityType, u"integration"_s);
    QCOMPARE(e.details.keys(), (QStringList { u"checks"_s, u"direction"_s }));
    QCOMPARE(e.details.value(u"direction").toObject(),
        (QJsonObject { { u"from"_s, u"two_way"_s }, { u"to"_s, u"one_way"_s } }));
    QCOMPARE(e.details.value(u"checks").toObject().value(u"from").toObject().value(u"interval_s").toInt(), 600);
    QCOMPARE(e.details.value(u"checks").toObject().value(u"to").toObject().value(u"interval_s").toInt(), 900);
}

void TestRepository::removeConnectionWithoutDependentsFlag()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    QVERIFY(s.repo->saveIntegration(shopToCrm()).ok());
    QCOMPARE(s.repo->dependentIntegrations(u"hubspot-main"_s), (QStringList { u"crm-to-email"_s, u"shop-to-crm"_s }));
    QCOMPARE(s.repo->dependentIntegrations(u"make-eu"_s), QStringList { u"crm-to-email"_s }); // middleware counts
    const Workspace before = s.repo->workspace();
    const QList<ChangeLogEntry> logBefore = s.repo->changeLog();

    const StoreResult r = s.repo->removeConnection(u"hubspot-main"_s, false);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, u"Connection \"%1\" is used by crm-to-email, shop-to-crm."_s.arg(hubspot().name));

    const StoreResult m = s.repo->removeConnection(u"make-eu"_s, false);
    QVERIFY(!m.ok());
    QVERIFY2(m.error.contains(u"crm-to-email"_s), qPrintable(m.error));
    QVERIFY(sameWorkspace(s.repo->workspace(), before));
    QVERIFY(sameLog(s.repo->changeLog(), logBefore));
}

void TestRepository::removeConnectionWithDependents()
{
    Store s(u"dave"_s);
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    QVERIFY(s.repo->saveIntegration(shopToCrm()).ok());
    const qsizetype logBefore = s.repo->changeLog().size();

    const StoreResult r = s.repo->removeConnection(u"make-eu"_s, true);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!s.repo->connection(u"make-eu"_s));
    QVERIFY(!s.repo->integration(u"crm-to-email"_s));
    QVERIFY(s.repo->integration(u"shop-to-crm"_s)); // not dependent: kept
    QCOMPARE(s.repo->connections().size(), 2);

    // Mappings went with their integration (foreign keys on).
    QSqlQuery q(s.db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM field_mappings WHERE integration_id = 'crm-to-email'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    const QList<ChangeLogEntry> log = s.repo->changeLog();
    QCOMPARE(log.size(), logBefore + 2);
    QCOMPARE(log.at(0).action, u"delete"_s);
    QCOMPARE(log.at(0).entityType, u"connection"_s);
    QCOMPARE(log.at(0).entityId, u"make-eu"_s);
    QCOMPARE(log.at(0).osUser, u"dave"_s);
    QCOMPARE(log.at(1).action, u"delete"_s);
    QCOMPARE(log.at(1).entityType, u"integration"_s);
    QCOMPARE(log.at(1).entityId, u"crm-to-email"_s);
}

void TestRepository::removeUnusedConnection()
{
    Store s;
    QVERIFY(s.repo->saveConnection(make()).ok());
    QSignalSpy integ(s.repo.get(), &WorkspaceRepository::integrationsChanged);
    QSignalSpy conn(s.repo.get(), &WorkspaceRepository::connectionsChanged);
    QVERIFY(s.repo->removeConnection(u"make-eu"_s, false).ok());
    QVERIFY(s.repo->connections().isEmpty());
    QCOMPARE(conn.count(), 1);
    QCOMPARE(integ.count(), 0);
    QCOMPARE(s.repo->changeLog().first().action, u"delete"_s);
}

void TestRepository::removeUnknown()
{
    Store s;
    const StoreResult c = s.repo->removeConnection(u"ghost"_s, true);
    QCOMPARE(c.error, u"There is no connection \"ghost\"."_s);
    const StoreResult i = s.repo->removeIntegration(u"ghost"_s);
    QCOMPARE(i.error, u"There is no integration \"ghost\"."_s);
    QVERIFY(s.repo->changeLog().isEmpty());
}

void TestRepository::removeIntegration()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveIntegration(shopToCrm()).ok());
    QVERIFY(s.repo->removeIntegration(u"shop-to-crm"_s).ok());
    QVERIFY(s.repo->integrations().isEmpty());
    QCOMPARE(s.repo->changeLog().first().entityType, u"integration"_s);
    QCOMPARE(s.repo->changeLog().first().action, u"delete"_s);
    // The connections are free now.
    QVERIFY(s.repo->removeConnection(u"hubspot-main"_s, false).ok());
}

void TestRepository::importAddsAndLogs()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    Connection renamed = hubspot();
    renamed.name = u"HubSpot (imported)"_s;
    const Workspace incoming { { renamed, mailchimp(), make() }, { crmToEmail() } };
    const StoreResult r = s.repo->importWorkspace(incoming, u"stack.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(s.repo->connections().size(), 3);
    QVERIFY(s.repo->connection(u"hubspot-main"_s)->sameDefinition(renamed));
    QVERIFY(s.repo->integration(u"crm-to-email"_s)->sameDefinition(crmToEmail()));
    const QList<ChangeLogEntry> log = s.repo->changeLog();
    QCOMPARE(log.size(), 1 + 4);
    for (qsizetype k = 0; k < 4; ++k) {
        QCOMPARE(log.at(k).action, u"import"_s);
        QVERIFY2(log.at(k).summary.contains(u"stack.json"_s), qPrintable(log.at(k).summary));
    }
    const auto changedEntry = std::find_if(log.begin(), log.end(),
        [](const ChangeLogEntry& e) { return e.action == u"import" && e.entityId == u"hubspot-main"; });
    QVERIFY(changedEntry != log.end());
    QVERIFY(changedEntry->summary.contains(u"changed by import"_s));
    QCOMPARE(changedEntry->details.keys(), QStringList { u"name"_s });
}

void TestRepository::importFailureLeavesStoreUnchanged_data()
{
    QTest::addColumn<bool>("preexisting");
    QTest::addColumn<int>("failAfter");
    // Statements in this import: 4 connections x (write + log), 1 integration x (write, delete mappings,
    // 4 mapping inserts, log). Fail at each point, including the very first and the very last statement.
    for (bool pre : { false, true }) {
        for (int n : { 0, 1, 2, 3, 5, 7, 8, 9, 10, 11, 13, 14 })
            QTest::addRow("%s, fail after %d", pre ? "existing data" : "empty store", n) << pre << n;
    }
}

void TestRepository::importFailureLeavesStoreUnchanged()
{
    QFETCH(bool, preexisting);
    QFETCH(int, failAfter);
    Store s;
    Connection zapier;
    zapier.id = u"zapier-main"_s;
    zapier.name = u"Zapier"_s;
    zapier.vendor = Vendor::Zapier;
    if (preexisting) {
        QVERIFY(s.repo->saveConnection(hubspot()).ok());
        QVERIFY(s.repo->saveConnection(mailchimp()).ok());
        QVERIFY(s.repo->saveConnection(make()).ok());
        Integration old = crmToEmail();
        old.mappings = { { u"id"_s, u"ID"_s, true } };
        QVERIFY(s.repo->saveIntegration(old).ok());
        QVERIFY(s.repo->setSecretState(u"hubspot-main"_s, SecretState::Stored, true).ok());
    }
    Connection h = hubspot();
    h.name = u"HubSpot v2"_s;
    Connection m = mailchimp();
    m.notes = u"changed"_s;
    Connection mk = make();
    mk.owner = u"Someone"_s;
    const Workspace incoming { { h, m, mk, zapier }, { crmToEmail() } };

    const Workspace before = s.repo->workspace();
    const QList<ChangeLogEntry> logBefore = s.repo->changeLog();
    QSignalSpy conn(s.repo.get(), &WorkspaceRepository::connectionsChanged);
    QSignalSpy log(s.repo.get(), &WorkspaceRepository::changeLogChanged);

    s.repo->failAfterStatementsForTest(failAfter);
    const StoreResult r = s.repo->importWorkspace(incoming, u"broken.json"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"simulated failure"_s), qPrintable(r.error));

    QVERIFY(sameWorkspace(s.repo->workspace(), before));
    QVERIFY(sameLog(s.repo->changeLog(), logBefore));
    QCOMPARE(conn.count(), 0);
    QCOMPARE(log.count(), 0);

    // The store is still usable, and the same import goes through once nothing fails.
    s.repo->failAfterStatementsForTest(-1);
    const StoreResult ok = s.repo->importWorkspace(incoming, u"fixed.json"_s);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(s.repo->connections().size(), 4);
    QVERIFY(s.repo->integration(u"crm-to-email"_s)->sameDefinition(crmToEmail()));
}

void TestRepository::saveFailureLeavesStoreUnchanged()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveConnection(make()).ok());
    QVERIFY(s.repo->saveIntegration(crmToEmail()).ok());
    const Workspace before = s.repo->workspace();
    const QList<ChangeLogEntry> logBefore = s.repo->changeLog();
    Integration changed = crmToEmail();
    changed.mappings.append({ u"phone"_s, u"PHONE"_s, false });
    for (int n = 0; n < 8; ++n) {
        s.repo->failAfterStatementsForTest(n);
        const StoreResult r = s.repo->saveIntegration(changed);
        QVERIFY2(!r.ok(), qPrintable(u"fail after %1"_s.arg(n)));
        QVERIFY(r.error.contains(u"simulated failure"_s));
        s.repo->failAfterStatementsForTest(-1);
        QVERIFY(sameWorkspace(s.repo->workspace(), before));
        QVERIFY(sameLog(s.repo->changeLog(), logBefore));
    }
    s.repo->failAfterStatementsForTest(1);
    QVERIFY(!s.repo->removeConnection(u"make-eu"_s, true).ok());
    s.repo->failAfterStatementsForTest(-1);
    QVERIFY(sameWorkspace(s.repo->workspace(), before));
    QVERIFY(sameLog(s.repo->changeLog(), logBefore));
}

void TestRepository::signalsEmitted()
{
    Store s;
    QSignalSpy conn(s.repo.get(), &WorkspaceRepository::connectionsChanged);
    QSignalSpy integ(s.repo.get(), &WorkspaceRepository::integrationsChanged);
    QSignalSpy log(s.repo.get(), &WorkspaceRepository::changeLogChanged);

    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    QCOMPARE(conn.count(), 1);
    QCOMPARE(integ.count(), 0);
    QCOMPARE(log.count(), 1);

    QVERIFY(s.repo->saveConnection(mailchimp()).ok());
    QVERIFY(s.repo->saveIntegration(shopToCrm()).ok());
    QCOMPARE(conn.count(), 2);
    QCOMPARE(integ.count(), 1);
    QCOMPARE(log.count(), 3);

    QVERIFY(s.repo->importWorkspace({ { make() }, {} }, u"x.json"_s).ok());
    QCOMPARE(conn.count(), 3);
    QCOMPARE(log.count(), 4);

    QVERIFY(s.repo->setSecretState(u"make-eu"_s, SecretState::Missing, false).ok());
    QCOMPARE(conn.count(), 4);
    QCOMPARE(log.count(), 4); // the credential state is bookkeeping, not a definition change

    QVERIFY(s.repo->removeConnection(u"hubspot-main"_s, true).ok());
    QCOMPARE(conn.count(), 5);
    QCOMPARE(integ.count(), 3); // import of connections only also announces integrations; removal with dependents
    QCOMPARE(log.count(), 5);
}

void TestRepository::setSecretState()
{
    Store s;
    QVERIFY(s.repo->saveConnection(hubspot()).ok());
    const qsizetype logSize = s.repo->changeLog().size();

    const QDateTime t1 = kT0.addSecs(3600);
    s.repo->setClock([t1] { return t1; });
    QVERIFY(s.repo->setSecretState(u"hubspot-main"_s, SecretState::Stored, true).ok());
    Connection c = *s.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Stored);
    QCOMPARE(c.secretUpdatedAt, t1);
    QCOMPARE(c.updatedAt, kT0); // the definition did not change

    // A check that only learns the state keeps the age of the credential.
    const QDateTime t2 = t1.addDays(3);
    s.repo->setClock([t2] { return t2; });
    QVERIFY(s.repo->setSecretState(u"hubspot-main"_s, SecretState::Unavailable, false).ok());
    c = *s.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Unavailable);
    QCOMPARE(c.secretUpdatedAt, t1);

    QVERIFY(s.repo->setSecretState(u"hubspot-main"_s, SecretState::Missing, false).ok());
    QCOMPARE(s.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Missing);

    QVERIFY(s.repo->setSecretState(u"hubspot-main"_s, SecretState::Stored, true).ok());
    c = *s.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Stored);
    QCOMPARE(c.secretUpdatedAt, t2);
    QCOMPARE(s.repo->changeLog().size(), logSize);

    const StoreResult unknown = s.repo->setSecretState(u"no-such-connection"_s, SecretState::Stored, true);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(u"no-such-connection"_s), qPrintable(unknown.error));

    // Saving the definition again does not forget the credential state.
    Connection renamed = hubspot();
    renamed.name = u"Renamed"_s;
    QVERIFY(s.repo->saveConnection(renamed).ok());
    c = *s.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Stored);
    QCOMPARE(c.secretUpdatedAt, t2);

    // State keys round-trip.
    for (SecretState st : { SecretState::Unknown, SecretState::Stored, SecretState::Missing, SecretState::Unavailable })
        QCOMPARE(secretStateFromKey(secretStateKey(st)), st);
    QCOMPARE(secretStateFromKey(u"garbage"_s), SecretState::Unknown);
}

void TestRepository::logChangeUsesOsUser()
{
    Store s(u"erin"_s);
    QSignalSpy log(s.repo.get(), &WorkspaceRepository::changeLogChanged);
    QVERIFY(s.repo->logChange({ 0, {}, {}, u"secret_delete"_s, u"connection"_s, u"x"_s, u"removed"_s, {} }).ok());
    QVERIFY(s.repo
                ->logChange({ 0, kT0.addDays(-1), u"root"_s, u"secret_set"_s, u"connection"_s, u"y"_s, u"set"_s,
                    QJsonObject { { u"k"_s, 1 } } })
                .ok());
    QCOMPARE(log.count(), 2);
    const QList<ChangeLogEntry> entries = s.repo->changeLog();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).osUser, u"erin"_s);
    QCOMPARE(entries.at(1).timestamp, kT0);
    QCOMPARE(entries.at(0).osUser, u"root"_s);
    QCOMPARE(entries.at(0).timestamp, kT0.addDays(-1));
    QCOMPARE(entries.at(0).details, (QJsonObject { { u"k"_s, 1 } }));
    QCOMPARE(s.repo->changeLog(1).size(), 1);
    QCOMPARE(s.repo->changeLog(1).first().entityId, u"y"_s);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
