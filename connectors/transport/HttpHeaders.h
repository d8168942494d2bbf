#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <optional>

namespace plumbline {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Small, pure helpers for HTTP header values; parsers take bytes so tests drive them directly.
struct HttpHeaders
{
    // Case-insensitive lookup of the first header with that name.
    static std::optional<QByteArray> value(const HeaderList& headers, const QByteArray& name);

    // Retry-After (RFC 9110 §10.2.3): delay-seconds, decimal seconds (Shopify sends "2.0") or an HTTP-date.
    // Returns milliseconds from `now`, never negative; nullopt when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

    // An IMF-fixdate / RFC 850 / asctime HTTP-date.
    static std::optional<QDateTime> parseHttpDate(const QByteArray& value);
};

} // namespace plumbline
