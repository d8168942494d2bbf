#include "Database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "plumbline.models.store", QtWarningMsg)

namespace plumbline {

namespace {

constexpr int kLatestSchemaVersion = 7;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"plumbline-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QStringList splitStatements(const QString& script)
{
    // Migration files hold plain DDL: statements end with ';' at a line end; '--' starts a comment line.
    QStringList statements;
    QString current;
    const auto lines = script.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql.left(80) << q.lastError().text();
    return false;
}

int readUserVersion(QSqlDatabase db, QString* error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    if (error)
        *error = q.lastError().text();
    return -1;
}

// SQLite's primary result codes that mean the file itself is damaged: SQLITE_CORRUPT (11), SQLITE_NOTADB (26).
bool isDamage(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && ((code & 0xff) == 11 || (code & 0xff) == 26))
        return true;
    return error.text().contains(u"malformed"_s, Qt::CaseInsensitive);
}

constexpr qint64 kSmallFileBytes = 16 * 1024 * 1024; // quick_check reads every page: about 3 ms per MiB here
constexpr qint64 kCheckEveryMs = 24 * 3600 * 1000LL;
constexpr qint64 kCheckAfterCrashMs = 3600 * 1000LL;
const QString kCheckKey = u"quick_check_at"_s;

// The checksum of the SQLite WAL format (https://www.sqlite.org/fileformat2.html#walformat): over 32-bit words in
// the byte order the log's magic number names, continued from the previous frame's values.
void walChecksum(const uchar* data, qsizetype size, bool bigEndian, quint32& s0, quint32& s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

Database::OpenResult Database::open(const QString& filePath, IntegrityCheck check)
{
    close();
    m_checkedIntegrity = false;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return { OpenError::CannotCreate,
            tr("Plumbline could not create the folder %1 for its workspace.").arg(info.absolutePath()) };
    }
    if (!info.exists()) {
        // Create the file ourselves so it is owner-only from its first byte; SQLite gives the -wal and
        // -shm files the same permissions as the database.
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            return { OpenError::CannotCreate,
                tr("Plumbline could not create its workspace file %1: %2").arg(filePath, file.errorString()) };
        }
        file.close();
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Before SQLite opens the file: a damaged write-ahead log would be dropped silently on open (and with it
    // commits that were made), so it is refused and left as it is for a backup or `plumbline repair`.
    const bool walPresent = QFileInfo(filePath + u"-wal"_s).size() > 0;
    if (check != IntegrityCheck::Never && walPresent) {
        if (const QString damage = walDamage(filePath); !damage.isEmpty())
            return { OpenError::Damaged, damagedMessage(filePath + u"-wal"_s, damage) };
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return { OpenError::CannotOpen,
                tr("Plumbline could not open its workspace file %1: %2").arg(filePath, why) };
        }
        // Read the version before anything writes: a newer database must be left exactly as it is.
        QString versionError;
        const int version = readUserVersion(db, &versionError);
        if (version < 0) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            if (versionError.contains(u"malformed"_s, Qt::CaseInsensitive))
                return { OpenError::Damaged, damagedMessage(filePath, versionError) };
            return { OpenError::CannotOpen,
                tr("The file %1 is not a Plumbline workspace (it is not an SQLite database).").arg(filePath) };
        }
        if (version > kLatestSchemaVersion) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return { OpenError::NewerSchema,
                tr("This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to "
                   "%2). It has not been changed. Please update Plumbline to open it.")
                    .arg(version)
                    .arg(kLatestSchemaVersion) };
        }
        // Ours to write: keep it owner-only even if someone loosened it.
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        if (!exec(db, u"PRAGMA journal_mode=WAL"_s, &error) || !exec(db, u"PRAGMA synchronous=NORMAL"_s, &error)
            || !exec(db, u"PRAGMA foreign_keys=ON"_s, &error) || !exec(db, u"PRAGMA busy_timeout=5000"_s, &error)) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return { OpenError::CannotOpen,
                tr("Plumbline could not prepare its workspace file %1: %2").arg(filePath, error) };
        }
        m_filePath = filePath;
        // Before any migration writes: a damaged file is refused untouched.
        if (integrityCheckDue(check, walPresent)) {
            m_checkedIntegrity = true;
            if (const StoreResult checked = quickCheck(); !checked) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
                m_filePath.clear();
                return { OpenError::Damaged, checked.error };
            }
        }
        OpenResult migrated = migrate(db, kLatestSchemaVersion);
        if (!migrated) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_filePath.clear();
            return migrated;
        }
        if (m_checkedIntegrity)
            recordIntegrityCheck();
    }
    return {};
}

bool Database::integrityCheckDue(IntegrityCheck check, bool walPresent) const
{
    if (check == IntegrityCheck::Always)
        return true;
    if (check == IntegrityCheck::Never)
        return false;
    if (QFileInfo(m_filePath).size() <= kSmallFileBytes)
        return true;
    QSqlQuery q(connection());
    qint64 last = 0;
    // monitor_state exists from schema 3; before that, or without a record, the check has never run.
    if (q.prepare(u"SELECT value FROM monitor_state WHERE key = ?"_s)) {
        q.addBindValue(kCheckKey);
        if (q.exec() && q.next())
            last = q.value(0).toLongLong();
    }
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - last;
    return age > kCheckEveryMs || (walPresent && age > kCheckAfterCrashMs);
}

