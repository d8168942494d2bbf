#include "WorkspaceService.h"

#include "SecretSteps.h"

#include <AlertSubject.h>
#include <AuthMethod.h>
#include <SecretShapes.h>

#include <ChangeLogTableModel.h>
#include <ConnectionTableModel.h>
#include <Database.h>
#include <IntegrationTableModel.h>
#include <VendorProfile.h>
#include <WorkspaceRepository.h>
#include <auth/OAuthEndpoints.h>

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace plumbline {

WorkspaceService::WorkspaceService(WorkspaceRepository& repository, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_secrets(secrets)
{
    connect(&m_repository, &WorkspaceRepository::connectionsChanged, this, &WorkspaceService::connectionsChanged);
    connect(&m_repository, &WorkspaceRepository::integrationsChanged, this, &WorkspaceService::integrationsChanged);
    connect(&m_repository, &WorkspaceRepository::changeLogChanged, this, &WorkspaceService::changeLogChanged);
    connect(&m_repository, &WorkspaceRepository::channelsChanged, this, &WorkspaceService::channelsChanged);
}

QList<NotifyChannel> WorkspaceService::channels() const
{
    return m_repository.channels();
}

std::optional<NotifyChannel> WorkspaceService::channel(const QString& id) const
{
    return m_repository.channel(id);
}

void WorkspaceService::saveChannel(
    const NotifyChannel& channel, const QHash<QString, QString>& secrets, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    const auto finish = [this, guard, done](const StoreResult& r) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, r] {
                if (guard && done)
                    done(r);
            },
            Qt::QueuedConnection);
    };
    if (!WorkspaceJson::isValidId(channel.id))
        return finish(StoreResult::failure(tr("\"%1\" is not a valid channel id: use letters, digits, '.', '_' or '-'.")
                                               .arg(SecretShapes::printable(channel.id))));
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (const QString why = SecretShapes::controlCharacterProblem(it.value()); !why.isEmpty())
            return finish(StoreResult::failure(why));
    }
    // The definition goes through the same validation as an imported one.
    const ChannelParse check = NotifyChannels::fromJson(channel.toJson(), u"$"_s);
    if (!check.channel) {
        QStringList problems;
        for (const auto& [where, message] : check.problems)
            problems << message;
        return finish(StoreResult::failure(problems.join(u"; "_s)));
    }
    if (StoreResult r = m_repository.saveChannel(*check.channel); !r)
        return finish(r);
    QList<SecretStep> steps;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        steps.append({ SecretStep::Op::Write, SecretStore::channelScope(channel.id), it.key(), it.value() });
    runSecretSteps(m_secrets, this, steps, context, [done](const QList<SecretResult>& results) {
        if (!done)
            return;
        for (const SecretResult& r : results) {
            if (!r.ok() && r.error != SecretError::NotFound) // removing what was never stored is fine
                return done(StoreResult::failure(
                    tr("The channel was saved, but its secret could not be stored: %1").arg(r.message)));
        }
        done({});
    });
}

void WorkspaceService::removeChannel(const QString& id, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    const std::optional<NotifyChannel> c = m_repository.channel(id);
    const StoreResult removed = m_repository.removeChannel(id);
    if (!removed || !c) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, removed] {
                if (guard && done)
                    done(removed);
            },
            Qt::QueuedConnection);
        return;
    }
    QList<SecretStep> steps;
    for (const auto& [name, label] : c->secretNames())
        steps.append({ SecretStep::Op::Remove, SecretStore::channelScope(id), name, {} });
    runSecretSteps(m_secrets, this, steps, context, [done](const QList<SecretResult>&) {
        if (done)
            done({});
    });
}

void WorkspaceService::channelSecretState(
    const QString& id, QObject* context, std::function<void(const QHash<QString, bool>& stored)> done)
{
    QList<SecretStep> steps;
    if (const std::optional<NotifyChannel> c = m_repository.channel(id)) {
        for (const auto& [name, label] : c->secretNames())
            steps.append({ SecretStep::Op::Read, SecretStore::channelScope(id), name, {} });
    }
    runSecretSteps(m_secrets, this, steps, context, [steps, done](const QList<SecretResult>& results) {
        if (!done)
            return;
        QHash<QString, bool> stored;
        for (qsizetype k = 0; k < results.size(); ++k)
            stored.insert(steps.at(k).name, results.at(k).ok() && !results.at(k).value.isEmpty());
        done(stored);
    });
}

QList<Connection> WorkspaceService::connections() const
{
    return m_repository.connections();
}

