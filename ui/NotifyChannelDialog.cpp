#include "NotifyChannelDialog.h"

#include "FormRows.h"

#include <WorkspaceJson.h>
#include <WorkspaceService.h>
#include <settings/AppSettings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const QList<ChannelKind> kWebhookKinds { ChannelKind::Slack, ChannelKind::Teams, ChannelKind::GoogleChat,
    ChannelKind::Webhook };

// A form row's field with the widgets under it (a state line, an inline error), as one widget so the row can be
// hidden as a whole.
QWidget* stacked(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    for (QWidget* w : widgets) {
        if (w)
            column->addWidget(w);
    }
    return box;
}

QLabel* hintLabel(const QString& text, QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

NotifyChannelDialog::NotifyChannelDialog(
    WorkspaceService& workspace, const std::optional<NotifyChannel>& existing, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(existing)
{
    setObjectName(u"notifyChannelDialog"_s);
    setWindowTitle(
        isNew() ? tr("Add notification channel") : tr("Edit notification channel “%1”").arg(existing->displayName()));
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Certificate authority"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    };

    auto* outer = new QVBoxLayout(this);
    // The dialog grows with the rows the kind shows, and never below what they need.
    outer->setSizeConstraint(QLayout::SetMinimumSize);
    outer->addWidget(buildChannelBox());
    outer->addWidget(buildDeliveryBox());
    outer->addWidget(buildTimingBox());
    m_generalError = makeFieldError(this, u"general"_s);
    outer->addWidget(m_generalError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NotifyChannelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NotifyChannelDialog::reject);

    setMinimumWidth(560);
    NotifyChannel initial;
    if (existing)
        initial = *existing;
    load(initial);
    if (existing) {
        m_id->setReadOnly(true);
        m_id->setToolTip(tr("The ID of an existing channel cannot be changed."));
        m_kind->setEnabled(false);
        m_kind->setToolTip(tr("To deliver another way, add a new channel and remove this one."));
        m_name->setFocus();
        m_workspace.channelSecretState(
            existing->id, this, [this](const QHash<QString, bool>& stored) { showSecretState(stored); });
    } else {
        m_id->setFocus();
        showSecretState({});
    }
}

QLabel* NotifyChannelDialog::addErrorLabel(const QString& field)
{
    QLabel* label = makeFieldError(this, field);
    m_errors.insert(field, label);
    return label;
}

QGroupBox* NotifyChannelDialog::buildChannelBox()
{
    auto* box = new QGroupBox(tr("Channel"), this);
    auto* form = new QFormLayout(box);
    m_id = new QLineEdit(box);
    m_id->setObjectName(u"channelIdEdit"_s);
    m_id->setPlaceholderText(tr("mops-slack"));
    m_id->setAccessibleName(tr("Channel ID"));
    addFieldRow(form, tr("&ID:"), m_id, addErrorLabel(u"id"_s));
    m_name = new QLineEdit(box);
    m_name->setObjectName(u"channelNameEdit"_s);
    m_name->setPlaceholderText(tr("#mops-alerts, Dana Whitfield, On-call"));
    m_name->setAccessibleName(tr("Channel name"));
    addFieldRow(form, tr("&Name:"), m_name, addErrorLabel(u"name"_s));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(u"channelKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    for (const ChannelKind kind : allChannelKinds())
        m_kind->addItem(channelKindDisplayName(kind), channelKindKey(kind));
    addFieldRow(form, tr("&Kind:"), m_kind, addErrorLabel(u"kind"_s));
    m_person = new QLineEdit(box);
    m_person->setObjectName(u"channelPersonEdit"_s);
    m_person->setPlaceholderText(tr("Dana Whitfield"));
    m_person->setAccessibleName(tr("Person it reaches"));
    auto* personHint
        = hintLabel(tr("Integrations whose owner is this person (or this channel's ID) notify this channel too."), box);
    m_person->setAccessibleDescription(personHint->text());
    auto* personLabel = new QLabel(tr("&Person it reaches:"), box);
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, stacked(box, { m_person, personHint }));
    m_default = new QCheckBox(tr("&Default channel (for integrations without channels of their own)"), box);
    m_default->setObjectName(u"channelDefaultCheck"_s);
    m_default->setAccessibleName(tr("Default channel"));
    form->addRow(QString(), m_default);
    m_minSeverity = new QComboBox(box);
    m_minSeverity->setObjectName(u"channelMinSeverityCombo"_s);
    m_minSeverity->setAccessibleName(tr("Minimum severity"));
    m_minSeverity->addItem(tr("Warning and critical"), severityKey(Severity::Warning));
    m_minSeverity->addItem(tr("Critical only"), severityKey(Severity::Critical));
    addFieldRow(form, tr("Minimum se&verity:"), m_minSeverity, addErrorLabel(u"minSeverity"_s));
    return box;
}

QLineEdit* NotifyChannelDialog::secretEdit(const QString& name, const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(label);
    edit->setClearButtonEnabled(true);
    m_secrets.insert(name, edit);
    // Text from the start, so the row keeps its height when the keychain answers.
    auto* state = new QLabel(tr("Checking the keychain…"), this);
    state->setObjectName(u"secretState_"_s + name);
    state->setForegroundRole(QPalette::PlaceholderText);
    m_secretStates.insert(name, state);
    return edit;
}

QGroupBox* NotifyChannelDialog::buildDeliveryBox()
{
    auto* box = new QGroupBox(tr("Delivery"), this);
    m_deliveryForm = new QFormLayout(box);
    QFormLayout* form = m_deliveryForm;
    const auto addRow = [this, form, box](const QString& text, QWidget* field, QWidget* row, QList<ChannelKind> kinds) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        form->addRow(label, row);
        m_kindRows.append({ row, std::move(kinds) });
    };
    // The secrets, by the names the keychain keeps them under (NotifyChannel::secretNames()).
    const struct
    {
        QString name;
        QString label;
        QString text;
        QString objectName;
        QList<ChannelKind> kinds;
    } secrets[] = {
        { NotifyChannel::kUrl, tr("Webhook URL"), tr("Webhook &URL:"), u"secretUrlEdit"_s, kWebhookKinds },
        { NotifyChannel::kSigningSecret, tr("Signing secret"), tr("Signing s&ecret:"), u"secretSigningEdit"_s,
            { ChannelKind::Webhook } },
        { NotifyChannel::kPassword, tr("SMTP password"), tr("SMTP pass&word:"), u"secretPasswordEdit"_s,
            { ChannelKind::Email } },
        { NotifyChannel::kRoutingKey, tr("Integration (routing) key"), tr("Routing &key:"), u"secretRoutingKeyEdit"_s,
            { ChannelKind::PagerDuty } },
    };
    // E-mail first: the recipients and the server before the password.
    m_to = new QLineEdit(box);
    m_to->setObjectName(u"emailToEdit"_s);
    m_to->setPlaceholderText(tr("dana@example.com, ops@example.com"));
    m_to->setAccessibleName(tr("Recipients"));
    addRow(tr("&To:"), m_to, stacked(box, { m_to, addErrorLabel(u"to"_s) }), { ChannelKind::Email });
    m_smtpHost = new QLineEdit(box);
    m_smtpHost->setObjectName(u"smtpHostEdit"_s);
    m_smtpHost->setPlaceholderText(tr("smtp.example.com"));
    m_smtpHost->setAccessibleName(tr("SMTP host"));
    addRow(tr("SMTP &host:"), m_smtpHost, stacked(box, { m_smtpHost, addErrorLabel(u"smtpHost"_s) }),
        { ChannelKind::Email });
    m_smtpPort = new QSpinBox(box);
    m_smtpPort->setObjectName(u"smtpPortSpin"_s);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(587);
    m_smtpPort->setAccessibleName(tr("SMTP port"));
    addRow(
        tr("P&ort:"), m_smtpPort, stacked(box, { m_smtpPort, addErrorLabel(u"smtpPort"_s) }), { ChannelKind::Email });
    m_smtpSecurity = new QComboBox(box);
    m_smtpSecurity->setObjectName(u"smtpSecurityCombo"_s);
    m_smtpSecurity->setAccessibleName(tr("SMTP security"));
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), smtpSecurityKey(SmtpSecurity::StartTls));
    m_smtpSecurity->addItem(tr("TLS (port 465)"), smtpSecurityKey(SmtpSecurity::Tls));
    m_smtpSecurity->addItem(tr("None (only to this computer)"), smtpSecurityKey(SmtpSecurity::None));
    addRow(tr("Securit&y:"), m_smtpSecurity, stacked(box, { m_smtpSecurity, addErrorLabel(u"smtpSecurity"_s) }),
        { ChannelKind::Email });
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the usual port of the security chosen, unless another port was typed.
        const auto security = smtpSecurityFromKey(m_smtpSecurity->currentData().toString());
        if (m_smtpPort->value() == 587 && security == SmtpSecurity::Tls)
            m_smtpPort->setValue(465);
        else if (m_smtpPort->value() == 465 && security == SmtpSecurity::StartTls)
            m_smtpPort->setValue(587);
    });
    m_smtpUser = new QLineEdit(box);
    m_smtpUser->setObjectName(u"smtpUserEdit"_s);
    m_smtpUser->setPlaceholderText(tr("Empty: no sign-in"));
    m_smtpUser->setAccessibleName(tr("SMTP username"));
    addRow(tr("User&name:"), m_smtpUser, stacked(box, { m_smtpUser }), { ChannelKind::Email });
    m_smtpFrom = new QLineEdit(box);
    m_smtpFrom->setObjectName(u"smtpFromEdit"_s);
    m_smtpFrom->setPlaceholderText(tr("plumbline@example.com"));
    m_smtpFrom->setAccessibleName(tr("From address"));
    addRow(
        tr("&From:"), m_smtpFrom, stacked(box, { m_smtpFrom, addErrorLabel(u"smtpFrom"_s) }), { ChannelKind::Email });
    m_caFile = new QLineEdit(box);
    m_caFile->setObjectName(u"smtpCaFileEdit"_s);
    m_caFile->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caBrowse = new QPushButton(tr("&Browse…"), box);
    m_caBrowse->setObjectName(u"smtpCaBrowseButton"_s);
    m_caBrowse->setAccessibleName(tr("Choose the certificate authority file"));
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        if (const QString path = m_chooseFile ? m_chooseFile() : QString(); !path.isEmpty())
            m_caFile->setText(path);
    });
    auto* caRow = new QWidget(box);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    addRow(tr("&CA file:"), m_caFile, caRow, { ChannelKind::Email });

    for (const auto& s : secrets) {
        QLineEdit* edit = secretEdit(s.name, s.label, s.objectName);
        addRow(s.text, edit, stacked(box, { edit, m_secretStates.value(s.name), addErrorLabel(u"secret_"_s + s.name) }),
            s.kinds);
    }

    m_eventsUrl = new QLineEdit(box);
    m_eventsUrl->setObjectName(u"pagerDutyUrlEdit"_s);
    m_eventsUrl->setPlaceholderText(tr("Empty: PagerDuty's own Events API"));
    m_eventsUrl->setAccessibleName(tr("Events API URL"));
    addRow(tr("Events API &URL:"), m_eventsUrl, stacked(box, { m_eventsUrl, addErrorLabel(u"url"_s) }),
        { ChannelKind::PagerDuty });

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotifyChannelDialog::updateKind);
    return box;
}