void Database::recordIntegrityCheck() const
{
    // Best effort: a full disk or a read-only file must not stop reading the workspace.
    QSqlQuery q(connection());
    if (q.prepare(u"INSERT INTO monitor_state (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)) {
        q.addBindValue(kCheckKey);
        q.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
        q.exec();
    }
}

StoreResult Database::quickCheck() const
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA quick_check(20)"_s))
        return StoreResult::failure(damagedMessage(m_filePath, q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (q.lastError().isValid())
        problems << q.lastError().text();
    qCInfo(lcStore) << "quick_check of" << m_filePath << "took" << timer.elapsed() << "ms";
    if (!problems.isEmpty())
        return StoreResult::failure(damagedMessage(m_filePath, problems.mid(0, 3).join(u"; "_s)));
    return {};
}

QString Database::damagedMessage(const QString& filePath, const QString& detail)
{
    return tr("The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or "
              "run \"plumbline repair\" to copy everything that can still be read into a new workspace file.")
        .arg(filePath, detail.simplified().left(300));
}

StoreResult Database::readResultSince(quint64 mark) const
{
    if (m_readFaults == mark)
        return {};
    if (m_lastFaultDamaged)
        return StoreResult::failure(damagedMessage(m_filePath, m_lastReadFault));
    return StoreResult::failure(tr("Plumbline could not read its workspace file %1: %2")
                                    .arg(m_filePath, m_lastReadFault.simplified().left(300)));
}

bool Database::noteReadFault(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    ++m_readFaults;
    m_lastReadFault = error.text().isEmpty() ? tr("unknown error") : error.text();
    m_lastFaultDamaged = isDamage(error);
    qCWarning(lcStore) << "read failed:" << query.lastQuery().left(80) << error.text();
    return false;
}

bool Database::checkFinished(const QSqlQuery& query) const
{
    if (query.lastError().isValid())
        return noteReadFault(query);
    return true;
}

QString Database::walDamage(const QString& filePath)
{
    QFile wal(filePath + u"-wal"_s);
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = wal.readAll();
    constexpr qsizetype kHeader = 32;
    constexpr qsizetype kFrameHeader = 24;
    if (bytes.size() < kHeader)
        return {}; // nothing committed can be in it
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    const quint32 magic = qFromBigEndian<quint32>(data);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return u"the write-ahead log has no valid header"_s;
    const bool bigEndian = magic & 1;
    const quint32 pageSize = qFromBigEndian<quint32>(data + 8);
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(data, 24, bigEndian, s0, s1);
    if (s0 != qFromBigEndian<quint32>(data + 24) || s1 != qFromBigEndian<quint32>(data + 28))
        return u"the write-ahead log header fails its checksum"_s;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return u"the write-ahead log names an impossible page size"_s;
    const quint32 salt1 = qFromBigEndian<quint32>(data + 16);
    const quint32 salt2 = qFromBigEndian<quint32>(data + 20);
    const qsizetype frameSize = kFrameHeader + qsizetype(pageSize);
    qsizetype offset = kHeader;
    qint64 frame = 0;
    for (; offset + frameSize <= bytes.size(); offset += frameSize, ++frame) {
        const uchar* f = data + offset;
        if (qFromBigEndian<quint32>(f + 8) != salt1 || qFromBigEndian<quint32>(f + 12) != salt2)
            return {}; // the end of this log; what follows is left over from an earlier one
        quint32 c0 = s0;
        quint32 c1 = s1;
        walChecksum(f, 8, bigEndian, c0, c1);
        walChecksum(f + kFrameHeader, pageSize, bigEndian, c0, c1);
        if (c0 != qFromBigEndian<quint32>(f + 16) || c1 != qFromBigEndian<quint32>(f + 20))
            break;
        s0 = c0;
        s1 = c1;
    }
    // A frame failed its checksum. At the end of the log that is a write the crash interrupted (never committed);
    // a committed frame of the same log after it means commits SQLite would now drop without a word.
    for (qsizetype later = offset + frameSize; later + frameSize <= bytes.size(); later += frameSize) {
        const uchar* f = data + later;
        if (qFromBigEndian<quint32>(f + 8) == salt1 && qFromBigEndian<quint32>(f + 12) == salt2
            && qFromBigEndian<quint32>(f + 4) != 0)
            return u"frame %1 of the write-ahead log fails its checksum; later saved changes would be lost"_s.arg(
                frame + 1);
    }
    return {};
}

Database::OpenResult Database::migrate(QSqlDatabase db, int target)
{
    const int from = readUserVersion(db);
    for (int version = from + 1; version <= target; ++version) {
        QFile file(u":/plumbline/migrations/%1.sql"_s.arg(version, 3, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::ReadOnly)) {
            return { OpenError::MigrationFailed, tr("Schema migration %1 is missing from this build.").arg(version) };
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!db.transaction()) {
            return { OpenError::MigrationFailed,
                tr("Could not start schema migration %1: %2").arg(version).arg(db.lastError().text()) };
        }
        QString error;
        bool ok = true;
        for (const QString& statement : splitStatements(script)) {
            if (!exec(db, statement, &error)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(db, u"PRAGMA user_version=%1"_s.arg(version), &error);
        if (!ok || !db.commit()) {
            db.rollback();
            return { OpenError::MigrationFailed,
                tr("Schema migration %1 failed and was rolled back; the workspace is unchanged: %2")
                    .arg(version)
                    .arg(error) };
        }
        qCInfo(lcStore) << "migrated workspace to schema" << version;
    }
    return {};
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_filePath.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return readUserVersion(connection());
}

} // namespace plumbline
