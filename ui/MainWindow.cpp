#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "IntegrationDialog.h"
#include "MessageBanner.h"
#include "Prompter.h"
#include "StatusIcons.h"
#include "dashboard/IntegrationDashboard.h"
#include "export/ReportDialog.h"
#include "pages/AlertsPage.h"
#include "pages/ApiVersionsPage.h"
#include "pages/ChangeLogPage.h"
#include "pages/ConnectionsPage.h"
#include "pages/FirstRunPage.h"
#include "pages/HeartbeatIndicator.h"
#include "pages/NotificationsPage.h"
#include "pages/OverviewPage.h"
#include "wizard/MappingWizard.h"

#include <AppContext.h>
#include <ConnectionTableModel.h>
#include <CredentialKeepers.h>
#include <HistoryService.h>
#include <IntegrationTableModel.h>
#include <SignIn.h>
#include <VendorProfile.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <settings/AppSettings.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

MainWindow::MainWindow(AppContext& context, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_service(context.service())
    , m_history(context.historyService())
    , m_options(std::move(options))
    , m_defaultPrompter(std::make_unique<Prompter>(this))
{
    if (m_options.sandboxScenarios.isEmpty())
        m_options.sandboxScenarios = context.sandboxScenarios();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(m_options.demo ? tr("Plumbline — demo workspace") : tr("Plumbline"));

    m_integrationModel = m_service.createIntegrationModel(this);
    m_statusProxy = new StatusIconProxy(IntegrationTableModel::StatusRole, IntegrationTableModel::NameColumn, this);
    m_statusProxy->setSourceModel(m_integrationModel);

    createActions();
    createPages();
    createMenus();

    m_heartbeat = new HeartbeatIndicator(this);
    m_pollingLabel = m_heartbeat->textLabel();
    if (m_options.demo) {
        m_heartbeat->setOffText(tr("Demo workspace · keys in memory only · scheduled polling is off"));
        m_heartbeat->setSuffix(tr("demo workspace, keys in memory only"));
        m_demoBanner->showMessage(tr("This is a demo workspace wired to a built-in sandbox that imitates HubSpot, "
                                     "Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. "
                                     "It is discarded when you quit; its keys are kept in memory only. Use Sandbox › "
                                     "Scenario to break something, then Check counts now (F5)."));
    } else {
        m_heartbeat->setOffText(tr("Scheduled polling is off · F5 checks counts now"));
    }
    statusBar()->addPermanentWidget(m_heartbeat);

    // The models update in place (rows inserted, removed, changed) rather than resetting.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_connectionModel, signal, this, &MainWindow::updateEmptyState);
        connect(m_integrationModel, signal, this, &MainWindow::integrationModelChanged);
    }
    connect(m_connectionModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_integrationModel, &QAbstractItemModel::modelReset, this, &MainWindow::integrationModelChanged);
    connect(&m_service, &WorkspaceService::integrationsChanged, this, [this] {
        updateStaleThreshold();
        updateIntegrationDetail(); // the definition shown may have been edited
    });
    updateStaleThreshold();

    showPage(m_service.connections().isEmpty() ? Page::FirstRun : Page::Integrations);
    if (m_integrationModel->rowCount() > 0)
        selectIntegration(m_integrationModel->integrationAt(0).id);
    updateActions();
    // Most of the screen on a laptop, without growing absurdly on a large monitor.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    } else {
        resize(1100, 720);
    }

    // One clock for everything the window shows "ago" or "left" (the context's; tests may fix it).
    m_overviewPage->setClock(context.clock());
    m_heartbeat->setClock(context.clock());
    m_alertsPage->setClock(context.clock());
    m_apiVersionsPage->setClock(context.clock());
    m_notificationsPage->setClock(context.clock());
    m_heartbeat->setHistory(&m_history);
    m_alertsPage->setHistory(&m_history);
    m_apiVersionsPage->setHistory(&m_history);
    m_overviewPage->setHistory(&m_history);
    m_overviewPage->setValueChecker(&context.valueChecker());
    // The overview's Values column: the latest check of each integration, again whenever one is stored.
    m_integrationModel->setValueChecks(m_history.latestValueChecks());
    connect(&m_history, &HistoryService::valueCheckWritten, this,
        [this] { m_integrationModel->setValueChecks(m_history.latestValueChecks()); });
    connect(&m_history, &HistoryService::alertsChanged, this, &MainWindow::refreshOpenAlerts);
    // History written outside a poll cycle (the demo's month of history): show it now. A cycle's own writes are
    // shown once it has finished (showReport).
    connect(&m_history, &HistoryService::samplesWritten, this, [this] {
        if (!m_monitor || !m_monitor->isPolling())
            updateIntegrationDetail();
    });
    refreshOpenAlerts();
    updateOverviewSummary();
    setMonitor(&context.monitor());
    connect(this, &MainWindow::sandboxScenarioRequested, &context,
        [&context](const QString& scenario) { context.setSandboxScenario(scenario); });
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompter(Prompter* prompter)
{
    m_prompter = prompter;
}

Prompter& MainWindow::prompter()
{
    return m_prompter ? *m_prompter : *m_defaultPrompter;
}

void MainWindow::refreshCounts()
{
    if (m_monitor)
        m_monitor->runCycle({}, nullptr);
}

