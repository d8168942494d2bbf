#pragma once

#include "ReportCollector.h"
#include "ReportWriter.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace plumbline {

class HistoryService;
class WorkspaceService;

// One report export for a window, without freezing it. The history is collected on the calling (GUI) thread in
// short slices between events, because the repositories' SQLite connection belongs to that thread; the slow part,
// laying out and writing the file, runs on a worker thread with the collected document. Cancel stops either part
// and leaves no file behind (ReportWriter writes to a temporary name and renames at the end).
class ReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportJob)

public:
    ReportJob(const WorkspaceRepository& workspace, const MonitorRepository& monitor, ReportRequest request,
        ReportFormat format, QString path, QObject* parent = nullptr);
    // The same, on the services the window holds.
    ReportJob(const WorkspaceService& workspace, const HistoryService& history, ReportRequest request,
        ReportFormat format, QString path, QObject* parent = nullptr);
    ~ReportJob() override; // cancels and waits for the worker

    // Emits finished() once, also when the request is refused.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(double done, const QString& what);
    void finished(bool ok, bool cancelled, const QString& error);

private:
    void collectSlice();
    void render();
    void finish(const ReportOutcome& outcome);

    ReportCollector m_collector;
    ReportFormat m_format;
    QString m_path;
    std::atomic_bool m_cancel = false;
    bool m_running = false;
    QTimer* m_slices = nullptr;
    QThread* m_worker = nullptr;
    ReportOutcome m_outcome;
};

} // namespace plumbline
