#include "NotifyChannel.h"

#include "Endpoint.h"
#include "SecretShapes.h"
#include "WorkspaceJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr std::pair<ChannelKind, const char16_t*> kKinds[] = {
    { ChannelKind::Slack, u"slack" },
    { ChannelKind::Teams, u"teams" },
    { ChannelKind::GoogleChat, u"google_chat" },
    { ChannelKind::Email, u"email" },
    { ChannelKind::PagerDuty, u"pagerduty" },
    { ChannelKind::Webhook, u"webhook" },
};

constexpr std::pair<SmtpSecurity, const char16_t*> kSecurities[] = {
    { SmtpSecurity::StartTls, u"starttls" },
    { SmtpSecurity::Tls, u"tls" },
    { SmtpSecurity::None, u"none" },
};

const QStringList kKnownKeys { u"id"_s, u"kind"_s, u"name"_s, u"person"_s, u"default"_s, u"min_severity"_s,
    u"quiet_hours"_s, u"time_zone"_s, u"digest"_s, u"to"_s, u"smtp"_s, u"url"_s };

bool hasWebhookUrl(ChannelKind kind)
{
    return kind == ChannelKind::Slack || kind == ChannelKind::Teams || kind == ChannelKind::GoogleChat
        || kind == ChannelKind::Webhook;
}

