#pragma once

#include <QMainWindow>

namespace plumbline {

class WorkspaceService;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool demo = false;
        QString dataDir;
    };

    MainWindow(WorkspaceService& service, Options options, QWidget* parent = nullptr);

Q_SIGNALS:
    void demoRequested();

private:
    WorkspaceService& m_service;
    Options m_options;
};

} // namespace plumbline
