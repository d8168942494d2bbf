#include "NotifyRouting.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace plumbline {

QTimeZone NotifyRouting::zoneOf(const NotifyChannel& channel)
{
    if (!channel.timeZone.isEmpty()) {
        const QTimeZone zone(channel.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool NotifyRouting::inQuietHours(const NotifyChannel& channel, const QDateTime& now, QDateTime* endsAt)
{
    if (!channel.quiet.isSet())
        return false;
    const QTimeZone zone = zoneOf(channel);
    const QDateTime local = now.toTimeZone(zone);
    const QTime t = local.time();
    const QTime from = channel.quiet.from;
    const QTime to = channel.quiet.to;
    const bool overnight = from > to;
    const bool quiet = overnight ? (t >= from || t < to) : (t >= from && t < to);
    if (!quiet)
        return false;
    if (endsAt) {
        // Overnight quiet hours that started this evening end tomorrow morning.
        const QDate endDate = overnight && t >= from ? local.date().addDays(1) : local.date();
        *endsAt = QDateTime(endDate, to, zone).toUTC();
    }
    return true;
}

QDateTime NotifyRouting::nextDigest(const NotifyChannel& channel, const QDateTime& after)
{
    if (!channel.digestAt)
        return {};
    const QTimeZone zone = zoneOf(channel);
    const QDateTime local = after.toTimeZone(zone);
    QDateTime candidate(local.date(), *channel.digestAt, zone);
    if (candidate <= after)
        candidate = QDateTime(local.date().addDays(1), *channel.digestAt, zone);
    return candidate.toUTC();
}

RoutingDecision NotifyRouting::decide(const NotifyChannel& channel, const NotifyMessage& message, const QDateTime& now)
{
    RoutingDecision d;
    d.dueAt = now.toUTC();
    using Event = NotifyMessage::Event;
    // A test and the digest itself go when asked; their time was chosen by a person.
    if (message.event == Event::Test || message.event == Event::Digest)
        return d;
    if (severityRank(message.severity) < severityRank(channel.minSeverity)) {
        d.action = RoutingDecision::Action::Skip;
        d.reason = tr("below this channel's minimum severity (%1)").arg(severityDisplayName(channel.minSeverity));
        return d;
    }
    // PagerDuty pages people and resolves incidents by itself: a digest or a held resolve would defeat that.
    if (channel.digestAt && channel.kind != ChannelKind::PagerDuty) {
        d.action = RoutingDecision::Action::Digest;
        d.dueAt = nextDigest(channel, now);
        d.reason = tr("in the daily digest at %1").arg(channel.digestAt->toString(u"HH:mm"_s));
        return d;
    }
    QDateTime ends;
    if (inQuietHours(channel, now, &ends)) {
        // A critical one wakes people; its recovery follows it, so nobody stays up for what is already fixed.
        if (message.severity == Severity::Critical && channel.quiet.criticalBreaksThrough)
            return d;
        d.action = RoutingDecision::Action::Hold;
        d.dueAt = ends;
        d.reason = tr("quiet hours until %1 (%2)")
                       .arg(channel.quiet.to.toString(u"HH:mm"_s),
                           channel.timeZone.isEmpty() ? tr("this computer's time") : channel.timeZone);
    }
    return d;
}

} // namespace plumbline
