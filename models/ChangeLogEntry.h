#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace plumbline {

// One line of the change log: who changed which definition, when, and how. Never a secret.
struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime timestamp;
    QString osUser;
    QString action; // create, update, delete, import, secret_set, secret_delete
    QString entityType; // connection, integration, workspace
    QString entityId;
    QString summary; // one line for people
    QJsonObject details; // field -> {from, to}
};

} // namespace plumbline
