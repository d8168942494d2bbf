// Unit tests for the vendor catalog: Mailchimp data centres, effective base URLs and connection validation.

#include <VendorProfile.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

Connection make(Vendor vendor, const QString& baseUrl = {}, const QJsonObject& options = {})
{
    Connection c;
    c.id = u"conn-1"_s;
    c.name = u"Connection"_s;
    c.vendor = vendor;
    c.baseUrl = baseUrl;
    c.options = options;
    return c;
}

QString problemsText(const QList<FieldProblem>& problems)
{
    QStringList out;
    for (const FieldProblem& p : problems)
        out << p.field + u": "_s + p.message;
    return out.join(u" | ");
}

} // namespace

class TestVendorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailchimpDataCentre_data();
    void mailchimpDataCentre();
    void effectiveBaseUrl_data();
    void effectiveBaseUrl();
    void profiles();
    void validateOk_data();
    void validateOk();
    void validateProblems_data();
    void validateProblems();
};

void TestVendorCatalog::mailchimpDataCentre_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("dc");
    QTest::newRow("us6") << u"0123456789abcdef0123456789abcdef-us6"_s << u"us6"_s;
    QTest::newRow("us21") << u"0123456789abcdef0123456789abcdef-us21"_s << u"us21"_s;
    QTest::newRow("trailing newline") << u"0123456789abcdef0123456789abcdef-us6\n"_s << u"us6"_s;
    QTest::newRow("no suffix") << u"0123456789abcdef0123456789abcdef"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("dash only") << u"abc-"_s << QString();
    QTest::newRow("suffix without digits") << u"abc-us"_s << QString();
    QTest::newRow("upper case suffix") << u"abc-US6"_s << QString();
    QTest::newRow("dash in the middle") << u"abc-us6x"_s << QString();
}

void TestVendorCatalog::mailchimpDataCentre()
{
    QFETCH(QString, key);
    QFETCH(QString, dc);
    QCOMPARE(VendorCatalog::mailchimpDataCentre(key), dc);
}

void TestVendorCatalog::effectiveBaseUrl_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("url");
    const QString key = u"0123456789abcdef0123456789abcdef-us6"_s;
    QTest::newRow("hubspot default") << make(Vendor::HubSpot) << QString() << u"https://api.hubapi.com"_s;
    QTest::newRow("zapier default") << make(Vendor::Zapier) << QString() << u"https://api.zapier.com"_s;
    QTest::newRow("salesforce needs instance") << make(Vendor::Salesforce) << QString() << QString();
    QTest::newRow("generic needs url") << make(Vendor::Generic) << QString() << QString();
    QTest::newRow("mailchimp from key") << make(Vendor::Mailchimp) << key << u"https://us6.api.mailchimp.com/3.0"_s;
    QTest::newRow("mailchimp data_centre option") << make(Vendor::Mailchimp, {}, { { u"data_centre"_s, u"us19"_s } })
                                                  << key << u"https://us19.api.mailchimp.com/3.0"_s;
    QTest::newRow("mailchimp without key") << make(Vendor::Mailchimp) << QString() << QString();
    QTest::newRow("shopify from shop") << make(Vendor::Shopify, {}, { { u"shop"_s, u"my-store.myshopify.com"_s } })
                                       << QString() << u"https://my-store.myshopify.com"_s;
    QTest::newRow("shopify without shop") << make(Vendor::Shopify) << QString() << QString();
    QTest::newRow("make from zone") << make(Vendor::Make, {}, { { u"zone"_s, u"eu1.make.com"_s } }) << QString()
                                    << u"https://eu1.make.com/api/v2"_s;
    QTest::newRow("make without zone") << make(Vendor::Make) << QString() << QString();
    QTest::newRow("explicit wins (mailchimp)") << make(Vendor::Mailchimp, u"http://127.0.0.1:8080/mailchimp/3.0"_s)
                                               << key << u"http://127.0.0.1:8080/mailchimp/3.0"_s;
    QTest::newRow("explicit wins (make)")
        << make(Vendor::Make, u"https://us1.make.com/api/v2"_s, { { u"zone"_s, u"eu1.make.com"_s } }) << QString()
        << u"https://us1.make.com/api/v2"_s;
    QTest::newRow("explicit wins (hubspot)")
        << make(Vendor::HubSpot, u"http://127.0.0.1:1/hubspot"_s) << QString() << u"http://127.0.0.1:1/hubspot"_s;
}

