// Value checks below the network (ARCHITECTURE.md §12): every field kind's normalisation and each vendor quirk
// table-driven, the Wilson interval against published values, redaction, the comparison's record and field classes,
// the settings' validation, the value store on a real SQLite file (aggregates, examples for 14 days, hashes only), and
// the value_drift rule.

#include <Database.h>
#include <Rules.h>
#include <WorkspaceJson.h>
#include <WorkspaceRepository.h>
#include <store/ValueRepository.h>
#include <values/ValueComparison.h>
#include <values/ValueNormaliser.h>
#include <values/ValueRedaction.h>
#include <values/ValueSettings.h>
#include <values/ValueStatistics.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace plumbline;

Q_DECLARE_METATYPE(plumbline::FieldKind)
Q_DECLARE_METATYPE(plumbline::FieldOutcome)

namespace {

QDateTime t0()
{
    return QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
}

// "s:" a JSON scalar written as text: "null", "true", a number, or a string.
QJsonValue json(const QString& spec)
{
    if (spec == u"<null>")
        return QJsonValue(QJsonValue::Null);
    if (spec == u"<absent>")
        return QJsonValue(QJsonValue::Undefined);
    if (spec.startsWith(u"json:"))
        return QJsonDocument::fromJson((u"[" + spec.mid(5) + u"]").toUtf8()).array().at(0);
    return spec;
}

Integration newsletter()
{
    Integration i;
    i.id = u"crm-to-newsletter"_s;
    i.name = u"HubSpot contacts to Mailchimp"_s;
    i.source = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
    i.destination = { u"mailchimp-main"_s, u"5f1a9c3e2b"_s, QJsonValue::Null };
    i.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false },
        { u"phone"_s, u"PHONE"_s, false }, { u"city"_s, u"ADDRESS.city"_s, false } };
    return i;
}

ValueRecord record(const QString& key, const QJsonObject& fields, const QDateTime& changed = {})
{
    return ValueRecord { key, fields, changed };
}

QString hmacStandIn(const QString& key)
{
    return u"h:"_s + QString::number(qHash(key), 16);
}

} // namespace

class TestValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void phoneIsE164();
    void keysMatchWhateverTheCase();
    void inferKinds_data();
    void inferKinds();
    void wilson_data();
    void wilson();
    void redactionRevealsNobody_data();
    void redactionRevealsNobody();
    void comparisonClassifiesRecords();
    void comparisonCountsDuplicatesAndSkipsUnlooked();
    void comparisonKeepsAtMostThreeExamples();
    void comparisonWithoutExamples();
    void settingsDefaultsAndClamps();
    void settingsProblems_data();
    void settingsProblems();
    void importRefusesBadValueSettings();
    void storeRoundTripAndPrune();
    void storeDropsChecksOfDeletedIntegrations();
    void ruleNamesTheField();
    void ruleQuietWithinTolerance();
    void ruleMissingRecords();
    void ruleNoKeyMapping();
    void rulePartialIsNeverAnAlarmByItself();
};

// ---- normaliser and classifier -------------------------------------------------------------------------------

