#include "DashboardRunLogTab.h"

#include "DashboardParts.h"
#include "FormRows.h"
#include "IntegrationDashboard.h"

#include <HistoryService.h>
#include <WorkspaceService.h>
#include <views/RunLogModel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::ScrollState;

namespace {

constexpr int kRunLogDays = 30;

} // namespace

// The texts keep the dashboard's translation context (IntegrationDashboard::tr), where the catalogues have them.
DashboardRunLogTab::DashboardRunLogTab(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* filters = new QHBoxLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(u"runLogCategory"_s);
    m_category->setAccessibleName(IntegrationDashboard::tr("Category"));
    m_category->addItem(IntegrationDashboard::tr("All categories"), -1);
    for (const RunLogEntry::Category c :
        { RunLogEntry::Category::Run, RunLogEntry::Category::PollError, RunLogEntry::Category::Finding })
        m_category->addItem(RunLogModel::categoryText(c), int(c));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"runLogFilter"_s);
    m_filter->setPlaceholderText(IntegrationDashboard::tr("Filter by text…"));
    m_filter->setAccessibleName(IntegrationDashboard::tr("Filter the run log"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_category);
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);

    m_model = new RunLogModel(this);
    m_table = makeReadOnlyTable(this, u"runLogTable"_s, IntegrationDashboard::tr("Run and error log"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(IntegrationDashboard::tr("&Copy"), m_table);
    copy->setObjectName(u"runLogCopyAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    layout->addWidget(m_table, 1);

    auto* paging = new QHBoxLayout;
    m_previousPage = new QPushButton(IntegrationDashboard::tr("&Previous"), this);
    m_previousPage->setObjectName(u"runLogPrevious"_s);
    m_nextPage = new QPushButton(IntegrationDashboard::tr("&Next"), this);
    m_nextPage->setObjectName(u"runLogNext"_s);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"runLogPageLabel"_s);
    paging->addWidget(m_pageLabel);
    paging->addStretch();
    paging->addWidget(m_previousPage);
    paging->addWidget(m_nextPage);
    layout->addLayout(paging);

    connect(copy, &QAction::triggered, this, &DashboardRunLogTab::copySelection);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_category->currentData().toInt();
        m_model->setCategoryFilter(
            c < 0 ? std::nullopt : std::optional<RunLogEntry::Category>(RunLogEntry::Category(c)));
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &RunLogModel::setTextFilter);
    connect(m_previousPage, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });
    connect(m_model, &RunLogModel::pagingChanged, this, &DashboardRunLogTab::updatePaging);
    updatePaging();
}

DashboardRunLogTab::~DashboardRunLogTab() = default;

void DashboardRunLogTab::setHistory(HistoryService* history)
{
    m_history = history;
}

void DashboardRunLogTab::refresh(const Integration& integration)
{
    if (!m_history)
        return;
    const Integration& i = integration;
    const auto connectionName = [this](const QString& connectionId) -> QString {
        const std::optional<Connection> c = m_workspace.connection(connectionId);
        return c ? c->name : connectionId;
    };
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kRunLogDays);
    QList<RunLogEntry> entries;
    if (i.middleware) {
        for (const RunRecord& r : m_history->runs(i.middleware->connection, i.middleware->ref, since)) {
            entries << RunLogEntry { r.ts, RunLogEntry::Category::Run, connectionName(r.connectionId), r.status,
                r.message.isEmpty() ? IntegrationDashboard::tr("Run %1").arg(r.externalId) : r.message };
        }
    }
    for (const Sample& s : m_history->samples(i.id, since, {})) {
        const auto side = [&](const SideSample& side, const QString& title, const QString& connectionId) {
            if (side.count && side.errorKind == ErrorKind::None)
                return;
            entries << RunLogEntry { s.ts, RunLogEntry::Category::PollError,
                IntegrationDashboard::tr("%1 · %2").arg(title, connectionName(connectionId)),
                side.errorKind == ErrorKind::None ? IntegrationDashboard::tr("no count") : errorKindKey(side.errorKind),
                side.errorMessage.isEmpty() ? IntegrationDashboard::tr("The count could not be read.")
                                            : side.errorMessage };
        };
        side(s.source, IntegrationDashboard::tr("Source"), i.source.connection);
        side(s.destination, IntegrationDashboard::tr("Destination"), i.destination.connection);
    }
    QList<Finding> findings = m_history->integrationFindings(i.id, since, {});
    QStringList connections = i.connectionIds();
    connections.removeDuplicates();
    for (const QString& c : std::as_const(connections))
        findings << m_history->connectionFindings(c, since, {});
    for (const Finding& f : std::as_const(findings)) {
        if (f.severity == Severity::Ok)
            continue;
        entries << RunLogEntry { f.at, RunLogEntry::Category::Finding,
            f.connectionId.isEmpty() ? i.name : connectionName(f.connectionId),
            IntegrationDashboard::tr("%1 (%2)").arg(severityDisplayName(f.severity), f.rule), f.message };
    }

    // Keep the selected lines and the scroll position across the refill.
    QList<RunLogEntry> selected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        selected << m_model->entryAt(index.row());
    std::optional<RunLogEntry> current;
    if (const QModelIndex c = m_table->currentIndex(); c.isValid())
        current = m_model->entryAt(c.row());
    const ScrollState scroll = ScrollState::of(m_table);
    m_model->setEntries(entries);
    if (!selected.isEmpty() || current) {
        QItemSelection selection;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const RunLogEntry& e = m_model->entryAt(row);
            if (selected.contains(e))
                selection.select(m_model->index(row, 0), m_model->index(row, RunLogModel::ColumnCount - 1));
            if (current && e == *current)
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    scroll.restore(m_table);
}

void DashboardRunLogTab::resetPlace()
{
    m_model->setPage(0);
    m_table->clearSelection();
}

void DashboardRunLogTab::updatePaging()
{
    const int total = m_model->filteredCount();
    m_pageLabel->setText(total == 0 ? IntegrationDashboard::tr("No entries")
                                    : IntegrationDashboard::tr("Page %1 of %2 · %n entries", nullptr, total)
                                          .arg(m_model->page() + 1)
                                          .arg(m_model->pageCount()));
    m_previousPage->setEnabled(m_model->page() > 0);
    m_nextPage->setEnabled(m_model->page() + 1 < m_model->pageCount());
}

void DashboardRunLogTab::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->tabSeparated(rows));
}

} // namespace plumbline
