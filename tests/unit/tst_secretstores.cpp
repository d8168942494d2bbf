// Unit tests for the secret stores: memory (with injected failures), environment variables, keychain error mapping.

#include <EnvSecretStore.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>

#include <QPointer>
#include <QTest>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace plumbline;

Q_DECLARE_METATYPE(plumbline::SecretError)

namespace {

// Collects one asynchronous result.
struct Catch
{
    bool called = false;
    int calls = 0;
    SecretResult result;
    SecretStore::Done done()
    {
        return [this](const SecretResult& r) {
            called = true;
            ++calls;
            result = r;
        };
    }
};

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryRoundTrip();
    void memoryDeliversAsynchronously();
    void memoryContextGone();
    void memoryInjectedFailures_data();
    void memoryInjectedFailures();
    void entryKey();
    void envVariableName_data();
    void envVariableName();
    void envRead();
    void envTrimsOneTrailingNewline_data();
    void envTrimsOneTrailingNewline();
    void envMissing();
    void envWriteAndRemoveNotSupported();
    void keychainClassify_data();
    void keychainClassify();
    void messagesNeverEmpty();
};

void TestSecretStores::memoryRoundTrip()
{
    MemorySecretStore store;
    QObject context;
    Catch w;
    store.write(u"hubspot-main"_s, u"token"_s, u"pat-na1-secret"_s, &context, w.done());
    QTRY_VERIFY(w.called);
    QVERIFY(w.result.ok());
    QVERIFY(store.contains(u"hubspot-main"_s, u"token"_s));
    QVERIFY(!store.contains(u"hubspot-main"_s, u"api_key"_s));
    QCOMPARE(store.size(), 1);

    Catch r;
    store.read(u"hubspot-main"_s, u"token"_s, &context, r.done());
    QTRY_VERIFY(r.called);
    QVERIFY(r.result.ok());
    QCOMPARE(r.result.value, u"pat-na1-secret"_s);
    QVERIFY(r.result.message.isEmpty());

    Catch overwrite;
    store.write(u"hubspot-main"_s, u"token"_s, u"rotated"_s, &context, overwrite.done());
    QTRY_VERIFY(overwrite.called);
    Catch r2;
    store.read(u"hubspot-main"_s, u"token"_s, &context, r2.done());
    QTRY_VERIFY(r2.called);
    QCOMPARE(r2.result.value, u"rotated"_s);
    QCOMPARE(store.size(), 1);

    Catch del;
    store.remove(u"hubspot-main"_s, u"token"_s, &context, del.done());
    QTRY_VERIFY(del.called);
    QVERIFY(del.result.ok());
    QCOMPARE(store.size(), 0);

    Catch missing;
    store.read(u"hubspot-main"_s, u"token"_s, &context, missing.done());
    QTRY_VERIFY(missing.called);
    QCOMPARE(missing.result.error, SecretError::NotFound);
    QVERIFY(!missing.result.unavailable());
    QCOMPARE(missing.result.message, SecretStore::messageFor(SecretError::NotFound));
    QVERIFY(missing.result.value.isEmpty());
    QCOMPARE(missing.calls, 1);
}

void TestSecretStores::memoryDeliversAsynchronously()
{
    MemorySecretStore store;
    QObject context;
    Catch w, r, d;
    store.write(u"a"_s, u"token"_s, u"s"_s, &context, w.done());
    QVERIFY2(!w.called, "write() must not call back re-entrantly");
    QTRY_VERIFY(w.called);
    store.read(u"a"_s, u"token"_s, &context, r.done());
    QVERIFY2(!r.called, "read() must not call back re-entrantly");
    QTRY_VERIFY(r.called);
    store.remove(u"a"_s, u"token"_s, &context, d.done());
    QVERIFY2(!d.called, "remove() must not call back re-entrantly");
    QTRY_VERIFY(d.called);
}

void TestSecretStores::memoryContextGone()
{
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    Catch w;
    store.write(u"a"_s, u"token"_s, u"s"_s, context.get(), w.done());
    context.reset(); // the dialog that asked was closed
    QTest::qWait(50);
    QVERIFY(!w.called);
    QVERIFY(store.contains(u"a"_s, u"token"_s)); // the write itself happened
}

void TestSecretStores::memoryInjectedFailures_data()
{
    QTest::addColumn<SecretError>("failure");
    QTest::newRow("NoService") << SecretError::NoService;
    QTest::newRow("Locked") << SecretError::Locked;
    QTest::newRow("AccessDenied") << SecretError::AccessDenied;
    QTest::newRow("Other") << SecretError::Other;
}

