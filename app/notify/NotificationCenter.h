#pragma once

#include "NotifyComposer.h"

#include <Clock.h>
#include <notify/NotifyChannel.h>
#include <notify/Outbox.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>

namespace plumbline {

class ChannelDelivery;
class MonitorRepository;
class NotifyRepository;
class SecretStore;
class WorkspaceRepository;
struct ChannelSecrets;
struct DeliveryOutcome;

// Notifications that reach the right person (ARCHITECTURE.md §14). Plans: for every alert change worth telling, the
// channels it goes to (the integration's `notify` list, its owner's channel, else the workspace's defaults) and when
// (NotifyRouting: minimum severity, quiet hours, digest); the rows are written with the alert change
// (Monitor::setOutboxPlanner). Delivers: in the process that polls, due rows oldest first, one at a time per channel
// and at most one a second per channel, retrying with exponential backoff (Retry-After honoured) for a day, then
// Failed. Reports: a channel that keeps failing is the monitor's own finding `notification_failure`.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    static constexpr int kDefaultSpacingMs = 1000; // Slack: one message a second per webhook
    static constexpr int kMaxAttempts = 12;
    static constexpr qint64 kGiveUpAfterS = 24 * 3600;

    NotificationCenter(WorkspaceRepository& workspace, MonitorRepository& history, NotifyRepository& outbox,
        SecretStore& secrets, ChannelDelivery& delivery, Clock clock, QString hostName, QObject* parent = nullptr);
    ~NotificationCenter() override;

    // The rows for these alert changes (before they are stored; ids may still be 0).
    QList<OutboxEntry> plan(const QList<AlertTransition>& transitions, const QDateTime& now) const;
    // Which channels an integration's alerts reach (the editor, the report's "who gets notified").
    QList<NotifyChannel> channelsFor(const QString& subject) const;

    // Deliver what is due, now and whenever something falls due (the process that polls: window or `run`).
    void setDispatching(bool on);
    bool isDispatching() const { return m_dispatching; }
    void dispatchNow();
    // Delivers what is due now and calls `done` when nothing is on the wire and nothing is due, or after
    // `timeoutMs` (check, notify test, and `run` on SIGTERM).
    void flush(int timeoutMs, QObject* context, std::function<void()> done);

    // "Send test": one attempt now, logged; `done` gets the outcome.
    void sendTest(const QString& channelId, QObject* context, std::function<void(const DeliveryOutcome&)> done);

    // Channels failing since when, as findings for the monitor (subject `monitor`).
    QList<Finding> findings(const QDateTime& now) const;

    // Tests: spacing between two messages of one channel, and backoff.
    void setSpacingMs(int ms) { m_spacingMs = std::max(0, ms); }
    void setBackoffMs(int baseMs, int maxMs);
    // When the next retry of attempt `attempt` (1-based) goes, without jitter (the tests' table).
    qint64 backoffMs(int attempt) const;

    NotifyRepository& outbox() { return m_outbox; }
    // The delivery log for the window and `notify log`: newest first, optionally of one channel.
    QList<OutboxEntry> log(int limit = 500, const QString& channelId = {}) const;
    QList<ChannelHealth> health() const;
    // "Retry now": what waits for the channel goes at once.
    void retryNow(const QString& channelId);

Q_SIGNALS:
    // The outbox or a channel's health changed (the window re-reads the log).
    void logChanged();
    void delivered(const QString& channelName);
    // A delivery failed (it is retried unless `final`); `error` is redacted and translated.
    void deliveryFailed(const QString& channelName, const QString& error, bool final);

private:
    void schedule();
    void checkDigests();
    void deliver(const OutboxEntry& entry, const NotifyChannel& channel);
    void readSecrets(
        const NotifyChannel& channel, std::function<void(const ChannelSecrets&, const QString& missing)> done);
    void finished(const OutboxEntry& entry, const NotifyChannel& channel, const DeliveryOutcome& outcome);
    void checkFlushes();
    QDateTime now() const { return m_clock(); }

    WorkspaceRepository& m_workspace;
    MonitorRepository& m_history;
    NotifyRepository& m_outbox;
    SecretStore& m_secrets;
    ChannelDelivery& m_delivery;
    Clock m_clock;
    NotifyComposer m_composer;
    bool m_dispatching = false;
    int m_spacingMs = kDefaultSpacingMs;
    int m_backoffBaseMs = 30000;
    int m_backoffMaxMs = 3600000;
    QSet<QString> m_inFlight; // channel ids with a delivery on the wire
    QHash<QString, QDateTime> m_lastSend; // per channel, for the spacing
    QTimer m_timer;
    QTimer m_digestTimer;
    struct Flush
    {
        QDateTime deadline;
        QPointer<QObject> context;
        std::function<void()> done;
    };
    QList<Flush> m_flushes;
};

} // namespace plumbline
