#include <sandbox/SandboxServer.h>
#include <sandbox/SandboxWorkspace.h>

#include <WorkspaceJson.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool parses() const
    {
        QJsonParseError e {};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    // A minimal JSON pointer ("/stats/member_count", "/0/errorCode").
    QJsonValue at(const QString& pointer) const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        for (const QString& part : pointer.split(u'/', Qt::SkipEmptyParts))
            v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
        return v;
    }
};
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workspaceIsValidAndWired();
    void envMatchesWorkspace();
    void scenarioControl();
    void vendorEndpoints_data();
    void vendorEndpoints();
    void vendorUnauthorized_data();
    void vendorUnauthorized();
    void scenarioWireEffect_data();
    void scenarioWireEffect();
    void perConnectionIsolation();
    void timeoutsHoldAndShutdownPromptly();

private:
    Response send(const QByteArray& method, const QString& path, const Headers& headers = {},
        const QByteArray& body = {}, int timeoutMs = 5000);
    Response call(
        const QString& connection, const QByteArray& method, const QString& path, const QByteArray& body = {});
    Headers auth(const QString& connection) const;
    qint64 hubspotSubscribed();
    void setScenario(const QString& name, const QString& connection = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QDateTime m_now;
};

void TestSandbox::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandbox::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

Response TestSandbox::send(
    const QByteArray& method, const QString& path, const Headers& headers, const QByteArray& body, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.finished = reply->isFinished();
    if (r.finished) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return r;
}

Headers TestSandbox::auth(const QString& connection) const
{
    // Salesforce is on client credentials: its secret is a client secret, the API wants an issued access token.
    const QByteArray s = connection == SandboxWorkspace::kSalesforce ? m_server->issueAccessToken(connection).toUtf8()
                                                                     : m_server->secrets().value(connection).toUtf8();
    if (connection == u"mailchimp-sandbox")
        return { { "Authorization", "Basic " + QByteArray("anystring:" + s).toBase64() } };
    if (connection == u"shopify-sandbox")
        return { { "X-Shopify-Access-Token", s } };
    if (connection == u"make-sandbox")
        return { { "Authorization", "Token " + s } };
    if (connection == u"generic-sandbox")
        return { { "X-Api-Key", s } };
    return { { "Authorization", "Bearer " + s } };
}

Response TestSandbox::call(
    const QString& connection, const QByteArray& method, const QString& path, const QByteArray& body)
{
    return send(method, path, auth(connection), body);
}

qint64 TestSandbox::hubspotSubscribed()
{
    const Response r = call(u"hubspot-sandbox"_s, "POST", u"/hubspot/crm/objects/2026-03/contacts/search"_s,
        R"({"limit":1,"filterGroups":[{"filters":[{"propertyName":"hs_email_optout","operator":"NEQ","value":"true"}]}]})");
    return r.at(u"/total"_s).toInteger(-1);
}

void TestSandbox::setScenario(const QString& name, const QString& connection)
{
    QJsonObject o { { u"scenario"_s, name } };
    if (!connection.isEmpty())
        o.insert(u"connection"_s, connection);
    const Response r = send("POST", u"/_sandbox/scenario"_s, {}, QJsonDocument(o).toJson());
    QCOMPARE(r.status, 200);
}

void TestSandbox::workspaceIsValidAndWired()
{
    const Response r = send("GET", u"/_sandbox/workspace"_s);
    QCOMPARE(r.status, 200);
    const WorkspaceParseResult parsed = WorkspaceJson::parse(r.body);
    for (const auto& p : parsed.problems)
        qWarning() << p.toString();
    QVERIFY(parsed.problems.isEmpty());
    QVERIFY(parsed.workspace);
    QCOMPARE(parsed.workspace->connections.size(), 7);
    QVERIFY(parsed.workspace->integrations.size() >= 3);
    for (const Connection& c : parsed.workspace->connections) {
        QVERIFY2(c.baseUrl.startsWith(m_server->baseUrl() + u'/'), qPrintable(c.baseUrl));
        // Salesforce signs in with client credentials; the client derives the token address from the base URL.
        if (c.id == SandboxWorkspace::kSalesforce) {
            QCOMPARE(c.authMethod, u"oauth_client_credentials"_s);
            QCOMPARE(c.auth.value(u"client_id"_s).toString(), SandboxWorkspace::kSalesforceClientId);
            QVERIFY(c.auth.value(u"scope"_s).isNull());
            QVERIFY(!c.auth.contains(u"token_url"_s));
            QCOMPARE(c.baseUrl + u"/services/oauth2/token"_s, m_server->tokenUrl(c.id));
        } else {
            QVERIFY(c.auth.isEmpty());
        }
    }
    QCOMPARE(r.body, m_server->workspaceJson());
}

