#include "SamplePlan.h"

#include "LookupPlan.h"

#include <values/ValueNormaliser.h>

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <random>

namespace plumbline {

namespace {

// Spread pages are small (a quarter of the spread stratum each) so that one cluster of neighbouring records does
// not make up the whole stratum (value-reconciliation.md §3: prefer many small random pivots over one big page).
constexpr int kSpreadPages = 4;
// Spread pages that add no new key (they only repeat recent ones) before the run gives up.
constexpr int kFruitlessPages = 3;

struct SampleRun
{
    Transport* transport = nullptr;
    std::shared_ptr<SamplePlan> plan;
    SampleRequest request;
    QDateTime since;
    QDateTime before;
    QPointer<QObject> context;
    Connector::Done<SampleResult> done;
    SampleResult result;
    QSet<QString> seen;
    int recentTarget = 0;
    int recentRead = 0;
    bool recentDone = false;
    int chunk = 1;
    QSet<qint64> usedSlots;
    int fruitless = 0;
    std::mt19937_64 random;
};
using Run = std::shared_ptr<SampleRun>;

void step(const Run& run);

void finish(const Run& run)
{
    run->done(run->result);
}

// Keeps records whose key was not read before; returns how many were new.
int add(const Run& run, const QList<ValueRecord>& records)
{
    int added = 0;
    for (const ValueRecord& r : records) {
        const QString key = normaliseKey(r.key);
        if (key.isEmpty() || run->seen.contains(key) || run->result.records.size() >= run->request.size)
            continue;
        if (r.changedAt.isValid() && r.changedAt >= run->before)
            continue; // still syncing: comparing it now would report the sync's own lag
        run->seen.insert(key);
        run->result.records << r;
        ++added;
    }
    return added;
}

void stopWith(const Run& run, const ConnectorError& error)
{
    SampleResult& r = run->result;
    if (r.records.isEmpty()) {
        r.error = error;
    } else {
        r.partial = true;
        r.partialReason = error.kind == ErrorKind::RateLimited || error.kind == ErrorKind::QuotaExhausted
            ? QCoreApplication::translate("Connector", "%1 limited the request rate: sampled %2 of %3 records.")
                  .arg(run->plan->vendorName())
                  .arg(r.records.size())
                  .arg(run->request.size)
            : QCoreApplication::translate("Connector", "Sampled %1 of %2 records, then %3 answered: %4")
                  .arg(r.records.size())
                  .arg(run->request.size)
                  .arg(run->plan->vendorName(), error.message);
    }
    finish(run);
}

void stopShort(const Run& run)
{
    SampleResult& r = run->result;
    r.partial = true;
    r.partialReason = QCoreApplication::translate(
        "Connector", "%1 returned fewer records than asked for: sampled %2 of %3 records.")
                          .arg(run->plan->vendorName())
                          .arg(r.records.size())
                          .arg(run->request.size);
    finish(run);
}

bool withinBudget(const Run& run)
{
    if (run->result.requests < run->request.maxRequests)
        return true;
    run->result.partial = true;
    run->result.partialReason = budgetReason(
        int(run->result.records.size()), run->request.size, run->request.maxRequests, run->plan->vendorName(), false);
    finish(run);
    return false;
}

using OnPage = std::function<void(const ValuePage&)>;

void send(const Run& run, HttpRequest request, SamplePlan::Kind kind, OnPage onPage)
{
    if (!run->context)
        return;
    run->transport->send(std::move(request), run->context, [run, kind, onPage](const HttpResponse& response) {
        run->result.requests += qMax(1, response.attempts);
        ValuePage page = run->plan->read(kind, response);
        run->result.meta = page.meta;
        if (!page.error.ok()) {
            stopWith(run, page.error);
            return;
        }
        onPage(page);
    });
}

void recentStep(const Run& run)
{
    const int want = qMin(run->plan->pageLimit(), run->recentTarget - run->recentRead);
    if (want <= 0 || run->recentDone) {
        run->recentDone = true;
        step(run);
        return;
    }
    if (!withinBudget(run))
        return;
    send(run, run->plan->recent(run->since, run->before, want, run->recentRead), SamplePlan::Kind::Recent,
        [run, want](const ValuePage& page) {
            add(run, page.records);
            run->recentRead += int(page.records.size());
            // Fewer recent changes than half the sample is normal: the spread stratum takes the rest.
            if (page.records.size() < want)
                run->recentDone = true;
            step(run);
        });
}

// A random slot of `chunk` records not read yet, or -1 when every slot was read.
qint64 pickSlot(const Run& run, qint64 population)
{
    if (population <= 0)
        return run->usedSlots.size(); // unknown size: read on from the start until a short page
    const qint64 slotCount = (population + run->chunk - 1) / run->chunk;
    if (run->usedSlots.size() >= slotCount)
        return -1;
    std::uniform_int_distribution<qint64> pick(0, slotCount - 1);
    qint64 slot = pick(run->random);
    while (run->usedSlots.contains(slot))
        slot = (slot + 1) % slotCount;
    return slot;
}

void spreadStep(const Run& run)
{
    SampleResult& r = run->result;
    const int need = run->request.size - int(r.records.size());
    const qint64 population = r.population.value_or(0);
    if (need <= 0 || (r.population && run->seen.size() >= population))
        return finish(run);
    if (run->fruitless >= kFruitlessPages)
        return stopShort(run);
    const qint64 slot = pickSlot(run, population);
    if (slot < 0)
        return finish(run); // every record was read: the sample is the whole side
    if (!withinBudget(run))
        return;
    run->usedSlots.insert(slot);
    const qint64 offset = slot * run->chunk;
    const int limit = int(r.population ? qMin<qint64>(run->chunk, population - offset) : run->chunk);
    send(run, run->plan->spread(offset, limit, population), SamplePlan::Kind::Spread,
        [run, limit](const ValuePage& page) {
            if (add(run, page.records) == 0)
                ++run->fruitless;
            // With a known population a short page is a sparse stretch (Shopify's since_id pivots over ids with
            // gaps): the next slot goes on. Without one it is the end of the object.
            if (page.records.size() < limit && !run->result.population)
                return stopShort(run);
            step(run);
        });
}

void step(const Run& run)
{
    if (!run->recentDone)
        recentStep(run);
    else
        spreadStep(run);
}

} // namespace

QPair<QDateTime, QDateTime> sampleWindow(const SampleRequest& request)
{
    const QDateTime before
        = request.settledBefore.isValid() ? request.settledBefore.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime since = request.changedSince.isValid() ? request.changedSince.toUTC() : before.addDays(-1);
    return { since, before };
}

void runSample(Transport& transport, std::shared_ptr<SamplePlan> plan, const SampleRequest& request, QObject* context,
    Connector::Done<SampleResult> done)
{
    auto run = std::make_shared<SampleRun>();
    run->transport = &transport;
    run->plan = std::move(plan);
    run->request = request;
    run->request.size = qMax(0, request.size);
    std::tie(run->since, run->before) = sampleWindow(request);
    run->context = context;
    run->done = std::move(done);
    run->recentTarget = run->plan->hasRecent() ? run->request.size / 2 : 0;
    run->recentDone = !run->plan->hasRecent();
    const int spreadTarget = run->request.size - run->recentTarget;
    run->chunk = qBound(1, (spreadTarget + kSpreadPages - 1) / kSpreadPages, run->plan->pageLimit());
    run->random.seed(request.seed);
    QTimer::singleShot(0, context, [run] {
        if (run->request.size == 0 || !withinBudget(run))
            return run->request.size == 0 ? finish(run) : void();
        send(run, run->plan->probe(), SamplePlan::Kind::Probe, [run](const ValuePage& page) {
            run->result.population = page.total;
            if (page.total && *page.total == 0)
                return finish(run); // an empty object: nothing to sample, and no error
            step(run);
        });
    });
}

} // namespace plumbline