void TestValues::compare_data()
{
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<FieldOutcome>("expected");
    using K = FieldKind;
    using O = FieldOutcome;
    // Text and null/empty/whitespace
    QTest::newRow("text equal") << K::Text << u"Dana"_s << u"Dana"_s << O::Equal;
    QTest::newRow("text spaces") << K::Text << u"  Dana   Lee "_s << u"Dana Lee"_s << O::Equal;
    QTest::newRow("text nfc") << K::Text << u"Ren\u00e9e"_s << u"Rene\u0301e"_s << O::Equal;
    QTest::newRow("text case only") << K::Text << u"Dana"_s << u"DANA"_s << O::CaseOnly;
    QTest::newRow("text differs") << K::Text << u"Dana"_s << u"Dina"_s << O::Differs;
    QTest::newRow("text truncated") << K::Text << u"Northwind Traders International"_s << u"Northwind Trad"_s
                                    << O::Truncated;
    QTest::newRow("null both") << K::Text << u"<null>"_s << u""_s << O::BothEmpty;
    QTest::newRow("absent vs whitespace") << K::Text << u"<absent>"_s << u"   "_s << O::BothEmpty;
    QTest::newRow("empty at destination") << K::Text << u"Dana"_s << u""_s << O::EmptyOnDestination;
    QTest::newRow("null at destination") << K::Text << u"Dana"_s << u"<null>"_s << O::EmptyOnDestination;
    QTest::newRow("empty at source") << K::Text << u""_s << u"Dana"_s << O::EmptyOnSource;
    // E-mail: trim and case; case-only counted apart
    QTest::newRow("email trim") << K::Email << u" dana@example.com "_s << u"dana@example.com"_s << O::Equal;
    QTest::newRow("email case") << K::Email << u"Dana@Example.com"_s << u"dana@example.com"_s << O::CaseOnly;
    QTest::newRow("email other") << K::Email << u"dana@example.com"_s << u"dana@example.org"_s << O::Differs;
    // Phone: E.164 with the default region (US)
    QTest::newRow("phone formats") << K::Phone << u"+1 555 100 0123"_s << u"(555) 100-0123"_s << O::Equal;
    QTest::newRow("phone dots") << K::Phone << u"555.100.0123"_s << u"+15551000123"_s << O::Equal;
    QTest::newRow("phone other number") << K::Phone << u"+1 555 100 0123"_s << u"+1 555 100 0124"_s << O::Differs;
    QTest::newRow("phone unparseable same") << K::Phone << u"call me"_s << u"call me"_s << O::Equal;
    QTest::newRow("phone unparseable vs number") << K::Phone << u"call me"_s << u"+15551000123"_s << O::Differs;
    QTest::newRow("phone empty dest") << K::Phone << u"+1 555 100 0123"_s << u" "_s << O::EmptyOnDestination;
    // Dates: HubSpot's midnight-UTC milliseconds, ISO, Mailchimp MM/DD/YYYY, birthday MM/DD
    QTest::newRow("date ms vs iso") << K::Date << u"1764633600000"_s << u"2025-12-02"_s << O::Equal;
    QTest::newRow("date mailchimp") << K::Date << u"2025-12-02"_s << u"12/02/2025"_s << O::Equal;
    QTest::newRow("date other day") << K::Date << u"2025-12-02"_s << u"12/03/2025"_s << O::Differs;
    QTest::newRow("birthday month day") << K::Date << u"1990-07-14"_s << u"07/14"_s << O::Equal;
    QTest::newRow("birthday other day") << K::Date << u"1990-07-14"_s << u"07/15"_s << O::Differs;
    QTest::newRow("date bad") << K::Date << u"2025-13-45"_s << u"2025-12-02"_s << O::Differs;
    // Date-times: instants in UTC within a second
    QTest::newRow("datetime offset") << K::DateTime << u"2023-12-11T10:16:20-05:00"_s << u"2023-12-11T15:16:20Z"_s
                                     << O::Equal;
    QTest::newRow("datetime ms") << K::DateTime << u"1702307780000"_s << u"2023-12-11T15:16:20.400Z"_s << O::Equal;
    QTest::newRow("datetime minute off") << K::DateTime << u"2023-12-11T15:16:20Z"_s << u"2023-12-11T15:17:20Z"_s
                                         << O::Differs;
    // Booleans: HubSpot strings, Salesforce JSON booleans, Mailchimp words
    QTest::newRow("bool string json") << K::Boolean << u"true"_s << u"json:true"_s << O::Equal;
    QTest::newRow("bool yes") << K::Boolean << u"Yes"_s << u"checked"_s << O::Equal;
    QTest::newRow("bool differs") << K::Boolean << u"false"_s << u"json:true"_s << O::Differs;
    // Multi-select: ';'-joined sets or arrays
    QTest::newRow("set order") << K::MultiSelect << u"a;b;c"_s << u"c; b ;a"_s << O::Equal;
    QTest::newRow("set array") << K::MultiSelect << u"a;b"_s << u"json:[\"b\",\"a\"]"_s << O::Equal;
    QTest::newRow("set missing item") << K::MultiSelect << u"a;b;c"_s << u"a;b"_s << O::Differs;
    QTest::newRow("set empty items") << K::MultiSelect << u";;"_s << u""_s << O::BothEmpty;
    // Numbers: HubSpot strings against numbers
    QTest::newRow("number string") << K::Number << u"17"_s << u"json:17.0"_s << O::Equal;
    QTest::newRow("number differs") << K::Number << u"17"_s << u"json:18"_s << O::Differs;
    // Mailchimp ADDRESS sub-fields
    QTest::newRow("address object vs line")
        << K::Address << u"1 Main St, Springfield, IL, 62701"_s
        << u"json:{\"addr1\":\"1 Main St\",\"addr2\":\"\",\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62701\"}"_s
        << O::Equal;
    QTest::newRow("address city differs") << K::Address << u"json:{\"addr1\":\"1 Main St\",\"city\":\"Springfield\"}"_s
                                          << u"json:{\"addr1\":\"1 Main St\",\"city\":\"Shelbyville\"}"_s << O::Differs;
    QTest::newRow("address empty object")
        << K::Address << u"1 Main St"_s << u"json:{\"addr1\":\"\",\"city\":\"\"}"_s << O::EmptyOnDestination;
    // Non-UTF-8 bytes arrive as U+FFFD from the JSON parser; huge values compare without trouble
    QTest::newRow("replacement char") << K::Text << u"D\ufffdna"_s << u"Dana"_s << O::Differs;
    QTest::newRow("huge truncated") << K::Text << QString(100000, u'x') << QString(255, u'x') << O::Truncated;
}