void TestVendorCatalog::effectiveBaseUrl()
{
    QFETCH(Connection, connection);
    QFETCH(QString, secret);
    QFETCH(QString, url);
    QCOMPARE(VendorCatalog::effectiveBaseUrl(connection, secret), url);
}

void TestVendorCatalog::profiles()
{
    for (Vendor v : allVendors()) {
        const VendorProfile p = VendorCatalog::profile(v);
        QCOMPARE(p.vendor, v);
        QVERIFY2(!p.secretName.isEmpty(), qPrintable(vendorKey(v)));
        QVERIFY(!p.secretLabel.isEmpty());
        QVERIFY(!p.authMethod.isEmpty());
        QVERIFY(p.baseUrlRequired == p.defaultBaseUrl.isEmpty() || v == Vendor::Mailchimp || v == Vendor::Shopify
            || v == Vendor::Make);
    }
    QCOMPARE(VendorCatalog::profile(Vendor::Mailchimp).secretName, u"api_key"_s);
    QCOMPARE(VendorCatalog::profile(Vendor::HubSpot).secretName, u"token"_s);
    QVERIFY(VendorCatalog::profile(Vendor::Salesforce).baseUrlRequired);
}

void TestVendorCatalog::validateOk_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("secret");
    QTest::newRow("hubspot") << make(Vendor::HubSpot) << u"pat-na1-abc"_s;
    QTest::newRow("http loopback ip") << make(Vendor::HubSpot, u"http://127.0.0.1:8080/hubspot"_s) << u"x"_s;
    QTest::newRow("http localhost") << make(Vendor::Generic, u"http://localhost:9000/generic"_s) << u"x"_s;
    QTest::newRow("http ipv6 loopback") << make(Vendor::Generic, u"http://[::1]:9000/generic"_s) << u"x"_s;
    QTest::newRow("http 127.0.0.2") << make(Vendor::Generic, u"http://127.0.0.2:9000/generic"_s) << u"x"_s;
    QTest::newRow("salesforce with instance")
        << make(Vendor::Salesforce, u"https://acme.my.salesforce.com"_s) << u"00D!abc"_s;
    QTest::newRow("shopify") << make(Vendor::Shopify, {}, { { u"shop"_s, u"my-store.myshopify.com"_s } })
                             << u"shpat_1"_s;
    QTest::newRow("make") << make(Vendor::Make, {}, { { u"zone"_s, u"eu1.make.com"_s } }) << u"t"_s;
    QTest::newRow("mailchimp key with dc") << make(Vendor::Mailchimp) << u"0123456789abcdef-us6"_s;
    QTest::newRow("mailchimp no dc but base url")
        << make(Vendor::Mailchimp, u"https://us6.api.mailchimp.com/3.0"_s) << u"0123456789abcdef"_s;
    QTest::newRow("secret padded") << make(Vendor::HubSpot) << u"  pat-na1-abc\n"_s;
}

void TestVendorCatalog::validateOk()
{
    QFETCH(Connection, connection);
    QFETCH(QString, secret);
    const QList<FieldProblem> problems = VendorCatalog::validate(connection, secret);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    QVERIFY(VendorCatalog::validate(connection).isEmpty());
}

