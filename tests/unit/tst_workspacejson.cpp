// Unit tests for the workspace JSON contract (ARCHITECTURE.md, "Contracts"): strict parsing with JSON paths, and
// writing.

#include <WorkspaceJson.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

QString demoPath()
{
    return QStringLiteral(PLUMBLINE_TEST_DATA) + u"/../../resources/demo/workspace.json"_s;
}

QJsonObject validRoot()
{
    const QJsonObject hub { { u"id"_s, u"hubspot-main"_s }, { u"name"_s, u"HubSpot"_s }, { u"vendor"_s, u"hubspot"_s },
        { u"base_url"_s, u"https://api.hubapi.com"_s }, { u"api_version"_s, u"v3"_s }, { u"options"_s, QJsonObject {} },
        { u"owner"_s, u""_s }, { u"notes"_s, u""_s } };
    const QJsonObject mc { { u"id"_s, u"mailchimp-main"_s }, { u"name"_s, u"Mailchimp"_s },
        { u"vendor"_s, u"mailchimp"_s }, { u"options"_s, QJsonObject { { u"audience_id"_s, u"a1"_s } } } };
    const QJsonObject make { { u"id"_s, u"make-eu"_s }, { u"name"_s, u"Make"_s }, { u"vendor"_s, u"make"_s } };
    // Not referenced by any integration: problems with its id cause no follow-on reference problems.
    const QJsonObject zap { { u"id"_s, u"zapier-main"_s }, { u"name"_s, u"Zapier"_s }, { u"vendor"_s, u"zapier"_s } };
    const QJsonObject integ { { u"id"_s, u"crm-to-email"_s }, { u"name"_s, u"HubSpot to Mailchimp"_s },
        { u"source"_s,
            QJsonObject { { u"connection"_s, u"hubspot-main"_s }, { u"object"_s, u"contacts"_s },
                { u"filter"_s, QJsonValue::Null } } },
        { u"destination"_s, QJsonObject { { u"connection"_s, u"mailchimp-main"_s }, { u"object"_s, u"a1"_s } } },
        { u"direction"_s, u"one_way"_s },
        { u"middleware"_s, QJsonObject { { u"connection"_s, u"make-eu"_s }, { u"ref"_s, u"925"_s } } },
        { u"mappings"_s,
            QJsonArray {
                QJsonObject { { u"source"_s, u"email"_s }, { u"destination"_s, u"EMAIL"_s }, { u"key"_s, true } },
                QJsonObject { { u"source"_s, u"firstname"_s }, { u"destination"_s, u"FNAME"_s } } } },
        { u"checks"_s,
            QJsonObject { { u"interval_s"_s, 300 }, { u"tolerance_pct"_s, 2.0 }, { u"tolerance_abs"_s, 10 },
                { u"lag_grace_s"_s, 900 } } },
        { u"owner"_s, u""_s }, { u"purpose"_s, u""_s }, { u"runbook"_s, u""_s } };
    QJsonObject second = integ;
    second.insert(u"id"_s, u"email-to-crm"_s);
    second.insert(u"source"_s, QJsonObject { { u"connection"_s, u"mailchimp-main"_s }, { u"object"_s, u"a1"_s } });
    second.insert(
        u"destination"_s, QJsonObject { { u"connection"_s, u"hubspot-main"_s }, { u"object"_s, u"contacts"_s } });
    second.remove(u"middleware"_s);
    return { { u"format"_s, u"plumbline-workspace"_s }, { u"version"_s, 1 },
        { u"connections"_s, QJsonArray { hub, mc, make, zap } }, { u"integrations"_s, QJsonArray { integ, second } } };
}

// Sets (or, with an undefined value, removes) the value at a slash-separated path like "integrations/0/checks".
QJsonValue setAt(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(index);
        else if (index >= a.size())
            a.append(setAt(QJsonValue(), path, value));
        else
            a.replace(index, setAt(a.at(index), path, value));
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, setAt(o.value(head), path, value));
    return o;
}