void TestValues::compare()
{
    QFETCH(FieldKind, kind);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(FieldOutcome, expected);
    const FieldOutcome got = compareValues(kind, json(source), json(destination));
    QCOMPARE(fieldOutcomeKey(got), fieldOutcomeKey(expected));
}

void TestValues::phoneIsE164()
{
    QCOMPARE(normaliseValue(FieldKind::Phone, u"(555) 100-0123"_s).value, u"+15551000123"_s);
    NormaliseOptions de;
    de.region = u"DE"_s;
    QCOMPARE(normaliseValue(FieldKind::Phone, u"030 1234567"_s, de).value, u"+49301234567"_s);
    QCOMPARE(normaliseValue(FieldKind::Phone, u"+44 20 7946 0958"_s, de).value, u"+442079460958"_s);
    QVERIFY(!normaliseValue(FieldKind::Phone, u"not a phone"_s).parsed);
    QVERIFY(!normaliseValue(FieldKind::Phone, QString(5000, u'9')).parsed); // bounded, no hang
}

void TestValues::keysMatchWhateverTheCase()
{
    QCOMPARE(normaliseKey(u" Dana.Lee@Example.COM "_s), u"dana.lee@example.com"_s);
    QCOMPARE(normaliseKey(u"Ren\u00e9e@x.org"_s), normaliseKey(u"RENE\u0301E@X.ORG"_s));
}

void TestValues::inferKinds_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceType");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("destinationType");
    QTest::addColumn<FieldKind>("kind");
    QTest::newRow("hubspot phone") << u"phone"_s << u"string"_s << u"PHONE"_s << u"phone"_s << FieldKind::Phone;
    QTest::newRow("mobile by name") << u"mobilephone"_s << u""_s << u"MobilePhone"_s << u""_s << FieldKind::Phone;
    QTest::newRow("email") << u"email"_s << u"string"_s << u"Email"_s << u"email"_s << FieldKind::Email;
    QTest::newRow("mailchimp address") << u"address"_s << u"string"_s << u"ADDRESS"_s << u"address"_s
                                       << FieldKind::Address;
    QTest::newRow("datetime") << u"lastmodifieddate"_s << u"datetime"_s << u"LastModifiedDate"_s << u"datetime"_s
                              << FieldKind::DateTime;
    QTest::newRow("birthday") << u"date_of_birth"_s << u"date"_s << u"BIRTHDAY"_s << u"birthday"_s << FieldKind::Date;
    QTest::newRow("bool") << u"hs_email_optout"_s << u"bool"_s << u"HasOptedOutOfEmail"_s << u"boolean"_s
                          << FieldKind::Boolean;
    QTest::newRow("multi") << u"interests"_s << u"enumeration"_s << u"Interests__c"_s << u"multipicklist"_s
                           << FieldKind::MultiSelect;
    QTest::newRow("number") << u"num_employees"_s << u"number"_s << u"NumberOfEmployees"_s << u"int"_s
                            << FieldKind::Number;
    QTest::newRow("text") << u"firstname"_s << u"string"_s << u"FNAME"_s << u"text"_s << FieldKind::Text;
}

