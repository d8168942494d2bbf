#include "IntegrationDashboard.h"

#include "DashboardDefinitionTab.h"
#include "DashboardMappingsTab.h"
#include "DashboardOverviewTab.h"
#include "DashboardParts.h"
#include "DashboardRunLogTab.h"
#include "DashboardSchemaTab.h"
#include "DashboardValuesTab.h"
#include "StatusIcons.h"

#include <HistoryService.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::when;

namespace {

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
    // In the order of Tab; each tab is created just before it is added, so the focus chain follows the tabs.
    m_overview = new DashboardOverviewTab(m_workspace, this);
    m_tabs->addTab(m_overview, tr("&Overview"));
    connect(m_overview, &DashboardOverviewTab::signInRequested, this, &IntegrationDashboard::signInRequested);
    connect(m_overview, &DashboardOverviewTab::setKeyRequested, this, &IntegrationDashboard::setKeyRequested);
    m_mappings = new DashboardMappingsTab(this);
    m_tabs->addTab(m_mappings, tr("&Mappings"));
    m_values = new DashboardValuesTab(m_workspace, this);
    m_tabs->addTab(m_values, tr("&Values"));
    m_schema = new DashboardSchemaTab(m_workspace, this);
    m_tabs->addTab(m_schema, tr("Schema c&hanges"));
    m_runLog = new DashboardRunLogTab(m_workspace, this);
    m_tabs->addTab(m_runLog, tr("Run &log"));
    m_definition = new DashboardDefinitionTab(m_workspace, content);
    m_tabs->addTab(m_definition, tr("&Definition"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(m_emptyLabel);
}

IntegrationDashboard::~IntegrationDashboard() = default;

QVBoxLayout* IntegrationDashboard::chartsSlot() const
{
    return m_overview->chartsSlot();
}

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

void IntegrationDashboard::setHistory(HistoryService* history)
{
    m_history = history;
    m_overview->setHistory(history);
    m_mappings->setHistory(history);
    m_values->setHistory(history);
    m_schema->setHistory(history);
    m_runLog->setHistory(history);
    refresh();
}

void IntegrationDashboard::setMonitor(Monitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor)
        connect(m_monitor, &Monitor::pollingChanged, this, &IntegrationDashboard::updateRunButton);
    m_overview->setMonitor(monitor);
    m_values->setMonitor(monitor);
    updateRunButton();
}

void IntegrationDashboard::setValueChecker(ValueChecker* checker)
{
    m_values->setValueChecker(checker);
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
        // Another integration: none of the last one's live state, selections or overview scroll position stay.
        m_id = id;
        m_snapshot.reset();
        m_findings.clear();
        m_overview->showIntegration(*id);
        m_mappings->resetPlace();
        m_values->resetPlace();
        m_runLog->resetPlace();
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
    m_overview->setLiveState(snapshot, findings);
    if (m_dirty || !isVisible()) {
        m_dirty = true;
        return;
    }
    updateHeader();
    m_overview->updateFindings();
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
    updateHeader();
    m_overview->refresh(*m_integration);
    m_mappings->refresh(*m_integration);
    m_values->refresh(*m_integration);
    m_schema->refresh(*m_integration);
    m_runLog->refresh(*m_integration);
    m_definition->refresh(*m_integration);
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

} // namespace plumbline
