#include "ConnectionDialog.h"

#include <ConnectionTester.h>

#include "FormRows.h"
#include "MessageBanner.h"

#include <AuthMethod.h>
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
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
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
        selectAuthMethod(c.authMethod);
        if (AuthMethod::isOAuth(c)) {
            const AuthSettings auth = AuthSettings::of(c.auth);
            m_clientId->setText(auth.clientId);
            m_scope->setText(auth.scope.value_or(QString()));
            m_tokenUrl->setText(auth.tokenUrl);
            m_authorizeUrl->setText(auth.authorizeUrl);
            m_redirectPort->setValue(auth.redirectPort > 0 ? auth.redirectPort : AuthMethod::kDefaultRedirectPort);
        }
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
    // Steps and OAuth settings make the form taller than a small screen: it scrolls, the buttons stay in view.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"connectionFormScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(m_scroll);
    page->setObjectName(u"connectionForm"_s);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 4, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    pageLayout->addLayout(m_form);
    pageLayout->addStretch(); // a method with fewer rows leaves the room below them, not between them
    m_scroll->setWidget(page);
    outer->addWidget(m_scroll, 1);

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

    // Widgets are created in the order they are shown, which is also the tab order.
    buildAuthRows();

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
    m_secretLabel = new QLabel(page);
    m_secretLabel->setObjectName(u"secretLabel"_s);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, secretColumn);

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

    m_testResult = makeNote(this, u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    m_testResult->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setEnabled(false);
    m_testButton->setToolTip(tr("Ask the vendor whether this connection and its key work, without saving"));
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
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectionDialog::updateAuthPlaceholders);
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        updateDataCentre();
        updateSecretStatus();
    });
    connect(m_reveal, &QToolButton::toggled, this, &ConnectionDialog::toggleReveal);

    setMinimumWidth(600);
}

void ConnectionDialog::buildAuthRows()
{
    QWidget* page = m_form->parentWidget();
    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(u"authMethodCombo"_s);
    m_authMethod->setAccessibleName(tr("Sign-in method"));
    // The vendor's steps as it words them: selectable (and reachable with Tab) to copy an address from them.
    m_authSteps = makeNote(this, u"authStepsLabel"_s);
    m_authSteps->setTextFormat(Qt::PlainText);
    m_authSteps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_authSteps->setAccessibleName(tr("Setup steps"));
    m_authCaution = new MessageBanner(MessageBanner::Kind::Warning, false, this);
    m_authCaution->setObjectName(u"authCautionBanner"_s);
    m_authCaution->hide();
    auto* methodColumn = new QVBoxLayout;
    methodColumn->setContentsMargins(0, 0, 0, 0);
    methodColumn->setSpacing(4);
    methodColumn->addWidget(m_authMethod);
    methodColumn->addWidget(addErrorLabel(u"auth_method"_s));
    methodColumn->addWidget(m_authSteps);
    methodColumn->addWidget(m_authCaution);
    auto* methodLabel = new QLabel(tr("Sign-in &method:"), page);
    methodLabel->setBuddy(m_authMethod);
    m_form->addRow(methodLabel, methodColumn);

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("Client id"));
    m_clientId->setAccessibleDescription(tr("The public id of the app you created at the vendor (its consumer key)."));
    m_clientId->setToolTip(m_clientId->accessibleDescription());
    m_oauthRows << addFieldRow(m_form, tr("C&lient id (required):"), m_clientId, addErrorLabel(u"auth.client_id"_s));

    m_scope = new QLineEdit(this);
    m_scope->setObjectName(u"scopeEdit"_s);
    m_scope->setPlaceholderText(tr("Optional: space-separated; empty asks for the app's own scopes"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setAccessibleDescription(m_scope->placeholderText());
    m_oauthRows << addFieldRow(m_form, tr("Sco&pe:"), m_scope, addErrorLabel(u"auth.scope"_s));

    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(u"tokenUrlEdit"_s);
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    m_tokenUrlLabel = addFieldRow(m_form, tr("Token U&RL:"), m_tokenUrl, addErrorLabel(u"auth.token_url"_s));
    m_oauthRows << m_tokenUrlLabel;

    m_authorizeUrl = new QLineEdit(this);
    m_authorizeUrl->setObjectName(u"authorizeUrlEdit"_s);
    m_authorizeUrl->setAccessibleName(tr("Sign-in URL"));
    m_signInRows << addFieldRow(m_form, tr("Si&gn-in URL:"), m_authorizeUrl, addErrorLabel(u"auth.authorize_url"_s));

    m_redirectPort = new QSpinBox(this);
    m_redirectPort->setObjectName(u"redirectPortSpin"_s);
    m_redirectPort->setRange(1024, 65535);
    m_redirectPort->setValue(AuthMethod::kDefaultRedirectPort);
    m_redirectPort->setGroupSeparatorShown(false);
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    m_redirectPort->setAccessibleDescription(
        tr("The port on this computer where the browser hands the sign-in back to Plumbline."));
    m_callbackUrl = makeNote(this, u"callbackUrlLabel"_s);
    m_callbackUrl->setTextFormat(Qt::PlainText);
    m_callbackUrl->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* portRow = new QHBoxLayout;
    portRow->setContentsMargins(0, 0, 0, 0);
    portRow->addWidget(m_redirectPort);
    portRow->addStretch();
    // On its own line: the address is copied as a whole, never wrapped.
    auto* portColumn = new QVBoxLayout;
    portColumn->setContentsMargins(0, 0, 0, 0);
    portColumn->setSpacing(2);
    portColumn->addLayout(portRow);
    portColumn->addWidget(addErrorLabel(u"auth.redirect_port"_s));
    portColumn->addWidget(m_callbackUrl);
    auto* portLabel = new QLabel(tr("Re&direct port:"), page);
    portLabel->setBuddy(m_redirectPort);
    m_form->addRow(portLabel, portColumn);
    m_signInRows << portLabel;

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &ConnectionDialog::applyAuthChoice);
    connect(m_redirectPort, &QSpinBox::valueChanged, this, &ConnectionDialog::updateCallbackUrl);
    updateCallbackUrl();
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
        // New rows join the end of the tab order: put each after the one before it (the sign-in method follows).
        setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateAuthPlaceholders);
    }
    setTabOrder(previous, m_authMethod);

    // The vendor's sign-in methods, its recommended one chosen (for an existing connection, the constructor then
    // selects the stored one).
    m_choices = p.authChoices;
    {
        const QSignalBlocker block(m_authMethod);
        m_authMethod->clear();
        int recommended = -1;
        for (const AuthChoice& choice : std::as_const(m_choices)) {
            m_authMethod->addItem(
                choice.recommended ? tr("%1 (recommended)").arg(choice.label) : choice.label, choice.method);
            if (choice.recommended && recommended < 0)
                recommended = m_authMethod->count() - 1;
        }
        m_authMethod->setCurrentIndex(std::max(recommended, 0));
    }
    m_dataCentre->setVisible(vendor == Vendor::Mailchimp);
    applyAuthChoice();
}

