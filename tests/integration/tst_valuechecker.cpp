// The value checker against the in-process sandbox over loopback (ARCHITECTURE.md §12), below the command line: the
// workspace's HMAC key is made once and reused (the same record hashes the same across checkers), a keychain that is
// locked for that key still lets the check run and store — with a key for this session only and nothing written —,
// what is not due is skipped without a job, and a cancelled check stores nothing.

#include "../../connectors/sandbox/SandboxServer.h"

#include <CredentialKeepers.h>
#include <Database.h>
#include <MemorySecretStore.h>
#include <MonitorRepository.h>
#include <Transport.h>
#include <WorkspaceJson.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <store/ValueRepository.h>
#include <values/ValueChecker.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QString kId = u"crm-to-newsletter"_s; // HubSpot -> Mailchimp, static keys

// The connections' keys from memory; the workspace's value-check key answers `keyFailure` when one is set.
class KeyStore final : public SecretStore
{
public:
    SecretError keyFailure = SecretError::None;
    MemorySecretStore inner;
    int keyWrites = 0;

    void read(const QString& id, const QString& name, QObject* context, Done done) override
    {
        if (id == QLatin1StringView(ValueChecker::kKeyOwner) && keyFailure != SecretError::None)
            return deliver(context, std::move(done), { keyFailure, {}, messageFor(keyFailure) });
        inner.read(id, name, context, std::move(done));
    }
    void write(const QString& id, const QString& name, const QString& value, QObject* context, Done done) override
    {
        if (id == QLatin1StringView(ValueChecker::kKeyOwner)) {
            ++keyWrites;
            if (keyFailure != SecretError::None)
                return deliver(context, std::move(done), { keyFailure, {}, messageFor(keyFailure) });
        }
        inner.write(id, name, value, context, std::move(done));
    }
    void remove(const QString& id, const QString& name, QObject* context, Done done) override
    {
        inner.remove(id, name, context, std::move(done));
    }
    QString displayName() const override { return u"test"_s; }
};

} // namespace

class TestValueChecker final : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkspaceRepository> m_workspace;
    std::unique_ptr<MonitorRepository> m_history;
    std::unique_ptr<ValueRepository> m_values;
    KeyStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CredentialKeepers> m_keepers;

    std::unique_ptr<ValueChecker> checker()
    {
        auto c = std::make_unique<ValueChecker>(
            m_secrets, *m_transport, *m_keepers, *m_workspace, *m_history, *m_values, Clock());
        c->setSeed(7);
        return c;
    }

    QList<ValueChecker::Outcome> runNow(ValueChecker& c, bool force, int minSpacingS = 0)
    {
        QList<ValueChecker::Outcome> out;
        bool done = false;
        c.run(
            { kId }, force,
            [&](const QList<ValueChecker::Outcome>& o) {
                out = o;
                done = true;
            },
            minSpacingS);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return out;
    }

    QStringList keyHashes()
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT DISTINCT key_hash FROM value_keys ORDER BY key_hash"_s);
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen(0));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"w.sqlite"_s)));
        m_workspace = std::make_unique<WorkspaceRepository>(*m_db, u"tester"_s);
        m_history = std::make_unique<MonitorRepository>(*m_db);
        m_values = std::make_unique<ValueRepository>(*m_db);
        const WorkspaceParseResult parsed = WorkspaceJson::parse(m_sandbox.workspaceJson());
        QVERIFY(parsed.workspace && parsed.problems.isEmpty());
        QVERIFY(m_workspace->importWorkspace(*parsed.workspace, u"sandbox"_s).ok());
        const QHash<QString, QString> secrets = m_sandbox.secrets();
        for (const Connection& c : parsed.workspace->connections) {
            bool written = false;
            m_secrets.inner.write(c.id, WorkspaceService::secretNameFor(c), secrets.value(c.id), this,
                [&](const SecretResult& r) { written = r.ok(); });
            QTRY_VERIFY(written);
        }
        m_transport = std::make_unique<Transport>(m_network);
        m_keepers = std::make_unique<CredentialKeepers>(m_secrets, *m_transport, Clock());
    }

    void keyIsMadeOnceAndReused()
    {
        auto first = checker();
        const auto a = runNow(*first, true);
        QCOMPARE(a.size(), 1);
        QVERIFY(a.first().result && a.first().result->compared());
        QVERIFY(m_secrets.inner.contains(
            QString::fromLatin1(ValueChecker::kKeyOwner), QString::fromLatin1(ValueChecker::kKeyName)));
        QCOMPARE(m_secrets.keyWrites, 1);
        const QStringList before = keyHashes();
        QVERIFY(before.size() >= 150);
        // A second checker (a new process) reads the same key: the same seed samples the same records, which hash the
        // same, and no second key is written.
        auto second = checker();
        QVERIFY(runNow(*second, true).first().result);
        QCOMPARE(m_secrets.keyWrites, 1);
        QCOMPARE(keyHashes(), before);
    }

    void lockedKeychainStillChecksAndStoresNoKey()
    {
        m_secrets.keyFailure = SecretError::Locked;
        auto c = checker();
        const int writes = m_secrets.keyWrites;
        const auto outcome = runNow(*c, true);
        QVERIFY(outcome.first().result && outcome.first().result->compared());
        QVERIFY(outcome.first().storeError.isEmpty());
        QCOMPARE(m_secrets.keyWrites, writes); // a locked keychain is not written to
        m_secrets.keyFailure = SecretError::None;
    }

    void notDueIsSkippedWithoutAJob()
    {
        auto c = checker();
        QSignalSpy running(c.get(), &ValueChecker::runningChanged);
        const qsizetype checks = m_values->history(kId, {}, {}).size();
        // Checked moments ago; scheduled checks wait at least their spacing.
        const auto outcome = runNow(*c, false, ValueChecker::kScheduledSpacingS);
        QCOMPARE(outcome.size(), 1);
        QVERIFY(outcome.first().skipped);
        QCOMPARE(m_values->history(kId, {}, {}).size(), checks);
        QCOMPARE(running.size(), 0); // nothing ran, so nothing flickers in the window
    }

    void cancelledCheckStoresNothing()
    {
        auto c = checker();
        const qsizetype checks = m_values->history(kId, {}, {}).size();
        bool done = false;
        QList<ValueChecker::Outcome> out;
        connect(c.get(), &ValueChecker::progress, this, [&](const QString&, const QString&, int step, int) {
            if (step == 1) // sampling has started: requests are in flight
                QMetaObject::invokeMethod(c.get(), &ValueChecker::cancel, Qt::QueuedConnection);
        });
        c->run({ kId }, true, [&](const QList<ValueChecker::Outcome>& o) {
            out = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().cancelled);
        QVERIFY(!out.first().result);
        QTest::qWait(500); // answers still on their way reach nobody
        QCOMPARE(m_values->history(kId, {}, {}).size(), checks);
        QVERIFY(!c->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestValueChecker)
#include "tst_valuechecker.moc"