void TestSandbox::envMatchesWorkspace()
{
    const Response r = send("GET", u"/_sandbox/env"_s);
    QCOMPARE(r.status, 200);
    const QStringList lines = QString::fromUtf8(r.body).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, m_server->envLines());
    const auto workspace = WorkspaceJson::parse(m_server->workspaceJson()).workspace;
    QVERIFY(workspace);
    QCOMPARE(lines.size(), workspace->connections.size());
    for (const Connection& c : workspace->connections) {
        QString var = u"PLUMBLINE_SECRET_"_s + c.id.toUpper();
        var.replace(u'-', u'_');
        QVERIFY2(lines.contains(var + u'=' + m_server->secrets().value(c.id)), qPrintable(var));
    }
    QVERIFY(m_server->secrets().value(u"mailchimp-sandbox"_s).endsWith(u"-us6"));
}

void TestSandbox::scenarioControl()
{
    Response r = send("GET", u"/_sandbox/scenario"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.at(u"/scenario"_s).toString(), u"healthy"_s);

    r = send("POST", u"/_sandbox/scenario"_s, {}, R"({"scenario":"count_drift"})");
    QCOMPARE(r.status, 200);
    r = send("GET", u"/_sandbox/scenario"_s);
    QCOMPARE(r.at(u"/scenario"_s).toString(), u"count_drift"_s);
    // Drift acts on destinations only when set for the whole sandbox.
    QCOMPARE(r.at(u"/connections/mailchimp-sandbox"_s).toString(), u"count_drift"_s);
    QCOMPARE(r.at(u"/connections/hubspot-sandbox"_s).toString(), u"healthy"_s);

    r = send("POST", u"/_sandbox/scenario"_s, {}, R"({"scenario":"auth_revoked","connection":"make-sandbox"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->scenario(u"make-sandbox"_s), u"auth_revoked"_s);

    for (const QByteArray& bad : { QByteArray(R"({"scenario":"no_such_thing"})"),
             QByteArray(R"({"scenario":"healthy","connection":"nope"})"), QByteArray("{not json") }) {
        r = send("POST", u"/_sandbox/scenario"_s, {}, bad);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.at(u"/error"_s).toString().isEmpty());
        QStringList names;
        for (const QJsonValue& v : r.at(u"/scenarios"_s).toArray())
            names << v.toString();
        QCOMPARE(names, SandboxServer::scenarioNames());
    }
    QCOMPARE(SandboxServer::scenarioNames().size(), 18);
    QVERIFY(SandboxServer::scenarioNames().contains(u"value_drift"_s));
}