void TestValues::inferKinds()
{
    QFETCH(QString, source);
    QFETCH(QString, sourceType);
    QFETCH(QString, destination);
    QFETCH(QString, destinationType);
    QFETCH(FieldKind, kind);
    QCOMPARE(fieldKindKey(inferFieldKind(source, sourceType, destination, destinationType)), fieldKindKey(kind));
}

// ---- statistics ----------------------------------------------------------------------------------------------

void TestValues::wilson_data()
{
    // Published 95 % values (value-reconciliation.md §3, computed with the score formula).
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("0/200") << qint64(0) << qint64(200) << 0.0 << 0.019;
    QTest::newRow("2/200") << qint64(2) << qint64(200) << 0.003 << 0.036;
    QTest::newRow("10/200") << qint64(10) << qint64(200) << 0.027 << 0.090;
    QTest::newRow("100/200") << qint64(100) << qint64(200) << 0.43 << 0.57;
    QTest::newRow("5/100") << qint64(5) << qint64(100) << 0.022 << 0.112;
    QTest::newRow("20/400") << qint64(20) << qint64(400) << 0.033 << 0.076;
    QTest::newRow("182/200 (the contract's example)") << qint64(182) << qint64(200) << 0.86 << 0.94;
    QTest::newRow("200/200") << qint64(200) << qint64(200) << 0.981 << 1.0;
    QTest::newRow("none") << qint64(0) << qint64(0) << 0.0 << 1.0;
}

void TestValues::wilson()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const ProportionInterval i = wilsonInterval(k, n);
    const double precision = low < 0.1 || low > 0.9 ? 0.0015 : 0.006;
    QVERIFY2(std::abs(i.low - low) < precision, qPrintable(u"low %1"_s.arg(i.low)));
    QVERIFY2(std::abs(i.high - high) < precision, qPrintable(u"high %1"_s.arg(i.high)));
    QVERIFY(i.low >= 0 && i.high <= 1 && i.low <= i.high);
}

// ---- redaction -----------------------------------------------------------------------------------------------

void TestValues::redactionRevealsNobody_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name emptied") << u"dana.lee@example.com"_s << u"Dana"_s << u""_s
                                  << u"d***@e***.com: \"D…\" (4) → \"\""_s;
    QTest::newRow("phone") << u"x@y.io"_s << u"+1 555 100 0123"_s << u"(555) 100-01"_s
                           << u"x***@y***.io: \"+• ••• ••• ••23\" → \"(•••) •••-01\""_s;
    QTest::newRow("no at") << u"12345"_s << u"A"_s << u"B"_s << u"1… (5): \"A…\" (1) → \"B…\" (1)"_s;
}

void TestValues::redactionRevealsNobody()
{
    QFETCH(QString, key);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, expected);
    const QString e = ValueRedaction::example(key, source, destination);
    QCOMPARE(e, expected);
    QVERIFY(!e.contains(key));
    if (source.size() > 2)
        QVERIFY(!e.contains(source));
}

// ---- comparison ----------------------------------------------------------------------------------------------

