#include "ConnectorError.h"

using namespace Qt::StringLiterals;

namespace plumbline {

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::Auth:
        return u"auth"_s;
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

ErrorKind errorKindForStatus(int status)
{
    switch (status) {
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 408:
        return ErrorKind::Timeout;
    case 410:
        return ErrorKind::Gone;
    case 429:
        return ErrorKind::RateLimited;
    default:
        return ErrorKind::Server;
    }
}

} // namespace plumbline
