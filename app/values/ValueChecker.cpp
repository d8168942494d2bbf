#include "ValueChecker.h"

#include "ConnectorFactory.h"

#include <MonitorRepository.h>
#include <SecretStore.h>
#include <Vendor.h>
#include <WorkspaceRepository.h>
#include <store/ValueRepository.h>

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcValues, "plumbline.values")

namespace plumbline {

namespace {
constexpr int kSteps = 4; // open, sample, look up, compare and store
// Headroom left to the counts and everything else: a value check never spends more than half of what the vendor
// says remains in its window.
constexpr qint64 kBudgetShare = 2;

QString fieldHead(const QString& field)
{
    const qsizetype dot = field.indexOf(u'.');
    return dot > 0 ? field.left(dot) : field;
}

QStringList unique(QStringList list)
{
    list.removeDuplicates();
    list.removeAll(QString());
    return list;
}
} // namespace

struct ValueChecker::Job
{
    Integration integration;
    ValueSettings settings;
    FieldMapping key;
    QHash<QString, FieldKind> kinds;
    QString sourceName;
    QString destinationName;
    QDateTime startedAt;
    QDateTime changedSince;
    int maxSource = 20;
    int maxDestination = 20;
    QStringList budgetNotes; // translated: why a side may spend less than max_requests
    std::shared_ptr<Connector> source;
    std::shared_ptr<Connector> destination;
    SampleResult sampled;
};

ValueChecker::ValueChecker(SecretStore& secrets, Transport& transport, CredentialKeepers& keepers,
    WorkspaceRepository& workspace, MonitorRepository& history, ValueRepository& values, Clock clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_transport(transport)
    , m_workspace(workspace)
    , m_history(history)
    , m_values(values)
    , m_clock(clock ? std::move(clock) : systemClock())
    , m_factory(std::make_unique<ConnectorFactory>(secrets, transport, keepers))
{
}

ValueChecker::~ValueChecker()
{
    delete m_context;
}

bool ValueChecker::due(
    const Integration& integration, const std::optional<QDateTime>& lastChecked, int minSpacingS) const
{
    const ValueSettings s = ValueSettings::of(integration);
    return s.enabled && (!lastChecked || lastChecked->secsTo(m_clock()) >= std::max(s.everyS, minSpacingS));
}

bool ValueChecker::isDue(const QString& integrationId, int minSpacingS) const
{
    const auto integration = m_workspace.integration(integrationId);
    const auto last = m_values.latest(integrationId, false);
    return integration && due(*integration, last ? std::optional(last->checkedAt) : std::nullopt, minSpacingS);
}

void ValueChecker::run(const QStringList& integrationIds, bool force, Done done, int minSpacingS)
{
    Pending pending { {}, force, std::move(done), minSpacingS, {} };
    if (force) {
        pending.ids = integrationIds;
        if (pending.ids.isEmpty()) {
            for (const Integration& i : m_workspace.integrations())
                pending.ids << i.id;
        }
    } else {
        // What is due, from one read of the definitions and one of the check times (the scheduler asks after every
        // cycle); the others are skipped here, without a job.
        const QHash<QString, QDateTime> last = m_values.lastChecked();
        for (const Integration& i : m_workspace.integrations()) {
            if (!integrationIds.isEmpty() && !integrationIds.contains(i.id))
                continue;
            const auto it = last.constFind(i.id);
            if (due(i, it == last.cend() ? std::nullopt : std::optional(*it), minSpacingS))
                pending.ids << i.id;
            else
                pending.outcomes << Outcome { i.id, false, true, std::nullopt, {} };
        }
    }
    if (pending.ids.isEmpty() && m_queue.isEmpty() && !m_job) {
        // Nothing to run (the usual answer after a cycle): no "running" flicker in the window.
        QTimer::singleShot(0, this, [done = std::move(pending.done), outcomes = std::move(pending.outcomes)] {
            if (done)
                done(outcomes);
        });
        return;
    }
    m_queue << std::move(pending);
    if (!m_job && m_queue.size() == 1) {
        Q_EMIT runningChanged(true);
        QTimer::singleShot(0, this, &ValueChecker::next);
    }
}

void ValueChecker::cancel()
{
    if (!m_job)
        return;
    delete m_context; // no answer of the connectors reaches this job any more
    const QString id = m_job->integration.id;
    m_job.reset();
    if (!m_queue.isEmpty()) {
        Pending& p = m_queue.first();
        p.outcomes << Outcome { id, true, false, std::nullopt, {} };
        p.ids.clear(); // the rest of this run is cancelled too
    }
    QTimer::singleShot(0, this, &ValueChecker::next);
}

void ValueChecker::next()
{
    if (m_job)
        return;
    while (!m_queue.isEmpty()) {
        Pending& p = m_queue.first();
        if (!p.ids.isEmpty()) {
            start(p.ids.takeFirst());
            return;
        }
        Pending finished = m_queue.takeFirst();
        if (finished.done)
            finished.done(finished.outcomes);
    }
    Q_EMIT runningChanged(false);
}

ValueCheckResult ValueChecker::problem(const Job& job, const QString& kind, const QString& message) const
{
    ValueCheckResult r;
    r.integrationId = job.integration.id;
    r.checkedAt = job.startedAt;
    r.problemKind = kind;
    r.problem = message;
    r.requestsSource = job.sampled.requests;
    return r;
}

void ValueChecker::start(const QString& integrationId)
{
    Pending& pending = m_queue.first();
    const auto integration = m_workspace.integration(integrationId);
    const auto skip = [this, &pending, &integrationId] {
        pending.outcomes << Outcome { integrationId, false, true, std::nullopt, {} };
        QTimer::singleShot(0, this, &ValueChecker::next);
    };
    if (!integration)
        return skip();
    auto job = std::make_shared<Job>();
    job->integration = *integration;
    job->settings = ValueSettings::of(*integration);
    job->startedAt = m_clock().toUTC();
    const auto key = keyMapping(*integration);
    const bool explicitlyOn = integration->checks.extra.value(u"values"_s).toObject().value(u"enabled"_s).toBool();
    if (!job->settings.enabled && !(pending.force && key))
        return skip();
    const auto source = m_workspace.connection(integration->source.connection);
    const auto destination = m_workspace.connection(integration->destination.connection);
    job->sourceName = source ? source->name : integration->source.connection;
    job->destinationName = destination ? destination->name : integration->destination.connection;

    m_job = job;
    m_context = new QObject(this);
    if (!key) {
        if (!explicitlyOn) {
            m_job.reset();
            return skip();
        }
        return finish(job,
            problem(*job, u"no_key"_s,
                tr("The value check of \"%1\" cannot run: exactly one mapping must be marked as the key that finds a "
                   "record on both sides.")
                    .arg(integration->name)));
    }
    job->key = *key;

    // Kinds from the field lists last read (the monitor's schema snapshots), the workspace's explicit types first.
    const auto sourceSchema = m_history.latestSchema(integration->source.connection, integration->source.object);
    const auto destinationSchema
        = m_history.latestSchema(integration->destination.connection, integration->destination.object);
    const auto typeOf = [](const std::optional<SchemaSnapshot>& schema, const QString& name, bool* present) {
        for (const FieldInfo& f : schema ? schema->fields : QList<FieldInfo> {}) {
            if (f.name == name) {
                if (present)
                    *present = true;
                return f.type;
            }
        }
        return QString();
    };
    bool keyPresent = false;
    typeOf(sourceSchema, key->source, &keyPresent);
    if (sourceSchema && !sourceSchema->fields.isEmpty() && !keyPresent)
        return finish(job,
            problem(*job, u"key_missing"_s,
                tr("The key field %1 no longer exists in %2, so no record can be looked up; the value check did not "
                   "run.")
                    .arg(key->source, job->sourceName)));
    const QJsonObject explicitTypes
        = integration->checks.extra.value(u"values"_s).toObject().value(u"field_types"_s).toObject();
    for (const FieldMapping& m : integration->mappings) {
        if (m.key)
            continue;
        const auto explicitKind = fieldKindFromKey(explicitTypes.value(m.source).toString());
        job->kinds.insert(m.source,
            explicitKind.value_or(inferFieldKind(m.source, typeOf(sourceSchema, m.source, nullptr), m.destination,
                typeOf(destinationSchema, fieldHead(m.destination), nullptr))));
    }

    // The request budget: max_requests a side, and never more than half of what a vendor says is left.
    job->maxSource = job->maxDestination = job->settings.maxRequests;
    const auto fit = [this, job](const QString& connectionId, const QString& name, int& budget) {
        const auto facts = m_history.latestConnectionFacts(connectionId);
        if (!facts || !facts->quotaRemaining)
            return;
        const qint64 allowed = *facts->quotaRemaining / kBudgetShare;
        if (allowed < budget) {
            budget = int(std::max<qint64>(1, allowed));
            job->budgetNotes << tr("%1 has %2 requests left in its window; the check spends at most %3 there.")
                                    .arg(name)
                                    .arg(*facts->quotaRemaining)
                                    .arg(budget);
        }
    };
    fit(integration->source.connection, job->sourceName, job->maxSource);
    fit(integration->destination.connection, job->destinationName, job->maxDestination);
    // The recent half: records changed since the last check (older than the settle window), and at least over the
    // day before it, so that frequent checks still look at the day's changes.
    const QDateTime settled = job->startedAt.addSecs(-job->settings.settleS);
    job->changedSince = settled.addSecs(-std::max(job->settings.everyS, 86400));
    if (const auto last = m_values.latest(integrationId, false); last && last->checkedAt < job->changedSince)
        job->changedSince = last->checkedAt;

    Q_EMIT progress(integrationId, tr("Opening %1 and %2…").arg(job->sourceName, job->destinationName), 0, kSteps);
    if (!source || !destination)
        return finish(job, problem(*job, u"source_failed"_s, tr("A connection of this integration no longer exists.")));
    QObject* context = m_context;
    m_factory->open(
        *source, context, [this, job, destination, context](std::shared_ptr<Connector> c, const ConnectorError& e) {
            if (!c)
                return finish(job,
                    problem(*job, u"source_failed"_s, tr("%1 could not be asked: %2").arg(job->sourceName, e.message)));
            job->source = std::move(c);
            m_factory->open(*destination, context, [this, job](std::shared_ptr<Connector> d, const ConnectorError& e2) {
                if (!d)
                    return finish(job,
                        problem(*job, u"destination_failed"_s,
                            tr("%1 could not be asked: %2").arg(job->destinationName, e2.message)));
                job->destination = std::move(d);
                sample(job);
            });
        });
}

void ValueChecker::sample(const std::shared_ptr<Job>& job)
{
    Q_EMIT progress(job->integration.id, tr("Sampling %1…").arg(job->sourceName), 1, kSteps);
    SampleRequest request;
    request.keyField = job->key.source;
    for (const FieldMapping& m : job->integration.mappings) {
        if (!m.key)
            request.fields << m.source;
    }
    request.fields = unique(request.fields);
    request.size = job->settings.sample;
    request.changedSince = job->changedSince;
    request.settledBefore = job->startedAt.addSecs(-job->settings.settleS);
    request.seed = m_seed != 0 ? m_seed : QRandomGenerator::global()->generate64();
    request.maxRequests = job->maxSource;
    job->source->sample(job->integration.source, request, m_context, [this, job](const SampleResult& r) {
        job->sampled = r;
        if (r.records.isEmpty() && !r.error.ok())
            return finish(job,
                problem(
                    *job, u"source_failed"_s, tr("%1 could not be sampled: %2").arg(job->sourceName, r.error.message)));
        if (r.records.isEmpty())
            return finish(job, problem(*job, u"empty"_s, tr("%1 has no records to compare yet.").arg(job->sourceName)));
        lookup(job, r);
    });
}

void ValueChecker::lookup(const std::shared_ptr<Job>& job, const SampleResult& sampled)
{
    Q_EMIT progress(job->integration.id,
        tr("Looking up %n record(s) in %1…", nullptr, int(sampled.records.size())).arg(job->destinationName), 2,
        kSteps);
    LookupRequest request;
    request.keyField = job->key.destination;
    for (const ValueRecord& r : sampled.records)
        request.keys << r.key;
    for (const FieldMapping& m : job->integration.mappings) {
        if (!m.key)
            request.fields << fieldHead(m.destination);
    }
    request.fields = unique(request.fields);
    request.maxRequests = job->maxDestination;
    job->destination->lookup(job->integration.destination, request, m_context, [this, job](const LookupResult& found) {
        if (found.looked.isEmpty() && !found.error.ok()) {
            ValueCheckResult r = problem(*job, u"destination_failed"_s,
                tr("%1 could not be asked for the sampled records: %2").arg(job->destinationName, found.error.message));
            r.requestsDestination = found.requests;
            return finish(job, r);
        }
        Q_EMIT progress(job->integration.id, tr("Comparing…"), 3, kSteps);
        withKey([this, job, found](const QByteArray& key) {
            ComparisonInput in;
            in.integration = job->integration;
            in.sample = job->sampled.records;
            in.matches = found.matches;
            in.looked = found.looked;
            in.kinds = job->kinds;
            in.options.region = job->settings.region;
            in.examples = job->settings.examples;
            in.keyHash = [key](const QString& normalised) {
                return QString::fromLatin1(
                    QMessageAuthenticationCode::hash(normalised.toUtf8(), key, QCryptographicHash::Sha256).toHex());
            };
            ComparisonOutput out = compareSample(in);
            ValueCheckResult& r = out.result;
            r.checkedAt = job->startedAt;
            r.requestsSource = job->sampled.requests;
            r.requestsDestination = found.requests;
            r.population = job->sampled.population;
            QStringList reasons;
            if (job->sampled.partial)
                reasons << job->sampled.partialReason;
            if (found.partial)
                reasons << found.partialReason;
            if (!reasons.isEmpty())
                reasons += job->budgetNotes;
            r.partial = !reasons.isEmpty();
            r.partialReason = unique(reasons).join(u' ');
            finish(job, r, out.keys);
        });
    });
}

void ValueChecker::withKey(std::function<void(const QByteArray& key)> then)
{
    if (m_key)
        return then(*m_key);
    const QString owner = QString::fromLatin1(kKeyOwner);
    const QString name = QString::fromLatin1(kKeyName);
    m_secrets.read(owner, name, m_context, [this, owner, name, then](const SecretResult& read) {
        if (read.ok() && !read.value.isEmpty()) {
            m_key = QByteArray::fromBase64(read.value.toLatin1());
            return then(*m_key);
        }
        QByteArray fresh(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(fresh.data()), fresh.size() / 4);
        m_key = fresh;
        if (read.error != SecretError::NotFound) {
            // No keychain to keep it: hashes of this process cannot be matched with later ones; nothing else changes.
            qCWarning(lcValues) << "the workspace's value-check key could not be read; using one for this session:"
                                << read.message;
            return then(fresh);
        }
        m_secrets.write(
            owner, name, QString::fromLatin1(fresh.toBase64()), m_context, [then, fresh](const SecretResult& written) {
                if (!written.ok())
                    qCWarning(lcValues) << "the workspace's value-check key could not be stored:" << written.message;
                then(fresh);
            });
    });
}

void ValueChecker::finish(const std::shared_ptr<Job>& job, ValueCheckResult result, const QList<KeyOutcome>& keys)
{
    if (m_job != job)
        return; // cancelled meanwhile
    Outcome outcome { job->integration.id, false, false, std::nullopt, {} };
    if (const StoreResult stored = m_values.write(result, keys); !stored) {
        outcome.storeError = stored.error;
    } else {
        outcome.result = result;
        if (const StoreResult pruned = m_values.prune(m_clock()); !pruned)
            qCWarning(lcValues) << pruned.error;
    }
    Q_EMIT progress(job->integration.id, tr("Done"), kSteps, kSteps);
    m_job.reset();
    m_context->deleteLater();
    m_context = nullptr;
    if (!m_queue.isEmpty())
        m_queue.first().outcomes << outcome;
    Q_EMIT checked(job->integration.id);
    QTimer::singleShot(0, this, &ValueChecker::next);
}

} // namespace plumbline