QByteArray with(const QString& path, const QJsonValue& value)
{
    const QJsonValue root = setAt(validRoot(), path.split(u'/'), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

// The first connection (HubSpot) switched to `method` with `auth`; `vendor` replaces its vendor when given.
QByteArray withAuth(const QString& method, const QJsonValue& auth, const QString& vendor = {})
{
    QJsonValue root = setAt(validRoot(), { u"connections"_s, u"0"_s, u"auth_method"_s }, method);
    root = setAt(root, { u"connections"_s, u"0"_s, u"auth"_s }, auth);
    if (!vendor.isEmpty())
        root = setAt(root, { u"connections"_s, u"0"_s, u"vendor"_s }, vendor);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray without(const QString& path)
{
    return with(path, QJsonValue(QJsonValue::Undefined));
}

QString dump(const QList<WorkspaceProblem>& problems)
{
    QStringList out;
    for (const WorkspaceProblem& p : problems)
        out << p.toString();
    return out.join(u" | ");
}

Workspace richWorkspace()
{
    Workspace ws;
    Connection hub;
    hub.id = u"hubspot-main"_s;
    hub.name = u"HubSpot — marketing \"hub\" ✓"_s;
    hub.vendor = Vendor::HubSpot;
    hub.baseUrl = u"https://api.hubapi.com"_s;
    hub.apiVersion = u"2026-03"_s;
    hub.authMethod = u"private_app_token"_s;
    hub.options = QJsonObject { { u"portal"_s, 42 },
        { u"nested"_s, QJsonObject { { u"list"_s, QJsonArray { 1, u"a"_s, false } } } } };
    hub.owner = u"Dana"_s;
    hub.notes = u"multi\nline"_s;
    Connection sf;
    sf.id = u"salesforce.prod_1"_s;
    sf.name = u"Salesforce"_s;
    sf.vendor = Vendor::Salesforce;
    sf.baseUrl = u"https://acme.my.salesforce.com"_s;
    sf.apiVersion = u"62.0"_s;
    Connection mk;
    mk.id = u"make-eu"_s;
    mk.name = u"Make"_s;
    mk.vendor = Vendor::Make;
    mk.options = QJsonObject { { u"zone"_s, u"eu1.make.com"_s }, { u"team_id"_s, u"42"_s } };
    ws.connections = { hub, sf, mk };
    for (Vendor v : { Vendor::Mailchimp, Vendor::Shopify, Vendor::Zapier, Vendor::Generic }) {
        Connection c;
        c.id = vendorKey(v) + u"-x"_s;
        c.name = vendorDisplayName(v);
        c.vendor = v;
        ws.connections << c;
    }

    Integration a;
    a.id = u"crm-sync"_s;
    a.name = u"Salesforce ⇄ HubSpot"_s;
    a.source = { u"salesforce.prod_1"_s, u"Contact"_s, QJsonValue(u"Email != null"_s) };
    a.destination = { u"hubspot-main"_s, u"contacts"_s,
        QJsonObject { { u"filterGroups"_s, QJsonArray { QJsonObject { { u"propertyName"_s, u"x"_s } } } } } };
    a.direction = Direction::TwoWay;
    a.middleware = Middleware { u"make-eu"_s, u"925"_s };
    a.mappings = { { u"Email"_s, u"email"_s, true }, { u"FirstName"_s, u"firstname"_s, false },
        { u"Id"_s, u"sf_id"_s, true } };
    a.checks.intervalS = 600;
    a.checks.tolerancePct = 1.25;
    a.checks.toleranceAbs = 1'000'000;
    a.checks.lagGraceS = 0;
    a.checks.extra = QJsonObject { { u"future_rule"_s, QJsonObject { { u"on"_s, true } } },
        { u"weights"_s, QJsonArray { 1, 2.5 } } };
    a.owner = u"Raj"_s;
    a.purpose = u"Keep contacts in step"_s;
    a.runbook = u"1. Look\n2. Fix"_s;
    Integration b;
    b.id = u"plain"_s;
    b.name = u"Defaults only"_s;
    b.source = { u"hubspot-main"_s, u"deals"_s, QJsonValue::Null };
    b.destination = { u"generic-x"_s, u"rows"_s, QJsonValue::Null };
    ws.integrations = { a, b };
    return ws;
}

void compareWorkspaces(const Workspace& actual, const Workspace& expected)
{
    QCOMPARE(actual.connections.size(), expected.connections.size());
    for (qsizetype k = 0; k < expected.connections.size(); ++k)
        QVERIFY2(actual.connections.at(k).sameDefinition(expected.connections.at(k)),
            qPrintable(expected.connections.at(k).id));
    QCOMPARE(actual.integrations.size(), expected.integrations.size());
    for (qsizetype k = 0; k < expected.integrations.size(); ++k)
        QVERIFY2(actual.integrations.at(k).sameDefinition(expected.integrations.at(k)),
            qPrintable(expected.integrations.at(k).id));
}

} // namespace

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validBaseParses();
    void roundTripRich();
    void demoRoundTrip();
    void serializedShape();
    void malformed_data();
    void malformed();
    void severalProblemsAllListed();
    void knownConnectionIds();
    void sizeLimitBoundary();
    void ids_data();
    void ids();
    void secretShapesAreRefused_data();
    void secretShapesAreRefused();
    void ordinaryValuesPass_data();
    void ordinaryValuesPass();
    void duplicateKeysAreRefused_data();
    void duplicateKeysAreRefused();
    void oversizeReportsTheRealSize();
    void controlCharactersAreNotEchoed();
    void oauthSettingsParseAndRoundTrip();
};

void TestWorkspaceJson::validBaseParses()
{
    const WorkspaceParseResult r = WorkspaceJson::parse(QJsonDocument(validRoot()).toJson());
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r.problems)));
    QVERIFY(r.workspace);
    QCOMPARE(r.workspace->connections.size(), 4);
    QCOMPARE(r.workspace->integrations.size(), 2);
    const Integration& i = r.workspace->integrations.first();
    QCOMPARE(i.middleware, (Middleware { u"make-eu"_s, u"925"_s }));
    QCOMPARE(i.mappings.size(), 2);
    QVERIFY(i.mappings.at(0).key);
    QVERIFY(!i.mappings.at(1).key);
    QVERIFY(!r.workspace->integrations.at(1).middleware);
    QCOMPARE(r.workspace->connections.at(1).options.value(u"audience_id").toString(), u"a1"_s);
}

void TestWorkspaceJson::roundTripRich()
{
    const Workspace ws = richWorkspace();
    const QByteArray bytes = WorkspaceJson::serialize(ws);
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes);
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r.problems)));
    QVERIFY(r.workspace);
    compareWorkspaces(*r.workspace, ws);
    QCOMPARE(r.workspace->integrations.first().checks.extra, ws.integrations.first().checks.extra);
    // Writing is stable.
    QCOMPARE(WorkspaceJson::serialize(*r.workspace), bytes);
}

void TestWorkspaceJson::demoRoundTrip()
{
    QFile f(demoPath());
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(demoPath()));
    const WorkspaceParseResult demo = WorkspaceJson::parse(f.readAll());
    QVERIFY2(demo.problems.isEmpty(), qPrintable(dump(demo.problems)));
    QVERIFY(demo.workspace);
    QVERIFY(demo.workspace->connections.size() >= 5);
    QVERIFY(demo.workspace->integrations.size() >= 3);

    const QByteArray written = WorkspaceJson::serialize(*demo.workspace);
    const WorkspaceParseResult again = WorkspaceJson::parse(written);
    QVERIFY2(again.problems.isEmpty(), qPrintable(dump(again.problems)));
    QVERIFY(again.workspace);
    compareWorkspaces(*again.workspace, *demo.workspace);
    QCOMPARE(WorkspaceJson::serialize(*again.workspace), written);
}

void TestWorkspaceJson::serializedShape()
{
    const QJsonObject root = QJsonDocument::fromJson(WorkspaceJson::serialize(richWorkspace())).object();
    QCOMPARE(root.value(u"format").toString(), u"plumbline-workspace"_s);
    QCOMPARE(root.value(u"version").toInt(), 1);
    const QJsonObject c = root.value(u"connections").toArray().first().toObject();
    for (const QString& key :
        { u"id"_s, u"name"_s, u"vendor"_s, u"base_url"_s, u"api_version"_s, u"options"_s, u"owner"_s, u"notes"_s })
        QVERIFY2(c.contains(key), qPrintable(key));
    QCOMPARE(c.value(u"vendor").toString(), u"hubspot"_s);
    const QJsonObject i = root.value(u"integrations").toArray().first().toObject();
    QCOMPARE(i.value(u"direction").toString(), u"two_way"_s);
    QCOMPARE(i.value(u"source").toObject().value(u"connection").toString(), u"salesforce.prod_1"_s);
    QCOMPARE(i.value(u"checks").toObject().value(u"interval_s").toInt(), 600);
    QCOMPARE(i.value(u"mappings").toArray().first().toObject().value(u"key").toBool(), true);
    // Integrations without middleware do not carry the key (it is optional).
    QVERIFY(!root.value(u"integrations").toArray().at(1).toObject().contains(u"middleware"));
    QVERIFY(
        root.value(u"integrations").toArray().at(1).toObject().value(u"source").toObject().value(u"filter").isNull());
}

