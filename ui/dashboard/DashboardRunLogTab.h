#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace plumbline {

class HistoryService;
class RunLogModel;
class WorkspaceService;
struct Integration;

// The dashboard's Run log tab (ARCHITECTURE.md, "The window"): the middleware's runs, the polls that could not read a
// count and the findings of the last days, filtered by category and text, a page at a time; Copy puts the selected
// lines on the clipboard. A refresh keeps the selected lines and the scroll position.
class DashboardRunLogTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardRunLogTab)

public:
    explicit DashboardRunLogTab(WorkspaceService& workspace, QWidget* parent = nullptr);
    ~DashboardRunLogTab() override;

    void setHistory(HistoryService* history);
    // Re-reads the runs, samples and findings (nothing without a history).
    void refresh(const Integration& integration);
    // Another integration: back to the first page, nothing selected.
    void resetPlace();

private:
    void updatePaging();
    void copySelection();

    WorkspaceService& m_workspace;
    HistoryService* m_history = nullptr;
    RunLogModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_previousPage = nullptr;
    QPushButton* m_nextPage = nullptr;
    QLabel* m_pageLabel = nullptr;
};

} // namespace plumbline
