#include "SettingsDialog.h"

#include "../FormRows.h"
#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QGroupBox* section(const QString& title, QWidget* parent, QFormLayout*& form)
{
    auto* box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return box;
}

QSpinBox* spin(QWidget* parent, const QString& name, int min, int max, const QString& suffix)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, QString dataDir, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_dataDir(std::move(dataDir))
    , m_openFolder([](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setWindowIcon(Appearance::appIcon());
    auto* layout = new QVBoxLayout(this);

    QFormLayout* form = nullptr;
    // Appearance
    QGroupBox* appearance = section(tr("Appearance"), this, form);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(u"languageCombo"_s);
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(
        systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage), QString());
    for (const QString& code : AppSettings::languages())
        m_language->addItem(AppSettings::languageName(code), code);
    addFieldRow(form, tr("&Language:"), m_language, nullptr);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("System"), AppSettings::themeKey(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeKey(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeKey(AppSettings::Theme::Dark));
    addFieldRow(form, tr("&Theme:"), m_theme, nullptr);
    m_startMinimised = new QCheckBox(tr("Start minimised to the tray"), appearance);
    m_startMinimised->setObjectName(u"startMinimisedCheck"_s);
    form->addRow(QString(), m_startMinimised);
    layout->addWidget(appearance);

    // Notifications
    QGroupBox* notifications = section(tr("Notifications"), this, form);
    m_desktop = new QCheckBox(tr("Show desktop notifications"), notifications);
    m_desktop->setToolTip(tr("A notification when an alert opens, gets worse or is resolved."));
    m_desktop->setObjectName(u"desktopNotificationsCheck"_s);
    form->addRow(QString(), m_desktop);
    // Where alerts go is the workspace's (channels, their secrets in the keychain), not this computer's settings.
    auto* channelsRow = new QHBoxLayout;
    auto* channelsNote
        = new QLabel(tr("Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the "
                        "Notifications page."),
            notifications);
    channelsNote->setObjectName(u"notificationChannelsNote"_s);
    channelsNote->setWordWrap(true);
    auto* openChannels = new QPushButton(tr("Open &Notifications"), notifications);
    openChannels->setObjectName(u"openNotificationsButton"_s);
    openChannels->setToolTip(tr("Saves these settings and shows the Notifications page."));
    channelsNote->setBuddy(openChannels);
    channelsRow->addWidget(channelsNote, 1);
    channelsRow->addWidget(openChannels);
    form->addRow(channelsRow);
    connect(openChannels, &QPushButton::clicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Apply)->isEnabled() && !apply())
            return;
        Q_EMIT notificationsPageRequested();
        QDialog::accept();
    });
    layout->addWidget(notifications);

    // Defaults for new integrations
    QGroupBox* checks = section(tr("Checks of new integrations"), this, form);
    m_interval = spin(checks, u"intervalSpin"_s, AppSettings::kMinIntervalS, AppSettings::kMaxIntervalS, tr(" s"));
    m_interval->setSingleStep(60);
    addFieldRow(form, tr("Poll &every:"), m_interval, nullptr);
    m_tolerancePct = new QDoubleSpinBox(checks);
    m_tolerancePct->setObjectName(u"tolerancePctSpin"_s);
    m_tolerancePct->setRange(0.0, 100.0);
    m_tolerancePct->setDecimals(1);
    m_tolerancePct->setSingleStep(0.5);
    m_tolerancePct->setSuffix(tr(" %"));
    addFieldRow(form, tr("Tolerated &gap:"), m_tolerancePct, nullptr);
    m_toleranceAbs = spin(checks, u"toleranceAbsSpin"_s, 0, 1000000000, tr(" records"));
    addFieldRow(form, tr("…or at most:"), m_toleranceAbs, nullptr);
    m_lagGrace = spin(checks, u"lagGraceSpin"_s, 0, 7 * 86400, tr(" s"));
    m_lagGrace->setSingleStep(60);
    addFieldRow(form, tr("&Sync lag allowed:"), m_lagGrace, nullptr);
    auto* checksNote = new QLabel(tr("Integrations that already exist keep their own checks."), checks);
    checksNote->setWordWrap(true);
    checksNote->setEnabled(false);
    form->addRow(checksNote);
    layout->addWidget(checks);

    // History and data
    QGroupBox* data = section(tr("History and data"), this, form);
    m_rawDays = spin(data, u"rawDaysSpin"_s, 0, AppSettings::kMaxRetentionDays, tr(" days"));
    m_rawDays->setSpecialValueText(tr("Forever"));
    addFieldRow(form, tr("Keep every &sample:"), m_rawDays, nullptr);
    m_hourlyDays = spin(data, u"hourlyDaysSpin"_s, 0, AppSettings::kMaxRetentionDays, tr(" days"));
    m_hourlyDays->setSpecialValueText(tr("Forever"));
    addFieldRow(form, tr("Keep &hourly summaries:"), m_hourlyDays, nullptr);
    auto* folderRow = new QHBoxLayout;
    m_dataFolder = new QLineEdit(QDir::toNativeSeparators(m_dataDir), data);
    m_dataFolder->setObjectName(u"dataFolderEdit"_s);
    m_dataFolder->setReadOnly(true);
    m_dataFolder->setAccessibleName(tr("Data folder"));
    auto* openFolder = new QPushButton(tr("&Open Folder"), data);
    openFolder->setObjectName(u"openFolderButton"_s);
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(openFolder);
    auto* folderLabel = new QLabel(tr("Data folder:"), data);
    form->addRow(folderLabel, folderRow);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        if (!m_openFolder(m_dataDir))
            m_error->setText(tr("The data folder %1 could not be opened.").arg(QDir::toNativeSeparators(m_dataDir)));
        m_error->setVisible(!m_error->text().isEmpty());
    });
    layout->addWidget(data);

    m_error = makeFieldError(this, u"settings"_s);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    load(m_settings.load());
    const auto dirty = [this] { setDirty(true); };
    connect(m_language, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_theme, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_startMinimised, &QCheckBox::toggled, this, dirty);
    connect(m_desktop, &QCheckBox::toggled, this, dirty);
    for (QSpinBox* s : { m_interval, m_toleranceAbs, m_lagGrace, m_rawDays, m_hourlyDays })
        connect(s, &QSpinBox::valueChanged, this, dirty);
    connect(m_tolerancePct, &QDoubleSpinBox::valueChanged, this, dirty);
    setDirty(false);
    setMinimumWidth(560);
}

