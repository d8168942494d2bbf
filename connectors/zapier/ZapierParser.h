#pragma once

#include <ConnectorResults.h>

#include <QByteArray>
#include <QCoreApplication>

namespace plumbline {

// Pure readers of Zapier's partner API answers (vendor-apis.md §6). Much of it is UNCONFIRMED, so the reader
// is defensive: optional fields may be missing, unknown status words become RunEvent::Status::Unknown, but a
// field of the wrong type, or a missing `data` list, gives ErrorKind::Parse.
class ZapierParser final
{
    Q_DECLARE_TR_FUNCTIONS(ZapierParser)

public:
    struct Zap
    {
        QString id;
        MiddlewareState state;
    };
    struct Zaps
    {
        QList<Zap> zaps;
        QString next; // links.next, when given
        ConnectorError error;
    };
    // GET /v2/zaps -> {"data": [{id, is_enabled, last_successful_run_date, title|name, ...}], "links": {next}}.
    static Zaps parseZaps(const QByteArray& body);

    struct Runs
    {
        struct Run
        {
            QString zapId;
            RunEvent event;
        };
        QList<Run> runs;
        QString next;
        ConnectorError error;
    };
    // GET /v2/zap-runs -> {"data": [{id, zap_id, start_time, end_time, status, ...}], "links": {next}}.
    static Runs parseRuns(const QByteArray& body);

    // "success" and, UNCONFIRMED, the task-history words Zapier shows (error, halted, filtered, held, ...).
    static RunEvent::Status statusFromText(const QString& status);

    // {"errors": [string | {title, detail, message, code}]}, {"message"} or {"detail"} (UNCONFIRMED shape).
    static QString errorText(const QByteArray& body);
    static ConnectorError refineError(const ConnectorError& transportError, const QByteArray& body);
};

} // namespace plumbline
