#pragma once

#include <QSortFilterProxyModel>

namespace plumbline {

// The overview's filter, search and sort over IntegrationTableModel (or a proxy of it that keeps its roles):
// which states to show, a case-insensitive search over name, systems and objects, and sorting by the model's
// SortRole so that counts, gaps and times sort as numbers and times.
class IntegrationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationFilterProxy)

public:
    enum class StateFilter
    {
        All,
        Problems, // warning, critical, unknown, or with open alerts
        Ok,
        Warning,
        Critical,
        Unknown,
        NotChecked,
    };
    Q_ENUM(StateFilter)

    explicit IntegrationFilterProxy(QObject* parent = nullptr);

    StateFilter stateFilter() const { return m_state; }
    void setStateFilter(StateFilter filter);
    QString searchText() const { return m_search; }
    void setSearchText(const QString& text);

    static QString stateFilterDisplayName(StateFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_search;
};

} // namespace plumbline
