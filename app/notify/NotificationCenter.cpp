#include "NotificationCenter.h"

#include "../SecretSteps.h"

#include <AlertSubject.h>
#include <MonitorRepository.h>
#include <SecretStore.h>
#include <WorkspaceRepository.h>
#include <notify/ChannelDelivery.h>
#include <notify/NotifyRouting.h>
#include <store/NotifyRepository.h>

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "plumbline.notify")

namespace plumbline {

namespace {

// A secret the channel needs is not in the store: nothing was sent, and a person has to set it.
DeliveryOutcome missingSecret(const QString& why)
{
    DeliveryOutcome outcome;
    outcome.kind = ErrorKind::MissingKey;
    outcome.error = why;
    outcome.permanent = true;
    return outcome;
}

} // namespace

NotificationCenter::NotificationCenter(WorkspaceRepository& workspace, MonitorRepository& history,
    NotifyRepository& outbox, SecretStore& secrets, ChannelDelivery& delivery, Clock clock, QString hostName,
    QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_history(history)
    , m_outbox(outbox)
    , m_secrets(secrets)
    , m_delivery(delivery)
    , m_clock(std::move(clock))
    , m_composer(workspace, history, std::move(hostName))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NotificationCenter::dispatchNow);
    m_digestTimer.setInterval(60 * 1000);
    connect(&m_digestTimer, &QTimer::timeout, this, &NotificationCenter::checkDigests);
    // Rows written with alert changes, by a test, or a "Retry now": look at once.
    connect(&m_history, &MonitorRepository::outboxWritten, this, &NotificationCenter::schedule);
    connect(&m_outbox, &NotifyRepository::outboxChanged, this, &NotificationCenter::schedule);
    connect(&m_history, &MonitorRepository::outboxWritten, this, &NotificationCenter::logChanged);
    connect(&m_outbox, &NotifyRepository::outboxChanged, this, &NotificationCenter::logChanged);
}

QList<OutboxEntry> NotificationCenter::log(int limit, const QString& channelId) const
{
    return m_outbox.log(limit, channelId);
}

QList<ChannelHealth> NotificationCenter::health() const
{
    return m_outbox.channelHealth();
}

