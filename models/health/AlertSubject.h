#pragma once

#include "Finding.h"

#include <QString>

namespace plumbline {

// What an alert is about: an integration, a connection, or Plumbline's own monitor. Stored, exported and sent in
// notifications by its key ("integration:<id>", "connection:<id>"); everything else builds and reads subjects through
// this type rather than by taking strings apart.
struct AlertSubject
{
    enum class Kind
    {
        Integration,
        Connection,
        Monitor, // the monitor's own heartbeat
        Unknown, // a key no version of Plumbline wrote
    };

    Kind kind = Kind::Unknown;
    QString id; // the integration's or connection's id; for an unknown key, what follows its first ':'
    QString storedKey; // the key as read, kept for Monitor and Unknown subjects

    static AlertSubject integration(const QString& id) { return { Kind::Integration, id, {} }; }
    static AlertSubject connection(const QString& id) { return { Kind::Connection, id, {} }; }
    // A finding's subject: its integration when it names one, else its connection.
    static AlertSubject of(const Finding& finding);
    // Reads a stored key; never fails (an unknown key keeps its text in key()).
    static AlertSubject parse(const QString& key);

    QString key() const;

    bool operator==(const AlertSubject&) const = default;
};

} // namespace plumbline