QGroupBox* NotifyChannelDialog::buildTimingBox()
{
    auto* box = new QGroupBox(tr("When"), this);
    auto* form = new QFormLayout(box);
    m_quiet = new QCheckBox(tr("&Quiet hours"), box);
    m_quiet->setObjectName(u"quietHoursCheck"_s);
    m_quiet->setAccessibleName(tr("Quiet hours"));
    m_quietFrom = new QTimeEdit(QTime(22, 0), box);
    m_quietFrom->setDisplayFormat(u"HH:mm"_s);
    m_quietFrom->setObjectName(u"quietFromEdit"_s);
    m_quietFrom->setAccessibleName(tr("Quiet hours from"));
    m_quietTo = new QTimeEdit(QTime(7, 0), box);
    m_quietTo->setDisplayFormat(u"HH:mm"_s);
    m_quietTo->setObjectName(u"quietToEdit"_s);
    m_quietTo->setAccessibleName(tr("Quiet hours to"));
    auto* quietRow = new QWidget(box);
    auto* quietLayout = new QHBoxLayout(quietRow);
    quietLayout->setContentsMargins(0, 0, 0, 0);
    auto* fromLabel = new QLabel(tr("fro&m"), quietRow);
    fromLabel->setBuddy(m_quietFrom);
    auto* toLabel = new QLabel(tr("t&o"), quietRow);
    toLabel->setBuddy(m_quietTo);
    quietLayout->addWidget(fromLabel);
    quietLayout->addWidget(m_quietFrom);
    quietLayout->addWidget(toLabel);
    quietLayout->addWidget(m_quietTo);
    quietLayout->addStretch();
    form->addRow(m_quiet, stacked(box, { quietRow, addErrorLabel(u"quiet"_s) }));
    m_criticalBreaks = new QCheckBox(tr("C&ritical alerts break through"), box);
    m_criticalBreaks->setObjectName(u"criticalBreaksCheck"_s);
    m_criticalBreaks->setAccessibleName(tr("Critical alerts break through quiet hours"));
    m_criticalBreaks->setChecked(true);
    form->addRow(QString(), m_criticalBreaks);

    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timeZone->setToolTip(tr("For quiet hours and the digest; an IANA name such as Europe/Berlin"));
    addFieldRow(form, tr("Time &zone:"), m_timeZone, addErrorLabel(u"timeZone"_s));

    m_digest = new QCheckBox(tr("Daily &digest"), box);
    m_digest->setObjectName(u"digestCheck"_s);
    m_digest->setAccessibleName(tr("Daily digest instead of single messages"));
    m_digestAt = new QTimeEdit(QTime(8, 0), box);
    m_digestAt->setDisplayFormat(u"HH:mm"_s);
    m_digestAt->setObjectName(u"digestAtEdit"_s);
    m_digestAt->setAccessibleName(tr("Digest time"));
    auto* digestRow = new QWidget(box);
    auto* digestLayout = new QHBoxLayout(digestRow);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    auto* atLabel = new QLabel(tr("&at"), digestRow);
    atLabel->setBuddy(m_digestAt);
    digestLayout->addWidget(atLabel);
    digestLayout->addWidget(m_digestAt);
    digestLayout->addWidget(hintLabel(tr("one message a day instead of one per change"), digestRow), 1);
    form->addRow(m_digest, stacked(box, { digestRow, addErrorLabel(u"digest"_s) }));

    connect(m_quiet, &QCheckBox::toggled, this, &NotifyChannelDialog::updateTiming);
    connect(m_digest, &QCheckBox::toggled, this, &NotifyChannelDialog::updateTiming);
    return box;
}