void MainWindow::setMonitor(Monitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_actionRefreshCounts->setEnabled(m_monitor != nullptr);
    m_actionPausePolling->setEnabled(m_monitor != nullptr);
    m_overviewPage->setMonitor(m_monitor);
    if (!m_monitor)
        return;
    connect(m_monitor, &Monitor::cycleFinished, this, &MainWindow::showReport);
    connect(m_monitor, &Monitor::pollingChanged, this, [this](bool polling) {
        if (polling)
            statusBar()->showMessage(tr("Checking integrations…"));
        else
            statusBar()->clearMessage();
    });
    connect(m_monitor, &Monitor::storeError, this, &MainWindow::showError);
    m_heartbeat->setMonitor(m_monitor);
    m_alertsPage->setMonitor(m_monitor);
    m_apiVersionsPage->setMonitor(m_monitor);
    showReport(m_monitor->report());
}

void MainWindow::refreshOpenAlerts()
{
    m_integrationModel->setOpenAlerts(m_history.openAlerts());
}

void MainWindow::integrationModelChanged()
{
    // A filter that hid the selected integration and shows it again: select it again, as the sidebar still does.
    if (!selectedIntegrationId() && m_sidebar && m_sidebar->currentIndex().isValid())
        selectIntegration(m_sidebar->currentIndex().data(IntegrationTableModel::IdRole).toString());
    updateIntegrationDetail();
    updateActions();
    m_overviewPage->updateEmptyState();
    updateOverviewSummary();
}

void MainWindow::updateOverviewSummary()
{
    m_overviewPage->updateSummary();
}

void MainWindow::updateStaleThreshold()
{
    // As the `stale` rule: 2 × the shortest interval + grace.
    int shortest = 0;
    for (int row = 0; row < m_integrationModel->rowCount(); ++row) {
        const int interval = m_integrationModel->integrationAt(row).checks.intervalS;
        if (interval > 0 && (shortest == 0 || interval < shortest))
            shortest = interval;
    }
    m_heartbeat->setStaleAfter(shortest > 0 ? 2 * qint64(shortest) + RuleSettings().staleGraceS : 3600);
}

void MainWindow::showReport(const CycleReport& report)
{
    for (const IntegrationHealth& h : report.integrations) {
        CountSnapshot snapshot;
        snapshot.source = h.source.sample.count;
        snapshot.destination = h.destination.sample.count;
        snapshot.sourceProblem = h.source.sample.errorMessage;
        snapshot.destinationProblem = h.destination.sample.errorMessage;
        // Never polled (nothing stored: no count, no answer, no error on either side) and nothing found: not
        // checked yet, rather than OK on the strength of no history at all.
        const auto unread
            = [](const SideSample& s) { return !s.count && s.httpStatus == 0 && s.errorKind == ErrorKind::None; };
        const bool neverPolled = unread(h.source.sample) && unread(h.destination.sample) && h.findings.isEmpty();
        if (!neverPolled) {
            snapshot.at = report.generatedAt;
            snapshot.status = h.status;
        }
        // The headline is the worst finding's one line.
        const Finding* worst = nullptr;
        for (const Finding& f : h.findings) {
            if (!worst || worse(worst->severity, f.severity) != worst->severity)
                worst = &f;
        }
        if (worst)
            snapshot.headline = worst->message;
        m_integrationModel->setSnapshot(h.id, snapshot);
        m_findings.insert(h.id, h.findings);
    }
    m_lastCycle = report.generatedAt;
    m_connectionsPage->refreshDetails(); // the poll got, renewed or was refused tokens
    updateHeartbeat();
    updateOverviewSummary();
    if (!selectedIntegrationId() && !report.integrations.isEmpty()) {
        // Nothing chosen yet: open the dashboard of the integration that needs attention most.
        const IntegrationHealth* pick = &report.integrations.first();
        for (const IntegrationHealth& h : report.integrations) {
            if (h.status != pick->status && worse(pick->status, h.status) == h.status)
                pick = &h;
        }
        selectIntegration(pick->id);
    }
    updateIntegrationDetail(); // the dashboard re-reads the store and keeps the reader's place
}