void TestSecretStores::memoryInjectedFailures()
{
    QFETCH(SecretError, failure);
    MemorySecretStore store;
    QObject context;
    Catch seed;
    store.write(u"a"_s, u"token"_s, u"old"_s, &context, seed.done());
    QTRY_VERIFY(seed.called);

    store.setFailure(failure);
    Catch w, r, d;
    store.write(u"a"_s, u"token"_s, u"new"_s, &context, w.done());
    QVERIFY(!w.called);
    QTRY_VERIFY(w.called);
    QCOMPARE(w.result.error, failure);
    QVERIFY(w.result.unavailable());
    QCOMPARE(w.result.message, SecretStore::messageFor(failure));
    QVERIFY(!w.result.message.isEmpty());

    store.read(u"a"_s, u"token"_s, &context, r.done());
    QVERIFY(!r.called);
    QTRY_VERIFY(r.called);
    QCOMPARE(r.result.error, failure);
    QVERIFY(r.result.value.isEmpty()); // a failed read never hands out the value

    store.remove(u"a"_s, u"token"_s, &context, d.done());
    QTRY_VERIFY(d.called);
    QCOMPARE(d.result.error, failure);
    QVERIFY(store.contains(u"a"_s, u"token"_s));

    // Nothing changed while failing.
    store.setFailure(SecretError::None);
    Catch back;
    store.read(u"a"_s, u"token"_s, &context, back.done());
    QTRY_VERIFY(back.called);
    QCOMPARE(back.result.value, u"old"_s);
}

void TestSecretStores::entryKey()
{
    QCOMPARE(SecretStore::entryKey(u"hubspot-main"_s, u"token"_s), u"connection/hubspot-main/token"_s);
    QCOMPARE(SecretStore::serviceName(), u"Plumbline"_s);
}

void TestSecretStores::envVariableName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("variable");
    QTest::newRow("dash") << u"hubspot-main"_s << u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s;
    QTest::newRow("dot and space") << u"a.b c"_s << u"PLUMBLINE_SECRET_A_B_C"_s;
    QTest::newRow("digits kept") << u"make-eu1"_s << u"PLUMBLINE_SECRET_MAKE_EU1"_s;
    QTest::newRow("underscore") << u"x_y"_s << u"PLUMBLINE_SECRET_X_Y"_s;
    QTest::newRow("already upper") << u"ABC"_s << u"PLUMBLINE_SECRET_ABC"_s;
    QTest::newRow("non-ascii letter") << u"café"_s << u"PLUMBLINE_SECRET_CAF_"_s;
}

void TestSecretStores::envVariableName()
{
    QFETCH(QString, id);
    QFETCH(QString, variable);
    QCOMPARE(EnvSecretStore::variableName(id), variable);
}

void TestSecretStores::envRead()
{
    QProcessEnvironment env;
    env.insert(u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s, u"pat-from-env"_s);
    env.insert(u"PLUMBLINE_SECRET_EMPTY"_s, QString());
    EnvSecretStore store(env);
    QVERIFY(store.has(u"hubspot-main"_s));
    QVERIFY(!store.has(u"mailchimp-main"_s));
    QObject context;
    Catch r;
    store.read(u"hubspot-main"_s, u"token"_s, &context, r.done());
    QVERIFY(!r.called);
    QTRY_VERIFY(r.called);
    QVERIFY(r.result.ok());
    QCOMPARE(r.result.value, u"pat-from-env"_s);
    QVERIFY(!store.displayName().isEmpty());
}

// Shells and editors leave one trailing newline; it is not part of the key. Anything else is kept as it is, so
// the monitor can refuse a key with a line break inside (it would inject headers).
void TestSecretStores::envTrimsOneTrailingNewline_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("read");
    QTest::newRow("LF") << u"pat-na1-x\n"_s << u"pat-na1-x"_s;
    QTest::newRow("CR LF") << u"pat-na1-x\r\n"_s << u"pat-na1-x"_s;
    QTest::newRow("two LF: one stays") << u"pat-na1-x\n\n"_s << u"pat-na1-x\n"_s;
    QTest::newRow("inside: kept") << u"pat\r\nX-Evil: 1"_s << u"pat\r\nX-Evil: 1"_s;
    QTest::newRow("none") << u"pat-na1-x"_s << u"pat-na1-x"_s;
}

void TestSecretStores::envTrimsOneTrailingNewline()
{
    QFETCH(QString, value);
    QFETCH(QString, read);
    QProcessEnvironment env;
    env.insert(u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s, value);
    EnvSecretStore store(env);
    QObject context;
    Catch r;
    store.read(u"hubspot-main"_s, u"token"_s, &context, r.done());
    QTRY_VERIFY(r.called);
    QVERIFY(r.result.ok());
    QCOMPARE(r.result.value, read);
}

