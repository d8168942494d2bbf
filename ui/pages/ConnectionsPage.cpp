#include "ConnectionsPage.h"

#include "MessageBanner.h"
#include "PageParts.h"

#include <AuthMethod.h>
#include <ConnectionTableModel.h>
#include <CredentialKeepers.h>
#include <VendorProfile.h>
#include <WorkspaceService.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// The vendor's sign-in method of the connection, as the editor offers it (the one of the same kind for a method the
// vendor lists under another name).
AuthChoice choiceOf(const Connection& c)
{
    const QList<AuthChoice> choices = VendorCatalog::profile(c.vendor).authChoices;
    for (const AuthChoice& choice : choices) {
        if (choice.method == c.authMethod)
            return choice;
    }
    const AuthFlow flow = AuthMethod::flowOf(c);
    for (const AuthChoice& choice : choices) {
        if (choice.flow == flow)
            return choice;
    }
    AuthChoice unknown;
    unknown.method = c.authMethod;
    unknown.flow = flow;
    unknown.label = c.authMethod;
    return unknown;
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ConnectionsPage::ConnectionsPage(WorkspaceService& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(workspace.createConnectionModel(this))
{
    setObjectName(u"connectionsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = pageHeading(tr("Connections"), this);
    layout->addWidget(heading);
    m_table = makeSingleSelectionTable(this, u"connectionsTable"_s, tr("Connections"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ConnectionTableModel::ApiVersionColumn, QHeaderView::ResizeToContents);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addConnectionButton"_s);
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editConnectionButton"_s);
    m_setKeyButton = new QPushButton(tr("Set API &key…"), this);
    m_setKeyButton->setObjectName(u"setApiKeyButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(u"deleteConnectionButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_setKeyButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(createDetails());

    connect(add, &QPushButton::clicked, this, &ConnectionsPage::addRequested);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectionsPage::editSelectedRequested);
    connect(m_setKeyButton, &QPushButton::clicked, this, &ConnectionsPage::setKeySelectedRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionsPage::deleteSelectedRequested);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::refreshDetails);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT editRequested(index.data(ConnectionTableModel::IdRole).toString());
    });
    // An edited method or a stored secret (the keeper is made again): the details follow.
    connect(&m_workspace, &WorkspaceService::connectionsChanged, this, &ConnectionsPage::refreshDetails);
    connect(&m_workspace, &WorkspaceService::secretChanged, this, &ConnectionsPage::refreshDetails);
    refreshDetails();
}

QWidget* ConnectionsPage::createDetails()
{
    m_details = new QGroupBox(tr("Sign-in"), this);
    m_details->setObjectName(u"connectionDetails"_s);
    auto* layout = new QVBoxLayout(m_details);
    layout->setSpacing(4);
    const auto note = [this, layout](const QString& name) {
        auto* label = new QLabel(m_details);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
        return label;
    };
    m_method = note(u"signInMethodLabel"_s);
    m_identity = note(u"signedInAsLabel"_s);
    m_expiry = note(u"tokenExpiryLabel"_s);
    m_renewed = note(u"lastRenewalLabel"_s);
    m_problem = new MessageBanner(MessageBanner::Kind::Error, false, m_details);
    m_problem->setObjectName(u"credentialProblemBanner"_s);
    layout->addWidget(m_problem);
    m_warning = new MessageBanner(MessageBanner::Kind::Warning, false, m_details);
    m_warning->setObjectName(u"credentialWarningBanner"_s);
    layout->addWidget(m_warning);
    m_signIn = new QPushButton(m_details);
    m_signIn->setObjectName(u"signInButton"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(m_signIn);
    row->addStretch();
    layout->addLayout(row);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (!m_shownId.isEmpty())
            Q_EMIT signInRequested(m_shownId);
    });
    return m_details;
}

std::optional<QString> ConnectionsPage::selectedConnectionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return current.data(ConnectionTableModel::IdRole).toString();
}

void ConnectionsPage::selectConnection(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionsPage::setSelectionActionsEnabled(bool enabled)
{
    m_editButton->setEnabled(enabled);
    m_deleteButton->setEnabled(enabled);
    m_setKeyButton->setEnabled(enabled);
}

void ConnectionsPage::setCredentials(CredentialKeepers* credentials)
{
    m_credentials = credentials;
    refreshDetails();
}

void ConnectionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshDetails(); // tokens are renewed while the page is hidden
}