void TestWorkspaceJson::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("sizeLimit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const qint64 big = WorkspaceJson::kDefaultSizeLimit;

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << big << u"$"_s << u"not valid JSON"_s;
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe{}") << big << u"$"_s << u"the file is not UTF-8 text"_s;
    QTest::newRow("over size limit") << with(u"format"_s, u"plumbline-workspace"_s) << qint64(64) << u"$"_s
                                     << u"over the limit of 64 bytes for a workspace file"_s;
    QTest::newRow("empty file") << QByteArray() << big << u"$"_s << u"not valid JSON"_s;
    QTest::newRow("top level array") << QByteArray("[]") << big << u"$"_s
                                     << u"expected a JSON object at the top level"_s;
    QTest::newRow("top level string") << QByteArray("\"x\"") << big << u"$"_s << u"not valid JSON"_s;
    QTest::newRow("missing format") << without(u"format"_s) << big << u"$.format"_s
                                    << u"required key \"format\" is missing; expected \"plumbline-workspace\""_s;
    QTest::newRow("wrong format") << with(u"format"_s, u"zapier-export"_s) << big << u"$.format"_s
                                  << u"unknown format; expected \"plumbline-workspace\""_s;
    QTest::newRow("format not a string") << with(u"format"_s, 1) << big << u"$.format"_s << u"unknown format"_s;
    QTest::newRow("missing version") << without(u"version"_s) << big << u"$.version"_s
                                     << u"required key \"version\" is missing"_s;
    QTest::newRow("version 2") << with(u"version"_s, 2) << big << u"$.version"_s
                               << u"version 2 is not supported; this Plumbline reads version 1"_s;
    QTest::newRow("version as string") << with(u"version"_s, u"1"_s) << big << u"$.version"_s
                                       << u"expected a number, found string"_s;
    QTest::newRow("missing connections") << without(u"connections"_s) << big << u"$.connections"_s
                                         << u"required key \"connections\" is missing"_s;
    QTest::newRow("connections not an array")
        << with(u"connections"_s, QJsonObject {}) << big << u"$.connections"_s << u"expected an array, found object"_s;
    QTest::newRow("integrations not an array")
        << with(u"integrations"_s, u"none"_s) << big << u"$.integrations"_s << u"expected an array, found string"_s;
    QTest::newRow("missing integrations")
        << without(u"integrations"_s) << big << u"$.integrations"_s << u"required key \"integrations\" is missing"_s;
    QTest::newRow("connection not an object")
        << with(u"connections/3"_s, 7) << big << u"$.connections[3]"_s << u"expected an object, found number"_s;
    QTest::newRow("connection missing id")
        << without(u"connections/3/id"_s) << big << u"$.connections[3].id"_s << u"required key \"id\" is missing"_s;
    QTest::newRow("empty id") << with(u"connections/3/id"_s, u""_s) << big << u"$.connections[3].id"_s
                              << u"must not be empty"_s;
    QTest::newRow("invalid id characters")
        << with(u"connections/3/id"_s, u"hub spot/1"_s) << big << u"$.connections[3].id"_s
        << u"\"hub spot/1\" is not a valid id: use 1 to 64 letters, digits"_s;
    QTest::newRow("id too long") << with(u"connections/3/id"_s, QString(65, u'a')) << big << u"$.connections[3].id"_s
                                 << u"is not a valid id"_s;
    QTest::newRow("id starting with a dash")
        << with(u"connections/3/id"_s, u"-make"_s) << big << u"$.connections[3].id"_s << u"is not a valid id"_s;
    QTest::newRow("id with trailing newline")
        << with(u"connections/3/id"_s, u"zapier-main\n"_s) << big << u"$.connections[3].id"_s << u"is not a valid id"_s;
    QTest::newRow("duplicate connection id")
        << with(u"connections/4"_s, validRoot().value(u"connections").toArray().first()) << big
        << u"$.connections[4].id"_s << u"duplicate connection id \"hubspot-main\""_s;
    QTest::newRow("unknown vendor") << with(u"connections/0/vendor"_s, u"pipedrive"_s) << big
                                    << u"$.connections[0].vendor"_s
                                    << u"unknown vendor \"pipedrive\"; expected one of: hubspot, salesforce, "
                                       "mailchimp, shopify, make, zapier, generic"_s;
    QTest::newRow("vendor in capitals") << with(u"connections/0/vendor"_s, u"HubSpot"_s) << big
                                        << u"$.connections[0].vendor"_s << u"unknown vendor \"HubSpot\""_s;
    QTest::newRow("missing vendor") << without(u"connections/0/vendor"_s) << big << u"$.connections[0].vendor"_s
                                    << u"required key \"vendor\" is missing"_s;
    QTest::newRow("name wrong type") << with(u"connections/0/name"_s, 42) << big << u"$.connections[0].name"_s
                                     << u"expected a string, found number"_s;
    QTest::newRow("name blank") << with(u"connections/0/name"_s, u"   "_s) << big << u"$.connections[0].name"_s
                                << u"must not be empty"_s;
    QTest::newRow("notes wrong type") << with(u"connections/0/notes"_s, QJsonArray {}) << big
                                      << u"$.connections[0].notes"_s << u"expected a string, found array"_s;
    QTest::newRow("base_url not a URL")
        << with(u"connections/0/base_url"_s, u"api.hubapi.com"_s) << big << u"$.connections[0].base_url"_s
        << u"\"api.hubapi.com\" cannot be used: not a full address starting with https://"_s;
    QTest::newRow("base_url ftp") << with(u"connections/0/base_url"_s, u"ftp://files.example.com"_s) << big
                                  << u"$.connections[0].base_url"_s << u"not a full address starting with https://"_s;
    QTest::newRow("base_url plain http to a remote host")
        << with(u"connections/0/base_url"_s, u"http://api.hubapi.com"_s) << big << u"$.connections[0].base_url"_s
        << u"plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer"_s;
    QTest::newRow("base_url plain http to a LAN address")
        << with(u"connections/0/base_url"_s, u"http://192.168.1.20:8080/api"_s) << big << u"$.connections[0].base_url"_s
        << u"use https://192.168.1.20 instead"_s;
    QTest::newRow("base_url plain http to a look-alike of localhost")
        << with(u"connections/0/base_url"_s, u"http://127.0.0.1.evil.example"_s) << big
        << u"$.connections[0].base_url"_s << u"allows it only to this computer"_s;
    QTest::newRow("options not an object") << with(u"connections/0/options"_s, QJsonArray { 1 }) << big
                                           << u"$.connections[0].options"_s << u"expected an object, found array"_s;
    QTest::newRow("options with api_key")
        << with(u"connections/1/options/api_key"_s, u"0123-us6"_s) << big << u"$.connections[1].options.api_key"_s
        << u"looks like a credential; secrets never go in a workspace file — "
           "store it with \"plumbline secret set mailchimp-main\" instead"_s;
    QTest::newRow("options with accessToken")
        << with(u"connections/0/options/accessToken"_s, u"x"_s) << big << u"$.connections[0].options.accessToken"_s
        << u"looks like a credential"_s;
    QTest::newRow("options with Password") << with(u"connections/0/options/Password"_s, u"x"_s) << big
                                           << u"$.connections[0].options.Password"_s << u"looks like a credential"_s;
    QTest::newRow("integration not an object") << with(u"integrations/1"_s, QJsonArray {}) << big
                                               << u"$.integrations[1]"_s << u"expected an object, found array"_s;
    QTest::newRow("dangling source connection")
        << with(u"integrations/0/source/connection"_s, u"nope"_s) << big << u"$.integrations[0].source.connection"_s
        << u"refers to connection \"nope\", which is not defined"_s;
    QTest::newRow("dangling destination connection")
        << with(u"integrations/1/destination/connection"_s, u"ghost"_s) << big
        << u"$.integrations[1].destination.connection"_s << u"refers to connection \"ghost\", which is not defined"_s;
    QTest::newRow("dangling middleware connection")
        << with(u"integrations/0/middleware/connection"_s, u"zap"_s) << big
        << u"$.integrations[0].middleware.connection"_s << u"refers to connection \"zap\", which is not defined"_s;
    QTest::newRow("duplicate integration id")
        << with(u"integrations/1/id"_s, u"crm-to-email"_s) << big << u"$.integrations[1].id"_s
        << u"duplicate integration id \"crm-to-email\""_s;
    QTest::newRow("missing destination") << without(u"integrations/0/destination"_s) << big
                                         << u"$.integrations[0].destination"_s
                                         << u"required key \"destination\" is missing"_s;
    QTest::newRow("source not an object") << with(u"integrations/0/source"_s, u"hubspot-main"_s) << big
                                          << u"$.integrations[0].source"_s << u"expected an object, found string"_s;
    QTest::newRow("source missing object")
        << without(u"integrations/0/source/object"_s) << big << u"$.integrations[0].source.object"_s
        << u"required key \"object\" is missing"_s;
    QTest::newRow("filter a number") << with(u"integrations/0/source/filter"_s, 3) << big
                                     << u"$.integrations[0].source.filter"_s
                                     << u"expected null, a string or an object, found number"_s;
    QTest::newRow("filter a boolean") << with(u"integrations/0/destination/filter"_s, true) << big
                                      << u"$.integrations[0].destination.filter"_s
                                      << u"expected null, a string or an object, found boolean"_s;
    QTest::newRow("mappings not an array") << with(u"integrations/0/mappings"_s, QJsonObject {}) << big
                                           << u"$.integrations[0].mappings"_s << u"expected an array, found object"_s;
    QTest::newRow("mapping not an object")
        << with(u"integrations/0/mappings/1"_s, u"a->b"_s) << big << u"$.integrations[0].mappings[1]"_s
        << u"expected an object, found string"_s;
    QTest::newRow("mapping missing source")
        << without(u"integrations/0/mappings/1/source"_s) << big << u"$.integrations[0].mappings[1].source"_s
        << u"required key \"source\" is missing"_s;
    QTest::newRow("mapping empty destination")
        << with(u"integrations/0/mappings/0/destination"_s, u""_s) << big
        << u"$.integrations[0].mappings[0].destination"_s << u"must not be empty"_s;
    QTest::newRow("key not a boolean") << with(u"integrations/0/mappings/0/key"_s, u"yes"_s) << big
                                       << u"$.integrations[0].mappings[0].key"_s
                                       << u"expected true or false, found string"_s;
    QTest::newRow("key as number") << with(u"integrations/0/mappings/0/key"_s, 1) << big
                                   << u"$.integrations[0].mappings[0].key"_s
                                   << u"expected true or false, found number"_s;
    QTest::newRow("checks not an object") << with(u"integrations/0/checks"_s, 300) << big
                                          << u"$.integrations[0].checks"_s << u"expected an object, found number"_s;
    QTest::newRow("interval_s negative") << with(u"integrations/0/checks/interval_s"_s, -5) << big
                                         << u"$.integrations[0].checks.interval_s"_s
                                         << u"must be between 10 and 604800"_s;
    QTest::newRow("interval_s too small")
        << with(u"integrations/0/checks/interval_s"_s, 9) << big << u"$.integrations[0].checks.interval_s"_s
        << u"must be between 10 and 604800"_s;
    QTest::newRow("interval_s fractional")
        << with(u"integrations/0/checks/interval_s"_s, 30.5) << big << u"$.integrations[0].checks.interval_s"_s
        << u"expected a whole number, found number"_s;
    QTest::newRow("interval_s string") << with(u"integrations/0/checks/interval_s"_s, u"300"_s) << big
                                       << u"$.integrations[0].checks.interval_s"_s
                                       << u"expected a whole number, found string"_s;
    QTest::newRow("tolerance_pct over 100")
        << with(u"integrations/0/checks/tolerance_pct"_s, 100.5) << big << u"$.integrations[0].checks.tolerance_pct"_s
        << u"must be between 0 and 100"_s;
    QTest::newRow("tolerance_pct negative")
        << with(u"integrations/0/checks/tolerance_pct"_s, -1) << big << u"$.integrations[0].checks.tolerance_pct"_s
        << u"must be between 0 and 100"_s;
    QTest::newRow("tolerance_pct string")
        << with(u"integrations/0/checks/tolerance_pct"_s, u"2%"_s) << big << u"$.integrations[0].checks.tolerance_pct"_s
        << u"expected a number, found string"_s;
    QTest::newRow("tolerance_abs negative")
        << with(u"integrations/0/checks/tolerance_abs"_s, -1) << big << u"$.integrations[0].checks.tolerance_abs"_s
        << u"must be between 0 and 1000000000000"_s;
    QTest::newRow("lag_grace_s null") << with(u"integrations/0/checks/lag_grace_s"_s, QJsonValue::Null) << big
                                      << u"$.integrations[0].checks.lag_grace_s"_s
                                      << u"expected a whole number, found null"_s;
    QTest::newRow("direction unknown") << with(u"integrations/0/direction"_s, u"sideways"_s) << big
                                       << u"$.integrations[0].direction"_s
                                       << u"unknown direction \"sideways\"; expected one_way or two_way"_s;
    QTest::newRow("direction wrong type") << with(u"integrations/0/direction"_s, 2) << big
                                          << u"$.integrations[0].direction"_s << u"expected a string, found number"_s;
    QTest::newRow("middleware wrong type")
        << with(u"integrations/0/middleware"_s, u"make-eu"_s) << big << u"$.integrations[0].middleware"_s
        << u"expected an object or null, found string"_s;
    QTest::newRow("middleware missing ref")
        << without(u"integrations/0/middleware/ref"_s) << big << u"$.integrations[0].middleware.ref"_s
        << u"required key \"ref\" is missing"_s;
    // OAuth settings (ARCHITECTURE.md §11).
    const QJsonObject code { { u"client_id"_s, u"hub-client"_s }, { u"scope"_s, u"crm.objects.contacts.read"_s } };
    QTest::newRow("auth not an object") << withAuth(u"oauth_authorization_code"_s, u"x"_s) << big
                                        << u"$.connections[0].auth"_s << u"expected an object, found string"_s;
    QTest::newRow("auth without client_id") << withAuth(u"oauth_authorization_code"_s, QJsonObject {}) << big
                                            << u"$.connections[0].auth.client_id"_s << u"required for"_s;
    QTest::newRow("token_url over http to another host")
        << withAuth(u"oauth_authorization_code"_s,
               QJsonObject { { u"client_id"_s, u"c"_s }, { u"token_url"_s, u"http://auth.example.com/token"_s } })
        << big << u"$.connections[0].auth.token_url"_s << u"plain http://"_s;
    QTest::newRow("token_url not an address")
        << withAuth(u"oauth_authorization_code"_s, QJsonObject { { u"client_id"_s, u"c"_s }, { u"token_url"_s, 5 } })
        << big << u"$.connections[0].auth.token_url"_s << u"expected an address"_s;
    QTest::newRow("redirect_port too low") << withAuth(
        u"oauth_authorization_code"_s, QJsonObject { { u"client_id"_s, u"c"_s }, { u"redirect_port"_s, 80 } })
                                           << big << u"$.connections[0].auth.redirect_port"_s << u"1024 to 65535"_s;
    QTest::newRow("redirect_port a string") << withAuth(
        u"oauth_authorization_code"_s, QJsonObject { { u"client_id"_s, u"c"_s }, { u"redirect_port"_s, u"53682"_s } })
                                            << big << u"$.connections[0].auth.redirect_port"_s << u"1024 to 65535"_s;
    QTest::newRow("scope a number") << withAuth(
        u"oauth_authorization_code"_s, QJsonObject { { u"client_id"_s, u"c"_s }, { u"scope"_s, 3 } })
                                    << big << u"$.connections[0].auth.scope"_s << u"space-separated"_s;
    QTest::newRow("client_secret in the file")
        << withAuth(u"oauth_authorization_code"_s,
               QJsonObject { { u"client_id"_s, u"c"_s }, { u"client_secret"_s, u"s3cr3t-value"_s } })
        << big << u"$.connections[0].auth.client_secret"_s << u"looks like a credential"_s;
    QTest::newRow("refresh_token in the file") << withAuth(
        u"oauth_authorization_code"_s, QJsonObject { { u"client_id"_s, u"c"_s }, { u"refresh_token"_s, u"r-1"_s } })
                                               << big << u"$.connections[0].auth.refresh_token"_s
                                               << u"looks like a credential"_s;
    QTest::newRow("mailchimp has no oauth") << withAuth(u"oauth_client_credentials"_s, code, u"mailchimp"_s) << big
                                            << u"$.connections[0].auth_method"_s << u"cannot use"_s;
    QTest::newRow("hubspot has no client credentials")
        << withAuth(u"oauth_client_credentials"_s, code) << big << u"$.connections[0].auth_method"_s << u"cannot use"_s;
    QTest::newRow("unknown oauth method") << withAuth(u"oauth_device_code"_s, code) << big
                                          << u"$.connections[0].auth_method"_s << u"unknown sign-in method"_s;
    QTest::newRow("generic without token_url") << withAuth(u"oauth_client_credentials"_s, code, u"generic"_s) << big
                                               << u"$.connections[0].auth.token_url"_s << u"required"_s;
    QTest::newRow("purpose wrong type") << with(u"integrations/1/purpose"_s, QJsonObject {}) << big
                                        << u"$.integrations[1].purpose"_s << u"expected a string, found object"_s;
}