void NotifyChannelDialog::load(const NotifyChannel& c)
{
    m_id->setText(c.id);
    m_name->setText(c.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(channelKindKey(c.kind))));
    m_person->setText(c.person);
    m_default->setChecked(c.isDefault);
    m_minSeverity->setCurrentIndex(std::max(0, m_minSeverity->findData(severityKey(c.minSeverity))));
    m_to->setText(c.to.join(u", "_s));
    m_smtpHost->setText(c.smtp.host);
    m_smtpSecurity->setCurrentIndex(std::max(0, m_smtpSecurity->findData(smtpSecurityKey(c.smtp.security))));
    m_smtpPort->setValue(c.smtp.port);
    m_smtpUser->setText(c.smtp.username);
    m_smtpFrom->setText(c.smtp.from);
    m_caFile->setText(c.smtp.caFile);
    m_eventsUrl->setText(c.url);
    m_quiet->setChecked(c.quiet.isSet());
    if (c.quiet.isSet()) {
        m_quietFrom->setTime(c.quiet.from);
        m_quietTo->setTime(c.quiet.to);
    }
    m_criticalBreaks->setChecked(c.quiet.criticalBreaksThrough);
    const int zone = c.timeZone.isEmpty() ? 0 : m_timeZone->findData(c.timeZone);
    if (zone >= 0)
        m_timeZone->setCurrentIndex(zone);
    else
        m_timeZone->setEditText(c.timeZone);
    m_digest->setChecked(c.digestAt.has_value());
    if (c.digestAt)
        m_digestAt->setTime(*c.digestAt);
    updateKind();
    updateTiming();
}

