#include "WebhookNotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhook, "plumbline.notify.webhook", QtWarningMsg)

namespace plumbline {

namespace {

QString slackEscape(QString text)
{
    // Slack's mrkdwn control characters.
    text.replace(u'&', u"&amp;"_s);
    text.replace(u'<', u"&lt;"_s);
    text.replace(u'>', u"&gt;"_s);
    return text;
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime eventTime(const AlertTransition& t)
{
    const Alert& a = t.alert;
    QDateTime at;
    switch (t.kind) {
    case AlertTransition::Kind::Resolved:
        at = a.resolvedAt;
        break;
    case AlertTransition::Kind::Escalated:
        at = a.escalatedAt;
        break;
    case AlertTransition::Kind::Acknowledged:
        at = a.acknowledgedAt;
        break;
    default:
        at = a.openedAt;
        break;
    }
    return at.isValid() ? at : QDateTime::currentDateTimeUtc();
}

QJsonObject mrkdwn(const QString& text)
{
    return QJsonObject { { u"type"_s, u"mrkdwn"_s }, { u"text"_s, text } };
}

} // namespace

WebhookNotifier::WebhookNotifier(Transport& transport, QUrl url, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_url(std::move(url))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebhookNotifier::retryNext);
}

WebhookNotifier::~WebhookNotifier() = default;

QString WebhookNotifier::redactText(const QString& text) const
{
    // URLs first (their key-like query values, user info), then every known secret and credential pattern.
    static const QRegularExpression urlPattern(
        u"\\bhttps?://[^\\s<>\"'|]+"_s, QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = urlPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QUrl u(m.captured(), QUrl::TolerantMode);
        out += u.isValid() ? m_transport.redactor().redactUrl(u) : m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return m_transport.redactor().redact(out);
}

QString WebhookNotifier::redactError(const QString& text) const
{
    // The webhook URL itself is a credential (Slack's secret is its path): never echo its path or query.
    QString out = redactText(text);
    const QString mask = QString(Redactor::kMask);
    for (const QString& part : { m_url.path(QUrl::FullyEncoded), m_url.path(QUrl::FullyDecoded) }) {
        if (part.size() > 1)
            out.replace(part, u"/"_s + mask);
    }
    for (const QString& part :
        { m_url.query(QUrl::FullyEncoded), m_url.query(QUrl::FullyDecoded), m_url.password(QUrl::FullyDecoded) }) {
        if (part.size() >= 2)
            out.replace(part, mask);
    }
    return out;
}

QString WebhookNotifier::safeUrl() const
{
    // Scheme, host and port only: a webhook's path and query are its credentials.
    QUrl u;
    u.setScheme(m_url.scheme());
    u.setHost(m_url.host());
    u.setPort(m_url.port());
    QString out = u.toString(QUrl::FullyEncoded);
    if (m_url.path().size() > 1 || m_url.hasQuery())
        out += u"/"_s + QString(Redactor::kMask);
    return out;
}

QString WebhookNotifier::failureText(const HttpResponse& r, bool allowed) const
{
    if (!allowed) {
        return tr("Refused to send the webhook to %1: only https:// is allowed, and plain http:// only to this "
                  "computer.")
            .arg(safeUrl());
    }
    const QString status = r.status > 0 ? tr("HTTP %1").arg(r.status) : errorKindKey(r.error.kind);
    return redactError(tr("The webhook to %1 could not be delivered (%2, %3 attempts): %4")
                           .arg(safeUrl(), status)
                           .arg(r.attempts)
                           .arg(r.error.message));
}

QByteArray WebhookNotifier::payload(const AlertTransition& transition, const QString& subjectName) const
{
    const Alert& a = transition.alert;
    const QString rule = redactText(a.rule);
    const QString severity = severityKey(a.severity);
    const QString subject = redactText(subjectName.isEmpty() ? a.subject : subjectName);
    const QString message = redactText(a.message);
    const QString when = iso(eventTime(transition));

    QString headline;
    switch (transition.kind) {
    case AlertTransition::Kind::Opened:
        headline = tr("%1 alert opened: %2").arg(severityDisplayName(a.severity), rule);
        break;
    case AlertTransition::Kind::Escalated:
        headline = tr("Alert escalated to %1: %2").arg(severityDisplayName(a.severity), rule);
        break;
    case AlertTransition::Kind::Deescalated:
        headline = tr("Alert eased to %1: %2").arg(severityDisplayName(a.severity), rule);
        break;
    case AlertTransition::Kind::Acknowledged:
        headline = tr("Alert acknowledged by %1: %2").arg(redactText(a.acknowledgedBy), rule);
        break;
    case AlertTransition::Kind::Snoozed:
        headline = tr("Alert snoozed until %1: %2").arg(iso(a.snoozedUntil), rule);
        break;
    case AlertTransition::Kind::Resolved:
        headline = tr("Alert resolved: %1").arg(rule);
        break;
    case AlertTransition::Kind::Suppressed:
        headline = tr("Alert held back by a maintenance window: %1").arg(rule);
        break;
    }

    // Plain-text fallback for clients (and receivers) that ignore blocks.
    const QString text = tr("Plumbline: %1 — %2 [%3] %4 (%5)").arg(headline, subject, severity, message, when);

    QJsonArray fields {
        mrkdwn(tr("*Rule:*\n%1").arg(slackEscape(rule))),
        mrkdwn(tr("*Severity:*\n%1").arg(slackEscape(severityDisplayName(a.severity)))),
        mrkdwn(tr("*Subject:*\n%1").arg(slackEscape(subject))),
        mrkdwn(tr("*Time:*\n%1").arg(when)),
    };
    QJsonArray blocks {
        QJsonObject { { u"type"_s, u"header"_s },
            { u"text"_s,
                QJsonObject {
                    { u"type"_s, u"plain_text"_s }, { u"text"_s, QString(u"Plumbline: "_s + headline).left(150) } } } },
        QJsonObject { { u"type"_s, u"section"_s },
            { u"text"_s, mrkdwn(slackEscape(message.isEmpty() ? headline : message)) }, { u"fields"_s, fields } },
        QJsonObject { { u"type"_s, u"context"_s },
            { u"elements"_s,
                QJsonArray { mrkdwn(slackEscape(
                    u"%1 · %2 · %3"_s.arg(alertTransitionKey(transition.kind), severity, redactText(a.subject)))) } } },
    };
    const QJsonObject root { { u"text"_s, text }, { u"blocks"_s, blocks } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

HttpRequest WebhookNotifier::request(const QByteArray& body) const
{
    HttpRequest r;
    r.method = "POST";
    r.url = m_url;
    r.headers = { { "Content-Type", "application/json" }, { "Accept", "*/*" } };
    r.body = body;
    return r;
}

bool WebhookNotifier::isWorthRetrying(const HttpResponse& response)
{
    switch (response.error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Server:
    case ErrorKind::RateLimited:
        return true;
    default:
        return false; // 4xx: the hook is gone or refuses this body; trying again would not help
    }
}

void WebhookNotifier::send(const AlertTransition& transition, const QString& subjectName, QObject* context, Done done)
{
    const QByteArray body = payload(transition, subjectName);
    QPointer<QObject> guard(context);
    const bool allowed = Transport::isAllowedUrl(m_url);
    m_transport.send(request(body), this, [this, body, guard, allowed, done = std::move(done)](const HttpResponse& r) {
        const bool ok = r.error.ok();
        QString error;
        if (!ok) {
            error = failureText(r, allowed);
            qCInfo(lcWebhook) << error;
            if (allowed && isWorthRetrying(r))
                enqueue(Pending { body, 0, error });
        }
        if (guard && done)
            done(ok, error);
    });
}

void WebhookNotifier::enqueue(Pending pending)
{
    while (int(m_pending.size()) >= m_maxPending) {
        // Keep the newest state changes: the oldest is the least useful one to deliver late.
        const QString error = m_pending.front().lastError;
        m_pending.pop_front();
        Q_EMIT queuedDropped(error);
    }
    m_pending.push_back(std::move(pending));
    scheduleRetry();
}

void WebhookNotifier::setRetryInterval(int ms)
{
    m_retryIntervalMs = std::max(0, ms);
    if (m_retryTimer.isActive())
        m_retryTimer.start(m_retryIntervalMs);
}

void WebhookNotifier::retryPendingNow()
{
    m_retryTimer.stop();
    retryNext();
}

void WebhookNotifier::scheduleRetry()
{
    if (m_pending.empty() || m_retrying || m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_retryIntervalMs);
}

void WebhookNotifier::retryNext()
{
    if (m_pending.empty() || m_retrying)
        return;
    m_retrying = true;
    const QByteArray body = m_pending.front().body;
    m_transport.send(request(body), this, [this, body](const HttpResponse& r) {
        m_retrying = false;
        // The front may have been dropped meanwhile (queue overflow); only touch it if it is still this body.
        const bool same = !m_pending.empty() && m_pending.front().body == body;
        if (r.error.ok()) {
            if (same)
                m_pending.pop_front();
            Q_EMIT queuedDelivered();
            if (!m_pending.empty())
                QTimer::singleShot(0, this, &WebhookNotifier::retryNext); // drain the rest, oldest first
            return;
        }
        if (same) {
            Pending& p = m_pending.front();
            ++p.attempts;
            p.lastError = failureText(r, true);
            if (p.attempts >= m_maxQueuedAttempts || !isWorthRetrying(r)) {
                const QString error = p.lastError;
                m_pending.pop_front();
                Q_EMIT queuedDropped(error);
            }
        }
        scheduleRetry();
    });
}

} // namespace plumbline
