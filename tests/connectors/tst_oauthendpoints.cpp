// Where each vendor's OAuth requests go (ARCHITECTURE.md §11): the workspace's auth.authorize_url / token_url when it
// gives them, else the vendor's own on the connection's base URL (OAuthEndpoints::of, VendorDescriptor::oauthDefaults).
#include <Connection.h>
#include <auth/OAuthEndpoints.h>

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

class tst_OAuthEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QJsonObject>("auth");
        QTest::addColumn<QString>("authorize");
        QTest::addColumn<QString>("token");
        const QJsonObject none { { u"client_id"_s, u"id"_s } };

        QTest::newRow("salesforce my domain") << Vendor::Salesforce << u"https://acme.my.salesforce.com"_s << none
                                              << u"https://acme.my.salesforce.com/services/oauth2/authorize"_s
                                              << u"https://acme.my.salesforce.com/services/oauth2/token"_s;
        QTest::newRow("salesforce trailing slash") << Vendor::Salesforce << u"https://login.salesforce.com//"_s << none
                                                   << u"https://login.salesforce.com/services/oauth2/authorize"_s
                                                   << u"https://login.salesforce.com/services/oauth2/token"_s;
        QTest::newRow("salesforce without a base url")
            << Vendor::Salesforce << QString() << none << QString() << QString();
        QTest::newRow("hubspot default host")
            << Vendor::HubSpot << QString() << none << u"https://app.hubspot.com/oauth/authorize"_s
            << u"https://api.hubapi.com/oauth/2026-03/token"_s;
        QTest::newRow("hubspot sandbox base")
            << Vendor::HubSpot << u"http://127.0.0.1:8123/hubspot"_s << none
            << u"https://app.hubspot.com/oauth/authorize"_s << u"http://127.0.0.1:8123/hubspot/oauth/2026-03/token"_s;
        QTest::newRow("shopify from the shop") << Vendor::Shopify << u"https://acme.myshopify.com"_s << none
                                               << QString() << u"https://acme.myshopify.com/admin/oauth/access_token"_s;
        QTest::newRow("generic names none")
            << Vendor::Generic << u"https://api.example.com"_s << none << QString() << QString();
        QTest::newRow("generic with token_url")
            << Vendor::Generic << u"https://api.example.com"_s
            << QJsonObject { { u"token_url"_s, u"https://auth.example.com/oauth/token"_s } } << QString()
            << u"https://auth.example.com/oauth/token"_s;
        QTest::newRow("the workspace wins")
            << Vendor::Salesforce << u"https://acme.my.salesforce.com"_s
            << QJsonObject { { u"authorize_url"_s, u"https://login.salesforce.com/services/oauth2/authorize"_s },
                   { u"token_url"_s, u"https://login.salesforce.com/services/oauth2/token"_s } }
            << u"https://login.salesforce.com/services/oauth2/authorize"_s
            << u"https://login.salesforce.com/services/oauth2/token"_s;
        QTest::newRow("not an address") << Vendor::Generic << QString()
                                        << QJsonObject { { u"token_url"_s, u"token endpoint"_s } } << QString()
                                        << QString();
    }

    void defaults()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, baseUrl);
        QFETCH(QJsonObject, auth);
        QFETCH(QString, authorize);
        QFETCH(QString, token);
        Connection c;
        c.id = u"c1"_s;
        c.vendor = vendor;
        c.baseUrl = baseUrl;
        c.authMethod = u"oauth_authorization_code"_s;
        c.auth = auth;
        if (vendor == Vendor::Shopify)
            c.options = { { u"shop"_s, u"acme.myshopify.com"_s } };
        const OAuthEndpoints e = OAuthEndpoints::of(c);
        QCOMPARE(e.authorizeUrl.toString(), authorize);
        QCOMPARE(e.tokenUrl.toString(), token);
    }
};

QTEST_GUILESS_MAIN(tst_OAuthEndpoints)
#include "tst_oauthendpoints.moc"
