// The channel formats (ARCHITECTURE.md §14, connectors/README.md "Notifications"). Facts from (no code taken):
// - Slack: https://docs.slack.dev/reference/block-kit/blocks/header-block (header text ≤ 150 characters),
//   https://api.slack.com/reference/block-kit/blocks#section (section text ≤ 3000; ≤ 10 fields of ≤ 2000),
//   https://api.slack.com/reference/surfaces/formatting (escape &, <, >; <url|label>; <!date^…|fallback>),
//   https://api.slack.com/messaging/webhooks (POST JSON to the webhook URL; "text" is the notification fallback)
// - Teams: https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
//   (Workflows take Adaptive Cards only, not message cards), https://adaptivecards.io/explorer/ (TextBlock,
//   FactSet, Action.OpenUrl; schema 1.4)
// - Google Chat: https://developers.google.com/workspace/chat/quickstart/webhooks (POST JSON, "Content-Type:
//   application/json; charset=UTF-8"), https://developers.google.com/workspace/chat/format-messages (*bold*,
//   _italic_, <url|label>), https://developers.google.com/chat/messages-overview (cardsV2: cardId, card.header,
//   sections, widgets)
// - PagerDuty: https://developer.pagerduty.com/docs/events-api-v2/trigger-events/ and
//   https://github.com/PagerDuty/api-schema/blob/main/reference/events-v2/openapiv3.json (routing_key, event_action,
//   dedup_key; payload.summary/source/severity required for trigger; dedup_key ≤ 255; summary ≤ 1024)
// - E-mail: RFC 5322 (message format, 998-octet lines), RFC 2045/2046 (MIME, base64, multipart/alternative),
//   RFC 2047 (encoded-words), RFC 3834 (Auto-Submitted)
#include "ChannelPayloads.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// The last guard on every text that goes into a body: the channel's secrets (and the parts of its webhook URL that
// carry the credential) masked, key-like query values of URLs in the text masked, credential patterns masked.
class TextGuard
{
public:
    explicit TextGuard(const ChannelSecrets& secrets)
    {
        for (const QString& s : { secrets.url, secrets.password, secrets.routingKey, secrets.signingSecret }) {
            add(s);
            add(s.trimmed());
        }
        const QUrl url(secrets.url.trimmed());
        if (url.isValid() && !url.host().isEmpty()) {
            for (const QString& path : { url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded) }) {
                if (path.size() > 1)
                    add(path);
                for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
                    // Random-looking segments are the credential (Slack's last three, a Teams workflow id).
                    if (segment.size() >= 8
                        && std::any_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); }))
                        add(segment);
                }
            }
            for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
                if (value.size() >= 16) // Google Chat's key and token, a Teams workflow's sig
                    add(value);
            }
            add(url.password());
        }
    }

    QString operator()(const QString& text) const
    {
        if (text.isEmpty())
            return text;
        static const QRegularExpression urlPattern(
            u"\\bhttps?://[^\\s<>\"'|]+"_s, QRegularExpression::CaseInsensitiveOption);
        QString out;
        qsizetype last = 0;
        auto it = urlPattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            const QUrl u(m.captured(), QUrl::TolerantMode);
            out += u.isValid() ? m_redactor.redactUrl(u) : m.captured();
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return m_redactor.redact(out);
    }

    QJsonValue json(const QJsonValue& value) const
    {
        if (value.isString())
            return (*this)(value.toString());
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue& v : value.toArray())
                out.append(json(v));
            return out;
        }
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                out.insert(it.key(), json(it.value()));
            return out;
        }
        return value;
    }

private:
    void add(const QString& secret)
    {
        if (!secret.isEmpty())
            m_redactor.addSecret(secret);
    }

    Redactor m_redactor;
};

QString headline(const NotifyMessage& m)
{
    if (!m.title.isEmpty())
        return m.title;
    if (!m.subjectName.isEmpty())
        return m.subjectName;
    return ChannelPayloads::tr("Plumbline notification");
}

QString linkLabel(const NotifyMessage& m)
{
    return m.linkLabel.isEmpty() ? ChannelPayloads::tr("Open in Plumbline") : m.linkLabel;
}

QDateTime eventTime(const NotifyMessage& m, const QDateTime& now)
{
    return (m.at.isValid() ? m.at : now).toUTC();
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 || c.unicode() == 0x2029
            || c.unicode() == 0x85)
            c = u' ';
    }
    return out.simplified();
}

