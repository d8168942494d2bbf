#include "ConnectionDialog.h"

#include <ConnectionTester.h>

#include "FormRows.h"

#include <VendorProfile.h>
#include <WorkspaceService.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QLabel* makeNote(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(
    WorkspaceService& service, const std::optional<Connection>& existing, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_existing(existing)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(isNew() ? tr("Add connection") : tr("Edit connection “%1”").arg(existing->name));
    buildForm();

    if (m_existing) {
        const Connection& c = *m_existing;
        m_vendor->setCurrentIndex(m_vendor->findData(QVariant::fromValue(c.vendor)));
        m_vendor->setEnabled(false);
        m_vendor->setToolTip(tr("The vendor of an existing connection cannot be changed; add a new connection "
                                "instead."));
        m_id->setText(c.id);
        m_id->setReadOnly(true);
        m_id->setToolTip(tr("The ID of an existing connection cannot be changed."));
        m_name->setText(c.name);
        applyVendor(c.vendor);
        m_baseUrl->setText(c.baseUrl);
        m_apiVersion->setCurrentText(c.apiVersion);
        for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it)
            it.value()->setText(c.options.value(it.key()).toString());
        m_owner->setText(c.owner);
        m_notes->setPlainText(c.notes);
        if (c.secretState == SecretState::Unknown) {
            // Ask the keychain (without keeping the value) so the status line can say whether a key is stored.
            m_service.refreshSecretState(c.id, this, [this](const StoreResult&) {
                if (const std::optional<Connection> fresh = m_service.connection(m_existing->id))
                    m_existing->secretState = fresh->secretState;
                updateSecretStatus();
            });
        }
        m_name->setFocus();
    } else {
        applyVendor(currentVendor());
        m_vendor->setFocus();
    }
    updateSecretStatus();
    updateDataCentre();
}

void ConnectionDialog::buildForm()
{
    auto* outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(m_form);

    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(u"vendorCombo"_s);
    for (const Vendor v : allVendors())
        m_vendor->addItem(vendorDisplayName(v), QVariant::fromValue(v));
    m_vendor->setAccessibleName(tr("Vendor"));
    addFieldRow(m_form, tr("&Vendor:"), m_vendor, nullptr);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. HubSpot production"));
    m_name->setAccessibleName(tr("Name"));
    addFieldRow(m_form, tr("&Name:"), m_name, addErrorLabel(u"name"_s));

    m_id = new QLineEdit(this);
    m_id->setObjectName(u"idEdit"_s);
    m_id->setPlaceholderText(tr("e.g. hubspot-prod"));
    m_id->setAccessibleName(tr("ID"));
    m_id->setToolTip(tr("A short, stable identifier used in workspace files and on the command line."));
    addFieldRow(m_form, tr("&ID:"), m_id, addErrorLabel(u"id"_s));

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrlLabel = addFieldRow(m_form, tr("API base URL:"), m_baseUrl, addErrorLabel(u"base_url"_s));

    m_apiVersion = new QComboBox(this);
    m_apiVersion->setObjectName(u"apiVersionCombo"_s);
    m_apiVersion->setEditable(true);
    m_apiVersion->setInsertPolicy(QComboBox::NoInsert);
    m_apiVersion->setAccessibleName(tr("API version"));
    addFieldRow(m_form, tr("API &version:"), m_apiVersion, addErrorLabel(u"api_version"_s));

    // The vendor's own fields are inserted here by applyVendor().
    m_optionsRow = m_form->rowCount();

    m_owner = new QLineEdit(this);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setPlaceholderText(tr("Who to ask about this account"));
    m_owner->setAccessibleName(tr("Owner"));
    addFieldRow(m_form, tr("&Owner:"), m_owner, nullptr);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    addFieldRow(m_form, tr("No&tes:"), m_notes, nullptr);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(u"revealSecretButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show the key (reads a stored key from the keychain when the field is empty)"));
    m_reveal->setAccessibleName(tr("Show key"));
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    m_secretHelp = makeNote(this, u"secretHelpLabel"_s);
    m_secretStatus = makeNote(this, u"secretStatusLabel"_s);
    m_dataCentre = makeNote(this, u"dataCentreLabel"_s);
    auto* secretColumn = new QVBoxLayout;
    secretColumn->setSpacing(4);
    secretColumn->addLayout(secretRow);
    secretColumn->addWidget(addErrorLabel(u"secret"_s));
    secretColumn->addWidget(m_secretHelp);
    secretColumn->addWidget(m_secretStatus);
    secretColumn->addWidget(m_dataCentre);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, secretColumn);

    m_testResult = makeNote(this, u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    m_testResult->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setEnabled(false);
    m_testButton->setToolTip(tr("Ask the vendor whether this connection and its key work, without saving"));
    outer->addStretch();
    outer->addWidget(m_testResult);
    outer->addWidget(m_buttons);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        applyVendor(currentVendor());
        updateDataCentre();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (isNew() && !m_idEdited)
            m_id->setText(suggestId(text));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) { m_idEdited = !text.isEmpty(); });
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        updateDataCentre();
        updateSecretStatus();
    });
    connect(m_reveal, &QToolButton::toggled, this, &ConnectionDialog::toggleReveal);

    setMinimumWidth(560);
}

