#pragma once

#include "StoreResult.h"

#include <notify/Outbox.h>

#include <QObject>

class QSqlQuery;

namespace plumbline {

class Database;

// The notification outbox and delivery log (ARCHITECTURE.md §14; schema 7): messages per channel with their state,
// attempts and last error, and each channel's health (failing since when, last error). Outbox rows announcing alert
// changes are written with those changes (MonitorRepository::saveTransitions, through insertEntry); tests, digests
// and what the dispatcher decides go through this class.
class NotifyRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyRepository)

public:
    static constexpr int kLogDays = 90; // sent, failed and skipped rows are kept this long

    explicit NotifyRepository(Database& database, QObject* parent = nullptr);
    ~NotifyRepository() override;

    // The INSERT every writer of outbox rows uses (bind with bindEntry, in the writer's own transaction).
    static QString insertSql();
    static void bindEntry(QSqlQuery& query, const OutboxEntry& entry);

    // New rows, in one transaction; their ids are set in `entries`.
    StoreResult enqueue(QList<OutboxEntry>& entries);
    // Pending rows due at `now`, oldest first.
    QList<OutboxEntry> due(const QDateTime& now, int limit = 50) const;
    // When the next pending row falls due (the dispatcher's timer); nullopt when none waits.
    std::optional<QDateTime> nextDue() const;
    // Rows waiting for a channel's digest.
    QList<OutboxEntry> digestEntries(const QString& channelId) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    // The delivery log: newest first, optionally of one channel.
    QList<OutboxEntry> log(int limit = 500, const QString& channelId = {}) const;

    // Before an attempt goes on the wire: counted, and pushed to `retryAt` so a crash mid-send retries later. With
    // `claimed`, only a pending row that is due is taken, and *claimed says whether this process got it (two
    // processes delivering from one store never send a row twice).
    StoreResult beginAttempt(qint64 id, const QDateTime& at, const QDateTime& retryAt, bool* claimed = nullptr);
    StoreResult markSent(qint64 id, const QDateTime& at, int status);
    // A failed attempt: pending again at `retryAt`, or Failed for good when `retryAt` is invalid.
    StoreResult markFailed(qint64 id, const QDateTime& at, int status, const QString& error, const QDateTime& retryAt);
    StoreResult markSkipped(qint64 id, const QString& note);
    // Rows that went out inside a digest (entry `digestId`).
    StoreResult markDigested(const QList<qint64>& ids, const QDateTime& at);
    // Sends everything pending of `channelId` now (the "Retry now" action).
    StoreResult retryNow(const QString& channelId, const QDateTime& now);

    QList<ChannelHealth> channelHealth() const;
    std::optional<QDateTime> lastDigest(const QString& channelId) const;
    StoreResult setLastDigest(const QString& channelId, const QDateTime& at);

    // Finished rows older than kLogDays.
    StoreResult prune(const QDateTime& now);

Q_SIGNALS:
    void outboxChanged();

private:
    QList<OutboxEntry> select(const QString& where, const QVariantList& binds, const QString& tail) const;
    StoreResult exec(const QString& sql, const QVariantList& binds, const QString& what);
    StoreResult recordHealth(const QString& channelId, const QDateTime& at, bool ok, int status, const QString& error);

    Database& m_database;
};

} // namespace plumbline
