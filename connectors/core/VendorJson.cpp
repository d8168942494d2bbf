#include "VendorJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
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

std::optional<QJsonDocument> parseRecordsJson(const QByteArray& body, QJsonParseError& error)
{
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

QJsonValue clippedFieldValue(const QJsonValue& value)
{
    if (value.isString() && value.toString().size() > kMaxFieldChars)
        return value.toString().left(kMaxFieldChars);
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = clippedFieldValue(it.value());
        return o;
    }
    return value;
}

QDateTime vendorTime(const QJsonValue& value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool digits = false;
    const qint64 ms = text.toLongLong(&digits);
    if (digits)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // Salesforce writes the offset without a colon ("+0000"), which Qt's ISO reader refuses.
    static const QRegularExpression bareOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    text.replace(bareOffset, QStringLiteral("\\1:\\2"));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace plumbline
