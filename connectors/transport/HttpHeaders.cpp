#include "HttpHeaders.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

std::optional<QByteArray> HttpHeaders::value(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, val] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return val;
    }
    return std::nullopt;
}

std::optional<QDateTime> HttpHeaders::parseHttpDate(const QByteArray& raw)
{
    // IMF-fixdate, RFC 850 and asctime forms (RFC 9110 §5.6.7). The day name is dropped first: it adds nothing,
    // and Qt would check it against a two-digit RFC 850 year taken as 19xx.
    QString text = QString::fromLatin1(raw).simplified();
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    else if (const qsizetype space = text.indexOf(u' '); space > 0)
        text = text.mid(space + 1);
    const QLocale c = QLocale::c();
    for (const auto* format : { "d MMM yyyy HH:mm:ss 'GMT'", "d-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy" }) {
        QDateTime t = c.toDateTime(text, QString::fromLatin1(format));
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100); // two-digit years of RFC 850
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    return std::nullopt;
}

std::optional<qint64> HttpHeaders::parseRetryAfter(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray v = raw.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::min(seconds, 86400.0 * 7) * 1000.0);
    }
    if (const auto date = parseHttpDate(v))
        return std::max<qint64>(0, now.msecsTo(*date));
    return std::nullopt;
}

} // namespace plumbline
