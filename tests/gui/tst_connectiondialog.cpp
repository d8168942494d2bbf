// The connection editor's sign-in methods (ARCHITECTURE.md §11): the vendor's choices with their steps and cautions,
// the OAuth app's settings, inline problems that keep the dialog open, and what Save stores, read back through the
// workspace service the dialog uses.
#include <AppContext.h>
#include <AuthMethod.h>
#include <ConnectionDialog.h>
#include <MemorySecretStore.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

// A throwaway workspace on the production composition root: a real SQLite file, keys in memory.
struct TestWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;

    bool open()
    {
        if (!dir.isValid())
            return false;
        AppContext::Options options;
        options.databaseFile = dir.filePath(u"plumbline.db"_s);
        options.secrets = AppContext::Secrets::Memory;
        options.osUser = u"tester"_s;
        context = std::make_unique<AppContext>(options);
        return bool(context->open());
    }
    WorkspaceService& service() { return context->service(); }
    MemorySecretStore& secrets() { return static_cast<MemorySecretStore&>(context->secrets()); }
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

QComboBox* methods(QDialog& dialog)
{
    return child<QComboBox>(&dialog, u"authMethodCombo"_s);
}

void chooseVendor(QDialog& dialog, Vendor vendor)
{
    auto* combo = child<QComboBox>(&dialog, u"vendorCombo"_s);
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(vendor)));
}

bool chooseMethod(QDialog& dialog, const char* method)
{
    QComboBox* combo = methods(dialog);
    const int index = combo->findData(QString::fromLatin1(method));
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void type(QDialog& dialog, const QString& field, const QString& text)
{
    auto* edit = child<QLineEdit>(&dialog, field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickSave(QDialog& dialog)
{
    QPushButton* save = child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
}

QStringList methodKeys(QDialog& dialog)
{
    QStringList keys;
    for (int k = 0; k < methods(dialog)->count(); ++k)
        keys << methods(dialog)->itemData(k).toString();
    return keys;
}

} // namespace

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void salesforceOffersItsThreeMethodsClientCredentialsFirst();
    void pastedTokenShowsItsCaution();
    void authorizationCodeShowsPortAndCallback();
    void stepsAreShownWhole();
    void tokenUrlPlaceholderIsTheVendorDefault();
    void missingClientIdBlocksSave();
    void genericClientCredentialsNeedsTokenUrl();
    void authorizationCodeSavesWithoutSecret();
    void clientCredentialsSavesAuthAndClientSecret();
    void editingShowsStoredMethodAndSettings();
    void switchingVendorResetsToRecommended();
    void hubspotKeepsDatedVersionAndStaticDefault();
    void switchingExistingToOAuthAsksForTheSecret();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestConnectionDialog::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->open());
}

void TestConnectionDialog::cleanup()
{
    m_ws.reset();
}

void TestConnectionDialog::salesforceOffersItsThreeMethodsClientCredentialsFirst()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QComboBox* combo = methods(dialog);
    QVERIFY(combo);
    QCOMPARE(methodKeys(dialog),
        QStringList({ u"oauth_client_credentials"_s, u"oauth_authorization_code"_s, u"oauth_bearer"_s }));
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY2(combo->itemText(0).endsWith(u"(recommended)"_s), qPrintable(combo->itemText(0)));
    QVERIFY(!combo->itemText(1).contains(u"recommended"_s));
    QCOMPARE(dialog.authChoice().flow, AuthFlow::ClientCredentials);

    // The label names the combo for keyboard and screen-reader users.
    auto* buddy = [&dialog, combo]() -> QLabel* {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == combo)
                return label;
        }
        return nullptr;
    }();
    QVERIFY(buddy);
    QVERIFY(!combo->accessibleName().isEmpty());

    auto* steps = child<QLabel>(&dialog, u"authStepsLabel"_s);
    QVERIFY(steps->isVisible());
    QVERIFY2(steps->text().startsWith(u"1. In Salesforce Setup"_s), qPrintable(steps->text()));
    QVERIFY(steps->text().contains(u"\n2. "_s));
    QVERIFY(steps->wordWrap());
    QVERIFY(steps->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(combo->accessibleDescription(), steps->text());

    // Client credentials: the app's id, scope and token address; no browser sign-in.
    QVERIFY(child<QLineEdit>(&dialog, u"clientIdEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"scopeEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"tokenUrlEdit"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, u"authorizeUrlEdit"_s)->isVisible());
    QVERIFY(!child<QSpinBox>(&dialog, u"redirectPortSpin"_s)->isVisible());
    QVERIFY(!child<QWidget>(&dialog, u"authCautionBanner"_s)->isVisible());
    QCOMPARE(child<QLabel>(&dialog, u"secretLabel"_s)->text(), u"Consumer secret:"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"secretEdit"_s)->accessibleName(), u"Consumer secret"_s);
}

