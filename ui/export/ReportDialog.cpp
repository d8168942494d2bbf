#include "ReportDialog.h"

#include <AppPaths.h>
#include <HistoryService.h>
#include <WorkspaceService.h>
#include <report/ReportJob.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

enum Preset
{
    Last7,
    Last30,
    Last90,
    Custom,
};

} // namespace

ReportDialog::ReportDialog(const WorkspaceService& workspace, const HistoryService& history, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_history(history)
    , m_now(QDateTime::currentDateTimeUtc())
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Export Audit Report"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("An audit report documents every connection and integration, their health over a "
                                "period, incidents, API deadlines and changes. It never contains an API key."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* period = new QGroupBox(tr("Period"), this);
    auto* periodLayout = new QFormLayout(period);
    m_preset = new QComboBox(period);
    m_preset->setObjectName(u"reportPeriod"_s);
    m_preset->addItems({ tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom dates") });
    m_preset->setCurrentIndex(Last30);
    periodLayout->addRow(tr("&Range:"), m_preset);
    auto* dates = new QHBoxLayout;
    m_from = new QDateEdit(period);
    m_from->setObjectName(u"reportFrom"_s);
    m_to = new QDateEdit(period);
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), period));
    dates->addWidget(m_to, 1);
    auto* fromLabel = new QLabel(tr("&From:"), period);
    fromLabel->setBuddy(m_from);
    periodLayout->addRow(fromLabel, dates);
    layout->addWidget(period);

    auto* scope = new QGroupBox(tr("Integrations"), this);
    auto* scopeLayout = new QVBoxLayout(scope);
    m_integrations = new QListWidget(scope);
    m_integrations->setObjectName(u"reportIntegrations"_s);
    m_integrations->setAccessibleName(tr("Integrations in the report"));
    QList<Integration> integrations = m_workspace.integrations();
    std::sort(integrations.begin(), integrations.end(),
        [](const Integration& a, const Integration& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Integration& i : std::as_const(integrations)) {
        auto* item = new QListWidgetItem(i.name, m_integrations);
        item->setData(Qt::UserRole, i.id);
        item->setToolTip(i.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    scopeLayout->addWidget(m_integrations);
    auto* selection = new QHBoxLayout;
    auto* all = new QPushButton(tr("Select &all"), scope);
    all->setObjectName(u"reportSelectAll"_s);
    auto* none = new QPushButton(tr("Select &none"), scope);
    none->setObjectName(u"reportSelectNone"_s);
    selection->addWidget(all);
    selection->addWidget(none);
    selection->addStretch(1);
    scopeLayout->addLayout(selection);
    layout->addWidget(scope, 1);

    auto* output = new QGroupBox(tr("Output"), this);
    auto* outputLayout = new QFormLayout(output);
    m_format = new QComboBox(output);
    m_format->setObjectName(u"reportFormat"_s);
    m_format->addItem(tr("PDF document"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML page (one file)"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV files (a folder, one file per table)"), int(ReportFormat::Csv));
    outputLayout->addRow(tr("F&ormat:"), m_format);
    auto* destination = new QHBoxLayout;
    m_destination = new QLineEdit(output);
    m_destination->setObjectName(u"reportDestination"_s);
    m_destination->setAccessibleName(tr("Destination"));
    m_choose = new QPushButton(tr("&Choose…"), output);
    m_choose->setObjectName(u"reportChoose"_s);
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_choose);
    auto* destinationLabel = new QLabel(tr("&Save to:"), output);
    destinationLabel->setBuddy(m_destination);
    outputLayout->addRow(destinationLabel, destination);
    layout->addWidget(output);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"reportExport"_s);
    m_export->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"reportCancel"_s);
    layout->addWidget(m_buttons);

    m_inputs = { period, scope, output };

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::updateButtons);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::updateButtons);
    connect(m_integrations, &QListWidget::itemChanged, this, &ReportDialog::updateButtons);
    connect(m_destination, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);
    connect(all, &QPushButton::clicked, this, [this]() {
        for (int i = 0; i < m_integrations->count(); ++i)
            m_integrations->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this]() {
        for (int i = 0; i < m_integrations->count(); ++i)
            m_integrations->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        // Keep the folder, change the name's ending.
        if (!m_destination->text().isEmpty())
            m_destination->setText(QFileInfo(m_destination->text()).dir().filePath(suggestedName()));
    });
    connect(m_choose, &QPushButton::clicked, this, &ReportDialog::chooseDestination);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_destination->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(suggestedName()));
    updatePeriod();
    resize(560, 620);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::exportAuditReport(const WorkspaceService& workspace, const HistoryService& history, QWidget* parent)
{
    ReportDialog dialog(workspace, history, parent);
    dialog.exec();
}