QLabel* ConnectionDialog::addErrorLabel(const QString& field)
{
    QLabel* label = makeFieldError(this, field);
    m_errors.insert(field, label);
    return label;
}

Vendor ConnectionDialog::currentVendor() const
{
    return m_vendor->currentData().value<Vendor>();
}

void ConnectionDialog::applyVendor(Vendor vendor)
{
    const VendorProfile p = VendorCatalog::profile(vendor);
    m_baseUrlLabel->setText(p.baseUrlLabel + (p.baseUrlRequired ? tr(" (required):") : tr(":")));
    m_baseUrl->setAccessibleName(p.baseUrlLabel);
    QString placeholder = p.defaultBaseUrl;
    if (placeholder.isEmpty()) {
        if (vendor == Vendor::Mailchimp)
            placeholder = tr("Derived from the API key's data centre");
        else if (vendor == Vendor::Shopify)
            placeholder = tr("Derived from the shop domain");
        else if (vendor == Vendor::Make)
            placeholder = tr("Derived from the zone");
        else
            placeholder = tr("https://…");
    }
    m_baseUrl->setPlaceholderText(placeholder);

    const QString keepVersion = m_apiVersion->currentText();
    m_apiVersion->clear();
    m_apiVersion->addItems(p.apiVersions);
    if (m_existing && m_existing->vendor == vendor && !keepVersion.isEmpty())
        m_apiVersion->setCurrentText(keepVersion);
    else
        m_apiVersion->setCurrentText(p.defaultApiVersion);

    // Rebuild the vendor's own fields.
    for (int k = 0; k < m_optionRowCount; ++k)
        m_form->removeRow(m_optionsRow);
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it)
        m_errors.remove(it.key());
    m_optionEdits.clear();
    m_optionRowCount = 0;
    QWidget* previous = m_apiVersion;
    for (const VendorOption& o : p.options) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(u"option_"_s + o.key);
        edit->setPlaceholderText(o.placeholder);
        edit->setToolTip(o.help);
        edit->setAccessibleName(o.label);
        edit->setAccessibleDescription(o.help);
        insertFieldRow(m_form, m_optionsRow + m_optionRowCount, o.label + (o.required ? tr(" (required):") : tr(":")),
            edit, addErrorLabel(o.key));
        ++m_optionRowCount;
        m_optionEdits.insert(o.key, edit);
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_owner);

    m_secretLabel->setText(p.secretLabel + tr(":"));
    m_secret->setAccessibleName(p.secretLabel);
    m_secretHelp->setText(p.secretHelp);
    m_secret->setAccessibleDescription(p.secretHelp);
    m_dataCentre->setVisible(vendor == Vendor::Mailchimp);
}

void ConnectionDialog::updateSecretStatus()
{
    QString text;
    if (isNew()) {
        text = tr("The key is stored in %1, never in the workspace.").arg(m_service.secrets().displayName());
    } else if (!m_secret->text().isEmpty() && m_secret->text() != m_revealedValue) {
        text = tr("The new key replaces the stored one when you save.");
    } else {
        switch (m_existing->secretState) {
        case SecretState::Stored:
            text = tr("A key is stored in the keychain — leave empty to keep it.");
            break;
        case SecretState::Missing:
            text = tr("No key is stored for this connection yet — paste one to store it.");
            break;
        case SecretState::Unavailable:
            text = tr("The keychain could not be reached, so it is not known whether a key is stored. A key "
                      "entered here is stored when you save.");
            break;
        case SecretState::Unknown:
            text = tr("Checking the keychain…");
            break;
        }
    }
    m_secretStatus->setText(text);
}

void ConnectionDialog::updateDataCentre()
{
    if (currentVendor() != Vendor::Mailchimp)
        return;
    const QString key = m_secret->text();
    QString dc = VendorCatalog::mailchimpDataCentre(key);
    if (key.isEmpty() && m_existing)
        dc = m_existing->options.value(u"data_centre").toString();
    if (!dc.isEmpty())
        m_dataCentre->setText(tr("Data centre: %1 (https://%1.api.mailchimp.com)").arg(dc));
    else if (key.isEmpty())
        m_dataCentre->setText(tr("Data centre: shown when you enter the key (it ends with e.g. -us6)."));
    else
        m_dataCentre->setText(tr("Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6."));
}

