#pragma once

#include <QString>

namespace plumbline {

// A channel's secrets as read from the keychain (`channel/<id>/<name>`, NotifyChannel::secretNames()), handed to one
// delivery and never kept. Only the ones the channel's kind needs are set.
struct ChannelSecrets
{
    QString url; // slack, teams, google_chat, webhook: the webhook address (a bearer credential itself)
    QString password; // email: the SMTP password, when the channel has a username
    QString routingKey; // pagerduty: the Events API v2 integration key
    QString signingSecret; // webhook: the HMAC-SHA256 key
};

} // namespace plumbline
