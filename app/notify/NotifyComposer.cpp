#include "NotifyComposer.h"

#include <AlertSubject.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>
#include <views/AlertTableModel.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

bool isDueRule(const QString& rule)
{
    return rule == u"deprecation" || rule == u"auth" || rule == u"rate_limit";
}

} // namespace

NotifyComposer::NotifyComposer(const WorkspaceRepository& workspace, const MonitorRepository& history, QString hostName)
    : m_workspace(workspace)
    , m_history(history)
    , m_hostName(std::move(hostName))
{
}

QString NotifyComposer::dedupKey(const Alert& alert)
{
    return u"plumbline/%1/%2/%3"_s.arg(alert.subject, alert.rule).arg(alert.openedAt.toMSecsSinceEpoch());
}

QString NotifyComposer::integrationLink(const QString& integrationId)
{
    return integrationId.isEmpty() ? u"plumbline://alerts"_s : u"plumbline://integration/"_s + integrationId;
}

QString NotifyComposer::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        if (minutes % 60 == 0)
            return tr("%n hour(s)", nullptr, int(hours));
        return tr("%1 and %2")
            .arg(tr("%n hour(s)", nullptr, int(hours)), tr("%n minute(s)", nullptr, int(minutes % 60)));
    }
    return tr("%n day(s)", nullptr, int(hours / 24));
}

QString NotifyComposer::subjectName(const QString& subject, QString* integrationId) const
{
    const AlertSubject s = AlertSubject::parse(subject);
    if (s.kind == AlertSubject::Kind::Integration) {
        if (integrationId)
            *integrationId = s.id;
        if (const auto i = m_workspace.integration(s.id))
            return i->name.isEmpty() ? s.id : i->name;
        return s.id;
    }
    if (s.kind == AlertSubject::Kind::Connection) {
        if (const auto c = m_workspace.connection(s.id))
            return tr("connection %1").arg(c->name.isEmpty() ? s.id : c->name);
        return tr("connection %1").arg(s.id);
    }
    return tr("the Plumbline monitor");
}

NotifyMessage NotifyComposer::compose(const AlertTransition& t, const QDateTime& now) const
{
    const Alert& a = t.alert;
    NotifyMessage m;
    m.subject = a.subject;
    m.rule = a.rule;
    m.severity = a.severity;
    m.dedupKey = dedupKey(a);
    m.at = now.toUTC();
    m.subjectName = subjectName(a.subject, &m.integrationId);
    m.link = integrationLink(m.integrationId);
    m.linkLabel = tr("Open in Plumbline");
    const QString problem = AlertTableModel::ruleDisplayName(a.rule);
    using Kind = AlertTransition::Kind;
    switch (t.kind) {
    case Kind::Resolved:
        m.event = NotifyMessage::Event::Resolved;
        // The worst it reached, so a channel that got the critical one also gets its recovery.
        m.severity = worse(a.severity, a.notifiedSeverity);
        break;
    case Kind::Escalated:
        m.event = NotifyMessage::Event::Escalated;
        break;
    case Kind::Acknowledged:
        m.event = NotifyMessage::Event::Acknowledged;
        break;
    default:
        m.event = NotifyMessage::Event::Opened;
        break;
    }
    const QString severity = severityDisplayName(a.severity);
    if (m.event == NotifyMessage::Event::Resolved) {
        m.title = tr("Recovered: %1 — %2").arg(m.subjectName, problem);
        const qint64 lasted = a.openedAt.isValid() ? a.openedAt.secsTo(a.resolvedAt.isValid() ? a.resolvedAt : now) : 0;
        m.lastedS = std::max<qint64>(0, lasted);
        m.lastedText = tr("It lasted %1.").arg(durationText(*m.lastedS));
        m.summary = tr("%1 is healthy again. It had: %2").arg(m.subjectName, a.message);
    } else if (m.event == NotifyMessage::Event::Acknowledged) {
        m.title = tr("Acknowledged: %1 — %2").arg(m.subjectName, problem);
        m.summary
            = a.acknowledgedBy.isEmpty() ? a.message : tr("%1 is looking into it. %2").arg(a.acknowledgedBy, a.message);
    } else {
        m.title = m.event == NotifyMessage::Event::Escalated
            ? tr("Now %1: %2 — %3").arg(severity, m.subjectName, problem)
            : tr("%1: %2 — %3").arg(severity, m.subjectName, problem);
        m.summary = a.message;
    }
    // What to check, and the figures, from the latest finding of this rule and the latest counts.
    if (!m.integrationId.isEmpty()) {
        for (const Finding& f : m_history.latestIntegrationFindings(m.integrationId)) {
            if (f.rule == a.rule) {
                m.hint = f.hint;
                break;
            }
        }
        const QList<Sample> samples = m_history.recentSamples(m.integrationId, 1);
        if (!samples.isEmpty()) {
            const Sample& s = samples.last();
            const QLocale locale;
            const auto count
                = [&locale](const std::optional<qint64>& c) { return c ? locale.toString(*c) : tr("not read"); };
            m.figures.append({ tr("Source count"), count(s.source.count) });
            m.figures.append({ tr("Destination count"), count(s.destination.count) });
            if (s.source.count && s.destination.count) {
                const qint64 gap = *s.source.count - *s.destination.count;
                const QString pct = *s.source.count > 0
                    ? locale.toString(100.0 * double(std::abs(gap)) / double(*s.source.count), 'f', 1)
                    : QString();
                m.figures.append({ tr("Gap"),
                    pct.isEmpty() ? tr("%n record(s)", nullptr, int(gap))
                                  : tr("%1 records (%2 %)").arg(locale.toString(gap), pct) });
            }
        }
        if (const auto i = m_workspace.integration(m.integrationId); i && !i->runbook.isEmpty())
            m.runbook = i->runbook;
    } else {
        const AlertSubject s = AlertSubject::parse(a.subject);
        if (s.kind == AlertSubject::Kind::Connection) {
            for (const Finding& f : m_history.latestConnectionFindings(s.id)) {
                if (f.rule == a.rule) {
                    m.hint = f.hint;
                    break;
                }
            }
        }
    }
    if (a.openedAt.isValid() && m.event != NotifyMessage::Event::Resolved)
        m.figures.append({ tr("Since"), QLocale().toString(a.openedAt.toLocalTime(), QLocale::ShortFormat) });
    m.footer = tr("Sent by Plumbline on %1.").arg(m_hostName);
    return m;
}

