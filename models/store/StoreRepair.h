#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plumbline {

// `plumbline repair`: copies everything that can still be read from a damaged workspace file into a new one, keeps
// the damaged file beside it (FILE.damaged-<time>, with its -wal and -shm) and puts the new file in its place.
// Each table is read in key order from the front until a damaged page stops the scan, then from the back until the
// same place, so only the rows on damaged pages are lost; indexes are not read at all (the new file builds its own).
// Rows whose definition could not be read (a sample of a lost integration) are dropped and counted.
class StoreRepair final
{
    Q_DECLARE_TR_FUNCTIONS(StoreRepair)

public:
    struct Table
    {
        QString name;
        qint64 copied = 0;
        qint64 dropped = 0; // read, but refused by the new file (their definition is gone)
        bool damaged = false; // a read failed: rows on the damaged pages are lost
    };

    struct Result
    {
        QString error; // translated; empty when the repair was made (or was not needed)
        bool needed = true; // false: the file was sound and nothing was changed
        QString repairedFile; // the workspace file, now the repaired copy
        QString damagedCopy; // where the damaged file was kept
        QList<Table> tables;
        bool ok() const { return error.isEmpty(); }
    };

    // `force`: rebuild even when quick_check and the write-ahead log find nothing wrong.
    static Result repair(const QString& filePath, bool force = false);
};

} // namespace plumbline
