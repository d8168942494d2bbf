#pragma once

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace plumbline {

class ChannelTableModel;
class DeliveryLogTableModel;
class MessageBanner;
class NotificationCenter;
class StatusIconProxy;
class WorkspaceService;

// The Notifications page (ARCHITECTURE.md §14): the workspace's channels with how each fares (OK, failing since when
// and why, no secret yet), Add, Edit, Remove, Send test and Retry now, and under it the delivery log (the outbox,
// newest first). Both re-read in place when the outbox or the channels change, keeping the selection and the place
// in the log.
class NotificationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    NotificationsPage(WorkspaceService& workspace, NotificationCenter& notifications, QWidget* parent = nullptr);

    // Who answers "Remove channel?" (the window's prompter); without one, removal is not asked and not done.
    void setConfirm(std::function<bool(const QString& title, const QString& text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    void setClock(std::function<QDateTime()> clock);

    ChannelTableModel* channelModel() const { return m_channels; }
    DeliveryLogTableModel* logModel() const { return m_log; }
    QTableView* channelTable() const { return m_channelTable; }
    QTableView* logTable() const { return m_logTable; }

    std::optional<QString> selectedChannelId() const;
    void selectChannel(const QString& id);
    // The last Send test's outcome as shown ("" before the first).
    QString testOutcomeText() const;

    void addChannel();
    void editChannel(const QString& id);
    void removeSelected();
    void sendTestToSelected();
    void retrySelected();
    // Re-reads channels, their health and the log now (otherwise coalesced after each change).
    void reload();

Q_SIGNALS:
    // A channel was saved or removed, or saving its secret failed: the window's status bar or error banner.
    void statusMessage(const QString& message);
    void errorMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    void refreshSecretStates();
    void updateActions();
    void updateFilter();
    void showOutcome(bool ok, const QString& text);

    WorkspaceService& m_workspace;
    NotificationCenter& m_notifications;
    std::function<bool(const QString&, const QString&)> m_confirm;
    ChannelTableModel* m_channels = nullptr;
    StatusIconProxy* m_channelIcons = nullptr;
    DeliveryLogTableModel* m_log = nullptr;
    StatusIconProxy* m_logIcons = nullptr;
    QTableView* m_channelTable = nullptr;
    QTableView* m_logTable = nullptr;
    QLabel* m_emptyChannels = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_retry = nullptr;
    MessageBanner* m_delivered = nullptr;
    MessageBanner* m_failed = nullptr;
    QComboBox* m_logFilter = nullptr;
    QTimer* m_reloadTimer = nullptr;
    bool m_testRunning = false;
};

} // namespace plumbline
