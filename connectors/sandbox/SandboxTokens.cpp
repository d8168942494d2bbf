#include "SandboxTokens.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
const QString kAlnum = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
const QString kHex = u"0123456789abcdef"_s;

QString randomFrom(const QString& alphabet, int length)
{
    QString out;
    out.reserve(length);
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    return out;
}

QString uuidShaped()
{
    return randomFrom(kHex, 8) + u'-' + randomFrom(kHex, 4) + u'-' + randomFrom(kHex, 4) + u'-' + randomFrom(kHex, 4)
        + u'-' + randomFrom(kHex, 12);
}

// `words` random 32-bit words, base64url without padding.
QString base64url(int words)
{
    QList<quint32> random(words);
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray raw(reinterpret_cast<const char*>(random.constData()), random.size() * qsizetype(sizeof(quint32)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString SandboxTokens::accessValue(Shape shape)
{
    switch (shape) {
    case Shape::Salesforce:
        // The org id, '!', then the session: 00D5g000004SbxQ!AR8AQ… (112 characters, as real ones).
        return u"00D5g000004SbxQ!AR"_s + randomFrom(kAlnum, 1) + u"AQ"_s + randomFrom(kAlnum + u"._"_s, 92);
    case Shape::HubSpot:
        return u"CJT"_s + base64url(27); // about 150 characters of base64url, as HubSpot's OAuth tokens
    case Shape::Shopify:
        return u"shpat_"_s + randomFrom(kHex, 32);
    case Shape::Generic:
        break;
    }
    return base64url(8);
}

QString SandboxTokens::refreshValue(Shape shape)
{
    switch (shape) {
    case Shape::Salesforce:
        return u"5Aep861"_s + randomFrom(kAlnum + u"._"_s, 80);
    case Shape::HubSpot:
        // eu1-xxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx: the account's data centre, then hex groups.
        return u"eu1-"_s + randomFrom(kHex, 4) + u'-' + randomFrom(kHex, 4) + u'-' + randomFrom(kHex, 4) + u'-'
            + randomFrom(kHex, 4) + u'-' + randomFrom(kHex, 12);
    case Shape::Shopify:
    case Shape::Generic:
        break;
    }
    return base64url(8);
}

QString SandboxTokens::codeValue(Shape shape)
{
    switch (shape) {
    case Shape::Salesforce:
        // Real codes end in "==", which the redirect carries percent-encoded (%3D%3D).
        return u"aPrx"_s + randomFrom(kAlnum + u"._"_s, 70) + u"=="_s;
    case Shape::HubSpot:
        return uuidShaped();
    case Shape::Shopify:
    case Shape::Generic:
        break;
    }
    return base64url(6);
}

void SandboxTokens::addConnection(const QString& connectionId, Shape shape, qint64 lifetimeS)
{
    PerConnection c;
    c.shape = shape;
    c.lifetimeS = lifetimeS;
    m_connections.insert(connectionId, c);
}

bool SandboxTokens::setLifetime(const QString& connectionId, qint64 seconds)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end() || seconds <= 0)
        return false;
    it->lifetimeS = seconds;
    return true;
}

qint64 SandboxTokens::lifetime(const QString& connectionId) const
{
    return m_connections.value(connectionId).lifetimeS;
}

void SandboxTokens::countRequest(const QString& connectionId)
{
    if (const auto it = m_connections.find(connectionId); it != m_connections.end())
        ++it->requests;
}

int SandboxTokens::requests(const QString& connectionId) const
{
    return m_connections.value(connectionId).requests;
}

QString SandboxTokens::newFamily(const QString& connectionId, const QString& scope, int* family)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return {};
    const int f = it->nextFamily++;
    it->familyScopes.insert(f, scope);
    const QString value = refreshValue(it->shape);
    it->refresh.insert(value, RefreshToken { true, f });
    if (family)
        *family = f;
    return value;
}

QString SandboxTokens::scopeOf(const QString& connectionId, int family) const
{
    return m_connections.value(connectionId).familyScopes.value(family);
}

QString SandboxTokens::rotate(const QString& connectionId, const QString& presented)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end() || !it->refresh.contains(presented))
        return {};
    RefreshToken& old = it->refresh[presented];
    old.valid = false;
    const QString value = refreshValue(it->shape);
    it->refresh.insert(value, RefreshToken { true, old.family });
    return value;
}

