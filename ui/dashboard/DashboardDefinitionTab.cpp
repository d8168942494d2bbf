#include "DashboardDefinitionTab.h"

#include "DashboardParts.h"
#include "IntegrationDashboard.h"
#include "IntegrationDialog.h"

#include <VendorProfile.h>
#include <WorkspaceService.h>

#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::esc;

// The texts keep the dashboard's translation context (IntegrationDashboard::tr), where the catalogues have them.
DashboardDefinitionTab::DashboardDefinitionTab(WorkspaceService& workspace, QWidget* parent)
    : QTextBrowser(parent)
    , m_workspace(workspace)
{
    // Kept under its old name: the definition and documentation of the integration.
    setObjectName(u"integrationDetail"_s);
    setAccessibleName(IntegrationDashboard::tr("Integration definition"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
}

DashboardDefinitionTab::~DashboardDefinitionTab() = default;

void DashboardDefinitionTab::refresh(const Integration& integration)
{
    const Integration& i = integration;
    auto connectionName = [this](const QString& connectionId) -> QString {
        const std::optional<Connection> c = m_workspace.connection(connectionId);
        return c ? IntegrationDashboard::tr("%1 (%2)").arg(c->name, vendorDisplayName(c->vendor)) : connectionId;
    };
    const auto paragraphs = [](const QString& text) { return esc(text).replace(u'\n', u"<br>"_s); };
    auto side = [&](const QString& title, const IntegrationSide& s) -> QString {
        QString html = u"<tr><th align=left valign=top>%1</th><td>%2 · <b>%3</b>"_s.arg(
            esc(title), esc(connectionName(s.connection)), esc(s.object));
        const QString filter = IntegrationDialog::filterText(s.filter);
        if (!filter.isEmpty())
            html += u"<br><small>"_s + esc(IntegrationDashboard::tr("Filter: %1").arg(filter)) + u"</small>"_s;
        return html + u"</td></tr>"_s;
    };
    QString html
        = u"<p><small>%1</small></p><table cellspacing=4>"_s.arg(esc(IntegrationDashboard::tr("ID: %1").arg(i.id)));
    html += side(IntegrationDashboard::tr("Source"), i.source);
    html += side(IntegrationDashboard::tr("Destination"), i.destination);
    html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(
        esc(IntegrationDashboard::tr("Direction")), esc(directionDisplayName(i.direction)));
    if (i.middleware) {
        html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(esc(IntegrationDashboard::tr("Middleware")),
            esc(IntegrationDashboard::tr("%1, %2").arg(connectionName(i.middleware->connection), i.middleware->ref)));
    }
    html += u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(esc(IntegrationDashboard::tr("Owner")),
        esc(i.owner.isEmpty() ? IntegrationDashboard::tr("(nobody named)") : i.owner));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(esc(IntegrationDashboard::tr("Field mappings")));
    if (i.mappings.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(IntegrationDashboard::tr("No mappings defined.")));
    } else {
        html += u"<table border=1 cellspacing=0 cellpadding=4><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            esc(IntegrationDashboard::tr("Source field")), esc(IntegrationDashboard::tr("Destination field")),
            esc(IntegrationDashboard::tr("Key")));
        for (const FieldMapping& m : i.mappings) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(m.source), esc(m.destination), m.key ? esc(IntegrationDashboard::tr("key")) : QString());
        }
        html += u"</table>"_s;
    }
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(esc(IntegrationDashboard::tr("Checks")),
        esc(IntegrationDashboard::tr("Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.")
                .arg(i.checks.intervalS)
                .arg(i.checks.tolerancePct)
                .arg(i.checks.toleranceAbs)
                .arg(i.checks.lagGraceS)));
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(esc(IntegrationDashboard::tr("Purpose")),
        i.purpose.isEmpty() ? esc(IntegrationDashboard::tr("(not documented)")) : paragraphs(i.purpose));
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(esc(IntegrationDashboard::tr("Runbook")),
        i.runbook.isEmpty() ? esc(IntegrationDashboard::tr("(not documented)")) : paragraphs(i.runbook));
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace plumbline
