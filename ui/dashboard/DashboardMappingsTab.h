#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace plumbline {

class HistoryService;
class MappingStateModel;
struct Integration;

// The dashboard's Mappings tab (ARCHITECTURE.md, "The window"): each field mapping's state against the latest schemas
// of both sides, with a note on what they were checked against. A refresh keeps the selection and scroll position.
class DashboardMappingsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardMappingsTab)

public:
    explicit DashboardMappingsTab(QWidget* parent = nullptr);
    ~DashboardMappingsTab() override;

    void setHistory(HistoryService* history);
    // Re-reads both sides' schema history and evaluates the mappings.
    void refresh(const Integration& integration);
    // Another integration: nothing of the last one stays selected.
    void resetPlace();

private:
    HistoryService* m_history = nullptr;
    MappingStateModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace plumbline
