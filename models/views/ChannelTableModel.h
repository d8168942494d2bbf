#pragma once

#include "KeyedRowsModel.h"

#include <notify/NotifyChannel.h>
#include <notify/Outbox.h>

#include <QDateTime>
#include <QHash>
#include <functional>
#include <optional>

namespace plumbline {

// The workspace's notification channels (ARCHITECTURE.md §14), a row each, with how each has fared (ChannelHealth)
// and whether its secrets are in the keychain. Updated in place by channel id, so a re-read after a delivery keeps
// the selection.
class ChannelTableModel final : public KeyedRowsModel<NotifyChannel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelTableModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DefaultColumn,
        StatusColumn, // early: what matters most, visible in a narrow window
        MinSeverityColumn,
        QuietHoursColumn,
        DigestColumn,
        ReachesColumn, // e-mail recipients, or the person it reaches
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // channel id
        StatusRole, // severity key for the status dot: "ok", "warning" (no secret yet), "critical" (failing)
        FailingRole, // bool
    };

    explicit ChannelTableModel(QObject* parent = nullptr);

    // Time comes from here (tests pin it); the default is the current UTC time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void setChannels(const QList<NotifyChannel>& channels, const QList<ChannelHealth>& health);
    // Which channels still lack a required secret (from WorkspaceService::channelSecretState); unknown: not shown.
    void setMissingSecrets(const QString& channelId, const QStringList& missingLabels);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NotifyChannel channelAt(int row) const { return m_rows.at(row); }
    std::optional<ChannelHealth> healthOf(const QString& channelId) const;

    static QString reachesText(const NotifyChannel& channel);
    static QString quietHoursText(const NotifyChannel& channel);
    static QString digestText(const NotifyChannel& channel);
    static QString minSeverityText(Severity severity);
    // A time of day in the locale's short format, without seconds.
    static QString clockText(const QTime& time);
    QString statusText(const NotifyChannel& channel) const;

protected:
    QString rowKey(const NotifyChannel& row) const override { return row.id; }

private:
    QString timeText(const QDateTime& at) const;

    std::function<QDateTime()> m_clock;
    QHash<QString, ChannelHealth> m_health;
    QHash<QString, QStringList> m_missing;
};

} // namespace plumbline
