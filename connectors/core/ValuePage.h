#pragma once

#include "ConnectorResults.h"

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

} // namespace plumbline
