#include "StoreRepair.h"

#include "Database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace plumbline {

namespace {

// Parents before children, so that the new file's foreign keys accept every row whose definition survived. The
// lease is not copied: it belongs to processes that ran on the damaged file.
const QStringList kTables { u"connections"_s, u"integrations"_s, u"field_mappings"_s, u"change_log"_s, u"samples"_s,
    u"rollup_hourly"_s, u"rollup_daily"_s, u"connection_facts"_s, u"schema_snapshots"_s, u"run_events"_s,
    u"middleware_state"_s, u"findings"_s, u"alerts"_s, u"alert_events"_s, u"maintenance_windows"_s,
    u"monitor_state"_s };

const QStringList kSidecars { QString(), u"-wal"_s, u"-shm"_s };

QString connectionName()
{
    static QAtomicInt counter;
    return u"plumbline-repair-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

struct Column
{
    QString name;
    int pk = 0; // position in the primary key, 0 when not part of it
};

QList<Column> columnsOf(QSqlDatabase db, const QString& table, bool* ok)
{
    QList<Column> out;
    QSqlQuery q(db);
    *ok = q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (*ok && q.next())
        out << Column { q.value(1).toString(), q.value(5).toInt() };
    if (q.lastError().isValid())
        *ok = false;
    return out;
}

bool withoutRowid(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toString().contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
}

bool copyFiles(const QString& from, const QString& to, QString* error)
{
    for (const QString& suffix : kSidecars) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        QFile::remove(to + suffix);
        QFile source(from + suffix);
        if (!source.copy(to + suffix)) {
            *error = source.errorString();
            return false;
        }
        QFile::setPermissions(to + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

void removeFiles(const QString& path)
{
    for (const QString& suffix : kSidecars)
        QFile::remove(path + suffix);
}

} // namespace

StoreRepair::Result StoreRepair::repair(const QString& filePath, bool force)
{
    Result result;
    result.repairedFile = filePath;
    if (!QFileInfo::exists(filePath)) {
        result.error = tr("There is no workspace file %1.").arg(filePath);
        return result;
    }
    if (!force) {
        Database probe;
        const Database::OpenResult opened = probe.open(filePath, Database::IntegrityCheck::Always);
        if (opened) {
            result.needed = false;
            return result;
        }
        if (opened.error != Database::OpenError::Damaged) {
            result.error = opened.message; // not a workspace, or a newer one: nothing to repair here
            return result;
        }
    }

    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    result.damagedCopy = filePath + u".damaged-"_s + stamp;
    const QString scratch = filePath + u".repair-read-"_s + stamp;
    const QString fresh = filePath + u".repaired-"_s + stamp;
    QString copyError;
    // The damaged file is kept byte for byte (for a backup restore or a closer look); reading happens on a scratch
    // copy, because SQLite may rewrite a file it opens (recovering or checkpointing its log).
    if (!copyFiles(filePath, result.damagedCopy, &copyError) || !copyFiles(filePath, scratch, &copyError)) {
        removeFiles(scratch);
        result.error = tr("Could not copy %1 before repairing it: %2. Nothing was changed.").arg(filePath, copyError);
        return result;
    }

    bool anyRead = false;
    {
        Database target;
        const Database::OpenResult created = target.open(fresh, Database::IntegrityCheck::Never);
        if (!created) {
            removeFiles(scratch);
            result.error = tr("Could not create the repaired workspace file %1: %2. Nothing was changed.")
                               .arg(fresh, created.message);
            return result;
        }
        const QString name = connectionName();
        {
            QSqlDatabase src = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            src.setDatabaseName(scratch);
            QSqlDatabase dst = target.connection();
            if (!src.open()) {
                result.error = tr("Could not read %1: %2").arg(filePath, src.lastError().text());
            } else {
                dst.transaction();
                for (const QString& table : kTables) {
                    Table t { table };
                    bool srcOk = false;
                    bool dstOk = false;
                    const QList<Column> srcCols = columnsOf(src, table, &srcOk);
                    const QList<Column> dstCols = columnsOf(dst, table, &dstOk);
                    if (!srcOk) {
                        t.damaged = true;
                        result.tables << t;
                        continue;
                    }
                    if (srcCols.isEmpty() || !dstOk)
                        continue; // an older workspace without this table
                    QStringList cols;
                    QStringList keys;
                    QStringList marks;
                    for (const Column& c : dstCols) {
                        if (std::none_of(
                                srcCols.cbegin(), srcCols.cend(), [&c](const Column& s) { return s.name == c.name; }))
                            continue;
                        cols << c.name;
                        marks << u"?"_s;
                    }
                    QList<Column> pk = dstCols;
                    pk.erase(std::remove_if(pk.begin(), pk.end(), [](const Column& c) { return c.pk == 0; }), pk.end());
                    std::sort(pk.begin(), pk.end(), [](const Column& a, const Column& b) { return a.pk < b.pk; });
                    for (const Column& c : std::as_const(pk))
                        keys << c.name;
                    // Key order walks the table's own b-tree (rowid, or the key of a WITHOUT ROWID table) without
                    // sorting, so the rows before a damaged page arrive before the scan stops there.
                    const QString order = withoutRowid(dst, table) && !keys.isEmpty() ? keys.join(u", "_s) : u"rowid"_s;
                    QSqlQuery insert(dst);
                    insert.prepare(u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(
                        table, cols.join(u", "_s), marks.join(u", "_s)));
                    for (const QString& direction : { u"ASC"_s, u"DESC"_s }) {
                        QSqlQuery read(src);
                        read.setForwardOnly(true);
                        QStringList descending;
                        for (const QString& k : order.split(u", "_s))
                            descending << k + u' ' + direction;
                        const bool started = read.exec(u"SELECT %1 FROM %2 NOT INDEXED ORDER BY %3"_s.arg(
                            cols.join(u", "_s), table, descending.join(u", "_s)));
                        while (started && read.next()) {
                            for (int i = 0; i < cols.size(); ++i)
                                insert.bindValue(i, read.value(i));
                            if (!insert.exec())
                                ++t.dropped;
                            else if (insert.numRowsAffected() > 0)
                                ++t.copied;
                        }
                        const bool failed = !started || read.lastError().isValid();
                        if (!failed)
                            break; // read whole from the front: nothing to fetch from the back
                        qCWarning(lcStore) << "repair:" << table << direction << read.lastError().text();
                        t.damaged = true;
                    }
                    anyRead = anyRead || t.copied > 0;
                    result.tables << t;
                }
                if (!dst.commit()) {
                    result.error
                        = tr("Could not write the repaired workspace file %1: %2").arg(fresh, dst.lastError().text());
                    dst.rollback();
                }
                src.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        target.close();
    }
    removeFiles(scratch);
    if (result.error.isEmpty() && !anyRead)
        result.error = tr("Nothing could be read from %1: it is too damaged. Restore it from a backup.").arg(filePath);
    if (result.error.isEmpty()) {
        Database check;
        if (const Database::OpenResult verified = check.open(fresh, Database::IntegrityCheck::Always); !verified)
            result.error = tr("The repaired copy does not pass its own check: %1").arg(verified.message);
    }
    if (!result.error.isEmpty()) {
        removeFiles(fresh);
        QFile::remove(result.damagedCopy);
        QFile::remove(result.damagedCopy + u"-wal"_s);
        QFile::remove(result.damagedCopy + u"-shm"_s);
        result.damagedCopy.clear();
        return result;
    }
    // The swap: the damaged file (kept as damagedCopy) makes way for the repaired one.
    removeFiles(filePath);
    if (!QFile::rename(fresh, filePath)) {
        result.error = tr("The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the "
                          "repaired file into place by hand.")
                           .arg(fresh, filePath, result.damagedCopy);
        return result;
    }
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return result;
}

} // namespace plumbline