void TestValues::comparisonClassifiesRecords()
{
    ComparisonInput in;
    in.integration = newsletter();
    in.kinds
        = { { u"firstname"_s, FieldKind::Text }, { u"phone"_s, FieldKind::Phone }, { u"city"_s, FieldKind::Text } };
    in.keyHash = hmacStandIn;
    const QDateTime broke = t0().addDays(-1);
    in.sample = {
        record(u"a@x.com"_s,
            { { u"firstname"_s, u"Ada"_s }, { u"phone"_s, u"+1 555 100 0001"_s }, { u"city"_s, u"Oslo"_s } }),
        record(u"B@x.com"_s,
            { { u"firstname"_s, u"Ben"_s }, { u"phone"_s, u"+1 555 100 0002"_s }, { u"city"_s, u"Rome"_s } }, broke),
        record(u"c@x.com"_s, { { u"firstname"_s, u"Chloe"_s } }),
        record(u"d@x.com"_s, { { u"firstname"_s, u"Dev"_s } }),
    };
    const QJsonObject addr { { u"addr1"_s, u"1 Main"_s }, { u"city"_s, u"Oslo"_s } };
    in.matches = {
        { u"a@x.com"_s,
            { record(u"a@x.com"_s,
                { { u"FNAME"_s, u"ada"_s }, { u"PHONE"_s, u"(555) 100-0001"_s }, { u"ADDRESS"_s, addr } }) } },
        { u"b@x.com"_s,
            { record(u"b@x.com"_s,
                { { u"FNAME"_s, u""_s }, { u"PHONE"_s, u"(555) 100-0002"_s },
                    { u"ADDRESS"_s, QJsonObject { { u"city"_s, u"Rome"_s } } } }) } },
        { u"c@x.com"_s, { record(u"c@x.com"_s, { { u"FNAME"_s, u"Chloe"_s } }) } },
    };
    in.looked = { u"a@x.com"_s, u"b@x.com"_s, u"c@x.com"_s, u"d@x.com"_s };
    const ComparisonOutput out = compareSample(in);
    const ValueCheckResult& r = out.result;
    QCOMPARE(r.sampled, 4);
    QCOMPARE(r.found, 3);
    QCOMPARE(r.missingAtDestination, 1);
    QCOMPARE(r.matched, 2); // a (case only counts as equal) and c (both empty elsewhere)
    QCOMPARE(r.matchRate, 0.5);
    QVERIFY(r.matchRateLow > 0.1 && r.matchRateHigh < 0.9);
    QCOMPARE(r.fields.size(), 3);
    const FieldTally& first = r.fields.at(0);
    QCOMPARE(first.destination, u"FNAME"_s);
    QCOMPARE(first.compared, 3);
    QCOMPARE(first.caseOnly, 1);
    QCOMPARE(first.emptyOnDestination, 1);
    QCOMPARE(first.equal, 1);
    QCOMPARE(first.failures(), 1);
    QVERIFY(first.firstFailureChange.has_value());
    QCOMPARE(*first.firstFailureChange, broke);
    QCOMPARE(first.examples, QStringList { u"B***@x***.com: \"B…\" (3) → \"\""_s });
    QCOMPARE(r.fields.at(1).equal, 2); // phones equal after E.164
    QCOMPARE(r.fields.at(1).bothEmpty, 1);
    QCOMPARE(r.fields.at(2).destination, u"ADDRESS.city"_s);
    QCOMPARE(r.fields.at(2).equal, 2);
    // Keys are hashed; outcomes per record
    QCOMPARE(out.keys.size(), 4);
    QCOMPARE(out.keys.at(1).outcome, u"mismatch"_s);
    QCOMPARE(out.keys.at(1).field, u"FNAME"_s);
    QCOMPARE(out.keys.at(3).outcome, u"missing"_s);
    for (const KeyOutcome& k : out.keys)
        QVERIFY(k.keyHash.startsWith(u"h:"_s) && !k.keyHash.contains(u'@'));
}

void TestValues::comparisonCountsDuplicatesAndSkipsUnlooked()
{
    ComparisonInput in;
    in.integration = newsletter();
    in.sample = { record(u"a@x.com"_s, { { u"firstname"_s, u"Ada"_s } }),
        record(u"a@x.com"_s, { { u"firstname"_s, u"Ada"_s } }), // the same key twice: counted once
        record(u"b@x.com"_s, { { u"firstname"_s, u"Ben"_s } }), record(u""_s, {}) };
    in.matches = { { u"a@x.com"_s,
        { record(u"a@x.com"_s, { { u"FNAME"_s, u"Someone"_s } }),
            record(u"A@x.com"_s, { { u"FNAME"_s, u"Ada"_s } }) } } };
    in.looked = { u"a@x.com"_s }; // b was not looked up (a partial lookup): left out, not missing
    const ValueCheckResult r = compareSample(in).result;
    QCOMPARE(r.sampled, 1);
    QCOMPARE(r.found, 1);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.missingAtDestination, 0);
    QCOMPARE(r.fields.at(0).equal, 1); // the duplicate that agrees is compared
}

void TestValues::comparisonKeepsAtMostThreeExamples()
{
    ComparisonInput in;
    in.integration = newsletter();
    for (int i = 0; i < 10; ++i) {
        const QString key = u"p%1@x.com"_s.arg(i);
        in.sample << record(key, { { u"firstname"_s, u"Name%1"_s.arg(i) } });
        in.matches.insert(key, { record(key, { { u"FNAME"_s, u""_s } }) });
        in.looked.insert(key);
    }
    const ValueCheckResult r = compareSample(in).result;
    QCOMPARE(r.fields.at(0).emptyOnDestination, 10);
    QCOMPARE(r.fields.at(0).examples.size(), 3);
    for (const QString& e : r.fields.at(0).examples)
        QVERIFY2(!e.contains(u"Name"_s) && !e.contains(u"@x.com"_s), qPrintable(e));
}