QString lines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// A link we may put behind a button or an <a href>: our own plumbline:// links and web pages, nothing else.
bool isSafeLink(const QString& link)
{
    const QUrl u(link, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && (scheme == u"plumbline" || scheme == u"https" || scheme == u"http");
}

bool isWebLink(const QString& link)
{
    const QUrl u(link, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"https" || u.scheme() == u"http") && !u.host().isEmpty();
}

HttpRequest jsonPost(const QString& url, const QJsonObject& body, bool secretUrl,
    const QByteArray& contentType = QByteArrayLiteral("application/json"))
{
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(url.trimmed());
    r.headers = { { "Content-Type", contentType }, { "Accept", "application/json, text/plain, */*" },
        { "User-Agent", "Plumbline" } };
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.secretUrl = secretUrl;
    r.maxAttempts = 1; // a POST is not idempotent: the outbox decides on another attempt
    return r;
}

// --- Slack ---

QJsonObject slackMrkdwn(const QString& text)
{
    return { { u"type"_s, u"mrkdwn"_s }, { u"text"_s, text } };
}

QJsonObject slackSection(const QString& text)
{
    return { { u"type"_s, u"section"_s }, { u"text"_s, slackMrkdwn(text) } };
}

QString slackLabelled(const QString& escapedLabel, const QString& escapedText, qsizetype max)
{
    return ChannelPayloads::truncated(u"*%1*\n%2"_s.arg(escapedLabel, escapedText), max);
}

// --- e-mail ---

struct MailAddress
{
    QString name;
    QString address;
};

QString bareAddress(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'<' && c != u'>' && c != u',' && c != u';' && c != u'"'
            && c != u'(' && c != u')' && c != u'\\')
            out += c;
        else if (c.unicode() >= 0x80)
            out += c; // an internationalised address: SMTPUTF8 servers take it, others refuse it clearly
    }
    return out;
}

MailAddress parseAddress(const QString& text)
{
    static const QRegularExpression re(u"^\\s*(.*?)\\s*<([^<>]*)>\\s*$"_s);
    const QRegularExpressionMatch m = re.match(oneLine(text));
    if (!m.hasMatch())
        return { QString(), bareAddress(text) };
    QString name = m.captured(1).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    return { oneLine(name), bareAddress(m.captured(2)) };
}

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QByteArray mailbox(const MailAddress& a)
{
    const QByteArray address = a.address.toUtf8();
    if (a.name.isEmpty())
        return address;
    QByteArray phrase;
    if (isAscii(a.name)) {
        QString quoted = a.name;
        quoted.replace(u'\\', u"\\\\"_s);
        quoted.replace(u'"', u"\\\""_s);
        phrase = '"' + quoted.toLatin1() + '"';
    } else {
        phrase = ChannelPayloads::mailHeaderText(a.name);
    }
    return phrase + " <" + address + '>';
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b = data.toBase64();
    QByteArray out;
    out.reserve(b.size() + b.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

QString idPart(const QString& text, const QString& fallback)
{
    QString out;
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
            || c == u'_')
            out += c;
    }
    out = out.left(64);
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    while (out.endsWith(u'.'))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

QString html(const QString& text)
{
    QString out = lines(text).toHtmlEscaped();
    out.replace(u'\n', u"<br>"_s);
    return out;
}

QByteArray crlf(const QString& text)
{
    QString t = lines(text);
    t.replace(u'\n', u"\r\n"_s);
    return t.toUtf8();
}

} // namespace

QString ChannelPayloads::slackEscape(const QString& text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s);
    out.replace(u'<', u"&lt;"_s);
    out.replace(u'>', u"&gt;"_s);
    return out;
}

QString ChannelPayloads::truncated(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    if (max <= 1)
        return u"…"_s.left(max);
    qsizetype cut = max - 1; // room for "…"
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    // Never leave half of "&amp;", "&lt;" or "&gt;".
    const qsizetype amp = text.lastIndexOf(u'&', cut - 1);
    if (amp >= 0 && cut - amp < 5) {
        const qsizetype semi = text.indexOf(u';', amp);
        if (semi >= cut && semi - amp < 5)
            cut = amp;
    }
    return text.left(cut) + u'…';
}