ChannelKind NotifyChannelDialog::currentKind() const
{
    return channelKindFromKey(m_kind->currentData().toString()).value_or(ChannelKind::Slack);
}

void NotifyChannelDialog::updateKind()
{
    const ChannelKind kind = currentKind();
    for (const auto& [row, kinds] : std::as_const(m_kindRows))
        m_deliveryForm->setRowVisible(row, kinds.contains(kind));
    // Grow (or shrink) to the rows shown, once the layouts know their new size.
    layout()->invalidate();
    layout()->activate();
    adjustSize();
}

void NotifyChannelDialog::updateTiming()
{
    m_quietFrom->setEnabled(m_quiet->isChecked());
    m_quietTo->setEnabled(m_quiet->isChecked());
    m_criticalBreaks->setEnabled(m_quiet->isChecked());
    m_digestAt->setEnabled(m_digest->isChecked());
}

void NotifyChannelDialog::showSecretState(const QHash<QString, bool>& stored)
{
    for (auto it = m_secretStates.cbegin(); it != m_secretStates.cend(); ++it) {
        const bool have = stored.value(it.key(), false);
        it.value()->setText(have ? tr("Stored in the keychain; leave empty to keep it.") : tr("Not set yet."));
        if (QLineEdit* edit = m_secrets.value(it.key())) {
            edit->setPlaceholderText(have ? tr("(stored in the keychain)") : QString());
            edit->setAccessibleDescription(it.value()->text());
        }
    }
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

QString NotifyChannelDialog::timeZoneId() const
{
    const QString text = m_timeZone->currentText().trimmed();
    const int index = m_timeZone->findText(text);
    if (index >= 0)
        return m_timeZone->itemData(index).toString();
    return text;
}

NotifyChannel NotifyChannelDialog::channel() const
{
    NotifyChannel c = m_existing.value_or(NotifyChannel {});
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.kind = currentKind();
    c.person = m_person->text().trimmed();
    c.isDefault = m_default->isChecked();
    c.minSeverity = severityFromKey(m_minSeverity->currentData().toString()).value_or(Severity::Warning);
    c.quiet = QuietHours {};
    c.quiet.criticalBreaksThrough = m_criticalBreaks->isChecked();
    if (m_quiet->isChecked()) {
        c.quiet.from = m_quietFrom->time();
        c.quiet.to = m_quietTo->time();
    }
    c.timeZone = timeZoneId();
    c.digestAt = m_digest->isChecked() ? std::optional(m_digestAt->time()) : std::nullopt;
    c.to.clear();
    c.smtp = SmtpSettings {};
    c.url.clear();
    if (c.kind == ChannelKind::Email) {
        for (const QString& part : m_to->text().split(u',', Qt::SkipEmptyParts)) {
            if (const QString address = part.trimmed(); !address.isEmpty())
                c.to << address;
        }
        c.smtp.host = m_smtpHost->text().trimmed();
        c.smtp.port = m_smtpPort->value();
        c.smtp.security
            = smtpSecurityFromKey(m_smtpSecurity->currentData().toString()).value_or(SmtpSecurity::StartTls);
        c.smtp.username = m_smtpUser->text().trimmed();
        c.smtp.from = m_smtpFrom->text().trimmed();
        c.smtp.caFile = m_caFile->text().trimmed();
    }
    if (c.kind == ChannelKind::PagerDuty)
        c.url = m_eventsUrl->text().trimmed();
    return c;
}

QHash<QString, QString> NotifyChannelDialog::secrets() const
{
    QHash<QString, QString> out;
    const NotifyChannel c = channel();
    for (const auto& [name, label] : c.secretNames()) {
        const QLineEdit* edit = m_secrets.value(name);
        if (const QString value = edit ? edit->text().trimmed() : QString(); !value.isEmpty())
            out.insert(name, value);
    }
    return out;
}

QHash<QString, QString> NotifyChannelDialog::fieldErrors() const
{
    QHash<QString, QString> out;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value()->isHidden())
            out.insert(it.key(), it.value()->text());
    }
    if (!m_generalError->isHidden())
        out.insert(u"general"_s, m_generalError->text());
    return out;
}

