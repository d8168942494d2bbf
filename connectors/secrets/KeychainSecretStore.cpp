#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "plumbline.connectors.secrets", QtWarningMsg)

namespace plumbline {

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

SecretResult KeychainSecretStore::classify(int keychainError, const QString& errorString)
{
    SecretError error = SecretError::Other;
    const auto mentions
        = [&](const char* text) { return errorString.contains(QLatin1String(text), Qt::CaseInsensitive); };
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        error = SecretError::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
        error = SecretError::AccessDenied;
        break;
    case QKeychain::AccessDenied:
        error = mentions("locked") ? SecretError::Locked : SecretError::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error = SecretError::NoService;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (mentions("locked"))
            error = SecretError::Locked;
        else if (mentions("d-bus") || mentions("dbus") || mentions("org.freedesktop.secrets") || mentions("autolaunch")
            || mentions("service") || mentions("no such interface")
            || mentions("could not connect")) // GDBus: the session bus address points nowhere
            error = SecretError::NoService;
        break;
    }
    QString message = messageFor(error);
    if (!errorString.isEmpty() && error != SecretError::NotFound)
        message += QLatin1Char(' ') + tr("(Keychain: %1)").arg(errorString);
    return { error, {}, message };
}

void KeychainSecretStore::run(MakeJob make, QObject* context, JobDone done, bool mayRetry)
{
    QKeychain::Job* job = make();
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [this, make, context, done, mayRetry](QKeychain::Job* finished) {
        const SecretResult r = classify(finished->error(), finished->errorString());
        if (mayRetry && (r.error == SecretError::NoService || r.error == SecretError::Other)) {
            // The keyring daemon may still be starting (login, D-Bus activation): one more try.
            qCInfo(lcSecrets) << "keychain not ready, retrying once:" << finished->errorString();
            QTimer::singleShot(
                m_retryDelayMs, context, [this, make, context, done] { run(make, context, done, false); });
            return;
        }
        done(finished);
    });
    job->start();
}

void KeychainSecretStore::read(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    const QString key = entryKey(connectionId, name);
    run(
        [this, key] {
            auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job* job) {
            SecretResult r = classify(job->error(), job->errorString());
            if (r.ok())
                r.value = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            done(r);
        },
        true);
}

void KeychainSecretStore::write(
    const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done)
{
    const QString key = entryKey(connectionId, name);
    run(
        [this, key, value] {
            auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
            job->setKey(key);
            job->setTextData(value);
            return job;
        },
        context,
        [this, connectionId, name, value, context, done](QKeychain::Job* job) {
            const SecretResult r = classify(job->error(), job->errorString());
            if (!r.ok()) {
                qCWarning(lcSecrets) << "keychain write failed for" << entryKey(connectionId, name)
                                     << job->errorString();
                done(r);
                return;
            }
            // Read back: some setups accept a write and keep nothing.
            read(connectionId, name, context, [value, done](const SecretResult& back) {
                if (back.ok() && back.value == value) {
                    done({});
                } else if (back.ok() || back.error == SecretError::NotFound) {
                    done({ SecretError::Locked, {},
                        tr("The keychain accepted the API key but did not keep it; it may be locked or not running "
                           "for this session. Nothing was stored anywhere else.") });
                } else {
                    done(back);
                }
            });
        },
        true);
}

void KeychainSecretStore::remove(const QString& connectionId, const QString& name, QObject* context, Done done)
{
    const QString key = entryKey(connectionId, name);
    run(
        [this, key] {
            auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job* job) {
            SecretResult r = classify(job->error(), job->errorString());
            if (r.error == SecretError::NotFound)
                r = {}; // already gone
            done(r);
        },
        true);
}

} // namespace plumbline
