#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace plumbline {

// The workspace's SQLite file: the one writer connection, its pragmas and its migrations (ARCHITECTURE §4).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenError
    {
        None,
        CannotCreate,  // directory or file could not be created
        CannotOpen,    // SQLite refused the file (not a database, permissions)
        NewerSchema,   // written by a newer Plumbline: refused and left untouched
        MigrationFailed,
    };

    struct OpenResult
    {
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        explicit operator bool() const { return error == OpenError::None; }
    };

    Database();
    ~Database();

    OpenResult open(const QString& filePath);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    // Applies migrations up to `target` (tests build databases of earlier versions with it).
    static OpenResult migrate(QSqlDatabase db, int target);

private:
    QString m_connectionName;
    QString m_filePath;
};

} // namespace plumbline
