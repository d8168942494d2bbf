#pragma once

#include <ErrorKind.h>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>

namespace plumbline {

// The kind an HTTP error status means before the body is read (401 auth, 403 permission, 404, 408, 410, 429,
// anything else >= 400 server). Vendors refine it from their error bodies.
ErrorKind errorKindForStatus(int status);

struct ConnectorError
{
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, redacted
    std::optional<qint64> retryAfterMs; // for RateLimited, when the vendor said

    bool ok() const { return kind == ErrorKind::None; }
};

} // namespace plumbline
