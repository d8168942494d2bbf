#include "OverviewPage.h"

#include "HeartbeatIndicator.h"
#include "PageParts.h"
#include "StatusIcons.h"
#include "dashboard/IntegrationDashboard.h"

#include <HistoryService.h>
#include <IntegrationTableModel.h>
#include <views/IntegrationFilterProxy.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

OverviewPage::OverviewPage(
    WorkspaceService& workspace, IntegrationTableModel& model, StatusIconProxy& statusProxy, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_statusProxy(statusProxy)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"integrationsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = pageHeading(tr("Integrations"), this);
    layout->addWidget(heading);
    createFilterBar(layout);

    m_filterProxy = new IntegrationFilterProxy(this);
    m_filterProxy->setSourceModel(&m_statusProxy);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    QWidget* tableBox = createTable(splitter);
    heading->setBuddy(m_table);
    m_dashboard = new IntegrationDashboard(workspace, splitter);
    m_dashboard->setAccessibleName(tr("Integration dashboard"));
    connect(m_dashboard, &IntegrationDashboard::editRequested, this, &OverviewPage::editRequested);
    connect(m_dashboard, &IntegrationDashboard::signInRequested, this, &OverviewPage::signInRequested);
    connect(m_dashboard, &IntegrationDashboard::setKeyRequested, this, &OverviewPage::setKeyRequested);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_dashboard);
    // Rows grow when a reason wraps: room for a few of them above the dashboard.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                Q_EMIT selectRequested(current.data(IntegrationTableModel::IdRole).toString());
            Q_EMIT tableSelectionChanged();
        });
    // A new current row also changes the selection: the dashboard reads the store once per integration chosen.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OverviewPage::tableSelectionChanged);
    // Enter or a double click opens the integration's details below (Ctrl+E edits it).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT selectRequested(index.data(IntegrationTableModel::IdRole).toString());
        m_dashboard->setFocus(Qt::OtherFocusReason);
    });

    // The summary's "last check … ago" moves on by itself, at least once a minute.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setObjectName(u"overviewSummaryTimer"_s);
    m_summaryTimer->setInterval(30 * 1000);
    connect(m_summaryTimer, &QTimer::timeout, this, &OverviewPage::updateSummary);
    m_summaryTimer->start();
    updateSummary();
}

void OverviewPage::createFilterBar(QVBoxLayout* layout)
{
    // Filter and search (Ctrl+F) over name, systems and objects; sorting by the model's numbers, not its text.
    auto* filterBar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Sho&w:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"overviewFilter"_s);
    m_filter->setAccessibleName(tr("Which integrations to show"));
    using StateFilter = IntegrationFilterProxy::StateFilter;
    for (StateFilter f : { StateFilter::All, StateFilter::Problems, StateFilter::Critical, StateFilter::Warning,
             StateFilter::Unknown, StateFilter::Ok, StateFilter::NotChecked })
        m_filter->addItem(IntegrationFilterProxy::stateFilterDisplayName(f), int(f));
    filterLabel->setBuddy(m_filter);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"overviewSearch"_s);
    m_search->setAccessibleName(tr("Search integrations"));
    m_search->setPlaceholderText(tr("Search name, system or object (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter);
    filterBar->addWidget(m_search, 1);
    layout->addLayout(filterBar);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_filterProxy->setStateFilter(IntegrationFilterProxy::StateFilter(m_filter->currentData().toInt()));
        Q_EMIT filterChanged();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterProxy->setSearchText(text);
        Q_EMIT filterChanged();
    });
    // Down from the search field goes to the results.
    m_search->installEventFilter(this);
}

