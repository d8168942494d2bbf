// Unit tests for WorkspaceService: keeping the store and the secret store in step, import and export.

#include <Database.h>
#include <MemorySecretStore.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QString kSecret = u"pat-na1-CANARY-7f3a9c1e-do-not-leak"_s;

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<WorkspaceRepository> repo;
    MemorySecretStore secrets;
    std::unique_ptr<WorkspaceService> service;
    QObject context;

    Fixture()
    {
        const Database::OpenResult r = db.open(dir.filePath(u"w.sqlite"_s));
        if (!r)
            qFatal("cannot open: %s", qPrintable(r.message));
        repo = std::make_unique<WorkspaceRepository>(db, u"tester"_s);
        service = std::make_unique<WorkspaceService>(*repo, secrets);
    }

    // Runs an asynchronous service call and waits for its one answer.
    template <typename Call> std::optional<StoreResult> run(Call call)
    {
        std::optional<StoreResult> result;
        int calls = 0;
        call([&](const StoreResult& r) {
            result = r;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, 5000))
            return std::nullopt;
        QTest::qWait(10);
        return calls == 1 ? result : std::nullopt;
    }

    QByteArray storeBytes() const
    {
        QByteArray all;
        for (const QString& suffix : { u""_s, u"-wal"_s }) {
            QFile f(dir.filePath(u"w.sqlite"_s + suffix));
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

Connection hubspot()
{
    Connection c;
    c.id = u"hubspot-main"_s;
    c.name = u"HubSpot"_s;
    c.vendor = Vendor::HubSpot;
    c.baseUrl = u"https://api.hubapi.com"_s;
    c.apiVersion = u"v3"_s;
    return c;
}

Connection mailchimp()
{
    Connection c;
    c.id = u"mailchimp-main"_s;
    c.name = u"Mailchimp"_s;
    c.vendor = Vendor::Mailchimp;
    c.baseUrl = u"https://us6.api.mailchimp.com/3.0"_s;
    return c;
}

bool logMentions(const QList<ChangeLogEntry>& log, const QString& text)
{
    for (const ChangeLogEntry& e : log) {
        const QByteArray details = QJsonDocument(e.details).toJson();
        if (e.summary.contains(text) || e.entityId.contains(text) || e.osUser.contains(text) || e.action.contains(text)
            || details.contains(text.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class TestWorkspaceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveWithSecret();
    void saveWithSecretStoreLocked();
    void saveWithoutSecret();
    void setSecretUnknownConnection();
    void refreshSecretState();
    void removeConnectionRemovesSecret();
    void removeConnectionRefusedKeepsSecret();
    void importBytesWithProblemsStoresNothing();
    void importBytesOk();
    void exportHasNoSecret();
    void importFileOverLimit();
    void importFileAtLimit();
    void importFileMissing();
};

void TestWorkspaceService::saveWithSecret()
{
    Fixture f;
    const auto r = f.run([&](auto done) { f.service->saveConnection(hubspot(), kSecret, &f.context, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QVERIFY(f.secrets.contains(u"hubspot-main"_s, u"token"_s));
    QCOMPARE(f.secrets.size(), 1);
    const Connection c = *f.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Stored);
    QVERIFY(c.secretUpdatedAt.isValid());

    const QList<ChangeLogEntry> log = f.repo->changeLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).action, u"secret_set"_s);
    QCOMPARE(log.at(0).entityId, u"hubspot-main"_s);
    QCOMPARE(log.at(0).osUser, u"tester"_s);
    QCOMPARE(log.at(1).action, u"create"_s);
    QVERIFY(!logMentions(log, kSecret));
    QVERIFY(!logMentions(log, u"CANARY"_s));
    // Nor anywhere in the SQLite file.
    QVERIFY(!f.storeBytes().contains("CANARY"));

    // The stored key is the one given.
    std::optional<SecretResult> read;
    f.service->revealSecret(u"hubspot-main"_s, &f.context, [&](const SecretResult& s) { read = s; });
    QTRY_VERIFY(read);
    QCOMPARE(read->value, kSecret);
}

void TestWorkspaceService::saveWithSecretStoreLocked()
{
    Fixture f;
    f.secrets.setFailure(SecretError::Locked);
    const auto r = f.run([&](auto done) { f.service->saveConnection(hubspot(), kSecret, &f.context, done); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error, SecretStore::messageFor(SecretError::Locked));
    QVERIFY(f.repo->connection(u"hubspot-main"_s)); // the definition is kept
    const Connection c = *f.repo->connection(u"hubspot-main"_s);
    QCOMPARE(c.secretState, SecretState::Unavailable);
    QVERIFY(!c.secretUpdatedAt.isValid());
    QCOMPARE(f.secrets.size(), 0);
    const QList<ChangeLogEntry> log = f.repo->changeLog();
    QCOMPARE(log.size(), 1); // the create, no secret_set
    QCOMPARE(log.first().action, u"create"_s);
    QVERIFY(!logMentions(log, kSecret));
    QVERIFY(!f.storeBytes().contains("CANARY"));

    // NoService ends the same way.
    f.secrets.setFailure(SecretError::NoService);
    const auto r2 = f.run([&](auto done) { f.service->setSecret(u"hubspot-main"_s, kSecret, &f.context, done); });
    QVERIFY(r2);
    QCOMPARE(r2->error, SecretStore::messageFor(SecretError::NoService));
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Unavailable);
}

void TestWorkspaceService::saveWithoutSecret()
{
    Fixture f;
    const auto r = f.run([&](auto done) { f.service->saveConnection(hubspot(), std::nullopt, &f.context, done); });
    QVERIFY(r);
    QVERIFY(r->ok());
    QCOMPARE(f.secrets.size(), 0);
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Unknown);
    QCOMPARE(f.repo->changeLog().size(), 1);

    // A definition the store cannot save: no key is written for it.
    f.repo->failAfterStatementsForTest(0);
    const auto r2 = f.run([&](auto done) { f.service->saveConnection(mailchimp(), kSecret, &f.context, done); });
    f.repo->failAfterStatementsForTest(-1);
    QVERIFY(r2);
    QVERIFY(!r2->ok());
    QVERIFY2(r2->error.contains(u"Could not save connection \"mailchimp-main\""_s), qPrintable(r2->error));
    QCOMPARE(f.secrets.size(), 0);
}

void TestWorkspaceService::setSecretUnknownConnection()
{
    Fixture f;
    const auto r = f.run([&](auto done) { f.service->setSecret(u"ghost"_s, kSecret, &f.context, done); });
    QVERIFY(r);
    QCOMPARE(r->error, u"There is no connection \"ghost\"."_s);
    QCOMPARE(f.secrets.size(), 0);
}

void TestWorkspaceService::refreshSecretState()
{
    Fixture f;
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(hubspot(), std::nullopt, &f.context, done); }));
    auto r = f.run([&](auto done) { f.service->refreshSecretState(u"hubspot-main"_s, &f.context, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Missing);

    QVERIFY(f.run([&](auto done) { f.service->setSecret(u"hubspot-main"_s, kSecret, &f.context, done); }));
    const QDateTime stamped = f.repo->connection(u"hubspot-main"_s)->secretUpdatedAt;
    QVERIFY(stamped.isValid());
    r = f.run([&](auto done) { f.service->refreshSecretState(u"hubspot-main"_s, &f.context, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Stored);
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretUpdatedAt, stamped); // a read does not stamp

    f.secrets.setFailure(SecretError::Locked);
    r = f.run([&](auto done) { f.service->refreshSecretState(u"hubspot-main"_s, &f.context, done); });
    QVERIFY(r);
    QCOMPARE(r->error, SecretStore::messageFor(SecretError::Locked));
    QCOMPARE(f.repo->connection(u"hubspot-main"_s)->secretState, SecretState::Unavailable);

    r = f.run([&](auto done) { f.service->refreshSecretState(u"ghost"_s, &f.context, done); });
    QVERIFY(r);
    QCOMPARE(r->error, u"There is no connection \"ghost\"."_s);
}

void TestWorkspaceService::removeConnectionRemovesSecret()
{
    Fixture f;
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(hubspot(), kSecret, &f.context, done); }));
    QVERIFY(f.secrets.contains(u"hubspot-main"_s, u"token"_s));
    const auto r = f.run([&](auto done) { f.service->removeConnection(u"hubspot-main"_s, false, &f.context, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QVERIFY(!f.repo->connection(u"hubspot-main"_s));
    QVERIFY(!f.secrets.contains(u"hubspot-main"_s, u"token"_s));
    QCOMPARE(f.secrets.size(), 0);
    const QList<ChangeLogEntry> log = f.repo->changeLog();
    QCOMPARE(log.at(0).action, u"secret_delete"_s);
    QCOMPARE(log.at(1).action, u"delete"_s);
    QVERIFY(!logMentions(log, kSecret));
}

void TestWorkspaceService::removeConnectionRefusedKeepsSecret()
{
    Fixture f;
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(hubspot(), kSecret, &f.context, done); }));
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(mailchimp(), std::nullopt, &f.context, done); }));
    Integration i;
    i.id = u"crm-to-email"_s;
    i.name = u"CRM to email"_s;
    i.source = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
    i.destination = { u"mailchimp-main"_s, u"a1"_s, QJsonValue::Null };
    QVERIFY(f.repo->saveIntegration(i).ok());
    const auto r = f.run([&](auto done) { f.service->removeConnection(u"hubspot-main"_s, false, &f.context, done); });
    QVERIFY(r);
    QCOMPARE(r->error, u"Connection \"HubSpot\" is used by crm-to-email."_s);
    QVERIFY(f.repo->connection(u"hubspot-main"_s));
    QVERIFY(f.secrets.contains(u"hubspot-main"_s, u"token"_s)); // the key stays with its connection

    const auto ghost = f.run([&](auto done) { f.service->removeConnection(u"ghost"_s, false, &f.context, done); });
    QVERIFY(ghost);
    QCOMPARE(ghost->error, u"There is no connection \"ghost\"."_s);
}

