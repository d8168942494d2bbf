#include "AlertEngine.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

// The alert state machine (ARCHITECTURE.md, "Monitoring"). Per (subject, rule):
//  - a finding whose severity is Warning, Critical or Unknown counts as the rule firing; Ok (or no finding) counts as
//    healthy. Unknown opens alerts too, with severity "unknown" (ranked as in worse(): unknown < warning < critical),
//    because "we cannot tell" is something a person must hear about when it persists;
//  - an alert opens after openAfterPolls consecutive firing polls, at once for immediateRules and for a deprecation
//    finding whose evidence says {"retired": true}; opening notifies;
//  - severity rising is an escalation (escalatedAt, acknowledgement cleared); it notifies when the new severity is
//    worse than the last one notified, unless snoozed; falling is a quiet de-escalation;
//  - resolveAfterPolls consecutive healthy polls resolve it; the resolution notifies once if anything was notified;
//  - acknowledge and snooze never notify; a snoozed alert stays quiet until the snooze ends, then (on the next poll
//    of its subject) notifies once if it is worse than what was last notified;
//  - in a maintenance window the counters keep running, but nothing opens, escalates or notifies: each would-be
//    opening or escalation is reported once as Suppressed; when the window ends with the rule still firing the
//    alert opens (or escalates) normally on the next poll. De-escalation and resolution still happen, quietly.

namespace plumbline {

namespace {

// a strictly worse than b (critical > warning > unknown > ok)
bool worseThan(Severity a, Severity b)
{
    return a != b && worse(a, b) == a;
}

bool isFiring(Severity s)
{
    return s != Severity::Ok;
}

bool snoozedAt(const Alert& alert, const QDateTime& now)
{
    return alert.snoozedUntil.isValid() && now < alert.snoozedUntil;
}

// The worst finding per rule (first one wins among equals), and whether any of them says the version is retired.
struct RuleVerdict
{
    Finding worst;
    bool retired = false;
};

bool isRetired(const Finding& f)
{
    const QJsonValue v = f.evidence.value(u"retired"_s);
    return v.toBool() || v.toString() == u"true"_s;
}

} // namespace

QString alertTransitionKey(AlertTransition::Kind kind)
{
    switch (kind) {
    case AlertTransition::Kind::Opened:
        return u"opened"_s;
    case AlertTransition::Kind::Escalated:
        return u"escalated"_s;
    case AlertTransition::Kind::Deescalated:
        return u"deescalated"_s;
    case AlertTransition::Kind::Acknowledged:
        return u"acknowledged"_s;
    case AlertTransition::Kind::Snoozed:
        return u"snoozed"_s;
    case AlertTransition::Kind::Resolved:
        return u"resolved"_s;
    case AlertTransition::Kind::Suppressed:
        return u"suppressed"_s;
    }
    return u"opened"_s;
}

AlertEngine::AlertEngine()
    : AlertEngine(Settings {})
{
}

AlertEngine::AlertEngine(Settings settings)
    : m_settings(std::move(settings))
{
    m_settings.openAfterPolls = std::max(1, m_settings.openAfterPolls);
    m_settings.resolveAfterPolls = std::max(1, m_settings.resolveAfterPolls);
}

QString AlertEngine::key(const QString& subject, const QString& rule)
{
    return subject + u'\n' + rule;
}

AlertEngine::Track* AlertEngine::findById(qint64 alertId)
{
    if (alertId == 0)
        return nullptr;
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (it->open && it->alert.id == alertId)
            return &it.value();
    }
    return nullptr;
}

void AlertEngine::restore(const QList<Alert>& openAlerts)
{
    for (const Alert& alert : openAlerts) {
        if (!alert.isOpen() || alert.subject.isEmpty() || alert.rule.isEmpty())
            continue;
        Track t;
        t.alert = alert;
        t.open = true;
        m_tracks.insert(key(alert.subject, alert.rule), t);
    }
}

void AlertEngine::sync(const QList<Alert>& storedOpenAlerts)
{
    QSet<QString> stored;
    for (const Alert& alert : storedOpenAlerts) {
        if (!alert.isOpen() || alert.subject.isEmpty() || alert.rule.isEmpty())
            continue;
        const QString k = key(alert.subject, alert.rule);
        stored.insert(k);
        Track& t = m_tracks[k];
        // The store is the truth for what others did (acknowledged, snoozed, opened); the counters are ours.
        t.alert = alert;
        t.open = true;
    }
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        // Open here but no longer in the store: another process resolved it.
        if (it->open && !stored.contains(it.key()))
            it = m_tracks.erase(it);
        else
            ++it;
    }
}

