#include "ReportJob.h"

#include "../HistoryService.h"
#include "../WorkspaceService.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

namespace plumbline {

ReportJob::ReportJob(const WorkspaceRepository& workspace, const MonitorRepository& monitor, ReportRequest request,
    ReportFormat format, QString path, QObject* parent)
    : QObject(parent)
    , m_collector(workspace, monitor, std::move(request))
    , m_format(format)
    , m_path(std::move(path))
    , m_slices(new QTimer(this))
{
    m_slices->setInterval(0);
    connect(m_slices, &QTimer::timeout, this, &ReportJob::collectSlice);
}

ReportJob::ReportJob(const WorkspaceService& workspace, const HistoryService& history, ReportRequest request,
    ReportFormat format, QString path, QObject* parent)
    : ReportJob(workspace.repository(), history.store(), std::move(request), format, std::move(path), parent)
{
    m_collector.setValues(history.valueStore());
}

ReportJob::~ReportJob()
{
    m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ReportJob::start()
{
    if (m_running)
        return;
    if (const QString problem = m_collector.validate(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem]() { Q_EMIT finished(false, false, problem); });
        return;
    }
    m_running = true;
    m_cancel = false;
    m_slices->start();
}

void ReportJob::cancel()
{
    m_cancel = true;
    if (m_slices->isActive()) {
        m_slices->stop();
        finish({ true, {} });
    }
}

void ReportJob::collectSlice()
{
    // About a frame's worth of work, then back to the event loop.
    QElapsedTimer slice;
    slice.start();
    while (!m_collector.done() && slice.elapsed() < 12 && !m_cancel)
        m_collector.step();
    Q_EMIT progress(0.3 * m_collector.stepsDone() / m_collector.stepCount(), tr("Collecting the history"));
    if (m_cancel) {
        m_slices->stop();
        finish({ true, {} });
    } else if (m_collector.done()) {
        m_slices->stop();
        render();
    }
}

void ReportJob::render()
{
    const ReportDocument document = m_collector.document();
    m_worker = QThread::create([this, document]() {
        ReportProgress progress;
        progress.cancel = &m_cancel;
        progress.report = [this](double done, const QString& what) {
            QMetaObject::invokeMethod(
                this, [this, done, what]() { Q_EMIT this->progress(0.3 + 0.7 * done, what); }, Qt::QueuedConnection);
        };
        m_outcome = ReportWriter::write(document, m_format, m_path, progress);
    });
    connect(m_worker, &QThread::finished, this, [this]() { finish(m_outcome); });
    m_worker->start();
}

void ReportJob::finish(const ReportOutcome& outcome)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(outcome.ok(), outcome.cancelled, outcome.error);
}

} // namespace plumbline
