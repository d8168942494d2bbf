// Value checks (ARCHITECTURE.md §12) over the fake network: for each vendor, the exact sample and lookup requests
// built from a SampleRequest / LookupRequest, records read from fixture answers, and the bad cases (short pages,
// 429 mid-lookup, odd bytes and huge values, a missing endpoint, an empty object, duplicates, the request budget).
#include "CrmTestSupport.h"

#include "../../connectors/generic/GenericConnector.h"
#include "../../connectors/hubspot/HubSpotConnector.h"
#include "../../connectors/mailchimp/MailchimpConnector.h"
#include "../../connectors/mailchimp/MailchimpParser.h"
#include "../../connectors/salesforce/SalesforceConnector.h"
#include "../../connectors/shopify/ShopifyConnector.h"

#include <VendorJson.h>
#include <values/ValueNormaliser.h>

#include <QCryptographicHash>

using namespace Qt::StringLiterals;
using namespace plumbline;
using namespace plumbline::test;

namespace {

const QString kHubSpotToken = u"pat-na1-00000000-1111-2222-3333-444444444444"_s;
const QString kMailchimpKey = u"0123456789abcdef0123456789abcdef-us6"_s;
const QDateTime kSettled = QDateTime(QDate(2026, 2, 4), QTime(9, 0), Qt::UTC);
const QDateTime kSince = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);

