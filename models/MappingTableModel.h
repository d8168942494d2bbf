#pragma once

#include "Integration.h"

#include <QAbstractTableModel>

namespace plumbline {

// An editable list of field mappings (the integration editor's table): add, remove, reorder, key flag.
class MappingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTableModel)

public:
    enum Column
    {
        SourceColumn,
        DestinationColumn,
        KeyColumn,
        ColumnCount
    };

    explicit MappingTableModel(QObject* parent = nullptr);

    void setMappings(const QList<FieldMapping>& mappings);
    QList<FieldMapping> mappings() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

    // Rows whose source or destination field is empty (the editor refuses to save them).
    QList<int> incompleteRows() const;

private:
    QList<FieldMapping> m_rows;
};

} // namespace plumbline
