#include "IntegrationDashboard.h"

#include "FormRows.h"
#include "IntegrationDialog.h"
#include "StatusIcons.h"
#include "charts/DashboardCharts.h"

#include <HistoryService.h>
#include <VendorProfile.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <schema/MappingHealth.h>
#include <views/MappingStateModel.h>
#include <views/RunLogModel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

constexpr int kRunLogDays = 30;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString subjectOf(const Finding& f)
{
    return f.integrationId.isEmpty() ? u"connection:"_s + f.connectionId : u"integration:"_s + f.integrationId;
}

QString relativeTime(const QDateTime& at)
{
    const qint64 secs = at.secsTo(QDateTime::currentDateTimeUtc());
    if (secs < 60)
        return IntegrationDashboard::tr("just now");
    if (secs < 3600)
        return IntegrationDashboard::tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 48 * 3600)
        return IntegrationDashboard::tr("%n h ago", nullptr, int(secs / 3600));
    return IntegrationDashboard::tr("%n days ago", nullptr, int(secs / 86400));
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString evidenceValue(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QLocale().toString(qint64(d)) : QLocale().toString(d, 'f', 1);
    }
    if (v.isBool())
        return v.toBool() ? IntegrationDashboard::tr("yes") : IntegrationDashboard::tr("no");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << evidenceValue(item);
        return parts.join(u", "_s);
    }
    if (v.isNull())
        return IntegrationDashboard::tr("not available");
    return v.toString();
}

// Scroll positions of a view, put back after its model was refilled.
struct ScrollState
{
    int h = 0;
    int v = 0;
    static ScrollState of(const QAbstractScrollArea* area)
    {
        return { area->horizontalScrollBar()->value(), area->verticalScrollBar()->value() };
    }
    void restore(QAbstractScrollArea* area) const
    {
        area->horizontalScrollBar()->setValue(h);
        area->verticalScrollBar()->setValue(v);
    }
};

} // namespace

IntegrationDashboard::IntegrationDashboard(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"integrationDashboard"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"dashboardEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverviewTab(), tr("&Overview"));
    m_tabs->addTab(createMappingsTab(), tr("&Mappings"));
    m_tabs->addTab(createSchemaTab(), tr("Schema c&hanges"));
    m_tabs->addTab(createRunLogTab(), tr("Run &log"));
    m_definition = new QTextBrowser(content);
    // Kept under its old name: the definition and documentation of the integration.
    m_definition->setObjectName(u"integrationDetail"_s);
    m_definition->setAccessibleName(tr("Integration definition"));
    m_definition->setOpenLinks(false);
    m_definition->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_definition, tr("&Definition"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(m_emptyLabel);
}

IntegrationDashboard::~IntegrationDashboard() = default;

QWidget* IntegrationDashboard::createHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(u"dashboardHeader"_s);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(4, 4, 4, 8);
    m_statusIcon = new QLabel(header);
    m_statusIcon->setObjectName(u"dashboardStatusIcon"_s);
    m_statusIcon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_statusIcon);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(u"dashboardTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_statusWord = new QLabel(header);
    m_statusWord->setObjectName(u"dashboardStatus"_s);
    QFont statusFont = m_statusWord->font();
    statusFont.setBold(true);
    m_statusWord->setFont(statusFont);
    titleRow->addWidget(m_title);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_statusWord);
    titleRow->addStretch();
    text->addLayout(titleRow);
    m_sides = new QLabel(header);
    m_sides->setObjectName(u"dashboardSides"_s);
    m_sides->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sides->setWordWrap(true);
    text->addWidget(m_sides);
    m_counts = new QLabel(header);
    m_counts->setObjectName(u"dashboardCounts"_s);
    text->addWidget(m_counts);
    m_checked = new QLabel(header);
    m_checked->setObjectName(u"dashboardChecked"_s);
    QPalette muted = m_checked->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_checked->setPalette(muted);
    text->addWidget(m_checked);
    layout->addLayout(text, 1);

    auto* buttons = new QVBoxLayout;
    m_runNow = new QPushButton(tr("&Run now"), header);
    m_runNow->setObjectName(u"runNowButton"_s);
    m_runNow->setToolTip(tr("Poll this integration now and evaluate its checks"));
    m_edit = new QPushButton(tr("&Edit…"), header);
    m_edit->setObjectName(u"editIntegrationButton"_s);
    buttons->addWidget(m_runNow);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_runNow, &QPushButton::clicked, this, [this] {
        if (m_monitor && m_id) {
            m_monitor->runCycle({ *m_id }, nullptr);
            updateRunButton();
        }
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_id)
            Q_EMIT editRequested(*m_id);
    });
    return header;
}

