#pragma once

#include <ConnectorResults.h>
#include <values/ValueCheck.h>
#include <values/ValueComparison.h>
#include <values/ValueSettings.h>

#include <Clock.h>

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace plumbline {

class ConnectorFactory;
class CredentialKeepers;
class MonitorRepository;
class SecretStore;
class Transport;
class ValueRepository;
class WorkspaceRepository;

// Runs value checks (ARCHITECTURE.md §12): samples the source through its connector, looks the keys up at the
// destination, compares the mapped fields (models/values) and stores the aggregates, redacted examples and keyed
// hashes. One integration at a time; `cancel()` stops between requests and stores nothing. The keys are hashed with
// HMAC-SHA256 under the workspace's own key, kept in the secret store (created on first use).
class ValueChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueChecker)

public:
    // The secret store entry of the workspace's key (not a connection: the workspace itself).
    static constexpr const char* kKeyOwner = "_workspace";
    static constexpr const char* kKeyName = "value_check_key";

    struct Outcome
    {
        QString integrationId;
        bool cancelled = false;
        bool skipped = false; // not due, or switched off
        std::optional<ValueCheckResult> result; // what was stored
        QString storeError; // translated; the check ran but could not be stored
    };
    using Done = std::function<void(const QList<Outcome>& outcomes)>;

    ValueChecker(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers, WorkspaceRepository& workspace,
        MonitorRepository& history, ValueRepository& values, Clock clock, QObject* parent = nullptr);
    ~ValueChecker() override;

    void setSeed(quint64 seed) { m_seed = seed; } // tests: the same spread sample every run

    // Whether a check of `integrationId` is due now (switched on, and its last check older than every_s).
    // `minSpacingS`: never sooner than this after the last check, whatever every_s says (scheduled checks of a
    // long-running process, so that they stay within the connections' request budget).
    bool isDue(const QString& integrationId, int minSpacingS = 0) const;
    // Checks the given integrations one after the other: all that are due (`force`: all that have the check on or a
    // key mapping). `done` runs once, after the last. One run at a time: a second call while busy is queued.
    void run(const QStringList& integrationIds, bool force, Done done, int minSpacingS = 0);
    // The spacing the window and `run` use for the checks they schedule.
    static constexpr int kScheduledSpacingS = 900;
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // What the check does now, for a progress dialog: "Sampling HubSpot…", with steps done of steps.
    void progress(const QString& integrationId, const QString& what, int done, int of);
    void checked(const QString& integrationId);
    void runningChanged(bool running);

private:
    struct Job;
    bool due(const Integration& integration, const std::optional<QDateTime>& lastChecked, int minSpacingS) const;
    void next();
    void start(const QString& integrationId);
    void withKey(std::function<void(const QByteArray& key)> then);
    void sample(const std::shared_ptr<Job>& job);
    void lookup(const std::shared_ptr<Job>& job, const SampleResult& sampled);
    void finish(const std::shared_ptr<Job>& job, ValueCheckResult result, const QList<KeyOutcome>& keys = {});
    ValueCheckResult problem(const Job& job, const QString& kind, const QString& message) const;

    SecretStore& m_secrets;
    Transport& m_transport;
    WorkspaceRepository& m_workspace;
    MonitorRepository& m_history;
    ValueRepository& m_values;
    Clock m_clock;
    std::unique_ptr<ConnectorFactory> m_factory;
    std::optional<QByteArray> m_key;
    quint64 m_seed = 0;

    struct Pending
    {
        QStringList ids;
        bool force = false;
        Done done;
        int minSpacingS = 0;
        QList<Outcome> outcomes;
    };
    QList<Pending> m_queue;
    std::shared_ptr<Job> m_job;
    QPointer<QObject> m_context; // deleted on cancel: no connector answer arrives after it
};

} // namespace plumbline
