#pragma once

#include "ChannelSecrets.h"
#include "OutgoingMail.h"
#include "Transport.h"

#include <notify/NotifyChannel.h>
#include <notify/NotifyMessage.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace plumbline {

// How each channel kind carries a NotifyMessage (ARCHITECTURE.md §14; formats and sources in connectors/README.md,
// "Notifications"): pure functions from the channel, the message, its secrets, the time and a delivery id to the
// request that goes out. They arrange the message's texts and never add one of their own that names a secret: every
// text passes the Redactor (which knows the channel's secrets) last, so no webhook URL, password, routing key or
// signing secret reaches a body, except PagerDuty's `routing_key`, which its API requires.
class ChannelPayloads final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelPayloads)

public:
    // Block Kit's limits (characters): a header's text, a section's text, one field, fields per section, blocks.
    static constexpr int kSlackHeaderMax = 150;
    static constexpr int kSlackSectionMax = 3000;
    static constexpr int kSlackFieldMax = 2000;
    static constexpr int kSlackFieldsPerSection = 10;
    static constexpr int kSlackBlocksMax = 50;
    // PagerDuty Events API v2: payload.summary and dedup_key.
    static constexpr int kPagerDutySummaryMax = 1024;
    static constexpr int kPagerDutyDedupKeyMax = 255;
    static constexpr QLatin1StringView kPagerDutyEnqueueUrl { "https://events.pagerduty.com/v2/enqueue" };

    // Slack incoming webhook: {"text": fallback, "blocks": [...]}, mrkdwn-escaped, cut to Block Kit's limits.
    static HttpRequest slack(const NotifyChannel& channel, const NotifyMessage& message, const ChannelSecrets& secrets,
        const QDateTime& now, const QString& deliveryId);
    // Teams Workflows webhook: a "message" with one Adaptive Card (1.4) attachment.
    static HttpRequest teams(const NotifyChannel& channel, const NotifyMessage& message, const ChannelSecrets& secrets,
        const QDateTime& now, const QString& deliveryId);
    // Google Chat incoming webhook: `text` with the essentials and a cardsV2 card with the details.
    static HttpRequest googleChat(const NotifyChannel& channel, const NotifyMessage& message,
        const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId);
    // PagerDuty Events API v2 enqueue: trigger (with payload), acknowledge or resolve (routing key and dedup key only).
    static HttpRequest pagerDuty(const NotifyChannel& channel, const NotifyMessage& message,
        const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId);
    // Signed webhook: compact {"event", "delivery_id", "sent_at", "message"} with X-Plumbline-Timestamp (unix seconds),
    // X-Plumbline-Delivery and X-Plumbline-Signature = webhookSignature(signing secret, timestamp, body). A receiver
    // verifies it on the raw body bytes: it refuses a timestamp more than 5 minutes from its own clock (a replayed
    // request), recomputes "sha256=" + hex HMAC-SHA256(secret, "<timestamp>.<body>") and compares in constant time,
    // and may drop a delivery id it has seen within those 5 minutes (connectors/README.md, "Verifying the signed
    // webhook").
    static HttpRequest webhook(const NotifyChannel& channel, const NotifyMessage& message,
        const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId);
    // The request for any HTTP kind (an empty request for email).
    static HttpRequest http(const NotifyChannel& channel, const NotifyMessage& message, const ChannelSecrets& secrets,
        const QDateTime& now, const QString& deliveryId);
    // E-mail: a complete RFC 5322 message, multipart/alternative (text/plain and text/html, UTF-8, base64).
    static OutgoingMail email(const NotifyChannel& channel, const NotifyMessage& message, const ChannelSecrets& secrets,
        const QDateTime& now, const QString& deliveryId);

    // "sha256=" + lowercase hex HMAC-SHA256(secret, "<timestamp>.<body>") — the X-Plumbline-Signature value.
    static QByteArray webhookSignature(const QByteArray& secret, qint64 timestamp, const QByteArray& body);
    // "trigger", "acknowledge" or "resolve" for an event (Opened, Escalated, Test and Digest trigger).
    static QString pagerDutyAction(NotifyMessage::Event event);
    // The message's dedup key as PagerDuty takes it: at most 255 characters (a longer key is replaced by a hash of
    // it, the same for every message of the alert); a test without one gets one of its own.
    static QString pagerDutyDedupKey(const NotifyMessage& message, const QString& deliveryId);
    // Slack's mrkdwn control characters: & < > as &amp; &lt; &gt;.
    static QString slackEscape(const QString& text);
    // At most `max` characters, ending in "…" when cut; never splits a surrogate pair or an escaped entity.
    static QString truncated(const QString& text, qsizetype max);
    // An RFC 5322 date in UTC: "Mon, 02 Mar 2026 09:15:00 +0000".
    static QByteArray mailDate(const QDateTime& at);
    // A header value from any text: control characters and line breaks become spaces (no header injection); ASCII
    // stays as it is (folded at spaces), anything else becomes RFC 2047 encoded-words ("=?UTF-8?B?…?="), one per
    // folded line, so that no line grows past 78 characters.
    static QByteArray mailHeaderText(const QString& text);
};

} // namespace plumbline