void ConnectionDialog::toggleReveal(bool reveal)
{
    m_reveal->setText(reveal ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(reveal ? tr("Hide key") : tr("Show key"));
    m_secret->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    if (!reveal || !m_secret->text().isEmpty() || isNew() || m_existing->secretState == SecretState::Missing)
        return;
    // Read the stored key only on this explicit request.
    m_reveal->setEnabled(false);
    m_service.revealSecret(m_existing->id, this, [this](const SecretResult& result) {
        m_reveal->setEnabled(true);
        if (result.ok()) {
            m_revealedValue = result.value;
            m_secret->setText(result.value);
        } else {
            QLabel* error = m_errors.value(u"secret"_s);
            error->setText(tr("The stored key could not be read: %1").arg(result.message));
            error->show();
            m_reveal->setChecked(false);
        }
    });
}

QString ConnectionDialog::suggestId(const QString& name)
{
    QString id = name.trimmed().toLower();
    static const QRegularExpression invalid(u"[^a-z0-9._-]+"_s);
    id.replace(invalid, u"-"_s);
    static const QRegularExpression edges(u"^[-._]+|[-._]+$"_s);
    id.remove(edges);
    return id.left(64);
}

void ConnectionDialog::setTester(ConnectionTester* tester)
{
    m_tester = tester;
    m_testButton->setEnabled(m_tester != nullptr);
}

void ConnectionDialog::testConnection()
{
    if (!m_tester)
        return;
    const Connection c = connection();
    const std::optional<QString> typed = m_secret->text().isEmpty() ? std::nullopt : std::optional(m_secret->text());
    // Only the fields the vendor needs must be right; the rest is checked on Save.
    QList<QPair<QString, QString>> blocking;
    for (const FieldProblem& p : VendorCatalog::validate(c, typed)) {
        if (p.field != u"id" && p.field != u"name")
            blocking << qMakePair(p.field, p.message);
    }
    if (!blocking.isEmpty()) {
        showProblems(blocking);
        return;
    }
    if (!typed && isNew()) {
        showProblems({ qMakePair(u"secret"_s, tr("Paste the key to test it.")) });
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_testResult->show();
    m_tester->test(c, typed, this, [this](const ConnectionTester::Outcome& outcome) {
        m_testButton->setEnabled(true);
        m_testResult->setText(outcome.ok ? tr("✔ %1").arg(outcome.message) : tr("✘ %1").arg(outcome.message));
        m_testResult->setAccessibleDescription(m_testResult->text());
    });
}

Connection ConnectionDialog::connection() const
{
    Connection c = m_existing.value_or(Connection {});
    const Vendor vendor = currentVendor();
    const VendorProfile p = VendorCatalog::profile(vendor);
    c.vendor = vendor;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.apiVersion = m_apiVersion->currentText().trimmed();
    c.authMethod = p.authMethod;
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value.isEmpty())
            c.options.remove(it.key());
        else
            c.options.insert(it.key(), value);
    }
    if (vendor == Vendor::Mailchimp) {
        if (const std::optional<QString> secret = newSecret()) {
            if (const QString dc = VendorCatalog::mailchimpDataCentre(*secret); !dc.isEmpty())
                c.options.insert(u"data_centre"_s, dc);
        }
    }
    c.owner = m_owner->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

std::optional<QString> ConnectionDialog::newSecret() const
{
    const QString text = m_secret->text().trimmed();
    if (isNew())
        return text;
    if (text.isEmpty() || m_secret->text() == m_revealedValue)
        return std::nullopt;
    return text;
}

void ConnectionDialog::focusSecret()
{
    m_secret->setFocus();
}

void ConnectionDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

bool ConnectionDialog::showProblems(const QList<QPair<QString, QString>>& problems)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const auto& [field, message] : problems) {
        QLabel* label = m_errors.value(field);
        if (!label)
            label = m_errors.value(u"name"_s);
        label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
        label->show();
        if (!first) {
            if (field == u"id")
                first = m_id;
            else if (field == u"name")
                first = m_name;
            else if (field == u"base_url")
                first = m_baseUrl;
            else if (field == u"api_version")
                first = m_apiVersion;
            else if (field == u"secret")
                first = m_secret;
            else
                first = m_optionEdits.value(field);
        }
    }
    if (first)
        first->setFocus();
    return problems.isEmpty();
}

void ConnectionDialog::accept()
{
    const Connection c = connection();
    std::optional<QString> secretToCheck;
    if (isNew())
        secretToCheck = m_secret->text();
    else if (newSecret())
        secretToCheck = m_secret->text();
    QList<QPair<QString, QString>> problems;
    for (const FieldProblem& p : VendorCatalog::validate(c, secretToCheck))
        problems.append({ p.field, p.message });
    if (isNew() && !c.id.isEmpty() && m_service.connection(c.id))
        problems.append({ u"id"_s, tr("Another connection already uses this ID.") });
    if (!showProblems(problems))
        return;
    QDialog::accept();
}

} // namespace plumbline
