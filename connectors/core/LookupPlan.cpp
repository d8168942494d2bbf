#include "LookupPlan.h"

#include <values/ValueNormaliser.h>

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

struct LookupRun
{
    Transport* transport = nullptr;
    std::shared_ptr<LookupPlan> plan;
    LookupRequest request;
    QPointer<QObject> context;
    Connector::Done<LookupResult> done;
    LookupResult result;
    QStringList pending; // one raw key per normalised key, in order
    QSet<QString> wanted; // normalised
};
using Run = std::shared_ptr<LookupRun>;

void step(const Run& run);

void settle(const Run& run, const QString& normalised)
{
    run->result.looked.insert(normalised);
}

void absorb(const Run& run, const LookupPlan::Step& s, const ValuePage& page)
{
    const QSet<QString> before = run->result.looked;
    for (const ValueRecord& record : page.records) {
        const QString key = normaliseKey(record.key);
        if (!run->wanted.contains(key) || before.contains(key))
            continue; // a list page holds others too, and keys an earlier request settled
        run->result.matches[key].append(record);
        settle(run, key);
    }
    for (const QString& key : s.keys)
        settle(run, normaliseKey(key));
    run->pending.removeIf([&run](const QString& key) { return run->result.looked.contains(normaliseKey(key)); });
}

// A vendor's error text may quote the request (Salesforce's MALFORMED_QUERY quotes the SOQL and its IN list): the
// e-mail addresses in it become "…@…" before it can reach a stored problem or a log.
ConnectorError withoutAddresses(ConnectorError error)
{
    static const QRegularExpression address(u"[^\\s'\"(),;<>]+@[^\\s'\"(),;<>]+"_s);
    error.message.replace(address, u"…@…"_s);
    return error;
}

void stopWith(const Run& run, const ConnectorError& vendorError)
{
    const ConnectorError error = withoutAddresses(vendorError);
    LookupResult& r = run->result;
    if (r.looked.isEmpty()) {
        r.error = error;
    } else {
        r.partial = true;
        const int looked = int(r.looked.size());
        const int of = int(run->wanted.size());
        r.partialReason = error.kind == ErrorKind::RateLimited || error.kind == ErrorKind::QuotaExhausted
            ? QCoreApplication::translate(
                "Connector", "%1 limited the request rate: looked up %2 of %3 sampled records.")
                  .arg(run->plan->vendorName())
                  .arg(looked)
                  .arg(of)
            : QCoreApplication::translate("Connector", "Looked up %1 of %2 sampled records, then %3 answered: %4")
                  .arg(looked)
                  .arg(of)
                  .arg(run->plan->vendorName(), error.message);
    }
    run->done(r);
}

void step(const Run& run)
{
    LookupResult& r = run->result;
    if (run->pending.isEmpty() || !run->context)
        return run->done(r);
    const LookupProgress progress { run->pending, run->request.maxRequests - r.requests, int(run->wanted.size()) };
    auto next = run->plan->next(progress);
    if (!next)
        return run->done(r);
    if (progress.requestsLeft <= 0) {
        r.partial = true;
        r.partialReason = budgetReason(
            int(r.looked.size()), int(run->wanted.size()), run->request.maxRequests, run->plan->vendorName(), true);
        return run->done(r);
    }
    HttpRequest request = next->request;
    request.personal = true; // the keys (e-mail addresses) are in its URL or body: never logged, never in a message
    run->transport->send(
        std::move(request), run->context, [run, s = std::move(*next)](const HttpResponse& response) mutable {
            run->result.requests += qMax(1, response.attempts);
            const ValuePage page = run->plan->read(s, response);
            run->result.meta = page.meta;
            if (!page.error.ok())
                return stopWith(run, page.error);
            absorb(run, s, page);
            step(run);
        });
}

} // namespace

QString budgetReason(int done, int of, int maxRequests, const QString& vendor, bool lookup)
{
    return lookup
        ? QCoreApplication::translate(
            "Connector", "Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.")
              .arg(done)
              .arg(of)
              .arg(maxRequests)
              .arg(vendor)
        : QCoreApplication::translate("Connector", "Sampled %1 of %2 records: the check may spend %3 requests on %4.")
              .arg(done)
              .arg(of)
              .arg(maxRequests)
              .arg(vendor);
}

void runLookup(Transport& transport, std::shared_ptr<LookupPlan> plan, const LookupRequest& request, QObject* context,
    Connector::Done<LookupResult> done)
{
    auto run = std::make_shared<LookupRun>();
    run->transport = &transport;
    run->plan = std::move(plan);
    run->request = request;
    run->context = context;
    run->done = std::move(done);
    for (const QString& key : request.keys) {
        const QString n = normaliseKey(key);
        if (n.isEmpty() || run->wanted.contains(n))
            continue;
        run->wanted.insert(n);
        run->pending << key.trimmed();
    }
    QTimer::singleShot(0, context, [run] { step(run); });
}

} // namespace plumbline