std::optional<QTime> clockTime(const QString& text)
{
    static const QRegularExpression re(u"^([01][0-9]|2[0-3]):([0-5][0-9])\\z"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

bool isMailAddress(const QString& text)
{
    // A plain address or "Name <address>": enough to catch a mistyped recipient before anything is sent.
    static const QRegularExpression re(u"^(?:[^<>\\r\\n]*<)?[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+>?\\z"_s);
    return re.match(text.trimmed()).hasMatch();
}

class ChannelReader
{
    Q_DECLARE_TR_FUNCTIONS(NotifyChannels)

public:
    QList<std::pair<QString, QString>> problems;

    void problem(const QString& path, const QString& message) { problems.append({ path, message }); }

    std::optional<QString> text(const QJsonObject& o, const QString& path, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + u'.' + key, tr("required key \"%1\" is missing").arg(key));
            return std::nullopt;
        }
        if (!v.isString()) {
            problem(path + u'.' + key, tr("expected a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<QTime> time(const QJsonObject& o, const QString& path, const QString& key)
    {
        const auto t = text(o, path, key, true);
        if (!t)
            return std::nullopt;
        const auto parsed = clockTime(*t);
        if (!parsed)
            problem(path + u'.' + key,
                tr("\"%1\" is not a time of day; write it as HH:MM, e.g. 22:00").arg(SecretShapes::printable(*t, 20)));
        return parsed;
    }
};

} // namespace

QString channelKindKey(ChannelKind kind)
{
    for (const auto& [k, key] : kKinds) {
        if (k == kind)
            return QStringView(key).toString();
    }
    return {};
}

std::optional<ChannelKind> channelKindFromKey(const QString& key)
{
    for (const auto& [k, name] : kKinds) {
        if (key == QStringView(name))
            return k;
    }
    return std::nullopt;
}

QString channelKindDisplayName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Slack:
        return NotifyChannels::tr("Slack");
    case ChannelKind::Teams:
        return NotifyChannels::tr("Microsoft Teams");
    case ChannelKind::GoogleChat:
        return NotifyChannels::tr("Google Chat");
    case ChannelKind::Email:
        return NotifyChannels::tr("E-mail");
    case ChannelKind::PagerDuty:
        return NotifyChannels::tr("PagerDuty");
    case ChannelKind::Webhook:
        return NotifyChannels::tr("Signed webhook");
    }
    return {};
}

QList<ChannelKind> allChannelKinds()
{
    QList<ChannelKind> kinds;
    for (const auto& [k, key] : kKinds)
        kinds << k;
    return kinds;
}

QString smtpSecurityKey(SmtpSecurity security)
{
    for (const auto& [s, key] : kSecurities) {
        if (s == security)
            return QStringView(key).toString();
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromKey(const QString& key)
{
    for (const auto& [s, name] : kSecurities) {
        if (key == QStringView(name))
            return s;
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> NotifyChannel::secretNames() const
{
    switch (kind) {
    case ChannelKind::Slack:
    case ChannelKind::Teams:
    case ChannelKind::GoogleChat:
        return { { kUrl, NotifyChannels::tr("Webhook URL") } };
    case ChannelKind::Webhook:
        return { { kUrl, NotifyChannels::tr("Webhook URL") },
            { kSigningSecret, NotifyChannels::tr("Signing secret") } };
    case ChannelKind::Email:
        return { { kPassword, NotifyChannels::tr("SMTP password") } };
    case ChannelKind::PagerDuty:
        return { { kRoutingKey, NotifyChannels::tr("Integration (routing) key") } };
    }
    return {};
}

QStringList NotifyChannel::requiredSecrets() const
{
    switch (kind) {
    case ChannelKind::Slack:
    case ChannelKind::Teams:
    case ChannelKind::GoogleChat:
        return { kUrl };
    case ChannelKind::Webhook:
        return { kUrl, kSigningSecret };
    case ChannelKind::Email:
        return smtp.username.isEmpty() ? QStringList() : QStringList { kPassword };
    case ChannelKind::PagerDuty:
        return { kRoutingKey };
    }
    return {};
}

bool NotifyChannel::reachesOwner(const QString& owner) const
{
    const QString o = owner.trimmed();
    if (o.isEmpty())
        return false;
    return o.compare(id, Qt::CaseInsensitive) == 0
        || (!person.isEmpty() && o.compare(person, Qt::CaseInsensitive) == 0);
}

QJsonObject NotifyChannel::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id"_s, id);
    o.insert(u"kind"_s, channelKindKey(kind));
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (!person.isEmpty())
        o.insert(u"person"_s, person);
    if (isDefault)
        o.insert(u"default"_s, true);
    o.insert(u"min_severity"_s, severityKey(minSeverity));
    if (quiet.isSet())
        o.insert(u"quiet_hours"_s,
            QJsonObject { { u"from"_s, quiet.from.toString(u"HH:mm"_s) }, { u"to"_s, quiet.to.toString(u"HH:mm"_s) },
                { u"critical_breaks_through"_s, quiet.criticalBreaksThrough } });
    if (!timeZone.isEmpty())
        o.insert(u"time_zone"_s, timeZone);
    if (digestAt)
        o.insert(u"digest"_s, QJsonObject { { u"at"_s, digestAt->toString(u"HH:mm"_s) } });
    if (kind == ChannelKind::Email) {
        o.insert(u"to"_s, to.size() == 1 ? QJsonValue(to.first()) : QJsonValue(QJsonArray::fromStringList(to)));
        QJsonObject s { { u"host"_s, smtp.host }, { u"port"_s, smtp.port },
            { u"security"_s, smtpSecurityKey(smtp.security) } };
        if (!smtp.username.isEmpty())
            s.insert(u"username"_s, smtp.username);
        if (!smtp.from.isEmpty())
            s.insert(u"from"_s, smtp.from);
        if (!smtp.caFile.isEmpty())
            s.insert(u"ca_file"_s, smtp.caFile);
        o.insert(u"smtp"_s, s);
    }
    if (kind == ChannelKind::PagerDuty && !url.isEmpty())
        o.insert(u"url"_s, url);
    return o;
}

ChannelParse NotifyChannels::fromJson(const QJsonValue& value, const QString& path)
{
    ChannelParse result;
    ChannelReader r;
    if (!value.isObject()) {
        result.problems.append({ path, tr("expected an object") });
        return result;
    }
    const QJsonObject o = value.toObject();
    NotifyChannel c;
    if (const auto id = r.text(o, path, u"id"_s, true)) {
        if (!WorkspaceJson::isValidId(*id))
            r.problem(path + u".id"_s,
                tr("\"%1\" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)")
                    .arg(SecretShapes::printable(*id, 70)));
        c.id = *id;
    }
    if (const auto kind = r.text(o, path, u"kind"_s, true)) {
        if (const auto k = channelKindFromKey(*kind))
            c.kind = *k;
        else
            r.problem(path + u".kind"_s,
                tr("unknown kind \"%1\"; expected slack, teams, google_chat, email, pagerduty or webhook")
                    .arg(SecretShapes::printable(*kind, 40)));
    }
    const QString secretAt = u"channel/%1/"_s.arg(c.id.isEmpty() ? u"ID"_s : c.id);
    // A secret never travels in a workspace file: name the keychain entry instead of reading it.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const bool urlSecret = it.key() == u"url" && hasWebhookUrl(c.kind);
        const bool named = it.key() == NotifyChannel::kPassword || it.key() == NotifyChannel::kRoutingKey
            || it.key() == NotifyChannel::kSigningSecret;
        if (urlSecret || named || (it.key() != u"url" && SecretShapes::isCredentialKey(it.key()))) {
            const QString entry = urlSecret ? NotifyChannel::kUrl : it.key();
            r.problem(path + u'.' + it.key(),
                tr("this is a secret and does not belong in a workspace file; store it in the keychain as \"%1%2\" "
                   "(the Notifications page, or `plumbline secret set %1%2`)")
                    .arg(secretAt, entry));
        }
    }
    c.name = r.text(o, path, u"name"_s, false).value_or(QString());
    c.person = r.text(o, path, u"person"_s, false).value_or(QString());
    if (o.contains(u"default")) {
        if (o.value(u"default").isBool())
            c.isDefault = o.value(u"default").toBool();
        else
            r.problem(path + u".default"_s, tr("expected true or false"));
    }
    if (const auto s = r.text(o, path, u"min_severity"_s, false)) {
        const auto severity = severityFromKey(*s);
        if (severity == Severity::Warning || severity == Severity::Critical)
            c.minSeverity = *severity;
        else
            r.problem(path + u".min_severity"_s,
                tr("\"%1\" is not a minimum severity; expected warning or critical")
                    .arg(SecretShapes::printable(*s, 20)));
    }
    if (o.contains(u"time_zone")) {
        if (const auto tz = r.text(o, path, u"time_zone"_s, false)) {
            if (!QTimeZone(tz->toUtf8()).isValid())
                r.problem(path + u".time_zone"_s,
                    tr("unknown time zone \"%1\"; use an IANA name such as Europe/Berlin or America/New_York")
                        .arg(SecretShapes::printable(*tz, 40)));
            else
                c.timeZone = *tz;
        }
    }
    if (o.contains(u"quiet_hours") && !o.value(u"quiet_hours").isNull()) {
        const QString at = path + u".quiet_hours"_s;
        if (!o.value(u"quiet_hours").isObject()) {
            r.problem(at, tr("expected an object with \"from\" and \"to\""));
        } else {
            const QJsonObject q = o.value(u"quiet_hours").toObject();
            const auto from = r.time(q, at, u"from"_s);
            const auto to = r.time(q, at, u"to"_s);
            if (from && to) {
                if (*from == *to)
                    r.problem(at, tr("quiet hours must start and end at different times"));
                c.quiet.from = *from;
                c.quiet.to = *to;
            }
            if (q.contains(u"critical_breaks_through")) {
                if (q.value(u"critical_breaks_through").isBool())
                    c.quiet.criticalBreaksThrough = q.value(u"critical_breaks_through").toBool();
                else
                    r.problem(at + u".critical_breaks_through"_s, tr("expected true or false"));
            }
        }
    }
    if (o.contains(u"digest") && !o.value(u"digest").isNull()) {
        const QString at = path + u".digest"_s;
        if (!o.value(u"digest").isObject())
            r.problem(at, tr("expected an object such as {\"at\": \"08:00\"}"));
        else if (const auto t = r.time(o.value(u"digest").toObject(), at, u"at"_s))
            c.digestAt = *t;
    }
    if (c.kind == ChannelKind::Email) {
        const QJsonValue to = o.value(u"to");
        QStringList list;
        if (to.isString())
            list << to.toString();
        else if (to.isArray())
            for (const QJsonValue& v : to.toArray())
                list << v.toString();
        if (to.isUndefined() || (!to.isString() && !to.isArray()))
            r.problem(path + u".to"_s, tr("an e-mail channel needs \"to\": one address or a list of addresses"));
        for (qsizetype k = 0; k < list.size(); ++k) {
            if (!isMailAddress(list.at(k)))
                r.problem(to.isArray() ? u"%1.to[%2]"_s.arg(path).arg(k) : path + u".to"_s,
                    tr("\"%1\" is not an e-mail address").arg(SecretShapes::printable(list.at(k), 80)));
        }
        c.to = list;
        const QString at = path + u".smtp"_s;
        if (!o.value(u"smtp").isObject()) {
            r.problem(at, tr("an e-mail channel needs \"smtp\": {\"host\": …, \"port\": …, \"security\": …}"));
        } else {
            const QJsonObject s = o.value(u"smtp").toObject();
            for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
                if (SecretShapes::isCredentialKey(it.key()) && it.key() != u"username")
                    r.problem(at + u'.' + it.key(),
                        tr("this is a secret and does not belong in a workspace file; store it in the keychain as "
                           "\"%1password\"")
                            .arg(secretAt));
            }
            c.smtp.host = r.text(s, at, u"host"_s, true).value_or(QString());
            if (s.contains(u"security")) {
                if (const auto sec = r.text(s, at, u"security"_s, false)) {
                    if (const auto parsed = smtpSecurityFromKey(*sec))
                        c.smtp.security = *parsed;
                    else
                        r.problem(at + u".security"_s,
                            tr("unknown security \"%1\"; expected starttls, tls or none")
                                .arg(SecretShapes::printable(*sec, 20)));
                }
            }
            c.smtp.port = c.smtp.security == SmtpSecurity::Tls ? 465 : 587;
            if (s.contains(u"port")) {
                const QJsonValue p = s.value(u"port");
                const double port = p.toDouble(-1);
                if (!p.isDouble() || port < 1 || port > 65535 || port != std::floor(port))
                    r.problem(at + u".port"_s, tr("expected a port number between 1 and 65535"));
                else
                    c.smtp.port = int(port);
            }
            if (c.smtp.security == SmtpSecurity::None && !c.smtp.host.isEmpty()
                && !Endpoint::isLoopbackHost(c.smtp.host))
                r.problem(at + u".security"_s,
                    tr("mail without TLS may only go to this computer; use starttls or tls for %1")
                        .arg(SecretShapes::printable(c.smtp.host, 80)));
            c.smtp.username = r.text(s, at, u"username"_s, false).value_or(QString());
            c.smtp.from = r.text(s, at, u"from"_s, false).value_or(QString());
            if (!c.smtp.from.isEmpty() && !isMailAddress(c.smtp.from))
                r.problem(at + u".from"_s,
                    tr("\"%1\" is not an e-mail address").arg(SecretShapes::printable(c.smtp.from, 80)));
            c.smtp.caFile = r.text(s, at, u"ca_file"_s, false).value_or(QString());
        }
    } else {
        for (const char16_t* key : { u"to", u"smtp" }) {
            if (o.contains(QStringView(key)))
                r.problem(path + u'.' + QStringView(key).toString(),
                    tr("only an e-mail channel has \"%1\"").arg(QStringView(key).toString()));
        }
    }
    if (c.kind == ChannelKind::PagerDuty && o.contains(u"url")) {
        if (const auto u = r.text(o, path, u"url"_s, false)) {
            if (const QString why = Endpoint::problem(*u); !why.isEmpty())
                r.problem(path + u".url"_s, why);
            else
                c.url = *u;
        }
    }
    QJsonObject extra = o;
    for (const QString& key : kKnownKeys)
        extra.remove(key);
    for (auto it = extra.begin(); it != extra.end();) {
        // Secrets were refused above; never carry one in `extra` either.
        if (SecretShapes::isCredentialKey(it.key()))
            it = extra.erase(it);
        else
            ++it;
    }
    c.extra = extra;
    result.problems = r.problems;
    if (result.problems.isEmpty())
        result.channel = c;
    return result;
}

QList<NotifyChannel> NotifyChannels::routeFor(
    const QStringList& notify, const QString& owner, const QList<NotifyChannel>& channels)
{
    QList<NotifyChannel> out;
    const auto add = [&out](const NotifyChannel& c) {
        for (const NotifyChannel& have : std::as_const(out)) {
            if (have.id == c.id)
                return;
        }
        out << c;
    };
    for (const QString& id : notify) {
        for (const NotifyChannel& c : channels) {
            if (c.id == id)
                add(c);
        }
    }
    for (const NotifyChannel& c : channels) {
        if (c.reachesOwner(owner))
            add(c);
    }
    if (notify.isEmpty()) {
        for (const NotifyChannel& c : channels) {
            if (c.isDefault)
                add(c);
        }
    }
    return out;
}

QStringList NotifyChannels::ownerChannels(const QString& owner, const QList<NotifyChannel>& channels)
{
    QStringList ids;
    for (const NotifyChannel& c : channels) {
        if (c.reachesOwner(owner))
            ids << c.id;
    }
    return ids;
}

} // namespace plumbline