void TestValues::comparisonWithoutExamples()
{
    ComparisonInput in;
    in.integration = newsletter();
    in.examples = false;
    in.sample = { record(u"a@x.com"_s, { { u"firstname"_s, u"Ada"_s } }) };
    in.matches = { { u"a@x.com"_s, { record(u"a@x.com"_s, { { u"FNAME"_s, u"Eve"_s } }) } } };
    in.looked = { u"a@x.com"_s };
    const ValueCheckResult r = compareSample(in).result;
    QCOMPARE(r.fields.at(0).differs, 1);
    QVERIFY(r.fields.at(0).examples.isEmpty());
}

// ---- settings ------------------------------------------------------------------------------------------------

void TestValues::settingsDefaultsAndClamps()
{
    Integration i = newsletter();
    ValueSettings s = ValueSettings::of(i);
    QVERIFY(s.enabled); // a key mapping: on by default
    QCOMPARE(s.sample, 200);
    QCOMPARE(s.everyS, 86400);
    QCOMPARE(s.settleS, 900);
    QCOMPARE(s.maxRequests, 20);
    QVERIFY(s.examples);
    i.mappings.first().key = false;
    QVERIFY(!ValueSettings::of(i).enabled); // no key: off
    QVERIFY(!keyMapping(i));
    i.mappings[1].key = true;
    i.mappings[2].key = true;
    QVERIFY(!keyMapping(i)); // two keys: no single one
    i = newsletter();
    i.checks.extra.insert(u"values"_s,
        QJsonObject { { u"sample"_s, 5 }, { u"max_requests"_s, 100000 }, { u"examples"_s, false },
            { u"phone_region"_s, u"de"_s } });
    s = ValueSettings::of(i);
    QCOMPARE(s.sample, ValueSettings::kMinSample);
    QCOMPARE(s.maxRequests, ValueSettings::kMaxRequests);
    QVERIFY(!s.examples);
    QCOMPARE(s.region, u"DE"_s);
}

void TestValues::settingsProblems_data()
{
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("path");
    QTest::newRow("not an object") << u"[1]"_s << u"c.values"_s;
    QTest::newRow("enabled text") << u"{\"enabled\": \"yes\"}"_s << u"c.values.enabled"_s;
    QTest::newRow("sample zero") << u"{\"sample\": 0}"_s << u"c.values.sample"_s;
    QTest::newRow("sample text") << u"{\"sample\": \"200\"}"_s << u"c.values.sample"_s;
    QTest::newRow("max requests huge") << u"{\"max_requests\": 1e9}"_s << u"c.values.max_requests"_s;
    QTest::newRow("region") << u"{\"phone_region\": \"Germany\"}"_s << u"c.values.phone_region"_s;
    QTest::newRow("field type") << u"{\"field_types\": {\"phone\": \"telephone\"}}"_s
                                << u"c.values.field_types.phone"_s;
}

void TestValues::settingsProblems()
{
    QFETCH(QString, values);
    QFETCH(QString, path);
    const QJsonValue v = QJsonDocument::fromJson((u"[" + values + u"]").toUtf8()).array().at(0);
    const auto problems = ValueSettings::problems(v, u"c.values"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first, path);
    QVERIFY(!problems.first().second.isEmpty());
    QVERIFY(ValueSettings::problems(QJsonObject { { u"sample"_s, 200 }, { u"enabled"_s, true } }, u"c"_s).isEmpty());
}

void TestValues::importRefusesBadValueSettings()
{
    const QByteArray bad = "{\"format\":\"plumbline-workspace\",\"version\":1,\"connections\":[],\"integrations\":["
                           "{\"id\":\"i\",\"name\":\"I\",\"source\":{\"connection\":\"a\",\"object\":\"contacts\"},"
                           "\"destination\":{\"connection\":\"b\",\"object\":\"x\"},"
                           "\"checks\":{\"values\":{\"sample\":-3,\"examples\":\"no\"}}}]}";
    const WorkspaceParseResult parsed = WorkspaceJson::parse(bad);
    QStringList paths;
    for (const WorkspaceProblem& p : parsed.problems)
        paths << p.path;
    QVERIFY2(paths.contains(u"$.integrations[0].checks.values.sample"_s), qPrintable(paths.join(u", "_s)));
    QVERIFY(paths.contains(u"$.integrations[0].checks.values.examples"_s));
}

