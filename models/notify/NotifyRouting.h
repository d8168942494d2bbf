#pragma once

#include "NotifyChannel.h"
#include "NotifyMessage.h"

#include <QCoreApplication>
#include <QDateTime>

namespace plumbline {

// When one message goes to one channel (ARCHITECTURE.md §14): pure, time in as an argument, so the routing and
// quiet-hours table tests run on any clock and in any time zone.
struct RoutingDecision
{
    enum class Action
    {
        Send, // now
        Hold, // at `dueAt` (the end of the quiet hours)
        Digest, // collected for the channel's next digest at `dueAt`
        Skip, // below the channel's minimum severity
    };
    Action action = Action::Send;
    QDateTime dueAt; // UTC; for Send, `now`
    QString reason; // translated, for the delivery log: "quiet hours until 07:00 (Europe/Berlin)"
};

class NotifyRouting final
{
    Q_DECLARE_TR_FUNCTIONS(NotifyRouting)

public:
    static RoutingDecision decide(const NotifyChannel& channel, const NotifyMessage& message, const QDateTime& now);
    // Whether `now` falls in the channel's quiet hours; when it does, `endsAt` (UTC) is when they end.
    static bool inQuietHours(const NotifyChannel& channel, const QDateTime& now, QDateTime* endsAt = nullptr);
    // The first digest time strictly after `after` (UTC), in the channel's time zone; invalid without a digest.
    static QDateTime nextDigest(const NotifyChannel& channel, const QDateTime& after);
    // The channel's time zone (its IANA id, else this computer's).
    static QTimeZone zoneOf(const NotifyChannel& channel);
};

} // namespace plumbline