void MainWindow::updateHeartbeat()
{
    m_heartbeat->refresh();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(u"%1 (%2)"_s.arg(
                QString(text).remove(u'&').remove(u"…"_s), shortcut.toString(QKeySequence::NativeText)));
        }
        return action;
    };
    m_actionShowIntegrations = make(tr("&Integrations"), u"actionShowIntegrations"_s, QKeySequence(tr("Ctrl+1")));
    m_actionShowConnections = make(tr("&Connections"), u"actionShowConnections"_s, QKeySequence(tr("Ctrl+2")));
    m_actionShowChangeLog = make(tr("Change &log"), u"actionShowChangeLog"_s, QKeySequence(tr("Ctrl+3")));
    m_actionShowAlerts = make(tr("&Alerts"), u"actionShowAlerts"_s, QKeySequence(tr("Ctrl+4")));
    m_actionShowApiVersions = make(tr("API &versions"), u"actionShowApiVersions"_s, QKeySequence(tr("Ctrl+5")));
    m_actionShowNotifications = make(tr("N&otifications"), u"actionShowNotifications"_s, QKeySequence(tr("Ctrl+6")));
    m_actionFind = make(tr("&Find integration…"), u"actionFind"_s, QKeySequence(QKeySequence::Find));
    m_actionRefreshCounts
        = make(tr("Check counts &now"), u"actionRefreshCounts"_s, QKeySequence(QKeySequence::Refresh));
    m_actionRefreshCounts->setEnabled(false);
    connect(m_actionRefreshCounts, &QAction::triggered, this, &MainWindow::refreshCounts);
    m_actionPausePolling = make(tr("&Pause polling"), u"actionPausePolling"_s);
    m_actionPausePolling->setCheckable(true);
    m_actionPausePolling->setEnabled(false);
    connect(m_actionPausePolling, &QAction::toggled, this, [this](bool paused) {
        if (!m_monitor)
            return;
        paused ? m_monitor->pause() : m_monitor->resume();
        updateHeartbeat();
    });
    auto* pages = new QActionGroup(this);
    for (QAction* a : { m_actionShowIntegrations, m_actionShowConnections, m_actionShowChangeLog, m_actionShowAlerts,
             m_actionShowApiVersions, m_actionShowNotifications }) {
        a->setCheckable(true);
        pages->addAction(a);
    }
    connect(m_actionShowIntegrations, &QAction::triggered, this, [this] { showPage(Page::Integrations); });
    connect(m_actionShowConnections, &QAction::triggered, this, [this] { showPage(Page::Connections); });
    connect(m_actionShowChangeLog, &QAction::triggered, this, [this] { showPage(Page::ChangeLog); });
    connect(m_actionShowAlerts, &QAction::triggered, this, [this] { showPage(Page::Alerts); });
    connect(m_actionShowApiVersions, &QAction::triggered, this, [this] { showPage(Page::ApiVersions); });
    connect(m_actionShowNotifications, &QAction::triggered, this, [this] { showPage(Page::Notifications); });
    connect(m_actionFind, &QAction::triggered, this, [this] {
        showPage(Page::Integrations);
        if (currentPage() == Page::Integrations)
            m_overviewPage->focusSearch();
    });

    m_actionAddConnection = make(tr("Add &connection…"), u"actionAddConnection"_s, QKeySequence(tr("Ctrl+N")));
    m_actionAddIntegration = make(tr("Add &integration…"), u"actionAddIntegration"_s, QKeySequence(tr("Ctrl+Shift+N")));
    m_actionAddIntegrationGuided
        = make(tr("New integration (&guided)…"), u"actionAddIntegrationGuided"_s, QKeySequence(tr("Ctrl+Shift+G")));
    m_actionEditSelected = make(tr("&Edit selected…"), u"actionEditSelected"_s, QKeySequence(tr("Ctrl+E")));
    m_actionDeleteSelected = make(tr("&Delete selected…"), u"actionDeleteSelected"_s, QKeySequence::Delete);
    m_actionEditConnection = make(tr("Edit co&nnection…"), u"actionEditConnection"_s);
    m_actionDeleteConnection = make(tr("Delete conn&ection…"), u"actionDeleteConnection"_s);
    m_actionSetApiKey = make(tr("Set API &key…"), u"actionSetApiKey"_s, QKeySequence(tr("Ctrl+K")));
    m_actionEditIntegration = make(tr("Edit in&tegration…"), u"actionEditIntegration"_s);
    m_actionDeleteIntegration = make(tr("Delete inte&gration…"), u"actionDeleteIntegration"_s);
    m_actionImport = make(tr("&Import workspace…"), u"actionImport"_s, QKeySequence::Open);
    m_actionExport = make(tr("&Export workspace…"), u"actionExport"_s, QKeySequence(tr("Ctrl+Shift+S")));
    m_actionExportReport = make(tr("Export audit &report…"), u"actionExportReport"_s, QKeySequence(tr("Ctrl+Shift+R")));
    m_actionExportReport->setStatusTip(
        tr("Inventory, health, incidents and changes over a period, as PDF, CSV or HTML"));
    m_actionQuit = make(tr("&Quit"), u"actionQuit"_s, QKeySequence(tr("Ctrl+Q")));
    m_actionQuit->setMenuRole(QAction::QuitRole);
    m_actionAbout = make(tr("&About Plumbline"), u"actionAbout"_s);
    m_actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_actionAddConnection, &QAction::triggered, this, &MainWindow::addConnection);
    connect(m_actionAddIntegration, &QAction::triggered, this, &MainWindow::addIntegration);
    connect(m_actionAddIntegrationGuided, &QAction::triggered, this, &MainWindow::addIntegrationGuided);
    connect(m_actionEditSelected, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_actionDeleteSelected, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actionEditConnection, &QAction::triggered, this, [this] {
        if (const std::optional<QString> id = selectedConnectionId())
            editConnection(*id);
    });
    connect(m_actionDeleteConnection, &QAction::triggered, this, [this] {
        if (const std::optional<QString> id = selectedConnectionId())
            deleteConnection(*id);
    });
    connect(m_actionSetApiKey, &QAction::triggered, this, [this] {
        if (const std::optional<QString> id = selectedConnectionId())
            editConnection(*id, true);
    });
    connect(m_actionEditIntegration, &QAction::triggered, this, [this] {
        if (const std::optional<QString> id = selectedIntegrationId())
            editIntegration(*id);
    });
    connect(m_actionDeleteIntegration, &QAction::triggered, this, [this] {
        if (const std::optional<QString> id = selectedIntegrationId())
            deleteIntegration(*id);
    });
    connect(m_actionImport, &QAction::triggered, this, &MainWindow::importWorkspace);
    connect(m_actionExport, &QAction::triggered, this, &MainWindow::exportWorkspace);
    connect(m_actionExportReport, &QAction::triggered, this,
        [this] { ReportDialog::exportAuditReport(m_service, m_history, this); });
    connect(m_actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_actionAbout, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actionImport);
    file->addAction(m_actionExport);
    file->addSeparator();
    file->addAction(m_actionExportReport);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(m_actionQuit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actionShowIntegrations);
    view->addAction(m_actionShowConnections);
    view->addAction(m_actionShowChangeLog);
    view->addAction(m_actionShowAlerts);
    view->addAction(m_actionShowApiVersions);
    view->addAction(m_actionShowNotifications);
    view->addSeparator();
    view->addAction(m_actionFind);

    QMenu* workspace = menuBar()->addMenu(tr("&Workspace"));
    workspace->addAction(m_actionAddConnection);
    workspace->addAction(m_actionEditConnection);
    workspace->addAction(m_actionSetApiKey);
    workspace->addAction(m_actionDeleteConnection);
    workspace->addSeparator();
    workspace->addAction(m_actionAddIntegrationGuided);
    workspace->addAction(m_actionAddIntegration);
    workspace->addAction(m_actionEditIntegration);
    workspace->addAction(m_actionDeleteIntegration);
    workspace->addSeparator();
    workspace->addAction(m_actionEditSelected);
    workspace->addAction(m_actionDeleteSelected);

    view->addSeparator();
    view->addAction(m_actionRefreshCounts);
    view->addAction(m_actionPausePolling);

    if (!m_options.sandboxScenarios.isEmpty()) {
        QMenu* sandbox = menuBar()->addMenu(tr("&Sandbox"));
        sandbox->setObjectName(u"sandboxMenu"_s);
        QMenu* scenarios = sandbox->addMenu(tr("&Scenario"));
        auto* group = new QActionGroup(this);
        for (const QString& name : std::as_const(m_options.sandboxScenarios)) {
            QAction* action = scenarios->addAction(QString(name).replace(u'_', u' '));
            action->setObjectName(u"scenario_"_s + name);
            action->setCheckable(true);
            action->setChecked(name == u"healthy");
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, name] {
                Q_EMIT sandboxScenarioRequested(name);
                refreshCounts();
            });
        }
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actionAbout);

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actionShowIntegrations);
    toolbar->addAction(m_actionShowConnections);
    toolbar->addAction(m_actionShowChangeLog);
    toolbar->addAction(m_actionShowAlerts);
    toolbar->addAction(m_actionShowApiVersions);
    toolbar->addSeparator();
    toolbar->addAction(m_actionAddConnection);
    toolbar->addAction(m_actionAddIntegration);
    toolbar->addAction(m_actionEditSelected);
    toolbar->addAction(m_actionDeleteSelected);
    toolbar->addSeparator();
    toolbar->addAction(m_actionRefreshCounts);
}

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_demoBanner = new MessageBanner(MessageBanner::Kind::Info, false, central);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);
    m_errorBanner = new MessageBanner(MessageBanner::Kind::Error, true, central);
    m_errorBanner->setObjectName(u"errorBanner"_s);
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto* sidebar = new QWidget(splitter);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(6, 6, 0, 6);
    sidebarLayout->addWidget(createPageList(sidebar));
    auto* sidebarLabel = new QLabel(tr("Integ&rations"), sidebar);
    sidebarLayout->addWidget(sidebarLabel);
    m_sidebar = new QListView(sidebar);
    m_sidebar->setObjectName(u"integrationList"_s);
    m_sidebar->setAccessibleName(tr("Integrations"));
    m_sidebar->setModel(m_statusProxy);
    m_sidebar->setModelColumn(IntegrationTableModel::NameColumn);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    // Integration names are long ("HubSpot contacts → Mailchimp newsletter"): wrap them rather than scroll.
    m_sidebar->setWordWrap(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(2);
    sidebarLabel->setBuddy(m_sidebar);
    sidebarLayout->addWidget(m_sidebar);
    splitter->addWidget(sidebar);

    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(u"pages"_s);
    createFirstRunPage();
    createOverviewPage();
    createConnectionsPage();
    m_changeLogPage = new ChangeLogPage(m_service);
    createAlertsPage();
    m_apiVersionsPage = new ApiVersionsPage(m_service);
    createNotificationsPage();
    for (QWidget* page : std::initializer_list<QWidget*> { m_firstRunPage, m_overviewPage, m_connectionsPage,
             m_changeLogPage, m_alertsPage, m_apiVersionsPage, m_notificationsPage })
        m_stack->addWidget(page);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 860 });
    setCentralWidget(central);

    connect(
        m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            if (m_selectingIntegration)
                return;
            selectIntegration(current.data(IntegrationTableModel::IdRole).toString());
            if (currentPage() != Page::Integrations && currentPage() != Page::FirstRun)
                showPage(Page::Integrations);
        });
    connect(m_sidebar, &QListView::activated, this, [this] { showPage(Page::Integrations); });
}

