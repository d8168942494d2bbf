#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace plumbline {

// What the sandbox's token endpoints have handed out, per connection (the design card's §11, "Credentials that live
// for months"): access tokens with their expiry by the sandbox clock, refresh tokens (valid or invalidated),
// authorization codes (single use, two minutes), the access-token lifetime and how many token requests were served.
// Values are random (QRandomGenerator::system) and shaped like the vendor's own.
//
// A grant family is what one sign-in yields: its refresh tokens (one valid at a time where they rotate) and every
// access token minted from them, so reusing a rotated-out refresh token can revoke all of it, as Salesforce does.
class SandboxTokens final
{
public:
    // How a vendor's token values look.
    enum class Shape
    {
        Salesforce, // 00D…!AR… sessions, 5Aep… refresh tokens, aPrx…== codes
        HubSpot, // CJT… access tokens, eu1-…-… refresh tokens, UUID codes
        Shopify, // shpat_ + 32 hex
        Generic, // 43 base64url characters
    };

    // token_expired: how long after its issue a token still works, whatever its lifetime said.
    static constexpr qint64 kEarlyDeathS = 30;

    struct AccessToken
    {
        QDateTime issuedAt;
        QDateTime expiresAt;
        bool revoked = false;
        int uses = 0; // API requests it was accepted for
        QDateTime firstUsedAt;
        bool diesAfterFirstUse = false; // token_expired: issued, or presented, while it was in force: dies early
        int family = 0; // 0: from client credentials or the test hook, no refresh token behind it
    };

    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString codeChallenge; // S256; empty when the sign-in sent none
        QString scope;
        QDateTime expiresAt;
        bool used = false;
        int family = 0; // what its exchange yielded, revoked when the code is presented again
    };

    // An access token presented on an API request, judged.
    struct Verdict
    {
        enum class Kind
        {
            Live,
            Expired, // it was real but its time is up: the vendor's "expired" answer
            Refused, // unknown, revoked or issued for another connection
        };
        Kind kind = Kind::Refused;
        QDateTime expiredAt; // for Expired
    };

    enum class RefreshState
    {
        Valid,
        Invalidated, // rotated out: presenting it again is reuse
        Unknown,
    };

    static constexpr qint64 kCodeLifetimeS = 120;

    // Connections with a token endpoint, their value shape and default access-token lifetime.
    void addConnection(const QString& connectionId, Shape shape, qint64 lifetimeS);
    bool serves(const QString& connectionId) const { return m_connections.contains(connectionId); }

    bool setLifetime(const QString& connectionId, qint64 seconds);
    qint64 lifetime(const QString& connectionId) const;

    void countRequest(const QString& connectionId);
    int requests(const QString& connectionId) const;

    // A new grant family (an authorization code exchange, or the test hook) and its first refresh token.
    QString newFamily(const QString& connectionId, const QString& scope, int* family = nullptr);
    QString scopeOf(const QString& connectionId, int family) const;
    // Rotation: a new valid refresh token in `family`; the one presented is invalidated.
    QString rotate(const QString& connectionId, const QString& presented);
    RefreshState refreshState(const QString& connectionId, const QString& refreshToken) const;
    int familyOf(const QString& connectionId, const QString& refreshToken) const;
    // Every refresh token and access token of the family stops working.
    void revokeFamily(const QString& connectionId, int family);

    QString issueAccessToken(
        const QString& connectionId, const QDateTime& now, int family = 0, bool diesAfterFirstUse = false);
    // Every access token of the connection stops working (refresh_revoked).
    void revokeAccessTokens(const QString& connectionId);
    // An API request presents `token`; `dieEarly` while token_expired is in force. Counts the use when it is live.
    Verdict use(const QString& connectionId, const QString& token, const QDateTime& now, bool dieEarly);
    std::optional<AccessToken> accessToken(const QString& connectionId, const QString& token) const;

    QString issueCode(const QString& connectionId, AuthorizationCode code);
    // Redeems a code: it is spent whatever follows. Nothing for an unknown or expired code; a code presented a second
    // time is refused and what its first exchange yielded is revoked (RFC 6749 §4.1.2).
    std::optional<AuthorizationCode> redeemCode(const QString& connectionId, const QString& code, const QDateTime& now);
    // Which family the exchange of `code` started.
    void bindCode(const QString& connectionId, const QString& code, int family);

private:
    struct RefreshToken
    {
        bool valid = true;
        int family = 0;
    };
    struct PerConnection
    {
        Shape shape = Shape::Generic;
        qint64 lifetimeS = 3600;
        int requests = 0;
        int nextFamily = 1;
        QHash<QString, AccessToken> access;
        QHash<QString, RefreshToken> refresh;
        QHash<QString, AuthorizationCode> codes;
        QHash<int, QString> familyScopes;
    };

    static QString accessValue(Shape shape);
    static QString refreshValue(Shape shape);
    static QString codeValue(Shape shape);

    QHash<QString, PerConnection> m_connections;
};

} // namespace plumbline
