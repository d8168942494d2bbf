#pragma once

#include "NotifyMessage.h"

#include <QDateTime>
#include <QString>

namespace plumbline {

// One message for one channel in the persistent outbox (ARCHITECTURE.md §14; table notify_outbox, schema 7). Rows
// are written in the same transaction as the alert change they announce, so a restart or `kill -9` loses none;
// the delivery log is these rows, newest first.
struct OutboxEntry
{
    enum class State
    {
        Pending, // to be sent at dueAt (now, after the quiet hours, or after a failed attempt's backoff)
        Digest, // waiting for the channel's daily digest
        Sent,
        Digested, // went out inside a digest
        Failed, // given up after the last attempt; lastError says why
        Skipped, // never to be sent (below the minimum severity, channel removed); `note` says why
    };

    qint64 id = 0;
    QString channelId;
    State state = State::Pending;
    NotifyMessage message;
    QDateTime createdAt;
    QDateTime dueAt;
    int attempts = 0;
    QDateTime lastAttemptAt;
    QString lastError; // translated, redacted
    int lastStatus = 0; // HTTP status or SMTP reply code
    QDateTime sentAt;
    QString note; // why it waits or was skipped (translated when written)

    QString deliveryId() const { return QStringLiteral("plumbline-%1").arg(id); }
};

QString outboxStateKey(OutboxEntry::State state); // "pending", "digest", "sent", "digested", "failed", "skipped"
std::optional<OutboxEntry::State> outboxStateFromKey(const QString& key);
QString outboxStateDisplayName(OutboxEntry::State state); // translated

// How a channel has fared (table notify_channel_state): the monitor's own finding when notifications fail.
struct ChannelHealth
{
    QString channelId;
    QDateTime lastOkAt;
    QDateTime failingSince; // invalid while the channel delivers
    QString lastError;
    int lastStatus = 0;
    int failures = 0; // attempts failed since the last success

    bool isFailing() const { return failingSince.isValid(); }
};

} // namespace plumbline