QWidget* IntegrationDashboard::createOverviewTab()
{
    m_overviewScroll = new QScrollArea(this);
    m_overviewScroll->setObjectName(u"overviewScroll"_s);
    m_overviewScroll->setWidgetResizable(true);
    m_overviewScroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(m_overviewScroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 8, 12, 8);

    // The charts (ui/charts) take the placeholder's place once the monitor's history is known.
    m_chartsSlot = new QVBoxLayout;
    m_chartsSlot->setObjectName(u"chartsSlot"_s);
    auto* placeholder = new QLabel(tr("Charts of counts, gap, quota and latency appear here."), page);
    placeholder->setObjectName(u"chartsPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMinimumHeight(60);
    placeholder->setEnabled(false);
    m_chartsSlot->addWidget(placeholder);
    layout->addLayout(m_chartsSlot);

    auto* heading = new QLabel(tr("Current findings"), page);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    heading->setFont(f);
    layout->addWidget(heading);
    m_findingsBox = new QWidget(page);
    m_findingsBox->setObjectName(u"findingsBox"_s);
    m_findingsLayout = new QVBoxLayout(m_findingsBox);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(8);
    layout->addWidget(m_findingsBox);
    layout->addStretch();
    m_overviewScroll->setWidget(page);
    return m_overviewScroll;
}

QWidget* IntegrationDashboard::createMappingsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    m_mappingNote = new QLabel(page);
    m_mappingNote->setObjectName(u"mappingNote"_s);
    m_mappingNote->setWordWrap(true);
    layout->addWidget(m_mappingNote);
    m_mappingModel = new MappingStateModel(this);
    m_mappingTable = makeReadOnlyTable(page, u"mappingStateTable"_s, tr("Field mappings and their state"));
    m_mappingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // A status dot beside each mapping's state (the same dots as the integrations).
    auto* dots = new StatusIconProxy(MappingStateModel::SeverityRole, MappingStateModel::StateColumn, this);
    dots->setSourceModel(m_mappingModel);
    m_mappingTable->setModel(dots);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_mappingTable, 1);
    return page;
}

QWidget* IntegrationDashboard::createSchemaTab()
{
    m_schemaTree = new QTreeWidget(this);
    m_schemaTree->setObjectName(u"schemaChangesTree"_s);
    m_schemaTree->setAccessibleName(tr("Schema changes"));
    m_schemaTree->setHeaderLabels({ tr("Time"), tr("Change"), tr("Field"), tr("Detail") });
    m_schemaTree->setRootIsDecorated(true);
    m_schemaTree->setAlternatingRowColors(true);
    m_schemaTree->setUniformRowHeights(true);
    m_schemaTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schemaTree->header()->setStretchLastSection(true);
    return m_schemaTree;
}

