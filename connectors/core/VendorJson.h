#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace plumbline {

// Small readers shared by the vendors' byte parsers.

// A JSON number that is a whole, non-negative count (at most 2^53 - 1, the exactly representable range).
std::optional<qint64> nonNegativeInteger(const QJsonValue& value);

// A vendor's own words for a message: whitespace collapsed, cut to `max` characters.
QString clippedVendorText(const QString& text, qsizetype max = 300);

// A JSON document of records: a body with bytes that are not UTF-8 is read with those bytes replaced (U+FFFD), so
// one odd value does not lose a whole page. nullopt (and `error`) only for a body that is not JSON at all.
std::optional<QJsonDocument> parseRecordsJson(const QByteArray& body, QJsonParseError& error);

// A record's field value as kept for a value check: strings longer than kMaxFieldChars are clipped (values that big
// are no names or addresses, and the check holds every sampled record in memory).
constexpr qsizetype kMaxFieldChars = 8192;
QJsonValue clippedFieldValue(const QJsonValue& value);

// A vendor's timestamp: ISO 8601 with Z, +hh:mm or Salesforce's +hhmm, or epoch milliseconds (number or digits).
// Invalid when unreadable.
QDateTime vendorTime(const QJsonValue& value);

} // namespace plumbline
