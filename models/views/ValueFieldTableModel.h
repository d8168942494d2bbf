#pragma once

#include <values/ValueCheck.h>

#include <QAbstractTableModel>

namespace plumbline {

// The fields of one value check (ARCHITECTURE.md §12), the dashboard's Values tab: each mapped field's counts, its
// failure rate with the Wilson interval, and since when it may have failed. Sorted by failures, most first, so the
// field to look at is on top. Counts only; the examples stay with the check (fieldAt) for the view to show on its own.
class ValueFieldTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueFieldTableModel)

public:
    enum Column
    {
        SourceColumn,
        DestinationColumn,
        ComparedColumn,
        DifferColumn, // FieldTally::failures(): empty at the destination, truncated or another value
        EmptyColumn, // empty at the destination
        TruncatedColumn,
        CaseOnlyColumn,
        RateColumn, // failures of compared, with its interval
        SinceColumn, // the earliest source change among the failing records
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers, times as times
        FailuresRole, // qint64
    };

    explicit ValueFieldTableModel(QObject* parent = nullptr);

    // The fields of a check, sorted by failures (most first; then by source field). Same fields again: data changes
    // in place, keeping the view's selection.
    void setFields(const QList<FieldTally>& fields);
    const QList<FieldTally>& fields() const { return m_rows; }
    const FieldTally& fieldAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& source, const QString& destination) const;

    // "4.7 % (2.5–8.6 %)": `part` of `of` with its Wilson 95 % interval; "—" when nothing was compared.
    static QString rateText(qint64 part, qint64 of);
    // "4.7 %" alone.
    static QString percentText(double fraction);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FieldTally> m_rows;
};

} // namespace plumbline
