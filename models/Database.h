#pragma once

#include "StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace plumbline {

// The workspace's SQLite file: the one writer connection, its pragmas and its migrations (ARCHITECTURE.md, "Storage").
// It also guards against a damaged file: open validates the write-ahead log and runs `PRAGMA quick_check` when it
// is due (see IntegrityCheck), and every read of the repositories reports a failure here (noteReadFault), so that
// "could not read" is never mistaken for "no rows".
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenError
    {
        None,
        CannotCreate, // directory or file could not be created
        CannotOpen, // SQLite refused the file (not a database, permissions)
        NewerSchema, // written by a newer Plumbline: refused and left untouched
        MigrationFailed,
        Damaged, // pages, indexes or the write-ahead log are damaged: refused and left untouched
    };

    struct OpenResult
    {
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        explicit operator bool() const { return error == OpenError::None; }
    };

    enum class IntegrityCheck
    {
        // quick_check when it is cheap (a small file), when the last one is more than a day old, or when the file
        // was left with a write-ahead log (a crash, or another process has it open) and the last check is more than
        // an hour old.
        Auto,
        Always,
        Never, // `plumbline repair` reads a damaged file on purpose
    };

    Database();
    ~Database();

    OpenResult open(const QString& filePath, IntegrityCheck check = IntegrityCheck::Auto);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    // Whether open() ran quick_check (tests; the figure in the README).
    bool checkedIntegrity() const { return m_checkedIntegrity; }

    // Runs PRAGMA quick_check now: ok, or a translated message naming the file and what to do.
    StoreResult quickCheck() const;

    // Read faults. Every failed read (prepare, exec or a step while iterating) is counted here with its SQLite
    // message. A caller that must not mistake a failure for "no rows" takes readFaults() before and asks
    // readResultSince(mark) after: ok, or a translated message that names the file and, when SQLite says the file
    // is damaged, what to do about it.
    quint64 readFaults() const { return m_readFaults; }
    StoreResult readResultSince(quint64 mark) const;
    // Records a failed read; returns false so callers can `return db.noteReadFault(q)`.
    bool noteReadFault(const QSqlQuery& query) const;
    // Checks a query after its rows were read: a step that failed midway (a damaged page) is a fault too.
    bool checkFinished(const QSqlQuery& query) const;

    // "The workspace file X is damaged (…). Nothing was changed. Restore … or run plumbline repair …"
    static QString damagedMessage(const QString& filePath, const QString& detail);

    static int latestSchemaVersion();
    // Applies migrations up to `target` (tests build databases of earlier versions with it).
    static OpenResult migrate(QSqlDatabase db, int target);
    // Validates the write-ahead log next to `filePath` without opening the database: a frame that fails its
    // checksum while committed frames of the same log follow it means SQLite would silently drop those commits.
    // Returns an empty string when the log is absent or sound, else what is wrong (untranslated detail).
    static QString walDamage(const QString& filePath);

private:
    bool integrityCheckDue(IntegrityCheck check, bool walPresent) const;
    void recordIntegrityCheck() const;

    QString m_connectionName;
    QString m_filePath;
    bool m_checkedIntegrity = false;
    mutable quint64 m_readFaults = 0;
    mutable QString m_lastReadFault;
    mutable bool m_lastFaultDamaged = false;
};

} // namespace plumbline