std::optional<Connection> WorkspaceService::connection(const QString& id) const
{
    return m_repository.connection(id);
}

QList<Integration> WorkspaceService::integrations() const
{
    return m_repository.integrations();
}

std::optional<Integration> WorkspaceService::integration(const QString& id) const
{
    return m_repository.integration(id);
}

QStringList WorkspaceService::dependentIntegrations(const QString& connectionId) const
{
    return m_repository.dependentIntegrations(connectionId);
}

QString WorkspaceService::subjectName(const QString& subject) const
{
    const QString id = AlertSubject::parse(subject).id;
    if (const auto i = m_repository.integration(id))
        return i->name;
    if (const auto c = m_repository.connection(id))
        return c->name;
    return id;
}

StoreResult WorkspaceService::saveIntegration(const Integration& integration)
{
    return m_repository.saveIntegration(integration);
}

StoreResult WorkspaceService::removeIntegration(const QString& id)
{
    return m_repository.removeIntegration(id);
}

ConnectionTableModel* WorkspaceService::createConnectionModel(QObject* parent) const
{
    return new ConnectionTableModel(m_repository, parent);
}

IntegrationTableModel* WorkspaceService::createIntegrationModel(QObject* parent) const
{
    return new IntegrationTableModel(m_repository, parent);
}

ChangeLogTableModel* WorkspaceService::createChangeLogModel(QObject* parent) const
{
    return new ChangeLogTableModel(m_repository, parent);
}

QString WorkspaceService::secretNameFor(const Connection& connection)
{
    return AuthMethod::primarySecretName(connection, VendorCatalog::profile(connection.vendor).secretName);
}

QStringList WorkspaceService::secretNamesOf(const Connection& connection)
{
    QStringList names { VendorCatalog::profile(connection.vendor).secretName,
        QString::fromLatin1(AuthMethod::kClientSecret), QString::fromLatin1(AuthMethod::kRefreshToken) };
    names.removeDuplicates();
    return names;
}

namespace {

Connection withoutAuthUrls(Connection c)
{
    c.auth.remove(u"token_url");
    c.auth.remove(u"authorize_url");
    return c;
}

} // namespace

QString WorkspaceService::vendorTokenUrl(const Connection& connection)
{
    return OAuthEndpoints::of(withoutAuthUrls(connection)).tokenUrl.toString();
}

QString WorkspaceService::vendorAuthorizeUrl(const Connection& connection)
{
    return OAuthEndpoints::of(withoutAuthUrls(connection)).authorizeUrl.toString();
}

void WorkspaceService::recordSecretOutcome(const QString& connectionId, const SecretResult& result, bool written)
{
    if (result.ok()) {
        m_repository.setSecretState(connectionId, SecretState::Stored, written);
        if (written) {
            m_repository.logChange({ 0, {}, {}, u"secret_set"_s, u"connection"_s, connectionId,
                tr("API key for \"%1\" stored in %2").arg(connectionId, m_secrets.displayName()), {} });
        }
    } else if (result.error == SecretError::NotFound) {
        m_repository.setSecretState(connectionId, SecretState::Missing, false);
    } else {
        m_repository.setSecretState(connectionId, SecretState::Unavailable, false);
    }
}