void NotificationCenter::retryNow(const QString& channelId)
{
    if (const StoreResult r = m_outbox.retryNow(channelId, now()); !r)
        qCWarning(lcNotify) << r.error;
    dispatchNow();
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setBackoffMs(int baseMs, int maxMs)
{
    m_backoffBaseMs = std::max(1, baseMs);
    m_backoffMaxMs = std::max(m_backoffBaseMs, maxMs);
}

qint64 NotificationCenter::backoffMs(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    return std::min<qint64>(qint64(m_backoffBaseMs) << shift, m_backoffMaxMs);
}

QList<NotifyChannel> NotificationCenter::channelsFor(const QString& subject) const
{
    const QList<NotifyChannel> all = m_workspace.channels();
    const AlertSubject s = AlertSubject::parse(subject);
    if (s.kind == AlertSubject::Kind::Integration) {
        if (const auto i = m_workspace.integration(s.id))
            return NotifyChannels::routeFor(i->notify, i->owner, all);
        return NotifyChannels::routeFor({}, {}, all);
    }
    // A connection's alert (a key rejected, a version retiring) concerns every integration on it.
    QList<NotifyChannel> out = NotifyChannels::routeFor({}, {}, all);
    if (s.kind == AlertSubject::Kind::Connection) {
        for (const QString& id : m_workspace.dependentIntegrations(s.id)) {
            if (const auto i = m_workspace.integration(id)) {
                if (i->notify.isEmpty() && i->owner.isEmpty())
                    continue;
                for (const NotifyChannel& c : NotifyChannels::routeFor(i->notify, i->owner, all)) {
                    if (std::none_of(out.cbegin(), out.cend(), [&c](const NotifyChannel& o) { return o.id == c.id; }))
                        out << c;
                }
            }
        }
    }
    return out;
}

QList<OutboxEntry> NotificationCenter::plan(const QList<AlertTransition>& transitions, const QDateTime& now) const
{
    QList<OutboxEntry> rows;
    for (const AlertTransition& t : transitions) {
        const bool acknowledged = t.kind == AlertTransition::Kind::Acknowledged;
        // An acknowledgement only tells PagerDuty (so the page stops); everything else only when a person should hear.
        if (!t.notify && !(acknowledged && t.alert.notifiedSeverity != Severity::Ok))
            continue;
        if (t.kind == AlertTransition::Kind::Suppressed || t.kind == AlertTransition::Kind::Snoozed
            || t.kind == AlertTransition::Kind::Deescalated)
            continue;
        const QList<NotifyChannel> channels = channelsFor(t.alert.subject);
        if (channels.isEmpty())
            continue;
        const NotifyMessage message = m_composer.compose(t, now);
        for (const NotifyChannel& c : channels) {
            if (acknowledged && c.kind != ChannelKind::PagerDuty)
                continue;
            const RoutingDecision d = NotifyRouting::decide(c, message, now);
            OutboxEntry e;
            e.channelId = c.id;
            e.message = message;
            e.createdAt = now;
            e.dueAt = d.dueAt.isValid() ? d.dueAt : now;
            e.note = d.reason;
            switch (d.action) {
            case RoutingDecision::Action::Send:
            case RoutingDecision::Action::Hold:
                e.state = OutboxEntry::State::Pending;
                break;
            case RoutingDecision::Action::Digest:
                e.state = OutboxEntry::State::Digest;
                break;
            case RoutingDecision::Action::Skip:
                e.state = OutboxEntry::State::Skipped;
                break;
            }
            rows << e;
        }
    }
    return rows;
}

void NotificationCenter::setDispatching(bool on)
{
    if (m_dispatching == on)
        return;
    m_dispatching = on;
    if (on) {
        if (const StoreResult r = m_outbox.prune(now()); !r)
            qCWarning(lcNotify) << r.error;
        m_digestTimer.start();
        checkDigests();
        schedule();
    } else {
        m_timer.stop();
        m_digestTimer.stop();
    }
}

void NotificationCenter::schedule()
{
    if (!m_dispatching && m_flushes.isEmpty())
        return;
    const std::optional<QDateTime> next = m_outbox.nextDue();
    if (!next) {
        checkFlushes();
        return;
    }
    const qint64 wait = std::clamp<qint64>(now().msecsTo(*next), 0, 3600 * 1000);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(wait));
    checkFlushes();
}

void NotificationCenter::dispatchNow()
{
    if (!m_dispatching && m_flushes.isEmpty())
        return;
    const QDateTime t = now();
    qint64 soonestSpacing = -1;
    const QList<NotifyChannel> channels = m_workspace.channels(); // once, not once a due row
    for (const OutboxEntry& e : m_outbox.due(t)) {
        if (m_inFlight.contains(e.channelId))
            continue;
        const auto channel = std::find_if(
            channels.cbegin(), channels.cend(), [&e](const NotifyChannel& c) { return c.id == e.channelId; });
        if (channel == channels.cend()) {
            if (const StoreResult r = m_outbox.markSkipped(e.id, tr("the channel was removed")); !r)
                qCWarning(lcNotify) << r.error;
            continue;
        }
        // One message a second per channel (Slack's limit for incoming webhooks), the others wait their turn.
        if (const auto last = m_lastSend.constFind(e.channelId); last != m_lastSend.constEnd()) {
            const qint64 since = last->msecsTo(t);
            if (since < m_spacingMs) {
                const qint64 wait = m_spacingMs - since;
                soonestSpacing = soonestSpacing < 0 ? wait : std::min(soonestSpacing, wait);
                continue;
            }
        }
        deliver(e, *channel);
    }
    if (soonestSpacing >= 0)
        m_timer.start(int(soonestSpacing));
    else
        schedule();
}

