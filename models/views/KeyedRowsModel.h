#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

namespace plumbline {

// A table whose rows are keyed by an id and updated in place: a reload removes the rows that went away, moves the
// ones whose order changed, inserts the new ones where they belong and sends dataChanged only for the rows that
// differ. Views keep their selection, current index, sort and scroll position across a poll or an edit, which a
// model reset would throw away. Not a Q_OBJECT itself; the concrete model is.
template <typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    int rowOf(const QString& key) const { return m_index.value(key, -1); }

protected:
    virtual QString rowKey(const Row& row) const = 0;

    // Brings the rows to `next` (unique keys) with the fewest structural signals. `same` says whether a kept row's
    // shown data is unchanged; rows where it returns false get one dataChanged over all columns.
    void syncRows(QList<Row> next, const std::function<bool(const Row&, const Row&)>& same)
    {
        QSet<QString> nextKeys;
        nextKeys.reserve(next.size());
        for (const Row& r : std::as_const(next))
            nextKeys.insert(rowKey(r));

        // 1. Remove the rows that went away, in contiguous runs from the bottom.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (nextKeys.contains(rowKey(m_rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !nextKeys.contains(rowKey(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }

        // 2. Put the kept rows in their new relative order (a rename can move a row): one layout change.
        QSet<QString> kept;
        for (const Row& r : std::as_const(m_rows))
            kept.insert(rowKey(r));
        QList<QString> keptOrder;
        for (const Row& r : std::as_const(next)) {
            if (kept.contains(rowKey(r)))
                keptOrder << rowKey(r);
        }
        bool reordered = false;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (rowKey(m_rows.at(row)) != keptOrder.at(row)) {
                reordered = true;
                break;
            }
        }
        if (reordered) {
            Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            QHash<QString, int> newRow;
            for (int row = 0; row < keptOrder.size(); ++row)
                newRow.insert(keptOrder.at(row), row);
            const QModelIndexList before = persistentIndexList();
            QModelIndexList after;
            after.reserve(before.size());
            for (const QModelIndex& index : before)
                after << index.sibling(newRow.value(rowKey(m_rows.at(index.row()))), index.column());
            QList<Row> moved(m_rows.size());
            for (const Row& r : std::as_const(m_rows))
                moved[newRow.value(rowKey(r))] = r;
            m_rows = std::move(moved);
            changePersistentIndexList(before, after);
            Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }

        // 3. Insert the new rows where they belong, in contiguous runs.
        for (int row = 0; row < next.size();) {
            if (row < m_rows.size() && rowKey(m_rows.at(row)) == rowKey(next.at(row))) {
                ++row;
                continue;
            }
            int last = row;
            while (last + 1 < next.size() && !kept.contains(rowKey(next.at(last + 1))))
                ++last;
            beginInsertRows({}, row, last);
            for (int i = row; i <= last; ++i)
                m_rows.insert(i, next.at(i));
            endInsertRows();
            row = last + 1;
        }

        // 4. Changed data of kept rows.
        const int columns = columnCount();
        for (int row = 0; row < next.size(); ++row) {
            if (same(m_rows.at(row), next.at(row)))
                continue;
            m_rows[row] = next.at(row);
            if (columns > 0)
                Q_EMIT dataChanged(index(row, 0), index(row, columns - 1));
        }

        m_index.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(rowKey(m_rows.at(row)), row);
    }

    // Every row's data may have changed (e.g. the names of connections it shows).
    void allRowsChanged()
    {
        if (!m_rows.isEmpty() && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    QList<Row> m_rows;

private:
    QHash<QString, int> m_index;
};

} // namespace plumbline