QWidget* IntegrationDashboard::createRunLogTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* filters = new QHBoxLayout;
    m_runLogCategory = new QComboBox(page);
    m_runLogCategory->setObjectName(u"runLogCategory"_s);
    m_runLogCategory->setAccessibleName(tr("Category"));
    m_runLogCategory->addItem(tr("All categories"), -1);
    for (const RunLogEntry::Category c :
        { RunLogEntry::Category::Run, RunLogEntry::Category::PollError, RunLogEntry::Category::Finding })
        m_runLogCategory->addItem(RunLogModel::categoryText(c), int(c));
    m_runLogFilter = new QLineEdit(page);
    m_runLogFilter->setObjectName(u"runLogFilter"_s);
    m_runLogFilter->setPlaceholderText(tr("Filter by text…"));
    m_runLogFilter->setAccessibleName(tr("Filter the run log"));
    m_runLogFilter->setClearButtonEnabled(true);
    filters->addWidget(m_runLogCategory);
    filters->addWidget(m_runLogFilter, 1);
    layout->addLayout(filters);

    m_runLogModel = new RunLogModel(this);
    m_runLogTable = makeReadOnlyTable(page, u"runLogTable"_s, tr("Run and error log"));
    m_runLogTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runLogTable->setModel(m_runLogModel);
    m_runLogTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runLogTable->horizontalHeader()->setStretchLastSection(true);
    m_runLogTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("&Copy"), m_runLogTable);
    copy->setObjectName(u"runLogCopyAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_runLogTable->addAction(copy);
    layout->addWidget(m_runLogTable, 1);

    auto* paging = new QHBoxLayout;
    m_previousPage = new QPushButton(tr("&Previous"), page);
    m_previousPage->setObjectName(u"runLogPrevious"_s);
    m_nextPage = new QPushButton(tr("&Next"), page);
    m_nextPage->setObjectName(u"runLogNext"_s);
    m_pageLabel = new QLabel(page);
    m_pageLabel->setObjectName(u"runLogPageLabel"_s);
    paging->addWidget(m_pageLabel);
    paging->addStretch();
    paging->addWidget(m_previousPage);
    paging->addWidget(m_nextPage);
    layout->addLayout(paging);

    connect(copy, &QAction::triggered, this, &IntegrationDashboard::copyRunLogSelection);
    connect(m_runLogCategory, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_runLogCategory->currentData().toInt();
        m_runLogModel->setCategoryFilter(
            c < 0 ? std::nullopt : std::optional<RunLogEntry::Category>(RunLogEntry::Category(c)));
    });
    connect(m_runLogFilter, &QLineEdit::textChanged, m_runLogModel, &RunLogModel::setTextFilter);
    connect(m_previousPage, &QPushButton::clicked, this, [this] { m_runLogModel->setPage(m_runLogModel->page() - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { m_runLogModel->setPage(m_runLogModel->page() + 1); });
    connect(m_runLogModel, &RunLogModel::pagingChanged, this, &IntegrationDashboard::updatePaging);
    updatePaging();
    return page;
}

void IntegrationDashboard::setHistory(HistoryService* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history && !m_charts) {
        m_charts = new DashboardCharts(*m_history, m_overviewScroll->widget());
        m_charts->setObjectName(u"dashboardCharts"_s);
        m_charts->setMinimumHeight(520);
        if (QLayoutItem* placeholder = m_chartsSlot->takeAt(0)) {
            delete placeholder->widget();
            delete placeholder;
        }
        m_chartsSlot->addWidget(m_charts);
    }
    if (m_history) {
        // Acknowledged or snoozed elsewhere (or here): the cards show the new alert state.
        connect(m_history, &HistoryService::alertsChanged, this, [this] {
            m_findingsKey.clear();
            updateFindings();
        });
    }
    refresh();
}

void IntegrationDashboard::setMonitor(Monitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor)
        connect(m_monitor, &Monitor::pollingChanged, this, &IntegrationDashboard::updateRunButton);
    updateRunButton();
}

void IntegrationDashboard::showIntegration(const std::optional<QString>& id, const QString& emptyText)
{
    m_emptyLabel->setText(emptyText);
    if (!id) {
        m_id.reset();
        m_integration.reset();
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (m_id != id) {
        m_id = id;
        m_snapshot.reset();
        m_findings.clear();
        m_findingsKey.clear();
        m_runLogModel->setPage(0);
        m_mappingTable->clearSelection();
        m_runLogTable->clearSelection();
        m_overviewScroll->verticalScrollBar()->setValue(0);
    }
    m_stack->setCurrentIndex(1);
    refresh();
}

void IntegrationDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                refresh();
        });
}

void IntegrationDashboard::setLiveState(const std::optional<CountSnapshot>& snapshot, const QList<Finding>& findings)
{
    m_snapshot = snapshot;
    m_findings = findings;
    if (m_dirty || !isVisible()) {
        m_dirty = true;
        return;
    }
    updateHeader();
    updateFindings();
}

