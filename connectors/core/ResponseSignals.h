#pragma once

#include "ConnectorResults.h"

#include <Transport.h>

namespace plumbline {

// Reads what every vendor's responses may carry: standard Deprecation/Sunset headers, Salesforce's Warning: 299,
// IETF RateLimit fields and legacy X-RateLimit-*, status and latency. Vendor connectors add their own headers.
struct ResponseSignals
{
    static ResponseMeta read(const HttpResponse& response, const QString& requestedApiVersion);

    // RFC 9745 `@<unix seconds>`, the older drafts' `true` or an HTTP-date.
    static void readDeprecation(const HeaderList& headers, DeprecationSignals& into);
    // IETF draft `RateLimit`/`RateLimit-Policy`, older `RateLimit-Limit/-Remaining`, and `X-RateLimit-*`.
    static void readGenericRateLimit(const HeaderList& headers, QuotaState& into);
};

} // namespace plumbline