void TestSandbox::vendorEndpoints_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("kind"); // QJsonValue::Type expected at pointer

    const QByteArray search = R"({"limit":1,"filterGroups":[]})";
    QTest::newRow("hubspot properties v3")
        << u"hubspot-sandbox"_s << QByteArray("GET") << u"/hubspot/crm/v3/properties/contacts"_s << QByteArray()
        << u"/results/0/fieldType"_s << int(QJsonValue::String);
    QTest::newRow("hubspot properties dated")
        << u"hubspot-sandbox"_s << QByteArray("GET") << u"/hubspot/crm/properties/2026-03/contacts"_s << QByteArray()
        << u"/results/0/groupName"_s << int(QJsonValue::String);
    QTest::newRow("hubspot search v3") << u"hubspot-sandbox"_s << QByteArray("POST")
                                       << u"/hubspot/crm/v3/objects/contacts/search"_s << search << u"/total"_s
                                       << int(QJsonValue::Double);
    QTest::newRow("hubspot search dated")
        << u"hubspot-sandbox"_s << QByteArray("POST") << u"/hubspot/crm/objects/2026-03/contacts/search"_s << search
        << u"/results/0/properties/email"_s << int(QJsonValue::String);
    QTest::newRow("salesforce versions") << u"salesforce-sandbox"_s << QByteArray("GET")
                                         << u"/salesforce/services/data/"_s << QByteArray() << u"/0/version"_s
                                         << int(QJsonValue::String);
    QTest::newRow("salesforce count") << u"salesforce-sandbox"_s << QByteArray("GET")
                                      << u"/salesforce/services/data/v62.0/query?q=SELECT+COUNT()+FROM+Contact"_s
                                      << QByteArray() << u"/totalSize"_s << int(QJsonValue::Double);
    QTest::newRow("salesforce describe") << u"salesforce-sandbox"_s << QByteArray("GET")
                                         << u"/salesforce/services/data/v62.0/sobjects/Contact/describe"_s
                                         << QByteArray() << u"/fields/0/type"_s << int(QJsonValue::String);
    QTest::newRow("salesforce limits") << u"salesforce-sandbox"_s << QByteArray("GET")
                                       << u"/salesforce/services/data/v62.0/limits"_s << QByteArray()
                                       << u"/DailyApiRequests/Remaining"_s << int(QJsonValue::Double);
    QTest::newRow("mailchimp ping") << u"mailchimp-sandbox"_s << QByteArray("GET") << u"/mailchimp/3.0/ping"_s
                                    << QByteArray() << u"/health_status"_s << int(QJsonValue::String);
    QTest::newRow("mailchimp list") << u"mailchimp-sandbox"_s << QByteArray("GET")
                                    << u"/mailchimp/3.0/lists/5f1a9c3e2b"_s << QByteArray() << u"/stats/member_count"_s
                                    << int(QJsonValue::Double);
    QTest::newRow("mailchimp merge fields")
        << u"mailchimp-sandbox"_s << QByteArray("GET") << u"/mailchimp/3.0/lists/5f1a9c3e2b/merge-fields?count=1000"_s
        << QByteArray() << u"/merge_fields/0/tag"_s << int(QJsonValue::String);
    QTest::newRow("shopify shop") << u"shopify-sandbox"_s << QByteArray("GET")
                                  << u"/shopify/admin/api/2025-01/shop.json"_s << QByteArray()
                                  << u"/shop/myshopify_domain"_s << int(QJsonValue::String);
    QTest::newRow("shopify count") << u"shopify-sandbox"_s << QByteArray("GET")
                                   << u"/shopify/admin/api/2025-01/customers/count.json"_s << QByteArray()
                                   << u"/count"_s << int(QJsonValue::Double);
    QTest::newRow("make me") << u"make-sandbox"_s << QByteArray("GET") << u"/make/api/v2/users/me"_s << QByteArray()
                             << u"/authUser/id"_s << int(QJsonValue::Double);
    QTest::newRow("make organization") << u"make-sandbox"_s << QByteArray("GET") << u"/make/api/v2/organizations/21"_s
                                       << QByteArray() << u"/organization/license/apiLimit"_s
                                       << int(QJsonValue::Double);
    QTest::newRow("make scenario") << u"make-sandbox"_s << QByteArray("GET") << u"/make/api/v2/scenarios/4711"_s
                                   << QByteArray() << u"/scenario/isActive"_s << int(QJsonValue::Bool);
    QTest::newRow("make logs") << u"make-sandbox"_s << QByteArray("GET")
                               << u"/make/api/v2/scenarios/4711/logs?pg%5Blimit%5D=100"_s << QByteArray()
                               << u"/scenarioLogs/0/status"_s << int(QJsonValue::Double);
    QTest::newRow("zapier zaps") << u"zapier-sandbox"_s << QByteArray("GET") << u"/zapier/v2/zaps?limit=1"_s
                                 << QByteArray() << u"/data/0/is_enabled"_s << int(QJsonValue::Bool);
    QTest::newRow("zapier runs") << u"zapier-sandbox"_s << QByteArray("GET")
                                 << u"/zapier/v2/zap-runs?from_date=2026-11-26T08:00:00Z&limit=100"_s << QByteArray()
                                 << u"/data/0/zap_id"_s << int(QJsonValue::String);
    QTest::newRow("generic base") << u"generic-sandbox"_s << QByteArray("GET") << u"/generic"_s << QByteArray()
                                  << u"/status"_s << int(QJsonValue::String);
    QTest::newRow("generic count") << u"generic-sandbox"_s << QByteArray("GET") << u"/generic/contacts"_s
                                   << QByteArray() << u"/meta/total"_s << int(QJsonValue::Double);
}

