#pragma once

#include "Finding.h"
#include "HealthFacts.h"
#include "RuleSettings.h"
#include "VendorWords.h"

#include <QCoreApplication>

namespace plumbline {

// The health rules (ARCHITECTURE.md, "Monitoring"): pure functions from stored facts to findings. Each returns the
// findings that fire (an empty list when healthy); Unknown when the facts cannot tell (e.g. no count could be read). A
// count that could not be read is never treated as 0.
class Rules final
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    // Integration rules.
    static QList<Finding> countDrift(const IntegrationFacts& facts, const RuleSettings& settings);
    static QList<Finding> silentFailure(const IntegrationFacts& facts, const RuleSettings& settings);
    static QList<Finding> stale(const IntegrationFacts& facts, const RuleSettings& settings);
    static QList<Finding> mappingDrift(const IntegrationFacts& facts, const RuleSettings& settings);
    static QList<Finding> volumeAnomaly(const IntegrationFacts& facts, const RuleSettings& settings);
    static QList<Finding> runFailures(const IntegrationFacts& facts, const RuleSettings& settings);
    // not_found: an object on either side, or the scenario/Zap that carries the flow, no longer exists.
    static QList<Finding> notFound(const IntegrationFacts& facts, const RuleSettings& settings);
    // value_drift (ARCHITECTURE.md §12): the latest value check found records missing at the destination or a
    // mapped field failing above the integration's tolerance, judged on the lower bound of its Wilson interval.
    static QList<Finding> valueDrift(const IntegrationFacts& facts, const RuleSettings& settings);

    // Connection rules (from the latest facts of one connection), in the words of the connection's vendor.
    static QList<Finding> auth(const ConnectionFacts& facts, const VendorWords& vendor, const QDateTime& now);
    static QList<Finding> permission(
        const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now);
    static QList<Finding> deprecation(
        const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now);
    static QList<Finding> rateLimit(const ConnectionFacts& facts, const RuleSettings& settings, const QDateTime& now);
    static QList<Finding> unreachable(const ConnectionFacts& facts, const QDateTime& now);
    static QList<Finding> badResponse(const ConnectionFacts& facts, const QDateTime& now);
    // missing_key: Plumbline had no key to send (no keychain entry, no PLUMBLINE_SECRET_<ID>, or no keychain).
    static QList<Finding> missingKey(const ConnectionFacts& facts, const VendorWords& vendor, const QDateTime& now);

    // The monitor itself: its last heartbeat is older than 2 × interval + grace.
    static QList<Finding> monitorStale(
        const std::optional<QDateTime>& lastHeartbeat, int intervalS, int graceS, const QDateTime& now);

    // store_failure: the monitor itself could not save this poll or read its history (a full disk, a read-only or
    // damaged workspace file). Unknown: what is stored no longer says how the integration is.
    static QList<Finding> storeFailure(
        const QString& error, const QString& filePath, const QString& integrationId, const QDateTime& now);

    // All integration rules, in a stable order.
    static QList<Finding> evaluateIntegration(const IntegrationFacts& facts, const RuleSettings& settings);
    // All connection rules, in a stable order.
    static QList<Finding> evaluateConnection(
        const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now);
};

} // namespace plumbline
