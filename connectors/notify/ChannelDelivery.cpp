// Vendors' error answers (facts from, no code taken):
// - Slack incoming webhooks: https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks
//   (400 invalid_payload, 403 action_prohibited, 404 channel_not_found, 410 channel_is_archived, 500 rollup_error, a
//   plain-text word as body); no_service (404) and invalid_token (403) as third-party references list them
//   (UNCONFIRMED on Slack's own pages)
// - PagerDuty Events API v2: https://github.com/PagerDuty/api-schema/blob/main/reference/events-v2/openapiv3.json
//   (202 accepted; 400 {"status":"invalid event","message":…,"errors":[…]} not to be retried; 429 and 5xx to be
//   retried later)
// - Google Chat: Google APIs' error object {"error":{"code","message","status"}} (INVALID_ARGUMENT, NOT_FOUND,
//   PERMISSION_DENIED, RESOURCE_EXHAUSTED)
// - Teams Workflows (Power Automate): {"error":{"code","message"}} (UNCONFIRMED beyond that shape)
#include "ChannelDelivery.h"

#include "ChannelPayloads.h"
#include "SmtpSender.h"

#include <Endpoint.h>
#include <VendorJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDelivery, "plumbline.connectors.notify", QtWarningMsg)

namespace plumbline {

namespace {

struct Refusal
{
    QString word; // the vendor's own (error code, status, or its text), may be empty
    QString meaning; // what it probably means, translated
    ErrorKind kind = ErrorKind::Server;
    bool permanent = false;
};

class Words
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDelivery)

public:
    static QString vendor(const NotifyChannel& channel)
    {
        if (channel.kind == ChannelKind::Webhook)
            return tr("the webhook receiver");
        return channelKindDisplayName(channel.kind);
    }

    // What an HTTP status means before the body is read.
    static Refusal byStatus(int status)
    {
        Refusal r;
        if (status >= 300 && status < 400) {
            r = { {}, tr("the address redirects elsewhere; paste the current webhook URL"), ErrorKind::Server, true };
        } else if (status == 400 || status == 422) {
            r = { {}, tr("it could not read the message; this is a bug in Plumbline, please report it"),
                ErrorKind::Parse, true };
        } else if (status == 401) {
            r = { {}, tr("it refused the credentials"), ErrorKind::Auth, true };
        } else if (status == 403) {
            r = { {}, tr("it refused the request"), ErrorKind::Permission, true };
        } else if (status == 404) {
            r = { {}, tr("the webhook was probably removed or disabled"), ErrorKind::NotFound, true };
        } else if (status == 408) {
            r = { {}, tr("it timed out; it will be tried again"), ErrorKind::Timeout, false };
        } else if (status == 410) {
            r = { {}, tr("the webhook was removed"), ErrorKind::Gone, true };
        } else if (status == 413) {
            r = { {}, tr("the message is too large"), ErrorKind::Parse, true };
        } else if (status == 429) {
            r = { {}, tr("too many messages in a short time; it will be tried again later"), ErrorKind::RateLimited,
                false };
        } else if (status >= 500) {
            r = { {}, tr("the service has a problem on its side; it will be tried again"), ErrorKind::Server, false };
        } else {
            r = { {}, tr("the request was refused"), ErrorKind::Server, true };
        }
        return r;
    }

    static Refusal slack(int status, const QString& word)
    {
        Refusal r = byStatus(status);
        r.word = word;
        if (word == u"no_service" || word == u"no_team" || word == u"team_disabled") {
            r.meaning = word == u"no_service" ? tr("the webhook was probably removed or disabled")
                                              : tr("the Slack workspace was probably deleted or disabled");
            r.kind = ErrorKind::NotFound;
            r.permanent = true;
        } else if (word == u"channel_not_found") {
            r.meaning = tr("the channel it posts to was probably deleted");
            r.kind = ErrorKind::NotFound;
            r.permanent = true;
        } else if (word == u"channel_is_archived") {
            r.meaning = tr("the channel was archived; unarchive it or make a webhook for another channel");
            r.kind = ErrorKind::Gone;
            r.permanent = true;
        } else if (word == u"invalid_token" || word == u"token_revoked" || word == u"token_expired") {
            r.meaning = tr("the webhook's token is no longer valid; make a new webhook and paste its URL");
            r.kind = ErrorKind::Auth;
            r.permanent = true;
        } else if (word == u"action_prohibited" || word == u"posting_to_general_channel_denied"
            || word == u"user_not_found") {
            r.meaning = tr("a setting of the Slack workspace stops this webhook from posting there; ask its admin");
            r.kind = ErrorKind::Permission;
            r.permanent = true;
        } else if (word.startsWith(u"invalid_") || word == u"no_text" || word.startsWith(u"missing_text")) {
            r.meaning = tr("Slack could not read the message; this is a bug in Plumbline, please report it");
            r.kind = ErrorKind::Parse;
            r.permanent = true;
        } else if (word == u"rate_limited") {
            r.kind = ErrorKind::RateLimited;
            r.permanent = false;
        }
        return r;
    }