AuthChoice ConnectionDialog::authChoice() const
{
    const int index = m_authMethod->currentIndex();
    if (index < 0 || index >= m_choices.size())
        return {};
    return m_choices.at(index);
}

void ConnectionDialog::selectAuthMethod(const QString& method)
{
    int index = m_authMethod->findData(method);
    if (index < 0) {
        // A method the vendor no longer lists under this name: the one of the same kind.
        const AuthFlow flow = AuthMethod::flowOf(method);
        for (qsizetype k = 0; k < m_choices.size() && index < 0; ++k) {
            if (m_choices.at(k).flow == flow)
                index = int(k);
        }
    }
    if (index >= 0)
        m_authMethod->setCurrentIndex(index);
}

void ConnectionDialog::applyAuthChoice()
{
    const AuthChoice choice = authChoice();
    const bool oauth = choice.flow != AuthFlow::Static;
    const bool signIn = choice.flow == AuthFlow::AuthorizationCode;
    m_authSteps->setText(choice.steps);
    m_authSteps->setVisible(!choice.steps.isEmpty());
    if (choice.caution.isEmpty())
        m_authCaution->hide();
    else
        m_authCaution->showMessage(choice.caution);
    m_authMethod->setAccessibleDescription(
        choice.caution.isEmpty() ? choice.steps : choice.caution + u'\n' + choice.steps);
    for (QLabel* label : std::as_const(m_oauthRows))
        m_form->setRowVisible(label, oauth);
    for (QLabel* label : std::as_const(m_signInRows))
        m_form->setRowVisible(label, signIn);
    // Showing a row shows all of it: its messages stay hidden until there is one.
    for (QLabel* error : std::as_const(m_errors)) {
        if (error->text().isEmpty())
            error->hide();
    }
    m_tokenUrlLabel->setText(
        oauth && currentVendor() == Vendor::Generic ? tr("Token U&RL (required):") : tr("Token U&RL:"));

    // The one pasted secret, as the method calls it; the steps above say where to find it.
    m_secretLabel->setText(choice.secretLabel + tr(":"));
    // Only a long name wraps (a wrapped label is narrow, and a short one would break for nothing).
    m_secretLabel->setWordWrap(choice.secretLabel.size() > 32);
    m_secret->setAccessibleName(choice.secretLabel);
    m_secret->setAccessibleDescription(choice.steps);
    m_secretHelp->setText(signIn
            ? tr("Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.")
            : QString());
    m_secretHelp->setVisible(signIn);
    updateAuthPlaceholders();
    updateSecretStatus();
    // Longer steps or more fields: the open dialog grows to show them, as far as the screen allows.
    if (isVisible())
        QTimer::singleShot(0, this, &ConnectionDialog::growToFit);
}