QWidget* MainWindow::createPageList(QWidget* parent)
{
    // The pages, one line each with its shortcut; the integrations of the workspace are listed below.
    m_pageList = new QListWidget(parent);
    m_pageList->setObjectName(u"pageList"_s);
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar's background, not a white list box, in light and dark palettes alike.
    m_pageList->viewport()->setAutoFillBackground(false);
    m_pageList->setAutoFillBackground(false);
    m_pageList->setUniformItemSizes(true);
    m_pageList->setSpacing(1);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_pageList->setIconSize(QSize(iconSize, iconSize));
    const QList<QPair<QAction*, Page>> entries { { m_actionShowIntegrations, Page::Integrations },
        { m_actionShowConnections, Page::Connections }, { m_actionShowChangeLog, Page::ChangeLog },
        { m_actionShowAlerts, Page::Alerts }, { m_actionShowApiVersions, Page::ApiVersions },
        { m_actionShowNotifications, Page::Notifications } };
    for (const auto& [action, page] : entries) {
        auto* item = new QListWidgetItem(m_pageList);
        item->setData(Qt::UserRole, int(page));
        item->setData(Qt::UserRole + 1, QVariant::fromValue(action));
    }
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto page = Page(m_pageList->item(row)->data(Qt::UserRole).toInt());
        if (page != currentPage() && !(page == Page::Integrations && currentPage() == Page::FirstRun))
            showPage(page);
    });
    updatePageList();
    const int rowHeight = m_pageList->sizeHintForRow(0) + 2 * m_pageList->spacing();
    m_pageList->setFixedHeight(rowHeight * m_pageList->count() + 2 * m_pageList->frameWidth() + 4);
    return m_pageList;
}