QByteArray ChannelPayloads::webhookSignature(const QByteArray& secret, qint64 timestamp, const QByteArray& body)
{
    const QByteArray signedPart = QByteArray::number(timestamp) + '.' + body;
    return "sha256=" + QMessageAuthenticationCode::hash(signedPart, secret, QCryptographicHash::Sha256).toHex();
}

QString ChannelPayloads::pagerDutyAction(NotifyMessage::Event event)
{
    switch (event) {
    case NotifyMessage::Event::Acknowledged:
        return u"acknowledge"_s;
    case NotifyMessage::Event::Resolved:
        return u"resolve"_s;
    case NotifyMessage::Event::Opened:
    case NotifyMessage::Event::Escalated:
    case NotifyMessage::Event::Digest:
    case NotifyMessage::Event::Test:
        break;
    }
    return u"trigger"_s;
}

QString ChannelPayloads::pagerDutyDedupKey(const NotifyMessage& message, const QString& deliveryId)
{
    QString key = message.dedupKey;
    if (key.isEmpty()) {
        // A test (or a message composed without one) still needs a key of its own, so it never joins an alert.
        const QString id = deliveryId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : deliveryId;
        key = (message.event == NotifyMessage::Event::Test ? u"plumbline-test-"_s : u"plumbline-"_s) + id;
    }
    if (key.size() > kPagerDutyDedupKeyMax) {
        // The same long key always gives the same short one, so trigger and resolve still meet.
        key = u"plumbline-sha256-"_s
            + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return key;
}

QByteArray ChannelPayloads::mailDate(const QDateTime& at)
{
    static const char* const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char* const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime u = at.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') + ' '
        + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' + t.toString(u"HH:mm:ss"_s).toLatin1()
        + " +0000";
}

QByteArray ChannelPayloads::mailHeaderText(const QString& text)
{
    const QString clean = oneLine(text);
    if (isAscii(clean)) {
        // Fold at spaces so that lines stay short; a single long word stays whole (still far below 998).
        QByteArray out;
        qsizetype lineLength = 10; // "Subject: " and the like
        for (const QString& word : clean.split(u' ', Qt::SkipEmptyParts)) {
            const QByteArray w = word.toLatin1();
            if (!out.isEmpty()) {
                if (lineLength + 1 + w.size() > 76) {
                    out += "\r\n ";
                    lineLength = 1;
                } else {
                    out += ' ';
                    ++lineLength;
                }
            }
            out += w;
            lineLength += w.size();
        }
        return out;
    }
    // RFC 2047 B-encoding, one encoded-word per line: 39 bytes of UTF-8 make 52 base64 characters, a 64-character
    // word, whole characters only (a word never ends inside a UTF-8 sequence).
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&out, &chunk] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        QString one(clean.at(i));
        if (clean.at(i).isHighSurrogate() && i + 1 < clean.size())
            one += clean.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 39)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

