#pragma once

#include <ConnectorResults.h>
#include <ValuePage.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace plumbline {

// Pure readers for the generic REST/JSON connector: RFC 6901 JSON pointers, the count at a pointer, a run/error
// list at a pointer, and the usual error body shapes (problem+json, {message}, {error}, {errors: [...]}).
class GenericParser final
{
    Q_DECLARE_TR_FUNCTIONS(GenericParser)

public:
    // RFC 6901: "" is the whole document; "/a/0/b~1c~0d" walks object members and array indexes ("~1" = "/",
    // "~0" = "~"). nullopt when the pointer is malformed or leads nowhere; `problem` says why.
    static std::optional<QJsonValue> resolve(
        const QJsonValue& root, const QString& pointer, QString* problem = nullptr);
    static bool isValidPointer(const QString& pointer);

    // The count at `pointer`: a whole JSON number >= 0 or a string of digits. Anything else is a Parse error.
    static CountResult parseCount(const QByteArray& body, const QString& pointer);

    // The array at `pointer` of {id, status, timestamp, message}: status text (success/ok, warning, error/failed,
    // pending/running; others Unknown), 1/2/3 as Make, or HTTP-like
    // 2xx/4xx/5xx codes; timestamp ISO 8601 or epoch seconds/milliseconds.
    static RunLogResult parseRuns(const QByteArray& body, const QString& pointer);
    static RunEvent::Status statusFrom(const QJsonValue& status);

    static QString errorText(const QByteArray& body);
    static ConnectorError refineError(const ConnectorError& transportError, const QByteArray& body);

    // Value checks: the records at `recordsPointer` (a list of objects, or one object). The key is the member named
    // `keyField`, or what `keyPointer` points at inside a record; a field named with a leading '/' is a pointer into
    // the record, any other name a member; changedAt is the member `changedField` (ISO 8601 or epoch ms).
    struct RecordShape
    {
        QString recordsPointer = QStringLiteral("/data");
        QString keyField;
        QString keyPointer;
        QStringList fields;
        QString changedField = QStringLiteral("updated_at");
    };
    static ValuePage parseRecords(const QByteArray& body, const RecordShape& shape);
    // `{name}` in `pattern` replaced by the percent-encoded value (unknown names stay as they are).
    static QString expand(const QString& pattern, const QHash<QString, QString>& values);
};

} // namespace plumbline