void TestWorkspaceService::importBytesWithProblemsStoresNothing()
{
    Fixture f;
    const QByteArray bytes = R"({"format": "plumbline-workspace", "version": 1,
        "connections": [ { "id": "hubspot-main", "name": "HubSpot", "vendor": "hubspot" },
                         { "id": "bad", "name": "Bad", "vendor": "nope" } ],
        "integrations": [] })";
    const WorkspaceService::ImportOutcome o = f.service->importBytes(bytes, u"bad.json"_s);
    QVERIFY(!o.ok());
    QCOMPARE(o.problems.size(), 1);
    QCOMPARE(o.problems.first().path, u"$.connections[1].vendor"_s);
    QCOMPARE(o.messages().size(), 1);
    QVERIFY(o.messages().first().startsWith(u"$.connections[1].vendor: unknown vendor \"nope\""_s));
    QCOMPARE(o.connections, 0);
    QVERIFY(f.repo->connections().isEmpty());
    QVERIFY(f.repo->changeLog().isEmpty());
}

void TestWorkspaceService::importBytesOk()
{
    Fixture f;
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(mailchimp(), std::nullopt, &f.context, done); }));
    // The integration refers to a connection that is only in the store.
    const QByteArray bytes = R"({"format": "plumbline-workspace", "version": 1,
        "connections": [ { "id": "hubspot-main", "name": "HubSpot", "vendor": "hubspot" } ],
        "integrations": [ { "id": "i1", "name": "I1",
            "source": { "connection": "hubspot-main", "object": "contacts" },
            "destination": { "connection": "mailchimp-main", "object": "a1" } } ] })";
    const WorkspaceService::ImportOutcome o = f.service->importBytes(bytes, u"ok.json"_s);
    QVERIFY2(o.ok(), qPrintable(o.messages().join(u"\n")));
    QCOMPARE(o.connections, 1);
    QCOMPARE(o.integrations, 1);
    QCOMPARE(f.repo->connections().size(), 2);
    QVERIFY(f.repo->integration(u"i1"_s));
}

