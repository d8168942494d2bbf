#include "ValueNormaliser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <phonenumbers/phonenumberutil.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

struct KindName
{
    FieldKind kind;
    QLatin1StringView key;
};

constexpr KindName kKinds[] = { { FieldKind::Text, "text"_L1 }, { FieldKind::Email, "email"_L1 },
    { FieldKind::Phone, "phone"_L1 }, { FieldKind::Date, "date"_L1 }, { FieldKind::DateTime, "datetime"_L1 },
    { FieldKind::Boolean, "boolean"_L1 }, { FieldKind::MultiSelect, "multiselect"_L1 },
    { FieldKind::Number, "number"_L1 }, { FieldKind::Address, "address"_L1 } };

// Mailchimp's ADDRESS sub-fields, in the order people write an address.
const QStringList kAddressParts = { u"addr1"_s, u"addr2"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s };

QString text(const QJsonValue& raw)
{
    if (raw.isString())
        return raw.toString();
    if (raw.isDouble()) {
        const double d = raw.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (raw.isBool())
        return raw.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString canonicalText(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C).simplified();
}

NormalisedValue textValue(const QString& s)
{
    NormalisedValue v;
    v.value = canonicalText(s);
    v.folded = v.value.toCaseFolded();
    v.empty = v.value.isEmpty();
    return v;
}

NormalisedValue unparsed(const QString& s)
{
    NormalisedValue v = textValue(s);
    v.parsed = v.empty; // nothing is always readable
    return v;
}

NormalisedValue phoneValue(const QString& s, const QString& region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = s.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The library's own instance (it loads its metadata once); Plumbline keeps no state of its own here.
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = trimmed.left(64).toStdString(); // longer is no phone number; bound the parser's work
    if (util->Parse(input, region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return unparsed(trimmed);
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    NormalisedValue v;
    v.empty = false;
    v.value = QString::fromStdString(e164);
    v.folded = v.value;
    return v;
}

std::optional<QDateTime> instant(const QJsonValue& raw)
{
    bool numeric = raw.isDouble();
    qint64 ms = numeric ? qint64(raw.toDouble()) : 0;
    const QString s = raw.toString().trimmed();
    if (!numeric && !s.isEmpty()) {
        ms = s.toLongLong(&numeric);
    }
    if (numeric) // HubSpot: milliseconds since the epoch
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) // Mailchimp and Salesforce write "2026-03-01 10:00:00" too
        t = QDateTime::fromString(s, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without an offset is taken as UTC, as the vendors store it
    return t.toUTC();
}

NormalisedValue dateTimeValue(const QJsonValue& raw)
{
    const QString s = text(raw);
    if (s.trimmed().isEmpty())
        return {};
    const auto t = instant(raw);
    if (!t)
        return unparsed(s);
    NormalisedValue v;
    v.empty = false;
    v.value = QString::number(t->toMSecsSinceEpoch());
    v.folded = v.value;
    return v;
}

NormalisedValue dateValue(const QJsonValue& raw)
{
    const QString s = text(raw).trimmed();
    if (s.isEmpty())
        return {};
    NormalisedValue v;
    v.empty = false;
    static const QRegularExpression birthday(u"^(\\d{1,2})/(\\d{1,2})$"_s); // Mailchimp birthday: MM/DD, no year
    static const QRegularExpression us(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s); // Mailchimp's default date format
    if (const auto m = birthday.match(s); m.hasMatch()) {
        v.value = u"--%1-%2"_s.arg(m.captured(1).toInt(), 2, 10, QChar(u'0'))
                      .arg(m.captured(2).toInt(), 2, 10, QChar(u'0'));
    } else if (const auto m = us.match(s); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
        if (!d.isValid())
            return unparsed(s);
        v.value = d.toString(Qt::ISODate);
    } else if (const QDate d = QDate::fromString(s.left(10), Qt::ISODate); d.isValid() && s.size() == 10) {
        v.value = d.toString(Qt::ISODate);
    } else if (const auto t = instant(raw)) {
        v.value = t->date().toString(Qt::ISODate); // HubSpot dates are midnight UTC in milliseconds
    } else {
        return unparsed(s);
    }
    v.folded = v.value;
    return v;
}

NormalisedValue booleanValue(const QJsonValue& raw)
{
    if (raw.isBool()) {
        NormalisedValue v;
        v.empty = false;
        v.value = v.folded = raw.toBool() ? u"true"_s : u"false"_s;
        return v;
    }
    const QString s = text(raw).trimmed().toCaseFolded();
    if (s.isEmpty())
        return {};
    static const QStringList yes = { u"true"_s, u"yes"_s, u"1"_s, u"checked"_s, u"on"_s, u"y"_s, u"t"_s };
    static const QStringList no = { u"false"_s, u"no"_s, u"0"_s, u"unchecked"_s, u"off"_s, u"n"_s, u"f"_s };
    if (!yes.contains(s) && !no.contains(s))
        return unparsed(s);
    NormalisedValue v;
    v.empty = false;
    v.value = v.folded = yes.contains(s) ? u"true"_s : u"false"_s;
    return v;
}

NormalisedValue setValue(const QJsonValue& raw)
{
    QStringList items;
    if (raw.isArray()) {
        for (const QJsonValue& item : raw.toArray())
            items << text(item);
    } else {
        items = text(raw).split(u';');
    }
    QStringList canonical;
    for (const QString& item : std::as_const(items)) {
        const QString c = canonicalText(item);
        if (!c.isEmpty() && !canonical.contains(c))
            canonical << c;
    }
    canonical.sort();
    NormalisedValue v;
    v.empty = canonical.isEmpty();
    v.value = canonical.join(u';');
    v.folded = v.value.toCaseFolded();
    return v;
}

NormalisedValue numberValue(const QJsonValue& raw)
{
    if (raw.isDouble()) {
        NormalisedValue v;
        v.empty = false;
        v.value = v.folded = QString::number(raw.toDouble(), 'g', 12);
        return v;
    }
    const QString s = text(raw).trimmed();
    if (s.isEmpty())
        return {};
    bool ok = false;
    const double d = s.toDouble(&ok); // HubSpot sends numbers as strings ("17")
    if (!ok || !std::isfinite(d))
        return unparsed(s);
    NormalisedValue v;
    v.empty = false;
    v.value = v.folded = QString::number(d, 'g', 12);
    return v;
}

NormalisedValue addressValue(const QJsonValue& raw)
{
    if (!raw.isObject())
        return textValue(text(raw).replace(u'\n', u", "_s));
    const QJsonObject o = raw.toObject();
    QStringList parts;
    for (const QString& key : kAddressParts) {
        const QString part = canonicalText(text(o.value(key)));
        if (!part.isEmpty())
            parts << part;
    }
    return textValue(parts.join(u", "_s));
}

} // namespace

QString fieldKindKey(FieldKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return k.key;
    }
    return u"text"_s;
}

std::optional<FieldKind> fieldKindFromKey(const QString& key)
{
    for (const KindName& k : kKinds) {
        if (key == k.key)
            return k.kind;
    }
    return std::nullopt;
}

FieldKind inferFieldKind(const QString& sourceName, const QString& sourceType, const QString& destinationName,
    const QString& destinationType)
{
    const QString types = (sourceType + u' ' + destinationType).toLower();
    const QString names = (sourceName + u' ' + destinationName).toLower();
    const auto typed = [&types](std::initializer_list<QLatin1StringView> words) {
        const QStringList list = types.split(u' ', Qt::SkipEmptyParts);
        return std::any_of(words.begin(), words.end(), [&list](QLatin1StringView w) { return list.contains(w); });
    };
    // What the vendors declare decides first; the names only where the types say nothing (HubSpot's "string").
    if (typed({ "phonenumber"_L1, "phone"_L1 }))
        return FieldKind::Phone;
    if (typed({ "email"_L1 }))
        return FieldKind::Email;
    if (typed({ "address"_L1 }))
        return FieldKind::Address;
    if (typed({ "datetime"_L1 }))
        return FieldKind::DateTime;
    if (typed({ "date"_L1, "birthday"_L1 }))
        return FieldKind::Date;
    if (typed({ "bool"_L1, "boolean"_L1, "booleancheckbox"_L1 }))
        return FieldKind::Boolean;
    if (typed({ "multipicklist"_L1, "checkbox"_L1, "multiselect"_L1 }))
        return FieldKind::MultiSelect;
    if (typed({ "number"_L1, "double"_L1, "currency"_L1, "int"_L1, "integer"_L1, "percent"_L1 }))
        return FieldKind::Number;
    if (names.contains(u"phone"_s) || names.contains(u"mobile"_s))
        return FieldKind::Phone;
    if (names.contains(u"email"_s))
        return FieldKind::Email;
    if (names.contains(u"address"_s))
        return FieldKind::Address;
    return FieldKind::Text;
}

NormalisedValue normaliseValue(FieldKind kind, const QJsonValue& raw, const NormaliseOptions& options)
{
    if (raw.isNull() || raw.isUndefined())
        return {};
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Email:
        return textValue(text(raw));
    case FieldKind::Phone:
        return phoneValue(text(raw), options.region);
    case FieldKind::Date:
        return dateValue(raw);
    case FieldKind::DateTime:
        return dateTimeValue(raw);
    case FieldKind::Boolean:
        return booleanValue(raw);
    case FieldKind::MultiSelect:
        return setValue(raw);
    case FieldKind::Number:
        return numberValue(raw);
    case FieldKind::Address:
        return addressValue(raw);
    }
    return textValue(text(raw));
}