void ConnectionDialog::growToFit()
{
    const int wanted = sizeHint().height();
    if (wanted <= height())
        return;
    resize(width(), wanted);
    if (const QScreen* s = screen()) {
        const QRect available = s->availableGeometry();
        if (frameGeometry().bottom() > available.bottom())
            move(x(), std::max(available.top(), y() - (frameGeometry().bottom() - available.bottom())));
    }
}

void ConnectionDialog::updateAuthPlaceholders()
{
    if (!m_tokenUrl || m_choices.isEmpty())
        return;
    const Connection c = connection();
    const VendorProfile p = VendorCatalog::profile(c.vendor);
    // The vendor's own address on the base URL; before the base URL is known, where it goes on it (asked with a
    // stand-in base URL that cannot resolve).
    const QString standIn = u"https://base-url.invalid"_s;
    Connection onStandIn = c;
    onStandIn.baseUrl = standIn;
    const auto placeholder = [&](QString (*vendorUrl)(const Connection&), const QString& example) {
        if (const QString url = vendorUrl(c); !url.isEmpty() && !QUrl(url).host().isEmpty())
            return url;
        if (const QString url = vendorUrl(onStandIn); url.startsWith(standIn))
            return tr("<%1>%2", "placeholder: the vendor's address on a base URL not entered yet")
                .arg(p.baseUrlLabel, url.mid(standIn.size()));
        return example;
    };
    m_tokenUrl->setPlaceholderText(
        placeholder(&WorkspaceService::vendorTokenUrl, tr("e.g. https://auth.example.com/oauth/token")));
    m_authorizeUrl->setPlaceholderText(
        placeholder(&WorkspaceService::vendorAuthorizeUrl, tr("e.g. https://auth.example.com/oauth/authorize")));
    const QString vendorsOwn = tr("Empty: the vendor's own address shown here.");
    m_tokenUrl->setAccessibleDescription(c.vendor == Vendor::Generic
            ? m_tokenUrl->placeholderText()
            : vendorsOwn + u' ' + m_tokenUrl->placeholderText());
    m_authorizeUrl->setAccessibleDescription(vendorsOwn + u' ' + m_authorizeUrl->placeholderText());
}

void ConnectionDialog::updateCallbackUrl()
{
    const QString url = u"http://localhost:%1/callback"_s.arg(m_redirectPort->value());
    m_callbackUrl->setText(tr("Register this callback URL: %1").arg(url));
    m_callbackUrl->setAccessibleName(m_callbackUrl->text());
}

bool ConnectionDialog::secretEntryChanged() const
{
    return m_existing && !m_choices.isEmpty()
        && WorkspaceService::secretNameFor(*m_existing) != WorkspaceService::secretNameFor(connection());
}

