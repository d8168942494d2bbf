#include "NotifyMessage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr std::pair<NotifyMessage::Event, const char16_t*> kEvents[] = {
    { NotifyMessage::Event::Opened, u"opened" },
    { NotifyMessage::Event::Escalated, u"escalated" },
    { NotifyMessage::Event::Resolved, u"resolved" },
    { NotifyMessage::Event::Acknowledged, u"acknowledged" },
    { NotifyMessage::Event::Digest, u"digest" },
    { NotifyMessage::Event::Test, u"test" },
};

QJsonObject itemJson(const NotifyMessage::Item& item)
{
    return { { u"title"_s, item.title }, { u"detail"_s, item.detail }, { u"link"_s, item.link } };
}

} // namespace

QString notifyEventKey(NotifyMessage::Event event)
{
    for (const auto& [e, key] : kEvents) {
        if (e == event)
            return QStringView(key).toString();
    }
    return {};
}

std::optional<NotifyMessage::Event> notifyEventFromKey(const QString& key)
{
    for (const auto& [e, k] : kEvents) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}

QJsonObject NotifyMessage::toJson() const
{
    QJsonObject o;
    o.insert(u"event"_s, notifyEventKey(event));
    o.insert(u"severity"_s, severityKey(severity));
    o.insert(u"dedup_key"_s, dedupKey);
    o.insert(u"subject"_s, subject);
    o.insert(u"rule"_s, rule);
    o.insert(u"integration"_s, integrationId);
    o.insert(u"subject_name"_s, subjectName);
    o.insert(u"title"_s, title);
    o.insert(u"summary"_s, summary);
    QJsonArray f;
    for (const auto& [label, value] : figures)
        f.append(QJsonArray { label, value });
    o.insert(u"figures"_s, f);
    o.insert(u"hint"_s, hint);
    o.insert(u"runbook"_s, runbook);
    o.insert(u"link"_s, link);
    o.insert(u"link_label"_s, linkLabel);
    o.insert(u"at"_s, at.toUTC().toString(Qt::ISODateWithMs));
    if (lastedS)
        o.insert(u"lasted_s"_s, double(*lastedS));
    o.insert(u"lasted_text"_s, lastedText);
    QJsonArray s;
    for (const Section& section : sections) {
        QJsonArray items;
        for (const Item& item : section.items)
            items.append(itemJson(item));
        s.append(QJsonObject { { u"heading"_s, section.heading }, { u"items"_s, items } });
    }
    o.insert(u"sections"_s, s);
    o.insert(u"footer"_s, footer);
    return o;
}

NotifyMessage NotifyMessage::fromJson(const QJsonObject& o)
{
    NotifyMessage m;
    m.event = notifyEventFromKey(o.value(u"event").toString()).value_or(Event::Opened);
    m.severity = severityFromKey(o.value(u"severity").toString()).value_or(Severity::Warning);
    m.dedupKey = o.value(u"dedup_key").toString();
    m.subject = o.value(u"subject").toString();
    m.rule = o.value(u"rule").toString();
    m.integrationId = o.value(u"integration").toString();
    m.subjectName = o.value(u"subject_name").toString();
    m.title = o.value(u"title").toString();
    m.summary = o.value(u"summary").toString();
    for (const QJsonValue& f : o.value(u"figures").toArray()) {
        const QJsonArray pair = f.toArray();
        m.figures.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    m.hint = o.value(u"hint").toString();
    m.runbook = o.value(u"runbook").toString();
    m.link = o.value(u"link").toString();
    m.linkLabel = o.value(u"link_label").toString();
    m.at = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs).toUTC();
    if (o.contains(u"lasted_s"))
        m.lastedS = qint64(o.value(u"lasted_s").toDouble());
    m.lastedText = o.value(u"lasted_text").toString();
    for (const QJsonValue& sv : o.value(u"sections").toArray()) {
        const QJsonObject so = sv.toObject();
        Section section;
        section.heading = so.value(u"heading").toString();
        for (const QJsonValue& iv : so.value(u"items").toArray()) {
            const QJsonObject io = iv.toObject();
            section.items.append(
                { io.value(u"title").toString(), io.value(u"detail").toString(), io.value(u"link").toString() });
        }
        m.sections.append(section);
    }
    m.footer = o.value(u"footer").toString();
    return m;
}

} // namespace plumbline