void ReportDialog::setDestination(const QString& path)
{
    m_destination->setText(path);
}

void ReportDialog::setNow(const QDateTime& utc)
{
    m_now = utc.toUTC();
    updatePeriod();
}

void ReportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ReportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

ReportFormat ReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

QString ReportDialog::suggestedName() const
{
    const QString base = tr("audit-report-%1").arg(m_now.date().toString(Qt::ISODate));
    switch (format()) {
    case ReportFormat::Pdf:
        return base + u".pdf"_s;
    case ReportFormat::Html:
        return base + u".html"_s;
    case ReportFormat::Csv:
        return base + u"-csv"_s;
    }
    return base;
}

void ReportDialog::updatePeriod()
{
    const int preset = m_preset->currentIndex();
    const bool custom = preset == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const int days = preset == Last7 ? 7 : preset == Last90 ? 90 : 30;
        m_to->setDate(m_now.date());
        m_from->setDate(m_now.date().addDays(-days + 1));
    }
    updateButtons();
}

void ReportDialog::chooseDestination()
{
    QString path;
    if (format() == ReportFormat::Csv) {
        path = QFileDialog::getSaveFileName(this, tr("Folder for the CSV files"), m_destination->text(),
            tr("Folder (*)"), nullptr, QFileDialog::ShowDirsOnly);
    } else {
        const QString filter = format() == ReportFormat::Pdf ? tr("PDF documents (*.pdf)") : tr("HTML pages (*.html)");
        path = QFileDialog::getSaveFileName(this, tr("Save the audit report"), m_destination->text(), filter);
    }
    if (!path.isEmpty())
        m_destination->setText(path);
}

void ReportDialog::updateButtons()
{
    int checked = 0;
    for (int i = 0; i < m_integrations->count(); ++i)
        checked += m_integrations->item(i)->checkState() == Qt::Checked ? 1 : 0;
    QString problem;
    if (m_from->date() > m_to->date())
        problem = tr("The first day is after the last day.");
    else if (m_integrations->count() > 0 && checked == 0)
        problem = tr("Choose at least one integration.");
    else if (m_destination->text().trimmed().isEmpty())
        problem = tr("Choose where to save the report.");
    if (!isExporting()) {
        m_export->setEnabled(problem.isEmpty());
        m_status->setText(problem);
    }
}

void ReportDialog::startExport()
{
    if (isExporting())
        return;
    ReportRequest request;
    // Whole UTC days, the last one included (the same days as `plumbline report --from --to`).
    request.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    request.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    request.generatedAt = QDateTime::currentDateTimeUtc();
    request.generatedBy = AppPaths::osUser();
    QStringList ids;
    for (int i = 0; i < m_integrations->count(); ++i) {
        if (m_integrations->item(i)->checkState() == Qt::Checked)
            ids << m_integrations->item(i)->data(Qt::UserRole).toString();
    }
    // Every integration checked means "all", which also keeps deleted ones' changes in the change log.
    if (ids.size() < m_integrations->count())
        request.integrationIds = ids;
    m_job = std::make_unique<ReportJob>(m_workspace, m_history, request, format(), m_destination->text().trimmed());
    connect(m_job.get(), &ReportJob::progress, this, [this](double done, const QString& what) {
        m_progress->setValue(int(done * 1000));
        m_status->setText(what);
    });
    connect(m_job.get(), &ReportJob::finished, this, &ReportDialog::exportFinished);
    for (QWidget* w : std::as_const(m_inputs))
        w->setEnabled(false);
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Collecting the history"));
    m_job->start();
}

void ReportDialog::exportFinished(bool ok, bool cancelled, const QString& error)
{
    for (QWidget* w : std::as_const(m_inputs))
        w->setEnabled(true);
    m_progress->setVisible(ok);
    if (ok) {
        m_progress->setValue(1000);
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_destination->text().trimmed())));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    } else if (cancelled) {
        m_status->setText(tr("Cancelled; nothing was saved."));
    } else {
        m_status->setText(tr("The report could not be saved: %1").arg(error));
    }
    m_export->setEnabled(true);
    if (m_job)
        m_job.release()->deleteLater(); // it is emitting this signal
}

void ReportDialog::reject()
{
    if (isExporting()) {
        m_job->cancel(); // finished() follows; the dialog stays open to say so
        return;
    }
    QDialog::reject();
}

} // namespace plumbline
