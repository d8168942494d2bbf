#include "ChannelDelivery.h"

#include <QPointer>
#include <QTimer>

namespace plumbline {

ChannelDelivery::ChannelDelivery(Transport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{
}

ChannelDelivery::~ChannelDelivery() = default;

void ChannelDelivery::send(const NotifyChannel&, const ChannelSecrets&, const NotifyMessage&, const QString&,
    QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done] {
        DeliveryOutcome o;
        o.error = QStringLiteral("placeholder");
        if (guard)
            done(o);
    });
}

void ChannelDelivery::setSmtpTimeoutsForTest(int, int) { }

} // namespace plumbline
