#include "AlertsPage.h"

#include "StatusIcons.h"

#include <AlertSubject.h>
#include <HistoryService.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <views/AlertTableModel.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QString eventKindText(AlertTransition::Kind kind)
{
    switch (kind) {
    case AlertTransition::Kind::Opened:
        return AlertsPage::tr("Opened");
    case AlertTransition::Kind::Escalated:
        return AlertsPage::tr("Escalated");
    case AlertTransition::Kind::Deescalated:
        return AlertsPage::tr("Eased");
    case AlertTransition::Kind::Acknowledged:
        return AlertsPage::tr("Acknowledged");
    case AlertTransition::Kind::Snoozed:
        return AlertsPage::tr("Snoozed");
    case AlertTransition::Kind::Resolved:
        return AlertsPage::tr("Resolved");
    case AlertTransition::Kind::Suppressed:
        return AlertsPage::tr("Held back (maintenance window)");
    }
    return {};
}

} // namespace

AlertsPage::AlertsPage(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"alertsPage"_s);
    m_model = new AlertTableModel(this);
    m_model->setSubjectNamer([this](const QString& subject) { return subjectName(subject); });
    m_icons = new StatusIconProxy(AlertTableModel::SeverityRole, AlertTableModel::SeverityColumn, this);
    m_icons->setSourceModel(m_model);
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(m_icons);
    m_proxy->sort(AlertTableModel::LastChangeColumn, Qt::DescendingOrder);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Alerts"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    auto* bar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"alertFilter"_s);
    m_filter->setAccessibleName(tr("Which alerts to show"));
    for (AlertFilterProxy::Filter f : { AlertFilterProxy::Filter::Open, AlertFilterProxy::Filter::Acknowledged,
             AlertFilterProxy::Filter::Snoozed, AlertFilterProxy::Filter::Resolved, AlertFilterProxy::Filter::All })
        m_filter->addItem(AlertFilterProxy::filterDisplayName(f), int(f));
    m_filter->setItemData(
        0, tr("Every alert that is not resolved, acknowledged and snoozed ones included"), Qt::ToolTipRole);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch();
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(u"acknowledgeAlertsButton"_s);
    m_acknowledge->setToolTip(tr("Say that someone is on it: no more reminders until the alert gets worse."));
    m_snooze = new QPushButton(tr("S&nooze"), this);
    m_snooze->setObjectName(u"snoozeAlertsButton"_s);
    m_snooze->setToolTip(tr("Keep the selected alerts quiet until a time you choose."));
    auto* snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->setObjectName(u"snoozeMenu"_s);
    const auto addSnooze = [this, snoozeMenu](const QString& text, const QString& name,
                               std::function<QDateTime(const QDateTime&)> until) {
        QAction* a = snoozeMenu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, until] { snoozeSelected(until(m_clock())); });
    };
    addSnooze(tr("For 1 hour"), u"snooze1h"_s, [](const QDateTime& now) { return now.addSecs(3600); });
    addSnooze(tr("For 4 hours"), u"snooze4h"_s, [](const QDateTime& now) { return now.addSecs(4 * 3600); });
    addSnooze(tr("Until tomorrow 09:00"), u"snoozeTomorrow"_s, &AlertsPage::tomorrowMorning);
    addSnooze(tr("For 1 week"), u"snooze1w"_s, [](const QDateTime& now) { return now.addDays(7); });
    snoozeMenu->addSeparator();
    QAction* custom = snoozeMenu->addAction(tr("Until…"));
    custom->setObjectName(u"snoozeCustom"_s);
    connect(custom, &QAction::triggered, this, &AlertsPage::snoozeCustom);
    m_snooze->setMenu(snoozeMenu);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_snooze);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(top);
    m_table->setObjectName(u"alertsTable"_s);
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertTableModel::LastChangeColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    heading->setBuddy(m_table);
    m_empty = new QLabel(top);
    m_empty->setObjectName(u"alertsEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty);
    splitter->addWidget(top);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineLabel = new QLabel(tr("&History of the selected alert"), bottom);
    m_timeline = new QTreeWidget(bottom);
    m_timeline->setObjectName(u"alertTimeline"_s);
    m_timeline->setAccessibleName(tr("History of the selected alert"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({ tr("When"), tr("What happened"), tr("Severity"), tr("By / details") });
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_timelineLabel->setBuddy(m_timeline);
    bottomLayout->addWidget(m_timelineLabel);
    bottomLayout->addWidget(m_timeline, 1);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(AlertFilterProxy::Filter(m_filter->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateTimeline();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::updateTimeline);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &AlertsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateTimeline();
    });

    // Durations grow and snoozes run out while the page is open.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(60000);
    connect(m_clockTimer, &QTimer::timeout, m_model, &AlertTableModel::refreshTimes);
    m_clockTimer->start();

    updateActions();
    updateEmptyState();
}

void AlertsPage::setHistory(HistoryService* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history)
        connect(m_history, &HistoryService::alertsChanged, this, &AlertsPage::reload);
    reload();
}

void AlertsPage::setMonitor(Monitor* monitor)
{
    m_monitor = monitor;
    updateActions();
}

void AlertsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_model->setClock(m_clock);
}

