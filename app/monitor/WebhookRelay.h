#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace plumbline {

class Monitor;
class Transport;
class WebhookNotifier;
class WorkspaceRepository;

// Sends each alert state change that should reach a person to the outbound webhook (Slack-compatible), when one
// is configured (`webhook_url` in the [notifications] group of the settings file, read through AppSettings; https,
// or http to this computer). The composition root (AppContext::applySettings) creates, replaces and removes it.
class WebhookRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookRelay)

public:
    WebhookRelay(
        Monitor& monitor, Transport& transport, WorkspaceRepository& workspace, QUrl url, QObject* parent = nullptr);
    ~WebhookRelay() override;

Q_SIGNALS:
    void deliveryFailed(const QString& error);

private:
    std::unique_ptr<WebhookNotifier> m_notifier;
};

} // namespace plumbline