    static Refusal pagerDuty(int status, const QJsonObject& body)
    {
        Refusal r = byStatus(status);
        const QString statusWord = body.value(u"status").toString();
        QStringList errors;
        for (const QJsonValue& e : body.value(u"errors").toArray())
            errors << e.toString();
        const QString message = body.value(u"message").toString();
        QString word = statusWord;
        if (!message.isEmpty())
            word += (word.isEmpty() ? QString() : u": "_s) + message;
        if (!errors.isEmpty())
            word += u" (%1)"_s.arg(errors.join(u"; "_s));
        r.word = word;
        const QString all = QString(message + u' ' + errors.join(u' ')).toLower();
        if (status == 400 || status == 401 || status == 403 || status == 404) {
            if (all.contains(u"routing_key") || all.contains(u"routing key") || all.contains(u"integration key")
                || status == 401 || status == 403) {
                r.meaning = tr("PagerDuty refused the routing key; copy the Integration Key of the service's Events "
                               "API v2 integration again");
                r.kind = ErrorKind::Auth;
            } else if (status == 404) {
                r.meaning = tr("the Events API address is wrong; leave the channel's url empty for PagerDuty's own");
                r.kind = ErrorKind::NotFound;
            } else {
                r.meaning = tr("PagerDuty refused the event; this is a bug in Plumbline, please report it");
                r.kind = ErrorKind::Parse;
            }
            r.permanent = true;
        } else if (status == 429) {
            r.meaning = tr("PagerDuty is throttling events for this service; it will be tried again later");
        }
        return r;
    }

    // Google's and Microsoft's JSON error object: {"error": {"code", "message", "status"}}.
    static Refusal jsonError(ChannelKind kind, int status, const QJsonObject& body, const QString& text)
    {
        Refusal r = byStatus(status);
        const QJsonValue error = body.value(u"error");
        QString code;
        QString message;
        if (error.isObject()) {
            const QJsonObject e = error.toObject();
            code = e.value(u"status").toString();
            if (code.isEmpty())
                code = e.value(u"code").isString() ? e.value(u"code").toString() : QString();
            message = e.value(u"message").toString();
        } else if (error.isString()) {
            message = error.toString();
        } else if (body.value(u"message").isString()) {
            message = body.value(u"message").toString();
        } else if (body.isEmpty()) {
            message = text;
        }
        r.word = code.isEmpty() ? message : (message.isEmpty() ? code : u"%1: %2"_s.arg(code, message));
        if (kind == ChannelKind::GoogleChat) {
            if (status == 404)
                r.meaning = tr("the webhook or its space was probably removed");
            else if (status == 401 || status == 403)
                r.meaning = tr("the webhook was probably deleted, or the space no longer allows apps");
            else if (status == 400)
                r.meaning = tr("Google Chat could not read the message; this is a bug in Plumbline, please report it");
        } else if (kind == ChannelKind::Teams) {
            if (status == 404)
                r.meaning = tr("the workflow was probably deleted or turned off");
            else if (status == 401 || status == 403)
                r.meaning = tr("the workflow refused the request; its owner may have changed who can trigger it");
            else if (status == 400)
                r.meaning = tr("Teams could not read the card; this is a bug in Plumbline, please report it");
        } else if (kind == ChannelKind::Webhook) {
            if (status == 401 || status == 403)
                r.meaning = tr("the receiver refused the signature; check that both sides use the same signing "
                               "secret and that this computer's clock is right");
            else if (status == 404 || status == 410)
                r.meaning = tr("the receiver's address probably changed");
            else if (status == 400)
                r.meaning = tr("the receiver refused the message");
        }
        return r;
    }