void TestSandbox::vendorEndpoints()
{
    QFETCH(QString, connection);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    QFETCH(int, kind);
    const Response r = call(connection, method, path, body);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.parses());
    QCOMPARE(int(r.at(pointer).type()), kind);
    if (connection == u"hubspot-sandbox") {
        QCOMPARE(r.header("X-HubSpot-RateLimit-Max"), QByteArray("190"));
        QVERIFY(!r.header("X-HubSpot-RateLimit-Remaining").isEmpty());
        QCOMPARE(r.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
        QVERIFY(!r.header("X-HubSpot-RateLimit-Daily-Remaining").isEmpty());
    } else if (connection == u"salesforce-sandbox" && path.contains(u"/v62.0/")) {
        QVERIFY(r.header("Sforce-Limit-Info").startsWith("api-usage="));
    } else if (connection == u"shopify-sandbox") {
        QVERIFY(r.header("X-Shopify-Shop-Api-Call-Limit").endsWith("/40"));
        QCOMPARE(r.header("X-Shopify-API-Version"), QByteArray("2025-01"));
    }
}

void TestSandbox::vendorUnauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArray>("signatureHeader");

    QTest::newRow("hubspot") << QByteArray("GET") << u"/hubspot/crm/v3/properties/contacts"_s
                             << QByteArray("Authorization") << QByteArray("Bearer wrong") << u"/category"_s
                             << u"INVALID_AUTHENTICATION"_s << QByteArray("x-hubspot-auth-failure");
    QTest::newRow("hubspot missing") << QByteArray("GET") << u"/hubspot/crm/v3/properties/contacts"_s
                                     << QByteArray("X-Nothing") << QByteArray("1") << u"/status"_s << u"error"_s
                                     << QByteArray("x-hubspot-auth-failure");
    QTest::newRow("salesforce") << QByteArray("GET") << u"/salesforce/services/data/v62.0/limits"_s
                                << QByteArray("Authorization") << QByteArray("Bearer wrong") << u"/0/errorCode"_s
                                << u"INVALID_SESSION_ID"_s << QByteArray("WWW-Authenticate");
    QTest::newRow("mailchimp") << QByteArray("GET") << u"/mailchimp/3.0/ping"_s << QByteArray("Authorization")
                               << QByteArray("Basic " + QByteArray("u:wrong-us6").toBase64()) << u"/title"_s
                               << u"API Key Invalid"_s << QByteArray("Link");
    QTest::newRow("shopify") << QByteArray("GET") << u"/shopify/admin/api/2025-01/shop.json"_s
                             << QByteArray("X-Shopify-Access-Token") << QByteArray("shpat_wrong") << u"/errors"_s
                             << u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s
                             << QByteArray();
    QTest::newRow("make bearer instead of token")
        << QByteArray("GET") << u"/make/api/v2/users/me"_s << QByteArray("Authorization")
        << QByteArray("Bearer b7e1c2d4-3f5a-4a8b-9c0d-e1f2a3b4c5d6") << u"/message"_s << u"Access denied."_s
        << QByteArray();
    QTest::newRow("zapier") << QByteArray("GET") << u"/zapier/v2/zaps"_s << QByteArray("Authorization")
                            << QByteArray("Bearer wrong") << u"/errors/0/status"_s << u"401"_s << QByteArray();
    QTest::newRow("generic") << QByteArray("GET") << u"/generic/contacts"_s << QByteArray("Authorization")
                             << QByteArray("Bearer wh_live_sbx_4c2f8e1a9b7d3e5f") << u"/errors/0/message"_s
                             << u"Invalid or missing API key."_s << QByteArray();
}

