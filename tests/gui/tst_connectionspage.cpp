// How the Connections page shows a connection's sign-in (ARCHITECTURE.md §11): the method of a static key, the token
// state of an OAuth connection read from the context's real CredentialKeepers (a problem after a poll that found no
// client secret: no network needed), Sign in… reaching MainWindow::signInRequested, and the auth finding card's one
// primary action. The real window on the production composition root, keys in memory.
#include <AppContext.h>
#include <AuthMethod.h>
#include <CredentialKeepers.h>
#include <MainWindow.h>
#include <MemorySecretStore.h>
#include <Transport.h>
#include <VendorProfile.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <dashboard/IntegrationDashboard.h>
#include <pages/ConnectionsPage.h>
#include <pages/OverviewPage.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

void shortTimeouts(TransportPolicy& policy)
{
    policy.stallTimeoutMs = 1000;
    policy.deadlineMs = 2000;
    policy.backoffBaseMs = 5;
    policy.backoffCapMs = 20;
}

struct Environment
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        if (!dir.isValid())
            return false;
        AppContext::Options options;
        options.databaseFile = dir.filePath(u"plumbline.db"_s);
        options.secrets = AppContext::Secrets::Memory;
        options.osUser = u"tester"_s;
        options.tuneTransport = &shortTimeouts;
        context = std::make_unique<AppContext>(options);
        return bool(context->open());
    }
    WorkspaceRepository& repository() { return context->workspace(); }
    MainWindow& makeWindow()
    {
        window = std::make_unique<MainWindow>(*context, MainWindow::Options { false, dir.path(), {} });
        window->show();
        return *window;
    }
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

Connection connection(const QString& id, Vendor vendor, const QString& method, const QString& baseUrl = {})
{
    Connection c;
    c.id = id;
    c.name = id;
    c.vendor = vendor;
    c.baseUrl = baseUrl;
    c.apiVersion = VendorCatalog::profile(vendor).defaultApiVersion;
    c.authMethod = method;
    if (AuthMethod::flowOf(method) != AuthFlow::Static) {
        AuthSettings auth;
        auth.clientId = u"client-of-"_s + id;
        c.auth = auth.toJson();
    }
    return c;
}

Finding authFinding(const QString& connectionId, const QString& integrationId)
{
    Finding f;
    f.rule = u"auth"_s;
    f.severity = Severity::Critical;
    f.message = u"%1 refused Plumbline's sign-in"_s.arg(connectionId);
    f.connectionId = connectionId;
    f.integrationId = integrationId;
    f.at = QDateTime::currentDateTimeUtc();
    return f;
}

} // namespace

class TestConnectionsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void staticKeyShowsItsMethodOnly();
    void pastedSalesforceTokenShowsItsCaution();
    void oauthBeforeAnyTokenSaysWhenOneComes();
    void missingClientSecretShowsAfterThePoll();
    void signInButtonEmitsSignInRequested();
    void authCardOffersOnePrimaryAction();

private:
    ConnectionsPage* openPageOn(const QString& connectionId);
    QString text(const QString& objectName) const;
    bool shown(const QString& objectName) const;

    std::unique_ptr<Environment> m_env;
};

void TestConnectionsPage::init()
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->open());
}

void TestConnectionsPage::cleanup()
{
    m_env.reset();
}

ConnectionsPage* TestConnectionsPage::openPageOn(const QString& connectionId)
{
    MainWindow& window = m_env->window ? *m_env->window : m_env->makeWindow();
    window.showPage(MainWindow::Page::Connections);
    auto* page = window.findChild<ConnectionsPage*>(u"connectionsPage"_s);
    if (page)
        page->selectConnection(connectionId);
    return page;
}

QString TestConnectionsPage::text(const QString& objectName) const
{
    auto* details = child<QWidget>(m_env->window.get(), u"connectionDetails"_s);
    if (auto* label = child<QLabel>(details, objectName))
        return label->text();
    if (auto* button = child<QPushButton>(details, objectName))
        return button->text();
    if (auto* banner = child<QWidget>(details, objectName))
        return child<QLabel>(banner, u"bannerText"_s)->text();
    return u"<no %1>"_s.arg(objectName);
}

bool TestConnectionsPage::shown(const QString& objectName) const
{
    auto* details = child<QWidget>(m_env->window.get(), u"connectionDetails"_s);
    auto* w = child<QWidget>(details, objectName);
    return w && w->isVisible();
}

void TestConnectionsPage::staticKeyShowsItsMethodOnly()
{
    QVERIFY(m_env->repository().saveConnection(connection(u"hub"_s, Vendor::HubSpot, u"private_app_token"_s)).ok());
    QVERIFY(openPageOn(u"hub"_s));
    QVERIFY(shown(u"signInMethodLabel"_s));
    QCOMPARE(text(u"signInMethodLabel"_s), u"Sign-in: Service key or private app token"_s);
    QVERIFY(!shown(u"tokenExpiryLabel"_s));
    QVERIFY(!shown(u"signedInAsLabel"_s));
    QVERIFY(!shown(u"credentialProblemBanner"_s));
    QVERIFY(!shown(u"signInButton"_s));
    QVERIFY(!m_env->context->credentials().status(u"hub"_s));
}

