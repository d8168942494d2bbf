#include "NotifyCommands.h"

#include "../CommandLine.h"
#include "../WorkspaceService.h"
#include "NotificationCenter.h"

#include <SecretStore.h>
#include <notify/ChannelDelivery.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NotifyCommands)
};

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

} // namespace

int runNotifyCommand(const CommandLineOptions& o, AppContext& context, QTextStream& out, QTextStream& err)
{
    NotificationCenter& center = context.notifications();
    if (o.command == CommandLineOptions::Command::NotifyTest) {
        QEventLoop loop;
        QObject receiver;
        DeliveryOutcome result;
        center.sendTest(o.channelId, &receiver, [&](const DeliveryOutcome& outcome) {
            result = outcome;
            loop.quit();
        });
        loop.exec();
        const std::optional<NotifyChannel> channel = context.service().channel(o.channelId);
        const QString name = channel ? channel->displayName() : o.channelId;
        if (result.ok) {
            out << Tr::tr("A test message was delivered to %1.").arg(name) << '\n';
            return CommandLine::ExitOk;
        }
        err << Tr::tr("The test message to %1 was not delivered: %2").arg(name, result.error) << '\n';
        return CommandLine::ExitFailure;
    }
    // notify log
    const QList<OutboxEntry> rows = center.log(1000);
    QHash<QString, QString> names;
    for (const NotifyChannel& c : context.service().channels())
        names.insert(c.id, c.displayName());
    if (o.json) {
        QJsonArray a;
        for (const OutboxEntry& e : rows) {
            a.append(QJsonObject { { u"id"_s, double(e.id) }, { u"channel"_s, e.channelId },
                { u"state"_s, outboxStateKey(e.state) }, { u"event"_s, notifyEventKey(e.message.event) },
                { u"severity"_s, severityKey(e.message.severity) }, { u"subject"_s, e.message.subject },
                { u"title"_s, e.message.title }, { u"dedup_key"_s, e.message.dedupKey },
                { u"created_at"_s, time(e.createdAt) }, { u"due_at"_s, time(e.dueAt) },
                { u"sent_at"_s, time(e.sentAt) }, { u"attempts"_s, e.attempts }, { u"last_status"_s, e.lastStatus },
                { u"last_error"_s, e.lastError }, { u"note"_s, e.note } });
        }
        QJsonArray health;
        for (const ChannelHealth& h : center.health()) {
            health.append(QJsonObject { { u"channel"_s, h.channelId }, { u"last_ok_at"_s, time(h.lastOkAt) },
                { u"failing_since"_s, time(h.failingSince) }, { u"failures"_s, h.failures },
                { u"last_error"_s, h.lastError } });
        }
        out << QJsonDocument(QJsonObject { { u"deliveries"_s, a }, { u"channels"_s, health } })
                   .toJson(QJsonDocument::Indented);
        return CommandLine::ExitOk;
    }
    if (rows.isEmpty()) {
        out << Tr::tr("No notifications yet.") << '\n';
        return CommandLine::ExitOk;
    }
    for (const OutboxEntry& e : rows) {
        const QDateTime when = e.sentAt.isValid() ? e.sentAt : e.createdAt;
        out << u"%1  %2  %3  %4"_s.arg(
            localTime(when), outboxStateDisplayName(e.state), names.value(e.channelId, e.channelId), e.message.title);
        if (!e.lastError.isEmpty() && e.state != OutboxEntry::State::Sent)
            out << u"  — "_s << Tr::tr("%n attempt(s), last: %1", nullptr, e.attempts).arg(e.lastError);
        else if (!e.note.isEmpty() && e.state != OutboxEntry::State::Sent)
            out << u"  — "_s << e.note;
        out << '\n';
    }
    return CommandLine::ExitOk;
}

int runChannelSecretSet(
    const QString& entry, const QString& secret, AppContext& context, QTextStream& out, QTextStream& err)
{
    // channel/<id>/<name>
    const QStringList parts = entry.split(u'/');
    const std::optional<NotifyChannel> channel
        = parts.size() == 3 ? context.service().channel(parts.at(1)) : std::nullopt;
    if (!channel) {
        err << Tr::tr("There is no notification channel \"%1\"; use channel/CHANNEL_ID/NAME.").arg(parts.value(1))
            << '\n';
        return CommandLine::ExitFailure;
    }
    QStringList names;
    for (const auto& [name, label] : channel->secretNames())
        names << name;
    if (!names.contains(parts.at(2))) {
        err << Tr::tr("A %1 channel keeps no \"%2\"; it keeps %3.")
                   .arg(channelKindDisplayName(channel->kind), parts.at(2), names.join(u", "_s))
            << '\n';
        return CommandLine::ExitFailure;
    }
    QEventLoop loop;
    QObject receiver;
    int code = CommandLine::ExitFailure;
    context.service().saveChannel(*channel, { { parts.at(2), secret } }, &receiver, [&](const StoreResult& r) {
        if (r) {
            out << Tr::tr("The %1 of channel \"%2\" is stored in %3.")
                       .arg(parts.at(2), channel->id, context.secrets().displayName())
                << '\n';
            code = CommandLine::ExitOk;
        } else {
            err << r.error << '\n';
        }
        loop.quit();
    });
    loop.exec();
    return code;
}

} // namespace plumbline
