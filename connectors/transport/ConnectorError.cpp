#include "ConnectorError.h"

using namespace Qt::StringLiterals;

namespace plumbline {

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