void SettingsDialog::load(const AppSettings::Values& v)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(v.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(AppSettings::themeKey(v.theme))));
    m_startMinimised->setChecked(v.startMinimised);
    m_desktop->setChecked(v.desktopNotifications);
    m_interval->setValue(v.intervalS);
    m_tolerancePct->setValue(v.tolerancePct);
    m_toleranceAbs->setValue(int(std::clamp<qint64>(v.toleranceAbs, 0, m_toleranceAbs->maximum())));
    m_lagGrace->setValue(v.lagGraceS);
    m_rawDays->setValue(v.retention.rawDays);
    m_hourlyDays->setValue(v.retention.hourlyDays);
}

AppSettings::Values SettingsDialog::values() const
{
    AppSettings::Values v;
    v.language = m_language->currentData().toString();
    v.theme = AppSettings::themeFromKey(m_theme->currentData().toString());
    v.startMinimised = m_startMinimised->isChecked();
    v.desktopNotifications = m_desktop->isChecked();
    v.intervalS = m_interval->value();
    v.tolerancePct = m_tolerancePct->value();
    v.toleranceAbs = m_toleranceAbs->value();
    v.lagGraceS = m_lagGrace->value();
    v.retention.rawDays = m_rawDays->value();
    v.retention.hourlyDays = m_hourlyDays->value();
    return v;
}

void SettingsDialog::setDirty(bool dirty)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(dirty);
}

bool SettingsDialog::apply()
{
    const AppSettings::Values v = values();
    const QString error = m_settings.save(v);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return false;
    setDirty(false);
    Q_EMIT applied(v);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace plumbline