QWidget* OverviewPage::createTable(QWidget* parent)
{
    auto* tableBox = new QWidget(parent);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    // How the workspace is doing, in one line: how many integrations are in each state, and when it was checked.
    m_summary = new QLabel(tableBox);
    m_summary->setObjectName(u"overviewSummary"_s);
    m_summary->setAccessibleName(tr("Overview summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tableLayout->addWidget(m_summary);
    m_table = makeSingleSelectionTable(tableBox, u"integrationsTable"_s, tr("Integrations"));
    m_table->setModel(m_filterProxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the workspace's order
    m_empty = new QLabel(tr("No integration matches the filter and search."), tableBox);
    m_empty->setObjectName(u"overviewEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_empty);
    arrangeColumns();
    return tableBox;
}

void OverviewPage::arrangeColumns()
{
    // The name takes the room; sides and counts fit their contents; owner and direction are in the detail below.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationTableModel::NameColumn, QHeaderView::Stretch);
    for (int column : { int(IntegrationTableModel::SourceColumn), int(IntegrationTableModel::DestinationColumn) }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 190);
    }
    // In ten seconds: which integration, its state and why, and the numbers. Sides, owner and direction are in the
    // tooltip and the detail below.
    // The gap in records too: the dashboard and the reason (“… 100 missing (4.4 %) …”) give it.
    for (int column : { int(IntegrationTableModel::OwnerColumn), int(IntegrationTableModel::DirectionColumn),
             int(IntegrationTableModel::SourceColumn), int(IntegrationTableModel::DestinationColumn),
             int(IntegrationTableModel::GapColumn) })
        m_table->setColumnHidden(column, true);
    // Name, the counts and their gap, the values' match rate, alerts, when it was checked, the state, then why (takes
    // the room).
    int visual = 1;
    for (int column : { int(IntegrationTableModel::SourceCountColumn),
             int(IntegrationTableModel::DestinationCountColumn), int(IntegrationTableModel::GapColumn),
             int(IntegrationTableModel::GapPercentColumn), int(IntegrationTableModel::ValuesColumn),
             int(IntegrationTableModel::AlertsColumn), int(IntegrationTableModel::CheckedColumn),
             int(IntegrationTableModel::StatusColumn), int(IntegrationTableModel::ReasonColumn) })
        header->moveSection(header->visualIndex(column), visual++);
    m_statusProxy.addColumn(IntegrationTableModel::StatusColumn);
    header->setSectionResizeMode(IntegrationTableModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(IntegrationTableModel::NameColumn, 220);
    // The state is a dot and a word; the reason gets the rest of the width and wraps onto more lines rather than
    // being cut ("Critical: hubspot…" said nothing), the whole line also in its tooltip.
    header->setSectionResizeMode(IntegrationTableModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationTableModel::ReasonColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void OverviewPage::setHistory(HistoryService* history)
{
    m_history = history;
    m_dashboard->setHistory(history);
}

void OverviewPage::setMonitor(Monitor* monitor)
{
    m_dashboard->setMonitor(monitor);
}

void OverviewPage::setValueChecker(ValueChecker* checker)
{
    m_dashboard->setValueChecker(checker);
}

void OverviewPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    updateSummary();
}

std::optional<QString> OverviewPage::selectedIntegrationId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return current.data(IntegrationTableModel::IdRole).toString();
}

void OverviewPage::selectRow(int row)
{
    // The table shows the filtered and sorted rows; an integration hidden by the filter stays unselected there.
    const QModelIndex tableIndex
        = m_filterProxy->mapFromSource(m_statusProxy.index(row, IntegrationTableModel::NameColumn));
    if (tableIndex.isValid() && (m_table->currentIndex().row() != tableIndex.row() || !selectedIntegrationId())) {
        m_table->selectionModel()->setCurrentIndex(
            tableIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(tableIndex);
    }
}

void OverviewPage::showIntegration(const std::optional<QString>& id, const QList<Finding>& findings)
{
    m_dashboard->showIntegration(id,
        m_model.rowCount() == 0
            ? tr("No integrations yet. Add one to say which data flows between two of your connections.")
            : tr("Select an integration to see its dashboard."));
    if (id)
        m_dashboard->setLiveState(m_model.snapshot(*id), findings);
}

void OverviewPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OverviewPage::updateEmptyState()
{
    const bool filteredOut = m_filterProxy->rowCount() == 0 && m_model.rowCount() > 0;
    m_empty->setVisible(filteredOut);
}

void OverviewPage::updateSummary()
{
    const int rows = m_model.rowCount();
    if (rows == 0) {
        m_summary->setText(tr("No integrations yet"));
        return;
    }
    int critical = 0;
    int warning = 0;
    int unknown = 0;
    int ok = 0;
    int unchecked = 0;
    std::optional<QDateTime> newestReading;
    for (int row = 0; row < rows; ++row) {
        const std::optional<CountSnapshot> snap = m_model.snapshot(m_model.integrationAt(row).id);
        if (snap && snap->at.isValid() && (!newestReading || snap->at > *newestReading))
            newestReading = snap->at;
        if (!snap || !snap->status) {
            ++unchecked;
            continue;
        }
        switch (*snap->status) {
        case Severity::Critical:
            ++critical;
            break;
        case Severity::Warning:
            ++warning;
            break;
        case Severity::Unknown:
            ++unknown;
            break;
        case Severity::Ok:
            ++ok;
            break;
        }
    }
    QStringList parts;
    if (critical > 0)
        parts << tr("%n critical", nullptr, critical);
    if (warning > 0)
        parts << tr("%n warning(s)", nullptr, warning);
    if (unknown > 0)
        parts << tr("%n unknown", nullptr, unknown);
    if (ok > 0)
        parts << tr("%n OK", nullptr, ok);
    if (unchecked > 0)
        parts << tr("%n not checked yet", nullptr, unchecked);
    // The monitor's heartbeat is its last finished check (whichever process polls); without a monitor, the newest
    // count read.
    std::optional<QDateTime> lastCheck = m_history ? m_history->lastHeartbeat() : std::nullopt;
    if (!lastCheck && !m_history)
        lastCheck = newestReading;
    if (lastCheck)
        parts
            << tr("last check %1").arg(HeartbeatIndicator::agoText(std::max<qint64>(0, lastCheck->secsTo(m_clock()))));
    else
        parts << tr("no check yet");
    m_summary->setText(parts.join(tr(" · ", "between the parts of the overview's summary line")));
}

bool OverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_filterProxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!selectedIntegrationId() || key == Qt::Key_Down) {
                const QModelIndex first = m_filterProxy->index(0, IntegrationTableModel::NameColumn);
                if (!selectedIntegrationId())
                    Q_EMIT selectRequested(first.data(IntegrationTableModel::IdRole).toString());
            }
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace plumbline