void TestVendorCatalog::validateProblems_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<std::optional<QString>>("secret");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const std::optional<QString> none;

    Connection badId = make(Vendor::HubSpot);
    badId.id = u"bad id!"_s;
    QTest::newRow("bad id") << badId << none << u"id"_s << u"Use 1 to 64 letters, digits, '.', '_' or '-'"_s;
    Connection newlineId = make(Vendor::HubSpot);
    newlineId.id = u"hub\n"_s;
    QTest::newRow("id with newline") << newlineId << none << u"id"_s << u"Use 1 to 64 letters"_s;
    Connection emptyId = make(Vendor::HubSpot);
    emptyId.id.clear();
    QTest::newRow("empty id") << emptyId << none << u"id"_s << u"Use 1 to 64 letters"_s;
    Connection emptyName = make(Vendor::HubSpot);
    emptyName.name = u"  "_s;
    QTest::newRow("empty name") << emptyName << none << u"name"_s << u"Give the connection a name."_s;
    QTest::newRow("http to a remote host")
        << make(Vendor::HubSpot, u"http://api.hubapi.com"_s) << none << u"base_url"_s
        << u"Plain http:// would send the key unencrypted, so it is only allowed for this computer"_s;
    QTest::newRow("http to a private address") << make(Vendor::Generic, u"http://10.0.0.5/api"_s) << none
                                               << u"base_url"_s << u"Plain http:// would send the key unencrypted"_s;
    QTest::newRow("http to localhost lookalike")
        << make(Vendor::Generic, u"http://localhost.evil.example/api"_s) << none << u"base_url"_s
        << u"Plain http:// would send the key unencrypted"_s;
    QTest::newRow("password in the address")
        << make(Vendor::Generic, u"https://dana:hunter2@api.example.com"_s) << none << u"base_url"_s
        << u"Remove the key or password from the address (it looks like an address with a user name"_s;
    QTest::newRow("secret with an escape character")
        << make(Vendor::HubSpot) << std::optional<QString>(u"pat-na1-abc\u001b[2J"_s) << u"secret"_s
        << u"The key contains an invisible control character (U+001B)"_s;
    QTest::newRow("not a url") << make(Vendor::HubSpot, u"api.hubapi.com"_s) << none << u"base_url"_s
                               << u"Enter a full URL starting with https://."_s;
    QTest::newRow("ftp url") << make(Vendor::Generic, u"ftp://example.com"_s) << none << u"base_url"_s
                             << u"Enter a full URL starting with https://."_s;
    QTest::newRow("salesforce without instance")
        << make(Vendor::Salesforce) << none << u"base_url"_s << u"Instance URL is required for Salesforce."_s;
    QTest::newRow("generic without url") << make(Vendor::Generic) << none << u"base_url"_s
                                         << u"URL is required for Generic REST API."_s;
    QTest::newRow("shopify shop not myshopify")
        << make(Vendor::Shopify, {}, { { u"shop"_s, u"shop.example.com"_s } }) << none << u"shop"_s
        << u"Use the shop's myshopify.com domain, e.g. my-store.myshopify.com."_s;
    QTest::newRow("shopify shop with newline")
        << make(Vendor::Shopify, {}, { { u"shop"_s, u"my-store.myshopify.com\nx"_s } }) << none << u"shop"_s
        << u"Use the shop's myshopify.com domain"_s;
    QTest::newRow("shopify without shop")
        << make(Vendor::Shopify) << none << u"shop"_s << u"Shop domain is required."_s;
    QTest::newRow("make without zone") << make(Vendor::Make) << none << u"zone"_s << u"Zone is required."_s;
    QTest::newRow("mailchimp key without dc")
        << make(Vendor::Mailchimp) << std::optional<QString>(u"0123456789abcdef"_s) << u"secret"_s
        << u"A Mailchimp API key ends with its data centre, like -us6."_s;
    QTest::newRow("secret with whitespace")
        << make(Vendor::HubSpot) << std::optional<QString>(u"pat na1"_s) << u"secret"_s
        << u"The key contains spaces or line breaks; paste it again."_s;
    QTest::newRow("secret with inner newline") << make(Vendor::HubSpot) << std::optional<QString>(u"pat\nna1"_s)
                                               << u"secret"_s << u"The key contains spaces or line breaks"_s;
    // A key with a problem every key can have gets that one message, not the vendor's shape check on top.
    QTest::newRow("mailchimp key with a space and no dc")
        << make(Vendor::Mailchimp) << std::optional<QString>(u"0123 4567"_s) << u"secret"_s
        << u"The key contains spaces or line breaks; paste it again."_s;
    QTest::newRow("mailchimp empty key") << make(Vendor::Mailchimp) << std::optional<QString>(QString()) << u"secret"_s
                                         << u"Paste the api key."_s;
    QTest::newRow("empty secret") << make(Vendor::HubSpot) << std::optional<QString>(u"   "_s) << u"secret"_s
                                  << u"Paste the private app access token."_s;
}

void TestVendorCatalog::validateProblems()
{
    QFETCH(Connection, connection);
    QFETCH(std::optional<QString>, secret);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QList<FieldProblem> problems = VendorCatalog::validate(connection, secret);
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
}

QTEST_GUILESS_MAIN(TestVendorCatalog)
#include "tst_vendorcatalog.moc"