void TestWorkspaceJson::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, sizeLimit);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes, {}, sizeLimit);
    QVERIFY2(!r.workspace, "a file with a problem must not give a workspace");
    QVERIFY(!r.problems.isEmpty());
    const auto hit = std::find_if(r.problems.begin(), r.problems.end(),
        [&](const WorkspaceProblem& p) { return p.path == path && p.message.contains(message); });
    QVERIFY2(
        hit != r.problems.end(), qPrintable(u"expected %1: …%2… ; got: %3"_s.arg(path, message, dump(r.problems))));
    // One defect, one problem: no follow-on noise. (Without a usable connections list, every reference of the
    // integrations is reported as well.)
    const QByteArray tag(QTest::currentDataTag());
    if (tag != "missing connections" && tag != "connections not an array")
        QVERIFY2(r.problems.size() == 1, qPrintable(dump(r.problems)));
    QCOMPARE(hit->toString(), path + u": "_s + hit->message);
}

void TestWorkspaceJson::severalProblemsAllListed()
{
    QJsonValue root = validRoot();
    root = setAt(root, { u"connections"_s, u"0"_s, u"vendor"_s }, u"pipedrive"_s);
    root = setAt(root, { u"connections"_s, u"1"_s, u"base_url"_s }, u"nope"_s);
    root = setAt(root, { u"connections"_s, u"2"_s, u"options"_s }, QJsonObject { { u"api_token"_s, u"x"_s } });
    root = setAt(root, { u"integrations"_s, u"0"_s, u"direction"_s }, u"up"_s);
    root = setAt(root, { u"integrations"_s, u"0"_s, u"checks"_s, u"tolerance_pct"_s }, 101);
    root = setAt(root, { u"integrations"_s, u"1"_s, u"mappings"_s, u"0"_s, u"key"_s }, u"true"_s);
    const WorkspaceParseResult r = WorkspaceJson::parse(QJsonDocument(root.toObject()).toJson());
    QVERIFY(!r.workspace);
    QStringList paths;
    for (const WorkspaceProblem& p : r.problems)
        paths << p.path;
    QVERIFY2(r.problems.size() >= 3, qPrintable(dump(r.problems)));
    const QStringList expected { u"$.connections[0].vendor"_s, u"$.connections[1].base_url"_s,
        u"$.connections[2].options.api_token"_s, u"$.integrations[0].direction"_s,
        u"$.integrations[0].checks.tolerance_pct"_s, u"$.integrations[1].mappings[0].key"_s };
    for (const QString& p : expected)
        QVERIFY2(paths.contains(p), qPrintable(p + u" missing from: "_s + dump(r.problems)));
    QCOMPARE(r.problems.size(), expected.size());
}

