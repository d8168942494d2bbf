#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace plumbline {

void AppPaths::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
    QCoreApplication::setApplicationName(u"plumbline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUMBLINE_VERSION));
}

QString AppPaths::dataDir(const QString& overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::databaseFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(u"plumbline.sqlite"_s);
}

QString AppPaths::settingsFile()
{
    const QString overridden = qEnvironmentVariable("PLUMBLINE_SETTINGS");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"plumbline.conf"_s);
}

QString AppPaths::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

} // namespace plumbline
