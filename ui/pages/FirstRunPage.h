#pragma once

#include <QWidget>

namespace plumbline {

// The welcome page, shown instead of the overview while the workspace has no connections: what Plumbline does, and
// the three ways to start (the demo workspace, a first connection, the guided integration wizard).
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    explicit FirstRunPage(QWidget* parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void addConnectionRequested();
    void guidedIntegrationRequested();
};

} // namespace plumbline