void MainWindow::updatePageList()
{
    if (!m_pageList)
        return;
    const int alerts = m_alertsPage ? m_alertsPage->openCount() : 0;
    for (int row = 0; row < m_pageList->count(); ++row) {
        QListWidgetItem* item = m_pageList->item(row);
        auto* action = item->data(Qt::UserRole + 1).value<QAction*>();
        const auto page = Page(item->data(Qt::UserRole).toInt());
        QString text = QString(action->text()).remove(u'&');
        if (page == Page::Integrations)
            text = tr("Overview");
        if (page == Page::Alerts && alerts > 0)
            text = tr("Alerts (%1)").arg(alerts);
        item->setText(text);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        item->setToolTip(shortcut.isEmpty() ? text : u"%1 (%2)"_s.arg(text, shortcut));
        item->setData(Qt::AccessibleTextRole, page == Page::Alerts ? tr("Alerts, %n open", nullptr, alerts) : text);
        // Every line keeps room for a dot so the names line up; only Alerts shows one, when some are open.
        static const QIcon blank = [] {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::transparent);
            return QIcon(pixmap);
        }();
        item->setIcon(page == Page::Alerts && alerts > 0 ? StatusIcons::icon(Severity::Critical) : blank);
        if (page == Page::Alerts) {
            QFont font = m_pageList->font();
            font.setBold(alerts > 0);
            item->setFont(font);
        }
    }
}

QWidget* MainWindow::createAlertsPage()
{
    m_alertsPage = new AlertsPage(m_service);
    connect(m_alertsPage, &AlertsPage::openCountChanged, this, &MainWindow::updatePageList);
    return m_alertsPage;
}

void MainWindow::createNotificationsPage()
{
    m_notificationsPage = new NotificationsPage(m_service, m_context.notifications());
    m_notificationsPage->setConfirm(
        [this](const QString& title, const QString& text) { return prompter().confirm(title, text); });
    connect(m_notificationsPage, &NotificationsPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_notificationsPage, &NotificationsPage::errorMessage, this, &MainWindow::showError);
}

void MainWindow::createFirstRunPage()
{
    m_firstRunPage = new FirstRunPage;
    connect(m_firstRunPage, &FirstRunPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_firstRunPage, &FirstRunPage::addConnectionRequested, this, &MainWindow::addConnection);
    connect(m_firstRunPage, &FirstRunPage::guidedIntegrationRequested, this, &MainWindow::addIntegrationGuided);
}

void MainWindow::createOverviewPage()
{
    m_overviewPage = new OverviewPage(m_service, *m_integrationModel, *m_statusProxy);
    connect(m_overviewPage, &OverviewPage::filterChanged, this, &MainWindow::integrationModelChanged);
    connect(m_overviewPage, &OverviewPage::editRequested, this, &MainWindow::editIntegration);
    connect(m_overviewPage, &OverviewPage::selectRequested, this, &MainWindow::selectIntegration);
    connect(m_overviewPage, &OverviewPage::tableSelectionChanged, this, &MainWindow::showSelectedIntegration);
    connect(m_overviewPage, &OverviewPage::signInRequested, this, &MainWindow::requestSignIn);
    connect(m_overviewPage, &OverviewPage::setKeyRequested, this,
        [this](const QString& connectionId) { editConnection(connectionId, true); });
}

