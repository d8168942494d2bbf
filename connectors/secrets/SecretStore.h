#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace plumbline {

enum class SecretError
{
    None,
    NotFound, // the keychain works but holds no such entry
    NoService, // no keychain service (no session bus, no Secret Service provider)
    Locked, // the keychain is locked
    AccessDenied, // the user or the system refused access
    NotSupported, // this store cannot do that (e.g. writing to environment variables)
    Other,
};

struct SecretResult
{
    SecretError error = SecretError::None;
    QString value; // the secret, for a successful read only
    QString message; // translated; never contains the secret

    bool ok() const { return error == SecretError::None; }
    // The keychain could not be asked at all (as opposed to "asked, and it has no entry").
    bool unavailable() const
    {
        return error == SecretError::NoService || error == SecretError::Locked || error == SecretError::AccessDenied
            || error == SecretError::Other;
    }
};

// Where API keys live. Operations are asynchronous; `done` runs on the event loop, only while `context` lives.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Done = std::function<void(const SecretResult&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& connectionId, const QString& name, QObject* context, Done done) = 0;
    virtual void write(
        const QString& connectionId, const QString& name, const QString& value, QObject* context, Done done)
        = 0;
    virtual void remove(const QString& connectionId, const QString& name, QObject* context, Done done) = 0;

    // A short description for people: "the system keychain", "environment variables", ...
    virtual QString displayName() const = 0;

    static QString serviceName() { return QStringLiteral("Plumbline"); }
    // `connectionId` is a connection's id, or a scope holding a '/' (which no id can): a notification channel's
    // secrets are the keychain's `channel/<id>/<name>` (ARCHITECTURE.md §14), scope channelScope(id).
    static QString entryKey(const QString& connectionId, const QString& name)
    {
        if (connectionId.contains(QLatin1Char('/')))
            return QStringLiteral("%1/%2").arg(connectionId, name);
        return QStringLiteral("connection/%1/%2").arg(connectionId, name);
    }
    static QString channelScope(const QString& channelId) { return QStringLiteral("channel/") + channelId; }
    static QString messageFor(SecretError error);

protected:
    // Deliver a result later on the event loop, never re-entrantly.
    static void deliver(QObject* context, Done done, SecretResult result);
};

} // namespace plumbline
