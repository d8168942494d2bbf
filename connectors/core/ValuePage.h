#pragma once

#include "Connector.h"
#include "ConnectorResults.h"

#include <QTimer>

namespace plumbline {

// What one value-check response held, as a vendor reads it (a page of sampled records, the records found for a
// batch of keys, or a population count).
struct ValuePage
{
    QList<ValueRecord> records;
    std::optional<qint64> total; // records matching the request, when the vendor says
    ConnectorError error; // the vendor's refusal or a body not in its documented shape
    ResponseMeta meta;
};

// Answers `error` on the event loop for a value-check operation that sent nothing (SampleResult, LookupResult).
template <typename R>
void failValueCheck(QObject* context, Connector::Done<R> done, ConnectorError error, const QString& version)
{
    R r;
    r.error = std::move(error);
    r.meta.requestedApiVersion = version;
    r.meta.servedApiVersion = version;
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

} // namespace plumbline