void NotificationCenter::readSecrets(
    const NotifyChannel& channel, std::function<void(const ChannelSecrets&, const QString& missing)> done)
{
    const QList<std::pair<QString, QString>> names = channel.secretNames();
    const QStringList required = channel.requiredSecrets();
    const QString scope = SecretStore::channelScope(channel.id);
    QList<SecretStep> steps;
    for (const auto& [name, label] : names)
        steps.append({ SecretStep::Op::Read, scope, name, {} });
    runSecretSteps(m_secrets, this, steps, this, [names, required, scope, done](const QList<SecretResult>& results) {
        ChannelSecrets secrets;
        QString missing;
        for (qsizetype k = 0; k < results.size(); ++k) {
            const SecretResult& r = results.at(k);
            const auto& [name, label] = names.at(k);
            if (r.ok()) {
                if (name == NotifyChannel::kUrl)
                    secrets.url = r.value;
                else if (name == NotifyChannel::kPassword)
                    secrets.password = r.value;
                else if (name == NotifyChannel::kRoutingKey)
                    secrets.routingKey = r.value;
                else if (name == NotifyChannel::kSigningSecret)
                    secrets.signingSecret = r.value;
            } else if (required.contains(name) && missing.isEmpty()) {
                missing = r.unavailable()
                    ? tr("the keychain could not be read: %1").arg(r.message)
                    : tr("no %1 in the keychain (%2/%3) — set it on the Notifications page").arg(label, scope, name);
            }
        }
        done(secrets, missing);
    });
}

void NotificationCenter::deliver(const OutboxEntry& entry, const NotifyChannel& channel)
{
    const QDateTime t = now();
    // Counted and pushed back before it goes on the wire: if this process dies mid-send, the row is retried later.
    const QDateTime retryAt = t.addMSecs(backoffMs(entry.attempts + 1));
    bool claimed = false;
    if (const StoreResult r = m_outbox.beginAttempt(entry.id, t, retryAt, &claimed); !r || !claimed) {
        if (!r)
            qCWarning(lcNotify) << r.error;
        return; // another process took it
    }
    m_inFlight.insert(channel.id);
    m_lastSend.insert(channel.id, t);
    OutboxEntry attempt = entry;
    attempt.attempts = entry.attempts + 1;
    readSecrets(channel, [this, attempt, channel](const ChannelSecrets& secrets, const QString& missing) {
        if (!missing.isEmpty()) {
            finished(attempt, channel, missingSecret(missing));
            return;
        }
        m_delivery.send(channel, secrets, attempt.message, attempt.deliveryId(), this,
            [this, attempt, channel](const DeliveryOutcome& outcome) { finished(attempt, channel, outcome); });
    });
}

void NotificationCenter::finished(
    const OutboxEntry& entry, const NotifyChannel& channel, const DeliveryOutcome& outcome)
{
    m_inFlight.remove(channel.id);
    const QDateTime t = now();
    if (outcome.ok) {
        if (const StoreResult r = m_outbox.markSent(entry.id, t, outcome.status); !r)
            qCWarning(lcNotify) << r.error;
        Q_EMIT delivered(channel.displayName());
    } else {
        const bool test = entry.message.event == NotifyMessage::Event::Test;
        const bool tooOld = entry.createdAt.isValid() && entry.createdAt.secsTo(t) >= kGiveUpAfterS;
        const bool final = test || entry.attempts >= kMaxAttempts || tooOld;
        QDateTime retryAt;
        if (!final) {
            qint64 wait = backoffMs(entry.attempts);
            // Full jitter on the upper half, so many windows do not retry together.
            wait = wait / 2 + qint64(QRandomGenerator::global()->bounded(quint32(std::max<qint64>(1, wait / 2))));
            if (outcome.retryAfterS)
                wait = std::max<qint64>(wait, qint64(*outcome.retryAfterS) * 1000);
            // A webhook that is gone or a key refused will not come back in seconds; a person has to act.
            if (outcome.permanent)
                wait = std::max<qint64>(wait, 15 * 60 * 1000);
            retryAt = t.addMSecs(wait);
        }
        if (const StoreResult r = m_outbox.markFailed(entry.id, t, outcome.status, outcome.error, retryAt); !r)
            qCWarning(lcNotify) << r.error;
        qCInfo(lcNotify).noquote() << "notification to" << channel.id << "failed:" << outcome.error;
        Q_EMIT deliveryFailed(channel.displayName(), outcome.error, final);
    }
    schedule();
}

