#include "MonitorRecords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

void RollupStat::add(std::optional<qint64> value)
{
    if (!value)
        return;
    ++n;
    sum += *value;
    min = min ? std::min(*min, *value) : *value;
    max = max ? std::max(*max, *value) : *value;
}

void RollupStat::merge(const RollupStat& other)
{
    n += other.n;
    sum += other.sum;
    if (other.min)
        min = min ? std::min(*min, *other.min) : *other.min;
    if (other.max)
        max = max ? std::max(*max, *other.max) : *other.max;
}

std::optional<double> RollupStat::mean() const
{
    if (n == 0)
        return std::nullopt;
    return double(sum) / double(n);
}

void Rollup::add(const Sample& sample)
{
    ++n;
    source.add(sample.source.count);
    destination.add(sample.destination.count);
    if (sample.source.count && sample.destination.count)
        gap.add(*sample.source.count - *sample.destination.count);
    const bool error = !sample.source.count || !sample.destination.count || sample.source.errorKind != ErrorKind::None
        || sample.destination.errorKind != ErrorKind::None;
    if (error)
        ++errors;
    if (sample.maintenance)
        ++maintenance;
}

void Rollup::merge(const Rollup& other)
{
    if (!bucket.isValid() || (other.bucket.isValid() && other.bucket < bucket))
        bucket = other.bucket;
    n += other.n;
    source.merge(other.source);
    destination.merge(other.destination);
    gap.merge(other.gap);
    errors += other.errors;
    maintenance += other.maintenance;
}

QDateTime rollupBucket(RollupGrain grain, const QDateTime& ts)
{
    if (!ts.isValid())
        return {};
    const qint64 size = grain == RollupGrain::Hourly ? qint64(3600) * 1000 : qint64(86400) * 1000;
    const qint64 ms = ts.toMSecsSinceEpoch();
    qint64 start = ms - (ms % size);
    if (ms % size < 0)
        start -= size;
    return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
}

namespace {

struct KindKey
{
    AlertTransition::Kind kind;
    const char16_t* key;
};

constexpr KindKey kKindKeys[] = {
    { AlertTransition::Kind::Opened, u"opened" },
    { AlertTransition::Kind::Escalated, u"escalated" },
    { AlertTransition::Kind::Deescalated, u"deescalated" },
    { AlertTransition::Kind::Acknowledged, u"acknowledged" },
    { AlertTransition::Kind::Snoozed, u"snoozed" },
    { AlertTransition::Kind::Resolved, u"resolved" },
    { AlertTransition::Kind::Suppressed, u"suppressed" },
};

} // namespace

QString alertEventKindKey(AlertTransition::Kind kind)
{
    for (const KindKey& k : kKindKeys) {
        if (k.kind == kind)
            return QString::fromUtf16(k.key);
    }
    return u"unknown"_s;
}

std::optional<AlertTransition::Kind> alertEventKindFromKey(const QString& key)
{
    for (const KindKey& k : kKindKeys) {
        if (key == QStringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace plumbline