HttpRequest ChannelPayloads::slack(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    Q_UNUSED(channel)
    Q_UNUSED(deliveryId)
    const TextGuard guard(secrets);
    const auto esc = [&guard](const QString& text) { return slackEscape(guard(text)); };
    const QString title = esc(headline(message));

    QJsonArray blocks;
    blocks.append(QJsonObject { { u"type"_s, u"header"_s },
        { u"text"_s,
            QJsonObject { { u"type"_s, u"plain_text"_s }, { u"text"_s, truncated(title, kSlackHeaderMax) },
                { u"emoji"_s, true } } } });
    QStringList lead;
    if (!message.summary.isEmpty())
        lead << esc(lines(message.summary));
    if (!message.lastedText.isEmpty())
        lead << esc(message.lastedText);
    if (!lead.isEmpty())
        blocks.append(slackSection(truncated(lead.join(u'\n'), kSlackSectionMax)));

    QJsonArray fields;
    for (const auto& [label, value] : message.figures) {
        fields.append(slackMrkdwn(slackLabelled(esc(label), esc(value), kSlackFieldMax)));
        if (fields.size() == kSlackFieldsPerSection) {
            blocks.append(QJsonObject { { u"type"_s, u"section"_s }, { u"fields"_s, fields } });
            fields = QJsonArray();
        }
    }
    if (!fields.isEmpty())
        blocks.append(QJsonObject { { u"type"_s, u"section"_s }, { u"fields"_s, fields } });
    if (!message.hint.isEmpty())
        blocks.append(
            slackSection(slackLabelled(esc(tr("What to check")), esc(lines(message.hint)), kSlackSectionMax)));
    if (!message.runbook.isEmpty())
        blocks.append(slackSection(slackLabelled(esc(tr("Runbook")), esc(lines(message.runbook)), kSlackSectionMax)));
    for (const NotifyMessage::Section& section : message.sections) {
        QStringList items;
        for (const NotifyMessage::Item& item : section.items)
            items << (item.detail.isEmpty() ? u"• %1"_s.arg(esc(item.title))
                                            : u"• *%1*: %2"_s.arg(esc(item.title), esc(item.detail)));
        blocks.append(slackSection(slackLabelled(esc(section.heading), items.join(u'\n'), kSlackSectionMax)));
    }

    QJsonArray tail;
    if (!message.link.isEmpty()) {
        // <url|label>: the URL escaped like any text, the label without the separator.
        QString label = esc(linkLabel(message));
        label.replace(u'|', u' ');
        tail.append(slackSection(truncated(u"<%1|%2>"_s.arg(esc(message.link), label), kSlackSectionMax)));
    }
    const QDateTime at = eventTime(message, now);
    // Slack shows the time in the reader's own zone; the fallback is for clients that cannot.
    QJsonArray context { slackMrkdwn(
        u"<!date^%1^{date_short_pretty} {time}|%2>"_s.arg(at.toSecsSinceEpoch()).arg(utcText(at))) };
    if (!message.footer.isEmpty())
        context.append(slackMrkdwn(truncated(esc(message.footer), kSlackFieldMax)));
    tail.append(QJsonObject { { u"type"_s, u"context"_s }, { u"elements"_s, context } });
    while (blocks.size() + tail.size() > kSlackBlocksMax)
        blocks.removeLast();
    for (const QJsonValue& block : std::as_const(tail))
        blocks.append(block);

    QString fallback = title;
    if (!message.summary.isEmpty())
        fallback += u" — "_s + esc(oneLine(message.summary));
    const QJsonObject root { { u"text"_s, truncated(fallback, kSlackSectionMax) }, { u"blocks"_s, blocks } };
    return jsonPost(secrets.url, root, true);
}

HttpRequest ChannelPayloads::teams(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    Q_UNUSED(channel)
    Q_UNUSED(deliveryId)
    const TextGuard guard(secrets);
    const auto block = [](const QString& text, QJsonObject extra = {}) {
        extra.insert(u"type"_s, u"TextBlock"_s);
        extra.insert(u"text"_s, text);
        extra.insert(u"wrap"_s, true);
        return extra;
    };
    QString color = u"Default"_s;
    if (message.event == NotifyMessage::Event::Resolved)
        color = u"Good"_s;
    else if (message.severity == Severity::Critical)
        color = u"Attention"_s;
    else if (message.severity == Severity::Warning)
        color = u"Warning"_s;

    QJsonArray body;
    body.append(block(
        guard(headline(message)), { { u"size"_s, u"Large"_s }, { u"weight"_s, u"Bolder"_s }, { u"color"_s, color } }));
    if (!message.subjectName.isEmpty() && !message.title.contains(message.subjectName))
        body.append(block(guard(message.subjectName), { { u"isSubtle"_s, true }, { u"spacing"_s, u"None"_s } }));
    if (!message.summary.isEmpty())
        body.append(block(guard(lines(message.summary))));
    if (!message.lastedText.isEmpty())
        body.append(block(guard(message.lastedText)));
    if (!message.figures.isEmpty()) {
        QJsonArray facts;
        for (const auto& [label, value] : message.figures)
            facts.append(QJsonObject { { u"title"_s, guard(label) }, { u"value"_s, guard(value) } });
        body.append(QJsonObject { { u"type"_s, u"FactSet"_s }, { u"facts"_s, facts } });
    }
    const auto labelled = [&](const QString& label, const QString& text) {
        body.append(block(label, { { u"weight"_s, u"Bolder"_s }, { u"spacing"_s, u"Medium"_s } }));
        body.append(block(guard(lines(text)), { { u"spacing"_s, u"Small"_s } }));
    };
    if (!message.hint.isEmpty())
        labelled(tr("What to check"), message.hint);
    if (!message.runbook.isEmpty())
        labelled(tr("Runbook"), message.runbook);
    for (const NotifyMessage::Section& section : message.sections) {
        body.append(block(guard(section.heading), { { u"weight"_s, u"Bolder"_s }, { u"spacing"_s, u"Medium"_s } }));
        for (const NotifyMessage::Item& item : section.items)
            body.append(block(guard(item.detail.isEmpty() ? item.title : u"%1 — %2"_s.arg(item.title, item.detail)),
                { { u"spacing"_s, u"Small"_s } }));
    }
    QString stamp = utcText(eventTime(message, now));
    if (!message.footer.isEmpty())
        stamp += u" · "_s + guard(message.footer);
    body.append(block(stamp, { { u"isSubtle"_s, true }, { u"size"_s, u"Small"_s }, { u"spacing"_s, u"Medium"_s } }));

    QJsonObject card { { u"$schema"_s, u"http://adaptivecards.io/schemas/adaptive-card.json"_s },
        { u"type"_s, u"AdaptiveCard"_s }, { u"version"_s, u"1.4"_s }, { u"body"_s, body },
        { u"msteams"_s, QJsonObject { { u"width"_s, u"Full"_s } } } };
    if (!message.link.isEmpty() && isSafeLink(message.link)) {
        card.insert(u"actions"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"Action.OpenUrl"_s }, { u"title"_s, guard(linkLabel(message)) },
                { u"url"_s, guard(message.link) } } });
    }
    const QJsonObject root { { u"type"_s, u"message"_s },
        { u"attachments"_s,
            QJsonArray { QJsonObject { { u"contentType"_s, u"application/vnd.microsoft.card.adaptive"_s },
                { u"contentUrl"_s, QJsonValue::Null }, { u"content"_s, card } } } } };
    return jsonPost(secrets.url, root, true);
}

