#include "IntegrationFilterProxy.h"

#include "../IntegrationTableModel.h"

using namespace Qt::StringLiterals;

namespace plumbline {

IntegrationFilterProxy::IntegrationFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IntegrationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A poll changes states and counts: re-apply the filter and the sort on dataChanged.
    setDynamicSortFilter(true);
}

void IntegrationFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void IntegrationFilterProxy::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

QString IntegrationFilterProxy::stateFilterDisplayName(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All:
        return tr("All integrations");
    case StateFilter::Problems:
        return tr("Problems only");
    case StateFilter::Ok:
        return tr("OK");
    case StateFilter::Warning:
        return tr("Warning");
    case StateFilter::Critical:
        return tr("Critical");
    case StateFilter::Unknown:
        return tr("Unknown");
    case StateFilter::NotChecked:
        return tr("Not checked yet");
    }
    return {};
}

bool IntegrationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, IntegrationTableModel::NameColumn, sourceParent);
    const QString state = index.data(IntegrationTableModel::StatusRole).toString();
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Problems: {
        const bool bad = state == u"warning" || state == u"critical" || state == u"unknown";
        const int alerts = sourceModel()
                               ->index(sourceRow, IntegrationTableModel::AlertsColumn, sourceParent)
                               .data(IntegrationTableModel::SortRole)
                               .toInt();
        if (!bad && alerts == 0)
            return false;
        break;
    }
    case StateFilter::Ok:
        if (state != u"ok")
            return false;
        break;
    case StateFilter::Warning:
        if (state != u"warning")
            return false;
        break;
    case StateFilter::Critical:
        if (state != u"critical")
            return false;
        break;
    case StateFilter::Unknown:
        if (state != u"unknown")
            return false;
        break;
    case StateFilter::NotChecked:
        if (!state.isEmpty())
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(IntegrationTableModel::SearchRole).toString();
    // Every word must match somewhere: "hubspot news" finds "HubSpot contacts → newsletter".
    for (const QString& word : m_search.split(u' ', Qt::SkipEmptyParts)) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace plumbline
