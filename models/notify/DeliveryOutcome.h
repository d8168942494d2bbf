#pragma once

#include <ErrorKind.h>

#include <QString>
#include <optional>

namespace plumbline {

// What one delivery attempt of one notification to one channel came to (connectors/notify: ChannelDelivery,
// SmtpSender); a value type here so the window can show it without knowing the connectors. The outbox
// that called decides from it whether and when to try again.
struct DeliveryOutcome
{
    bool ok = false;
    int status = 0; // HTTP status or SMTP reply code; 0 when there was none
    ErrorKind kind = ErrorKind::None;
    QString
        error; // translated, redacted, one line, e.g. "404 from Slack: no_service — the webhook was probably removed"
    std::optional<int> retryAfterS; // from Retry-After on 429/503
    bool permanent = false; // the same message will not get through by retrying (400, 401/403, 404/410, SMTP 5xx)
};

} // namespace plumbline