SandboxTokens::RefreshState SandboxTokens::refreshState(const QString& connectionId, const QString& refreshToken) const
{
    const auto c = m_connections.constFind(connectionId);
    if (c == m_connections.cend())
        return RefreshState::Unknown;
    const auto it = c->refresh.constFind(refreshToken);
    if (it == c->refresh.cend())
        return RefreshState::Unknown;
    return it->valid ? RefreshState::Valid : RefreshState::Invalidated;
}

int SandboxTokens::familyOf(const QString& connectionId, const QString& refreshToken) const
{
    return m_connections.value(connectionId).refresh.value(refreshToken).family;
}

void SandboxTokens::revokeFamily(const QString& connectionId, int family)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end() || family == 0)
        return;
    for (RefreshToken& r : it->refresh) {
        if (r.family == family)
            r.valid = false;
    }
    for (AccessToken& a : it->access) {
        if (a.family == family)
            a.revoked = true;
    }
}

QString SandboxTokens::issueAccessToken(
    const QString& connectionId, const QDateTime& now, int family, bool diesAfterFirstUse)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return {};
    const QString value = accessValue(it->shape);
    AccessToken token;
    token.issuedAt = now;
    token.expiresAt = now.addSecs(it->lifetimeS);
    token.diesAfterFirstUse = diesAfterFirstUse;
    token.family = family;
    it->access.insert(value, token);
    return value;
}

void SandboxTokens::revokeAccessTokens(const QString& connectionId)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return;
    for (AccessToken& a : it->access)
        a.revoked = true;
}

SandboxTokens::Verdict SandboxTokens::use(
    const QString& connectionId, const QString& token, const QDateTime& now, bool dieEarly)
{
    const auto c = m_connections.find(connectionId);
    if (c == m_connections.end())
        return {};
    const auto it = c->access.find(token);
    if (it == c->access.end() || it->revoked)
        return {};
    if (now >= it->expiresAt)
        return Verdict { Verdict::Kind::Expired, it->expiresAt };
    it->diesAfterFirstUse = it->diesAfterFirstUse || dieEarly;
    if (it->diesAfterFirstUse) {
        // token_expired: the session ends long before the lifetime the vendor announced, a short while after the
        // token was issued (an admin ended sessions, a shorter timeout than the vendor says), whatever expires_in said.
        it->expiresAt = qMin(it->expiresAt, it->issuedAt.addSecs(kEarlyDeathS));
        if (now >= it->expiresAt)
            return Verdict { Verdict::Kind::Expired, it->expiresAt };
    }
    if (it->uses++ == 0)
        it->firstUsedAt = now;
    return Verdict { Verdict::Kind::Live, {} };
}

std::optional<SandboxTokens::AccessToken> SandboxTokens::accessToken(
    const QString& connectionId, const QString& token) const
{
    const auto c = m_connections.constFind(connectionId);
    if (c == m_connections.cend())
        return std::nullopt;
    const auto it = c->access.constFind(token);
    if (it == c->access.cend())
        return std::nullopt;
    return *it;
}

QString SandboxTokens::issueCode(const QString& connectionId, AuthorizationCode code)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return {};
    const QString value = codeValue(it->shape);
    code.used = false;
    code.family = 0;
    it->codes.insert(value, std::move(code));
    return value;
}

std::optional<SandboxTokens::AuthorizationCode> SandboxTokens::redeemCode(
    const QString& connectionId, const QString& code, const QDateTime& now)
{
    const auto c = m_connections.find(connectionId);
    if (c == m_connections.end())
        return std::nullopt;
    const auto it = c->codes.find(code);
    if (it == c->codes.end())
        return std::nullopt;
    if (it->used) {
        revokeFamily(connectionId, it->family);
        return std::nullopt;
    }
    it->used = true;
    if (now >= it->expiresAt)
        return std::nullopt;
    return *it;
}

void SandboxTokens::bindCode(const QString& connectionId, const QString& code, int family)
{
    const auto c = m_connections.find(connectionId);
    if (c == m_connections.end())
        return;
    if (const auto it = c->codes.find(code); it != c->codes.end())
        it->family = family;
}

} // namespace plumbline
