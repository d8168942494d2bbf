#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace plumbline {

// Small readers shared by the vendors' byte parsers.

// A JSON number that is a whole, non-negative count (at most 2^53 - 1, the exactly representable range).
std::optional<qint64> nonNegativeInteger(const QJsonValue& value);

// A vendor's own words for a message: whitespace collapsed, cut to `max` characters.
QString clippedVendorText(const QString& text, qsizetype max = 300);

} // namespace plumbline
