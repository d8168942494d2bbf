#pragma once

#include <MonitorRecords.h>

#include <QDateTime>
#include <QWidget>
#include <functional>

class QLabel;
class QTimer;

namespace plumbline {

class Monitor;
class HistoryService;

// The status bar's account of the monitor itself (ARCHITECTURE.md, "Monitoring": the monitor must not fail silently):
// "Last check 2 min ago", "Polling paused", or — as a warning — "Polling has stopped — last check 3 h ago". Reads the
// heartbeat the monitor stores with every cycle; refreshed on a timer and when a cycle finishes.
class HeartbeatIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatIndicator)

public:
    enum class State
    {
        Off, // no monitor
        NotYet, // never checked
        Fresh,
        Stopped, // older than the polling should allow
        Paused,
    };
    Q_ENUM(State)

    explicit HeartbeatIndicator(QWidget* parent = nullptr);

    void setMonitor(Monitor* monitor);
    void setHistory(HistoryService* history);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The heartbeat is late after this many seconds (2 × the shortest interval + grace).
    void setStaleAfter(qint64 seconds);
    // Added after the heartbeat (e.g. "demo workspace, keys in memory only").
    void setSuffix(const QString& suffix);
    // Shown while there is no monitor.
    void setOffText(const QString& text);

    QLabel* textLabel() const { return m_text; }
    State state() const { return m_state; }
    QString text() const;

    // Pure formatting, for tests: the heartbeat text for a check `ageS` seconds ago.
    static QString agoText(qint64 ageS);
    // "polled by plumbline run (process 4242 on host); this window follows it"
    static QString pollerText(const LeaseHolder& poller);

public Q_SLOTS:
    void refresh();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QTimer* m_timer = nullptr;
    Monitor* m_monitor = nullptr;
    HistoryService* m_history = nullptr;
    std::function<QDateTime()> m_clock;
    QDateTime m_lastCycle; // when there is no store to read
    qint64 m_staleAfterS = 3600;
    QString m_suffix;
    QString m_offText;
    State m_state = State::Off;
};

} // namespace plumbline