Connection connection(Vendor vendor, const QString& id, const QString& version, const QString& baseUrl = {})
{
    Connection c;
    c.id = id;
    c.name = id;
    c.vendor = vendor;
    c.apiVersion = version;
    c.baseUrl = baseUrl;
    return c;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject body(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

SampleRequest sampleRequest(const QString& keyField, const QStringList& fields, int size)
{
    SampleRequest r;
    r.keyField = keyField;
    r.fields = fields;
    r.size = size;
    r.changedSince = kSince;
    r.settledBefore = kSettled;
    r.seed = 7;
    r.maxRequests = 20;
    return r;
}

LookupRequest lookupRequest(const QString& keyField, const QStringList& fields, const QStringList& keys)
{
    LookupRequest r;
    r.keyField = keyField;
    r.fields = fields;
    r.keys = keys;
    r.maxRequests = 20;
    return r;
}

QStringList manyKeys(int n, const QString& domain = u"example.org"_s)
{
    QStringList keys;
    for (int i = 0; i < n; ++i)
        keys << u"person%1@%2"_s.arg(i).arg(domain);
    return keys;
}

QJsonObject hubspotOptOut()
{
    return QJsonObject { { u"propertyName"_s, u"hs_email_optout"_s }, { u"operator"_s, u"NEQ"_s },
        { u"value"_s, u"true"_s } };
}

IntegrationSide hubspotSide()
{
    return { u"hs"_s, u"contacts"_s,
        QJsonObject {
            { u"filterGroups"_s, QJsonArray { QJsonObject { { u"filters"_s, QJsonArray { hubspotOptOut() } } } } } } };
}

QJsonObject hubspotContact(const QString& id, const QString& email, const QString& firstName)
{
    return QJsonObject { { u"id"_s, id },
        { u"properties"_s,
            QJsonObject { { u"email"_s, email }, { u"firstname"_s, firstName }, { u"hs_object_id"_s, id },
                { u"lastmodifieddate"_s, u"2026-02-03T10:00:00.000Z"_s } } } };
}

QByteArray hubspotPage(qint64 total, const QJsonArray& results)
{
    return json(QJsonObject { { u"total"_s, total }, { u"results"_s, results } });
}

QString md5(const QString& email)
{
    return QString::fromLatin1(QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex());
}

QByteArray mailchimpMembers(qint64 total, const QStringList& emails)
{
    QJsonArray members;
    for (const QString& e : emails)
        members << QJsonObject { { u"email_address"_s, e }, { u"status"_s, u"subscribed"_s },
            { u"merge_fields"_s, QJsonObject { { u"FNAME"_s, u"Someone"_s } } },
            { u"last_changed"_s, u"2026-02-01T08:00:00+00:00"_s } };
    return json(QJsonObject { { u"members"_s, members }, { u"total_items"_s, total } });
}

IntegrationSide mailchimpSide()
{
    return { u"mc"_s, u"abc123"_s, QJsonValue(u"subscribed"_s) };
}

QByteArray salesforceRecords(const QStringList& emails, qint64 totalSize = -1)
{
    QJsonArray records;
    for (const QString& e : emails)
        records << QJsonObject { { u"Id"_s, u"003%1"_s.arg(qHash(e) % 1000000) }, { u"Email"_s, e },
            { u"FirstName"_s, u"Someone"_s }, { u"LastModifiedDate"_s, u"2026-02-03T10:00:00.000+0000"_s } };
    return json(QJsonObject { { u"totalSize"_s, totalSize < 0 ? records.size() : totalSize }, { u"done"_s, true },
        { u"records"_s, records } });
}

Connection salesforceConnection()
{
    return connection(Vendor::Salesforce, u"sf"_s, u"62.0"_s, u"https://acme.my.salesforce.com"_s);
}

Connection shopifyConnection()
{
    Connection c = connection(Vendor::Shopify, u"shop"_s, u"2025-01"_s);
    c.options.insert(u"shop"_s, u"plumbline-test.myshopify.com"_s);
    return c;
}

QString soqlOf(const QNetworkRequest& request)
{
    return decodedQueryItem(request.url(), u"q"_s);
}

bool noKeyTwice(const QList<ValueRecord>& records)
{
    QSet<QString> seen;
    for (const ValueRecord& r : records) {
        if (seen.contains(normaliseKey(r.key)))
            return false;
        seen.insert(normaliseKey(r.key));
    }
    return true;
}

} // namespace

class TestValuesRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- HubSpot ----
    void hubspotSampleSendsCountThenRecentThenSpread()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/objects/2026-03/contacts/search"_s,
            { FakeBehaviour::respond(200, hubspotPage(3, {})),
                FakeBehaviour::respond(
                    200, hubspotPage(1, { hubspotContact(u"51"_s, u"Ada@Example.com"_s, u"Ada"_s) })),
                FakeBehaviour::respond(
                    200, hubspotPage(3, { hubspotContact(u"52"_s, u"ben@example.com"_s, u"Ben"_s) })) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"2026-03"_s), kHubSpotToken);
        const SampleRequest request = sampleRequest(u"email"_s, { u"firstname"_s }, 2);
        const auto r
            = await<SampleResult>([&](QObject* ctx, auto done) { c.sample(hubspotSide(), request, ctx, done); });

        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(r.requests, 3);
        QVERIFY(!r.partial);
        QCOMPARE(r.population, std::optional<qint64>(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(nam.methods.at(i), QByteArray("POST"));
            QCOMPARE(
                nam.requests.at(i).url().toString(), u"https://api.hubapi.com/crm/objects/2026-03/contacts/search"_s);
            QCOMPARE(nam.requests.at(i).rawHeader("Authorization"), "Bearer " + kHubSpotToken.toUtf8());
        }
        const QJsonArray optOutGroup { QJsonObject { { u"filters"_s, QJsonArray { hubspotOptOut() } } } };
        QCOMPARE(body(nam.bodies.at(0)), (QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, optOutGroup } }));
        const QJsonObject window { { u"propertyName"_s, u"lastmodifieddate"_s }, { u"operator"_s, u"BETWEEN"_s },
            { u"value"_s, QString::number(kSince.toMSecsSinceEpoch()) },
            { u"highValue"_s, QString::number(kSettled.toMSecsSinceEpoch() - 1) } };
        const QJsonArray properties { u"email"_s, u"firstname"_s, u"lastmodifieddate"_s };
        QCOMPARE(body(nam.bodies.at(1)),
            (QJsonObject { { u"limit"_s, 1 },
                { u"filterGroups"_s,
                    QJsonArray { QJsonObject { { u"filters"_s, QJsonArray { hubspotOptOut(), window } } } } },
                { u"properties"_s, properties },
                { u"sorts"_s,
                    QJsonArray { QJsonObject {
                        { u"propertyName"_s, u"lastmodifieddate"_s }, { u"direction"_s, u"DESCENDING"_s } } } } }));
        QJsonObject spread = body(nam.bodies.at(2));
        const QString after = spread.take(u"after"_s).toString(u"0"_s);
        QVERIFY2(after == u"0" || after == u"1" || after == u"2", qPrintable(after));
        QCOMPARE(spread,
            (QJsonObject { { u"limit"_s, 1 }, { u"filterGroups"_s, optOutGroup }, { u"properties"_s, properties },
                { u"sorts"_s,
                    QJsonArray { QJsonObject {
                        { u"propertyName"_s, u"hs_object_id"_s }, { u"direction"_s, u"ASCENDING"_s } } } } }));

        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).key, u"Ada@Example.com"_s); // as the vendor wrote it
        QCOMPARE(r.records.at(0).fields.value(u"firstname"_s).toString(), u"Ada"_s);
        QCOMPARE(r.records.at(0).changedAt, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
        QCOMPARE(r.records.at(1).key, u"ben@example.com"_s);
        QVERIFY(!r.records.at(0).fields.contains(u"lastmodifieddate"_s));
    }

    void hubspotSampleShortPageIsPartial()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/search"_s,
            { FakeBehaviour::respond(200, hubspotPage(10, {})),
                FakeBehaviour::respond(200, fixture(u"hubspot"_s, u"search-contacts-page-200.json"_s)),
                FakeBehaviour::respond(200, hubspotPage(10, {})) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample(
                { u"hs"_s, u"contacts"_s, QJsonValue() }, sampleRequest(u"email"_s, { u"firstname"_s }, 8), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        // The recent page, then spread pages that come back empty: the next slots are tried (a short page is a
        // sparse stretch when the population is known) until a few in a row bring nothing new.
        QCOMPARE(r.records.size(), 2);
        QVERIFY(r.partial);
        QVERIFY2(r.partialReason.contains(u"HubSpot"_s), qPrintable(r.partialReason));
        QVERIFY2(r.requests > 3 && r.requests <= 8, qPrintable(QString::number(r.requests)));
        QCOMPARE(nam.requests.size(), r.requests);
        QVERIFY(noKeyTwice(r.records));
    }

    void hubspotSampleEmptyObjectIsNoError()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/search"_s,
            { FakeBehaviour::respond(200, fixture(u"hubspot"_s, u"search-empty-200.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample({ u"hs"_s, u"contacts"_s, QJsonValue() }, sampleRequest(u"email"_s, {}, 200), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(r.records.isEmpty());
        QVERIFY(!r.partial);
        QCOMPARE(r.population, std::optional<qint64>(0));
        QCOMPARE(r.requests, 1);
    }

    void hubspotSampleRefusedIsError()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/search"_s,
            { FakeBehaviour::respond(401, fixture(u"hubspot"_s, u"error-401-invalid-authentication.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample({ u"hs"_s, u"contacts"_s, QJsonValue() }, sampleRequest(u"email"_s, {}, 200), ctx, done);
        });
        QCOMPARE(r.error.kind, ErrorKind::Auth);
        QVERIFY(r.records.isEmpty());
    }

    void hubspotLookupBatchesOfHundredWith207()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/objects/2026-03/contacts/batch/read"_s,
            { FakeBehaviour::respond(207, fixture(u"hubspot"_s, u"batch-read-contacts-207.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"2026-03"_s), kHubSpotToken);
        QStringList keys { u"ada@example.com"_s, u" BEN@example.com"_s, u"nobody@example.com"_s };
        keys += manyKeys(147);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"hs"_s, u"contacts"_s, QJsonValue() },
                lookupRequest(u"email"_s, { u"firstname"_s, u"lastname"_s }, keys), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(r.requests, 2);
        QCOMPARE(
            nam.requests.at(0).url().toString(), u"https://api.hubapi.com/crm/objects/2026-03/contacts/batch/read"_s);
        QCOMPARE(nam.methods.at(0), QByteArray("POST"));
        const QJsonObject first = body(nam.bodies.at(0));
        QCOMPARE(first.value(u"idProperty"_s).toString(), u"email"_s);
        QCOMPARE(first.value(u"properties"_s).toArray(), (QJsonArray { u"email"_s, u"firstname"_s, u"lastname"_s }));
        QCOMPARE(first.value(u"inputs"_s).toArray().size(), 100);
        QCOMPARE(first.value(u"inputs"_s).toArray().at(1).toObject().value(u"id"_s).toString(), u"BEN@example.com"_s);
        QCOMPARE(body(nam.bodies.at(1)).value(u"inputs"_s).toArray().size(), 50);
        QCOMPARE(r.looked.size(), 150);
        QVERIFY(!r.partial);
        QCOMPARE(r.matches.size(), 2);
        QCOMPARE(r.matches.value(u"ada@example.com"_s).size(), 1);
        QCOMPARE(r.matches.value(u"ada@example.com"_s).first().fields.value(u"lastname"_s).toString(), u"Lovelace"_s);
        QVERIFY(r.matches.value(u"ben@example.com"_s).first().fields.value(u"firstname"_s).isNull());
        QVERIFY(!r.matches.contains(u"nobody@example.com"_s)); // came back in `errors`: missing
        QVERIFY(r.looked.contains(u"nobody@example.com"_s));
    }

    void hubspotLookupMissingEndpointIsClearError()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/batch/read"_s, { FakeBehaviour::respond(404, QByteArray()) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"hs"_s, u"contacts"_s, QJsonValue() }, lookupRequest(u"email"_s, {}, manyKeys(3)), ctx, done);
        });
        QCOMPARE(r.error.kind, ErrorKind::NotFound);
        QVERIFY2(r.error.message.contains(u"batch read"_s), qPrintable(r.error.message));
        QVERIFY(r.looked.isEmpty());
        QCOMPARE(r.requests, 1);
    }

    void hubspotLookup429MidwayKeepsWhatWasFound()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/batch/read"_s,
            { FakeBehaviour::respond(207, fixture(u"hubspot"_s, u"batch-read-contacts-207.json"_s)),
                FakeBehaviour::respond(429, fixture(u"hubspot"_s, u"error-429-ten-secondly.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        QStringList keys { u"ada@example.com"_s, u"ben@example.com"_s };
        keys += manyKeys(248);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"hs"_s, u"contacts"_s, QJsonValue() }, lookupRequest(u"email"_s, {}, keys), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(r.partial);
        QVERIFY2(r.partialReason.contains(u"HubSpot"_s), qPrintable(r.partialReason));
        QCOMPARE(r.requests, 2);
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(r.looked.size(), 100);
        QCOMPARE(r.matches.size(), 2);
    }

    void hubspotLookupStaysWithinBudget()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/crm/v3/objects/contacts/batch/read"_s,
            { FakeBehaviour::respond(207, fixture(u"hubspot"_s, u"batch-read-contacts-207.json"_s)) });
        Transport t(nam, testPolicy());
        HubSpotConnector c(t, connection(Vendor::HubSpot, u"hs"_s, u"v3"_s), kHubSpotToken);
        LookupRequest request = lookupRequest(u"email"_s, {}, manyKeys(450));
        request.maxRequests = 2;
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"hs"_s, u"contacts"_s, QJsonValue() }, request, ctx, done);
        });
        QVERIFY(r.partial);
        QCOMPARE(r.requests, 2);
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(r.looked.size(), 200);
        QVERIFY2(r.partialReason.contains(
                     u"Looked up 200 of 450 sampled records: the check may spend 2 requests on HubSpot"_s),
            qPrintable(r.partialReason));
    }

    // ---- Mailchimp ----
    void mailchimpSampleRequests()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/abc123/members"_s,
            { FakeBehaviour::respond(200, json(QJsonObject { { u"total_items"_s, 5 } })),
                FakeBehaviour::respond(200, fixture(u"mailchimp"_s, u"members-200.json"_s)),
                FakeBehaviour::respond(200, mailchimpMembers(5, { u"cara@example.com"_s })),
                FakeBehaviour::respond(200, mailchimpMembers(5, { u"dev@example.com"_s })) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(Vendor::Mailchimp, u"mc"_s, u"3.0"_s), kMailchimpKey);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample(mailchimpSide(), sampleRequest(u"EMAIL"_s, { u"FNAME"_s, u"ADDRESS.city"_s }, 4), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 4);
        QCOMPARE(r.requests, 4);
        QCOMPARE(r.population, std::optional<qint64>(5));
        for (const QNetworkRequest& q : std::as_const(nam.requests)) {
            QCOMPARE(q.url().host(), u"us6.api.mailchimp.com"_s);
            QCOMPARE(q.url().path(), u"/3.0/lists/abc123/members"_s);
            QVERIFY(q.rawHeader("Authorization").startsWith("Basic "));
        }
        const QUrl probe = nam.requests.at(0).url();
        QCOMPARE(decodedQueryItem(probe, u"count"_s), u"1"_s);
        QCOMPARE(decodedQueryItem(probe, u"fields"_s), u"total_items"_s);
        QCOMPARE(decodedQueryItem(probe, u"status"_s), u"subscribed"_s);
        const QUrl recent = nam.requests.at(1).url();
        QCOMPARE(decodedQueryItem(recent, u"count"_s), u"2"_s);
        QCOMPARE(decodedQueryItem(recent, u"fields"_s),
            u"members.email_address,members.merge_fields.FNAME,members.merge_fields.ADDRESS,members.status,"
            "members.last_changed,total_items"_s);
        QCOMPARE(decodedQueryItem(recent, u"sort_field"_s), u"last_changed"_s);
        QCOMPARE(decodedQueryItem(recent, u"sort_dir"_s), u"DESC"_s);
        QCOMPARE(decodedQueryItem(recent, u"since_last_changed"_s), u"2026-02-03T09:00:00+00:00"_s);
        QCOMPARE(decodedQueryItem(recent, u"before_last_changed"_s), u"2026-02-04T09:00:00+00:00"_s);
        QVERIFY(recent.query(QUrl::FullyEncoded).contains(u"%2B00:00"_s)); // not a '+' a server reads as a space
        const QUrl spread = nam.requests.at(2).url();
        QCOMPARE(decodedQueryItem(spread, u"count"_s), u"1"_s);
        QVERIFY(decodedQueryItem(spread, u"sort_field"_s).isEmpty());
        QVERIFY(decodedQueryItem(spread, u"since_last_changed"_s).isEmpty());

        QCOMPARE(r.records.size(), 4);
        const ValueRecord& ada = r.records.at(0);
        QCOMPARE(ada.key, u"Ada@Example.com"_s);
        QCOMPARE(ada.fields.value(u"EMAIL"_s).toString(), u"Ada@Example.com"_s);
        QCOMPARE(ada.fields.value(u"FNAME"_s).toString(), u"Ada "_s);
        QVERIFY(ada.fields.value(u"ADDRESS"_s).isObject()); // under its tag, as an object
        QCOMPARE(ada.fields.value(u"ADDRESS"_s).toObject().value(u"city"_s).toString(), u"Portland"_s);
        QCOMPARE(ada.changedAt, QDateTime(QDate(2026, 2, 2), QTime(10, 0, 5), Qt::UTC));
        QVERIFY(noKeyTwice(r.records));
    }

    void mailchimpSampleOddBytesAndHugeValues()
    {
        QByteArray page = "{\"members\":[{\"email_address\":\"odd@example.com\",\"status\":\"subscribed\","
                          "\"merge_fields\":{\"FNAME\":\"Ad\xff\xfe"
                          "a\",\"LNAME\":\"";
        page += QByteArray(1 << 20, 'x');
        page += "\"},\"last_changed\":\"2026-02-01T08:00:00+00:00\"}],\"total_items\":1}";
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/abc123/members"_s,
            { FakeBehaviour::respond(200, json(QJsonObject { { u"total_items"_s, 1 } })),
                FakeBehaviour::respond(200, page) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(Vendor::Mailchimp, u"mc"_s, u"3.0"_s), kMailchimpKey);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample(mailchimpSide(), sampleRequest(u"EMAIL"_s, { u"FNAME"_s, u"LNAME"_s }, 2), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.records.size(), 1);
        const QString first = r.records.first().fields.value(u"FNAME"_s).toString();
        QVERIFY2(
            first.startsWith(u"Ad"_s) && first.endsWith(u"a"_s) && first.contains(QChar(0xFFFD)), qPrintable(first));
        QCOMPARE(r.records.first().fields.value(u"LNAME"_s).toString().size(), kMaxFieldChars);
    }

    void mailchimpLookupPagesTheListWhenCheaper()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/abc123/members"_s,
            { FakeBehaviour::respond(200, mailchimpMembers(1500, { u"Ada@Example.com"_s, u"zed@example.com"_s })),
                FakeBehaviour::respond(200, mailchimpMembers(1500, { u"ben@example.com"_s })) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(Vendor::Mailchimp, u"mc"_s, u"3.0"_s), kMailchimpKey);
        const QStringList keys { u"ada@example.com"_s, u"ben@example.com"_s, u"nobody@example.com"_s };
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup(mailchimpSide(), lookupRequest(u"EMAIL"_s, { u"FNAME"_s }, keys), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(r.requests, 2);
        QCOMPARE(decodedQueryItem(nam.requests.at(0).url(), u"count"_s), u"1000"_s);
        QVERIFY(decodedQueryItem(nam.requests.at(0).url(), u"offset"_s).isEmpty());
        QCOMPARE(decodedQueryItem(nam.requests.at(1).url(), u"offset"_s), u"1000"_s);
        QCOMPARE(decodedQueryItem(nam.requests.at(0).url(), u"fields"_s),
            u"members.email_address,members.merge_fields.FNAME,members.status,members.last_changed,total_items"_s);
        QCOMPARE(decodedQueryItem(nam.requests.at(0).url(), u"status"_s), u"subscribed"_s);
        QCOMPARE(r.looked.size(), 3);
        QCOMPARE(r.matches.size(), 2);
        QCOMPARE(r.matches.value(u"ada@example.com"_s).first().key, u"Ada@Example.com"_s);
        QVERIFY(!r.matches.contains(u"zed@example.com"_s)); // not asked for
        QVERIFY(!r.partial);
    }

    void mailchimpLookupOneGetPerKeyWhenTheListIsLarge()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/abc123/members"_s,
            { FakeBehaviour::respond(200, mailchimpMembers(50000, { u"ada@example.com"_s })) });
        nam.route(u"/3.0/lists/abc123/members/"_s + md5(u"ben@example.com"_s),
            { FakeBehaviour::respond(200, fixture(u"mailchimp"_s, u"member-200.json"_s).replace("ada@", "Ben@")) });
        nam.route(u"/3.0/lists/abc123/members/"_s + md5(u"nobody@example.com"_s),
            { FakeBehaviour::respond(404, fixture(u"mailchimp"_s, u"error-404-resource-not-found.json"_s)) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(Vendor::Mailchimp, u"mc"_s, u"3.0"_s), kMailchimpKey);
        const QStringList keys { u"ada@example.com"_s, u"BEN@example.com"_s, u"nobody@example.com"_s };
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup(mailchimpSide(), lookupRequest(u"EMAIL"_s, { u"FNAME"_s }, keys), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 3);
        const QUrl one = nam.requests.at(1).url();
        QCOMPARE(one.path(), u"/3.0/lists/abc123/members/"_s + md5(u"ben@example.com"_s));
        QCOMPARE(decodedQueryItem(one, u"fields"_s), u"email_address,merge_fields.FNAME,status,last_changed"_s);
        QCOMPARE(r.looked.size(), 3);
        QCOMPARE(r.matches.size(), 2);
        QVERIFY(r.matches.contains(u"ben@example.com"_s));
        QVERIFY(!r.matches.contains(u"nobody@example.com"_s)); // 404: not in the audience
    }

    void mailchimpLookupBudget()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/3.0/lists/abc123/members"_s,
            { FakeBehaviour::respond(200, mailchimpMembers(50000, { u"other@example.com"_s })) });
        const QStringList keys = manyKeys(10);
        for (const QString& k : keys)
            nam.route(u"/3.0/lists/abc123/members/"_s + md5(k),
                { FakeBehaviour::respond(404, fixture(u"mailchimp"_s, u"error-404-resource-not-found.json"_s)) });
        Transport t(nam, testPolicy());
        MailchimpConnector c(t, connection(Vendor::Mailchimp, u"mc"_s, u"3.0"_s), kMailchimpKey);
        LookupRequest request = lookupRequest(u"EMAIL"_s, { u"FNAME"_s }, keys);
        request.maxRequests = 3;
        const auto r
            = await<LookupResult>([&](QObject* ctx, auto done) { c.lookup(mailchimpSide(), request, ctx, done); });
        QVERIFY(r.partial);
        QCOMPARE(r.requests, 3);
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(r.looked.size(), 2);
        QVERIFY2(r.partialReason.contains(
                     u"Looked up 2 of 10 sampled records: the check may spend 3 requests on Mailchimp"_s),
            qPrintable(r.partialReason));
    }

    // ---- Salesforce ----
    void salesforceSampleQueries()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s,
            { FakeBehaviour::respond(200, salesforceRecords({}, 3)),
                FakeBehaviour::respond(200, salesforceRecords({ u"ada@example.com"_s })),
                FakeBehaviour::respond(200, salesforceRecords({ u"ben@example.com"_s })) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const IntegrationSide side { u"sf"_s, u"Contact"_s, QJsonValue(u"AccountId != null"_s) };
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample(side, sampleRequest(u"Email"_s, { u"FirstName"_s }, 2), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(r.population, std::optional<qint64>(3));
        QCOMPARE(nam.requests.at(0).url().path(), u"/services/data/v62.0/query"_s);
        QCOMPARE(nam.requests.at(0).rawHeader("Authorization"), QByteArray("Bearer 00Dsession"));
        QCOMPARE(soqlOf(nam.requests.at(0)), u"SELECT COUNT() FROM Contact WHERE AccountId != null"_s);
        QCOMPARE(soqlOf(nam.requests.at(1)),
            u"SELECT Id, Email, FirstName, LastModifiedDate FROM Contact WHERE (AccountId != null) AND "
            "LastModifiedDate >= 2026-02-03T09:00:00Z AND LastModifiedDate < 2026-02-04T09:00:00Z "
            "ORDER BY LastModifiedDate DESC LIMIT 1"_s);
        const QString spread = soqlOf(nam.requests.at(2));
        QVERIFY2(
            spread.startsWith(u"SELECT Id, Email, FirstName, LastModifiedDate FROM Contact WHERE AccountId != null "
                              "ORDER BY Id LIMIT 1"_s),
            qPrintable(spread));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.first().fields.value(u"FirstName"_s).toString(), u"Someone"_s);
        QCOMPARE(r.records.first().changedAt, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
    }

    void salesforceSpreadNeverOffsetsPast2000()
    {
        RecordingNetworkAccessManager nam;
        QList<FakeBehaviour> replies { FakeBehaviour::respond(200, salesforceRecords({}, 100000)) };
        for (int page = 0; page < 30; ++page)
            replies << FakeBehaviour::respond(200, salesforceRecords(manyKeys(100, u"p%1.example"_s.arg(page))));
        nam.route(u"/services/data/v62.0/query"_s, replies);
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample({ u"sf"_s, u"Contact"_s, QJsonValue() }, sampleRequest(u"Email"_s, {}, 200), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(nam.requests.size() <= 20);
        bool fromEnd = false;
        for (const QNetworkRequest& q : std::as_const(nam.requests)) {
            const QString soql = soqlOf(q);
            const qsizetype at = soql.indexOf(u" OFFSET "_s);
            if (at >= 0)
                QVERIFY2(soql.mid(at + 8).toInt() <= 2000, qPrintable(soql));
            fromEnd = fromEnd || soql.contains(u"ORDER BY Id DESC"_s);
        }
        QVERIFY(fromEnd); // 100,000 records: most of the object is only reachable from its other end
    }

    void salesforceLookupEscapesKeysAndKeepsDuplicates()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s,
            { FakeBehaviour::respond(200, fixture(u"salesforce"_s, u"query-contacts-duplicates-200.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const QStringList keys { u"ada@example.com"_s, u"o'brien@example.com"_s, u"back\\slash@example.com"_s };
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"sf"_s, u"Contact"_s, QJsonValue() }, lookupRequest(u"Email"_s, { u"FirstName"_s }, keys), ctx,
                done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 1);
        QCOMPARE(soqlOf(nam.requests.first()),
            u"SELECT Id, Email, FirstName FROM Contact WHERE Email IN ('ada@example.com', 'o\\'brien@example.com', "
            "'back\\\\slash@example.com')"_s);
        QCOMPARE(r.looked.size(), 3);
        QCOMPARE(r.matches.value(u"ada@example.com"_s).size(), 2); // duplicates: both contacts
        QCOMPARE(r.matches.value(u"o'brien@example.com"_s).size(), 1);
        QVERIFY(!r.matches.contains(u"back\\slash@example.com"_s));
    }

    // A refusal that quotes the query (Salesforce's MALFORMED_QUERY echoes the SOQL with its IN list): the error says
    // what went wrong without the sampled addresses, in the message and in the transport's own text alike.
    void salesforceLookupRefusalKeepsNoAddress()
    {
        RecordingNetworkAccessManager nam;
        const QByteArray refusal
            = "[{\"message\":\"\\nEmail IN ('ada@example.com', 'ben@example.org')\\n"
              "ERROR at Row:1:Column:40\\nunexpected token: ','\",\"errorCode\":\"MALFORMED_QUERY\"}]";
        nam.route(u"/services/data/v62.0/query"_s, { FakeBehaviour::respond(400, refusal) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"sf"_s, u"Contact"_s, QJsonValue() },
                lookupRequest(u"Email"_s, { u"FirstName"_s }, { u"ada@example.com"_s, u"ben@example.org"_s }), ctx,
                done);
        });
        QVERIFY(!r.error.ok());
        // The vendor's words stay (they say what went wrong), with the addresses masked.
        QVERIFY2(r.error.message.contains(u"MALFORMED_QUERY"_s) || r.error.message.contains(u"unexpected token"_s),
            qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"…@…"_s), qPrintable(r.error.message));
        QVERIFY2(!r.error.message.contains(u"ada@"_s) && !r.error.message.contains(u"example.org"_s),
            qPrintable(r.error.message));
    }

    void salesforceLookupKeepsUrlsShort()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s, { FakeBehaviour::respond(200, salesforceRecords({})) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const QStringList keys = manyKeys(200, u"a-rather-long-domain-name.example"_s);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"sf"_s, u"Contact"_s, QJsonValue() }, lookupRequest(u"Email"_s, { u"FirstName"_s }, keys), ctx,
                done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(nam.requests.size() > 1);
        QCOMPARE(r.requests, nam.requests.size());
        QCOMPARE(r.looked.size(), 200);
        for (const QNetworkRequest& q : std::as_const(nam.requests))
            QVERIFY2(q.url().toEncoded().size() <= 2000, qPrintable(QString::number(q.url().toEncoded().size())));
    }

    void salesforceLookupQuotaMidwayKeepsWhatWasFound()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/services/data/v62.0/query"_s,
            { FakeBehaviour::respond(200, salesforceRecords({ u"person0@a-rather-long-domain-name.example"_s })),
                FakeBehaviour::respond(403, fixture(u"salesforce"_s, u"error-403-request-limit-exceeded.json"_s)) });
        Transport t(nam, testPolicy());
        SalesforceConnector c(t, salesforceConnection(), u"00Dsession"_s);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"sf"_s, u"Contact"_s, QJsonValue() },
                lookupRequest(u"Email"_s, {}, manyKeys(200, u"a-rather-long-domain-name.example"_s)), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(r.partial);
        QCOMPARE(r.requests, 2);
        QCOMPARE(r.matches.size(), 1);
        QVERIFY(r.looked.size() > 1 && r.looked.size() < 200);
    }

    // ---- Shopify ----
    void shopifySampleRequests()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/customers/count.json"_s, { FakeBehaviour::respond(200, "{\"count\":3}") });
        nam.route(u"/admin/api/2025-01/customers.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify"_s, u"customers-search-200.json"_s)),
                FakeBehaviour::respond(200,
                    json(QJsonObject { { u"customers"_s,
                        QJsonArray { QJsonObject { { u"id"_s, 207119500 }, { u"email"_s, u"cy@example.com"_s },
                            { u"first_name"_s, u"Cy"_s },
                            { u"updated_at"_s, u"2023-01-01T00:00:00-05:00"_s } } } } })) });
        Transport t(nam, testPolicy());
        ShopifyConnector c(t, shopifyConnection(), u"shpat_x"_s);
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample({ u"shop"_s, u"customers"_s, QJsonValue() }, sampleRequest(u"email"_s, { u"first_name"_s }, 2),
                ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(nam.requests.at(0).url().toString(),
            u"https://plumbline-test.myshopify.com/admin/api/2025-01/customers/count.json"_s);
        QCOMPARE(nam.requests.at(1).rawHeader("X-Shopify-Access-Token"), QByteArray("shpat_x"));
        const QUrl recent = nam.requests.at(1).url();
        QCOMPARE(decodedQueryItem(recent, u"limit"_s), u"250"_s);
        QCOMPARE(decodedQueryItem(recent, u"fields"_s), u"id,email,first_name,updated_at"_s);
        QCOMPARE(decodedQueryItem(recent, u"updated_at_min"_s), u"2026-02-03T09:00:00+00:00"_s);
        QCOMPARE(decodedQueryItem(recent, u"updated_at_max"_s), u"2026-02-04T08:59:59+00:00"_s);
        const QUrl spread = nam.requests.at(2).url();
        QCOMPARE(decodedQueryItem(spread, u"limit"_s), u"1"_s);
        QVERIFY(decodedQueryItem(spread, u"updated_at_min"_s).isEmpty());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).key, u"Ada@Example.com"_s); // the most recently updated of the window first
        QCOMPARE(r.records.at(0).changedAt, QDateTime(QDate(2023, 12, 12), QTime(13, 0), Qt::UTC));
        QCOMPARE(r.records.at(1).key, u"cy@example.com"_s);
    }

    void shopifyLookupSearchesInBatches()
    {
        RecordingNetworkAccessManager nam;
        nam.route(u"/admin/api/2025-01/customers/search.json"_s,
            { FakeBehaviour::respond(200, fixture(u"shopify"_s, u"customers-search-200.json"_s)) });
        Transport t(nam, testPolicy());
        ShopifyConnector c(t, shopifyConnection(), u"shpat_x"_s);
        QStringList keys { u"ada@example.com"_s, u"a+tag@example.com"_s };
        keys += manyKeys(28);
        const auto r = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"shop"_s, u"customers"_s, QJsonValue() },
                lookupRequest(u"email"_s, { u"first_name"_s, u"last_name"_s }, keys), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(nam.requests.size(), 2);
        const QUrl first = nam.requests.at(0).url();
        QVERIFY(decodedQueryItem(first, u"query"_s)
                    .startsWith(u"email:ada@example.com OR email:a+tag@example.com OR email:person0@example.org"_s));
        QCOMPARE(decodedQueryItem(first, u"query"_s).count(u" OR "_s), 24);
        QCOMPARE(decodedQueryItem(first, u"fields"_s), u"id,email,first_name,last_name,updated_at"_s);
        QCOMPARE(decodedQueryItem(nam.requests.at(1).url(), u"query"_s).count(u" OR "_s), 4);
        QCOMPARE(r.looked.size(), 30);
        QCOMPARE(r.matches.size(), 1); // bob.norman was not asked for
        QVERIFY(r.matches.value(u"ada@example.com"_s).first().fields.value(u"last_name"_s).isNull());
    }

    // ---- generic REST ----
    void genericSampleAndLookupFollowTheOptions()
    {
        Connection conn = connection(Vendor::Generic, u"wh"_s, u"v1"_s, u"https://warehouse.example/api"_s);
        conn.options
            = QJsonObject { { u"count_pointer"_s, u"/meta/total"_s }, { u"lookup_path"_s, u"{object}?email={key}"_s },
                  { u"auth_header"_s, u"X-Api-Key"_s }, { u"auth_scheme"_s, QString() } };
        RecordingNetworkAccessManager nam;
        QList<FakeBehaviour> replies { FakeBehaviour::respond(200,
            json(QJsonObject { { u"meta"_s, QJsonObject { { u"total"_s, 10 } } }, { u"data"_s, QJsonArray {} } })) };
        for (int i = 0; i < 4; ++i)
            replies << FakeBehaviour::respond(200,
                json(QJsonObject { { u"data"_s,
                    QJsonArray { QJsonObject { { u"email"_s, u"p%1@example.com"_s.arg(i) }, { u"firstname"_s, u"P"_s },
                        { u"updated_at"_s, u"2026-01-01T00:00:00Z"_s } } } } }));
        nam.route(u"/api/contacts"_s, replies);
        Transport t(nam, testPolicy());
        GenericConnector c(t, conn, u"wh_key"_s);
        const IntegrationSide side { u"wh"_s, u"contacts"_s, QJsonValue() };
        const auto r = await<SampleResult>([&](QObject* ctx, auto done) {
            c.sample(side, sampleRequest(u"email"_s, { u"firstname"_s }, 4), ctx, done);
        });
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.population, std::optional<qint64>(10));
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(nam.requests.size(), 5);
        QCOMPARE(nam.requests.at(0).url().toString(), u"https://warehouse.example/api/contacts"_s);
        QCOMPARE(nam.requests.at(0).rawHeader("X-Api-Key"), QByteArray("wh_key"));
        QCOMPARE(decodedQueryItem(nam.requests.at(1).url(), u"limit"_s), u"1"_s);
        QVERIFY(!decodedQueryItem(nam.requests.at(1).url(), u"offset"_s).isEmpty());
        QCOMPARE(r.records.first().fields.value(u"firstname"_s).toString(), u"P"_s);

        RecordingNetworkAccessManager lookupNam;
        lookupNam.route(u"/api/contacts"_s,
            { FakeBehaviour::respond(200,
                  json(QJsonObject { { u"data"_s,
                      QJsonArray {
                          QJsonObject { { u"email"_s, u"A+b@example.com"_s }, { u"firstname"_s, u"A"_s } } } } })),
                FakeBehaviour::respond(404, "{\"message\":\"not found\"}") });
        Transport t2(lookupNam, testPolicy());
        GenericConnector c2(t2, conn, u"wh_key"_s);
        const auto l = await<LookupResult>([&](QObject* ctx, auto done) {
            c2.lookup(side,
                lookupRequest(u"email"_s, { u"firstname"_s }, { u"a+b@example.com"_s, u"missing@example.com"_s }), ctx,
                done);
        });
        QVERIFY2(l.error.ok(), qPrintable(l.error.message));
        QCOMPARE(lookupNam.requests.size(), 2);
        QCOMPARE(decodedQueryItem(lookupNam.requests.at(0).url(), u"email"_s), u"a+b@example.com"_s);
        QVERIFY(lookupNam.requests.at(0).url().toEncoded().contains("%2B"));
        QCOMPARE(l.looked.size(), 2);
        QCOMPARE(l.matches.size(), 1);
        QVERIFY(l.matches.contains(u"a+b@example.com"_s));
    }

    void genericLookupNeedsLookupPath()
    {
        Connection conn = connection(Vendor::Generic, u"wh"_s, u"v1"_s, u"https://warehouse.example/api"_s);
        RecordingNetworkAccessManager nam;
        Transport t(nam, testPolicy());
        GenericConnector c(t, conn, u"wh_key"_s);
        const auto l = await<LookupResult>([&](QObject* ctx, auto done) {
            c.lookup({ u"wh"_s, u"contacts"_s, QJsonValue() }, lookupRequest(u"email"_s, {}, manyKeys(2)), ctx, done);
        });
        QCOMPARE(l.error.kind, ErrorKind::NotFound);
        QVERIFY(l.error.message.contains(u"lookup_path"_s));
        QCOMPARE(nam.requests.size(), 0);
    }

    void mailchimpSubscriberHash()
    {
        QCOMPARE(MailchimpParser::subscriberHash(u" Ada@Example.COM "_s), md5(u"ada@example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestValuesRequests)
#include "tst_values_requests.moc"
