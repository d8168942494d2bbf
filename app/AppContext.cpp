#include "AppContext.h"

#include "AppPaths.h"
#include "ConnectionTester.h"
#include "CredentialKeepers.h"
#include "DemoHistory.h"
#include "DemoWorkspace.h"
#include "HistoryService.h"
#include "SignIn.h"
#include "WorkspaceService.h"
#include "monitor/Monitor.h"
#include "monitor/Poller.h"
#include "notify/NotificationCenter.h"
#include "schema/SchemaFetcher.h"
#include "settings/AppSettings.h"
#include "values/ValueChecker.h"

#include <AlertEngine.h>
#include <Database.h>
#include <EnvSecretStore.h>
#include <HeadlessSecretStore.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>
#include <MonitorRepository.h>
#include <Transport.h>
#include <WorkspaceRepository.h>
#include <notify/ChannelDelivery.h>
#include <notify/NotifyChannel.h>
#include <sandbox/SandboxServer.h>
#include <store/NotifyRepository.h>
#include <store/ValueRepository.h>

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace plumbline {

AppContext::AppContext(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : systemClock())
    , m_osUser(m_options.osUser.isEmpty() ? AppPaths::osUser() : m_options.osUser)
{
    switch (m_options.secrets) {
    case Secrets::Keychain:
        m_secrets = std::make_unique<KeychainSecretStore>();
        break;
    case Secrets::EnvironmentThenKeychain: {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_environment = std::make_unique<EnvSecretStore>();
        m_secrets = std::make_unique<HeadlessSecretStore>(*m_environment, *m_keychain);
        break;
    }
    case Secrets::Memory:
        m_secrets = std::make_unique<MemorySecretStore>();
        break;
    }
    // One network access manager for the whole process, shared through the transport.
    m_network = std::make_unique<QNetworkAccessManager>();
    TransportPolicy policy;
    if (m_options.tuneTransport)
        m_options.tuneTransport(policy);
    m_transport = std::make_unique<Transport>(*m_network, policy);
    m_transport->setClock(m_clock);
    m_keepers = std::make_unique<CredentialKeepers>(*m_secrets, *m_transport, m_clock);
    m_signIn = std::make_unique<SignIn>(*m_secrets, *m_transport, m_clock);
}

AppContext::~AppContext()
{
    // Users of a service go before it: notifications and the monitor before the store, the store last.
    m_notifications.reset();
    m_valueChecker.reset();
    m_monitor.reset();
}

AppContext::Opened AppContext::open()
{
    auto database = std::make_unique<Database>();
    if (const Database::OpenResult opened = database->open(m_options.databaseFile); !opened)
        return { false, opened.message };
    m_database = std::move(database);
    m_workspace = std::make_unique<WorkspaceRepository>(*m_database, m_osUser);
    m_workspace->setClock(m_clock);
    m_history = std::make_unique<MonitorRepository>(*m_database);
    m_service = std::make_unique<WorkspaceService>(*m_workspace, *m_secrets);
    connect(m_service.get(), &WorkspaceService::secretChanged, m_keepers.get(), &CredentialKeepers::forget);
    m_values = std::make_unique<ValueRepository>(*m_database);
    m_historyService = std::make_unique<HistoryService>(*m_history, m_values.get());
    m_tester = std::make_unique<ConnectionTester>(*m_secrets, *m_transport, *m_keepers);
    m_schemaFetcher = std::make_unique<SchemaFetcher>(*m_secrets, *m_transport, *m_keepers);
    m_poller = std::make_unique<Poller>(*m_secrets, *m_transport, *m_keepers);
    m_poller->setClock(m_clock);
    m_alerts = std::make_unique<AlertEngine>();
    m_monitor = std::make_unique<Monitor>(*m_workspace, *m_history, *m_poller, *m_alerts);
    m_monitor->setClock(m_clock);
    m_monitor->setOsUser(m_osUser);
    m_monitor->setLeaseKind(m_options.leaseKind);
    m_monitor->setValueHistory(m_values.get());
    m_valueChecker = std::make_unique<ValueChecker>(
        *m_secrets, *m_transport, *m_keepers, *m_workspace, *m_history, *m_values, m_clock);
    // Scheduled value checks ride on the poller: after a cycle of the process that polls, those that are due, at
    // most every 15 minutes each (a sandbox workspace asks for every check; `check` honours that, a window polling
    // all day would spend the connections' request budget on it).
    connect(m_monitor.get(), &Monitor::cycleFinished, m_valueChecker.get(), [this] {
        if (m_monitor->isLeading() && !m_valueChecker->isRunning())
            m_valueChecker->run({}, false, {}, ValueChecker::kScheduledSpacingS);
    });
    m_outbox = std::make_unique<NotifyRepository>(*m_database);
    m_delivery = std::make_unique<ChannelDelivery>(*m_transport);
    m_notifications = std::make_unique<NotificationCenter>(
        *m_workspace, *m_history, *m_outbox, *m_secrets, *m_delivery, m_clock, QSysInfo::machineHostName());
    m_monitor->setOutboxPlanner([this](const QList<AlertTransition>& transitions, const QDateTime& now) {
        return m_notifications->plan(transitions, now);
    });
    m_monitor->setMonitorFindings([this](const QDateTime& now) { return m_notifications->findings(now); });
    // The process that polls delivers; a window that follows another poller leaves the outbox to it.
    connect(m_monitor.get(), &Monitor::leadershipChanged, m_notifications.get(), &NotificationCenter::setDispatching);
    connect(m_notifications.get(), &NotificationCenter::deliveryFailed, this, &AppContext::notificationFailed);
    return { true, {} };
}

void AppContext::migrateLegacyWebhook(
    const AppSettings& settings, QObject* context, std::function<void(const QString&)> done)
{
    const QString url = settings.legacyWebhookUrl();
    QPointer<QObject> guard(context);
    if (url.isEmpty() || !isOpen()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard && done)
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString id = u"webhook"_s;
    const QString fileName = settings.fileName();
    m_secrets->write(SecretStore::channelScope(id), NotifyChannel::kUrl, url, this,
        [this, id, fileName, guard, done](const SecretResult& r) {
            QString error;
            if (!r.ok()) {
                error = tr("The webhook URL stays in the settings file for now: %1").arg(r.message);
            } else {
                NotifyChannel c;
                c.id = id;
                c.kind = ChannelKind::Slack;
                c.name = tr("Webhook (from the settings)");
                c.isDefault = true;
                if (const std::optional<NotifyChannel> existing = m_workspace->channel(id))
                    c = *existing; // moved before: only the file still had it
                if (const StoreResult saved = m_workspace->saveChannel(c); !saved)
                    error = tr("The webhook URL stays in the settings file for now: %1").arg(saved.error);
                else
                    AppSettings(fileName).forgetLegacyWebhookUrl();
            }
            if (guard && done)
                done(error);
        });
}

void AppContext::applySettings(const AppSettings::Values& values)
{
    m_settings = values;
    if (!isOpen())
        return;
    m_monitor->setDefaults(AppSettings::ruleDefaults(values));
    m_monitor->setRetention(values.retention);
}

bool AppContext::startSandbox(quint16 port)
{
    if (!m_sandbox)
        m_sandbox = std::make_unique<SandboxServer>();
    return m_sandbox->listen(port);
}

QStringList AppContext::sandboxScenarios() const
{
    return m_sandbox ? SandboxServer::scenarioNames() : QStringList();
}

bool AppContext::setSandboxScenario(const QString& name)
{
    return m_sandbox && m_sandbox->setScenario(name);
}

void AppContext::loadDemo(bool withHistory, QObject* context, std::function<void(const QString&)> done)
{
    if (!m_sandbox || !isOpen()) {
        done(DemoWorkspace::tr("The demo sandbox is not running."));
        return;
    }
    // Definitions first, then (when asked) a month of history leading up to what the sandbox reports now.
    DemoWorkspace::populateFromSandbox(*m_service, *m_sandbox, context,
        [this, withHistory, context = QPointer<QObject>(context), done = std::move(done)](const QString& error) {
            if (!error.isEmpty() || !withHistory || !context) {
                done(error);
                return;
            }
            DemoHistory::Options options;
            options.defaults = AppSettings::ruleDefaults(m_settings);
            DemoHistory::backfill(*m_workspace, *m_history, *m_poller, options, context,
                [this, options, done](const DemoHistory::Outcome& o) {
                    m_demoHistory = o;
                    // The Values tab's month, then one real check of today, in the background.
                    if (o.ok() && DemoHistory::writeValueChecks(*m_workspace, *m_values, options) >= 0)
                        m_valueChecker->run({}, true, {});
                    done(o.error);
                });
        });
}

} // namespace plumbline
