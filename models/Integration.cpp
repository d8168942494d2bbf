#include "Integration.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plumbline {

QString directionKey(Direction direction)
{
    return direction == Direction::TwoWay ? u"two_way"_s : u"one_way"_s;
}

std::optional<Direction> directionFromKey(const QString& key)
{
    if (key == u"one_way")
        return Direction::OneWay;
    if (key == u"two_way")
        return Direction::TwoWay;
    return std::nullopt;
}

QString directionDisplayName(Direction direction)
{
    return direction == Direction::TwoWay ? QCoreApplication::translate("Direction", "Two-way")
                                          : QCoreApplication::translate("Direction", "One-way");
}

QJsonObject Checks::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"interval_s"_s, intervalS);
    o.insert(u"tolerance_pct"_s, tolerancePct);
    o.insert(u"tolerance_abs"_s, toleranceAbs);
    o.insert(u"lag_grace_s"_s, lagGraceS);
    return o;
}

QStringList Integration::connectionIds() const
{
    QStringList ids { source.connection, destination.connection };
    if (middleware)
        ids << middleware->connection;
    ids.removeDuplicates();
    return ids;
}

bool Integration::sameDefinition(const Integration& o) const
{
    return id == o.id && name == o.name && source == o.source && destination == o.destination
        && direction == o.direction && middleware == o.middleware && mappings == o.mappings && checks == o.checks
        && owner == o.owner && purpose == o.purpose && runbook == o.runbook && notify == o.notify;
}

} // namespace plumbline