void MainWindow::createConnectionsPage()
{
    m_connectionsPage = new ConnectionsPage(m_service);
    m_connectionsPage->setCredentials(&m_context.credentials());
    m_connectionModel = m_connectionsPage->model();
    connect(m_connectionsPage, &ConnectionsPage::signInRequested, this, &MainWindow::requestSignIn);
    connect(m_connectionsPage, &ConnectionsPage::addRequested, this, &MainWindow::addConnection);
    connect(m_connectionsPage, &ConnectionsPage::editSelectedRequested, m_actionEditConnection, &QAction::trigger);
    connect(m_connectionsPage, &ConnectionsPage::setKeySelectedRequested, m_actionSetApiKey, &QAction::trigger);
    connect(m_connectionsPage, &ConnectionsPage::deleteSelectedRequested, m_actionDeleteConnection, &QAction::trigger);
    connect(m_connectionsPage, &ConnectionsPage::selectionChanged, this, &MainWindow::updateActions);
    connect(
        m_connectionsPage, &ConnectionsPage::editRequested, this, [this](const QString& id) { editConnection(id); });
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget* current = m_stack->currentWidget();
    if (current == m_overviewPage)
        return Page::Integrations;
    if (current == m_connectionsPage)
        return Page::Connections;
    if (current == m_changeLogPage)
        return Page::ChangeLog;
    if (current == m_alertsPage)
        return Page::Alerts;
    if (current == m_apiVersionsPage)
        return Page::ApiVersions;
    if (current == m_notificationsPage)
        return Page::Notifications;
    return Page::FirstRun;
}

void MainWindow::showPage(Page page)
{
    // With no connections there is nothing to monitor yet: the overview gives way to the first-run page.
    if (page == Page::Integrations && m_connectionModel->rowCount() == 0)
        page = Page::FirstRun;
    switch (page) {
    case Page::FirstRun:
        m_stack->setCurrentWidget(m_firstRunPage);
        m_actionShowIntegrations->setChecked(true);
        break;
    case Page::Integrations:
        m_stack->setCurrentWidget(m_overviewPage);
        m_actionShowIntegrations->setChecked(true);
        break;
    case Page::Connections:
        m_stack->setCurrentWidget(m_connectionsPage);
        m_actionShowConnections->setChecked(true);
        break;
    case Page::ChangeLog:
        m_stack->setCurrentWidget(m_changeLogPage);
        m_actionShowChangeLog->setChecked(true);
        break;
    case Page::Alerts:
        m_stack->setCurrentWidget(m_alertsPage);
        m_actionShowAlerts->setChecked(true);
        break;
    case Page::ApiVersions:
        m_apiVersionsPage->reload(); // days left move on while the window is open
        m_stack->setCurrentWidget(m_apiVersionsPage);
        m_actionShowApiVersions->setChecked(true);
        break;
    case Page::Notifications:
        m_stack->setCurrentWidget(m_notificationsPage);
        m_actionShowNotifications->setChecked(true);
        break;
    }
    if (m_pageList) {
        const Page shown = page == Page::FirstRun ? Page::Integrations : page;
        for (int row = 0; row < m_pageList->count(); ++row) {
            if (Page(m_pageList->item(row)->data(Qt::UserRole).toInt()) == shown && m_pageList->currentRow() != row) {
                const QSignalBlocker block(m_pageList);
                m_pageList->setCurrentRow(row);
            }
        }
    }
    updateActions();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_connectionModel->rowCount() == 0;
    if (empty && currentPage() == Page::Integrations)
        showPage(Page::FirstRun);
    else if (!empty && currentPage() == Page::FirstRun)
        showPage(Page::Integrations);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasConnection = selectedConnectionId().has_value();
    const bool hasIntegration = selectedIntegrationId().has_value();
    m_actionEditConnection->setEnabled(hasConnection);
    m_actionDeleteConnection->setEnabled(hasConnection);
    m_actionSetApiKey->setEnabled(hasConnection);
    m_connectionsPage->setSelectionActionsEnabled(hasConnection);
    m_actionEditIntegration->setEnabled(hasIntegration);
    m_actionDeleteIntegration->setEnabled(hasIntegration);
    m_actionAddIntegration->setEnabled(m_connectionModel->rowCount() > 0);
    const Page page = currentPage();
    const bool any = (page == Page::Connections && hasConnection) || (page == Page::Integrations && hasIntegration);
    m_actionEditSelected->setEnabled(any);
    m_actionDeleteSelected->setEnabled(any);
}

std::optional<QString> MainWindow::selectedConnectionId() const
{
    return m_connectionsPage->selectedConnectionId();
}

std::optional<QString> MainWindow::selectedIntegrationId() const
{
    return m_overviewPage->selectedIntegrationId();
}

void MainWindow::selectIntegration(const QString& id)
{
    const int row = m_integrationModel->rowOf(id);
    if (row < 0)
        return;
    m_overviewPage->selectRow(row);
    if (m_sidebar->currentIndex().row() != row) {
        // Chosen here, not clicked in the list: the page stays (the first poll's pick must not pull the reader away
        // from the Alerts or Notifications page a link opened).
        m_selectingIntegration = true;
        m_sidebar->selectionModel()->setCurrentIndex(
            m_statusProxy->index(row, IntegrationTableModel::NameColumn), QItemSelectionModel::ClearAndSelect);
        m_selectingIntegration = false;
    }
}

