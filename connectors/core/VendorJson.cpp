#include "VendorJson.h"

#include <cmath>

namespace plumbline {

std::optional<qint64> nonNegativeInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740991.0 || std::floor(d) != d)
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString clippedVendorText(const QString& text, qsizetype max)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max) + QChar(0x2026);
    return t;
}

} // namespace plumbline