void TestSandbox::vendorUnauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QFETCH(QByteArray, signatureHeader);
    const Response r = send(method, path, { { headerName, headerValue } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.at(pointer).toString(), expected);
    if (!signatureHeader.isEmpty())
        QVERIFY(!r.header(signatureHeader).isEmpty());
    if (path.startsWith(u"/mailchimp"))
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
}

void TestSandbox::scenarioWireEffect_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString& name : SandboxServer::scenarioNames()) {
        if (name != u"timeouts") // its own test: it must not answer
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestSandbox::scenarioWireEffect()
{
    QFETCH(QString, scenario);
    const QString mcList = u"/mailchimp/3.0/lists/5f1a9c3e2b"_s;
    const QString sfCount = u"/salesforce/services/data/v62.0/query?q=SELECT+COUNT()+FROM+Contact"_s;
    const QString shopCount = u"/shopify/admin/api/2025-01/customers/count.json"_s;
    const QString hsSearch = u"/hubspot/crm/v3/objects/contacts/search"_s;
    setScenario(scenario);

    if (scenario == u"healthy") {
        for (int poll = 0; poll < 3; ++poll) {
            const qint64 source = hubspotSubscribed();
            const qint64 dest = call(u"mailchimp-sandbox"_s, "GET", mcList).at(u"/stats/member_count"_s).toInteger();
            QVERIFY2(source - dest >= 0 && source - dest <= 3, qPrintable(u"%1 vs %2"_s.arg(source).arg(dest)));
            m_now = m_now.addSecs(60);
        }
        const Response logs = call(u"make-sandbox"_s, "GET",
            u"/make/api/v2/scenarios/4711/logs?from=%1"_s.arg(m_now.addSecs(-900).toMSecsSinceEpoch()));
        QCOMPARE(logs.at(u"/scenarioLogs"_s).toArray().size(), 3);
        QCOMPARE(logs.at(u"/scenarioLogs/0/status"_s).toInt(), 1);
    } else if (scenario == u"count_drift") {
        const double source = double(hubspotSubscribed());
        const double dest = call(u"mailchimp-sandbox"_s, "GET", mcList).at(u"/stats/member_count"_s).toDouble();
        QVERIFY(dest / source > 0.85 && dest / source < 0.93);
    } else if (scenario == u"growing_gap") {
        qint64 lastGap = 0;
        for (int poll = 0; poll < 4; ++poll) {
            const qint64 source = call(u"shopify-sandbox"_s, "GET", shopCount).at(u"/count"_s).toInteger();
            const qint64 dest = call(u"salesforce-sandbox"_s, "GET", sfCount).at(u"/totalSize"_s).toInteger();
            QVERIFY(source - dest > lastGap);
            lastGap = source - dest;
        }
    } else if (scenario == u"silent_failure") {
        const qint64 sourceBefore = hubspotSubscribed();
        const qint64 destBefore = call(u"mailchimp-sandbox"_s, "GET", mcList).at(u"/stats/member_count"_s).toInteger();
        const QDateTime since = m_now;
        m_now = m_now.addSecs(15 * 60);
        QVERIFY(hubspotSubscribed() > sourceBefore);
        QCOMPARE(call(u"mailchimp-sandbox"_s, "GET", mcList).at(u"/stats/member_count"_s).toInteger(), destBefore);
        const Response logs = call(u"make-sandbox"_s, "GET",
            u"/make/api/v2/scenarios/4711/logs?from=%1"_s.arg(since.addSecs(1).toMSecsSinceEpoch()));
        QCOMPARE(logs.at(u"/scenarioLogs"_s).toArray().size(), 0);
        QVERIFY(call(u"make-sandbox"_s, "GET", u"/make/api/v2/scenarios/4711"_s).at(u"/scenario/isActive"_s).toBool());
        const Response runs = call(u"zapier-sandbox"_s, "GET",
            u"/zapier/v2/zap-runs?from_date=%1"_s.arg(since.addSecs(1).toString(Qt::ISODate)));
        QCOMPARE(runs.at(u"/data"_s).toArray().size(), 0);
    } else if (scenario == u"mapping_drift") {
        const QByteArray fields = call(u"mailchimp-sandbox"_s, "GET", mcList + u"/merge-fields?count=1000"_s).body;
        QVERIFY(fields.contains("\"FIRSTNAME\"") && !fields.contains("\"FNAME\""));
        const QByteArray describe
            = call(u"salesforce-sandbox"_s, "GET", u"/salesforce/services/data/v62.0/sobjects/Contact/describe"_s).body;
        QVERIFY(describe.contains("\"First_Name__c\"") && !describe.contains("\"FirstName\""));
    } else if (scenario == u"auth_revoked") {
        const Response r = call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.at(u"/category"_s).toString(), u"INVALID_AUTHENTICATION"_s);
        QCOMPARE(call(u"shopify-sandbox"_s, "GET", shopCount).status, 401);
    } else if (scenario == u"permission_removed") {
        Response r = call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.at(u"/category"_s).toString(), u"MISSING_SCOPES"_s);
        r = call(u"salesforce-sandbox"_s, "GET", sfCount);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.at(u"/0/errorCode"_s).toString(), u"INSUFFICIENT_ACCESS"_s);
        r = call(u"shopify-sandbox"_s, "GET", shopCount);
        QCOMPARE(r.status, 403);
        QVERIFY(r.at(u"/errors"_s).toString().contains(u"read_customers"));
        QCOMPARE(call(u"mailchimp-sandbox"_s, "GET", mcList).status, 403);
    } else if (scenario == u"deprecated_version") {
        Response r = call(u"salesforce-sandbox"_s, "GET", sfCount);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Warning").startsWith("299 - \"This API is deprecated"));
        QVERIFY(!r.header("Sunset").isEmpty());
        r = call(u"shopify-sandbox"_s, "GET", shopCount);
        QVERIFY(!r.header("X-Shopify-API-Deprecated-Reason").isEmpty());
        r = call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s);
        QVERIFY(r.header("Deprecation").startsWith('@'));
        // IMF-fixdate ends in "GMT", which Qt 6.4's RFC2822Date parser refuses: swap in the numeric zone.
        QString sunsetText = QString::fromLatin1(r.header("Sunset"));
        QVERIFY(sunsetText.endsWith(u" GMT"));
        sunsetText.replace(u" GMT"_s, u" +0000"_s);
        const QDateTime sunset = QDateTime::fromString(sunsetText, Qt::RFC2822Date);
        QVERIFY(sunset.isValid());
        QVERIFY(m_now.daysTo(sunset) > 14 && m_now.daysTo(sunset) < 90);
    } else if (scenario == u"retired_version") {
        QCOMPARE(call(u"salesforce-sandbox"_s, "GET", sfCount).status, 410);
        const Response versions = send("GET", u"/salesforce/services/data/"_s);
        QCOMPARE(versions.status, 200);
        QVERIFY(!versions.body.contains("\"62.0\""));
        QVERIFY(versions.body.contains("\"63.0\""));
        const Response shop = call(u"shopify-sandbox"_s, "GET", shopCount);
        QCOMPARE(shop.status, 200);
        QVERIFY(shop.header("X-Shopify-API-Version") != "2025-01");
        QCOMPARE(call(u"mailchimp-sandbox"_s, "GET", mcList).status, 410);
    } else if (scenario == u"rate_limited") {
        Response r = call(u"shopify-sandbox"_s, "GET", shopCount);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("2.0"));
        QVERIFY(r.at(u"/errors"_s).toString().startsWith(u"Exceeded 2 calls per second"));
        r = call(u"shopify-sandbox"_s, "GET", shopCount);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Shopify-Shop-Api-Call-Limit"), QByteArray("39/40"));
        r = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.at(u"/errorType"_s).toString(), u"RATE_LIMIT"_s);
        r = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-HubSpot-RateLimit-Remaining").toInt() < 190 / 5);
        r = call(u"salesforce-sandbox"_s, "GET", sfCount);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.at(u"/0/errorCode"_s).toString(), u"REQUEST_LIMIT_EXCEEDED"_s);
        QCOMPARE(r.header("Sforce-Limit-Info"), QByteArray("api-usage=100000/100000"));
    } else if (scenario == u"volume_spike") {
        const double before = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}").at(u"/total"_s).toDouble();
        m_now = m_now.addSecs(60);
        const double after = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}").at(u"/total"_s).toDouble();
        QVERIFY(after / before > 1.35 && after / before < 1.45);
    } else if (scenario == u"value_drift") {
        // The counts stay as in healthy (only a value check sees it); the newest members have no first name.
        const qint64 source = hubspotSubscribed();
        const qint64 dest = call(u"mailchimp-sandbox"_s, "GET", mcList).at(u"/stats/member_count"_s).toInteger();
        QVERIFY2(source - dest >= 0 && source - dest <= 3, qPrintable(u"%1 vs %2"_s.arg(source).arg(dest)));
        const Response tail = call(u"mailchimp-sandbox"_s, "GET",
            mcList + u"/members?count=1000&offset=2000&fields=members.merge_fields.FNAME"_s);
        QCOMPARE(tail.status, 200);
        const QJsonArray members = tail.at(u"/members"_s).toArray();
        QVERIFY(!members.isEmpty());
        QCOMPARE(members.last().toObject().value(u"merge_fields"_s).toObject().value(u"FNAME"_s).toString(), QString());
    } else if (scenario == u"server_errors") {
        QCOMPARE(call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s).status, 503);
        QCOMPARE(call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s).status, 500);
        QCOMPARE(
            call(u"salesforce-sandbox"_s, "GET", sfCount).at(u"/0/errorCode"_s).toString(), u"SERVER_UNAVAILABLE"_s);
    } else if (scenario == u"malformed") {
        const Response first = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}");
        QCOMPARE(first.status, 200);
        QVERIFY(!first.parses());
        const Response second = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}");
        QCOMPARE(second.status, 200);
        QCOMPARE(second.at(u"/total"_s).toString(), u"many"_s);
    } else if (scenario == u"object_deleted") {
        // Destinations: each vendor's own "it does not exist"; the account itself still answers.
        Response r = call(u"mailchimp-sandbox"_s, "GET", mcList);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.at(u"/title"_s).toString(), u"Resource Not Found"_s);
        QCOMPARE(call(u"mailchimp-sandbox"_s, "GET", u"/mailchimp/3.0/ping"_s).status, 200);
        r = call(u"salesforce-sandbox"_s, "GET", sfCount);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.at(u"/0/errorCode"_s).toString(), u"INVALID_TYPE"_s);
        QVERIFY(r.at(u"/0/message"_s).toString().contains(u"'Contact'"_s));
        QCOMPARE(call(u"salesforce-sandbox"_s, "GET", u"/salesforce/services/data/v62.0/limits"_s).status, 200);
        // Sources are untouched sandbox-wide; per connection, HubSpot's 400 for an unknown object type.
        QCOMPARE(call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}").status, 200);
        setScenario(scenario, u"hubspot-sandbox"_s);
        r = call(u"hubspot-sandbox"_s, "POST", hsSearch, "{}");
        QCOMPARE(r.status, 400);
        QVERIFY(r.at(u"/message"_s).toString().startsWith(u"Unable to infer object type from: contacts"_s));
        setScenario(scenario, u"make-sandbox"_s);
        QCOMPARE(call(u"make-sandbox"_s, "GET", u"/make/api/v2/scenarios/4711"_s).status, 404);
        setScenario(scenario, u"zapier-sandbox"_s);
        r = call(u"zapier-sandbox"_s, "GET", u"/zapier/v2/zaps"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.at(u"/data"_s).toArray().size(), 0);
    } else if (scenario == u"token_expired") {
        // Issued tokens die half a minute after their issue, whatever their lifetime; static secrets are unaffected.
        const QByteArray token = "Bearer " + m_server->issueAccessToken(u"hubspot-sandbox"_s).toUtf8();
        const QString properties = u"/hubspot/crm/v3/properties/contacts"_s;
        QCOMPARE(send("GET", properties, { { "Authorization", token } }).status, 200);
        QCOMPARE(send("GET", properties, { { "Authorization", token } }).status, 200);
        m_now = m_now.addSecs(31);
        const Response r = send("GET", properties, { { "Authorization", token } });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.at(u"/category"_s).toString(), u"EXPIRED_AUTHENTICATION"_s);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(call(u"hubspot-sandbox"_s, "GET", properties).status, 200);
    } else if (scenario == u"refresh_revoked") {
        // Every grant is refused; the static secret is no grant.
        const QString form = u"grant_type=refresh_token&refresh_token=%1&client_id=%2&client_secret=%3"_s.arg(
            m_server->issueRefreshToken(u"hubspot-sandbox"_s), SandboxWorkspace::kHubSpotClientId,
            QString::fromLatin1(QUrl::toPercentEncoding(m_server->secrets().value(u"hubspot-sandbox"_s))));
        const Response r = send("POST", u"/hubspot/oauth/2026-03/token"_s, {}, form.toUtf8());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.at(u"/status"_s).toString(), u"BAD_REFRESH_TOKEN"_s);
        QCOMPARE(call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s).status, 200);
    } else {
        QFAIL("scenario without a wire assertion");
    }
}