HttpRequest ChannelPayloads::googleChat(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    Q_UNUSED(channel)
    const TextGuard guard(secrets);
    // Chat's text formatting has no escape; a "<" would start a link or an @mention (<users/all>), so a zero-width
    // space after it keeps the text as written.
    const auto chat = [&guard](const QString& text) {
        QString out = guard(text);
        out.replace(u'<', u"<\u200B"_s);
        return out;
    };
    const auto cardText = [&guard](const QString& text) { return html(guard(text)); };

    // The essentials as text: Chat shows it in notifications and above the card.
    QStringList text { u"*%1*"_s.arg(chat(oneLine(headline(message)))) };
    if (!message.summary.isEmpty())
        text << chat(lines(message.summary));
    if (!message.lastedText.isEmpty())
        text << chat(message.lastedText);
    if (!message.link.isEmpty() && isSafeLink(message.link)) {
        QString label = chat(oneLine(linkLabel(message)));
        label.replace(u'|', u' ');
        label.replace(u'>', u' ');
        text << u"<%1|%2>"_s.arg(guard(message.link), label);
    }

    // The details as a card (cardsV2).
    QJsonArray sections;
    QJsonArray lead;
    if (!message.summary.isEmpty())
        lead.append(QJsonObject { { u"textParagraph"_s, QJsonObject { { u"text"_s, cardText(message.summary) } } } });
    if (!message.lastedText.isEmpty())
        lead.append(
            QJsonObject { { u"textParagraph"_s, QJsonObject { { u"text"_s, cardText(message.lastedText) } } } });
    if (!lead.isEmpty())
        sections.append(QJsonObject { { u"widgets"_s, lead } });
    if (!message.figures.isEmpty()) {
        QJsonArray widgets;
        for (const auto& [label, value] : message.figures)
            widgets.append(QJsonObject { { u"decoratedText"_s,
                QJsonObject {
                    { u"topLabel"_s, cardText(label) }, { u"text"_s, cardText(value) }, { u"wrapText"_s, true } } } });
        sections.append(QJsonObject { { u"widgets"_s, widgets } });
    }
    const auto paragraph = [&](const QString& header, const QString& body) {
        sections.append(QJsonObject { { u"header"_s, header },
            { u"widgets"_s,
                QJsonArray {
                    QJsonObject { { u"textParagraph"_s, QJsonObject { { u"text"_s, cardText(body) } } } } } } });
    };
    if (!message.hint.isEmpty())
        paragraph(tr("What to check"), message.hint);
    if (!message.runbook.isEmpty())
        paragraph(tr("Runbook"), message.runbook);
    for (const NotifyMessage::Section& section : message.sections) {
        QJsonArray widgets;
        for (const NotifyMessage::Item& item : section.items)
            widgets.append(QJsonObject { { u"decoratedText"_s,
                QJsonObject { { u"topLabel"_s, cardText(item.title) }, { u"text"_s, cardText(item.detail) },
                    { u"wrapText"_s, true } } } });
        sections.append(QJsonObject { { u"header"_s, cardText(section.heading) }, { u"widgets"_s, widgets } });
    }
    QJsonArray closing;
    QString stamp = utcText(eventTime(message, now));
    if (!message.footer.isEmpty())
        stamp += u" · "_s + guard(message.footer);
    closing.append(QJsonObject { { u"textParagraph"_s, QJsonObject { { u"text"_s, html(stamp) } } } });
    if (!message.link.isEmpty() && isWebLink(message.link)) {
        // An openLink button only for web pages: Chat's handling of other schemes is not documented.
        closing.append(QJsonObject { { u"buttonList"_s,
            QJsonObject { { u"buttons"_s,
                QJsonArray { QJsonObject { { u"text"_s, guard(linkLabel(message)) },
                    { u"onClick"_s,
                        QJsonObject {
                            { u"openLink"_s, QJsonObject { { u"url"_s, guard(message.link) } } } } } } } } } } });
    }
    sections.append(QJsonObject { { u"widgets"_s, closing } });
    QJsonObject header { { u"title"_s, guard(oneLine(headline(message))) } };
    if (!message.subjectName.isEmpty())
        header.insert(u"subtitle"_s, guard(oneLine(message.subjectName)));
    const QJsonObject card { { u"cardId"_s, QString(u"plumbline-"_s + idPart(deliveryId, u"message"_s)) },
        { u"card"_s, QJsonObject { { u"header"_s, header }, { u"sections"_s, sections } } } };
    const QJsonObject root { { u"text"_s, text.join(u'\n') }, { u"cardsV2"_s, QJsonArray { card } } };
    return jsonPost(secrets.url, root, true, QByteArrayLiteral("application/json; charset=UTF-8"));
}

