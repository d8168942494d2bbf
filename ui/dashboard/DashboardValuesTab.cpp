#include "DashboardValuesTab.h"

#include "DashboardParts.h"
#include "FormRows.h"
#include "charts/ValueRateChart.h"

#include <HistoryService.h>
#include <WorkspaceService.h>
#include <monitor/Monitor.h>
#include <values/ValueChecker.h>
#include <values/ValueSettings.h>
#include <views/ValueFieldTableModel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

using dashboard::ScrollState;

namespace {

// As long as the store keeps a check's examples (ValueRepository::kExampleDays; ui/ does not include the store).
constexpr int kExampleDays = 14;
constexpr int kChartDays = 90;

QString integerText(qint64 n)
{
    return QLocale().toString(n);
}

// The scroll area's page: it asks for the room its contents need at least, not the room they would like (wrapped
// labels make QScrollArea ask heightForWidth, the preferred height), so the page scrolls only when the chart and the
// table cannot fit at their smallest.
class ScrollPage final : public QWidget
{
public:
    using QWidget::QWidget;
    int heightForWidth(int width) const override
    {
        return layout() ? layout()->totalMinimumHeightForWidth(width) : QWidget::heightForWidth(width);
    }
};

void mute(QLabel* label)
{
    label->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace

DashboardValuesTab::DashboardValuesTab(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"valuesTab"_s);
    // In a small window the page scrolls rather than squeezing the chart's axes out of sight.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"valuesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new ScrollPage(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);

    // The sentence, what it means, and the one action.
    auto* top = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"valuesHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    text->addWidget(m_headline);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"valuesDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_detail);
    top->addLayout(text, 1);
    m_compare = new QPushButton(tr("Com&pare now"), this);
    m_compare->setObjectName(u"compareNowButton"_s);
    m_compare->setToolTip(tr("Sample records of the source, look them up at the destination and compare the mapped "
                             "fields now"));
    top->addWidget(m_compare, 0, Qt::AlignTop);
    layout->addLayout(top);