void TestWorkspaceJson::knownConnectionIds()
{
    // The file has only integrations; they refer to connections already in the store.
    QJsonObject root = validRoot();
    root.insert(u"connections"_s, QJsonArray {});
    const QByteArray bytes = QJsonDocument(root).toJson();

    const WorkspaceParseResult alone = WorkspaceJson::parse(bytes);
    QVERIFY(!alone.workspace);
    QVERIFY2(alone.problems.size() == 5, qPrintable(dump(alone.problems))); // 3 in the first, 2 in the second

    const QSet<QString> known { u"hubspot-main"_s, u"mailchimp-main"_s, u"make-eu"_s };
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes, known);
    QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r.problems)));
    QVERIFY(r.workspace);
    QVERIFY(r.workspace->connections.isEmpty());
    QCOMPARE(r.workspace->integrations.size(), 2);

    // Known ids only help references; they are not a licence for a missing one.
    const WorkspaceParseResult partial = WorkspaceJson::parse(bytes, { u"hubspot-main"_s, u"mailchimp-main"_s });
    QVERIFY(!partial.workspace);
    QCOMPARE(partial.problems.size(), 1);
    QCOMPARE(partial.problems.first().path, u"$.integrations[0].middleware.connection"_s);
}

void TestWorkspaceJson::sizeLimitBoundary()
{
    const QByteArray bytes = QJsonDocument(validRoot()).toJson();
    QVERIFY(WorkspaceJson::parse(bytes, {}, bytes.size()).workspace);
    const WorkspaceParseResult over = WorkspaceJson::parse(bytes, {}, bytes.size() - 1);
    QVERIFY(!over.workspace);
    QCOMPARE(over.problems.size(), 1);
    QCOMPARE(over.problems.first().path, u"$"_s);
    QVERIFY(over.problems.first().message.contains(QString::number(bytes.size())));
}