QString fieldOutcomeKey(FieldOutcome outcome)
{
    switch (outcome) {
    case FieldOutcome::Equal:
        return u"equal"_s;
    case FieldOutcome::BothEmpty:
        return u"both_empty"_s;
    case FieldOutcome::EmptyOnDestination:
        return u"empty_on_destination"_s;
    case FieldOutcome::EmptyOnSource:
        return u"empty_on_source"_s;
    case FieldOutcome::Truncated:
        return u"truncated"_s;
    case FieldOutcome::CaseOnly:
        return u"case_only"_s;
    case FieldOutcome::Differs:
        break;
    }
    return u"differs"_s;
}

bool isFailure(FieldOutcome outcome)
{
    return outcome == FieldOutcome::EmptyOnDestination || outcome == FieldOutcome::Truncated
        || outcome == FieldOutcome::Differs;
}

FieldOutcome compareValues(
    FieldKind kind, const QJsonValue& source, const QJsonValue& destination, const NormaliseOptions& options)
{
    NormalisedValue s = normaliseValue(kind, source, options);
    NormalisedValue d = normaliseValue(kind, destination, options);
    if (s.empty && d.empty)
        return FieldOutcome::BothEmpty;
    if (d.empty)
        return FieldOutcome::EmptyOnDestination;
    if (s.empty)
        return FieldOutcome::EmptyOnSource;
    if (!s.parsed || !d.parsed) { // one side is not readable as its kind: compare what is written
        s = textValue(text(source));
        d = textValue(text(destination));
        kind = FieldKind::Text;
    }
    if (kind == FieldKind::DateTime) // instants equal within a second (vendors keep ms or s)
        return std::abs(s.value.toLongLong() - d.value.toLongLong()) <= 1000 ? FieldOutcome::Equal
                                                                             : FieldOutcome::Differs;
    if (kind == FieldKind::Date && (s.value.startsWith(u"--"_s) || d.value.startsWith(u"--"_s))) {
        // A birthday (month and day) against a full date: compare month and day only.
        return s.value.right(5) == d.value.right(5) ? FieldOutcome::Equal : FieldOutcome::Differs;
    }
    if (s.value == d.value)
        return FieldOutcome::Equal;
    if (s.folded == d.folded)
        return FieldOutcome::CaseOnly;
    const bool textual = kind == FieldKind::Text || kind == FieldKind::Email || kind == FieldKind::Address;
    if (textual && d.value.size() < s.value.size() && s.value.startsWith(d.value))
        return FieldOutcome::Truncated;
    return FieldOutcome::Differs;
}

QString normaliseKey(const QString& key)
{
    return key.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace plumbline
