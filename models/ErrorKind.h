#pragma once

#include <QString>
#include <optional>

namespace plumbline {

// What went wrong talking to a vendor, shared by the connectors that find it, the store that keeps it and the rules
// that explain it (ARCHITECTURE.md, "Vendors"). The keys appear in the store, in logs and in `check --json`.
enum class ErrorKind
{
    None,
    Auth, // 401: credentials rejected
    GrantRefused, // a token endpoint refused the grant or the client for good (invalid_grant, invalid_client, ...)
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

// "auth", "not_found", …; "none" for None.
QString errorKindKey(ErrorKind kind);
// The stored form: an empty string for None, else the key.
QString storedErrorKind(ErrorKind kind);
// The kind a key names; "" and "none" are None; nullopt for a key no version of Plumbline wrote.
std::optional<ErrorKind> errorKindFromKey(const QString& key);

} // namespace plumbline
