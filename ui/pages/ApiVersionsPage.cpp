#include "ApiVersionsPage.h"

#include "StatusIcons.h"

#include <WorkspaceService.h>
#include <calendar/ApiVersionCalendar.h>
#include <monitor/Monitor.h>
#include <views/ApiVersionCalendarModel.h>

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

ApiVersionsPage::ApiVersionsPage(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"apiVersionsPage"_s);
    m_model = new ApiVersionCalendarModel(this);
    m_icons = new StatusIconProxy(ApiVersionCalendarModel::SeverityRole, ApiVersionCalendarModel::UrgencyColumn, this);
    m_icons->setSourceModel(m_model);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(ApiVersionCalendarModel::SortRole);
    m_proxy->setSourceModel(m_icons);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("API versions and deadlines"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"apiVersionsSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(u"apiVersionsTable"_s);
    m_table->setAccessibleName(tr("API versions and deadlines"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Soonest first as built; clicking a header sorts by that column.
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    auto* legend = new QLabel(tr("Dates come from the vendors' own responses (Deprecation and Sunset headers, "
                                 "version lists, 410 Gone) at the latest check, and from the end-of-life dates "
                                 "vendors publish. Red: retired, another version served, or under 14 days left; "
                                 "amber: under 90 days."),
        this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(legend);

    connect(&m_workspace, &WorkspaceService::connectionsChanged, this, &ApiVersionsPage::reload);
    reload();
}

void ApiVersionsPage::setHistory(HistoryService* history)
{
    m_history = history;
    reload();
}

void ApiVersionsPage::setMonitor(Monitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor)
        connect(m_monitor, &Monitor::cycleFinished, this, &ApiVersionsPage::reload);
    reload();
}

int ApiVersionsPage::urgentCount() const
{
    int n = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto u = m_model->rowAt(row).urgency;
        n += u == ApiVersionRow::Urgency::Retired || u == ApiVersionRow::Urgency::Critical
                || u == ApiVersionRow::Urgency::Soon
            ? 1
            : 0;
    }
    return n;
}

void ApiVersionsPage::reload()
{
    m_model->setRows(ApiVersionCalendar::build(m_workspace, m_history, m_clock()));
    const int urgent = urgentCount();
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No connections yet."));
    else if (urgent == 0)
        m_summary->setText(tr("No API version of your connections is going away within 90 days."));
    else
        m_summary->setText(tr("%n API version deadline(s) need attention within 90 days.", nullptr, urgent));
    if (urgent != m_lastUrgent) {
        m_lastUrgent = urgent;
        Q_EMIT urgentCountChanged(urgent);
    }
}

} // namespace plumbline