// ---- store ---------------------------------------------------------------------------------------------------

void TestValues::storeRoundTripAndPrune()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    WorkspaceRepository repo(db, u"tester"_s);
    Workspace w;
    Connection hub;
    hub.id = u"hubspot-main"_s;
    hub.name = u"HubSpot"_s;
    hub.vendor = Vendor::HubSpot;
    Connection mc = hub;
    mc.id = u"mailchimp-main"_s;
    mc.vendor = Vendor::Mailchimp;
    w.connections = { hub, mc };
    w.integrations = { newsletter() };
    QVERIFY(repo.importWorkspace(w, u"test"_s).ok());
    ValueRepository values(db);

    ComparisonInput in;
    in.integration = newsletter();
    in.keyHash = hmacStandIn;
    in.sample = { record(u"secret.person@example.com"_s, { { u"firstname"_s, u"Zebediah"_s } }) };
    in.matches
        = { { u"secret.person@example.com"_s, { record(u"secret.person@example.com"_s, { { u"FNAME"_s, u""_s } }) } } };
    in.looked = { u"secret.person@example.com"_s };
    ComparisonOutput out = compareSample(in);
    out.result.checkedAt = t0();
    out.result.requestsSource = 1;
    out.result.requestsDestination = 2;
    out.result.population = 2400;
    QSignalSpy written(&values, &ValueRepository::checkWritten);
    QVERIFY(values.write(out.result, out.keys).ok());
    QCOMPARE(written.size(), 1);

    const auto latest = values.latest(in.integration.id);
    QVERIFY(latest);
    QCOMPARE(latest->sampled, 1);
    QCOMPARE(latest->requests(), 3);
    QCOMPARE(latest->population, 2400);
    QCOMPARE(latest->fields.at(0).emptyOnDestination, 1);
    QCOMPARE(latest->fields.at(0).examples.size(), 1);
    QCOMPARE(values.history(in.integration.id, {}, {}).size(), 1);
    QVERIFY(values.history(in.integration.id, {}, {}).at(0).fields.at(0).examples.isEmpty()); // no examples there
    QCOMPARE(values.latestOfAll().size(), 1);
    QCOMPARE(values.keyOutcomes(in.integration.id, hmacStandIn(u"secret.person@example.com"_s)),
        QStringList { u"mismatch"_s });

    // Nothing raw in the file: neither the key nor the values.
    db.close();
    for (QDirIterator it(dir.path(), QDir::Files); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("secret.person"), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("Zebediah"), qPrintable(f.fileName()));
    }
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));

    // After 14 days the examples and keys go; the aggregates stay.
    QVERIFY(values.prune(t0().addDays(ValueRepository::kExampleDays + 1)).ok());
    const auto later = values.latest(in.integration.id);
    QVERIFY(later);
    QCOMPARE(later->fields.at(0).emptyOnDestination, 1);
    QVERIFY(later->fields.at(0).examples.isEmpty());
    QVERIFY(values.keyOutcomes(in.integration.id, hmacStandIn(u"secret.person@example.com"_s)).isEmpty());
}

void TestValues::storeDropsChecksOfDeletedIntegrations()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    ValueRepository values(db);
    ValueCheckResult r;
    r.integrationId = u"gone"_s;
    r.checkedAt = t0();
    QVERIFY(values.write(r, {}).ok());
    QVERIFY(!values.latest(u"gone"_s));
}

// ---- value_drift ---------------------------------------------------------------------------------------------