void IntegrationDashboard::refresh()
{
    if (!m_id)
        return;
    // Hidden (another page, or the window not shown yet): read the stores when it shows, after the first paint.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_integration = m_workspace.integration(*m_id);
    if (!m_integration) { // deleted meanwhile
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (m_charts) {
        // Another integration: its charts from the start (zoom reset); the same one: new polls, zoom kept.
        if (m_chartsIntegration != *m_id) {
            m_chartsIntegration = *m_id;
            m_charts->setIntegration(*m_integration);
        } else {
            m_charts->refresh();
        }
    }
    updateHeader();
    updateFindings();
    updateMappings();
    updateSchemaChanges();
    updateRunLog();
    updateDefinition();
    updateRunButton();
}

void IntegrationDashboard::updateRunButton()
{
    const bool polling = m_monitor && m_monitor->isPolling();
    m_runNow->setEnabled(m_monitor && m_id && !polling);
    m_runNow->setText(polling ? tr("Checking…") : tr("&Run now"));
}

void IntegrationDashboard::updateHeader()
{
    if (!m_integration)
        return;
    const Integration& i = *m_integration;
    const auto connectionName = [this](const QString& connectionId) -> QString {
        const std::optional<Connection> c = m_workspace.connection(connectionId);
        return c ? c->name : connectionId;
    };
    m_title->setText(i.name);
    Severity status = Severity::Unknown;
    if (m_snapshot && m_snapshot->status)
        status = *m_snapshot->status;
    else if (!m_findings.isEmpty())
        status = worstOf(m_findings);
    const int iconSize = m_title->fontMetrics().height();
    m_statusIcon->setPixmap(StatusIcons::icon(status).pixmap(iconSize, iconSize));
    m_statusWord->setText(severityDisplayName(status));
    QPalette p = m_statusWord->palette();
    p.setColor(QPalette::WindowText, StatusPalette::colour(status));
    m_statusWord->setPalette(p);
    m_statusIcon->setAccessibleName(severityDisplayName(status));

    QString sides = tr("%1 · %2  →  %3 · %4")
                        .arg(connectionName(i.source.connection), i.source.object,
                            connectionName(i.destination.connection), i.destination.object);
    if (i.middleware)
        sides += u"  "_s + tr("(via %1)").arg(connectionName(i.middleware->connection));
    m_sides->setText(sides);

    QStringList counts;
    if (m_snapshot) {
        const auto count
            = [](const std::optional<qint64>& c) -> QString { return c ? QLocale().toString(*c) : tr("unavailable"); };
        counts << tr("Source %1").arg(count(m_snapshot->source))
               << tr("Destination %1").arg(count(m_snapshot->destination));
        if (m_snapshot->source && m_snapshot->destination) {
            const qint64 gap = *m_snapshot->destination - *m_snapshot->source;
            counts << (*m_snapshot->source != 0
                    ? tr("Gap %1 (%2 %)")
                          .arg(QLocale().toString(gap),
                              QLocale().toString(100.0 * double(gap) / double(*m_snapshot->source), 'f', 1))
                    : tr("Gap %1").arg(QLocale().toString(gap)));
        }
    }
    m_counts->setText(counts.join(u"   ·   "_s));
    m_counts->setVisible(!counts.isEmpty());

    QDateTime checked = m_snapshot ? m_snapshot->at : QDateTime();
    if (!checked.isValid() && m_history) {
        if (const std::optional<QDateTime> last = m_history->lastSuccessfulPoll(i.id))
            checked = *last;
    }
    m_checked->setText(checked.isValid() ? tr("Last checked %1 (%2)").arg(when(checked), relativeTime(checked))
                                         : tr("Not checked yet"));
}

std::optional<Alert> IntegrationDashboard::openAlertFor(const Finding& finding) const
{
    if (!m_history)
        return std::nullopt;
    for (const Alert& a : m_history->alerts(subjectOf(finding), false)) {
        if (a.rule == finding.rule && a.isOpen())
            return a;
    }
    return std::nullopt;
}

void IntegrationDashboard::updateFindings()
{
    QList<Finding> shown;
    for (const Finding& f : std::as_const(m_findings)) {
        if (f.severity != Severity::Ok)
            shown << f;
    }
    // Worst first, then by rule so the order is stable between polls.
    std::stable_sort(shown.begin(), shown.end(), [](const Finding& a, const Finding& b) {
        const auto rank = [](Severity s) { return s == Severity::Critical ? 0 : s == Severity::Warning ? 1 : 2; };
        return rank(a.severity) != rank(b.severity) ? rank(a.severity) < rank(b.severity) : a.rule < b.rule;
    });
    QList<std::optional<Alert>> alerts;
    QString key;
    for (const Finding& f : std::as_const(shown)) {
        alerts << openAlertFor(f);
        const std::optional<Alert>& a = alerts.last();
        key += f.rule + u'|' + f.connectionId + u'|' + severityKey(f.severity) + u'|' + f.message + u'|' + f.hint
            + (a ? u"|%1|%2|%3"_s.arg(a->id).arg(
                   a->acknowledgedAt.toString(Qt::ISODate), a->snoozedUntil.toString(Qt::ISODate))
                 : QString())
            + u'\n';
    }
    if (shown.isEmpty())
        key = m_id.value_or(QString()) + u"|none"_s;
    if (key == m_findingsKey)
        return; // nothing changed: leave the cards (and the reader's focus) alone
    m_findingsKey = key;

    const ScrollState scroll = ScrollState::of(m_overviewScroll);
    while (QLayoutItem* item = m_findingsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Later: the click that got here may come from a button on this card. Nameless at once, so nobody
            // finds the old card in the meantime.
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (shown.isEmpty()) {
        auto* label = new QLabel(m_snapshot || !m_findings.isEmpty() ? tr("All checks pass.")
                                                                     : tr("No findings yet: this integration has not "
                                                                          "been checked since Plumbline started."),
            m_findingsBox);
        label->setObjectName(u"noFindingsLabel"_s);
        m_findingsLayout->addWidget(label);
    }
    for (qsizetype n = 0; n < shown.size(); ++n)
        m_findingsLayout->addWidget(findingCard(shown.at(n), alerts.at(n), m_findingsBox));
    scroll.restore(m_overviewScroll);
}

QFrame* IntegrationDashboard::findingCard(const Finding& finding, const std::optional<Alert>& alert, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setObjectName(
        u"finding_"_s + finding.rule + (finding.connectionId.isEmpty() ? QString() : u"_"_s + finding.connectionId));
    card->setProperty("rule", finding.rule);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(tr("%1: %2").arg(severityDisplayName(finding.severity), finding.message));
    auto* row = new QHBoxLayout(card);
    row->setContentsMargins(0, 0, 8, 0);
    auto* strip = new QFrame(card);
    strip->setFixedWidth(5);
    strip->setAutoFillBackground(true);
    QPalette sp = strip->palette();
    sp.setColor(QPalette::Window, StatusPalette::colour(finding.severity));
    strip->setPalette(sp);
    row->addWidget(strip);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(6, 8, 0, 8);
    body->setSpacing(4);
    auto* title = new QLabel(card);
    title->setObjectName(u"findingMessage"_s);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    title->setText(u"<b style=\"color:%1\">%2</b>&nbsp;&nbsp;%3"_s.arg(StatusPalette::colour(finding.severity).name(),
        esc(severityDisplayName(finding.severity)), esc(finding.message)));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(title);

    QStringList evidence;
    for (auto it = finding.evidence.constBegin(); it != finding.evidence.constEnd(); ++it) {
        // Figures stand out; long texts (a vendor's error message) stay in the normal weight.
        const QString value = evidenceValue(it.value());
        evidence << (value.size() <= 40 ? u"%1: <b>%2</b>"_s : u"%1: %2"_s)
                        .arg(esc(QString(it.key()).replace(u'_', u' ')), esc(value));
    }
    if (!evidence.isEmpty()) {
        auto* label = new QLabel(evidence.join(u" &nbsp;·&nbsp; "_s), card);
        label->setObjectName(u"findingEvidence"_s);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->addWidget(label);
    }
    if (!finding.hint.isEmpty()) {
        auto* hint = new QLabel(u"<i>%1</i> %2"_s.arg(esc(tr("What to check:")), esc(finding.hint)), card);
        hint->setObjectName(u"findingHint"_s);
        hint->setTextFormat(Qt::RichText);
        hint->setWordWrap(true);
        hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->addWidget(hint);
    }

    auto* actions = new QHBoxLayout;
    auto* state = new QLabel(card);
    state->setObjectName(u"alertState"_s);
    state->setWordWrap(true);
    QStringList stateText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!alert) {
        stateText << tr("No alert open (alerts open after repeated failing checks).");
    } else {
        stateText << tr("Alert open since %1").arg(when(alert->openedAt));
        if (alert->acknowledgedAt.isValid())
            stateText << tr("acknowledged by %1 at %2")
                             .arg(alert->acknowledgedBy.isEmpty() ? tr("someone") : alert->acknowledgedBy,
                                 when(alert->acknowledgedAt));
        if (alert->snoozedUntil.isValid() && alert->snoozedUntil > now)
            stateText << tr("snoozed until %1").arg(when(alert->snoozedUntil));
    }
    state->setText(stateText.join(u" · "_s));
    QPalette muted = state->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    state->setPalette(muted);
    actions->addWidget(state, 1);

    auto* ack = new QPushButton(tr("Acknowledge"), card);
    ack->setObjectName(u"acknowledgeButton"_s);
    ack->setEnabled(m_monitor && alert && !alert->acknowledgedAt.isValid());
    ack->setToolTip(alert && alert->acknowledgedAt.isValid()
            ? tr("Already acknowledged")
            : tr("Say that someone is on it; escalations still notify"));
    auto* snoozeButton = new QToolButton(card);
    snoozeButton->setObjectName(u"snoozeButton"_s);
    snoozeButton->setText(tr("Snooze"));
    snoozeButton->setPopupMode(QToolButton::InstantPopup);
    snoozeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    snoozeButton->setEnabled(m_monitor && alert);
    auto* menu = new QMenu(snoozeButton);
    menu->setObjectName(u"snoozeMenu"_s);
    snoozeButton->setMenu(menu);
    if (alert) {
        const qint64 alertId = alert->id;
        ack->setProperty("alertId", alertId);
        connect(ack, &QPushButton::clicked, this, [this, alertId] { acknowledge(alertId); });
        const auto addSnooze
            = [this, menu, alertId](const QString& text, const QString& name, std::function<QDateTime()> until) {
                  QAction* a = menu->addAction(text);
                  a->setObjectName(name);
                  connect(a, &QAction::triggered, this, [this, alertId, until] { snooze(alertId, until()); });
              };
        addSnooze(tr("For 1 hour"), u"snooze1h"_s, [] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        addSnooze(tr("For 4 hours"), u"snooze4h"_s, [] { return QDateTime::currentDateTimeUtc().addSecs(4 * 3600); });
        addSnooze(tr("Until tomorrow 09:00"), u"snoozeTomorrow"_s,
            [] { return QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC(); });
        addSnooze(tr("For 1 week"), u"snooze1w"_s, [] { return QDateTime::currentDateTimeUtc().addDays(7); });
    }
    actions->addWidget(ack);
    actions->addWidget(snoozeButton);
    body->addLayout(actions);
    row->addLayout(body, 1);
    return card;
}

void IntegrationDashboard::acknowledge(qint64 alertId)
{
    if (!m_monitor)
        return;
    m_monitor->acknowledge(alertId);
    m_findingsKey.clear();
    updateFindings();
}

void IntegrationDashboard::snooze(qint64 alertId, const QDateTime& until)
{
    if (!m_monitor)
        return;
    m_monitor->snooze(alertId, until);
    m_findingsKey.clear();
    updateFindings();
}

void IntegrationDashboard::updateMappings()
{
    const std::optional<Integration>& i = m_integration;
    if (!i)
        return;
    QList<SchemaSnapshot> source;
    QList<SchemaSnapshot> destination;
    if (m_history) {
        source = m_history->schemaHistory(i->source.connection, i->source.object);
        destination = m_history->schemaHistory(i->destination.connection, i->destination.object);
    }
    const ScrollState scroll = ScrollState::of(m_mappingTable);
    m_mappingModel->setStates(MappingHealth::evaluate(*i, source, destination));
    scroll.restore(m_mappingTable);
    if (i->mappings.isEmpty())
        m_mappingNote->setText(tr("No field mappings are defined. Edit the integration to add them."));
    else if (source.isEmpty() || destination.isEmpty())
        m_mappingNote->setText(tr("The field schemas have not been fetched yet; the states show after the first "
                                  "check."));
    else
        m_mappingNote->setText(tr("Checked against the schemas fetched %1 (source) and %2 (destination).")
                                   .arg(when(source.last().ts), when(destination.last().ts)));
}

void IntegrationDashboard::updateSchemaChanges()
{
    const std::optional<Integration>& i = m_integration;
    if (!i)
        return;
    // Keep what the reader looked at: the current row (by its texts), which sides are open, and the scroll.
    QStringList currentKey;
    if (const QTreeWidgetItem* item = m_schemaTree->currentItem()) {
        for (const QTreeWidgetItem* it = item; it; it = it->parent())
            currentKey.prepend(it->text(0) + u'|' + it->text(1) + u'|' + it->text(2));
    }
    QSet<QString> collapsed;
    for (int n = 0; n < m_schemaTree->topLevelItemCount(); ++n) {
        if (!m_schemaTree->topLevelItem(n)->isExpanded())
            collapsed.insert(m_schemaTree->topLevelItem(n)->data(0, Qt::UserRole).toString());
    }
    const ScrollState scroll = ScrollState::of(m_schemaTree);
    m_schemaTree->clear();
    const auto addSide = [&](const QString& title, const QString& key, const IntegrationSide& side) {
        const QList<SchemaSnapshot> history
            = m_history ? m_history->schemaHistory(side.connection, side.object) : QList<SchemaSnapshot>();
        const QList<SchemaChange> changes = MappingHealth::changes(history);
        auto* top = new QTreeWidgetItem(m_schemaTree);
        top->setData(0, Qt::UserRole, key);
        const std::optional<Connection> c = m_workspace.connection(side.connection);
        top->setText(0, tr("%1: %2 · %3").arg(title, c ? c->name : side.connection, side.object));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (history.isEmpty()) {
            auto* none = new QTreeWidgetItem(top);
            none->setText(0, tr("Not fetched yet"));
            none->setFirstColumnSpanned(true);
        }
        for (const SchemaChange& ch : changes) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, when(ch.ts));
            item->setText(1, MappingHealth::kindText(ch.kind));
            item->setText(2, ch.field);
            item->setText(3, ch.detail);
        }
        top->setExpanded(!collapsed.contains(key));
    };
    addSide(tr("Source"), u"source"_s, i->source);
    addSide(tr("Destination"), u"destination"_s, i->destination);
    if (!currentKey.isEmpty()) {
        QTreeWidgetItem* found = nullptr;
        for (int n = 0; n < m_schemaTree->topLevelItemCount() && !found; ++n) {
            QTreeWidgetItem* top = m_schemaTree->topLevelItem(n);
            const auto keyOf
                = [](const QTreeWidgetItem* it) { return it->text(0) + u'|' + it->text(1) + u'|' + it->text(2); };
            if (keyOf(top) != currentKey.first())
                continue;
            found = top;
            if (currentKey.size() > 1) {
                for (int k = 0; k < top->childCount(); ++k) {
                    if (keyOf(top->child(k)) == currentKey.at(1)) {
                        found = top->child(k);
                        break;
                    }
                }
            }
        }
        if (found)
            m_schemaTree->setCurrentItem(found);
    }
    scroll.restore(m_schemaTree);
}