// Real key formats (shapes from the vendors' documentation; the values are made up), planted where an import would
// otherwise store them. Each must be refused at its JSON path and never appear in the message.
void TestWorkspaceJson::secretShapesAreRefused_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("looksLike");
    const QString pat = u"pat-na1-1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"_s;
    QTest::newRow("HubSpot token under options.note")
        << u"connections/0/options/note"_s << QJsonValue(pat) << u"$.connections[0].options.note"_s
        << u"a HubSpot private app token"_s;
    QTest::newRow("HubSpot EU token in notes")
        << u"connections/0/notes"_s << QJsonValue(u"key: pat-eu1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d (Dana)"_s)
        << u"$.connections[0].notes"_s << u"a HubSpot private app token"_s;
    QTest::newRow("Mailchimp key in owner")
        << u"connections/1/owner"_s << QJsonValue(u"0123456789abcdef0123456789abcdef-us21"_s)
        << u"$.connections[1].owner"_s << u"a Mailchimp API key"_s;
    QTest::newRow("Shopify admin token") << u"connections/0/options/shop_token_value"_s
                                         << QJsonValue(u"shpat_0123456789abcdef0123456789abcdef"_s)
                                         << u"$.connections[0].options.shop_token_value"_s << u"looks like"_s;
    QTest::newRow("Shopify token, harmless key")
        << u"connections/0/options/x"_s << QJsonValue(u"shpat_0123456789abcdef0123456789abcdef"_s)
        << u"$.connections[0].options.x"_s << u"a Shopify access token"_s;
    QTest::newRow("Salesforce session id") << u"connections/0/options/session"_s
                                           << QJsonValue(u"00D5e000000AbCd!AQ0AQH0dMHZfz972Szmpkb58urFRkgeBGsxL_QJWwY"
                                                         u"MfAbUeeG7c1E6LYUfiDUkWe6H34r1AAwOR8B8fLEz6n04NPGRrq0FM"_s)
                                           << u"$.connections[0].options.session"_s << u"a Salesforce session token"_s;
    QTest::newRow("Bearer header value") << u"connections/0/options/header"_s
                                         << QJsonValue(u"Bearer 3f9a8c7d6e5b4a3f2e1d0c9b8a7f6e5d"_s)
                                         << u"$.connections[0].options.header"_s << u"an Authorization header value"_s;
    QTest::newRow("Basic header value") << u"connections/0/options/h"_s
                                        << QJsonValue(u"Basic ZGFuYTpodW50ZXIyLXNlY3JldA=="_s)
                                        << u"$.connections[0].options.h"_s << u"an Authorization header value"_s;
    QTest::newRow("nested secret key") << u"connections/0/options/auth"_s
                                       << QJsonValue(QJsonObject { { u"secret"_s, u"s3cr3t"_s } })
                                       << u"$.connections[0].options.auth.secret"_s << u"looks like a credential"_s;
    QTest::newRow("secret in an array") << u"connections/0/options/list"_s << QJsonValue(QJsonArray { u"ok"_s, pat })
                                        << u"$.connections[0].options.list[1]"_s << u"a HubSpot private app token"_s;
    QTest::newRow("user and password in base_url")
        << u"connections/0/base_url"_s << QJsonValue(u"https://dana:hunter2@api.example.com/v1"_s)
        << u"$.connections[0].base_url"_s << u"a user name or password"_s;
    QTest::newRow("key as URL user name") << u"connections/0/base_url"_s
                                          << QJsonValue(u"https://anystring:0123456789abcdef0123456789abcdef-us6@"
                                                        u"us6.api.mailchimp.com/3.0"_s)
                                          << u"$.connections[0].base_url"_s << u"looks like"_s;
    QTest::newRow("key in the query") << u"connections/0/base_url"_s
                                      << QJsonValue(u"https://api.example.com/v1?api_key=abc123def"_s)
                                      << u"$.connections[0].base_url"_s << u"a credential in its query"_s;
    QTest::newRow("hapikey in a filter") << u"integrations/0/source/filter"_s
                                         << QJsonValue(QJsonObject { { u"hapikey"_s, u"x"_s } })
                                         << u"$.integrations[0].source.filter.hapikey"_s
                                         << u"looks like a credential"_s;
    QTest::newRow("JWT in an integration's runbook")
        << u"integrations/0/runbook"_s
        << QJsonValue(
               u"curl -H 'x: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9P' "_s)
        << u"$.integrations[0].runbook"_s << u"a signed token (JWT)"_s;
    QTest::newRow("long random string") << u"connections/2/options/value"_s
                                        << QJsonValue(u"Xk9vT2mQ7pL4sR8wZ1nB6cF3hJ5dG0aY2eU7iO9t"_s)
                                        << u"$.connections[2].options.value"_s << u"random-looking"_s;
    QTest::newRow("40 hex digits") << u"connections/2/notes"_s
                                   << QJsonValue(u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s)
                                   << u"$.connections[2].notes"_s << u"random-looking"_s;
    QTest::newRow("Slack webhook") << u"connections/3/notes"_s
                                   << QJsonValue(
                                          u"alerts to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX"_s)
                                   << u"$.connections[3].notes"_s << u"a Slack webhook address"_s;
    QTest::newRow("private key") << u"connections/3/options/pem"_s
                                 << QJsonValue(u"-----BEGIN RSA PRIVATE KEY-----\nMIIE..."_s)
                                 << u"$.connections[3].options.pem"_s << u"a private key"_s;
    QTest::newRow("client_secret") << u"connections/0/options/client_secret"_s << QJsonValue(u"abc"_s)
                                   << u"$.connections[0].options.client_secret"_s << u"looks like a credential"_s;
    QTest::newRow("refresh_token") << u"connections/0/options/refresh_token"_s << QJsonValue(u"abc"_s)
                                   << u"$.connections[0].options.refresh_token"_s << u"looks like a credential"_s;
    QTest::newRow("a key name with an odd character")
        << u"connections/0/options/api key"_s << QJsonValue(u"x"_s) << u"$.connections[0].options[\"api key\"]"_s
        << u"looks like a credential"_s;
}