namespace {
IntegrationFacts factsWith(const ValueCheckResult& v)
{
    IntegrationFacts f;
    f.integration = newsletter();
    f.now = t0();
    f.connections.insert(u"hubspot-main"_s, ConnectionLabel { u"HubSpot"_s, nullptr });
    f.connections.insert(u"mailchimp-main"_s, ConnectionLabel { u"Mailchimp"_s, nullptr });
    f.values = v;
    return f;
}

ValueCheckResult check(qint64 sampled, qint64 missing, qint64 fnameEmpty)
{
    ValueCheckResult v;
    v.integrationId = u"crm-to-newsletter"_s;
    v.checkedAt = t0();
    v.sampled = sampled;
    v.found = sampled - missing;
    v.missingAtDestination = missing;
    FieldTally f;
    f.source = u"firstname"_s;
    f.destination = u"FNAME"_s;
    f.compared = v.found;
    f.emptyOnDestination = fnameEmpty;
    f.equal = v.found - fnameEmpty;
    f.firstFailureChange = t0().addDays(-1);
    v.fields = { f };
    v.matched = v.found - fnameEmpty;
    return v;
}
} // namespace

void TestValues::ruleNamesTheField()
{
    const QList<Finding> f = Rules::valueDrift(factsWith(check(200, 0, 30)), {});
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().rule, u"value_drift"_s);
    QCOMPARE(f.first().severity, Severity::Critical); // 15 %: the lower bound (~10.7 %) is above 10 %
    QVERIFY2(f.first().message.contains(u"FNAME is empty in Mailchimp for 30 of 200"_s), qPrintable(f.first().message));
    QVERIFY(f.first().message.contains(u"firstname → FNAME"_s));
    QCOMPARE(f.first().evidence.value(u"field"_s).toString(), u"FNAME"_s);
    QVERIFY(!f.first().hint.isEmpty());
    const QList<Finding> warning = Rules::valueDrift(factsWith(check(200, 0, 14)), {});
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.first().severity, Severity::Warning);
}

void TestValues::ruleQuietWithinTolerance()
{
    // 2 of 200 (1 %; interval 0.3–3.6 %): within a 2 % tolerance at the lower bound — no alarm on noise.
    QVERIFY(Rules::valueDrift(factsWith(check(200, 2, 2)), {}).isEmpty());
    QVERIFY(Rules::valueDrift(factsWith(check(200, 0, 0)), {}).isEmpty());
    // A tolerance of 0 makes the same figures fire.
    ValueCheckResult v = check(200, 0, 4);
    IntegrationFacts f = factsWith(v);
    f.integration.checks.extra.insert(u"values"_s, QJsonObject { { u"tolerance_pct"_s, 0 } });
    QCOMPARE(Rules::valueDrift(f, {}).size(), 1);
}

void TestValues::ruleMissingRecords()
{
    const QList<Finding> f = Rules::valueDrift(factsWith(check(200, 16, 0)), {});
    QCOMPARE(f.size(), 1);
    QVERIFY2(f.first().message.contains(u"16 of 200 sampled records from HubSpot are missing in Mailchimp"_s),
        qPrintable(f.first().message));
    QCOMPARE(f.first().evidence.value(u"missing_at_destination"_s).toInt(), 16);
}

void TestValues::ruleNoKeyMapping()
{
    ValueCheckResult v;
    v.integrationId = u"crm-to-newsletter"_s;
    v.checkedAt = t0();
    v.problemKind = u"no_key"_s;
    v.problem = u"cannot run"_s;
    const QList<Finding> f = Rules::valueDrift(factsWith(v), {});
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().severity, Severity::Unknown);
    v.problemKind = u"source_failed"_s; // the connection's own finding says why
    QVERIFY(Rules::valueDrift(factsWith(v), {}).isEmpty());
    v.problemKind = u"empty"_s;
    QVERIFY(Rules::valueDrift(factsWith(v), {}).isEmpty());
}

void TestValues::rulePartialIsNeverAnAlarmByItself()
{
    // A partial check of healthy records (the vendor slowed down): nothing fires, whatever was not looked up.
    ValueCheckResult v = check(40, 0, 0);
    v.partial = true;
    v.partialReason = u"rate limited"_s;
    QVERIFY(Rules::valueDrift(factsWith(v), {}).isEmpty());
    // With a real problem among what was looked up, it fires and says it was partial.
    v = check(40, 0, 20);
    v.partial = true;
    v.partialReason = u"rate limited"_s;
    const QList<Finding> f = Rules::valueDrift(factsWith(v), {});
    QCOMPARE(f.size(), 1);
    QVERIFY(f.first().message.contains(u"rate limited"_s));
    QVERIFY(f.first().evidence.value(u"partial"_s).toBool());
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