NotifyMessage NotifyComposer::test(const QString& channelName, const QDateTime& now) const
{
    NotifyMessage m;
    m.event = NotifyMessage::Event::Test;
    m.severity = Severity::Warning;
    m.at = now.toUTC();
    m.dedupKey = u"plumbline/test/%1"_s.arg(now.toMSecsSinceEpoch());
    m.subjectName = tr("Plumbline");
    m.title = tr("Test notification for %1").arg(channelName);
    m.summary = tr("This is a test from Plumbline. When an integration breaks or recovers, a message like this one "
                   "names it, says what is wrong and what to check.");
    m.figures.append({ tr("Channel"), channelName });
    m.hint = tr("Nothing to do: this message only shows that the channel works.");
    m.link = integrationLink({});
    m.linkLabel = tr("Open in Plumbline");
    m.footer = tr("Sent by Plumbline on %1.").arg(m_hostName);
    return m;
}

NotifyMessage NotifyComposer::digest(
    const QList<Alert>& open, const QList<NotifyMessage>& recovered, const QDateTime& now) const
{
    NotifyMessage m;
    m.event = NotifyMessage::Event::Digest;
    m.at = now.toUTC();
    m.dedupKey = u"plumbline/digest/%1"_s.arg(now.toMSecsSinceEpoch());
    m.link = integrationLink({});
    m.linkLabel = tr("Open in Plumbline");
    m.severity = Severity::Ok;
    NotifyMessage::Section broken { {}, {} };
    NotifyMessage::Section due { {}, {} };
    for (const Alert& a : open) {
        QString integrationId;
        const QString name = subjectName(a.subject, &integrationId);
        NotifyMessage::Item item { name, AlertTableModel::ruleDisplayName(a.rule) + u": "_s + a.message,
            integrationLink(integrationId) };
        if (a.rule == u"deprecation" || (isDueRule(a.rule) && a.severity != Severity::Critical))
            due.items << item;
        else
            broken.items << item;
        m.severity = worse(m.severity, a.severity);
    }
    NotifyMessage::Section back { {}, {} };
    for (const NotifyMessage& r : recovered)
        back.items << NotifyMessage::Item { r.subjectName, r.title + u' ' + r.lastedText, r.link };
    broken.heading = tr("Broken (%1)").arg(broken.items.size());
    back.heading = tr("Recovered since the last digest (%1)").arg(back.items.size());
    due.heading = tr("Due soon: retiring API versions, credentials, quotas (%1)").arg(due.items.size());
    for (const NotifyMessage::Section& s : { broken, back, due }) {
        if (!s.items.isEmpty())
            m.sections << s;
    }
    m.subjectName = tr("Plumbline");
    m.title = broken.items.isEmpty() ? tr("Daily digest: nothing broken")
                                     : tr("Daily digest: %n integration(s) broken", nullptr, int(broken.items.size()));
    m.summary = tr("%1 broken, %2 recovered, %3 due soon.")
                    .arg(broken.items.size())
                    .arg(back.items.size())
                    .arg(due.items.size());
    m.footer = tr("Sent by Plumbline on %1.").arg(m_hostName);
    return m;
}

} // namespace plumbline
