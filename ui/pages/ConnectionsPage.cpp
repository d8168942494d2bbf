#include "ConnectionsPage.h"

#include "PageParts.h"

#include <ConnectionTableModel.h>
#include <WorkspaceService.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

ConnectionsPage::ConnectionsPage(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_model(workspace.createConnectionModel(this))
{
    setObjectName(u"connectionsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = pageHeading(tr("Connections"), this);
    layout->addWidget(heading);
    m_table = makeSingleSelectionTable(this, u"connectionsTable"_s, tr("Connections"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ConnectionTableModel::ApiVersionColumn, QHeaderView::ResizeToContents);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addConnectionButton"_s);
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editConnectionButton"_s);
    m_setKeyButton = new QPushButton(tr("Set API &key…"), this);
    m_setKeyButton->setObjectName(u"setApiKeyButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(u"deleteConnectionButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_setKeyButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectionsPage::addRequested);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectionsPage::editSelectedRequested);
    connect(m_setKeyButton, &QPushButton::clicked, this, &ConnectionsPage::setKeySelectedRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionsPage::deleteSelectedRequested);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT editRequested(index.data(ConnectionTableModel::IdRole).toString());
    });
}

std::optional<QString> ConnectionsPage::selectedConnectionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return current.data(ConnectionTableModel::IdRole).toString();
}

void ConnectionsPage::selectConnection(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionsPage::setSelectionActionsEnabled(bool enabled)
{
    m_editButton->setEnabled(enabled);
    m_deleteButton->setEnabled(enabled);
    m_setKeyButton->setEnabled(enabled);
}

} // namespace plumbline