void TestWorkspaceService::exportHasNoSecret()
{
    Fixture f;
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(hubspot(), kSecret, &f.context, done); }));
    QVERIFY(f.run([&](auto done) { f.service->saveConnection(mailchimp(), u"CANARY-mc-us6"_s, &f.context, done); }));
    QCOMPARE(f.secrets.size(), 2);
    const QString path = f.dir.filePath(u"out/export.json"_s);
    QVERIFY(QDir().mkpath(f.dir.filePath(u"out"_s)));
    const StoreResult r = f.service->exportFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("CANARY"));
    QVERIFY(!bytes.contains("secret_state"));
    const WorkspaceParseResult back = WorkspaceJson::parse(bytes);
    QVERIFY(back.workspace);
    QCOMPARE(back.workspace->connections.size(), 2);

    // Unwritable target: a message naming the path.
    const QString bad = f.dir.filePath(u"w.sqlite/sub/x.json"_s);
    const StoreResult e = f.service->exportFile(bad);
    QVERIFY(!e.ok());
    QVERIFY2(e.error.startsWith(u"Could not write "_s + bad), qPrintable(e.error));
}

void TestWorkspaceService::importFileOverLimit()
{
    Fixture f;
    const QString path = f.dir.filePath(u"huge.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray json = R"({"format": "plumbline-workspace", "version": 1, "connections": [], "integrations": []})";
        json += QByteArray(WorkspaceJson::kDefaultSizeLimit + 1 - json.size(), ' ');
        QCOMPARE(json.size(), WorkspaceJson::kDefaultSizeLimit + 1);
        QCOMPARE(file.write(json), json.size());
    }
    const WorkspaceService::ImportOutcome o = f.service->importFile(path);
    QVERIFY(!o.ok());
    QCOMPARE(o.problems.size(), 1);
    QCOMPARE(o.problems.first().path, u"$"_s);
    QVERIFY2(o.problems.first().message.contains(u"over the limit of 8388608 bytes"_s),
        qPrintable(o.problems.first().message));
    QVERIFY(f.repo->changeLog().isEmpty());
}