    static QString missingSecret(const NotifyChannel& channel, const QString& name)
    {
        QString label = name;
        for (const auto& [key, shown] : channel.secretNames()) {
            if (key == name)
                label = shown;
        }
        return tr("Channel \"%1\" has no \"%2\" in the keychain (channel/%3/%4); nothing was sent")
            .arg(channel.displayName(), label, channel.id, name);
    }
    static QString badUrl(const NotifyChannel& channel)
    {
        return tr("The webhook URL of channel \"%1\" is not a full https:// address; nothing was sent")
            .arg(channel.displayName());
    }
    static QString plainRefused(const QString& shown)
    {
        return tr("Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing "
                  "was sent")
            .arg(shown);
    }
    static QString noDigest()
    {
        return tr("PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel");
    }
    static QString refused(int status, const QString& vendor, const QString& word, const QString& meaning)
    {
        if (word.isEmpty())
            return tr("%1 from %2 — %3").arg(status).arg(vendor, meaning);
        return tr("%1 from %2: %3 — %4").arg(status).arg(vendor, word, meaning);
    }
    static QString unreachable(const QString& vendor, const QString& detail)
    {
        return tr("Could not deliver to %1: %2").arg(vendor, detail);
    }
    static QString notSent(const QString& vendor, const QString& detail)
    {
        return tr("Nothing was sent to %1: %2").arg(vendor, detail);
    }
};

// scheme://host[:port]/… — a webhook URL is a credential, so no more of it is ever shown.
QString shownUrl(const QUrl& url, bool secret)
{
    if (!secret)
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString(QUrl::FullyEncoded);
    QUrl shown;
    shown.setScheme(url.scheme());
    shown.setHost(url.host());
    shown.setPort(url.port());
    return shown.toString(QUrl::FullyEncoded) + u"/…"_s;
}

// The last pass over an error text: the channel's secrets and their URL's parts, credential patterns.
QString scrubbed(QString text, const ChannelSecrets& secrets)
{
    const QUrl url(secrets.url.trimmed());
    if (url.isValid() && !url.host().isEmpty()) {
        const QString shown = shownUrl(url, true);
        for (const QString& form : { url.toString(QUrl::FullyEncoded), url.toString() }) {
            if (!form.isEmpty())
                text.replace(form, shown);
        }
        for (const QString& part : { url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded) }) {
            if (part.size() > 1)
                text.replace(part, u"/…"_s);
            for (const QString& segment : part.split(u'/', Qt::SkipEmptyParts)) {
                // Random-looking segments are the credential; words like "services" or "workflows" are not.
                if (segment.size() >= 8
                    && std::any_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); }))
                    text.replace(segment, u"…"_s);
            }
        }
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (value.size() >= 16)
                text.replace(value, u"…"_s);
        }
    }
    Redactor redactor;
    for (const QString& s : { secrets.url, secrets.password, secrets.routingKey, secrets.signingSecret }) {
        if (!s.trimmed().isEmpty()) {
            redactor.addSecret(s);
            redactor.addSecret(s.trimmed());
        }
    }
    QString out = redactor.redact(text);
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out.simplified();
}

std::optional<int> retryAfterSeconds(const HttpResponse& r)
{
    std::optional<qint64> ms = r.error.retryAfterMs;
    if (!ms) {
        if (const auto v = r.header("Retry-After"))
            ms = HttpHeaders::parseRetryAfter(*v, QDateTime::currentDateTimeUtc());
    }
    if (!ms)
        return std::nullopt;
    return int(std::min<qint64>((*ms + 999) / 1000, 7 * 24 * 3600));
}