HttpRequest ChannelPayloads::pagerDuty(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    const TextGuard guard(secrets);
    const QString action = pagerDutyAction(message.event);
    // The routing key is the one secret a body may carry: PagerDuty's API takes it there and nowhere else.
    QJsonObject root { { u"routing_key"_s, secrets.routingKey.trimmed() }, { u"event_action"_s, action },
        { u"dedup_key"_s, guard(pagerDutyDedupKey(message, deliveryId)) } };
    if (action == u"trigger") {
        QString severity = u"info"_s;
        if (message.severity == Severity::Critical)
            severity = u"critical"_s;
        else if (message.severity == Severity::Warning)
            severity = u"warning"_s;
        const QString summary = message.title.isEmpty() ? message.summary : message.title;
        QJsonObject payload {
            { u"summary"_s,
                truncated(guard(oneLine(summary.isEmpty() ? headline(message) : summary)), kPagerDutySummaryMax) },
            { u"source"_s, u"plumbline"_s }, { u"severity"_s, severity },
            { u"timestamp"_s, isoUtc(eventTime(message, now)) }
        };
        if (!message.subjectName.isEmpty())
            payload.insert(u"component"_s, guard(message.subjectName));
        if (!message.rule.isEmpty())
            payload.insert(u"class"_s, guard(message.rule));
        QJsonObject details;
        if (!message.summary.isEmpty() && !message.title.isEmpty())
            details.insert(u"summary"_s, guard(message.summary));
        if (!message.figures.isEmpty()) {
            QJsonObject figures;
            for (const auto& [label, value] : message.figures)
                figures.insert(guard(label), guard(value));
            details.insert(u"figures"_s, figures);
        }
        if (!message.hint.isEmpty())
            details.insert(u"hint"_s, guard(message.hint));
        if (!message.runbook.isEmpty())
            details.insert(u"runbook"_s, guard(message.runbook));
        if (!message.link.isEmpty())
            details.insert(u"link"_s, guard(message.link));
        for (const NotifyMessage::Section& section : message.sections) {
            QJsonArray items;
            for (const NotifyMessage::Item& item : section.items)
                items.append(guard(item.detail.isEmpty() ? item.title : u"%1: %2"_s.arg(item.title, item.detail)));
            details.insert(guard(section.heading), items);
        }
        if (!details.isEmpty())
            payload.insert(u"custom_details"_s, details);
        root.insert(u"payload"_s, payload);
        root.insert(u"client"_s, u"Plumbline"_s);
    }
    const QString url = channel.url.isEmpty() ? QString(kPagerDutyEnqueueUrl) : channel.url;
    return jsonPost(url, root, false);
}

