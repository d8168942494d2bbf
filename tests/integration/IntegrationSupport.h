#pragma once

// Shared helpers for the integration tests: run the real `plumbline` binary, drive a SecretStore
// synchronously, detect CI, and scan files and output for a planted canary secret.

#include <SecretStore.h>

#include <QByteArray>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline::test {

inline bool runningInCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return ci == u"true" || ci == u"1" || ci == u"yes";
}

inline bool hasSessionBus()
{
    return !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty();
}

// A keychain test needs a session bus with a Secret Service. On a developer machine without one it is skipped;
// in CI (CI=true) a missing bus is a broken pipeline, not a reason to skip.
#define PLUMBLINE_REQUIRE_SESSION_BUS()                                                                                \
    do {                                                                                                               \
        if (!plumbline::test::hasSessionBus()) {                                                                       \
            if (plumbline::test::runningInCi())                                                                        \
                QFAIL("CI=true but DBUS_SESSION_BUS_ADDRESS is not set: run the keychain tests inside "                \
                      "dbus-run-session with an unlocked gnome-keyring-daemon (see toolchain.md, Keychain in CI)");    \
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset): the OS keychain cannot be reached. "         \
                  "Run inside dbus-run-session with gnome-keyring-daemon --unlock to exercise it.");                   \
        }                                                                                                              \
    } while (false)

struct ProcessResult
{
    bool started = false;
    bool finished = false;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (status == QProcess::CrashExit ? " (crashed)" : "")
            + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
};

inline QString binaryPath()
{
    return QStringLiteral(PLUMBLINE_BINARY);
}

inline ProcessResult runPlumbline(const QStringList& arguments, const QByteArray& input = {},
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 60000)
{
    ProcessResult r;
    QProcess p;
    p.setProgram(binaryPath());
    p.setArguments(arguments);
    p.setProcessEnvironment(environment);
    p.start();
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs a program without blocking this thread's event loop, so an in-process sandbox keeps answering.
inline ProcessResult runProgramAsync(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setProcessEnvironment(environment);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    p.start();
    p.closeWriteChannel();
    timeout.start(timeoutMs);
    loop.exec();
    r.started = p.error() != QProcess::FailedToStart;
    r.finished = p.state() == QProcess::NotRunning && r.started;
    if (!r.finished && r.started) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Waits for one asynchronous SecretStore operation. `start` receives the context and the callback.
inline std::optional<SecretResult> waitForSecret(
    const std::function<void(QObject*, SecretStore::Done)>& start, int timeoutMs = 60000)
{
    std::optional<SecretResult> result;
    QObject context;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    start(&context, [&](const SecretResult& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        timeout.start(timeoutMs);
        loop.exec();
    }
    return result;
}

inline std::optional<SecretResult> readSecret(SecretStore& store, const QString& id, const QString& name)
{
    return waitForSecret([&](QObject* c, SecretStore::Done d) { store.read(id, name, c, std::move(d)); });
}

inline std::optional<SecretResult> writeSecret(
    SecretStore& store, const QString& id, const QString& name, const QString& value)
{
    return waitForSecret([&](QObject* c, SecretStore::Done d) { store.write(id, name, value, c, std::move(d)); });
}

inline std::optional<SecretResult> removeSecret(SecretStore& store, const QString& id, const QString& name)
{
    return waitForSecret([&](QObject* c, SecretStore::Done d) { store.remove(id, name, c, std::move(d)); });
}

// The byte forms a leaked secret could take: UTF-8, UTF-16LE/BE, base64 (both alphabets), hex.
inline QList<QPair<QByteArray, QByteArray>> canaryForms(const QString& canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar ch : canary) {
        const char16_t u = ch.unicode();
        utf16le.append(char(u & 0xff)).append(char(u >> 8));
        utf16be.append(char(u >> 8)).append(char(u & 0xff));
    }
    return {
        { "utf-8", utf8 },
        { "utf-16le", utf16le },
        { "utf-16be", utf16be },
        { "base64", utf8.toBase64(QByteArray::OmitTrailingEquals) },
        { "base64url", utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) },
        { "hex", utf8.toHex() },
    };
}

// Every place where a canary form occurs in `bytes`, as readable lines ("<label>: <form> at <offset>").
inline QStringList findCanary(const QByteArray& bytes, const QString& canary, const QString& label)
{
    QStringList hits;
    for (const auto& [form, needle] : canaryForms(canary)) {
        // base64 of a shifted start differs; check the three alignments of the plain-text base64 too.
        const qsizetype at = bytes.indexOf(needle);
        if (at >= 0)
            hits << u"%1: %2 form at offset %3"_s.arg(label, QString::fromLatin1(form)).arg(at);
        if (form == "utf-8" && bytes.toLower().contains(needle.toLower()) && at < 0)
            hits << u"%1: case-folded utf-8 form"_s.arg(label);
    }
    // base64 of the canary inside a longer base64 stream starts at one of three byte alignments.
    const QByteArray utf8 = canary.toUtf8();
    for (int shift = 1; shift <= 2; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + utf8;
        const QByteArray b64 = padded.toBase64().mid(4, qMax<qsizetype>(0, (utf8.size() - 3) / 3 * 4 - 4));
        if (b64.size() >= 16 && bytes.contains(b64))
            hits << u"%1: base64 form (alignment %2)"_s.arg(label).arg(shift);
    }
    return hits;
}

// Scans every regular file below `dir` (recursively, hidden files included).
inline QStringList findCanaryInDir(const QString& dir, const QString& canary, QStringList* scanned = nullptr)
{
    QStringList hits;
    QDirIterator it(
        dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << u"%1: could not be read for scanning: %2"_s.arg(path, f.errorString());
            continue;
        }
        if (scanned)
            *scanned << path;
        hits << findCanary(f.readAll(), canary, path);
    }
    return hits;
}

} // namespace plumbline::test