void TestConnectionsPage::pastedSalesforceTokenShowsItsCaution()
{
    QVERIFY(m_env->repository()
                .saveConnection(
                    connection(u"sf"_s, Vendor::Salesforce, u"oauth_bearer"_s, u"https://acme.my.salesforce.com"_s))
                .ok());
    QVERIFY(openPageOn(u"sf"_s));
    QCOMPARE(text(u"signInMethodLabel"_s), u"Sign-in: Pasted access token"_s);
    QVERIFY(shown(u"credentialWarningBanner"_s));
    QVERIFY2(text(u"credentialWarningBanner"_s).startsWith(u"For short tests only"_s),
        qPrintable(text(u"credentialWarningBanner"_s)));
    QVERIFY(!shown(u"signInButton"_s));
}

void TestConnectionsPage::oauthBeforeAnyTokenSaysWhenOneComes()
{
    QVERIFY(m_env->repository()
                .saveConnection(connection(
                    u"sf-cc"_s, Vendor::Salesforce, u"oauth_client_credentials"_s, u"https://acme.my.salesforce.com"_s))
                .ok());
    QVERIFY(openPageOn(u"sf-cc"_s));
    QCOMPARE(text(u"signInMethodLabel"_s), u"Sign-in: Client credentials (External Client App)"_s);
    QVERIFY(shown(u"tokenExpiryLabel"_s));
    QVERIFY2(text(u"tokenExpiryLabel"_s).startsWith(u"No access token yet"_s), qPrintable(text(u"tokenExpiryLabel"_s)));
    QVERIFY(!shown(u"credentialProblemBanner"_s));
    QVERIFY(!shown(u"lastRenewalLabel"_s));
    QVERIFY(!shown(u"signInButton"_s)); // no person signs in for this flow
}

void TestConnectionsPage::missingClientSecretShowsAfterThePoll()
{
    // A Salesforce app without its client secret feeds a HubSpot account that is not there (a closed loopback port):
    // the poll asks no token endpoint, the keeper says what is missing.
    QVERIFY(m_env->repository()
                .saveConnection(connection(
                    u"sf-cc"_s, Vendor::Salesforce, u"oauth_client_credentials"_s, u"https://acme.my.salesforce.com"_s))
                .ok());
    QVERIFY(m_env->repository()
                .saveConnection(connection(u"hub"_s, Vendor::HubSpot, u"private_app_token"_s, u"http://127.0.0.1:9"_s))
                .ok());
    Integration i;
    i.id = u"sf-to-hub"_s;
    i.name = u"Leads to contacts"_s;
    i.source = { u"sf-cc"_s, u"Lead"_s, QJsonValue::Null };
    i.destination = { u"hub"_s, u"contacts"_s, QJsonValue::Null };
    QVERIFY(m_env->repository().saveIntegration(i).ok());

    QVERIFY(openPageOn(u"sf-cc"_s));
    QVERIFY(!shown(u"credentialProblemBanner"_s));
    m_env->window->findChild<QAction*>(u"actionRefreshCounts"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shown(u"credentialProblemBanner"_s), 20000);
    QVERIFY2(text(u"credentialProblemBanner"_s).startsWith(u"No client secret for"_s),
        qPrintable(text(u"credentialProblemBanner"_s)));
    const std::optional<CredentialStatus> status = m_env->context->credentials().status(u"sf-cc"_s);
    QVERIFY(status);
    QCOMPARE(status->problemKind, ErrorKind::MissingKey);
    QCOMPARE(text(u"credentialProblemBanner"_s), status->problem);
    QCOMPARE(text(u"tokenExpiryLabel"_s), u"No access token is held."_s);
    QCOMPARE(status->tokenRequests, 0); // nothing was sent
    // A screen reader on the group hears the whole state.
    const QString described = child<QWidget>(m_env->window.get(), u"connectionDetails"_s)->accessibleDescription();
    QVERIFY2(described.contains(status->problem) && described.contains(u"Client credentials"_s), qPrintable(described));
}

