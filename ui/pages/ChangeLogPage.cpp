#include "ChangeLogPage.h"

#include "PageParts.h"

#include <ChangeLogTableModel.h>
#include <WorkspaceService.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

ChangeLogPage::ChangeLogPage(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_model(workspace.createChangeLogModel(this))
{
    setObjectName(u"changeLogPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = pageHeading(tr("Change log"), this);
    layout->addWidget(heading);
    m_table = makeSingleSelectionTable(this, u"changeLogTable"_s, tr("Change log"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);
}

} // namespace plumbline
