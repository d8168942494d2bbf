#pragma once

#include <QWidget>

class QTableView;

namespace plumbline {

class ChangeLogTableModel;
class WorkspaceService;

// The change log page: every change to the workspace's definitions, newest first, as the repository records them.
class ChangeLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogPage)

public:
    explicit ChangeLogPage(WorkspaceService& workspace, QWidget* parent = nullptr);

    ChangeLogTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    ChangeLogTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace plumbline