void TestConnectionDialog::pastedTokenShowsItsCaution()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QVERIFY(chooseMethod(dialog, "oauth_bearer"));
    auto* caution = child<QWidget>(&dialog, u"authCautionBanner"_s);
    QVERIFY(caution->isVisible());
    auto* text = child<QLabel>(caution, u"bannerText"_s);
    QVERIFY2(text->text().startsWith(u"For short tests only"_s), qPrintable(text->text()));
    QVERIFY(!child<QLineEdit>(&dialog, u"clientIdEdit"_s)->isVisible());
    QCOMPARE(child<QLabel>(&dialog, u"secretLabel"_s)->text(), u"Access token:"_s);
    // Back to a method without one: the caution goes.
    QVERIFY(chooseMethod(dialog, "oauth_client_credentials"));
    QVERIFY(!caution->isVisible());
}

void TestConnectionDialog::authorizationCodeShowsPortAndCallback()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QVERIFY(chooseMethod(dialog, "oauth_authorization_code"));
    auto* port = child<QSpinBox>(&dialog, u"redirectPortSpin"_s);
    auto* callback = child<QLabel>(&dialog, u"callbackUrlLabel"_s);
    QVERIFY(port->isVisible());
    QVERIFY(callback->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"authorizeUrlEdit"_s)->isVisible());
    QCOMPARE(port->value(), AuthMethod::kDefaultRedirectPort);
    QCOMPARE(port->minimum(), 1024);
    QCOMPARE(port->maximum(), 65535);
    QCOMPARE(callback->text(), u"Register this callback URL: http://localhost:53682/callback"_s);

    // The callback address follows the port as it is typed.
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"50123"_s);
    QCOMPARE(port->value(), 50123);
    QCOMPARE(callback->text(), u"Register this callback URL: http://localhost:50123/callback"_s);

    QCOMPARE(child<QLabel>(&dialog, u"secretLabel"_s)->text(), u"Consumer secret (only if the app requires one):"_s);
    QVERIFY(child<QLabel>(&dialog, u"secretHelpLabel"_s)->isVisible());
}

void TestConnectionDialog::stepsAreShownWhole()
{
    // Every method's steps get the height their wrapped lines need, whatever the width of the labels beside them.
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.resize(640, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* steps = child<QLabel>(&dialog, u"authStepsLabel"_s);
    for (const Vendor vendor : { Vendor::Salesforce, Vendor::HubSpot, Vendor::Shopify }) {
        chooseVendor(dialog, vendor);
        for (int k = 0; k < methods(dialog)->count(); ++k) {
            methods(dialog)->setCurrentIndex(k);
            QTRY_VERIFY2(steps->height() >= steps->heightForWidth(steps->width()),
                qPrintable(u"%1 %2: %3 < %4"_s.arg(vendorDisplayName(vendor), methods(dialog)->currentText())
                               .arg(steps->height())
                               .arg(steps->heightForWidth(steps->width()))));
        }
    }
}

void TestConnectionDialog::tokenUrlPlaceholderIsTheVendorDefault()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QVERIFY(chooseMethod(dialog, "oauth_authorization_code"));
    auto* tokenUrl = child<QLineEdit>(&dialog, u"tokenUrlEdit"_s);
    auto* authorizeUrl = child<QLineEdit>(&dialog, u"authorizeUrlEdit"_s);
    // Before the instance URL is known: where the address goes.
    QVERIFY2(
        tokenUrl->placeholderText().endsWith(u"/services/oauth2/token"_s), qPrintable(tokenUrl->placeholderText()));
    QVERIFY(tokenUrl->placeholderText().contains(u"Instance URL"_s));
    type(dialog, u"baseUrlEdit"_s, u"https://acme.my.salesforce.com"_s);
    QCOMPARE(tokenUrl->placeholderText(), u"https://acme.my.salesforce.com/services/oauth2/token"_s);
    QCOMPARE(authorizeUrl->placeholderText(), u"https://acme.my.salesforce.com/services/oauth2/authorize"_s);
    QVERIFY(tokenUrl->text().isEmpty());
}

