#pragma once

#include "StoreResult.h"

#include <values/ValueCheck.h>
#include <values/ValueComparison.h>

#include <QObject>

namespace plumbline {

class Database;

// The value checks' history (ARCHITECTURE.md §12): one row of aggregates per check, kept like findings; its redacted
// examples and its keys (HMAC-SHA256 only) for kExampleDays. Nothing raw is ever written here.
class ValueRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueRepository)

public:
    static constexpr int kExampleDays = 14;

    explicit ValueRepository(Database& database, QObject* parent = nullptr);
    ~ValueRepository() override;

    // One check with its examples (those in `result.fields`) and key outcomes, in one transaction. A check of an
    // integration deleted meanwhile is dropped without error.
    StoreResult write(const ValueCheckResult& result, const QList<KeyOutcome>& keys);
    // The newest check, with the examples still kept (`withExamples`; the rules and `check` need none).
    std::optional<ValueCheckResult> latest(const QString& integrationId, bool withExamples = true) const;
    // When each integration that has one was last checked (one query: the scheduler's "what is due").
    QHash<QString, QDateTime> lastChecked() const;
    // Checks in [from, to), oldest first, without examples (the chart).
    QList<ValueCheckResult> history(const QString& integrationId, const QDateTime& from, const QDateTime& to) const;
    // The newest check of every integration that has one (the overview's column).
    QHash<QString, ValueCheckResult> latestOfAll() const;
    // How the key hashed `keyHash` ended in the checks kept (newest first): "same record still failing".
    QStringList keyOutcomes(const QString& integrationId, const QString& keyHash) const;
    // Examples and keys older than kExampleDays; the aggregates stay. One transaction.
    StoreResult prune(const QDateTime& now);

Q_SIGNALS:
    void checkWritten(const QString& integrationId);

private:
    std::optional<ValueCheckResult> read(const QString& where, const QVariantList& binds, bool examples) const;
    QList<ValueCheckResult> readAll(const QString& where, const QVariantList& binds) const;

    Database& m_database;
};

} // namespace plumbline