HttpRequest ChannelPayloads::webhook(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    Q_UNUSED(channel)
    const TextGuard guard(secrets);
    const QString id = idPart(deliveryId, u"delivery"_s);
    const QJsonObject root { { u"event"_s, notifyEventKey(message.event) }, { u"delivery_id"_s, id },
        { u"sent_at"_s, isoUtc(now) }, { u"message"_s, guard.json(message.toJson()) } };
    HttpRequest r = jsonPost(secrets.url, root, true);
    const qint64 timestamp = now.toSecsSinceEpoch();
    r.headers << qMakePair(QByteArrayLiteral("X-Plumbline-Event"), notifyEventKey(message.event).toLatin1())
              << qMakePair(QByteArrayLiteral("X-Plumbline-Timestamp"), QByteArray::number(timestamp))
              << qMakePair(QByteArrayLiteral("X-Plumbline-Delivery"), id.toLatin1())
              << qMakePair(QByteArrayLiteral("X-Plumbline-Signature"),
                     webhookSignature(secrets.signingSecret.toUtf8(), timestamp, r.body));
    return r;
}

HttpRequest ChannelPayloads::http(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    switch (channel.kind) {
    case ChannelKind::Slack:
        return slack(channel, message, secrets, now, deliveryId);
    case ChannelKind::Teams:
        return teams(channel, message, secrets, now, deliveryId);
    case ChannelKind::GoogleChat:
        return googleChat(channel, message, secrets, now, deliveryId);
    case ChannelKind::PagerDuty:
        return pagerDuty(channel, message, secrets, now, deliveryId);
    case ChannelKind::Webhook:
        return webhook(channel, message, secrets, now, deliveryId);
    case ChannelKind::Email:
        break;
    }
    return {};
}

