#pragma once

// PLACEHOLDER until the channel layer (branch notify-channels) lands: the API only.
#include <ErrorKind.h>
#include <notify/NotifyChannel.h>
#include <notify/NotifyMessage.h>

#include <QObject>
#include <functional>
#include <optional>

namespace plumbline {

class Transport;

struct ChannelSecrets
{
    QString url;
    QString password;
    QString routingKey;
    QString signingSecret;
};

struct DeliveryOutcome
{
    bool ok = false;
    int status = 0;
    ErrorKind kind = ErrorKind::None;
    QString error;
    std::optional<int> retryAfterS;
    bool permanent = false;
};

class ChannelDelivery final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DeliveryOutcome&)>;
    explicit ChannelDelivery(Transport& transport, QObject* parent = nullptr);
    ~ChannelDelivery() override;
    void send(const NotifyChannel& channel, const ChannelSecrets& secrets, const NotifyMessage& message,
        const QString& deliveryId, QObject* context, Done done);
    void setSmtpTimeoutsForTest(int connectMs, int totalMs);

private:
    Transport& m_transport;
};

} // namespace plumbline
