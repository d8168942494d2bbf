#include "NotificationsPage.h"

#include "FormRows.h"
#include "MessageBanner.h"
#include "NotifyChannelDialog.h"
#include "PageParts.h"
#include "StatusIcons.h"

#include <WorkspaceService.h>
#include <notify/DeliveryOutcome.h>
#include <notify/NotificationCenter.h>
#include <views/ChannelTableModel.h>
#include <views/DeliveryLogTableModel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

NotificationsPage::NotificationsPage(WorkspaceService& workspace, NotificationCenter& notifications, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifications(notifications)
{
    setObjectName(u"notificationsPage"_s);
    m_channels = new ChannelTableModel(this);
    m_channelIcons = new StatusIconProxy(ChannelTableModel::StatusRole, ChannelTableModel::StatusColumn, this);
    m_channelIcons->setSourceModel(m_channels);
    m_log = new DeliveryLogTableModel(this);
    m_logIcons = new StatusIconProxy(DeliveryLogTableModel::StatusRole, DeliveryLogTableModel::StateColumn, this);
    m_logIcons->setSourceModel(m_log);

    auto* layout = new QVBoxLayout(this);
    auto* heading = pageHeading(tr("Notifications"), this);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Where alerts go. An integration notifies the channels on its own list and the ones "
                                "that reach its owner; one without a list notifies the default channels. Secrets "
                                "(webhook URLs, passwords, keys) stay in the keychain."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"notificationsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* channelsLabel = new QLabel(tr("C&hannels"), top);
    topLayout->addWidget(channelsLabel);
    m_channelTable = makeSingleSelectionTable(top, u"channelsTable"_s, tr("Notification channels"));
    m_channelTable->setModel(m_channelIcons);
    QHeaderView* header = m_channelTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (const int column : { ChannelTableModel::KindColumn, ChannelTableModel::DefaultColumn,
             ChannelTableModel::MinSeverityColumn, ChannelTableModel::DigestColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ChannelTableModel::NameColumn, 160);
    header->resizeSection(ChannelTableModel::StatusColumn, 300);
    header->resizeSection(ChannelTableModel::QuietHoursColumn, 150);
    header->setStretchLastSection(true);
    channelsLabel->setBuddy(m_channelTable);
    heading->setBuddy(m_channelTable);
    topLayout->addWidget(m_channelTable, 1);
    m_emptyChannels = new QLabel(tr("No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty "
                                    "so that alerts reach a person."),
        top);
    m_emptyChannels->setObjectName(u"noChannelsLabel"_s);
    m_emptyChannels->setWordWrap(true);
    topLayout->addWidget(m_emptyChannels);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), top);
    add->setObjectName(u"addChannelButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), top);
    m_edit->setObjectName(u"editChannelButton"_s);
    m_remove = new QPushButton(tr("&Remove…"), top);
    m_remove->setObjectName(u"removeChannelButton"_s);
    m_test = new QPushButton(tr("Send &test"), top);
    m_test->setObjectName(u"sendTestButton"_s);
    m_test->setToolTip(tr("Send a test message to the selected channel now and show what happened."));
    m_retry = new QPushButton(tr("Retr&y now"), top);
    m_retry->setObjectName(u"retryNowButton"_s);
    m_retry->setToolTip(tr("Send what waits for the selected channel now instead of after the backoff."));
    for (QPushButton* b : { add, m_edit, m_remove })
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    topLayout->addLayout(buttons);
    m_delivered = new MessageBanner(MessageBanner::Kind::Info, true, top);
    m_delivered->setObjectName(u"testDeliveredBanner"_s);
    m_delivered->hide();
    topLayout->addWidget(m_delivered);
    m_failed = new MessageBanner(MessageBanner::Kind::Error, true, top);
    m_failed->setObjectName(u"testFailedBanner"_s);
    m_failed->hide();
    topLayout->addWidget(m_failed);
    splitter->addWidget(top);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* logLabel = new QLabel(tr("Delivery &log"), bottom);
    QFont bold = logLabel->font();
    bold.setBold(true);
    logLabel->setFont(bold);
    channelsLabel->setFont(bold);
    bar->addWidget(logLabel);
    bar->addStretch();
    auto* filterLabel = new QLabel(tr("Cha&nnel:"), bottom);
    m_logFilter = new QComboBox(bottom);
    m_logFilter->setObjectName(u"logChannelFilter"_s);
    m_logFilter->setAccessibleName(tr("Show the deliveries of"));
    m_logFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_logFilter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_logFilter);
    bottomLayout->addLayout(bar);
    m_logTable = makeReadOnlyTable(bottom, u"deliveryLogTable"_s, tr("Delivery log"));
    m_logTable->setModel(m_logIcons);
    QHeaderView* logHeader = m_logTable->horizontalHeader();
    for (const int column :
        { DeliveryLogTableModel::TimeColumn, DeliveryLogTableModel::EventColumn, DeliveryLogTableModel::SeverityColumn,
            DeliveryLogTableModel::StateColumn, DeliveryLogTableModel::AttemptsColumn })
        logHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    logHeader->resizeSection(DeliveryLogTableModel::ChannelColumn, 130);
    logHeader->resizeSection(DeliveryLogTableModel::SubjectColumn, 220);
    logLabel->setBuddy(m_logTable);
    bottomLayout->addWidget(m_logTable, 1);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100); // a burst of outbox writes is read once
    connect(m_reloadTimer, &QTimer::timeout, this, &NotificationsPage::reload);
    connect(&m_notifications, &NotificationCenter::logChanged, this, &NotificationsPage::scheduleReload);
    connect(&m_workspace, &WorkspaceService::channelsChanged, this, [this] {
        updateFilter();
        scheduleReload();
        refreshSecretStates();
    });

    connect(add, &QPushButton::clicked, this, &NotificationsPage::addChannel);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> id = selectedChannelId())
            editChannel(*id);
    });
    connect(m_remove, &QPushButton::clicked, this, &NotificationsPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &NotificationsPage::sendTestToSelected);
    connect(m_retry, &QPushButton::clicked, this, &NotificationsPage::retrySelected);
    connect(m_channelTable, &QTableView::activated, this,
        [this](const QModelIndex& index) { editChannel(index.data(ChannelTableModel::IdRole).toString()); });
    connect(m_channelTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &NotificationsPage::updateActions);
    connect(m_channels, &QAbstractItemModel::dataChanged, this, &NotificationsPage::updateActions);
    connect(m_logFilter, &QComboBox::currentIndexChanged, this, &NotificationsPage::reload);
    // New deliveries come in at the top: someone reading further down keeps their place.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        QScrollBar* bar = m_logTable->verticalScrollBar();
        if (first == 0 && bar->value() > 0) {
            const int step = m_logTable->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                ? 1
                : m_logTable->verticalHeader()->defaultSectionSize();
            const int value = bar->value() + (last - first + 1) * step;
            QTimer::singleShot(0, bar, [bar, value] { bar->setValue(value); });
        }
    });

    updateFilter();
    reload();
    refreshSecretStates();
}