void NotificationCenter::sendTest(
    const QString& channelId, QObject* context, std::function<void(const DeliveryOutcome&)> done)
{
    const std::optional<NotifyChannel> channel = m_workspace.channel(channelId);
    QPointer<QObject> guard(context);
    // Refusals before anything is sent answer on the event loop too, as a delivery would.
    const auto refuse = [this, guard, done](ErrorKind kind, const QString& error) {
        DeliveryOutcome outcome;
        outcome.kind = kind;
        outcome.error = error;
        outcome.permanent = true;
        QMetaObject::invokeMethod(
            this,
            [guard, done, outcome] {
                if (guard)
                    done(outcome);
            },
            Qt::QueuedConnection);
    };
    if (!channel)
        return refuse(ErrorKind::NotFound, tr("There is no notification channel \"%1\".").arg(channelId));
    QList<OutboxEntry> rows(1);
    OutboxEntry& e = rows.first();
    e.channelId = channel->id;
    e.message = m_composer.test(channel->displayName(), now());
    e.createdAt = now();
    e.dueAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC).addYears(300); // not for the dispatcher: sent here
    if (const StoreResult r = m_outbox.enqueue(rows); !r)
        return refuse(ErrorKind::None, r.error);
    const OutboxEntry entry = rows.first();
    const QDateTime t = now();
    if (const StoreResult r = m_outbox.beginAttempt(entry.id, t, QDateTime()); !r)
        qCWarning(lcNotify) << r.error;
    readSecrets(*channel,
        [this, entry, channel = *channel, guard, done](const ChannelSecrets& secrets, const QString& missing) {
            const auto finish = [this, entry, channel, guard, done](const DeliveryOutcome& outcome) {
                const QDateTime at = now();
                const StoreResult r = outcome.ok ? m_outbox.markSent(entry.id, at, outcome.status)
                                                 : m_outbox.markFailed(entry.id, at, outcome.status, outcome.error, {});
                if (!r)
                    qCWarning(lcNotify) << r.error;
                if (guard)
                    done(outcome);
            };
            if (!missing.isEmpty()) {
                finish(missingSecret(missing));
                return;
            }
            m_delivery.send(channel, secrets, entry.message, entry.deliveryId(), this, finish);
        });
}

void NotificationCenter::flush(int timeoutMs, QObject* context, std::function<void()> done)
{
    m_flushes.append({ now().addMSecs(timeoutMs), context, std::move(done) });
    // Precise, and a little late rather than early: a coarse timer may fire before the deadline it checks.
    QTimer::singleShot(std::max(0, timeoutMs) + 20, Qt::PreciseTimer, this, &NotificationCenter::checkFlushes);
    // Never done() before this returns: callers quit an event loop they only enter afterwards.
    QMetaObject::invokeMethod(this, &NotificationCenter::dispatchNow, Qt::QueuedConnection);
}

void NotificationCenter::checkFlushes()
{
    if (m_flushes.isEmpty())
        return;
    const QDateTime t = now();
    const std::optional<QDateTime> next = m_outbox.nextDue();
    const bool idle = m_inFlight.isEmpty() && (!next || *next > t);
    QList<Flush> keep;
    QList<Flush> ready;
    for (Flush& f : m_flushes) {
        if (idle || f.deadline <= t || !f.context)
            ready << std::move(f);
        else
            keep << std::move(f);
    }
    m_flushes = std::move(keep);
    // Never from inside flush() itself: the caller may not be waiting yet.
    for (const Flush& f : std::as_const(ready)) {
        if (f.context && f.done) {
            QMetaObject::invokeMethod(
                f.context, [done = f.done] { done(); }, Qt::QueuedConnection);
        }
    }
}