void MainWindow::openIntegration(const QString& id)
{
    if (m_integrationModel->rowOf(id) < 0) {
        showError(tr("There is no integration “%1” in this workspace.").arg(id));
        return;
    }
    showPage(Page::Integrations);
    selectIntegration(id);
}

void MainWindow::showSelectedIntegration()
{
    if (selectedIntegrationId() != m_overviewPage->dashboard()->integrationId())
        updateIntegrationDetail();
    updateActions();
}

void MainWindow::updateIntegrationDetail()
{
    const std::optional<QString> id = selectedIntegrationId();
    m_overviewPage->showIntegration(id, id ? m_findings.value(*id) : QList<Finding>());
}

void MainWindow::showError(const QString& message)
{
    m_errorBanner->showMessage(message);
}

void MainWindow::requestSignIn(const QString& connectionId)
{
    const std::optional<Connection> connection = m_service.connection(connectionId);
    if (!connection)
        return;
    Q_EMIT signInRequested(connectionId);
    SignIn& signIn = m_context.signIn();
    if (signIn.isRunning()) {
        showError(tr("A sign-in is already waiting for the browser; finish or cancel it first."));
        return;
    }
    // The system browser (RFC 8252), never an embedded one; Plumbline waits on the loopback redirect.
    auto* waiting = new QProgressDialog(
        tr("Waiting for the browser to sign in to \"%1\"…").arg(connection->name), tr("Cancel"), 0, 0, this);
    waiting->setWindowTitle(tr("Sign in"));
    waiting->setAttribute(Qt::WA_DeleteOnClose);
    waiting->setMinimumDuration(0);
    connect(waiting, &QProgressDialog::canceled, &signIn, &SignIn::cancel);
    connect(&signIn, &SignIn::progress, waiting,
        [waiting](SignIn::Stage, const QString& message) { waiting->setLabelText(message); });
    connect(
        &signIn, &SignIn::finished, waiting,
        [this, waiting, connectionId](const SignIn::Result& result) {
            waiting->disconnect();
            waiting->close();
            m_context.credentials().forget(connectionId); // the next poll uses the new grant
            if (result.outcome == SignIn::Outcome::SignedIn) {
                statusBar()->showMessage(result.message, 10000);
                if (!result.warning.isEmpty())
                    QMessageBox::warning(this, tr("Signed in"), result.warning);
                refreshCounts();
            } else if (result.outcome != SignIn::Outcome::Cancelled) {
                QMessageBox::warning(this, tr("Sign-in failed"), result.message);
            }
        },
        Qt::SingleShotConnection);
    if (!signIn.start(*connection, [](const QUrl& url) { return QDesktopServices::openUrl(url); })) {
        waiting->close();
        showError(tr("A sign-in is already waiting for the browser; finish or cancel it first."));
        return;
    }
    waiting->show();
}

void MainWindow::addConnection()
{
    ConnectionDialog dialog(m_service, std::nullopt, this);
    dialog.setTester(&m_context.tester());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Connection c = dialog.connection();
    m_service.saveConnection(c, dialog.newSecret(), this, [this, c](const StoreResult& result) {
        if (!result) {
            const bool saved = m_service.connection(c.id).has_value();
            showError(saved ? tr("“%1” was saved, but its API key could not be stored: %2 Set the key again with "
                                 "“Set API key…” when the keychain is available.")
                                  .arg(c.name, result.error)
                            : tr("“%1” could not be saved: %2").arg(c.name, result.error));
        } else {
            statusBar()->showMessage(tr("Connection “%1” added.").arg(c.name), 5000);
        }
    });
    showPage(Page::Connections);
    m_connectionsPage->selectConnection(c.id);
}

void MainWindow::editConnection(const QString& id, bool focusSecret)
{
    const std::optional<Connection> existing = m_service.connection(id);
    if (!existing)
        return;
    ConnectionDialog dialog(m_service, existing, this);
    dialog.setTester(&m_context.tester());
    if (focusSecret)
        dialog.focusSecret();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Connection c = dialog.connection();
    const std::optional<QString> secret = dialog.newSecret();
    m_service.saveConnection(c, secret, this, [this, c, secret](const StoreResult& result) {
        if (!result) {
            showError(tr("Saving “%1” did not complete: %2").arg(c.name, result.error));
        } else {
            statusBar()->showMessage(secret ? tr("Connection “%1” and its API key saved.").arg(c.name)
                                            : tr("Connection “%1” saved.").arg(c.name),
                5000);
        }
    });
}

void MainWindow::deleteConnection(const QString& id)
{
    const std::optional<Connection> c = m_service.connection(id);
    if (!c)
        return;
    const QStringList dependents = m_service.dependentIntegrations(id);
    QString text = tr("Delete the connection “%1”? Its API key is removed from %2 as well.")
                       .arg(c->name, m_service.secrets().displayName());
    if (!dependents.isEmpty()) {
        QStringList names;
        for (const QString& integrationId : dependents) {
            const std::optional<Integration> i = m_service.integration(integrationId);
            names << (i ? tr("“%1” (%2)").arg(i->name, integrationId) : integrationId);
        }
        text += u"\n\n"_s
            + tr("These integrations use it and will be deleted too:\n%1", nullptr, int(names.size()))
                  .arg(names.join(u'\n'));
    }
    if (!prompter().confirm(tr("Delete connection"), text))
        return;
    const QString name = c->name;
    m_service.removeConnection(id, true, this, [this, name](const StoreResult& result) {
        if (!result)
            showError(result.error);
        else
            statusBar()->showMessage(tr("Connection “%1” deleted.").arg(name), 5000);
    });
}

