#pragma once

#include <report/ReportWriter.h>

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace plumbline {

class HistoryService;
class ReportJob;
class WorkspaceService;

// File › Export Audit Report…: period (last 7, 30, 90 days or custom dates), integrations, format and destination;
// then progress with Cancel. The export runs as a ReportJob, so the window keeps responding.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(const WorkspaceService& workspace, const HistoryService& history, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // What the main window calls: shows the dialog modally.
    static void exportAuditReport(const WorkspaceService& workspace, const HistoryService& history, QWidget* parent);

    // Test seams: the destination without a file dialog, and a fixed "now".
    void setDestination(const QString& path);
    void setNow(const QDateTime& utc);
    void setFormat(ReportFormat format);
    bool isExporting() const;

protected:
    void reject() override;

private:
    void updatePeriod();
    void chooseDestination();
    void updateButtons();
    void startExport();
    void exportFinished(bool ok, bool cancelled, const QString& error);
    ReportFormat format() const;
    QString suggestedName() const;

    const WorkspaceService& m_workspace;
    const HistoryService& m_history;
    QDateTime m_now;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QListWidget* m_integrations = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_choose = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QList<QWidget*> m_inputs;
    std::unique_ptr<ReportJob> m_job;
};

} // namespace plumbline
