#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace plumbline {

// One alert: a rule firing on a subject (an integration or a connection), from opening to resolution.
struct Alert
{
    qint64 id = 0; // assigned by the store; 0 until stored
    QString subject; // AlertSubject::key(): "integration:<id>" or "connection:<id>"
    QString rule;
    Severity severity = Severity::Warning;
    QString message; // of the latest finding
    QDateTime openedAt;
    QDateTime escalatedAt; // last time the severity rose
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QDateTime snoozedUntil;
    QDateTime resolvedAt; // invalid while open
    Severity notifiedSeverity = Severity::Ok; // the last severity a notification went out for

    bool isOpen() const { return !resolvedAt.isValid(); }
    bool operator==(const Alert&) const = default;
};

// What changed, for the store (alert history is kept forever) and for notifications.
struct AlertTransition
{
    enum class Kind
    {
        Opened,
        Escalated,
        Deescalated,
        Acknowledged,
        Snoozed,
        Resolved,
        Suppressed, // would have opened or escalated, but a maintenance window is active
    };
    Kind kind = Kind::Opened;
    Alert alert; // state after the transition
    bool notify = false; // one notification per state change: true when a person should be told now
};

QString alertTransitionKey(AlertTransition::Kind kind);

// Turns each poll's findings into alert state changes (ARCHITECTURE.md, "Monitoring"): an alert opens after N
// consecutive failing polls (default 3 for rules that flap, immediately for auth, permission and a retired version),
// escalates, and resolves after M consecutive healthy polls (default 2). Acknowledged alerts still notify on
// escalation; snoozed alerts stay quiet until the snooze ends; maintenance windows suppress opening and notifying,
// while the polls are still recorded. Pure state machine: time comes in as arguments.
class AlertEngine final
{
    Q_DECLARE_TR_FUNCTIONS(AlertEngine)

public:
    struct Settings
    {
        int openAfterPolls = 3;
        int resolveAfterPolls = 2;
        QStringList immediateRules { QStringLiteral("auth"), QStringLiteral("permission"), QStringLiteral("not_found"),
            QStringLiteral("missing_key") };
    };

    AlertEngine();
    explicit AlertEngine(Settings settings);

    // Restores open alerts (and their counters start from zero) after a restart.
    void restore(const QList<Alert>& openAlerts);
    // Takes over what other processes changed in the store (acknowledged, snoozed, opened or resolved alerts),
    // keeping the poll counters of the alerts it already tracks. `storedOpenAlerts`: every open alert of the store.
    void sync(const QList<Alert>& storedOpenAlerts);

    // One evaluated poll of `subject`: every finding for it (Ok findings may be omitted). Returns the transitions.
    QList<AlertTransition> update(
        const QString& subject, const QList<Finding>& findings, const QDateTime& now, bool inMaintenance);

    QList<AlertTransition> acknowledge(qint64 alertId, const QString& user, const QDateTime& now);
    QList<AlertTransition> snooze(qint64 alertId, const QDateTime& until, const QDateTime& now);
    // Store-assigned id for a newly opened alert (the engine keys by subject+rule until then).
    void setAlertId(const QString& subject, const QString& rule, qint64 id);

    QList<Alert> openAlerts() const;
    // The worst severity among open alerts that are not snoozed at `now` (the tray icon's state).
    Severity worstOpen(const QDateTime& now) const;

private:
    struct Track
    {
        Alert alert;
        int failing = 0; // consecutive polls with the rule firing
        int healthy = 0; // consecutive polls without it
        bool open = false;
        // Worst severity already reported as Suppressed in the current maintenance stretch (Ok: none), so that a
        // maintenance window marks each would-be change in history once rather than on every poll.
        Severity suppressed = Severity::Ok;
    };
    static QString key(const QString& subject, const QString& rule);
    Track* findById(qint64 alertId);
    Settings m_settings;
    QHash<QString, Track> m_tracks; // key: subject + '\n' + rule
};

} // namespace plumbline
