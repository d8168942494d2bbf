#pragma once

#include <QJsonValue>
#include <QString>

namespace plumbline {

// Examples that reveal nobody (ARCHITECTURE.md §12): a key as "d***@e***.com" (first letter of the local part and
// of the domain, the top-level domain), a value as its first character and its length ("D… (4)"), digits masked
// but the last two, an empty value as "". Never the value itself.
namespace ValueRedaction {
QString key(const QString& key);
QString value(const QJsonValue& value);
// `d***@e***.com: "D… (4)" → ""`
QString example(const QString& key, const QJsonValue& source, const QJsonValue& destination);
} // namespace ValueRedaction

} // namespace plumbline