void MainWindow::addIntegration()
{
    if (m_connectionModel->rowCount() == 0) {
        showError(tr("Add the connections on both sides of the flow first; an integration links two of them."));
        return;
    }
    IntegrationDialog dialog(m_service, std::nullopt, this);
    dialog.setNewChecks(AppSettings::newChecks(m_context.settings()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Integration i = dialog.integration();
    if (const StoreResult r = m_service.saveIntegration(i); !r) {
        showError(tr("“%1” could not be saved: %2").arg(i.name, r.error));
        return;
    }
    showPage(Page::Integrations);
    selectIntegration(i.id);
    statusBar()->showMessage(tr("Integration “%1” added.").arg(i.name), 5000);
}

void MainWindow::addIntegrationGuided()
{
    MappingWizard wizard(m_service, &m_context.schemaFetcher(), this);
    wizard.setAddConnection([this] { addConnection(); });
    if (wizard.exec() != QDialog::Accepted)
        return;
    const Integration i = wizard.integration();
    if (const StoreResult r = m_service.saveIntegration(i); !r) {
        showError(tr("“%1” could not be saved: %2").arg(i.name, r.error));
        return;
    }
    showPage(Page::Integrations);
    selectIntegration(i.id);
    statusBar()->showMessage(tr("Integration “%1” added.").arg(i.name), 5000);
}

void MainWindow::editIntegration(const QString& id)
{
    const std::optional<Integration> existing = m_service.integration(id);
    if (!existing)
        return;
    IntegrationDialog dialog(m_service, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Integration i = dialog.integration();
    if (const StoreResult r = m_service.saveIntegration(i); !r) {
        showError(tr("“%1” could not be saved: %2").arg(i.name, r.error));
        return;
    }
    selectIntegration(i.id);
    updateIntegrationDetail();
    statusBar()->showMessage(tr("Integration “%1” saved.").arg(i.name), 5000);
}

void MainWindow::deleteIntegration(const QString& id)
{
    const std::optional<Integration> i = m_service.integration(id);
    if (!i)
        return;
    if (!prompter().confirm(tr("Delete integration"),
            tr("Delete the integration “%1”? Its definition, mappings and documentation are removed; the "
               "connections stay.")
                .arg(i->name)))
        return;
    if (const StoreResult r = m_service.removeIntegration(id); !r)
        showError(r.error);
    else
        statusBar()->showMessage(tr("Integration “%1” deleted.").arg(i->name), 5000);
}

void MainWindow::editSelected()
{
    if (currentPage() == Page::Connections) {
        if (const std::optional<QString> id = selectedConnectionId())
            editConnection(*id);
    } else if (currentPage() == Page::Integrations) {
        if (const std::optional<QString> id = selectedIntegrationId())
            editIntegration(*id);
    }
}

void MainWindow::deleteSelected()
{
    if (currentPage() == Page::Connections) {
        if (const std::optional<QString> id = selectedConnectionId())
            deleteConnection(*id);
    } else if (currentPage() == Page::Integrations) {
        if (const std::optional<QString> id = selectedIntegrationId())
            deleteIntegration(*id);
    }
}

void MainWindow::importWorkspace()
{
    const QString path = prompter().openFileName(tr("Import workspace"), tr("Workspace files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const WorkspaceService::ImportOutcome outcome = m_service.importFile(path);
    if (!outcome.ok()) {
        QStringList lines = outcome.messages();
        const qsizetype total = lines.size();
        if (total > 12) {
            lines = lines.mid(0, 12);
            lines << tr("… and %1 more.").arg(total - 12);
        }
        showError(tr("Nothing was imported from %1:").arg(QDir::toNativeSeparators(path)) + u'\n' + lines.join(u'\n'));
        return;
    }
    m_errorBanner->hide();
    statusBar()->showMessage(
        tr("Imported %1 connections and %2 integrations.").arg(outcome.connections).arg(outcome.integrations), 8000);
}

void MainWindow::exportWorkspace()
{
    const QString path = prompter().saveFileName(
        tr("Export workspace"), QDir(QDir::homePath()).filePath(u"workspace.json"_s), tr("Workspace files (*.json)"));
    if (path.isEmpty())
        return;
    if (const StoreResult r = m_service.exportFile(path); !r) {
        showError(r.error);
        return;
    }
    statusBar()->showMessage(
        tr("Workspace exported to %1 (definitions only, no keys).").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Plumbline"),
        tr("<h3>Plumbline %1</h3><p>Watches marketing API integrations and says when one quietly breaks.</p>"
           "<p>Keys are kept in %2, never in the workspace file.</p>")
            .arg(
                QApplication::applicationVersion().toHtmlEscaped(), m_service.secrets().displayName().toHtmlEscaped()));
}

} // namespace plumbline