QString NotifyChannelDialog::fieldOfPath(const QString& path) const
{
    // NotifyChannels::fromJson's JSON paths ("$.smtp.host", "$.to[1]") to the form's fields.
    static const QList<std::pair<QString, QString>> prefixes { { u"$.id"_s, u"id"_s }, { u"$.name"_s, u"name"_s },
        { u"$.kind"_s, u"kind"_s }, { u"$.min_severity"_s, u"minSeverity"_s }, { u"$.time_zone"_s, u"timeZone"_s },
        { u"$.quiet_hours"_s, u"quiet"_s }, { u"$.digest"_s, u"digest"_s }, { u"$.to"_s, u"to"_s },
        { u"$.smtp.port"_s, u"smtpPort"_s }, { u"$.smtp.security"_s, u"smtpSecurity"_s },
        { u"$.smtp.from"_s, u"smtpFrom"_s }, { u"$.smtp"_s, u"smtpHost"_s }, { u"$.url"_s, u"url"_s } };
    for (const auto& [prefix, field] : prefixes) {
        if (path == prefix || path.startsWith(prefix + u'.') || path.startsWith(prefix + u'['))
            return field;
    }
    return u"general"_s;
}

void NotifyChannelDialog::showProblem(const QString& field, const QString& message)
{
    QLabel* label = field == u"general" ? m_generalError : m_errors.value(field, m_generalError);
    // A message for a row the kind hides is shown below the form rather than lost.
    if (label != m_generalError && !label->parentWidget()->isVisibleTo(this))
        label = m_generalError;
    const QString text = message.isEmpty() ? message : message.at(0).toUpper() + message.mid(1);
    label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
    label->show();
}

