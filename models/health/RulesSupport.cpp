#include "RulesSupport.h"

#include "Rules.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline::rules_detail {

QString num(qint64 value)
{
    return QLocale().toString(value);
}

QString signedNum(qint64 value)
{
    return value > 0 ? u"+"_s + QLocale().toString(value) : QLocale().toString(value);
}

QString pct(double value)
{
    return QLocale().toString(value, 'f', 1);
}

double round1(double value)
{
    if (!std::isfinite(value))
        return 0.0;
    return std::round(value * 10.0) / 10.0;
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return Rules::tr("%n s", nullptr, static_cast<int>(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Rules::tr("%n min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const int rest = static_cast<int>(minutes % 60);
        return rest == 0 ? Rules::tr("%n h", nullptr, static_cast<int>(hours))
                         : Rules::tr("%1 h %2 min").arg(QLocale().toString(hours), QLocale().toString(rest));
    }
    const qint64 days = hours / 24;
    if (days > 1000000)
        return Rules::tr("more than %1 days").arg(QLocale().toString(1000000));
    return Rules::tr("%1 days").arg(QLocale().toString(days));
}

QJsonValue isoOrNull(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue countOrNull(const std::optional<qint64>& count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> usable(const std::optional<qint64>& count)
{
    if (count && *count >= 0)
        return count;
    return std::nullopt;
}

qint64 ageS(const QDateTime& from, const QDateTime& now)
{
    if (!from.isValid() || !now.isValid())
        return 0;
    return qMax<qint64>(0, from.secsTo(now));
}

QString bounded(const QString& text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

Finding finding(const QString& rule, Severity severity, const QString& message, const QString& hint,
    const QJsonObject& evidence, const QString& integrationId, const QString& connectionId, const QDateTime& at)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    // Every text is bounded where it is made: vendors' words and field names are quoted into messages.
    f.message = bounded(message, kMaxMessage);
    f.hint = bounded(hint, kMaxHint);
    f.evidence = evidence;
    f.integrationId = integrationId;
    f.connectionId = connectionId;
    f.at = at;
    return f;
}

QString whyUnread(ErrorKind kind, const QString& c)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return {};
    case ErrorKind::Auth:
    case ErrorKind::GrantRefused:
        return Rules::tr("%1 rejected Plumbline's key (see the sign-in finding of %1)").arg(c);
    case ErrorKind::Permission:
        return Rules::tr("%1 refused access to this data (see the permission finding of %1)").arg(c);
    case ErrorKind::MissingKey:
    case ErrorKind::KeychainUnavailable:
    case ErrorKind::UnusableKey:
        return Rules::tr("Plumbline has no key it can send to %1 (see the finding about the key of %1)").arg(c);
    case ErrorKind::RateLimited:
    case ErrorKind::QuotaExhausted:
        return Rules::tr("%1 refused more requests for now (see the rate-limit finding of %1)").arg(c);
    case ErrorKind::Gone:
        return Rules::tr("%1 no longer serves this API version (see the deprecation finding of %1)").arg(c);
    case ErrorKind::Parse:
        return Rules::tr("%1 answered something Plumbline could not read (see the finding about its answer)").arg(c);
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::Server:
        return Rules::tr("%1 could not be reached (see the finding that %1 is unreachable)").arg(c);
    case ErrorKind::None:
        break;
    }
    return Rules::tr("%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › "
                     "select %1 › Test connection)")
        .arg(c);
}

QString signInAgainHint(const QString& connectionId)
{
    return Rules::tr("If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… "
                     "(on a server: plumbline auth login %1). If it uses client credentials and the secret changed, "
                     "store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).")
        .arg(connectionId);
}

QString pasteKeyHint(const QString& connectionId)
{
    return Rules::tr("Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new "
                     "key; on a server without a desktop run: plumbline secret set %1")
        .arg(connectionId);
}

QString connectionName(const IntegrationFacts& facts, const QString& connectionId)
{
    const auto it = facts.connections.constFind(connectionId);
    return it != facts.connections.cend() && !it->name.isEmpty() ? it->name : connectionId;
}

} // namespace plumbline::rules_detail
