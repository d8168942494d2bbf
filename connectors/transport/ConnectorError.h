#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>

namespace plumbline {

// Typed connector errors (ARCHITECTURE.md, "Vendors"). The keys appear in logs and JSON output.
enum class ErrorKind
{
    None,
    Auth, // 401: credentials rejected
    Permission, // 403: scope or permission missing
    NotFound, // 404: object or account not found
    RateLimited, // 429 (with retry-after when given)
    QuotaExhausted, // daily quota used up (e.g. Salesforce REQUEST_LIMIT_EXCEEDED)
    Gone, // 410: version retired, resource removed
    Server, // 5xx
    Network, // DNS, refused, reset, policy refusal
    Timeout, // stall or total deadline
    Tls, // certificate or handshake failure
    Parse, // body not in the documented format
    // Before any request: Plumbline has no key to send (nothing was asked of the vendor).
    MissingKey, // no keychain entry, no PLUMBLINE_SECRET_<ID>
    KeychainUnavailable, // the keychain could not be asked (no Secret Service, locked, access denied)
    UnusableKey, // the stored key holds a line break or control character (would inject headers)
};

QString errorKindKey(ErrorKind kind);
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
