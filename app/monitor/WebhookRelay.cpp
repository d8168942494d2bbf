#include "WebhookRelay.h"

#include "Monitor.h"

#include <WorkspaceRepository.h>
#include <notify/WebhookNotifier.h>

namespace plumbline {

WebhookRelay::WebhookRelay(
    Monitor& monitor, Transport& transport, WorkspaceRepository& workspace, QUrl url, QObject* parent)
    : QObject(parent)
    , m_notifier(std::make_unique<WebhookNotifier>(transport, std::move(url)))
{
    connect(&monitor, &Monitor::alertTransitions, this, [this, &workspace](const QList<AlertTransition>& transitions) {
        for (const AlertTransition& t : transitions) {
            if (!t.notify)
                continue;
            const QString id = t.alert.subject.section(QLatin1Char(':'), 1);
            QString name = id;
            if (const auto i = workspace.integration(id))
                name = i->name;
            else if (const auto c = workspace.connection(id))
                name = c->name;
            m_notifier->send(t, name, this, [this](bool ok, const QString& error) {
                if (!ok)
                    Q_EMIT deliveryFailed(error);
            });
        }
    });
}

WebhookRelay::~WebhookRelay() = default;

} // namespace plumbline