QList<AlertTransition> AlertEngine::update(
    const QString& subject, const QList<Finding>& findings, const QDateTime& now, bool inMaintenance)
{
    QList<AlertTransition> out;
    const auto emitTransition = [&out](AlertTransition::Kind kind, const Alert& alert, bool notify) {
        out.append(AlertTransition { kind, alert, notify });
    };

    // Group by rule (ordered, so that transitions come out in a stable order).
    QMap<QString, RuleVerdict> firing;
    for (const Finding& f : findings) {
        if (!isFiring(f.severity) || f.rule.isEmpty())
            continue;
        auto it = firing.find(f.rule);
        if (it == firing.end()) {
            firing.insert(f.rule, RuleVerdict { f, isRetired(f) });
        } else {
            if (worseThan(f.severity, it->worst.severity))
                it->worst = f;
            it->retired = it->retired || isRetired(f);
        }
    }

    // Rules that fire on this poll.
    for (auto it = firing.cbegin(); it != firing.cend(); ++it) {
        const QString& rule = it.key();
        const Finding& finding = it->worst;
        const Severity severity = finding.severity;
        Track& t = m_tracks[key(subject, rule)];
        ++t.failing;
        t.healthy = 0;
        if (!inMaintenance)
            t.suppressed = Severity::Ok;

        if (!t.open) {
            const bool immediate
                = m_settings.immediateRules.contains(rule) || (rule == u"deprecation"_s && it->retired);
            if (!immediate && t.failing < m_settings.openAfterPolls)
                continue;
            Alert alert;
            alert.subject = subject;
            alert.rule = rule;
            alert.severity = severity;
            alert.message = finding.message;
            if (inMaintenance) {
                // Would open: mark it in history once per severity, but stay closed and keep counting.
                if (t.suppressed == Severity::Ok || worseThan(severity, t.suppressed)) {
                    t.suppressed = severity;
                    emitTransition(AlertTransition::Kind::Suppressed, alert, false);
                }
                continue;
            }
            alert.openedAt = now;
            alert.notifiedSeverity = severity;
            t.alert = alert;
            t.open = true;
            emitTransition(AlertTransition::Kind::Opened, t.alert, true);
            continue;
        }

        Alert& alert = t.alert;
        alert.message = finding.message;
        if (worseThan(severity, alert.severity)) {
            if (inMaintenance) {
                if (t.suppressed == Severity::Ok || worseThan(severity, t.suppressed)) {
                    t.suppressed = severity;
                    Alert wouldBe = alert; // the engine keeps the old severity; history sees what was held back
                    wouldBe.severity = severity;
                    emitTransition(AlertTransition::Kind::Suppressed, wouldBe, false);
                }
                continue;
            }
            alert.severity = severity;
            alert.escalatedAt = now;
            alert.acknowledgedAt = QDateTime(); // the person acknowledged a lesser problem
            alert.acknowledgedBy.clear();
            const bool notify = !snoozedAt(alert, now) && worseThan(severity, alert.notifiedSeverity);
            if (notify)
                alert.notifiedSeverity = severity;
            emitTransition(AlertTransition::Kind::Escalated, alert, notify);
        } else if (worseThan(alert.severity, severity)) {
            alert.severity = severity;
            emitTransition(AlertTransition::Kind::Deescalated, alert, false);
        }
    }

    // Rules of this subject that did not fire: count healthy polls, resolve open alerts.
    QStringList drop;
    const QString prefix = subject + u'\n';
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rule = it.key().mid(prefix.size());
        if (firing.contains(rule))
            continue;
        Track& t = it.value();
        t.failing = 0;
        t.suppressed = Severity::Ok;
        ++t.healthy;
        if (!t.open) {
            drop << it.key();
            continue;
        }
        if (t.healthy >= m_settings.resolveAfterPolls) {
            t.alert.resolvedAt = now;
            const bool notify = !inMaintenance && !snoozedAt(t.alert, now) && t.alert.notifiedSeverity != Severity::Ok;
            emitTransition(AlertTransition::Kind::Resolved, t.alert, notify);
            drop << it.key();
        }
    }
    for (const QString& k : std::as_const(drop))
        m_tracks.remove(k);

    // Snoozes that ran out: tell once about anything worse than what was last told.
    if (!inMaintenance) {
        QStringList rules;
        for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
            if (it.key().startsWith(prefix))
                rules << it.key();
        }
        rules.sort();
        for (const QString& k : std::as_const(rules)) {
            Track& t = m_tracks[k];
            Alert& alert = t.alert;
            if (!t.open || snoozedAt(alert, now))
                continue;
            if (!worseThan(alert.severity, alert.notifiedSeverity))
                continue;
            // Only when this poll did not already notify (an escalation right now has done so).
            alert.notifiedSeverity = alert.severity;
            emitTransition(AlertTransition::Kind::Escalated, alert, true);
        }
    }
    return out;
}

QList<AlertTransition> AlertEngine::acknowledge(qint64 alertId, const QString& user, const QDateTime& now)
{
    Track* t = findById(alertId);
    if (!t)
        return {};
    t->alert.acknowledgedAt = now;
    t->alert.acknowledgedBy = user;
    return { AlertTransition { AlertTransition::Kind::Acknowledged, t->alert, false } };
}

QList<AlertTransition> AlertEngine::snooze(qint64 alertId, const QDateTime& until, const QDateTime& now)
{
    Track* t = findById(alertId);
    if (!t)
        return {};
    // A time in the past (or now) ends the snooze.
    t->alert.snoozedUntil = until.isValid() && until > now ? until : QDateTime();
    return { AlertTransition { AlertTransition::Kind::Snoozed, t->alert, false } };
}

void AlertEngine::setAlertId(const QString& subject, const QString& rule, qint64 id)
{
    auto it = m_tracks.find(key(subject, rule));
    if (it != m_tracks.end() && it->open)
        it->alert.id = id;
}

QList<Alert> AlertEngine::openAlerts() const
{
    QList<Alert> out;
    for (const Track& t : m_tracks) {
        if (t.open)
            out << t.alert;
    }
    std::sort(out.begin(), out.end(),
        [](const Alert& a, const Alert& b) { return std::tie(a.subject, a.rule) < std::tie(b.subject, b.rule); });
    return out;
}

Severity AlertEngine::worstOpen(const QDateTime& now) const
{
    Severity s = Severity::Ok;
    for (const Track& t : m_tracks) {
        if (t.open && !snoozedAt(t.alert, now))
            s = worse(s, t.alert.severity);
    }
    return s;
}

} // namespace plumbline
