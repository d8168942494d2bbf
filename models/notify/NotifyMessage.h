#pragma once

#include <health/Severity.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace plumbline {

// One notification, before a channel shapes it (ARCHITECTURE.md §14). Every text is already translated into the
// user's language and holds no secret; the channel formats (connectors/notify/ChannelPayloads) only arrange it.
// Stored as JSON in the outbox, so a message written before a restart is delivered as it was composed.
struct NotifyMessage
{
    enum class Event
    {
        Opened, // an alert opened
        Escalated, // its severity rose
        Resolved, // it recovered (lastedS says for how long it was broken)
        Acknowledged, // someone took it (PagerDuty: acknowledge)
        Digest, // the daily digest: `sections`
        Test, // "Send test"
    };

    struct Item // a line of the digest
    {
        QString title; // "HubSpot → Mailchimp newsletter"
        QString detail; // "Count drift: 70 records (5.8 %) missing, since 09:12"
        QString link; // plumbline://integration/<id>, or empty
        bool operator==(const Item&) const = default;
    };
    struct Section
    {
        QString heading; // "Broken (2)", "Recovered (1)", "Due soon (1)"
        QList<Item> items;
        bool operator==(const Section&) const = default;
    };

    Event event = Event::Opened;
    Severity severity = Severity::Warning; // of the alert (Resolved: the worst it reached)
    QString dedupKey; // the same for every message of one alert (PagerDuty's dedup_key); unique for tests/digests
    QString subject; // the alert subject: "integration:<id>", "connection:<id>", "monitor", "" for test/digest
    QString rule; // the alert's rule id, or empty
    QString integrationId; // empty for connection-level alerts, tests and digests
    QString subjectName; // "HubSpot → Mailchimp newsletter" (the display name, never an id when a name exists)
    QString title; // one line: "Critical: HubSpot → Mailchimp newsletter — count drift"
    QString summary; // the problem in plain words, with the numbers
    QList<std::pair<QString, QString>> figures; // labelled figures: ("Gap", "70 records (5.8 %)")
    QString hint; // what to check
    QString runbook; // the integration's runbook link or text, when it has one
    QString link; // plumbline://integration/<id> (or plumbline://alerts)
    QString linkLabel; // "Open in Plumbline"
    QDateTime at; // when it happened (UTC)
    std::optional<qint64> lastedS; // Resolved: how long it was broken
    QString lastedText; // Resolved: "It lasted 2 hours 5 minutes."
    QList<Section> sections; // Digest only
    QString footer; // "Sent by Plumbline on laptop-dana (workspace …)."

    QJsonObject toJson() const;
    static NotifyMessage fromJson(const QJsonObject& json);
    bool operator==(const NotifyMessage&) const = default;
};

QString notifyEventKey(
    NotifyMessage::Event event); // "opened", "escalated", "resolved", "acknowledged", "digest", "test"
std::optional<NotifyMessage::Event> notifyEventFromKey(const QString& key);

} // namespace plumbline
