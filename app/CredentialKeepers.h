#pragma once

#include <Clock.h>
#include <Connection.h>
#include <auth/TokenKeeper.h>

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace plumbline {

class SecretStore;
class Transport;

// The token keepers of the OAuth connections (ARCHITECTURE.md §11), one per connection, shared by the poller, the
// schema fetcher and the connection tester so that a token renewed for one serves all, and one renewal runs at a
// time per connection. A keeper is made again when its connection's definition changes or one of its secrets is
// stored (a new client secret, a new sign-in).
class CredentialKeepers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialKeepers)

public:
    CredentialKeepers(SecretStore& secrets, Transport& transport, Clock clock, QObject* parent = nullptr);
    ~CredentialKeepers() override;

    // The keeper of an OAuth connection (made on first use); null for a static-token connection.
    std::shared_ptr<TokenKeeper> keeper(const Connection& connection);
    // Gets a token now when none is held (one grant) and says how the connection's credentials stand.
    void probe(const Connection& connection, QObject* context, std::function<void(const CredentialStatus&)> done);
    // What is known about the connection's tokens; nullopt when no keeper was made for it yet.
    std::optional<CredentialStatus> status(const QString& connectionId) const;
    const Clock& clock() const { return m_clock; }
    // Drops the connection's keeper: the next request gets a token with the secrets stored now.
    void forget(const QString& connectionId);

    // Salesforce never says when a token expires; this is the lifetime assumed for it (renewed at half).
    static constexpr qint64 kAssumedLifetimeS = 3600;

private:
    SecretStore& m_secrets;
    Transport& m_transport;
    Clock m_clock;
    QHash<QString, std::shared_ptr<TokenKeeper>> m_keepers;
};

} // namespace plumbline
