#pragma once

#include <health/Severity.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>
#include <utility>

namespace plumbline {

// Where a notification can go (ARCHITECTURE.md §14). The kinds' keys are stored and written in workspace files.
enum class ChannelKind
{
    Slack, // incoming webhook, Block Kit
    Teams, // Workflows webhook, Adaptive Card
    GoogleChat, // incoming webhook
    Email, // SMTP (STARTTLS or implicit TLS)
    PagerDuty, // Events API v2
    Webhook, // JSON, HMAC-SHA256 signature
};

QString channelKindKey(ChannelKind kind); // "slack", "teams", "google_chat", "email", "pagerduty", "webhook"
std::optional<ChannelKind> channelKindFromKey(const QString& key);
QString channelKindDisplayName(ChannelKind kind); // translated
QList<ChannelKind> allChannelKinds();

// Quiet hours in the channel's time zone: [from, to), possibly over midnight ("22:00" to "07:00").
struct QuietHours
{
    QTime from;
    QTime to;
    bool criticalBreaksThrough = true;

    bool isSet() const { return from.isValid() && to.isValid() && from != to; }
    bool operator==(const QuietHours&) const = default;
};

enum class SmtpSecurity
{
    StartTls, // submission, port 587: plain connection upgraded by STARTTLS (required, never optional)
    Tls, // implicit TLS, port 465
    None, // only to this computer (loopback), like plain http
};

QString smtpSecurityKey(SmtpSecurity security); // "starttls", "tls", "none"
std::optional<SmtpSecurity> smtpSecurityFromKey(const QString& key);

struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username; // empty: no authentication; the password is the keychain's `channel/<id>/password`
    QString from; // "Plumbline <plumbline@example.com>"
    QString caFile; // extra certificate authority (a company's own CA, the tests' self-signed server)

    bool operator==(const SmtpSettings&) const = default;
};

// One notification channel of the workspace. Its secrets (webhook URLs, the SMTP password, PagerDuty's routing key,
// a webhook's signing secret) are in the keychain under `channel/<id>/<name>` (secretNames()), never here.
struct NotifyChannel
{
    // Names of the keychain entries (SecretStore, scope channelScope(id)).
    static inline const QString kUrl = QStringLiteral("url");
    static inline const QString kPassword = QStringLiteral("password");
    static inline const QString kRoutingKey = QStringLiteral("routing_key");
    static inline const QString kSigningSecret = QStringLiteral("signing_secret");

    QString id;
    ChannelKind kind = ChannelKind::Slack;
    QString name; // what people call it: "#mops-alerts", "Dana Whitfield", "On-call"
    QString person; // the person it reaches; an integration whose owner is this person (or this id) notifies it
    bool isDefault = false; // routes the alerts of integrations with no `notify` list, and of connections
    Severity minSeverity = Severity::Warning; // warning or critical
    QuietHours quiet;
    QString timeZone; // IANA id for quiet hours and the digest; empty: this computer's
    std::optional<QTime> digestAt; // set: one daily digest at this local time instead of single messages
    QStringList to; // e-mail recipients
    SmtpSettings smtp; // e-mail only
    QString url; // PagerDuty only: the Events API address (empty: PagerDuty's own); never a secret
    QJsonObject extra; // keys of later versions, carried unchanged

    QString displayName() const { return name.isEmpty() ? id : name; }
    // The keychain entries this channel needs, with a translated label each (the editor's fields, `notify test`).
    QList<std::pair<QString, QString>> secretNames() const;
    // Which of them must be set before anything can be sent.
    QStringList requiredSecrets() const;
    bool reachesOwner(const QString& owner) const;

    QJsonObject toJson() const;
    bool operator==(const NotifyChannel&) const = default;
};

// Strict reading of one `channels[]` entry; problems are (JSON path, translated message). Keys that would hold a
// secret ("url" of a webhook kind, "password", "routing_key", ...) are refused with the keychain's name for them.
struct ChannelParse
{
    std::optional<NotifyChannel> channel;
    QList<std::pair<QString, QString>> problems;
};

class NotifyChannels final
{
    Q_DECLARE_TR_FUNCTIONS(NotifyChannels)

public:
    static ChannelParse fromJson(const QJsonValue& value, const QString& path);
    // The channels an integration's alerts go to: its `notify` list, the owner's channel, or else the defaults.
    // Unknown ids are skipped (the import refuses them; a channel removed later must not stop the others).
    static QList<NotifyChannel> routeFor(
        const QStringList& notify, const QString& owner, const QList<NotifyChannel>& channels);
    // The channels that reach an owner (the audit report's "who gets notified").
    static QStringList ownerChannels(const QString& owner, const QList<NotifyChannel>& channels);
};

} // namespace plumbline