void TestWorkspaceService::importFileAtLimit()
{
    Fixture f;
    const QString path = f.dir.filePath(u"big.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray json = R"({"format": "plumbline-workspace", "version": 1, "connections": [
            { "id": "hubspot-main", "name": "HubSpot", "vendor": "hubspot" } ], "integrations": []})";
        json += QByteArray(WorkspaceJson::kDefaultSizeLimit - json.size(), ' ');
        QCOMPARE(file.write(json), WorkspaceJson::kDefaultSizeLimit);
    }
    const WorkspaceService::ImportOutcome o = f.service->importFile(path);
    QVERIFY2(o.ok(), qPrintable(o.messages().join(u"\n")));
    QCOMPARE(o.connections, 1);
    QVERIFY2(
        f.repo->changeLog().first().summary.contains(u"big.json"_s), qPrintable(f.repo->changeLog().first().summary));
}

void TestWorkspaceService::importFileMissing()
{
    Fixture f;
    const QString path = f.dir.filePath(u"nope.json"_s);
    const WorkspaceService::ImportOutcome o = f.service->importFile(path);
    QVERIFY(!o.ok());
    QVERIFY(o.problems.isEmpty());
    QVERIFY2(o.error.startsWith(u"Could not read "_s + path), qPrintable(o.error));
}

QTEST_GUILESS_MAIN(TestWorkspaceService)
#include "tst_workspaceservice.moc"
