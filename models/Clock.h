#pragma once

#include <QDateTime>
#include <functional>

namespace plumbline {

// The one source of "now" (UTC). The composition root (app/AppContext) holds one and hands it to every part that
// reads the time (store, monitor, poller, transport, window); tests substitute their own.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace plumbline