void TestWorkspaceJson::secretShapesAreRefused()
{
    QFETCH(QString, at);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, looksLike);
    const QByteArray bytes = with(at, value);
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes);
    QVERIFY2(!r.workspace, "a credential was accepted");
    bool found = false;
    for (const WorkspaceProblem& p : r.problems) {
        if (p.path == path) {
            found = true;
            QVERIFY2(p.message.contains(looksLike), qPrintable(p.message));
            QVERIFY2(p.message.contains(u"secrets never go in a workspace file"_s), qPrintable(p.message));
        }
    }
    QVERIFY2(found, qPrintable(dump(r.problems)));
    // Never echoed: neither the whole value nor any long piece of it.
    const QString all = dump(r.problems);
    if (value.isString()) {
        const QString text = value.toString();
        for (qsizetype k = 0; k + 12 <= text.size(); k += 6)
            QVERIFY2(!all.contains(text.mid(k, 12)), qPrintable(all));
    }
}

// Ordinary values that look a little like keys and must still import.
void TestWorkspaceJson::ordinaryValuesPass_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("Mailchimp audience id") << u"connections/1/options/audience_id"_s << QJsonValue(u"a1b2c3d4e5"_s);
    QTest::newRow("Salesforce consumer key as client_id")
        << u"connections/0/options/client_id"_s
        << QJsonValue(u"3MVG9A2kN3Bn17hsWsLDatw._IVMEUBoPKv.7ksp0tz.Y5ms3lQgdIqJLVYGbbJPkjs9J5SIsDDYnEHnMnr2l"_s);
    QTest::newRow("Make team id") << u"connections/2/options/team_id"_s << QJsonValue(u"1054340"_s);
    QTest::newRow("Make zone") << u"connections/2/options/zone"_s << QJsonValue(u"eu1.make.com"_s);
    QTest::newRow("token_url") << u"connections/0/options/token_url"_s
                               << QJsonValue(u"https://login.salesforce.com/services/oauth2/token"_s);
    QTest::newRow("auth_header") << u"connections/0/options/auth_header"_s << QJsonValue(u"Authorization"_s);
    QTest::newRow("secret_name") << u"connections/0/options/secret_name"_s << QJsonValue(u"token"_s);
    QTest::newRow("empty api_key placeholder") << u"connections/0/options/api_key"_s << QJsonValue(u""_s);
    QTest::newRow("HubSpot filter JSON")
        << u"integrations/0/source/filter"_s
        << QJsonValue(QJsonObject { { u"filterGroups"_s,
               QJsonArray { QJsonObject { { u"filters"_s,
                   QJsonArray { QJsonObject { { u"propertyName"_s, u"lifecyclestage"_s }, { u"operator"_s, u"EQ"_s },
                       { u"value"_s, u"marketingqualifiedlead"_s } } } } } } } });
    QTest::newRow("SOQL filter") << u"integrations/0/source/filter"_s
                                 << QJsonValue(u"LeadSource = 'Web' AND CreatedDate = LAST_N_DAYS:30"_s);
    QTest::newRow("Salesforce record id") << u"connections/0/options/owner_id"_s << QJsonValue(u"0055e00000ABCdEFGH"_s);
    QTest::newRow("UUID list id") << u"connections/0/options/list"_s
                                  << QJsonValue(u"6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"_s);
    QTest::newRow("long property name") << u"integrations/0/mappings/1/source"_s
                                        << QJsonValue(u"hs_analytics_first_touch_converting_campaign"_s);
    QTest::newRow("CamelCase name") << u"integrations/0/name"_s
                                    << QJsonValue(u"HubSpotContactsToMailchimpAudienceSync2024"_s);
    QTest::newRow("notes about tokens") << u"connections/0/notes"_s
                                        << QJsonValue(u"Rotate the token every 90 days. Basic plan. Bearer: Dana."_s);
    QTest::newRow("loopback http") << u"connections/0/base_url"_s << QJsonValue(u"http://127.0.0.1:18777/hubspot"_s);
    QTest::newRow("localhost http") << u"connections/0/base_url"_s << QJsonValue(u"http://localhost:8080"_s);
    QTest::newRow("IPv6 loopback http") << u"connections/0/base_url"_s << QJsonValue(u"http://[::1]:8080/api"_s);
    QTest::newRow("query without a credential")
        << u"connections/0/base_url"_s << QJsonValue(u"https://api.example.com/v1?region=eu"_s);
    QTest::newRow("Shopify shop") << u"connections/0/options/shop"_s << QJsonValue(u"my-store.myshopify.com"_s);
}

