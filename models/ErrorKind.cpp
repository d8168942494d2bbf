#include "ErrorKind.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr std::array kAllKinds { ErrorKind::None, ErrorKind::Auth, ErrorKind::GrantRefused, ErrorKind::Permission,
    ErrorKind::NotFound, ErrorKind::RateLimited, ErrorKind::QuotaExhausted, ErrorKind::Gone, ErrorKind::Server,
    ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Tls, ErrorKind::Parse, ErrorKind::MissingKey,
    ErrorKind::KeychainUnavailable, ErrorKind::UnusableKey };

} // namespace

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::Auth:
        return u"auth"_s;
    case ErrorKind::GrantRefused:
        return u"grant_refused"_s;
    case ErrorKind::Permission:
        return u"permission"_s;
    case ErrorKind::NotFound:
        return u"not_found"_s;
    case ErrorKind::RateLimited:
        return u"rate_limited"_s;
    case ErrorKind::QuotaExhausted:
        return u"quota_exhausted"_s;
    case ErrorKind::Gone:
        return u"gone"_s;
    case ErrorKind::Server:
        return u"server"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::Parse:
        return u"parse"_s;
    case ErrorKind::MissingKey:
        return u"missing_key"_s;
    case ErrorKind::KeychainUnavailable:
        return u"keychain_unavailable"_s;
    case ErrorKind::UnusableKey:
        return u"unusable_key"_s;
    }
    return u"none"_s;
}

QString storedErrorKind(ErrorKind kind)
{
    return kind == ErrorKind::None ? QString() : errorKindKey(kind);
}

std::optional<ErrorKind> errorKindFromKey(const QString& key)
{
    if (key.isEmpty())
        return ErrorKind::None;
    // Read for every stored sample side: one table, built once.
    static const QHash<QString, ErrorKind> byKey = [] {
        QHash<QString, ErrorKind> h;
        for (ErrorKind kind : kAllKinds)
            h.insert(errorKindKey(kind), kind);
        return h;
    }();
    const auto it = byKey.constFind(key);
    return it == byKey.cend() ? std::nullopt : std::optional<ErrorKind>(*it);
}

} // namespace plumbline
