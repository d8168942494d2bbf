#include "DashboardSchemaTab.h"

#include "DashboardParts.h"
#include "IntegrationDashboard.h"

#include <HistoryService.h>
#include <WorkspaceService.h>
#include <schema/MappingHealth.h>

#include <QHeaderView>
#include <QSet>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::ScrollState;
using dashboard::when;

// The texts keep the dashboard's translation context (IntegrationDashboard::tr), where the catalogues have them.
DashboardSchemaTab::DashboardSchemaTab(WorkspaceService& workspace, QWidget* parent)
    : QTreeWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"schemaChangesTree"_s);
    setAccessibleName(IntegrationDashboard::tr("Schema changes"));
    setHeaderLabels({ IntegrationDashboard::tr("Time"), IntegrationDashboard::tr("Change"),
        IntegrationDashboard::tr("Field"), IntegrationDashboard::tr("Detail") });
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

DashboardSchemaTab::~DashboardSchemaTab() = default;

void DashboardSchemaTab::setHistory(HistoryService* history)
{
    m_history = history;
}

void DashboardSchemaTab::refresh(const Integration& integration)
{
    const Integration& i = integration;
    // Keep what the reader looked at: the current row (by its texts), which sides are open, and the scroll.
    QStringList currentKey;
    if (const QTreeWidgetItem* item = currentItem()) {
        for (const QTreeWidgetItem* it = item; it; it = it->parent())
            currentKey.prepend(it->text(0) + u'|' + it->text(1) + u'|' + it->text(2));
    }
    QSet<QString> collapsed;
    for (int n = 0; n < topLevelItemCount(); ++n) {
        if (!topLevelItem(n)->isExpanded())
            collapsed.insert(topLevelItem(n)->data(0, Qt::UserRole).toString());
    }
    const ScrollState scroll = ScrollState::of(this);
    clear();
    const auto addSide = [&](const QString& title, const QString& key, const IntegrationSide& side) {
        const QList<SchemaSnapshot> history
            = m_history ? m_history->schemaHistory(side.connection, side.object) : QList<SchemaSnapshot>();
        const QList<SchemaChange> changes = MappingHealth::changes(history);
        auto* top = new QTreeWidgetItem(this);
        top->setData(0, Qt::UserRole, key);
        const std::optional<Connection> c = m_workspace.connection(side.connection);
        top->setText(0, IntegrationDashboard::tr("%1: %2 · %3").arg(title, c ? c->name : side.connection, side.object));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (history.isEmpty()) {
            auto* none = new QTreeWidgetItem(top);
            none->setText(0, IntegrationDashboard::tr("Not fetched yet"));
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
    addSide(IntegrationDashboard::tr("Source"), u"source"_s, i.source);
    addSide(IntegrationDashboard::tr("Destination"), u"destination"_s, i.destination);
    if (!currentKey.isEmpty()) {
        QTreeWidgetItem* found = nullptr;
        for (int n = 0; n < topLevelItemCount() && !found; ++n) {
            QTreeWidgetItem* top = topLevelItem(n);
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
            setCurrentItem(found);
    }
    scroll.restore(this);
}

} // namespace plumbline