void TestConnectionsPage::signInButtonEmitsSignInRequested()
{
    QVERIFY(m_env->repository()
                .saveConnection(connection(u"hub-oauth"_s, Vendor::HubSpot, u"oauth_authorization_code"_s))
                .ok());
    QVERIFY(m_env->repository().saveConnection(connection(u"hub"_s, Vendor::HubSpot, u"private_app_token"_s)).ok());
    ConnectionsPage* page = openPageOn(u"hub-oauth"_s);
    QVERIFY(page);
    QCOMPARE(text(u"signInMethodLabel"_s), u"Sign-in: Sign in with HubSpot (OAuth app)"_s);
    QVERIFY(shown(u"signInButton"_s));
    QCOMPARE(text(u"signInButton"_s), u"Si&gn in…"_s);

    QSignalSpy spy(m_env->window.get(), &MainWindow::signInRequested);
    QTest::mouseClick(child<QPushButton>(page, u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"hub-oauth"_s);

    // No refresh token stored: the keeper says so, and the button asks to sign in again.
    bool probed = false;
    m_env->context->credentials().probe(
        *m_env->repository().connection(u"hub-oauth"_s), this, [&](const CredentialStatus&) { probed = true; });
    QTRY_VERIFY(probed);
    page->refreshDetails();
    QCOMPARE(text(u"signInButton"_s), u"Sign in a&gain…"_s);
    QVERIFY(shown(u"credentialProblemBanner"_s));
    QVERIFY2(text(u"credentialProblemBanner"_s).contains(u"not signed in yet"_s),
        qPrintable(text(u"credentialProblemBanner"_s)));

    // Another connection selected: its own state, no button.
    page->selectConnection(u"hub"_s);
    QVERIFY(!shown(u"signInButton"_s));
    QVERIFY(!shown(u"credentialProblemBanner"_s));
}

void TestConnectionsPage::authCardOffersOnePrimaryAction()
{
    QVERIFY(m_env->repository()
                .saveConnection(connection(u"hub-oauth"_s, Vendor::HubSpot, u"oauth_authorization_code"_s))
                .ok());
    QVERIFY(m_env->repository().saveConnection(connection(u"hub"_s, Vendor::HubSpot, u"private_app_token"_s)).ok());
    QVERIFY(m_env->repository()
                .saveConnection(connection(
                    u"sf-cc"_s, Vendor::Salesforce, u"oauth_client_credentials"_s, u"https://acme.my.salesforce.com"_s))
                .ok());
    Integration i;
    i.id = u"hub-to-hub"_s;
    i.name = u"Contacts copy"_s;
    i.source = { u"hub-oauth"_s, u"contacts"_s, QJsonValue::Null };
    i.destination = { u"hub"_s, u"contacts"_s, QJsonValue::Null };
    QVERIFY(m_env->repository().saveIntegration(i).ok());
    MainWindow& window = m_env->makeWindow();
    window.showPage(MainWindow::Page::Integrations);
    IntegrationDashboard* dashboard = window.findChild<OverviewPage*>()->dashboard();
    QTRY_COMPARE(dashboard->integrationId().value_or(QString()), i.id);

    // A person's sign-in was refused: Sign in again… asks the window for a sign-in.
    dashboard->setLiveState(std::nullopt, { authFinding(u"hub-oauth"_s, i.id) });
    QWidget* card = nullptr;
    QTRY_VERIFY((card = child<QWidget>(dashboard, u"finding_auth_hub-oauth"_s)) != nullptr);
    auto* signIn = child<QPushButton>(card, u"signInAgainButton"_s);
    QVERIFY(signIn);
    QCOMPARE(signIn->text(), u"Sign in again…"_s);
    QVERIFY(!child<QPushButton>(card, u"setKeyButton"_s));
    QSignalSpy spy(&window, &MainWindow::signInRequested);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"hub-oauth"_s);

    // A client secret refused: Set client secret…; other findings get no such action.
    Finding other = authFinding(u"hub"_s, i.id);
    other.rule = u"permission"_s;
    dashboard->setLiveState(std::nullopt, { authFinding(u"sf-cc"_s, i.id), other });
    QTRY_VERIFY((card = child<QWidget>(dashboard, u"finding_auth_sf-cc"_s)) != nullptr);
    QCOMPARE(child<QPushButton>(card, u"setKeyButton"_s)->text(), u"Set client secret…"_s);
    QWidget* permission = nullptr;
    QTRY_VERIFY((permission = child<QWidget>(dashboard, u"finding_permission_hub"_s)) != nullptr);
    QVERIFY(!child<QPushButton>(permission, u"setKeyButton"_s));
    QVERIFY(!child<QPushButton>(permission, u"signInAgainButton"_s));

    // A static key refused: Set key… opens the editor on the key field (the set-key flow).
    dashboard->setLiveState(std::nullopt, { authFinding(u"hub"_s, i.id) });
    QTRY_VERIFY((card = child<QWidget>(dashboard, u"finding_auth_hub"_s)) != nullptr);
    auto* setKey = child<QPushButton>(card, u"setKeyButton"_s);
    QCOMPARE(setKey->text(), u"Set key…"_s);
    bool dialogRan = false;
    QString focused;
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [&dialogRan, &focused, poll] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"connectionDialog")
            return;
        poll->stop();
        dialogRan = true;
        focused = dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
        dialog->reject();
    });
    poll->start();
    QTest::mouseClick(setKey, Qt::LeftButton);
    QTRY_VERIFY(dialogRan);
    QCOMPARE(focused, u"secretEdit"_s);
    QCOMPARE(spy.size(), 1); // no sign-in asked for a static key
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
