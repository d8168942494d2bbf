#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace plumbline {

// SIGINT and SIGTERM as a Qt signal, for the headless commands (`run`, `sandbox`): the handler only writes a byte
// to a socket pair (async-signal-safe); the event loop reads it and emits stopRequested(). The previous handlers
// come back when this object goes.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace plumbline