void ConnectionDialog::updateSecretStatus()
{
    QString text;
    if (isNew()) {
        text = tr("The key is stored in %1, never in the workspace.").arg(m_service.secrets().displayName());
    } else if (!m_secret->text().isEmpty() && m_secret->text() != m_revealedValue) {
        text = tr("The new key replaces the stored one when you save.");
    } else if (secretEntryChanged()) {
        text = tr("This sign-in method keeps its secret in another keychain entry than the previous one: paste it "
                  "to store it.");
    } else {
        switch (m_existing->secretState) {
        case SecretState::Stored:
            text = tr("A key is stored in the keychain — leave empty to keep it.");
            break;
        case SecretState::Missing:
            text = authChoice().flow == AuthFlow::AuthorizationCode
                ? tr("No client secret is stored for this connection — paste one if the app requires it.")
                : tr("No key is stored for this connection yet — paste one to store it.");
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
    if (!reveal || !m_secret->text().isEmpty() || isNew() || m_existing->secretState == SecretState::Missing
        || secretEntryChanged())
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
    blocking << authProblems(c);
    if (!blocking.isEmpty()) {
        showProblems(blocking);
        return;
    }
    const AuthFlow flow = authChoice().flow;
    if (flow == AuthFlow::AuthorizationCode && (isNew() || secretEntryChanged())) {
        // Its token comes from a person's sign-in, which needs the saved connection.
        clearErrors();
        m_testResult->setText(tr("A connection that signs in as a person can be tested once it is saved and signed "
                                 "in (Sign in… on the Connections page)."));
        m_testResult->show();
        return;
    }
    if (!typed && (isNew() || secretEntryChanged())) {
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
    const AuthChoice choice = authChoice();
    c.authMethod = choice.method.isEmpty() ? p.authMethod : choice.method;
    if (choice.flow == AuthFlow::Static) {
        c.auth = QJsonObject {};
    } else {
        AuthSettings auth;
        auth.clientId = m_clientId->text().trimmed();
        auth.tokenUrl = m_tokenUrl->text().trimmed();
        if (const QString scope = m_scope->text().trimmed(); !scope.isEmpty())
            auth.scope = scope;
        if (choice.flow == AuthFlow::AuthorizationCode) {
            auth.authorizeUrl = m_authorizeUrl->text().trimmed();
            auth.redirectPort = m_redirectPort->value();
        }
        c.auth = auth.toJson();
    }
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
    // An empty field stores nothing: Save asks for the secret where the method needs one.
    const QString text = m_secret->text().trimmed();
    if (text.isEmpty() || (!isNew() && m_secret->text() == m_revealedValue))
        return std::nullopt;
    return text;
}

void ConnectionDialog::focusSecret()
{
    m_secret->setFocus();
    m_scroll->ensureWidgetVisible(m_secret);
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
            else if (field == u"auth_method")
                first = m_authMethod;
            else if (field == u"auth.client_id")
                first = m_clientId;
            else if (field == u"auth.scope")
                first = m_scope;
            else if (field == u"auth.token_url")
                first = m_tokenUrl;
            else if (field == u"auth.authorize_url")
                first = m_authorizeUrl;
            else if (field == u"auth.redirect_port")
                first = m_redirectPort;
            else
                first = m_optionEdits.value(field);
        }
    }
    if (first) {
        first->setFocus();
        m_scroll->ensureWidgetVisible(first);
    }
    return problems.isEmpty();
}

QList<QPair<QString, QString>> ConnectionDialog::authProblems(const Connection& c) const
{
    // The workspace's own checks (the same an import gets), worded for this form where the form says it better.
    QList<QPair<QString, QString>> out;
    for (const auto& [key, message] : AuthMethod::problems(c)) {
        QString text = message;
        if (key == u"auth.client_id")
            text = tr("Enter the client id of the app you created at %1 (its consumer key).")
                       .arg(vendorDisplayName(c.vendor));
        else if (key == u"auth.token_url" && m_tokenUrl->text().trimmed().isEmpty())
            text = tr("Enter the token URL of the OAuth server.");
        else if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        out.append({ key, text });
    }
    return out;
}

void ConnectionDialog::accept()
{
    const Connection c = connection();
    const AuthChoice choice = authChoice();
    // A person's sign-in may do without a client secret (a public client); every other method needs its secret.
    const bool secretNeeded = choice.flow != AuthFlow::AuthorizationCode && (isNew() || secretEntryChanged());
    const std::optional<QString> typed = newSecret();
    QList<QPair<QString, QString>> problems;
    QList<QPair<QString, QString>> secretProblems;
    for (const FieldProblem& p : VendorCatalog::validate(c, typed ? std::optional(m_secret->text()) : std::nullopt))
        (p.field == u"secret" ? secretProblems : problems).append({ p.field, p.message });
    if (!typed && secretNeeded)
        secretProblems.append({ u"secret"_s, tr("Paste the secret here (%1).").arg(choice.secretLabel) });
    if (isNew() && !c.id.isEmpty() && m_service.connection(c.id))
        problems.append({ u"id"_s, tr("Another connection already uses this ID.") });
    // In the order of the form: the sign-in settings come before the secret.
    problems << authProblems(c) << secretProblems;
    if (!showProblems(problems))
        return;
    QDialog::accept();
}

QSize ConnectionDialog::sizeHint() const
{
    // Tall enough for the whole form where the screen allows (a scroll area alone asks for a few rows only).
    QSize hint = QDialog::sizeHint();
    const int form = m_scroll->widget()->sizeHint().height();
    int height = hint.height() - m_scroll->sizeHint().height() + form + 2 * m_scroll->frameWidth();
    if (const QScreen* s = screen())
        height = std::min(height, s->availableGeometry().height() * 9 / 10);
    return { std::max(hint.width(), 640), std::max(height, hint.height()) };
}

} // namespace plumbline
