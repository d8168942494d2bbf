#pragma once

#include "TokenResponse.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace plumbline {

// One connection's access token, kept in memory only, and renewed (ARCHITECTURE.md, "Credentials"):
// - before its known expiry (expires_in), with a lead of a tenth of its lifetime and at least a minute;
// - for a vendor that never says (Salesforce), after `assumedLifetimeS`, renewed at half of it;
// - once on demand when a request was refused as expired (renewAfterRefusal), unless it was renewed since.
// One renewal at a time: whoever asks while one runs waits for the same answer. A failed renewal is not cached:
// the next ask tries again. `fetch` posts the grant (TokenEndpoint) and must store a rotated refresh token before it
// answers, so the new access token is never used ahead of it.
class TokenSource final
{
public:
    using Ready = std::function<void(const TokenResponse&)>;
    using Fetch = std::function<void(Ready)>;

    TokenSource(Fetch fetch, std::function<QDateTime()> clock, qint64 assumedLifetimeS = 3600);

    // A fresh token at once when one is held, else after a renewal.
    void token(Ready ready);
    // The vendor refused `refusedToken` as expired: renew, unless the token held now is already another one.
    void renewAfterRefusal(const QString& refusedToken, Ready ready);

    bool renewing() const { return !m_waiting.isEmpty(); }
    // The access token held now, fresh or not; empty without one.
    QString heldToken() const { return m_held ? m_held->grant->accessToken : QString(); }
    // When the held token is taken as expiring (known or assumed); nullopt without one.
    std::optional<QDateTime> expiresAt() const;
    std::optional<QDateTime> lastRenewal() const { return m_renewedAt; }

private:
    bool fresh(const QDateTime& now) const;
    void renew(Ready ready);
    void finish(const TokenResponse& response);

    Fetch m_fetch;
    std::function<QDateTime()> m_clock;
    qint64 m_assumedLifetimeS;
    std::optional<TokenResponse> m_held; // Granted only
    std::optional<QDateTime> m_renewedAt;
    std::optional<QDateTime> m_renewAt; // when to renew ahead of expiry
    QList<Ready> m_waiting;
};

} // namespace plumbline
