#include "DashboardOverviewTab.h"

#include "DashboardParts.h"
#include "IntegrationDashboard.h"
#include "StatusIcons.h"
#include "charts/DashboardCharts.h"

#include <AlertSubject.h>
#include <AuthMethod.h>
#include <HistoryService.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::esc;
using dashboard::ScrollState;
using dashboard::when;

namespace {

QString evidenceValue(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QLocale().toString(qint64(d)) : QLocale().toString(d, 'f', 1);
    }
    if (v.isBool())
        return v.toBool() ? IntegrationDashboard::tr("yes") : IntegrationDashboard::tr("no");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << evidenceValue(item);
        return parts.join(u", "_s);
    }
    if (v.isNull())
        return IntegrationDashboard::tr("not available");
    return v.toString();
}

} // namespace

// The texts keep the dashboard's translation context (IntegrationDashboard::tr), where the catalogues have them.
DashboardOverviewTab::DashboardOverviewTab(WorkspaceService& workspace, QWidget* parent)
    : QScrollArea(parent)
    , m_workspace(workspace)
{
    setObjectName(u"overviewScroll"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 8, 12, 8);

    // The charts (ui/charts) take the placeholder's place once the monitor's history is known.
    m_chartsSlot = new QVBoxLayout;
    m_chartsSlot->setObjectName(u"chartsSlot"_s);
    auto* placeholder
        = new QLabel(IntegrationDashboard::tr("Charts of counts, gap, quota and latency appear here."), page);
    placeholder->setObjectName(u"chartsPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMinimumHeight(60);
    placeholder->setEnabled(false);
    m_chartsSlot->addWidget(placeholder);
    layout->addLayout(m_chartsSlot);

    auto* heading = new QLabel(IntegrationDashboard::tr("Current findings"), page);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    heading->setFont(f);
    layout->addWidget(heading);
    m_findingsBox = new QWidget(page);
    m_findingsBox->setObjectName(u"findingsBox"_s);
    m_findingsLayout = new QVBoxLayout(m_findingsBox);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(8);
    layout->addWidget(m_findingsBox);
    layout->addStretch();
    setWidget(page);
}

DashboardOverviewTab::~DashboardOverviewTab() = default;

void DashboardOverviewTab::setHistory(HistoryService* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history && !m_charts) {
        m_charts = new DashboardCharts(*m_history, widget());
        m_charts->setObjectName(u"dashboardCharts"_s);
        m_charts->setMinimumHeight(520);
        if (QLayoutItem* placeholder = m_chartsSlot->takeAt(0)) {
            delete placeholder->widget();
            delete placeholder;
        }
        m_chartsSlot->addWidget(m_charts);
    }
    if (m_history) {
        // Acknowledged or snoozed elsewhere (or here): the cards show the new alert state.
        connect(m_history, &HistoryService::alertsChanged, this, [this] {
            m_findingsKey.clear();
            updateFindings();
        });
    }
}

void DashboardOverviewTab::setMonitor(Monitor* monitor)
{
    m_monitor = monitor;
}

void DashboardOverviewTab::showIntegration(const QString& id)
{
    m_id = id;
    m_snapshot.reset();
    m_findings.clear();
    m_findingsKey.clear();
    verticalScrollBar()->setValue(0);
}

void DashboardOverviewTab::setLiveState(const std::optional<CountSnapshot>& snapshot, const QList<Finding>& findings)
{
    m_snapshot = snapshot;
    m_findings = findings;
}

void DashboardOverviewTab::refresh(const Integration& integration)
{
    if (m_charts) {
        // Another integration: its charts from the start (zoom reset); the same one: new polls, zoom kept.
        if (m_chartsIntegration != integration.id) {
            m_chartsIntegration = integration.id;
            m_charts->setIntegration(integration);
        } else {
            m_charts->refresh();
        }
    }
    updateFindings();
}

std::optional<Alert> DashboardOverviewTab::openAlertFor(const Finding& finding) const
{
    if (!m_history)
        return std::nullopt;
    for (const Alert& a : m_history->alerts(AlertSubject::of(finding).key(), false)) {
        if (a.rule == finding.rule && a.isOpen())
            return a;
    }
    return std::nullopt;
}

