#pragma once

#include <Finding.h>
#include <Integration.h>

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QStackedWidget;

namespace plumbline {

class AlertsPage;
class AppContext;
class ApiVersionsPage;
class ChangeLogPage;
class ConnectionsPage;
class NotificationsPage;
class FirstRunPage;
class HeartbeatIndicator;
class HistoryService;
class Monitor;
struct CycleReport;
class ConnectionTableModel;
class IntegrationTableModel;
class MessageBanner;
class OverviewPage;
class Prompter;
class StatusIconProxy;
class WorkspaceService;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool demo = false;
        QString dataDir;
        QStringList sandboxScenarios; // demo only: offered in the Sandbox menu
    };

    enum class Page
    {
        FirstRun,
        Integrations,
        Connections,
        ChangeLog,
        Alerts,
        ApiVersions,
        Notifications,
    };

    // The window on the application's services, all taken from the composition root (app/AppContext): the
    // workspace and history services, the monitor, the connection tester, the schema fetcher, settings and clock.
    MainWindow(AppContext& context, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Test seam: who answers confirmations and file choices (not owned; nullptr restores the default).
    void setPrompter(Prompter* prompter);
    // Test seam: a second monitor over the same store (not owned) takes the context's place; statuses, findings
    // and the heartbeat come from it.
    void setMonitor(Monitor* monitor);

    Page currentPage() const;
    void showPage(Page page);
    // Opens the overview on one integration, as clicking it in the list does (plumbline://integration/<id>); an
    // unknown id is said in the error banner.
    void openIntegration(const QString& id);
    // Shows a message the user can act on, inline at the top of the window.
    void showError(const QString& message);
    // Sign in… / Sign in again… for a connection that signs in as a person (the Connections page, an auth finding's
    // card): asks for the sign-in with signInRequested.
    void requestSignIn(const QString& connectionId);

Q_SIGNALS:
    void demoRequested();
    // File › Settings… (Ctrl+,): the composition root opens the settings dialog.
    void settingsRequested();
    // Demo only: the user picked a sandbox scenario to see how Plumbline reacts.
    void sandboxScenarioRequested(const QString& scenario);
    // The user asked to sign in (again) to the connection `connectionId` (oauth_authorization_code): whoever runs the
    // browser sign-in connects here (ARCHITECTURE.md §11).
    void signInRequested(const QString& connectionId);

private:
    void createActions();
    void createMenus();
    void createPages();
    void createFirstRunPage();
    void createOverviewPage();
    void createConnectionsPage();
    void createNotificationsPage();
    QWidget* createAlertsPage();
    QWidget* createPageList(QWidget* parent);
    void updatePageList();
    void updateStaleThreshold();
    void refreshOpenAlerts();
    void integrationModelChanged();
    void updateEmptyState();
    void updateActions();
    void updateIntegrationDetail();
    void showSelectedIntegration(); // only when the selection names another integration
    void refreshCounts();
    void showReport(const CycleReport& report);
    void updateHeartbeat();
    void updateOverviewSummary();

    std::optional<QString> selectedConnectionId() const;
    std::optional<QString> selectedIntegrationId() const;
    void selectIntegration(const QString& id);

    void addConnection();
    void editConnection(const QString& id, bool focusSecret = false);
    void deleteConnection(const QString& id);
    void addIntegration();
    void addIntegrationGuided();
    void editIntegration(const QString& id);
    void deleteIntegration(const QString& id);
    void editSelected();
    void deleteSelected();
    void importWorkspace();
    void exportWorkspace();
    void about();

    Prompter& prompter();

    AppContext& m_context;
    WorkspaceService& m_service;
    HistoryService& m_history;
    Options m_options;
    std::unique_ptr<Prompter> m_defaultPrompter;
    Prompter* m_prompter = nullptr;

    ConnectionTableModel* m_connectionModel = nullptr; // the connections page's
    IntegrationTableModel* m_integrationModel = nullptr;
    StatusIconProxy* m_statusProxy = nullptr;

    MessageBanner* m_demoBanner = nullptr;
    MessageBanner* m_errorBanner = nullptr;
    QListView* m_sidebar = nullptr;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_stack = nullptr;
    FirstRunPage* m_firstRunPage = nullptr;
    OverviewPage* m_overviewPage = nullptr;
    ConnectionsPage* m_connectionsPage = nullptr;
    ChangeLogPage* m_changeLogPage = nullptr;
    AlertsPage* m_alertsPage = nullptr;
    ApiVersionsPage* m_apiVersionsPage = nullptr;
    NotificationsPage* m_notificationsPage = nullptr;
    QLabel* m_pollingLabel = nullptr; // the heartbeat's text
    HeartbeatIndicator* m_heartbeat = nullptr;
    Monitor* m_monitor = nullptr;
    bool m_selectingIntegration = false; // selectIntegration moves the list's current row itself
    QDateTime m_lastCycle;
    QHash<QString, QList<Finding>> m_findings; // integration id -> findings of the last evaluated poll

    QAction* m_actionShowIntegrations = nullptr;
    QAction* m_actionShowConnections = nullptr;
    QAction* m_actionShowChangeLog = nullptr;
    QAction* m_actionShowAlerts = nullptr;
    QAction* m_actionShowApiVersions = nullptr;
    QAction* m_actionShowNotifications = nullptr;
    QAction* m_actionFind = nullptr;
    QAction* m_actionAddConnection = nullptr;
    QAction* m_actionAddIntegration = nullptr;
    QAction* m_actionAddIntegrationGuided = nullptr;
    QAction* m_actionEditSelected = nullptr;
    QAction* m_actionDeleteSelected = nullptr;
    QAction* m_actionEditConnection = nullptr;
    QAction* m_actionDeleteConnection = nullptr;
    QAction* m_actionSetApiKey = nullptr;
    QAction* m_actionEditIntegration = nullptr;
    QAction* m_actionDeleteIntegration = nullptr;
    QAction* m_actionImport = nullptr;
    QAction* m_actionExport = nullptr;
    QAction* m_actionQuit = nullptr;
    QAction* m_actionAbout = nullptr;
    QAction* m_actionExportReport = nullptr;
    QAction* m_actionRefreshCounts = nullptr;
    QAction* m_actionPausePolling = nullptr;
};

} // namespace plumbline