OutgoingMail ChannelPayloads::email(const NotifyChannel& channel, const NotifyMessage& message,
    const ChannelSecrets& secrets, const QDateTime& now, const QString& deliveryId)
{
    const TextGuard guard(secrets);
    OutgoingMail mail;
    MailAddress from = parseAddress(channel.smtp.from);
    if (!from.address.contains(u'@'))
        from = { u"Plumbline"_s, u"plumbline@localhost"_s };
    mail.envelopeFrom = from.address;
    QList<QByteArray> to;
    for (const QString& recipient : channel.to) {
        const MailAddress a = parseAddress(recipient);
        if (!a.address.contains(u'@'))
            continue;
        mail.envelopeTo << a.address;
        to << mailbox(a);
    }
    const QString domain = from.address.mid(from.address.lastIndexOf(u'@') + 1);
    mail.messageId = u"<%1.%2@%3>"_s.arg(idPart(deliveryId, QUuid::createUuid().toString(QUuid::Id128)))
                         .arg(now.toMSecsSinceEpoch())
                         .arg(idPart(domain, u"plumbline.invalid"_s));
    const QString title = guard(oneLine(headline(message)));
    const QDateTime at = eventTime(message, now);
    QString stamp = utcText(at);
    if (!message.footer.isEmpty())
        stamp += u" · "_s + guard(message.footer);

    // text/plain
    QStringList text { title, QString() };
    if (!message.summary.isEmpty())
        text << guard(lines(message.summary));
    if (!message.lastedText.isEmpty())
        text << guard(message.lastedText);
    if (!message.figures.isEmpty()) {
        text << QString();
        for (const auto& [label, value] : message.figures)
            text << u"%1: %2"_s.arg(guard(label), guard(value));
    }
    if (!message.hint.isEmpty())
        text << QString() << u"%1: %2"_s.arg(tr("What to check"), guard(lines(message.hint)));
    if (!message.runbook.isEmpty())
        text << QString() << u"%1: %2"_s.arg(tr("Runbook"), guard(lines(message.runbook)));
    for (const NotifyMessage::Section& section : message.sections) {
        text << QString() << guard(section.heading);
        for (const NotifyMessage::Item& item : section.items) {
            QString line = u"  - "_s + guard(item.title);
            if (!item.detail.isEmpty())
                line += u": "_s + guard(item.detail);
            if (!item.link.isEmpty())
                line += u" ("_s + guard(item.link) + u')';
            text << line;
        }
    }
    if (!message.link.isEmpty())
        text << QString() << u"%1: %2"_s.arg(guard(linkLabel(message)), guard(message.link));
    text << QString() << u"-- "_s << stamp;

    // text/html: every text escaped, links only to our own or web addresses.
    const auto anchor = [&guard](const QString& link, const QString& label) -> QString {
        if (!isSafeLink(link))
            return html(guard(label)) + u" ("_s + html(guard(link)) + u')';
        return u"<a href=\"%1\">%2</a>"_s.arg(guard(link).toHtmlEscaped(), html(guard(label)));
    };
    QString accent = u"#555555"_s;
    if (message.event == NotifyMessage::Event::Resolved)
        accent = u"#2e7d32"_s;
    else if (message.severity == Severity::Critical)
        accent = u"#c62828"_s;
    else if (message.severity == Severity::Warning)
        accent = u"#e65100"_s;
    QString h = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                "<body style=\"font-family: sans-serif; font-size: 14px; color: #222222;\">\n"
                "<h2 style=\"color: %2; font-size: 18px;\">%1</h2>\n"_s.arg(html(title), accent);
    if (!message.summary.isEmpty())
        h += u"<p>%1</p>\n"_s.arg(html(guard(message.summary)));
    if (!message.lastedText.isEmpty())
        h += u"<p>%1</p>\n"_s.arg(html(guard(message.lastedText)));
    if (!message.figures.isEmpty()) {
        h += u"<table style=\"border-collapse: collapse;\">\n"_s;
        for (const auto& [label, value] : message.figures)
            h += u"<tr><th style=\"text-align: left; padding: 2px 12px 2px 0;\">%1</th><td>%2</td></tr>\n"_s.arg(
                html(guard(label)), html(guard(value)));
        h += u"</table>\n"_s;
    }
    if (!message.hint.isEmpty())
        h += u"<h3 style=\"font-size: 15px;\">%1</h3>\n<p>%2</p>\n"_s.arg(
            html(tr("What to check")), html(guard(message.hint)));
    if (!message.runbook.isEmpty())
        h += u"<h3 style=\"font-size: 15px;\">%1</h3>\n<p>%2</p>\n"_s.arg(
            html(tr("Runbook")), html(guard(message.runbook)));
    for (const NotifyMessage::Section& section : message.sections) {
        h += u"<h3 style=\"font-size: 15px;\">%1</h3>\n<ul>\n"_s.arg(html(guard(section.heading)));
        for (const NotifyMessage::Item& item : section.items) {
            QString li = item.link.isEmpty() ? html(guard(item.title)) : anchor(item.link, item.title);
            if (!item.detail.isEmpty())
                li += u": "_s + html(guard(item.detail));
            h += u"<li>%1</li>\n"_s.arg(li);
        }
        h += u"</ul>\n"_s;
    }
    if (!message.link.isEmpty())
        h += u"<p>%1</p>\n"_s.arg(anchor(message.link, linkLabel(message)));
    h += u"<p style=\"color: #666666; font-size: 12px;\">%1</p>\n</body></html>\n"_s.arg(html(stamp));

    QByteArray boundary = "=_plumbline_";
    boundary += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    boundary += QByteArray::number(QRandomGenerator::global()->generate64(), 16);

    QByteArray data;
    data += "Date: " + mailDate(now) + "\r\n";
    data += "From: " + mailbox(from) + "\r\n";
    if (!to.isEmpty())
        data += "To: " + to.join(",\r\n ") + "\r\n";
    data += "Subject: " + mailHeaderText(truncated(title, 200)) + "\r\n";
    data += "Message-ID: " + mail.messageId.toLatin1() + "\r\n";
    data += "MIME-Version: 1.0\r\n";
    data += "Auto-Submitted: auto-generated\r\n"; // RFC 3834: no out-of-office replies to a monitor
    data += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    data += "\r\n";
    data += "--" + boundary + "\r\n";
    data += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    data += base64Lines(crlf(text.join(u'\n') + u'\n'));
    data += "--" + boundary + "\r\n";
    data += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    data += base64Lines(crlf(h));
    data += "--" + boundary + "--\r\n";
    mail.data = data;
    return mail;
}

} // namespace plumbline