QString AlertsPage::subjectName(const QString& subject) const
{
    const AlertSubject s = AlertSubject::parse(subject);
    if (s.kind == AlertSubject::Kind::Connection) {
        const std::optional<Connection> c = m_workspace.connection(s.id);
        return tr("%1 — connection").arg(c ? c->name : s.id);
    }
    if (s.kind == AlertSubject::Kind::Monitor)
        return tr("Plumbline itself");
    const std::optional<Integration> i = m_workspace.integration(s.id);
    return i ? i->name : s.id;
}

void AlertsPage::reload()
{
    if (m_history) {
        const QList<Alert> alerts = m_history->alerts({}, true);
        QHash<qint64, QDateTime> lastEvent;
        for (const Alert& a : alerts) {
            if (const QList<AlertEvent> events = m_history->alertEvents(a.id); !events.isEmpty())
                lastEvent.insert(a.id, events.constLast().ts);
        }
        m_model->setAlerts(alerts, lastEvent);
    } else {
        m_model->setAlerts({});
    }
    const int open = m_model->openCount();
    if (open != m_lastOpenCount) {
        m_lastOpenCount = open;
        Q_EMIT openCountChanged(open);
    }
    updateEmptyState();
    updateActions();
    updateTimeline();
}

int AlertsPage::openCount() const
{
    return m_model->openCount();
}

QList<qint64> AlertsPage::selectedAlertIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(AlertTableModel::IdRole).toLongLong();
    return ids;
}

void AlertsPage::acknowledgeSelected()
{
    if (!m_monitor)
        return;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (AlertTableModel::State(index.data(AlertTableModel::StateRole).toInt()) == AlertTableModel::State::Open)
            m_monitor->acknowledge(index.data(AlertTableModel::IdRole).toLongLong());
    }
    reload();
}

void AlertsPage::snoozeSelected(const QDateTime& until)
{
    if (!m_monitor)
        return;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (AlertTableModel::State(index.data(AlertTableModel::StateRole).toInt()) != AlertTableModel::State::Resolved)
            m_monitor->snooze(index.data(AlertTableModel::IdRole).toLongLong(), until);
    }
    reload();
}

QDateTime AlertsPage::tomorrowMorning(const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(9, 0)).toUTC();
}

void AlertsPage::snoozeCustom()
{
    QDialog dialog(this);
    dialog.setObjectName(u"snoozeDialog"_s);
    dialog.setWindowTitle(tr("Snooze alerts"));
    auto* form = new QFormLayout(&dialog);
    auto* edit = new QDateTimeEdit(m_clock().toLocalTime().addSecs(2 * 3600), &dialog);
    edit->setObjectName(u"snoozeUntilEdit"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(m_clock().toLocalTime());
    form->addRow(tr("Quiet &until:"), edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        snoozeSelected(edit->dateTime().toUTC());
}

void AlertsPage::updateActions()
{
    bool anyOpen = false;
    bool anyUnresolved = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const auto state = AlertTableModel::State(index.data(AlertTableModel::StateRole).toInt());
        anyOpen = anyOpen || state == AlertTableModel::State::Open;
        anyUnresolved = anyUnresolved || state != AlertTableModel::State::Resolved;
    }
    m_acknowledge->setEnabled(m_monitor && anyOpen);
    m_snooze->setEnabled(m_monitor && anyUnresolved);
}

void AlertsPage::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    if (!m_history)
        m_empty->setText(tr("Alerts appear here once Plumbline checks your integrations."));
    else if (m_proxy->filter() == AlertFilterProxy::Filter::Open)
        m_empty->setText(tr("No open alerts — every integration is quiet."));
    else
        m_empty->setText(tr("No alerts in this view."));
}

void AlertsPage::updateTimeline()
{
    m_timeline->clear();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!m_history || !current.isValid()) {
        m_timelineLabel->setText(tr("&History of the selected alert"));
        return;
    }
    const qint64 id = current.data(AlertTableModel::IdRole).toLongLong();
    m_timelineLabel->setText(tr("&History: %1 · %2")
                                 .arg(current.siblingAtColumn(AlertTableModel::SubjectColumn).data().toString(),
                                     current.siblingAtColumn(AlertTableModel::RuleColumn).data().toString()));
    const QLocale locale;
    for (const AlertEvent& e : m_history->alertEvents(id)) {
        QString details = e.note;
        if (e.kind == AlertTransition::Kind::Snoozed) {
            const QDateTime until = QDateTime::fromString(e.note, Qt::ISODateWithMs);
            details = until.isValid() ? tr("until %1").arg(locale.toString(until.toLocalTime(), QLocale::ShortFormat))
                                      : tr("snooze ended");
        } else if (e.kind == AlertTransition::Kind::Acknowledged) {
            details = e.note.isEmpty() ? QString() : tr("by %1").arg(e.note);
        }
        if (e.notified)
            details = details.isEmpty() ? tr("notified") : tr("%1 (notified)").arg(details);
        auto* item = new QTreeWidgetItem(m_timeline,
            { locale.toString(e.ts.toLocalTime(), QLocale::ShortFormat), eventKindText(e.kind),
                severityDisplayName(e.severity), details });
        item->setIcon(2, StatusIcons::icon(e.severity));
        item->setToolTip(3, details);
    }
}

} // namespace plumbline
