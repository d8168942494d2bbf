#pragma once

#include <AlertEngine.h>
#include <notify/NotifyMessage.h>

#include <QCoreApplication>

namespace plumbline {

class MonitorRepository;
class WorkspaceRepository;

// Words for people (ARCHITECTURE.md §14): turns an alert change into a message someone can act on — the integration
// by name, the problem in plain words, the figures (both counts and the gap), what to check, the runbook, a link that
// opens Plumbline on it, and on recovery how long it lasted. Translated in the language of the process when it is
// composed; no secret: texts come from findings and definitions, which never hold one.
class NotifyComposer final
{
    Q_DECLARE_TR_FUNCTIONS(NotifyComposer)

public:
    NotifyComposer(const WorkspaceRepository& workspace, const MonitorRepository& history, QString hostName);

    NotifyMessage compose(const AlertTransition& transition, const QDateTime& now) const;
    NotifyMessage test(const QString& channelName, const QDateTime& now) const;
    // The daily digest of one channel: what is broken (its open alerts), what recovered since the last digest
    // (`recovered`), what is due (retiring API versions, credentials to renew).
    NotifyMessage digest(const QList<Alert>& open, const QList<NotifyMessage>& recovered, const QDateTime& now) const;

    // The alert's stable key (PagerDuty's dedup_key): subject, rule and when it opened.
    static QString dedupKey(const Alert& alert);
    static QString integrationLink(const QString& integrationId);
    static QString durationText(qint64 seconds);
    // The subject's display name and, for an integration, its id.
    QString subjectName(const QString& subject, QString* integrationId = nullptr) const;

private:
    const WorkspaceRepository& m_workspace;
    const MonitorRepository& m_history;
    QString m_hostName;
};

} // namespace plumbline