void NotificationsPage::setClock(std::function<QDateTime()> clock)
{
    m_channels->setClock(clock);
    m_log->setClock(std::move(clock));
}

void NotificationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    refreshSecretStates(); // a secret may have been stored elsewhere (`plumbline secret set`, the migration)
}

void NotificationsPage::scheduleReload()
{
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void NotificationsPage::reload()
{
    m_reloadTimer->stop();
    const QList<NotifyChannel> channels = m_workspace.channels();
    m_channels->setChannels(channels, m_notifications.health());
    QHash<QString, QString> names;
    for (const NotifyChannel& c : channels)
        names.insert(c.id, c.displayName());
    m_log->setChannelNames(names);
    m_log->setEntries(m_notifications.log(500, m_logFilter->currentData().toString()));
    m_emptyChannels->setVisible(channels.isEmpty());
    updateActions();
}

void NotificationsPage::refreshSecretStates()
{
    for (const NotifyChannel& c : m_workspace.channels()) {
        m_workspace.channelSecretState(c.id, this, [this, c](const QHash<QString, bool>& stored) {
            QStringList missing;
            const QStringList required = c.requiredSecrets();
            for (const auto& [name, label] : c.secretNames()) {
                if (required.contains(name) && !stored.value(name))
                    missing << label;
            }
            m_channels->setMissingSecrets(c.id, missing);
        });
    }
}

void NotificationsPage::updateFilter()
{
    const QString current = m_logFilter->currentData().toString();
    const QSignalBlocker block(m_logFilter);
    m_logFilter->clear();
    m_logFilter->addItem(tr("All channels"), QString());
    for (const NotifyChannel& c : m_workspace.channels())
        m_logFilter->addItem(c.displayName(), c.id);
    const int index = m_logFilter->findData(current);
    m_logFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void NotificationsPage::updateActions()
{
    const std::optional<QString> id = selectedChannelId();
    m_edit->setEnabled(id.has_value());
    m_remove->setEnabled(id.has_value());
    m_test->setEnabled(id.has_value() && !m_testRunning);
    const std::optional<ChannelHealth> health = id ? m_channels->healthOf(*id) : std::nullopt;
    m_retry->setEnabled(health && health->isFailing());
}

std::optional<QString> NotificationsPage::selectedChannelId() const
{
    const QModelIndex current = m_channelTable->selectionModel()->currentIndex();
    if (!current.isValid() || !m_channelTable->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return current.data(ChannelTableModel::IdRole).toString();
}

void NotificationsPage::selectChannel(const QString& id)
{
    if (const int row = m_channels->rowOf(id); row >= 0)
        m_channelTable->selectRow(row);
}

QString NotificationsPage::testOutcomeText() const
{
    if (!m_failed->isHidden())
        return m_failed->text();
    if (!m_delivered->isHidden())
        return m_delivered->text();
    return {};
}

void NotificationsPage::showOutcome(bool ok, const QString& text)
{
    (ok ? m_failed : m_delivered)->hide();
    (ok ? m_delivered : m_failed)->showMessage(text);
}

void NotificationsPage::addChannel()
{
    NotifyChannelDialog dialog(m_workspace, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NotifyChannel c = dialog.channel();
    m_workspace.saveChannel(c, dialog.secrets(), this, [this, c](const StoreResult& result) {
        reload();
        refreshSecretStates(); // the secrets are stored after the definition
        selectChannel(c.id);
        if (!result) {
            const bool saved = m_workspace.channel(c.id).has_value();
            Q_EMIT errorMessage(saved ? tr("“%1” was saved, but its secret could not be stored: %2 Edit the channel "
                                           "and enter it again when the keychain is available.")
                                            .arg(c.displayName(), result.error)
                                      : tr("“%1” could not be saved: %2").arg(c.displayName(), result.error));
        } else {
            Q_EMIT statusMessage(tr("Channel “%1” added.").arg(c.displayName()));
        }
    });
}

void NotificationsPage::editChannel(const QString& id)
{
    const std::optional<NotifyChannel> existing = m_workspace.channel(id);
    if (!existing)
        return;
    NotifyChannelDialog dialog(m_workspace, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NotifyChannel c = dialog.channel();
    m_workspace.saveChannel(c, dialog.secrets(), this, [this, c](const StoreResult& result) {
        reload();
        refreshSecretStates();
        if (!result)
            Q_EMIT errorMessage(tr("Saving “%1” did not complete: %2").arg(c.displayName(), result.error));
        else
            Q_EMIT statusMessage(tr("Channel “%1” saved.").arg(c.displayName()));
    });
}

void NotificationsPage::removeSelected()
{
    const std::optional<QString> id = selectedChannelId();
    const std::optional<NotifyChannel> c = id ? m_workspace.channel(*id) : std::nullopt;
    if (!c || !m_confirm)
        return;
    if (!m_confirm(tr("Remove channel"),
            tr("Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that "
               "listed it notify their other channels.")
                .arg(c->displayName())))
        return;
    const QString name = c->displayName();
    m_workspace.removeChannel(c->id, this, [this, name](const StoreResult& result) {
        reload();
        if (!result)
            Q_EMIT errorMessage(result.error);
        else
            Q_EMIT statusMessage(tr("Channel “%1” removed.").arg(name));
    });
}

void NotificationsPage::sendTestToSelected()
{
    const std::optional<QString> id = selectedChannelId();
    const std::optional<NotifyChannel> c = id ? m_workspace.channel(*id) : std::nullopt;
    if (!c || m_testRunning)
        return;
    m_testRunning = true;
    updateActions();
    m_failed->hide();
    m_delivered->showMessage(tr("Sending a test message to %1…").arg(c->displayName()));
    const QString name = c->displayName();
    m_notifications.sendTest(c->id, this, [this, name](const DeliveryOutcome& outcome) {
        m_testRunning = false;
        showOutcome(outcome.ok, outcome.ok ? tr("Test message delivered to %1").arg(name) : outcome.error);
        reload();
    });
}

void NotificationsPage::retrySelected()
{
    const std::optional<QString> id = selectedChannelId();
    const std::optional<NotifyChannel> c = id ? m_workspace.channel(*id) : std::nullopt;
    if (!c)
        return;
    m_notifications.retryNow(c->id);
    Q_EMIT statusMessage(tr("Sending what waits for “%1” now.").arg(c->displayName()));
    scheduleReload();
}

} // namespace plumbline
