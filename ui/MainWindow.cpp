#include "MainWindow.h"

#include <WorkspaceService.h>

namespace plumbline {

MainWindow::MainWindow(WorkspaceService& service, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_options(std::move(options))
{
    setWindowTitle(tr("Plumbline"));
}

} // namespace plumbline