void DashboardOverviewTab::updateFindings()
{
    QList<Finding> shown;
    for (const Finding& f : std::as_const(m_findings)) {
        if (f.severity != Severity::Ok)
            shown << f;
    }
    // Worst first, then by rule so the order is stable between polls.
    std::stable_sort(shown.begin(), shown.end(), [](const Finding& a, const Finding& b) {
        const auto rank = [](Severity s) { return s == Severity::Critical ? 0 : s == Severity::Warning ? 1 : 2; };
        return rank(a.severity) != rank(b.severity) ? rank(a.severity) < rank(b.severity) : a.rule < b.rule;
    });
    QList<std::optional<Alert>> alerts;
    QString key;
    for (const Finding& f : std::as_const(shown)) {
        alerts << openAlertFor(f);
        const std::optional<Alert>& a = alerts.last();
        // The connection's sign-in method decides an auth card's action.
        const std::optional<Connection> c
            = f.connectionId.isEmpty() ? std::nullopt : m_workspace.connection(f.connectionId);
        key += f.rule + u'|' + f.connectionId + u'|' + (c ? c->authMethod : QString()) + u'|' + severityKey(f.severity)
            + u'|' + f.message + u'|' + f.hint
            + (a ? u"|%1|%2|%3"_s.arg(a->id).arg(
                   a->acknowledgedAt.toString(Qt::ISODate), a->snoozedUntil.toString(Qt::ISODate))
                 : QString())
            + u'\n';
    }
    if (shown.isEmpty())
        key = m_id + u"|none"_s;
    if (key == m_findingsKey)
        return; // nothing changed: leave the cards (and the reader's focus) alone
    m_findingsKey = key;

    const ScrollState scroll = ScrollState::of(this);
    while (QLayoutItem* item = m_findingsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Later: the click that got here may come from a button on this card. Nameless at once, so nobody
            // finds the old card in the meantime.
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (shown.isEmpty()) {
        auto* label = new QLabel(m_snapshot || !m_findings.isEmpty()
                ? IntegrationDashboard::tr("All checks pass.")
                : IntegrationDashboard::tr("No findings yet: this integration has not "
                                           "been checked since Plumbline started."),
            m_findingsBox);
        label->setObjectName(u"noFindingsLabel"_s);
        m_findingsLayout->addWidget(label);
    }
    for (qsizetype n = 0; n < shown.size(); ++n)
        m_findingsLayout->addWidget(findingCard(shown.at(n), alerts.at(n), m_findingsBox));
    scroll.restore(this);
}

QFrame* DashboardOverviewTab::findingCard(const Finding& finding, const std::optional<Alert>& alert, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setObjectName(
        u"finding_"_s + finding.rule + (finding.connectionId.isEmpty() ? QString() : u"_"_s + finding.connectionId));
    card->setProperty("rule", finding.rule);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(
        IntegrationDashboard::tr("%1: %2").arg(severityDisplayName(finding.severity), finding.message));
    auto* row = new QHBoxLayout(card);
    row->setContentsMargins(0, 0, 8, 0);
    auto* strip = new QFrame(card);
    strip->setFixedWidth(5);
    strip->setAutoFillBackground(true);
    QPalette sp = strip->palette();
    sp.setColor(QPalette::Window, StatusPalette::colour(finding.severity));
    strip->setPalette(sp);
    row->addWidget(strip);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(6, 8, 0, 8);
    body->setSpacing(4);
    auto* title = new QLabel(card);
    title->setObjectName(u"findingMessage"_s);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    title->setText(u"<b style=\"color:%1\">%2</b>&nbsp;&nbsp;%3"_s.arg(StatusPalette::colour(finding.severity).name(),
        esc(severityDisplayName(finding.severity)), esc(finding.message)));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(title);

    QStringList evidence;
    for (auto it = finding.evidence.constBegin(); it != finding.evidence.constEnd(); ++it) {
        // Figures stand out; long texts (a vendor's error message) stay in the normal weight.
        const QString value = evidenceValue(it.value());
        evidence << (value.size() <= 40 ? u"%1: <b>%2</b>"_s : u"%1: %2"_s)
                        .arg(esc(QString(it.key()).replace(u'_', u' ')), esc(value));
    }
    if (!evidence.isEmpty()) {
        auto* label = new QLabel(evidence.join(u" &nbsp;·&nbsp; "_s), card);
        label->setObjectName(u"findingEvidence"_s);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->addWidget(label);
    }
    if (!finding.hint.isEmpty()) {
        auto* hint = new QLabel(
            u"<i>%1</i> %2"_s.arg(esc(IntegrationDashboard::tr("What to check:")), esc(finding.hint)), card);
        hint->setObjectName(u"findingHint"_s);
        hint->setTextFormat(Qt::RichText);
        hint->setWordWrap(true);
        hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->addWidget(hint);
    }

    auto* actions = new QHBoxLayout;
    auto* state = new QLabel(card);
    state->setObjectName(u"alertState"_s);
    state->setWordWrap(true);
    QStringList stateText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!alert) {
        stateText << IntegrationDashboard::tr("No alert open (alerts open after repeated failing checks).");
    } else {
        stateText << IntegrationDashboard::tr("Alert open since %1").arg(when(alert->openedAt));
        if (alert->acknowledgedAt.isValid())
            stateText << IntegrationDashboard::tr("acknowledged by %1 at %2")
                             .arg(alert->acknowledgedBy.isEmpty() ? IntegrationDashboard::tr("someone")
                                                                  : alert->acknowledgedBy,
                                 when(alert->acknowledgedAt));
        if (alert->snoozedUntil.isValid() && alert->snoozedUntil > now)
            stateText << IntegrationDashboard::tr("snoozed until %1").arg(when(alert->snoozedUntil));
    }
    state->setText(stateText.join(u" · "_s));
    QPalette muted = state->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    state->setPalette(muted);
    actions->addWidget(state, 1);
    if (QPushButton* primary = primaryAction(finding, card))
        actions->addWidget(primary);

    auto* ack = new QPushButton(IntegrationDashboard::tr("Acknowledge"), card);
    ack->setObjectName(u"acknowledgeButton"_s);
    ack->setEnabled(m_monitor && alert && !alert->acknowledgedAt.isValid());
    ack->setToolTip(alert && alert->acknowledgedAt.isValid()
            ? IntegrationDashboard::tr("Already acknowledged")
            : IntegrationDashboard::tr("Say that someone is on it; escalations still notify"));
    auto* snoozeButton = new QToolButton(card);
    snoozeButton->setObjectName(u"snoozeButton"_s);
    snoozeButton->setText(IntegrationDashboard::tr("Snooze"));
    snoozeButton->setPopupMode(QToolButton::InstantPopup);
    snoozeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    snoozeButton->setEnabled(m_monitor && alert);
    auto* menu = new QMenu(snoozeButton);
    menu->setObjectName(u"snoozeMenu"_s);
    snoozeButton->setMenu(menu);
    if (alert) {
        const qint64 alertId = alert->id;
        ack->setProperty("alertId", alertId);
        connect(ack, &QPushButton::clicked, this, [this, alertId] { acknowledge(alertId); });
        const auto addSnooze
            = [this, menu, alertId](const QString& text, const QString& name, std::function<QDateTime()> until) {
                  QAction* a = menu->addAction(text);
                  a->setObjectName(name);
                  connect(a, &QAction::triggered, this, [this, alertId, until] { snooze(alertId, until()); });
              };
        addSnooze(IntegrationDashboard::tr("For 1 hour"), u"snooze1h"_s,
            [] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        addSnooze(IntegrationDashboard::tr("For 4 hours"), u"snooze4h"_s,
            [] { return QDateTime::currentDateTimeUtc().addSecs(4 * 3600); });
        addSnooze(IntegrationDashboard::tr("Until tomorrow 09:00"), u"snoozeTomorrow"_s,
            [] { return QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC(); });
        addSnooze(IntegrationDashboard::tr("For 1 week"), u"snooze1w"_s,
            [] { return QDateTime::currentDateTimeUtc().addDays(7); });
    }
    actions->addWidget(ack);
    actions->addWidget(snoozeButton);
    body->addLayout(actions);
    row->addLayout(body, 1);
    return card;
}

QPushButton* DashboardOverviewTab::primaryAction(const Finding& finding, QWidget* card)
{
    if (finding.rule != u"auth" || finding.connectionId.isEmpty())
        return nullptr;
    const std::optional<Connection> c = m_workspace.connection(finding.connectionId);
    if (!c)
        return nullptr;
    const QString id = c->id;
    auto* button = new QPushButton(card);
    switch (AuthMethod::flowOf(*c)) {
    case AuthFlow::AuthorizationCode:
        // A refused grant or refresh token: only a person's new sign-in helps.
        button->setObjectName(u"signInAgainButton"_s);
        button->setText(IntegrationDashboard::tr("Sign in again…"));
        button->setToolTip(IntegrationDashboard::tr("Sign in to %1 again for “%2” in your browser")
                               .arg(vendorDisplayName(c->vendor), c->name));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT signInRequested(id); });
        break;
    case AuthFlow::ClientCredentials:
        button->setObjectName(u"setKeyButton"_s);
        button->setText(IntegrationDashboard::tr("Set client secret…"));
        button->setToolTip(IntegrationDashboard::tr("Store a new client secret for “%1”").arg(c->name));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT setKeyRequested(id); });
        break;
    case AuthFlow::Static:
        button->setObjectName(u"setKeyButton"_s);
        button->setText(IntegrationDashboard::tr("Set key…"));
        button->setToolTip(IntegrationDashboard::tr("Store a new key for “%1”").arg(c->name));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT setKeyRequested(id); });
        break;
    }
    button->setAccessibleDescription(button->toolTip());
    return button;
}

void DashboardOverviewTab::acknowledge(qint64 alertId)
{
    if (!m_monitor)
        return;
    m_monitor->acknowledge(alertId);
    m_findingsKey.clear();
    updateFindings();
}

void DashboardOverviewTab::snooze(qint64 alertId, const QDateTime& until)
{
    if (!m_monitor)
        return;
    m_monitor->snooze(alertId, until);
    m_findingsKey.clear();
    updateFindings();
}

} // namespace plumbline