void TestConnectionDialog::missingClientIdBlocksSave()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    type(dialog, u"nameEdit"_s, u"Salesforce prod"_s);
    type(dialog, u"baseUrlEdit"_s, u"https://acme.my.salesforce.com"_s);
    type(dialog, u"secretEdit"_s, u"consumer-secret-1234"_s);
    auto* error = child<QLabel>(&dialog, u"error_auth.client_id"_s);
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"client id"_s), qPrintable(error->text()));
    QCOMPARE(dialog.focusWidget(), child<QWidget>(&dialog, u"clientIdEdit"_s));
    // The other fields were fine: their messages stay hidden.
    QVERIFY(!child<QLabel>(&dialog, u"error_secret"_s)->isVisible());
    QVERIFY(!child<QLabel>(&dialog, u"error_name"_s)->isVisible());

    type(dialog, u"clientIdEdit"_s, u"3MVG9consumerkey"_s);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!error->isVisible());
}

void TestConnectionDialog::genericClientCredentialsNeedsTokenUrl()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Generic);
    QCOMPARE(methodKeys(dialog), QStringList({ u"header"_s, u"oauth_client_credentials"_s }));
    QVERIFY(chooseMethod(dialog, "oauth_client_credentials"));
    type(dialog, u"nameEdit"_s, u"Warehouse API"_s);
    type(dialog, u"baseUrlEdit"_s, u"https://api.example.com"_s);
    type(dialog, u"clientIdEdit"_s, u"warehouse-monitor"_s);
    type(dialog, u"secretEdit"_s, u"s3cr3t-value"_s);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto* error = child<QLabel>(&dialog, u"error_auth.token_url"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"token URL"_s), qPrintable(error->text()));

    // A plain-http address elsewhere than this computer is refused like a base URL.
    type(dialog, u"tokenUrlEdit"_s, u"http://auth.example.com/token"_s);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"\""_s), qPrintable(error->text()));

    type(dialog, u"tokenUrlEdit"_s, u"https://auth.example.com/token"_s);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AuthSettings::of(dialog.connection().auth).tokenUrl, u"https://auth.example.com/token"_s);
}