void WorkspaceService::saveConnection(
    const Connection& connection, const std::optional<QString>& newSecret, QObject* context, Done done)
{
    if (const StoreResult r = m_repository.saveConnection(connection); !r) {
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    if (!newSecret) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    setSecret(connection.id, *newSecret, context, std::move(done));
}

void WorkspaceService::setSecret(
    const QString& connectionId, const QString& secret, QObject* context, Done done, const QString& name)
{
    const std::optional<Connection> c = m_repository.connection(connectionId);
    if (!c) {
        const StoreResult r = StoreResult::failure(tr("There is no connection \"%1\".").arg(connectionId));
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    // A CR/LF in a key would become a header injection when the key is sent (ARCHITECTURE.md, "Vendors").
    if (const QString problem = SecretShapes::controlCharacterProblem(secret); !problem.isEmpty()) {
        const StoreResult r = StoreResult::failure(problem);
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    const QString entry = name.isEmpty() ? secretNameFor(*c) : name;
    const bool primary = entry == secretNameFor(*c);
    m_secrets.write(
        connectionId, entry, secret, context, [this, connectionId, primary, done](const SecretResult& result) {
            if (primary)
                recordSecretOutcome(connectionId, result, true);
            if (result.ok())
                Q_EMIT secretChanged(connectionId);
            done(result.ok() ? StoreResult {} : StoreResult::failure(result.message));
        });
}

void WorkspaceService::removeConnection(const QString& connectionId, bool withDependents, QObject* context, Done done)
{
    const std::optional<Connection> c = m_repository.connection(connectionId);
    if (const StoreResult r = m_repository.removeConnection(connectionId, withDependents); !r || !c) {
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    // The OAuth entries go too; their absence is not an error (most connections never had them).
    for (const QString& name : secretNamesOf(*c)) {
        if (name != secretNameFor(*c))
            m_secrets.remove(connectionId, name, this, [](const SecretResult&) {});
    }
    m_secrets.remove(connectionId, secretNameFor(*c), context, [this, connectionId, done](const SecretResult& result) {
        if (result.ok()) {
            m_repository.logChange({ 0, {}, {}, u"secret_delete"_s, u"connection"_s, connectionId,
                tr("API key for \"%1\" removed from %2").arg(connectionId, m_secrets.displayName()), {} });
            done({});
        } else {
            done(StoreResult::failure(
                tr("The connection was deleted, but its API key could not be removed from the keychain: %1")
                    .arg(result.message)));
        }
    });
}

void WorkspaceService::refreshSecretState(const QString& connectionId, QObject* context, Done done)
{
    const std::optional<Connection> c = m_repository.connection(connectionId);
    if (!c) {
        const StoreResult r = StoreResult::failure(tr("There is no connection \"%1\".").arg(connectionId));
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    m_secrets.read(connectionId, secretNameFor(*c), context, [this, connectionId, done](const SecretResult& result) {
        recordSecretOutcome(connectionId, result, false);
        done(result.ok() || result.error == SecretError::NotFound ? StoreResult {}
                                                                  : StoreResult::failure(result.message));
    });
}

void WorkspaceService::revealSecret(const QString& connectionId, QObject* context, SecretStore::Done done)
{
    const std::optional<Connection> c = m_repository.connection(connectionId);
    if (!c) {
        SecretStore::Done d = std::move(done);
        QTimer::singleShot(0, context, [d] {
            d({ SecretError::NotFound, {}, SecretStore::messageFor(SecretError::NotFound) });
        });
        return;
    }
    m_secrets.read(connectionId, secretNameFor(*c), context, std::move(done));
}

QStringList WorkspaceService::ImportOutcome::messages() const
{
    QStringList out;
    for (const WorkspaceProblem& p : problems)
        out << p.toString();
    if (!error.isEmpty())
        out << error;
    return out;
}

WorkspaceService::ImportOutcome WorkspaceService::importBytes(
    const QByteArray& bytes, const QString& sourceName, qint64 fullSize)
{
    ImportOutcome outcome;
    QSet<QString> known;
    QSet<QString> knownChannels;
    const quint64 mark = m_repository.database().readFaults();
    for (const Connection& c : m_repository.connections())
        known.insert(c.id);
    for (const NotifyChannel& c : m_repository.channels())
        knownChannels.insert(c.id);
    if (const StoreResult read = m_repository.database().readResultSince(mark); !read) {
        outcome.error = read.error;
        return outcome;
    }
    const WorkspaceParseResult parsed
        = WorkspaceJson::parse(bytes, known, WorkspaceJson::kDefaultSizeLimit, fullSize, knownChannels);
    if (!parsed.workspace) {
        outcome.problems = parsed.problems;
        return outcome;
    }
    if (const StoreResult r = m_repository.importWorkspace(*parsed.workspace, sourceName); !r) {
        outcome.error = r.error;
        return outcome;
    }
    outcome.connections = int(parsed.workspace->connections.size());
    outcome.integrations = int(parsed.workspace->integrations.size());
    return outcome;
}

WorkspaceService::ImportOutcome WorkspaceService::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportOutcome outcome;
        outcome.error = tr("Could not read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    // Read one byte past the limit so an oversized file is reported as such without reading all of it.
    const QByteArray bytes = file.read(WorkspaceJson::kDefaultSizeLimit + 1);
    return importBytes(bytes, QFileInfo(path).fileName(), file.size());
}

StoreResult WorkspaceService::exportFile(const QString& path) const
{
    // Read first: a damaged store fails the export instead of writing a shorter "backup" (and leaves PATH as it was).
    Workspace workspace;
    if (const StoreResult read = m_repository.readWorkspace(workspace); !read)
        return StoreResult::failure(tr("Nothing was exported: %1").arg(read.error));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StoreResult::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    file.write(WorkspaceJson::serialize(workspace));
    if (!file.commit())
        return StoreResult::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace plumbline
