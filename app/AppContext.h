#pragma once

#include "DemoHistory.h"
#include "settings/AppSettings.h"

#include <Clock.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace plumbline {

class AlertEngine;
class AppSettings;
class ChannelDelivery;
class NotificationCenter;
class NotifyRepository;
class ConnectionTester;
class CredentialKeepers;
class Database;
class EnvSecretStore;
class HistoryService;
class Monitor;
class MonitorRepository;
class Poller;
class SandboxServer;
class SchemaFetcher;
class SecretStore;
class SignIn;
class Transport;
struct TransportPolicy;
class WorkspaceRepository;
class WorkspaceService;
class ValueChecker;
class ValueRepository;

// The composition root (ARCHITECTURE.md, "Layers"): the one place that opens the store and builds every service on
// it — repositories, network access manager and transport, secret store, connection tester, schema fetcher, poller,
// alert engine, monitor, workspace and history services, notifications — wired to one clock. The window
// (ui/GuiMain), every command of the command line and the GUI and end-to-end test harnesses get their services
// here, so tests run the wiring production runs.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    enum class Secrets
    {
        Keychain, // the OS keychain (the window, import, export, secret set)
        EnvironmentThenKeychain, // PLUMBLINE_SECRET_<ID> where set, else the keychain (check, run)
        Memory, // in memory only (the demo, tests)
    };

    struct Options
    {
        QString databaseFile; // the SQLite file (AppPaths::databaseFile)
        Secrets secrets = Secrets::Keychain;
        std::function<void(TransportPolicy&)> tuneTransport; // tests: shorter timeouts and retries
        QString osUser; // who acknowledges and edits; empty: AppPaths::osUser()
        QString leaseKind = QStringLiteral("window"); // how this process shows up as the workspace's poller
        Clock clock; // empty: the system clock
    };

    struct Opened
    {
        bool ok = false;
        QString message; // translated, for the user, when !ok
        explicit operator bool() const { return ok; }
    };

    explicit AppContext(Options options, QObject* parent = nullptr);
    ~AppContext() override;

    // Opens (creating when needed) the store and builds the services on it. Until it succeeds, only secrets(),
    // network(), transport() and clock() may be used.
    Opened open();
    bool isOpen() const { return m_database != nullptr && m_workspace != nullptr; }

    // Settings that reach the monitor: rule defaults, retention. The window applies them on start and whenever
    // Settings are saved; the commands apply the settings file's values.
    void applySettings(const AppSettings::Values& values);
    AppSettings::Values settings() const { return m_settings; }

    const Clock& clock() const { return m_clock; }
    const QString& osUser() const { return m_osUser; }

    SecretStore& secrets() { return *m_secrets; }
    QNetworkAccessManager& network() { return *m_network; }
    Transport& transport() { return *m_transport; }
    CredentialKeepers& credentials() { return *m_keepers; }
    Database& database() { return *m_database; }
    WorkspaceRepository& workspace() { return *m_workspace; }
    MonitorRepository& history() { return *m_history; }
    WorkspaceService& service() { return *m_service; }
    HistoryService& historyService() { return *m_historyService; }
    ConnectionTester& tester() { return *m_tester; }
    SchemaFetcher& schemaFetcher() { return *m_schemaFetcher; }
    Poller& poller() { return *m_poller; }
    AlertEngine& alerts() { return *m_alerts; }
    Monitor& monitor() { return *m_monitor; }
    // Value checks (ARCHITECTURE.md §12): their history and the job that runs them.
    ValueRepository& values() { return *m_values; }
    ValueChecker& valueChecker() { return *m_valueChecker; }
    // Notifications (ARCHITECTURE.md §14): channels' deliveries, the outbox and delivery log.
    NotificationCenter& notifications() { return *m_notifications; }
    NotifyRepository& outbox() { return *m_outbox; }
    ChannelDelivery& delivery() { return *m_delivery; }
    // Moves the settings file's old `webhook_url` into a default Slack-compatible channel "webhook" with its URL in
    // the secret store, then removes it from the file; the file keeps it when the keychain cannot. `done` gets ""
    // (nothing to do, or done) or a translated reason it stayed.
    void migrateLegacyWebhook(const AppSettings& settings, QObject* context, std::function<void(const QString&)> done);
    // A person's browser sign-in of an oauth_authorization_code connection (on the secret store and the transport;
    // usable before open()).
    SignIn& signIn() { return *m_signIn; }

    // The fake vendor stack on a free loopback port (the demo): started on request, with its scenarios.
    bool startSandbox(quint16 port = 0);
    SandboxServer* sandbox() { return m_sandbox.get(); }
    QStringList sandboxScenarios() const;
    bool setSandboxScenario(const QString& name);
    // Imports the running sandbox's workspace (keys into the secret store); with `withHistory`, then writes a month
    // of history leading up to what the sandbox reports now (DemoHistory). `done` gets "" or a translated error.
    void loadDemo(bool withHistory, QObject* context, std::function<void(const QString& error)> done);
    const DemoHistory::Outcome& demoHistory() const { return m_demoHistory; } // what the last backfill wrote

Q_SIGNALS:
    // A notification could not be delivered (the window shows it; `run` prints it); `final`: given up.
    void notificationFailed(const QString& channel, const QString& error, bool final);

private:
    Options m_options;
    Clock m_clock;
    QString m_osUser;
    AppSettings::Values m_settings;
    DemoHistory::Outcome m_demoHistory;

    std::unique_ptr<SecretStore> m_keychain; // behind the environment store (EnvironmentThenKeychain)
    std::unique_ptr<EnvSecretStore> m_environment;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CredentialKeepers> m_keepers;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WorkspaceRepository> m_workspace;
    std::unique_ptr<MonitorRepository> m_history;
    std::unique_ptr<WorkspaceService> m_service;
    std::unique_ptr<HistoryService> m_historyService;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<SchemaFetcher> m_schemaFetcher;
    std::unique_ptr<Poller> m_poller;
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<ValueRepository> m_values;
    std::unique_ptr<ValueChecker> m_valueChecker;
    std::unique_ptr<NotifyRepository> m_outbox;
    std::unique_ptr<ChannelDelivery> m_delivery;
    std::unique_ptr<NotificationCenter> m_notifications;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SignIn> m_signIn; // declared last, so it goes before the secret store and transport it uses
};

} // namespace plumbline