void TestConnectionDialog::authorizationCodeSavesWithoutSecret()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QVERIFY(chooseMethod(dialog, "oauth_authorization_code"));
    type(dialog, u"nameEdit"_s, u"Salesforce sales"_s);
    type(dialog, u"baseUrlEdit"_s, u"https://acme.my.salesforce.com"_s);
    type(dialog, u"clientIdEdit"_s, u"3MVG9publicclient"_s);
    type(dialog, u"scopeEdit"_s, u"api refresh_token"_s);
    child<QSpinBox>(&dialog, u"redirectPortSpin"_s)->setValue(50123);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.newSecret().has_value()); // a public client: nothing to store

    const Connection c = dialog.connection();
    bool done = false;
    StoreResult stored;
    m_ws->service().saveConnection(c, dialog.newSecret(), this, [&](const StoreResult& r) {
        stored = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(stored.ok(), qPrintable(stored.error));

    const std::optional<Connection> back = m_ws->service().connection(u"salesforce-sales"_s);
    QVERIFY(back);
    QCOMPARE(back->authMethod, u"oauth_authorization_code"_s);
    const AuthSettings auth = AuthSettings::of(back->auth);
    QCOMPARE(auth.clientId, u"3MVG9publicclient"_s);
    QCOMPARE(auth.scope.value_or(QString()), u"api refresh_token"_s);
    QCOMPARE(auth.redirectPort, 50123);
    QVERIFY(auth.tokenUrl.isEmpty()); // the vendor's own
    QVERIFY(auth.authorizeUrl.isEmpty());
    QVERIFY(!back->auth.contains(u"token_url"));
    QVERIFY(AuthMethod::problems(*back).isEmpty());
    QVERIFY(!m_ws->secrets().contains(u"salesforce-sales"_s, u"client_secret"_s));
}

void TestConnectionDialog::clientCredentialsSavesAuthAndClientSecret()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    type(dialog, u"nameEdit"_s, u"Salesforce prod"_s);
    type(dialog, u"baseUrlEdit"_s, u"https://acme.my.salesforce.com"_s);
    type(dialog, u"clientIdEdit"_s, u"3MVG9consumerkey"_s);
    type(dialog, u"tokenUrlEdit"_s, u"https://acme.my.salesforce.com/services/oauth2/token"_s);
    type(dialog, u"secretEdit"_s, u"consumer-secret-1234"_s);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Connection c = dialog.connection();
    QCOMPARE(c.authMethod, u"oauth_client_credentials"_s);
    bool done = false;
    m_ws->service().saveConnection(c, dialog.newSecret(), this, [&](const StoreResult&) { done = true; });
    QTRY_VERIFY(done);

    const std::optional<Connection> back = m_ws->service().connection(u"salesforce-prod"_s);
    QVERIFY(back);
    QCOMPARE(back->authMethod, u"oauth_client_credentials"_s);
    QCOMPARE(back->auth.value(u"client_id").toString(), u"3MVG9consumerkey"_s);
    QCOMPARE(back->auth.value(u"token_url").toString(), u"https://acme.my.salesforce.com/services/oauth2/token"_s);
    QVERIFY(back->auth.value(u"scope").isNull());
    QVERIFY(!back->auth.contains(u"redirect_port")); // no browser sign-in for this flow
    // The pasted secret is the client secret, in the keychain only.
    QVERIFY(m_ws->secrets().contains(u"salesforce-prod"_s, u"client_secret"_s));
    QVERIFY(!m_ws->secrets().contains(u"salesforce-prod"_s, u"token"_s));
}

void TestConnectionDialog::editingShowsStoredMethodAndSettings()
{
    Connection c;
    c.id = u"hubspot-oauth"_s;
    c.name = u"HubSpot OAuth"_s;
    c.vendor = Vendor::HubSpot;
    c.apiVersion = u"2026-03"_s;
    c.authMethod = u"oauth_authorization_code"_s;
    AuthSettings auth;
    auth.clientId = u"0c1d-client"_s;
    auth.scope = u"crm.objects.contacts.read"_s;
    auth.redirectPort = 54000;
    auth.authorizeUrl = u"https://app.hubspot.com/oauth/authorize"_s;
    c.auth = auth.toJson();
    QVERIFY(m_ws->context->workspace().saveConnection(c).ok());

    ConnectionDialog dialog(m_ws->service(), m_ws->service().connection(c.id));
    dialog.show();
    QCOMPARE(methods(dialog)->currentData().toString(), u"oauth_authorization_code"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"clientIdEdit"_s)->text(), u"0c1d-client"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"scopeEdit"_s)->text(), u"crm.objects.contacts.read"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"authorizeUrlEdit"_s)->text(), u"https://app.hubspot.com/oauth/authorize"_s);
    QCOMPARE(child<QSpinBox>(&dialog, u"redirectPortSpin"_s)->value(), 54000);
    QVERIFY(child<QLabel>(&dialog, u"callbackUrlLabel"_s)->text().contains(u"http://localhost:54000/callback"_s));
    // Saved unchanged, it is the same definition.
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.connection().authMethod, c.authMethod);
    QCOMPARE(AuthSettings::of(dialog.connection().auth).clientId, auth.clientId);
    QCOMPARE(AuthSettings::of(dialog.connection().auth).redirectPort, 54000);
    QCOMPARE(dialog.connection().auth, c.auth);
}

