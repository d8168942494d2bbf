// KeychainSecretStore against the real OS keychain (gnome-keyring inside dbus-run-session in CI).
// Skipped without a session bus on a developer machine; fails in CI (CI=true) when the bus is missing.

#include "IntegrationSupport.h"

#include <KeychainSecretStore.h>

#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace plumbline;
using namespace plumbline::test;

class tst_Keychain : public QObject
{
    Q_OBJECT

private:
    QString m_id; // unique per run: never touches a real connection's entry
    const QString m_name = u"token"_s;

    // Reads the raw keychain entry the way any other program would: service "Plumbline",
    // key "connection/<id>/<name>", bypassing KeychainSecretStore.
    static std::pair<QKeychain::Error, QString> rawRead(const QString& service, const QString& key)
    {
        QKeychain::ReadPasswordJob job(service);
        job.setAutoDelete(false);
        job.setKey(key);
        QEventLoop loop;
        connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        return { job.error(), job.textData() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        PLUMBLINE_REQUIRE_SESSION_BUS();
        m_id = u"plumbline-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

    void cleanupTestCase()
    {
        if (m_id.isEmpty() || !hasSessionBus())
            return;
        KeychainSecretStore store;
        removeSecret(store, m_id, m_name);
        removeSecret(store, m_id, u"other"_s);
    }

    void readMissingIsNotFound()
    {
        KeychainSecretStore store;
        const auto r = readSecret(store, m_id + u"-never-written"_s, m_name);
        QVERIFY2(r, "the read never finished");
        QCOMPARE(r->error, SecretError::NotFound);
        QVERIFY(!r->unavailable());
        QVERIFY(r->value.isEmpty());
        QCOMPARE(r->message, SecretStore::messageFor(SecretError::NotFound));
    }

    void writeReadBackOverwriteRemove()
    {
        const QString first = u"plumbline-keychain-first-4d1a"_s;
        const QString second = u"plumbline-keychain-second-9b7e"_s;
        const QString key = SecretStore::entryKey(m_id, m_name);
        QCOMPARE(key, u"connection/%1/token"_s.arg(m_id));
        QCOMPARE(SecretStore::serviceName(), u"Plumbline"_s);

        KeychainSecretStore writer;
        {
            const auto w = writeSecret(writer, m_id, m_name, first);
            QVERIFY2(w, "the write never finished");
            QVERIFY2(w->ok(), qPrintable(w->message));
            QVERIFY(!w->message.contains(first));
        }
        {
            // A second, independent store instance sees it.
            KeychainSecretStore reader;
            const auto r = readSecret(reader, m_id, m_name);
            QVERIFY(r);
            QVERIFY2(r->ok(), qPrintable(r->message));
            QCOMPARE(r->value, first);
        }
        {
            // The entry lives under service "Plumbline", key "connection/<id>/<name>" (ARCHITECTURE: the contract
            // other tools and the uninstaller rely on).
            const auto [error, value] = rawRead(u"Plumbline"_s, key);
            QCOMPARE(error, QKeychain::NoError);
            QCOMPARE(value, first);
            // ... and only there: not under another name of the same connection.
            KeychainSecretStore reader;
            const auto other = readSecret(reader, m_id, u"other"_s);
            QVERIFY(other);
            QCOMPARE(other->error, SecretError::NotFound);
        }
        {
            const auto w = writeSecret(writer, m_id, m_name, second);
            QVERIFY(w);
            QVERIFY2(w->ok(), qPrintable(w->message));
            KeychainSecretStore reader;
            const auto r = readSecret(reader, m_id, m_name);
            QVERIFY(r);
            QVERIFY2(r->ok(), qPrintable(r->message));
            QCOMPARE(r->value, second);
            QCOMPARE(rawRead(u"Plumbline"_s, key).second, second);
        }
        {
            const auto rm = removeSecret(writer, m_id, m_name);
            QVERIFY(rm);
            QVERIFY2(rm->ok(), qPrintable(rm->message));
            KeychainSecretStore reader;
            const auto r = readSecret(reader, m_id, m_name);
            QVERIFY(r);
            QCOMPARE(r->error, SecretError::NotFound);
            QVERIFY(r->value.isEmpty());
            QCOMPARE(rawRead(u"Plumbline"_s, key).first, QKeychain::EntryNotFound);
        }
        {
            // Removing what is already gone is not an error.
            const auto rm = removeSecret(writer, m_id, m_name);
            QVERIFY(rm);
            QVERIFY2(rm->ok(), qPrintable(rm->message));
        }
    }

    void unicodeSecretRoundTrips()
    {
        // Non-ASCII, astral-plane (surrogate pair), combining mark, RTL text and quotes/backslashes.
        const QString secret = u"pk-Ünïcødé-ключ-鍵-🔑-e\u0301-שלום-\"q\"\\n-end"_s;
        KeychainSecretStore writer;
        const auto w = writeSecret(writer, m_id, m_name, secret);
        QVERIFY(w);
        QVERIFY2(w->ok(), qPrintable(w->message));
        KeychainSecretStore reader;
        const auto r = readSecret(reader, m_id, m_name);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->message));
        QCOMPARE(r->value, secret);
        QCOMPARE(r->value.size(), secret.size());
        QCOMPARE(rawRead(u"Plumbline"_s, SecretStore::entryKey(m_id, m_name)).second, secret);
        const auto rm = removeSecret(writer, m_id, m_name);
        QVERIFY(rm && rm->ok());
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
