#include "ValueSettings.h"

#include "ValueNormaliser.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
int intOr(const QJsonObject& o, QLatin1StringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

double doubleOr(const QJsonObject& o, QLatin1StringView key, double fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : fallback;
}

bool boolOr(const QJsonObject& o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}
} // namespace

std::optional<FieldMapping> keyMapping(const Integration& integration)
{
    std::optional<FieldMapping> key;
    for (const FieldMapping& m : integration.mappings) {
        if (!m.key)
            continue;
        if (key)
            return std::nullopt; // two keys: no single field to look records up by
        key = m;
    }
    if (key && (key->source.trimmed().isEmpty() || key->destination.trimmed().isEmpty()))
        return std::nullopt;
    return key;
}

ValueSettings ValueSettings::of(const Integration& integration)
{
    ValueSettings s;
    const QJsonObject o = integration.checks.extra.value(u"values"_s).toObject();
    s.enabled = boolOr(o, "enabled"_L1, keyMapping(integration).has_value());
    s.sample = std::clamp(intOr(o, "sample"_L1, s.sample), kMinSample, kMaxSample);
    s.everyS = std::max(1, intOr(o, "every_s"_L1, s.everyS));
    s.settleS = std::max(0, intOr(o, "settle_s"_L1, s.settleS));
    s.maxRequests = std::clamp(intOr(o, "max_requests"_L1, s.maxRequests), 1, kMaxRequests);
    s.examples = boolOr(o, "examples"_L1, s.examples);
    s.tolerancePct = std::clamp(doubleOr(o, "tolerance_pct"_L1, s.tolerancePct), 0.0, 100.0);
    s.criticalPct = std::clamp(doubleOr(o, "critical_pct"_L1, s.criticalPct), s.tolerancePct, 100.0);
    const QString region = o.value(u"phone_region"_s).toString().trimmed().toUpper();
    if (region.size() == 2)
        s.region = region;
    return s;
}

QJsonObject ValueSettings::toJson() const
{
    return { { u"enabled"_s, enabled }, { u"sample"_s, sample }, { u"every_s"_s, everyS }, { u"settle_s"_s, settleS },
        { u"max_requests"_s, maxRequests }, { u"examples"_s, examples }, { u"tolerance_pct"_s, tolerancePct },
        { u"critical_pct"_s, criticalPct }, { u"phone_region"_s, region } };
}

QList<QPair<QString, QString>> ValueSettings::problems(const QJsonValue& values, const QString& path)
{
    if (values.isUndefined() || values.isNull())
        return {};
    if (!values.isObject())
        return { { path, QCoreApplication::translate("ValueSettings", "expected an object") } };
    QList<QPair<QString, QString>> out;
    const QJsonObject o = values.toObject();
    const auto at = [&path](QLatin1StringView key) -> QString { return path + u'.' + key; };
    for (const auto key : { "enabled"_L1, "examples"_L1 }) {
        if (o.contains(key) && !o.value(key).isBool())
            out.append({ at(key), QCoreApplication::translate("ValueSettings", "expected true or false") });
    }
    struct Range
    {
        QLatin1StringView key;
        double min;
        double max;
    };
    for (const Range& r :
        { Range { "sample"_L1, double(kMinSample), double(kMaxSample) }, Range { "every_s"_L1, 1, 366.0 * 86400 },
            Range { "settle_s"_L1, 0, 7.0 * 86400 }, Range { "max_requests"_L1, 1, double(kMaxRequests) },
            Range { "tolerance_pct"_L1, 0, 100 }, Range { "critical_pct"_L1, 0, 100 } }) {
        if (!o.contains(r.key))
            continue;
        const QJsonValue v = o.value(r.key);
        if (!v.isDouble() || v.toDouble() < r.min || v.toDouble() > r.max)
            out.append({ at(r.key),
                QCoreApplication::translate("ValueSettings", "expected a number from %1 to %2")
                    .arg(QLocale::c().toString(r.min), QLocale::c().toString(r.max)) });
    }
    if (o.contains(u"phone_region"_s)) {
        const QJsonValue v = o.value(u"phone_region"_s);
        if (!v.isString() || v.toString().trimmed().size() != 2)
            out.append({ at("phone_region"_L1),
                QCoreApplication::translate(
                    "ValueSettings", "expected a two-letter country code such as \"US\" or \"DE\"") });
    }
    if (o.contains(u"field_types"_s)) {
        const QJsonValue v = o.value(u"field_types"_s);
        if (!v.isObject()) {
            out.append({ at("field_types"_L1), QCoreApplication::translate("ValueSettings", "expected an object") });
        } else {
            const QJsonObject types = v.toObject();
            for (auto it = types.begin(); it != types.end(); ++it) {
                if (!fieldKindFromKey(it.value().toString()))
                    out.append({ at("field_types"_L1) + u'.' + it.key(),
                        QCoreApplication::translate("ValueSettings",
                            "expected one of text, email, phone, date, datetime, boolean, multiselect, number, "
                            "address") });
            }
        }
    }
    return out;
}

} // namespace plumbline
