#include "ValueCheck.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0; // four decimals: 0.9123
}
} // namespace

QJsonObject ValueCheckResult::fieldJson(const FieldTally& f, bool withExamples)
{
    QJsonObject o { { u"source"_s, f.source }, { u"destination"_s, f.destination }, { u"kind"_s, fieldKindKey(f.kind) },
        { u"compared"_s, double(f.compared) }, { u"equal"_s, double(f.equal) },
        { u"both_empty"_s, double(f.bothEmpty) }, { u"differs"_s, double(f.failures()) },
        { u"value_differs"_s, double(f.differs) }, { u"empty_on_destination"_s, double(f.emptyOnDestination) },
        { u"empty_on_source"_s, double(f.emptyOnSource) }, { u"truncated"_s, double(f.truncated) },
        { u"case_only"_s, double(f.caseOnly) },
        { u"first_failure_change"_s,
            f.firstFailureChange ? QJsonValue(f.firstFailureChange->toUTC().toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null) } };
    if (withExamples)
        o.insert(u"examples"_s, QJsonArray::fromStringList(f.examples));
    return o;
}

FieldTally ValueCheckResult::fieldFromJson(const QJsonObject& o)
{
    FieldTally f;
    f.source = o.value(u"source"_s).toString();
    f.destination = o.value(u"destination"_s).toString();
    f.kind = fieldKindFromKey(o.value(u"kind"_s).toString()).value_or(FieldKind::Text);
    const auto n = [&o](const char* key) { return qint64(o.value(QLatin1StringView(key)).toDouble()); };
    f.compared = n("compared");
    f.equal = n("equal");
    f.bothEmpty = n("both_empty");
    f.differs = n("value_differs");
    f.emptyOnDestination = n("empty_on_destination");
    f.emptyOnSource = n("empty_on_source");
    f.truncated = n("truncated");
    f.caseOnly = n("case_only");
    const QDateTime first = QDateTime::fromString(o.value(u"first_failure_change"_s).toString(), Qt::ISODate);
    if (first.isValid())
        f.firstFailureChange = first;
    for (const QJsonValue& e : o.value(u"examples"_s).toArray())
        f.examples << e.toString();
    return f;
}

QJsonObject ValueCheckResult::toJson() const
{
    QJsonArray list;
    for (const FieldTally& f : fields)
        list << fieldJson(f, false);
    QJsonObject o { { u"checked_at"_s, checkedAt.toUTC().toString(Qt::ISODate) }, { u"sampled"_s, double(sampled) },
        { u"found"_s, double(found) }, { u"missing_at_destination"_s, double(missingAtDestination) },
        { u"duplicates"_s, double(duplicates) }, { u"matched"_s, double(matched) },
        { u"match_rate"_s, rounded(matchRate) }, { u"match_rate_low"_s, rounded(matchRateLow) },
        { u"match_rate_high"_s, rounded(matchRateHigh) }, { u"requests"_s, requests() },
        { u"requests_source"_s, requestsSource }, { u"requests_destination"_s, requestsDestination },
        { u"population"_s, population ? QJsonValue(double(*population)) : QJsonValue(QJsonValue::Null) },
        { u"partial"_s, partial }, { u"fields"_s, list } };
    if (partial)
        o.insert(u"partial_reason"_s, partialReason);
    if (!problem.isEmpty()) {
        o.insert(u"problem"_s, problem);
        o.insert(u"problem_kind"_s, problemKind);
    }
    return o;
}

} // namespace plumbline
