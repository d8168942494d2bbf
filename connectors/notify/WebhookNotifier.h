#pragma once

#include "AlertEngine.h"
#include "Transport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>

namespace plumbline {

// The optional outbound webhook (ARCHITECTURE.md, "Monitoring"): one Slack-compatible JSON message per alert state
// change, posted through the Transport (https, or plain http only to loopback; retried with backoff). Every text in the
// message and every error goes through the transport's Redactor first; URLs in messages lose their key-like query
// values. A delivery that still fails after the transport's attempts is reported (ok = false, redacted error) and kept
// in a small bounded queue that tries again later, oldest first, so a webhook outage does not lose state changes.
class WebhookNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookNotifier)

public:
    using Done = std::function<void(bool ok, QString error)>;

    static constexpr int kDefaultMaxPending = 20;
    static constexpr int kDefaultRetryIntervalMs = 60000;
    static constexpr int kDefaultMaxQueuedAttempts = 10;

    WebhookNotifier(Transport& transport, QUrl url, QObject* parent = nullptr);
    ~WebhookNotifier() override;

    // Posts one transition (callers send those whose `notify` is true). `done` runs once (if `context` is still
    // alive) with the first delivery's outcome; a failed delivery is queued for later attempts, reported through
    // queuedDelivered / queuedDropped.
    void send(const AlertTransition& transition, const QString& subjectName, QObject* context, Done done);

    // The Slack-compatible body: {"text": fallback, "blocks": [...]}, every text redacted.
    QByteArray payload(const AlertTransition& transition, const QString& subjectName) const;

    const QUrl& url() const { return m_url; }
    int pendingCount() const { return int(m_pending.size()); }
    void setRetryInterval(int ms);
    // Tries the queued deliveries now (e.g. when the network is back), oldest first.
    void retryPendingNow();
    void setMaxPending(int count) { m_maxPending = std::max(1, count); }
    void setMaxQueuedAttempts(int count) { m_maxQueuedAttempts = std::max(1, count); }

Q_SIGNALS:
    // A queued delivery went through later.
    void queuedDelivered();
    // A queued delivery was given up (queue full, or too many attempts); `error` is redacted.
    void queuedDropped(const QString& error);

private:
    struct Pending
    {
        QByteArray body;
        int attempts = 0; // queued attempts so far
        QString lastError;
    };
    HttpRequest request(const QByteArray& body) const;
    QString redactText(const QString& text) const;
    QString redactError(const QString& text) const;
    QString safeUrl() const;
    QString failureText(const HttpResponse& response, bool allowed) const;
    static bool isWorthRetrying(const HttpResponse& response);
    void enqueue(Pending pending);
    void scheduleRetry();
    void retryNext();

    Transport& m_transport;
    QUrl m_url;
    int m_retryIntervalMs = kDefaultRetryIntervalMs;
    int m_maxPending = kDefaultMaxPending;
    int m_maxQueuedAttempts = kDefaultMaxQueuedAttempts;
    std::deque<Pending> m_pending;
    QTimer m_retryTimer;
    bool m_retrying = false; // a queued delivery is on the wire
};

} // namespace plumbline