void NotificationCenter::checkDigests()
{
    const QDateTime t = now();
    for (const NotifyChannel& c : m_workspace.channels()) {
        if (!c.digestAt || c.kind == ChannelKind::PagerDuty)
            continue;
        const std::optional<QDateTime> last = m_outbox.lastDigest(c.id);
        if (!last) { // the first digest comes at the next digest time, not at once
            if (const StoreResult r = m_outbox.setLastDigest(c.id, t); !r)
                qCWarning(lcNotify) << r.error;
            continue;
        }
        if (NotifyRouting::nextDigest(c, *last) > t)
            continue;
        const QList<OutboxEntry> collected = m_outbox.digestEntries(c.id);
        QList<NotifyMessage> recovered;
        QList<qint64> ids;
        for (const OutboxEntry& e : collected) {
            ids << e.id;
            if (e.message.event == NotifyMessage::Event::Resolved)
                recovered << e.message;
        }
        QList<Alert> open;
        for (const Alert& a : m_history.openAlerts()) {
            if (severityRank(a.severity) < severityRank(c.minSeverity))
                continue;
            const QList<NotifyChannel> reach = channelsFor(a.subject);
            if (std::any_of(reach.cbegin(), reach.cend(), [&c](const NotifyChannel& r) { return r.id == c.id; }))
                open << a;
        }
        if (!open.isEmpty() || !recovered.isEmpty()) {
            QList<OutboxEntry> rows(1);
            rows.first().channelId = c.id;
            rows.first().message = m_composer.digest(open, recovered, t);
            rows.first().createdAt = t;
            rows.first().dueAt = t;
            if (const StoreResult r = m_outbox.enqueue(rows); !r) {
                qCWarning(lcNotify) << r.error;
                continue;
            }
        }
        if (const StoreResult r = m_outbox.markDigested(ids, t); !r)
            qCWarning(lcNotify) << r.error;
        if (const StoreResult r = m_outbox.setLastDigest(c.id, t); !r)
            qCWarning(lcNotify) << r.error;
    }
}

QList<Finding> NotificationCenter::findings(const QDateTime& now) const
{
    QList<Finding> out;
    const QList<NotifyChannel> channels = m_workspace.channels();
    for (const ChannelHealth& h : m_outbox.channelHealth()) {
        if (!h.isFailing())
            continue;
        const auto c = std::find_if(
            channels.cbegin(), channels.cend(), [&h](const NotifyChannel& ch) { return ch.id == h.channelId; });
        if (c == channels.cend())
            continue; // removed since
        Finding f;
        f.rule = u"notification_failure"_s;
        f.severity = Severity::Warning;
        f.at = now;
        const QString since = h.failingSince.toLocalTime().date() == now.toLocalTime().date()
            ? QLocale().toString(h.failingSince.toLocalTime().time(), QLocale::ShortFormat)
            : QLocale().toString(h.failingSince.toLocalTime(), QLocale::ShortFormat);
        f.message = tr("Notifications to %1 have failed since %2: %3").arg(c->displayName(), since, h.lastError);
        f.hint = tr("Open Notifications, check the channel's settings and its secret in the keychain, then press Send "
                    "test. Waiting messages are sent again on their own once it works.");
        f.evidence = QJsonObject { { u"channel"_s, c->id }, { u"kind"_s, channelKindKey(c->kind) },
            { u"failing_since"_s, h.failingSince.toUTC().toString(Qt::ISODate) }, { u"failures"_s, h.failures },
            { u"last_status"_s, h.lastStatus } };
        out << f;
    }
    return out;
}

} // namespace plumbline