void NotifyChannelDialog::accept()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();

    const NotifyChannel c = channel();
    QStringList fields; // in the order shown, for the focus
    const auto problem = [this, &fields](const QString& field, const QString& message) {
        showProblem(field, message);
        fields << field;
    };
    if (!WorkspaceJson::isValidId(c.id))
        problem(u"id"_s, tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit."));
    else if (isNew() && m_workspace.channel(c.id))
        problem(u"id"_s, tr("Another channel already uses this ID."));
    if (c.kind == ChannelKind::Email && c.to.isEmpty())
        problem(u"to"_s, tr("Give at least one address; separate several with commas."));
    if (m_quiet->isChecked() && m_quietFrom->time() == m_quietTo->time())
        problem(u"quiet"_s, tr("Quiet hours must start and end at different times."));
    if (const QString url = secrets().value(NotifyChannel::kUrl); !url.isEmpty()) {
        if (const QString why = AppSettings::webhookUrlError(url); !why.isEmpty())
            problem(u"secret_url"_s, why);
    }
    // The same check an imported channel gets (and WorkspaceService::saveChannel repeats).
    if (WorkspaceJson::isValidId(c.id)) {
        const ChannelParse parse = NotifyChannels::fromJson(c.toJson(), u"$"_s);
        for (const auto& [path, message] : parse.problems)
            problem(fieldOfPath(path), message);
    }
    if (fields.isEmpty()) {
        QDialog::accept();
        return;
    }
    adjustSize();
    // The first field with a problem, in the order the form shows them.
    const QList<std::pair<QString, QWidget*>> order { { u"id"_s, m_id }, { u"name"_s, m_name }, { u"to"_s, m_to },
        { u"smtpHost"_s, m_smtpHost }, { u"smtpPort"_s, m_smtpPort }, { u"smtpSecurity"_s, m_smtpSecurity },
        { u"smtpFrom"_s, m_smtpFrom }, { u"secret_url"_s, m_secrets.value(NotifyChannel::kUrl) },
        { u"url"_s, m_eventsUrl }, { u"quiet"_s, m_quietFrom }, { u"timeZone"_s, m_timeZone },
        { u"digest"_s, m_digestAt } };
    for (const auto& [field, widget] : order) {
        if (fields.contains(field) && widget && widget->isVisibleTo(this)) {
            widget->setFocus();
            break;
        }
    }
}

} // namespace plumbline
