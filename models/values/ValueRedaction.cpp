#include "ValueRedaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plumbline::ValueRedaction {

namespace {
QString masked(const QString& part)
{
    return part.isEmpty() ? QString() : part.left(1) + u"***"_s;
}
} // namespace

QString key(const QString& key)
{
    const QString k = key.trimmed();
    const qsizetype at = k.lastIndexOf(u'@');
    if (at < 0) // not an e-mail address: its first character and its length
        return k.isEmpty() ? QString() : u"%1… (%2)"_s.arg(k.left(1)).arg(k.size());
    const QString domain = k.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    const QString tld = dot >= 0 ? domain.mid(dot) : QString();
    return masked(k.left(at)) + u'@' + masked(dot >= 0 ? domain.left(dot) : domain) + tld.left(8);
}

QString value(const QJsonValue& value)
{
    QString s;
    if (value.isString())
        s = value.toString().trimmed();
    else if (value.isDouble())
        s = QString::number(value.toDouble(), 'g', 15);
    else if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s; // a flag reveals nobody
    else if (value.isObject())
        return u"{…} (%1)"_s.arg(value.toObject().size());
    if (s.isEmpty())
        return u"\"\""_s;
    // Digits: the shape with all but the last two masked ("+• ••• •••••23"); text: the first character and length.
    int digits = 0;
    for (const QChar c : std::as_const(s))
        digits += c.isDigit() ? 1 : 0;
    if (digits * 2 >= s.size()) {
        QString shape;
        int seen = 0;
        for (const QChar c : std::as_const(s)) {
            if (c.isDigit())
                shape += ++seen > digits - 2 ? c : u'•';
            else
                shape += c.isLetter() ? u'•' : c;
        }
        return u"\"%1\""_s.arg(shape.left(40));
    }
    return u"\"%1…\" (%2)"_s.arg(s.left(1)).arg(s.size());
}

QString example(const QString& k, const QJsonValue& source, const QJsonValue& destination)
{
    return u"%1: %2 → %3"_s.arg(key(k), value(source), value(destination));
}

} // namespace plumbline::ValueRedaction