void TestSecretStores::envMissing()
{
    EnvSecretStore store { QProcessEnvironment() };
    QObject context;
    Catch r;
    store.read(u"mailchimp-main"_s, u"api_key"_s, &context, r.done());
    QTRY_VERIFY(r.called);
    QCOMPARE(r.result.error, SecretError::NotFound);
    QCOMPARE(r.result.message, u"The environment variable PLUMBLINE_SECRET_MAILCHIMP_MAIN is not set."_s);
    QVERIFY(r.result.value.isEmpty());
}

void TestSecretStores::envWriteAndRemoveNotSupported()
{
    QProcessEnvironment env;
    env.insert(u"PLUMBLINE_SECRET_A"_s, u"keep"_s);
    EnvSecretStore store(env);
    QObject context;
    Catch w, d;
    store.write(u"a"_s, u"token"_s, u"new"_s, &context, w.done());
    QVERIFY(!w.called);
    QTRY_VERIFY(w.called);
    QCOMPARE(w.result.error, SecretError::NotSupported);
    QCOMPARE(w.result.message, u"Secrets from environment variables cannot be changed by Plumbline."_s);
    QVERIFY(!w.result.unavailable());
    store.remove(u"a"_s, u"token"_s, &context, d.done());
    QTRY_VERIFY(d.called);
    QCOMPARE(d.result.error, SecretError::NotSupported);
    Catch r;
    store.read(u"a"_s, u"token"_s, &context, r.done());
    QTRY_VERIFY(r.called);
    QCOMPARE(r.result.value, u"keep"_s);
}

void TestSecretStores::keychainClassify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<SecretError>("expected");

    QTest::newRow("NoError") << int(QKeychain::NoError) << QString() << SecretError::None;
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << SecretError::NotFound;
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_s
                                         << SecretError::Other;
    QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser) << u"User cancelled"_s
                                        << SecretError::AccessDenied;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << u"Permission denied"_s
                                  << SecretError::AccessDenied;
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                        << SecretError::NoService;
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << QString() << SecretError::NoService;
    QTest::newRow("OtherError plain") << int(QKeychain::OtherError) << u"Unknown error"_s << SecretError::Other;
    QTest::newRow("OtherError empty") << int(QKeychain::OtherError) << QString() << SecretError::Other;
    // The real strings (performance-notes.md, "Secrets").
    QTest::newRow("no session bus") << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                    << SecretError::NoService;
    QTest::newRow("no secret service") << int(QKeychain::OtherError)
                                       << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                       << SecretError::NoService;
    QTest::newRow("locked collection (write)")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s << SecretError::Locked;
    QTest::newRow("locked collection (read)")
        << int(QKeychain::EntryNotFound) << u"Entry not found"_s << SecretError::NotFound;
    QTest::newRow("locked, other error") << int(QKeychain::OtherError) << u"Collection is locked"_s
                                         << SecretError::Locked;
    QTest::newRow("locked delete") << int(QKeychain::CouldNotDeleteEntry) << u"Collection is LOCKED"_s
                                   << SecretError::Locked;
    QTest::newRow("no such interface") << int(QKeychain::OtherError)
                                       << u"No such interface 'org.freedesktop.Secret.Service'"_s
                                       << SecretError::NoService;
}

void TestSecretStores::keychainClassify()
{
    QFETCH(int, code);
    QFETCH(QString, errorString);
    QFETCH(SecretError, expected);
    const SecretResult r = KeychainSecretStore::classify(code, errorString);
    QCOMPARE(r.error, expected);
    QVERIFY(r.value.isEmpty());
    if (expected == SecretError::None) {
        QVERIFY(r.ok());
        QVERIFY(r.message.isEmpty());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.message.startsWith(SecretStore::messageFor(expected)), qPrintable(r.message));
    if (expected == SecretError::NotFound || errorString.isEmpty())
        QCOMPARE(r.message, SecretStore::messageFor(expected));
    else
        QVERIFY2(r.message.endsWith(u"(Keychain: "_s + errorString + u')'), qPrintable(r.message));
    QCOMPARE(r.unavailable(), expected != SecretError::NotFound);
}

void TestSecretStores::messagesNeverEmpty()
{
    for (SecretError e : { SecretError::NotFound, SecretError::NoService, SecretError::Locked,
             SecretError::AccessDenied, SecretError::NotSupported, SecretError::Other })
        QVERIFY(!SecretStore::messageFor(e).isEmpty());
    QVERIFY(SecretStore::messageFor(SecretError::None).isEmpty());
    QVERIFY(SecretStore::messageFor(SecretError::NoService).contains(u"Nothing was stored anywhere else"_s));
    QVERIFY(SecretStore::messageFor(SecretError::Locked).contains(u"locked"_s));
}

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
