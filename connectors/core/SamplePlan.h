#pragma once

#include "Connector.h"
#include "ValuePage.h"

#include <Transport.h>

#include <memory>

namespace plumbline {

// How one vendor samples an object for a value check (ARCHITECTURE.md §12); runSample() drives it. The run asks the
// population first, then the recent stratum (records changed in the window, most recent first) page by page, then
// spread pages at random offsets from the seed until `size` distinct keys are read, within `maxRequests`.
class SamplePlan
{
public:
    enum class Kind
    {
        Probe,
        Recent,
        Spread,
    };

    virtual ~SamplePlan() = default;

    virtual QString vendorName() const = 0;
    virtual int pageLimit() const = 0; // the most records the vendor returns per page
    // Vendors that cannot narrow to a change window (a generic API) sample the spread stratum only.
    virtual bool hasRecent() const { return true; }
    // The request that tells how many records the side holds (the count request).
    virtual HttpRequest probe() const = 0;
    // Records changed in [since, before), most recent first, from `offset` in that order.
    virtual HttpRequest recent(const QDateTime& since, const QDateTime& before, int limit, qint64 offset) const = 0;
    // `limit` records from `offset` in the vendor's stable order over the whole side; `population` (0 when unknown)
    // lets vendors with an offset cap read a large object from its other end.
    virtual HttpRequest spread(qint64 offset, int limit, qint64 population) = 0;
    virtual ValuePage read(Kind kind, const HttpResponse& response) = 0;
};

// Samples through `plan` and answers once, on the event loop, while `context` lives.
void runSample(Transport& transport, std::shared_ptr<SamplePlan> plan, const SampleRequest& request, QObject* context,
    Connector::Done<SampleResult> done);

// The recent stratum's window: [changedSince, settledBefore), changedSince a day before settledBefore when unset,
// settledBefore now when unset.
QPair<QDateTime, QDateTime> sampleWindow(const SampleRequest& request);

// Answers `error` on the event loop (no request was sent).
inline void failSample(
    QObject* context, Connector::Done<SampleResult> done, ConnectorError error, const QString& version)
{
    failValueCheck<SampleResult>(context, std::move(done), std::move(error), version);
}

} // namespace plumbline
