#pragma once

#include <QString>

namespace plumbline {

// Where a workspace lives, and who is using it.
struct AppPaths
{
    // The platform's app-data folder (e.g. ~/.local/share/plumbline), or `overrideDir` when given.
    static QString dataDir(const QString& overrideDir = {});
    static QString databaseFile(const QString& dataDir);
    // Plumbline's settings (INI): ~/.config/plumbline/plumbline.conf on Linux, or PLUMBLINE_SETTINGS when set.
    static QString settingsFile();
    // The OS user, recorded in the change log.
    static QString osUser();
    // Sets organisation/application names used by QStandardPaths and QSettings.
    static void setApplicationIdentity();
};

} // namespace plumbline
