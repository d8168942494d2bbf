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
#include "monitor/WebhookRelay.h"
#include "schema/SchemaFetcher.h"
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
#include <sandbox/SandboxServer.h>
#include <store/ValueRepository.h>

#include <QNetworkAccessManager>
#include <QPointer>

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
    // Users of a service go before it: the webhook and monitor before the store, the store last.
    m_webhook.reset();
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
    return { true, {} };
}

void AppContext::applySettings(const AppSettings::Values& values)
{
    m_settings = values;
    if (!isOpen())
        return;
    m_monitor->setDefaults(AppSettings::ruleDefaults(values));
    m_monitor->setRetention(values.retention);
    const QUrl url(values.webhookUrl, QUrl::StrictMode);
    if (m_webhook && url == m_webhookUrl)
        return;
    m_webhookUrl = url;
    m_webhook.reset();
    if (url.isValid() && !url.isEmpty()) {
        m_webhook = std::make_unique<WebhookRelay>(*m_monitor, *m_transport, *m_workspace, url);
        connect(m_webhook.get(), &WebhookRelay::deliveryFailed, this, &AppContext::webhookFailed);
    }
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