DeliveryOutcome httpOutcome(const NotifyChannel& channel, const ChannelSecrets& secrets, const HttpResponse& r)
{
    DeliveryOutcome o;
    o.status = r.status;
    if (r.error.ok() && r.status >= 200 && r.status < 300) {
        o.ok = true;
        return o;
    }
    const QString vendor = Words::vendor(channel);
    if (r.status == 0) {
        // No HTTP answer: refused, reset, timed out, TLS failed. Worth another try later.
        o.kind = r.error.kind == ErrorKind::None ? ErrorKind::Network : r.error.kind;
        o.permanent = o.kind == ErrorKind::UnusableKey || o.kind == ErrorKind::MissingKey;
        const QString detail = r.error.message.isEmpty() ? errorKindKey(o.kind) : r.error.message;
        o.error = scrubbed(Words::unreachable(vendor, detail), secrets);
        return o;
    }
    const QString text = clippedVendorText(QString::fromUtf8(r.body.left(4096)), 200);
    const QJsonObject json = QJsonDocument::fromJson(r.body.left(65536)).object();
    Refusal refusal;
    switch (channel.kind) {
    case ChannelKind::Slack: {
        // Slack answers a bare word ("no_service"); anything else is not its own.
        static const QRegularExpression word(u"^[a-z_]{2,64}\\z"_s);
        refusal = Words::slack(r.status, word.match(text).hasMatch() ? text : QString());
        if (refusal.word.isEmpty() && !text.isEmpty())
            refusal.word = text;
        break;
    }
    case ChannelKind::PagerDuty:
        refusal = json.isEmpty() ? Words::byStatus(r.status) : Words::pagerDuty(r.status, json);
        if (json.isEmpty())
            refusal.word = text;
        break;
    case ChannelKind::Teams:
    case ChannelKind::GoogleChat:
    case ChannelKind::Webhook:
    case ChannelKind::Email:
        refusal = Words::jsonError(channel.kind, r.status, json, text);
        break;
    }
    o.kind = refusal.kind;
    o.permanent = refusal.permanent;
    if (r.status == 429 || r.status == 503)
        o.retryAfterS = retryAfterSeconds(r);
    o.error
        = scrubbed(Words::refused(r.status, vendor, clippedVendorText(refusal.word, 300), refusal.meaning), secrets);
    return o;
}

} // namespace

ChannelDelivery::ChannelDelivery(Transport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_smtp(new SmtpSender(this))
{
}

ChannelDelivery::~ChannelDelivery() = default;

void ChannelDelivery::setSmtpTimeoutsForTest(int connectMs, int totalMs)
{
    m_smtp->setTimeouts(connectMs, totalMs);
}

void ChannelDelivery::answerLater(QObject* context, Done done, DeliveryOutcome outcome)
{
    QPointer<QObject> guard(context);
    qCInfo(lcDelivery) << "not sent:" << outcome.error;
    QTimer::singleShot(0, this, [guard, done = std::move(done), outcome = std::move(outcome)] {
        if (guard && done)
            done(outcome);
    });
}

void ChannelDelivery::send(const NotifyChannel& channel, const ChannelSecrets& secrets, const NotifyMessage& message,
    const QString& deliveryId, QObject* context, Done done)
{
    const QString id = deliveryId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : deliveryId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto refuse = [&](ErrorKind kind, const QString& error) {
        DeliveryOutcome o;
        o.kind = kind;
        o.permanent = true;
        o.error = scrubbed(error, secrets);
        answerLater(context, std::move(done), o);
    };

    for (const QString& name : channel.requiredSecrets()) {
        const QString value = name == NotifyChannel::kUrl ? secrets.url
            : name == NotifyChannel::kPassword            ? secrets.password
            : name == NotifyChannel::kRoutingKey          ? secrets.routingKey
                                                          : secrets.signingSecret;
        if (value.trimmed().isEmpty())
            return refuse(ErrorKind::MissingKey, Words::missingSecret(channel, name));
    }

    if (channel.kind == ChannelKind::Email) {
        const OutgoingMail mail = ChannelPayloads::email(channel, message, secrets, now, id);
        QPointer<QObject> guard(context);
        m_smtp->send(channel.smtp, secrets.password, mail, this,
            [guard, secrets, done = std::move(done)](const DeliveryOutcome& outcome) {
                DeliveryOutcome o = outcome;
                o.error = o.error.isEmpty() ? o.error : scrubbed(o.error, secrets);
                if (guard && done)
                    done(o);
            });
        return;
    }
    if (channel.kind == ChannelKind::PagerDuty && message.event == NotifyMessage::Event::Digest)
        return refuse(ErrorKind::Parse, Words::noDigest());

    HttpRequest request = ChannelPayloads::http(channel, message, secrets, now, id);
    const QString vendor = Words::vendor(channel);
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (request.url.scheme() != u"https" && request.url.scheme() != u"http"))
        return refuse(ErrorKind::UnusableKey, Words::notSent(vendor, Words::badUrl(channel)));
    if (!Endpoint::isAllowed(request.url))
        return refuse(ErrorKind::Network, Words::plainRefused(shownUrl(request.url, request.secretUrl)));

    QPointer<QObject> guard(context);
    const NotifyChannel c = channel;
    m_transport.send(request, this, [guard, c, secrets, done = std::move(done)](const HttpResponse& response) {
        const DeliveryOutcome outcome = httpOutcome(c, secrets, response);
        if (!outcome.ok)
            qCInfo(lcDelivery) << "delivery to" << c.id << "failed:" << outcome.error;
        if (guard && done)
            done(outcome);
    });
}

} // namespace plumbline