void TestConnectionDialog::switchingVendorResetsToRecommended()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    QVERIFY(chooseMethod(dialog, "oauth_authorization_code"));
    type(dialog, u"clientIdEdit"_s, u"3MVG9consumerkey"_s);

    chooseVendor(dialog, Vendor::Mailchimp);
    QCOMPARE(methods(dialog)->count(), 1);
    QCOMPARE(dialog.authChoice().flow, AuthFlow::Static);
    QCOMPARE(methodKeys(dialog).constFirst(), VendorCatalog::profile(Vendor::Mailchimp).authMethod);
    QVERIFY(!child<QLineEdit>(&dialog, u"clientIdEdit"_s)->isVisible());
    QVERIFY(!child<QSpinBox>(&dialog, u"redirectPortSpin"_s)->isVisible());
    QVERIFY(!child<QLabel>(&dialog, u"callbackUrlLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(&dialog, u"dataCentreLabel"_s)->isVisible());
    const Connection c = dialog.connection();
    QVERIFY(c.auth.isEmpty()); // a static key keeps no auth object
    QCOMPARE(c.authMethod, VendorCatalog::profile(Vendor::Mailchimp).authMethod);

    chooseVendor(dialog, Vendor::Salesforce);
    QCOMPARE(dialog.authChoice().method, u"oauth_client_credentials"_s);
}

void TestConnectionDialog::hubspotKeepsDatedVersionAndStaticDefault()
{
    ConnectionDialog dialog(m_ws->service(), std::nullopt);
    dialog.show();
    chooseVendor(dialog, Vendor::Salesforce);
    chooseVendor(dialog, Vendor::HubSpot);
    QCOMPARE(child<QComboBox>(&dialog, u"apiVersionCombo"_s)->currentText(), u"2026-03"_s);
    QCOMPARE(methodKeys(dialog), QStringList({ u"private_app_token"_s, u"oauth_authorization_code"_s }));
    QCOMPARE(dialog.authChoice().method, u"private_app_token"_s);
    QVERIFY(!child<QLineEdit>(&dialog, u"clientIdEdit"_s)->isVisible());
    QVERIFY(chooseMethod(dialog, "oauth_authorization_code"));
    QCOMPARE(child<QLineEdit>(&dialog, u"tokenUrlEdit"_s)->placeholderText(),
        u"https://api.hubapi.com/oauth/2026-03/token"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"authorizeUrlEdit"_s)->placeholderText(),
        u"https://app.hubspot.com/oauth/authorize"_s);
    QCOMPARE(child<QLabel>(&dialog, u"secretLabel"_s)->text(), u"Client secret:"_s);
}

void TestConnectionDialog::switchingExistingToOAuthAsksForTheSecret()
{
    Connection c;
    c.id = u"sf-static"_s;
    c.name = u"Salesforce static"_s;
    c.vendor = Vendor::Salesforce;
    c.baseUrl = u"https://acme.my.salesforce.com"_s;
    c.apiVersion = u"62.0"_s;
    c.authMethod = u"oauth_bearer"_s;
    QVERIFY(m_ws->context->workspace().saveConnection(c).ok());
    bool done = false;
    m_ws->service().setSecret(c.id, u"00Dstatic!token"_s, this, [&](const StoreResult&) { done = true; });
    QTRY_VERIFY(done);

    ConnectionDialog dialog(m_ws->service(), m_ws->service().connection(c.id));
    dialog.show();
    QCOMPARE(dialog.authChoice().method, u"oauth_bearer"_s);
    QTRY_VERIFY(child<QLabel>(&dialog, u"secretStatusLabel"_s)->text().contains(u"leave empty to keep it"_s));
    // The stored token is not a client secret: the new method needs its own.
    QVERIFY(chooseMethod(dialog, "oauth_client_credentials"));
    type(dialog, u"clientIdEdit"_s, u"3MVG9consumerkey"_s);
    QVERIFY(!child<QLabel>(&dialog, u"secretStatusLabel"_s)->text().contains(u"leave empty"_s));
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, u"error_secret"_s)->isVisible());
    QVERIFY2(child<QLabel>(&dialog, u"error_secret"_s)->text().contains(u"Consumer secret"_s),
        qPrintable(child<QLabel>(&dialog, u"error_secret"_s)->text()));
    type(dialog, u"secretEdit"_s, u"consumer-secret-1234"_s);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.newSecret().value_or(QString()), u"consumer-secret-1234"_s);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