void ConnectionsPage::refreshDetails()
{
    const std::optional<QString> id = selectedConnectionId();
    const std::optional<Connection> c = id ? m_workspace.connection(*id) : std::nullopt;
    if (!c) {
        m_shownId.clear();
        m_details->setTitle(tr("Sign-in"));
        m_method->setText(tr("Select a connection to see how it signs in."));
        for (QWidget* w :
            std::initializer_list<QWidget*> { m_identity, m_expiry, m_renewed, m_problem, m_warning, m_signIn })
            w->hide();
        m_details->setAccessibleDescription(m_method->text());
        return;
    }
    m_shownId = c->id;
    m_details->setTitle(tr("Sign-in of “%1”").arg(c->name));
    showCredentialStatus(*c);
}

void ConnectionsPage::showCredentialStatus(const Connection& c)
{
    const AuthChoice choice = choiceOf(c);
    m_method->setText(tr("Sign-in: %1").arg(choice.label));
    QStringList warnings;
    if (!choice.caution.isEmpty())
        warnings << choice.caution;
    const AuthFlow flow = AuthMethod::flowOf(c);
    // What is known of the tokens is in memory: nothing before the first request, nothing for a static key.
    const std::optional<CredentialStatus> status
        = flow != AuthFlow::Static && m_credentials ? m_credentials->status(c.id) : std::nullopt;

    const QString identity = status ? status->identity : QString();
    m_identity->setText(tr("Signed in as %1").arg(identity));
    m_identity->setVisible(!identity.isEmpty());

    QString expiry;
    if (flow != AuthFlow::Static) {
        if (!status)
            expiry = tr("No access token yet: Plumbline gets one at the next check (F5).");
        else if (!status->expiresAt)
            expiry = tr("No access token is held.");
        else if (*status->expiresAt > (m_credentials->clock())())
            expiry = tr("Access token expires %1 (%2)").arg(when(*status->expiresAt), relative(*status->expiresAt));
        else
            expiry = tr("Access token expired %1 (%2)").arg(when(*status->expiresAt), relative(*status->expiresAt));
    }
    m_expiry->setText(expiry);
    m_expiry->setVisible(!expiry.isEmpty());

    const bool renewed = status && status->lastRenewal && status->lastRenewal->isValid();
    m_renewed->setText(renewed
            ? tr("Last renewed %1 (%2)").arg(when(*status->lastRenewal), relative(*status->lastRenewal))
            : QString());
    m_renewed->setVisible(renewed);

    if (status && status->problemKind != ErrorKind::None && !status->problem.isEmpty())
        m_problem->showMessage(status->problem);
    else
        m_problem->hide();
    if (status && status->refreshTokenInMemoryOnly)
        warnings << tr("The keychain would not store the newest refresh token: it is kept in memory only, so after "
                       "Plumbline restarts you will need to sign in again.");
    if (warnings.isEmpty())
        m_warning->hide();
    else
        m_warning->showMessage(warnings.join(u'\n'));

    // A person's sign-in: the button starts it; after a refusal (or with no refresh token) it is needed again.
    const bool again
        = status && (status->problemKind == ErrorKind::GrantRefused || status->problemKind == ErrorKind::MissingKey);
    m_signIn->setText(again ? tr("Sign in a&gain…") : tr("Si&gn in…"));
    m_signIn->setToolTip(tr("Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the "
                            "keychain.")
                             .arg(vendorDisplayName(c.vendor)));
    m_signIn->setAccessibleDescription(m_signIn->toolTip());
    m_signIn->setVisible(flow == AuthFlow::AuthorizationCode);

    // The whole state in one description, for a screen reader on the group (the lines are not in the tab order).
    QStringList lines;
    for (const QLabel* label : { m_method, m_identity, m_expiry, m_renewed }) {
        if (!label->isHidden())
            lines << label->text();
    }
    if (!m_problem->isHidden())
        lines << m_problem->text();
    if (!m_warning->isHidden())
        lines << m_warning->text();
    m_details->setAccessibleDescription(lines.join(u'\n'));
}

QString ConnectionsPage::relative(const QDateTime& at) const
{
    const QDateTime now = m_credentials ? (m_credentials->clock())() : QDateTime::currentDateTimeUtc();
    const qint64 secs = now.secsTo(at);
    const qint64 span = qAbs(secs);
    const bool future = secs > 0;
    if (span < 60)
        return future ? tr("in less than a minute") : tr("just now");
    if (span < 3600) {
        const int n = int(span / 60);
        return future ? tr("in %n min", nullptr, n) : tr("%n min ago", nullptr, n);
    }
    if (span < 2 * 86400) {
        const int n = int(span / 3600);
        return future ? tr("in %n h", nullptr, n) : tr("%n h ago", nullptr, n);
    }
    const int n = int(span / 86400);
    return future ? tr("in %n days", nullptr, n) : tr("%n days ago", nullptr, n);
}

} // namespace plumbline
