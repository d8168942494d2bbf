#pragma once

#include "Connector.h"
#include "ValuePage.h"

#include <Transport.h>

#include <memory>

namespace plumbline {

// What a lookup still has to do, for a plan choosing its next request.
struct LookupProgress
{
    QStringList pending; // keys not yet settled, as sampled (one per normalised key, in order)
    int requestsLeft = 0;
    int keys = 0; // distinct keys asked for
};

// How one vendor finds records by key for a value check (ARCHITECTURE.md §12); runLookup() drives it.
class LookupPlan
{
public:
    struct Step
    {
        HttpRequest request;
        // Keys this request settles: after it, each is found or known to be missing. Keys found by any request are
        // settled as well (a page of a list settles only what it holds).
        QStringList keys;
    };

    virtual ~LookupPlan() = default;

    virtual QString vendorName() const = 0;
    // The next request, or nothing when the plan has nothing more to ask.
    virtual std::optional<Step> next(const LookupProgress& progress) = 0;
    // The records a step's answer holds; a key not found is simply absent (an error only for a refusal). A plan may
    // settle more keys once it has seen the answer (the last page of a list settles every key still pending).
    virtual ValuePage read(Step& step, const HttpResponse& response) = 0;
};

void runLookup(Transport& transport, std::shared_ptr<LookupPlan> plan, const LookupRequest& request, QObject* context,
    Connector::Done<LookupResult> done);

inline void failLookup(
    QObject* context, Connector::Done<LookupResult> done, ConnectorError error, const QString& version)
{
    failValueCheck<LookupResult>(context, std::move(done), std::move(error), version);
}

// Reason texts shared by the runs (translated in the "Connector" context).
QString budgetReason(int done, int of, int maxRequests, const QString& vendor, bool lookup);

} // namespace plumbline
