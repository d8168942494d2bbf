#pragma once

#include <ConnectorResults.h>

#include <QByteArray>
#include <QCoreApplication>

namespace plumbline {

// Pure readers of Make API v2 answers (vendor-apis.md §5). Bytes in, value types out; a body not in the
// documented shape gives ErrorKind::Parse.
class MakeParser final
{
    Q_DECLARE_TR_FUNCTIONS(MakeParser)

public:
    // GET /scenarios/{id} -> {"scenario": {isActive, isPaused, isinvalid, dlqCount, name, ...}}.
    static RunLogResult parseScenario(const QByteArray& body);

    // GET /scenarios/{id}/logs -> {"scenarioLogs": [{id, imtId, status, timestamp, operations, ...}], "pg": {...}}.
    // status 1 success, 2 warning, 3 error, 0 pending, others unknown; timestamp an ISO string or ms since epoch.
    // Entries that are not executions (an `eventType` and no `status`, UNCONFIRMED) are skipped.
    struct Logs
    {
        QList<RunEvent> events; // in the order sent (Make: imtId descending)
        QString last; // pg.last, for the next page
        int entries = 0; // entries in the page, executions or not
        ConnectorError error;
    };
    static Logs parseLogs(const QByteArray& body);

    // GET /users/me -> {"authUser": {"name", ...}} (also accepts "user"); `account` is the name when said.
    static TestResult parseMe(const QByteArray& body);

    // GET /organizations/{id} -> {"organization": {"license": {"apiLimit": N}}}: limit per minute.
    static QuotaResult parseOrganization(const QByteArray& body);

    // {message, detail?, code?, suberrors?: [{message}]} -> "message: detail (code); suberror; ...".
    static QString errorText(const QByteArray& body);
    static ConnectorError refineError(int status, const ConnectorError& transportError, const QByteArray& body);

    static RunEvent::Status statusFromCode(qint64 code);
};

} // namespace plumbline