void TestWorkspaceJson::ordinaryValuesPass()
{
    QFETCH(QString, at);
    QFETCH(QJsonValue, value);
    const WorkspaceParseResult r = WorkspaceJson::parse(with(at, value));
    QVERIFY2(r.workspace, qPrintable(dump(r.problems)));
}

void TestWorkspaceJson::duplicateKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    const QByteArray valid = with(u"version"_s, 1);
    QByteArray second = valid;
    second.replace("\"base_url\":\"https://api.hubapi.com\"",
        "\"base_url\":\"https://api.hubapi.com\",\"base_url\":\"https://collector.example\"");
    QTest::newRow("a second base_url") << second << u"$.connections[0].base_url"_s;
    QByteArray escaped = valid;
    escaped.replace("\"base_url\":\"https://api.hubapi.com\"",
        "\"base_url\":\"https://api.hubapi.com\",\"\\u0062ase_url\":\"https://collector.example\"");
    QTest::newRow("the same key spelled with an escape") << escaped << u"$.connections[0].base_url"_s;
    QByteArray top = valid;
    top.replace("\"version\":1", "\"version\":1,\"version\":1");
    QTest::newRow("top level") << top << u"$.version"_s;
    QByteArray deep = valid;
    deep.replace("\"interval_s\":300", "\"interval_s\":300,\"interval_s\":10");
    QTest::newRow("in an integration's checks") << deep << u"$.integrations[0].checks.interval_s"_s;
}

void TestWorkspaceJson::duplicateKeysAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QVERIFY(QJsonDocument::fromJson(bytes).isObject()); // Qt itself takes the last one silently
    const WorkspaceParseResult r = WorkspaceJson::parse(bytes);
    QVERIFY(!r.workspace);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().path, path);
    QVERIFY2(r.problems.first().message.contains(u"appears twice"_s), qPrintable(dump(r.problems)));
    // Equal values in different objects are fine.
    QVERIFY(WorkspaceJson::parse(with(u"version"_s, 1)).workspace);
}

void TestWorkspaceJson::oversizeReportsTheRealSize()
{
    const QByteArray head(1025, ' ');
    const WorkspaceParseResult r = WorkspaceJson::parse(head, {}, 1024, 52'428'800);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().message.contains(u"52428800"_s), qPrintable(r.problems.first().message));
    QVERIFY(!r.problems.first().message.contains(u"1025"_s));
}

void TestWorkspaceJson::controlCharactersAreNotEchoed()
{
    // An escape sequence from a file must not reach a terminal raw (it could rewrite what the user sees).
    const WorkspaceParseResult r
        = WorkspaceJson::parse(with(u"connections/0/vendor"_s, u"hub\u001b[2J\u001b[31mspot\r\nfake: ok"_s));
    QCOMPARE(r.problems.size(), 1);
    const QString m = r.problems.first().message;
    QVERIFY2(!m.contains(QChar(0x1b)) && !m.contains(u'\r') && !m.contains(u'\n'), qPrintable(m));
    QVERIFY2(m.contains(u"hub\\u001b[2J"_s), qPrintable(m));
}

void TestWorkspaceJson::oauthSettingsParseAndRoundTrip()
{
    // A Salesforce consumer key is 85 random-looking characters: public, accepted whatever it looks like.
    const QString consumerKey
        = u"3MVG9rZjd7MXFdLhY0mLr8vB2q3xKp9TcQw7eJ4sNfU1gHaZbVyD6oE5iR2tWcXkL0nMjP8uQsA3dF7gH9jK1lZx"_s;
    const QJsonObject auth { { u"client_id"_s, consumerKey }, { u"scope"_s, u"api refresh_token"_s },
        { u"redirect_port"_s, 53682 }, { u"token_url"_s, u"https://acme.my.salesforce.com/services/oauth2/token"_s } };
    const WorkspaceParseResult r = WorkspaceJson::parse(withAuth(u"oauth_authorization_code"_s, auth, u"salesforce"_s));
    QVERIFY2(r.workspace, qPrintable(dump(r.problems)));
    const Connection& c = r.workspace->connections.first();
    QCOMPARE(c.authMethod, u"oauth_authorization_code"_s);
    QCOMPARE(c.auth, auth);
    const WorkspaceParseResult again = WorkspaceJson::parse(WorkspaceJson::serialize(*r.workspace));
    QVERIFY2(again.workspace, qPrintable(dump(again.problems)));
    QCOMPARE(again.workspace->connections.first().auth, auth);
    QVERIFY(again.workspace->connections.first().sameDefinition(c));
    // A static connection writes no auth object.
    QVERIFY(!WorkspaceJson::serialize(*again.workspace).contains("\"auth\":{}"));
}

void TestWorkspaceJson::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"hubspot-main"_s << true;
    QTest::newRow("dots and underscores") << u"a.b_c-9"_s << true;
    QTest::newRow("one char") << u"a"_s << true;
    QTest::newRow("64 chars") << QString(64, u'x') << true;
    QTest::newRow("65 chars") << QString(65, u'x') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("leading dot") << u".a"_s << false;
    QTest::newRow("non-ascii") << u"café"_s << false;
    QTest::newRow("newline") << u"a\n"_s << false;
}

void TestWorkspaceJson::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(WorkspaceJson::isValidId(id), valid);
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