    // While a check runs: what it does, how far, and Cancel.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(u"valuesProgressRow"_s);
    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(u"valuesProgress"_s);
    m_progress->setAccessibleName(tr("Value check progress"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(u"valuesProgressText"_s);
    m_cancel = new QPushButton(tr("C&ancel"), m_progressRow);
    m_cancel->setObjectName(u"cancelValueCheckButton"_s);
    m_cancel->setToolTip(tr("Stop the value check; nothing of it is stored"));
    progress->addWidget(m_progress);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_note = new QLabel(this);
    m_note->setObjectName(u"valuesNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"valuesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    // The chart is made when there is something to draw (ensureChart): a chart view costs start-up time that a
    // hidden tab should not.
    m_chartHolder = new QWidget(splitter);
    auto* holder = new QVBoxLayout(m_chartHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(m_chartHolder);

    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    lower->setChildrenCollapsible(false);
    auto* fieldsBox = new QWidget(lower);
    auto* fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    auto* fieldsLabel = new QLabel(tr("F&ields, most differences first:"), fieldsBox);
    fieldsLayout->addWidget(fieldsLabel);
    m_model = new ValueFieldTableModel(this);
    m_table = makeReadOnlyTable(fieldsBox, u"valueFieldTable"_s, tr("Compared fields and their differences"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The rate beside the count it is the rate of: still in view when a narrow window scrolls the rest.
    m_table->horizontalHeader()->moveSection(
        ValueFieldTableModel::RateColumn, m_table->horizontalHeader()->visualIndex(ValueFieldTableModel::EmptyColumn));
    fieldsLabel->setBuddy(m_table);
    fieldsLayout->addWidget(m_table, 1);
    lower->addWidget(fieldsBox);

    auto* examplesBox = new QWidget(lower);
    examplesBox->setMinimumWidth(250); // an example is about 30 characters
    auto* examplesLayout = new QVBoxLayout(examplesBox);
    examplesLayout->setContentsMargins(0, 0, 0, 0);
    m_examplesTitle = new QLabel(tr("E&xamples"), examplesBox);
    m_examplesTitle->setObjectName(u"valueExamplesTitle"_s);
    m_examplesTitle->setWordWrap(true);
    examplesLayout->addWidget(m_examplesTitle);
    m_examples = new QListWidget(examplesBox);
    m_examples->setObjectName(u"valueExamples"_s);
    m_examples->setAccessibleName(tr("Redacted examples of the selected field"));
    m_examples->setSelectionMode(QAbstractItemView::SingleSelection);
    m_examples->setUniformItemSizes(true);
    m_examplesTitle->setBuddy(m_examples);
    examplesLayout->addWidget(m_examples, 1);
    m_examplesNote = new QLabel(examplesBox);
    m_examplesNote->setObjectName(u"valueExamplesNote"_s);
    m_examplesNote->setWordWrap(true);
    mute(m_examplesNote);
    examplesLayout->addWidget(m_examplesNote);
    lower->addWidget(examplesBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_splitter = splitter;
    layout->addStretch(0); // holds the sentence at the top while there is nothing to chart
    scroll->setWidget(page);

    // Compare now, Cancel, the chart (not focusable), the fields, their examples.
    setTabOrder(m_compare, m_cancel);
    setTabOrder(m_cancel, m_table);
    setTabOrder(m_table, m_examples);

    connect(m_compare, &QPushButton::clicked, this, &DashboardValuesTab::compareNow);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardValuesTab::cancelCheck);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardValuesTab::showExamples);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardValuesTab::showExamples);
    showHeadline(std::nullopt);
    showExamples();
    updateButtons();
}

DashboardValuesTab::~DashboardValuesTab() = default;

void DashboardValuesTab::setHistory(HistoryService* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history) {
        connect(m_history, &HistoryService::valueCheckWritten, this, [this](const QString& id) {
            if (m_integration && id == m_integration->id)
                reload();
        });
    }
}

void DashboardValuesTab::setMonitor(Monitor* monitor)
{
    m_monitor = monitor;
}

void DashboardValuesTab::setValueChecker(ValueChecker* checker)
{
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (m_checker) {
        connect(m_checker, &ValueChecker::runningChanged, this, &DashboardValuesTab::updateButtons);
        connect(
            m_checker, &ValueChecker::progress, this, [this](const QString& id, const QString& what, int done, int of) {
                if (!m_running || id != m_runId)
                    return;
                if (m_cancelRequested) {
                    // Cancel was pressed before the check had begun: stop it now that it has (after this signal, so
                    // the checker has finished starting).
                    QTimer::singleShot(0, this, [this] {
                        if (m_running && m_checker)
                            m_checker->cancel();
                    });
                    return;
                }
                m_progress->setRange(0, std::max(1, of));
                m_progress->setValue(std::clamp(done, 0, std::max(1, of)));
                m_progressText->setText(what);
            });
    }
    updateButtons();
}

void DashboardValuesTab::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    if (m_chart)
        m_chart->setClock(m_clock);
    reload();
}

void DashboardValuesTab::refresh(const Integration& integration)
{
    if (m_integration && m_integration->id != integration.id)
        resetPlace();
    m_integration = integration;
    // A hidden tab reads and draws nothing (the dashboard refreshes it with every poll and on start-up): it
    // catches up when it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reload();
}

void DashboardValuesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardValuesTab::resetPlace()
{
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_note->hide();
}

QString DashboardValuesTab::connectionName(const QString& connectionId) const
{
    const std::optional<Connection> c = m_workspace.connection(connectionId);
    return c ? c->name : connectionId;
}

void DashboardValuesTab::ensureChart()
{
    if (m_chart)
        return;
    m_chart = new ValueRateChart(m_chartHolder);
    m_chart->setClock(m_clock);
    m_chartHolder->layout()->addWidget(m_chart);
}

void DashboardValuesTab::reload()
{
    m_stale = false;
    if (!m_integration)
        return;
    const QString id = m_integration->id;
    m_latest = m_history ? m_history->latestValueCheck(id) : std::nullopt;
    showHeadline(m_latest);

    const QDateTime now = m_clock();
    ensureChart();
    m_chart->setChecks(
        m_history ? m_history->valueChecks(id, now.addDays(-kChartDays), now.addSecs(1)) : QList<ValueCheckResult>());

    // Keep the field the reader looked at, by its names.
    QString source;
    QString destination;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        source = m_model->fieldAt(current.row()).source;
        destination = m_model->fieldAt(current.row()).destination;
    }
    const ScrollState scroll = ScrollState::of(m_table);
    m_model->setFields(m_latest ? m_latest->fields : QList<FieldTally>());
    const int row = source.isEmpty() ? -1 : m_model->rowOf(source, destination);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        // The field with the most differences, so its examples show at once.
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scroll.restore(m_table);
    showExamples();
    // Nothing compared yet (no check, or only checks that could not run): the sentence alone says it.
    m_splitter->setVisible((m_latest && m_latest->compared()) || m_chart->pointCount() > 0);
    updateButtons();
}

void DashboardValuesTab::showHeadline(const std::optional<ValueCheckResult>& latest)
{
    const QLocale locale;
    const auto whenText = [&](const QDateTime& at) {
        const QDateTime local = at.toLocalTime();
        if (local.date() == m_clock().toLocalTime().date())
            return locale.toString(local.time(), QLocale::ShortFormat);
        return locale.toString(local, QLocale::ShortFormat);
    };
    QString headline;
    QString detail;
    const QString source = m_integration ? connectionName(m_integration->source.connection) : QString();
    const QString destination = m_integration ? connectionName(m_integration->destination.connection) : QString();
    if (!latest) {
        headline = tr("No value check yet");
        const std::optional<FieldMapping> key = m_integration ? keyMapping(*m_integration) : std::nullopt;
        if (!m_integration)
            detail.clear();
        else if (!key)
            detail = tr("A value check samples records of %1, finds each one in %2 by the key mapping and compares "
                        "the mapped fields. This integration has no key mapping yet: edit it and mark the mapping "
                        "that identifies a record on both sides (an e-mail address, an id) as the key.")
                         .arg(source, destination);
        else
            detail = tr("A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares "
                        "the mapped fields, counting what differs. Compare now runs one.")
                         .arg(source, destination, key->source, key->destination);
    } else if (!latest->compared()) {
        headline = latest->problem;
        detail = tr("Tried %1 · %n request(s)", nullptr, latest->requests()).arg(whenText(latest->checkedAt));
    } else {
        QStringList parts;
        parts << tr("%1 of %2 sampled records match (%3–%4 %)")
                     .arg(integerText(latest->matched), integerText(latest->sampled),
                         locale.toString(latest->matchRateLow * 100, 'f', 0),
                         locale.toString(latest->matchRateHigh * 100, 'f', 0));
        if (latest->missingAtDestination > 0)
            parts << tr("%1 missing in %2").arg(integerText(latest->missingAtDestination), destination);
        parts << tr("checked %1").arg(whenText(latest->checkedAt));
        parts << tr("%n request(s)", nullptr, latest->requests());
        headline = parts.join(tr(" · ", "between the parts of the value check's headline"));
        QStringList details;
        if (latest->partial)
            details << tr("Partial check: %1").arg(latest->partialReason);
        if (latest->duplicates > 0)
            details
                << tr("%n key(s) found more than one record in %1.", nullptr, int(latest->duplicates)).arg(destination);
        if (latest->population)
            details << tr("Sampled from %1 records in %2.").arg(integerText(*latest->population), source);
        if (!latest->partial && !latest->population && latest->duplicates == 0)
            details << tr("A record matches when it is found in %1 and every mapped field holds the same value "
                          "there (letter case aside).")
                           .arg(destination);
        detail = details.join(u' ');
    }
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void DashboardValuesTab::showExamples()
{
    m_examples->clear();
    const QModelIndex current = m_table->currentIndex();
    const bool examplesOn = !m_integration || ValueSettings::of(*m_integration).examples;
    QString note;
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_examplesTitle->setText(tr("E&xamples"));
        note = m_model->rowCount() > 0 ? tr("Select a field to see examples of its differences.") : QString();
        if (!examplesOn)
            note = tr("Examples are off for this integration.");
    } else {
        const FieldTally& f = m_model->fieldAt(current.row());
        m_examplesTitle->setText(tr("E&xamples of %1 → %2").arg(f.source, f.destination));
        for (const QString& e : f.examples)
            m_examples->addItem(e);
        if (!examplesOn)
            note = tr("Examples are off for this integration.");
        else if (!f.examples.isEmpty())
            note = tr("Redacted: first letters and lengths, never a value.");
        else if (f.failures() == 0)
            note = tr("No differences in this field.");
        else if (m_latest && m_latest->checkedAt.daysTo(m_clock()) >= kExampleDays)
            note = tr("No examples kept (older than %n days).", nullptr, kExampleDays);
        else
            note = tr("No examples were kept for this field.");
    }
    m_examplesNote->setText(note);
    m_examplesNote->setVisible(!note.isEmpty());
}

void DashboardValuesTab::updateButtons()
{
    const bool busy = m_checker && m_checker->isRunning();
    const std::optional<FieldMapping> key = m_integration ? keyMapping(*m_integration) : std::nullopt;
    m_compare->setEnabled(m_checker && m_integration && !busy && !m_running && key);
    if (!key && m_integration)
        m_compare->setToolTip(tr("Mark one mapping as the key (Edit…) to compare values"));
    else
        m_compare->setToolTip(tr("Sample records of the source, look them up at the destination and compare the "
                                 "mapped fields now"));
    m_compare->setText(m_running ? tr("Comparing…") : tr("Com&pare now"));
    m_progressRow->setVisible(m_running);
    m_cancel->setEnabled(m_running && !m_cancelRequested);
}

void DashboardValuesTab::compareNow()
{
    if (!m_checker || !m_integration || m_checker->isRunning() || m_running)
        return;
    const QString id = m_integration->id;
    m_running = true;
    m_cancelRequested = false;
    m_runId = id;
    m_note->hide();
    m_progress->setRange(0, 0); // busy until the checker says how far it is
    m_progressText->setText(tr("Starting the value check…"));
    QPointer<DashboardValuesTab> self(this);
    m_checker->run({ id }, true, [self, id](const QList<ValueChecker::Outcome>& outcomes) {
        if (!self)
            return;
        bool cancelled = false;
        bool skipped = false;
        QString storeError;
        for (const ValueChecker::Outcome& o : outcomes) {
            if (o.integrationId != id)
                continue;
            cancelled = cancelled || o.cancelled;
            skipped = skipped || o.skipped;
            if (!o.storeError.isEmpty())
                storeError = o.storeError;
        }
        self->finishRun(id, cancelled, skipped, storeError);
    });
    updateButtons();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void DashboardValuesTab::cancelCheck()
{
    if (!m_running || !m_checker)
        return;
    m_cancelRequested = true;
    m_progressText->setText(tr("Cancelling…"));
    m_checker->cancel(); // nothing yet when the check has not begun: the next progress signal stops it
    updateButtons();
}

void DashboardValuesTab::finishRun(
    const QString& integrationId, bool cancelled, bool skipped, const QString& storeError)
{
    m_running = false;
    m_cancelRequested = false;
    m_runId.clear();
    QString note;
    if (cancelled)
        note = tr("The value check was cancelled; nothing of it was stored.");
    else if (!storeError.isEmpty())
        note = tr("The value check ran but could not be stored: %1").arg(storeError);
    else if (skipped)
        note = tr("The value check did not run: value checks are off for this integration or it has no key mapping.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    // A stored check: let the rules see it now (value_drift), as Run now does for the counts.
    if (!cancelled && !skipped && storeError.isEmpty() && m_monitor)
        m_monitor->runCycle({ integrationId }, nullptr);
    updateButtons();
    if (m_compare->isEnabled())
        m_compare->setFocus(Qt::OtherFocusReason);
    reload();
}

} // namespace plumbline