void IntegrationDashboard::updateRunLog()
{
    const std::optional<Integration>& i = m_integration;
    if (!i || !m_history)
        return;
    const auto connectionName = [this](const QString& connectionId) -> QString {
        const std::optional<Connection> c = m_workspace.connection(connectionId);
        return c ? c->name : connectionId;
    };
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kRunLogDays);
    QList<RunLogEntry> entries;
    if (i->middleware) {
        for (const RunRecord& r : m_history->runs(i->middleware->connection, i->middleware->ref, since)) {
            entries << RunLogEntry { r.ts, RunLogEntry::Category::Run, connectionName(r.connectionId), r.status,
                r.message.isEmpty() ? tr("Run %1").arg(r.externalId) : r.message };
        }
    }
    for (const Sample& s : m_history->samples(i->id, since, {})) {
        const auto side = [&](const SideSample& side, const QString& title, const QString& connectionId) {
            if (side.count && side.errorKind == ErrorKind::None)
                return;
            entries << RunLogEntry { s.ts, RunLogEntry::Category::PollError,
                tr("%1 · %2").arg(title, connectionName(connectionId)),
                side.errorKind == ErrorKind::None ? tr("no count") : errorKindKey(side.errorKind),
                side.errorMessage.isEmpty() ? tr("The count could not be read.") : side.errorMessage };
        };
        side(s.source, tr("Source"), i->source.connection);
        side(s.destination, tr("Destination"), i->destination.connection);
    }
    QList<Finding> findings = m_history->integrationFindings(i->id, since, {});
    QStringList connections = i->connectionIds();
    connections.removeDuplicates();
    for (const QString& c : std::as_const(connections))
        findings << m_history->connectionFindings(c, since, {});
    for (const Finding& f : std::as_const(findings)) {
        if (f.severity == Severity::Ok)
            continue;
        entries << RunLogEntry { f.at, RunLogEntry::Category::Finding,
            f.connectionId.isEmpty() ? i->name : connectionName(f.connectionId),
            tr("%1 (%2)").arg(severityDisplayName(f.severity), f.rule), f.message };
    }

    // Keep the selected lines and the scroll position across the refill.
    QList<RunLogEntry> selected;
    for (const QModelIndex& index : m_runLogTable->selectionModel()->selectedRows())
        selected << m_runLogModel->entryAt(index.row());
    std::optional<RunLogEntry> current;
    if (const QModelIndex c = m_runLogTable->currentIndex(); c.isValid())
        current = m_runLogModel->entryAt(c.row());
    const ScrollState scroll = ScrollState::of(m_runLogTable);
    m_runLogModel->setEntries(entries);
    if (!selected.isEmpty() || current) {
        QItemSelection selection;
        for (int row = 0; row < m_runLogModel->rowCount(); ++row) {
            const RunLogEntry& e = m_runLogModel->entryAt(row);
            if (selected.contains(e))
                selection.select(m_runLogModel->index(row, 0), m_runLogModel->index(row, RunLogModel::ColumnCount - 1));
            if (current && e == *current)
                m_runLogTable->selectionModel()->setCurrentIndex(
                    m_runLogModel->index(row, 0), QItemSelectionModel::NoUpdate);
        }
        m_runLogTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    scroll.restore(m_runLogTable);
}

