#pragma once

#include "ChannelSecrets.h"
#include "Transport.h"
#include <notify/DeliveryOutcome.h>

#include <notify/NotifyChannel.h>
#include <notify/NotifyMessage.h>

#include <QObject>
#include <functional>

namespace plumbline {

class SmtpSender;

// One delivery attempt of one notification to one channel (ARCHITECTURE.md §14): the channel's format
// (ChannelPayloads), then HTTP through the Transport (https, or plain http to loopback only; one attempt; the webhook
// URL shown as scheme and host only, since it is a credential) or e-mail through SmtpSender. The answer says whether
// it got through, and if not why, in the vendor's words and what they probably mean, and whether trying the same
// message again can help. Retries, rate limits and the outbox are the caller's.
class ChannelDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelDelivery)

public:
    using Done = std::function<void(const DeliveryOutcome&)>;

    explicit ChannelDelivery(Transport& transport, QObject* parent = nullptr);
    ~ChannelDelivery() override;

    // One attempt (the caller, a persistent outbox, does retries and rate limits; the transport sends a POST once).
    // `done` runs once, on this object's thread, if `context` is still alive then.
    void send(const NotifyChannel& channel, const ChannelSecrets& secrets, const NotifyMessage& message,
        const QString& deliveryId, QObject* context, Done done);
    void setSmtpTimeoutsForTest(int connectMs, int totalMs);

private:
    void answerLater(QObject* context, Done done, DeliveryOutcome outcome);

    Transport& m_transport;
    SmtpSender* m_smtp;
};

} // namespace plumbline
