#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "plumbline.models.store", QtWarningMsg)

namespace plumbline {

namespace {

constexpr int kLatestSchemaVersion = 3;

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

int readUserVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
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

Database::OpenResult Database::open(const QString& filePath)
{
    close();
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

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return { OpenError::CannotOpen, tr("Plumbline could not open its workspace file %1: %2").arg(filePath, why) };
        }
        // Read the version before anything writes: a newer database must be left exactly as it is.
        const int version = readUserVersion(db);
        if (version < 0) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
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
            return { OpenError::CannotOpen, tr("Plumbline could not prepare its workspace file %1: %2").arg(filePath, error) };
        }
        OpenResult migrated = migrate(db, kLatestSchemaVersion);
        if (!migrated) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return migrated;
        }
    }
    m_filePath = filePath;
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
