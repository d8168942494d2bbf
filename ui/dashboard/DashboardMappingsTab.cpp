#include "DashboardMappingsTab.h"

#include "DashboardParts.h"
#include "FormRows.h"
#include "IntegrationDashboard.h"
#include "StatusIcons.h"

#include <HistoryService.h>
#include <schema/MappingHealth.h>
#include <views/MappingStateModel.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::ScrollState;
using dashboard::when;

// The texts keep the dashboard's translation context (IntegrationDashboard::tr), where the catalogues have them.
DashboardMappingsTab::DashboardMappingsTab(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(u"mappingNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model = new MappingStateModel(this);
    m_table
        = makeReadOnlyTable(this, u"mappingStateTable"_s, IntegrationDashboard::tr("Field mappings and their state"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A status dot beside each mapping's state (the same dots as the integrations).
    auto* dots = new StatusIconProxy(MappingStateModel::SeverityRole, MappingStateModel::StateColumn, this);
    dots->setSourceModel(m_model);
    m_table->setModel(dots);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
}

DashboardMappingsTab::~DashboardMappingsTab() = default;

void DashboardMappingsTab::setHistory(HistoryService* history)
{
    m_history = history;
}

void DashboardMappingsTab::refresh(const Integration& integration)
{
    const Integration& i = integration;
    QList<SchemaSnapshot> source;
    QList<SchemaSnapshot> destination;
    if (m_history) {
        source = m_history->schemaHistory(i.source.connection, i.source.object);
        destination = m_history->schemaHistory(i.destination.connection, i.destination.object);
    }
    const ScrollState scroll = ScrollState::of(m_table);
    m_model->setStates(MappingHealth::evaluate(i, source, destination));
    scroll.restore(m_table);
    if (i.mappings.isEmpty())
        m_note->setText(IntegrationDashboard::tr("No field mappings are defined. Edit the integration to add them."));
    else if (source.isEmpty() || destination.isEmpty())
        m_note->setText(IntegrationDashboard::tr("The field schemas have not been fetched yet; the states show after "
                                                 "the first check."));
    else
        m_note->setText(
            IntegrationDashboard::tr("Checked against the schemas fetched %1 (source) and %2 (destination).")
                .arg(when(source.last().ts), when(destination.last().ts)));
}

void DashboardMappingsTab::resetPlace()
{
    m_table->clearSelection();
}

} // namespace plumbline