void IntegrationDashboard::updatePaging()
{
    const int total = m_runLogModel->filteredCount();
    m_pageLabel->setText(total == 0 ? tr("No entries")
                                    : tr("Page %1 of %2 · %n entries", nullptr, total)
                                          .arg(m_runLogModel->page() + 1)
                                          .arg(m_runLogModel->pageCount()));
    m_previousPage->setEnabled(m_runLogModel->page() > 0);
    m_nextPage->setEnabled(m_runLogModel->page() + 1 < m_runLogModel->pageCount());
}

void IntegrationDashboard::copyRunLogSelection()
{
    QList<int> rows;
    for (const QModelIndex& index : m_runLogTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_runLogTable->currentIndex().isValid())
        rows << m_runLogTable->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_runLogModel->tabSeparated(rows));
}

void IntegrationDashboard::updateDefinition()
{
    if (!m_integration)
        return;
    const Integration& i = *m_integration;
    auto connectionName = [this](const QString& connectionId) -> QString {
        const std::optional<Connection> c = m_workspace.connection(connectionId);
        return c ? tr("%1 (%2)").arg(c->name, vendorDisplayName(c->vendor)) : connectionId;
    };
    const auto paragraphs = [](const QString& text) { return esc(text).replace(u'\n', u"<br>"_s); };
    auto side = [&](const QString& title, const IntegrationSide& s) -> QString {
        QString html = u"<tr><th align=left valign=top>%1</th><td>%2 · <b>%3</b>"_s.arg(
            esc(title), esc(connectionName(s.connection)), esc(s.object));
        const QString filter = IntegrationDialog::filterText(s.filter);
        if (!filter.isEmpty())
            html += u"<br><small>"_s + esc(tr("Filter: %1").arg(filter)) + u"</small>"_s;
        return html + u"</td></tr>"_s;
    };
    QString html = u"<p><small>%1</small></p><table cellspacing=4>"_s.arg(esc(tr("ID: %1").arg(i.id)));
    html += side(tr("Source"), i.source);
    html += side(tr("Destination"), i.destination);
    html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(
        esc(tr("Direction")), esc(directionDisplayName(i.direction)));
    if (i.middleware) {
        html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(
            esc(tr("Middleware")), esc(tr("%1, %2").arg(connectionName(i.middleware->connection), i.middleware->ref)));
    }
    html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(
        esc(tr("Owner")), esc(i.owner.isEmpty() ? tr("(nobody named)") : i.owner));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Field mappings")));
    if (i.mappings.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("No mappings defined.")));
    } else {
        html += u"<table border=1 cellspacing=0 cellpadding=4><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            esc(tr("Source field")), esc(tr("Destination field")), esc(tr("Key")));
        for (const FieldMapping& m : i.mappings) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(m.source), esc(m.destination), m.key ? esc(tr("key")) : QString());
        }
        html += u"</table>"_s;
    }
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(esc(tr("Checks")),
        esc(tr("Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.")
                .arg(i.checks.intervalS)
                .arg(i.checks.tolerancePct)
                .arg(i.checks.toleranceAbs)
                .arg(i.checks.lagGraceS)));
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(
        esc(tr("Purpose")), i.purpose.isEmpty() ? esc(tr("(not documented)")) : paragraphs(i.purpose));
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(
        esc(tr("Runbook")), i.runbook.isEmpty() ? esc(tr("(not documented)")) : paragraphs(i.runbook));
    const int scroll = m_definition->verticalScrollBar()->value();
    m_definition->setHtml(html);
    m_definition->verticalScrollBar()->setValue(scroll);
}

} // namespace plumbline
