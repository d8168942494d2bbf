#include "HeartbeatIndicator.h"

#include "StatusIcons.h"

#include <HistoryService.h>
#include <monitor/Monitor.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

HeartbeatIndicator::HeartbeatIndicator(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"heartbeatIndicator"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"heartbeatIcon"_s);
    m_icon->hide();
    m_text = new QLabel(this);
    m_text->setObjectName(u"pollingLabel"_s);
    m_text->setAccessibleName(tr("Monitor heartbeat"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &HeartbeatIndicator::refresh);
}

void HeartbeatIndicator::setMonitor(Monitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor) {
        connect(m_monitor, &Monitor::cycleFinished, this, [this](const CycleReport& report) {
            m_lastCycle = report.generatedAt;
            refresh();
        });
        connect(m_monitor, &Monitor::pollingChanged, this, &HeartbeatIndicator::refresh);
        connect(m_monitor, &Monitor::leadershipChanged, this, &HeartbeatIndicator::refresh);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    refresh();
}

void HeartbeatIndicator::setHistory(HistoryService* history)
{
    m_history = history;
    refresh();
}

void HeartbeatIndicator::setStaleAfter(qint64 seconds)
{
    m_staleAfterS = std::max<qint64>(60, seconds);
    refresh();
}

void HeartbeatIndicator::setSuffix(const QString& suffix)
{
    m_suffix = suffix;
    refresh();
}

void HeartbeatIndicator::setOffText(const QString& text)
{
    m_offText = text;
    refresh();
}

QString HeartbeatIndicator::text() const
{
    return m_text->text();
}

QString HeartbeatIndicator::agoText(qint64 ageS)
{
    if (ageS < 60)
        return tr("just now");
    const qint64 minutes = ageS / 60;
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n h ago", nullptr, int(hours));
    return tr("%n days ago", nullptr, int(hours / 24));
}

QString HeartbeatIndicator::pollerText(const LeaseHolder& poller)
{
    const QString who = poller.kind == u"window" ? tr("another Plumbline window") : tr("plumbline run");
    return tr("polled by %1 (process %2 on %3); this window follows it").arg(who).arg(poller.pid).arg(poller.host);
}

void HeartbeatIndicator::refresh()
{
    QString text;
    if (!m_monitor) {
        m_state = State::Off;
        text = m_offText;
    } else {
        QDateTime last = m_lastCycle;
        if (m_history) {
            if (const std::optional<QDateTime> stored = m_history->lastHeartbeat();
                stored && (!last.isValid() || *stored > last))
                last = *stored;
        }
        const qint64 age = last.isValid() ? std::max<qint64>(0, last.secsTo(m_clock())) : -1;
        if (m_monitor->isPaused()) {
            m_state = State::Paused;
            text = last.isValid() ? tr("Polling paused — last check %1").arg(agoText(age)) : tr("Polling paused");
        } else if (!last.isValid()) {
            m_state = State::NotYet;
            text = m_monitor->isRunning() || m_monitor->isPolling() ? tr("Waiting for the first check…")
                                                                    : tr("Not checked yet");
        } else if (age > m_staleAfterS) {
            m_state = State::Stopped;
            text = tr("Polling has stopped — last check %1").arg(agoText(age));
        } else {
            m_state = State::Fresh;
            text = tr("Last check %1").arg(agoText(age));
        }
    }
    // One process polls a workspace; this window may be following another one (ARCHITECTURE.md, "Monitoring").
    if (m_monitor && m_monitor->isRunning() && !m_monitor->isLeading()) {
        if (const std::optional<LeaseHolder> poller = m_monitor->poller())
            text += u" · "_s + pollerText(*poller);
    }
    if (!m_suffix.isEmpty() && m_state != State::Off)
        text += u" · "_s + m_suffix;
    m_text->setText(text);
    // The warning reads as one in any palette: the status dot and bold text, no hard-coded background.
    QFont font = m_text->font();
    font.setBold(m_state == State::Stopped);
    m_text->setFont(font);
    if (m_state == State::Stopped || m_state == State::Paused) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(StatusIcons::icon(m_state == State::Stopped ? Severity::Warning : Severity::Unknown)
                              .pixmap(QSize(size, size), devicePixelRatioF()));
        m_icon->show();
    } else {
        m_icon->hide();
    }
    m_text->setToolTip(m_state == State::Stopped
            ? tr("Plumbline has not checked your integrations for longer than their intervals allow. Check that "
                 "polling is not paused and that this computer was not asleep; F5 checks now.")
            : QString());
}

} // namespace plumbline
