#pragma once

#include "ChangeLogEntry.h"

#include <QAbstractTableModel>

namespace plumbline {

class WorkspaceRepository;

// The change log, newest first.
class ChangeLogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogTableModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit ChangeLogTableModel(WorkspaceRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    WorkspaceRepository& m_repository;
    QList<ChangeLogEntry> m_rows;
};

} // namespace plumbline