void TestSandbox::perConnectionIsolation()
{
    setScenario(u"auth_revoked"_s, u"salesforce-sandbox"_s);
    QCOMPARE(call(u"salesforce-sandbox"_s, "GET", u"/salesforce/services/data/v62.0/limits"_s).status, 401);
    QCOMPARE(call(u"hubspot-sandbox"_s, "GET", u"/hubspot/crm/v3/properties/contacts"_s).status, 200);
    QCOMPARE(call(u"shopify-sandbox"_s, "GET", u"/shopify/admin/api/2025-01/shop.json"_s).status, 200);
    const Response r = send("GET", u"/_sandbox/scenario"_s);
    QCOMPARE(r.at(u"/scenario"_s).toString(), u"healthy"_s);
    QCOMPARE(r.at(u"/connections/salesforce-sandbox"_s).toString(), u"auth_revoked"_s);
    QCOMPARE(r.at(u"/connections/hubspot-sandbox"_s).toString(), u"healthy"_s);

    // A drift scenario set on a source applies there, even though the sandbox-wide one would not.
    setScenario(u"count_drift"_s, u"hubspot-sandbox"_s);
    QCOMPARE(m_server->scenario(u"hubspot-sandbox"_s), u"count_drift"_s);
    QCOMPARE(m_server->scenario(u"mailchimp-sandbox"_s), u"healthy"_s);
    // Setting the whole sandbox again drops the overrides.
    setScenario(u"healthy"_s);
    QCOMPARE(call(u"salesforce-sandbox"_s, "GET", u"/salesforce/services/data/v62.0/limits"_s).status, 200);
}

void TestSandbox::timeoutsHoldAndShutdownPromptly()
{
    setScenario(u"timeouts"_s);
    QNetworkRequest request(QUrl(m_server->baseUrl() + u"/shopify/admin/api/2025-01/customers/count.json"_s));
    for (const auto& h : auth(u"shopify-sandbox"_s))
        request.setRawHeader(h.first, h.second);
    QPointer<QNetworkReply> reply = m_nam->get(request);
    QTest::qWait(2000);
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_server->heldRequests(), 1);
    // The control endpoints keep answering while vendor requests hang.
    QCOMPARE(send("GET", u"/_sandbox/scenario"_s).at(u"/scenario"_s).toString(), u"timeouts"_s);

    QElapsedTimer timer;
    timer.start();
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 2000);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
}

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
