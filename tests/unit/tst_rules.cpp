// Unit tests for the health rules (ARCHITECTURE.md, "Monitoring"): every rule table-driven, with first poll, a null
// count, the lag-grace boundary, recovery, clock skew and extreme values, plus rule-specific rows.

#include <AlertSubject.h>
#include <ConnectorRegistry.h>
#include <Rules.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

// The words of the vendor a key in a test table names, from its registered descriptor.
const VendorWords& vendorWords(const QString& key)
{
    const std::optional<Vendor> vendor = vendorFromKey(key);
    if (!vendor)
        qFatal("unknown vendor key in a test table: %s", qPrintable(key));
    return ConnectorRegistry::descriptor(*vendor);
}

// The kind a key in a test table names; a key no version of Plumbline writes stops the test run.
ErrorKind kindOf(const QString& key)
{
    const std::optional<ErrorKind> kind = errorKindFromKey(key);
    if (!kind)
        qFatal("unknown error kind key in a test table: %s", qPrintable(key));
    return *kind;
}

const qint64 Max64 = std::numeric_limits<qint64>::max();

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
}

// "t src/dst, t src/dst, …": t in seconds relative to t0, a count "-" is unreadable.
QList<Sample> samples(const QString& spec)
{
    QList<Sample> out;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList tc = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        Q_ASSERT(tc.size() == 2);
        const QStringList counts = tc.at(1).split(u'/');
        Q_ASSERT(counts.size() == 2);
        Sample s;
        s.ts = t0().addSecs(tc.at(0).toLongLong());
        const auto count = [](const QString& c) -> std::optional<qint64> {
            if (c == u"-")
                return std::nullopt;
            bool ok = false;
            const qint64 v = c.toLongLong(&ok);
            Q_ASSERT(ok);
            return v;
        };
        s.source.count = count(counts.at(0));
        s.destination.count = count(counts.at(1));
        if (!s.source.count)
            s.source.errorKind = ErrorKind::Timeout;
        if (!s.destination.count)
            s.destination.errorKind = ErrorKind::Auth;
        out.append(s);
    }
    return out;
}

// Samples every 300 s ending at t0 with these source counts (destination = source).
QString series(const QList<qint64>& counts)
{
    QStringList parts;
    const qsizetype n = counts.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QString c = counts.at(i) < 0 ? u"-"_s : QString::number(counts.at(i));
        parts << QString::number(-300 * (n - 1 - i)) + u' ' + c + u'/' + c;
    }
    return parts.join(u", ");
}

QList<qint64> steady(qint64 start, const QList<qint64>& deltas)
{
    QList<qint64> out { start };
    for (qint64 d : deltas)
        out.append(out.constLast() + d);
    return out;
}

Integration integration()
{
    Integration in;
    in.id = u"crm-to-email"_s;
    in.name = u"HubSpot contacts to Mailchimp audience"_s;
    in.source = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
    in.destination = { u"mailchimp-main"_s, u"members"_s, QJsonValue::Null };
    in.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false },
        { u"lastname"_s, u"LNAME"_s, false } };
    return in;
}

IntegrationFacts facts(const QString& spec)
{
    IntegrationFacts f;
    f.integration = integration();
    f.now = t0();
    f.samples = samples(spec);
    return f;
}

// "t status, …" relative to t0.
QList<RunRecord> runs(const QString& spec)
{
    QList<RunRecord> out;
    int n = 0;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ts = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        Q_ASSERT(ts.size() == 2);
        RunRecord r;
        r.connectionId = u"make-eu"_s;
        r.ref = u"4711"_s;
        r.externalId = QString::number(++n);
        r.ts = t0().addSecs(ts.at(0).toLongLong());
        r.status = ts.at(1);
        if (r.status == u"error")
            r.message = u"Module 3: invalid email"_s;
        out.append(r);
    }
    return out;
}

// n runs of `status`, every `step` seconds, the newest at `newest`.
QString runSeries(int n, const QString& status, qint64 newest = -60, qint64 step = 600)
{
    QStringList parts;
    for (int i = n - 1; i >= 0; --i)
        parts << QString::number(newest - step * i) + u' ' + status;
    return parts.join(u", ");
}

// "name|label, name, …" or "!" for no schema.
std::optional<SchemaSnapshot> schema(const QString& spec, const QString& connection)
{
    if (spec == u"!")
        return std::nullopt;
    SchemaSnapshot s;
    s.connectionId = connection;
    s.ts = t0();
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList nl = part.trimmed().split(u'|');
        s.fields.append({ nl.at(0), nl.size() > 1 ? nl.at(1) : nl.at(0), u"string"_s });
    }
    return s;
}

// "src>dst*, …" (* marks the key mapping).
QList<FieldMapping> mappings(const QString& spec)
{
    QList<FieldMapping> out;
    for (QString part : spec.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        FieldMapping m;
        if (part.endsWith(u'*')) {
            m.key = true;
            part.chop(1);
        }
        const QStringList sd = part.split(u'>');
        m.source = sd.at(0);
        m.destination = sd.at(1);
        out.append(m);
    }
    return out;
}

ConnectionFacts conn(const QString& id, const QString& errorKind = {}, int httpStatus = 200)
{
    ConnectionFacts c;
    c.connectionId = id;
    c.ts = t0();
    c.errorKind = kindOf(errorKind);
    c.httpStatus = httpStatus;
    return c;
}

QString dump(const QList<Finding>& fs)
{
    QStringList out;
    for (const Finding& f : fs) {
        out << f.rule + u'/' + severityKey(f.severity) + u": "_s + f.message + u' '
                + QString::fromUtf8(QJsonDocument(f.evidence).toJson(QJsonDocument::Compact));
    }
    return out.isEmpty() ? u"(none)"_s : out.join(u" | ");
}

bool jsonEqual(const QJsonValue& a, const QJsonValue& e)
{
    if (e.isDouble() && a.isDouble())
        return a.toDouble() == e.toDouble() && a.toInteger(-1) == e.toInteger(-1);
    return a == e;
}

QString evidenceMismatch(const QJsonObject& got, const QJsonObject& expected)
{
    QStringList out;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!got.contains(it.key()) || !jsonEqual(got.value(it.key()), it.value())) {
            out << it.key() + u": got "_s
                    + QString::fromUtf8(
                        QJsonDocument(QJsonArray { got.value(it.key()) }).toJson(QJsonDocument::Compact))
                    + u" expected "_s
                    + QString::fromUtf8(QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact));
        }
    }
    return out.join(u"; ");
}

QJsonValue i64(qint64 v)
{
    return QJsonValue(v);
}

} // namespace

// One finding of `rule` with severity key `sev` ("" : no finding), evidence ⊇ `ev`, message containing `words`.
#define CHECK_FINDING(GOT, RULE, SEV, EV, WORDS)                                                                       \
    do {                                                                                                               \
        const QList<Finding>& got_ = (GOT);                                                                            \
        if (QString(SEV).isEmpty()) {                                                                                  \
            QVERIFY2(got_.isEmpty(), qPrintable(dump(got_)));                                                          \
            break;                                                                                                     \
        }                                                                                                              \
        QVERIFY2(got_.size() == 1, qPrintable(dump(got_)));                                                            \
        const Finding& f_ = got_.constFirst();                                                                         \
        QCOMPARE(f_.rule, QString(RULE));                                                                              \
        QVERIFY2(severityKey(f_.severity) == (SEV), qPrintable(dump(got_)));                                           \
        const QString mismatch_ = evidenceMismatch(f_.evidence, (EV));                                                 \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_ + u" in "_s + dump(got_)));                                 \
        for (const QString& w_ : (WORDS))                                                                              \
            QVERIFY2(f_.message.contains(w_), qPrintable(u"\""_s + w_ + u"\" not in: "_s + f_.message));               \
        QVERIFY(!f_.hint.isEmpty());                                                                                   \
        QCOMPARE(f_.at, t0());                                                                                         \
    } while (false)

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countDrift_data();
    void countDrift();
    void countDriftWithoutGraceFiresOnTheFirstPoll();
    void countDriftExactMessage();
    void nullCountIsNeverZero();
    void silentFrozen_data();
    void silentFrozen();
    void silentMiddleware_data();
    void silentMiddleware();
    void stale_data();
    void stale();
    void monitorStale_data();
    void monitorStale();
    void mappingDrift_data();
    void mappingDrift();
    void volumeAnomaly_data();
    void volumeAnomaly();
    void runFailures_data();
    void runFailures();
    void auth_data();
    void auth();
    void permission_data();
    void permission();
    void deprecation_data();
    void deprecation();
    void rateLimit_data();
    void rateLimit();
    void unreachable_data();
    void unreachable();
    void badResponse_data();
    void badResponse();
    void notFound_data();
    void notFound();
    void notFoundQuietsTheRulesItExplains();
    void missingKey_data();
    void missingKey();
    void unreadCountHintNamesTheReason_data();
    void unreadCountHintNamesTheReason();
    void findingTextIsBounded();
    void severityPrecedence_data();
    void severityPrecedence();
    void evaluateIntegration();
    void evaluateConnection();
    void errorKindKeysRoundTrip();
    void alertSubjectKeys();
    void settingsFromChecks();
};

void TestRules::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// ---- count_drift ---------------------------------------------------------------------------------------------

void TestRules::countDrift_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("twoWay");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");

    const QJsonObject none;
    QTest::newRow("first poll") << u"0 1200/1130"_s << false << QString() << none << QStringList();
    QTest::newRow("null destination count") << u"-1800 1200/1130, -900 1200/1130, 0 1200/-"_s << false << u"unknown"_s
                                            << QJsonObject { { u"source"_s, 1200 }, { u"destination"_s, QJsonValue() } }
                                            << QStringList { u"destination"_s, u"mailchimp-main"_s };
    QTest::newRow("null source count") << u"-1800 1200/1130, 0 -/1130"_s << false << u"unknown"_s
                                       << QJsonObject { { u"source"_s, QJsonValue() }, { u"destination"_s, 1130 } }
                                       << QStringList { u"source"_s, u"hubspot-main"_s };
    QTest::newRow("both counts null") << u"0 -/-"_s << false << u"unknown"_s << none
                                      << QStringList { u"hubspot-main"_s, u"mailchimp-main"_s };
    QTest::newRow("negative count is unreadable")
        << u"-1800 1200/1130, 0 1200/-5"_s << false << u"unknown"_s
        << QJsonObject { { u"destination"_s, QJsonValue() } } << QStringList();
    QTest::newRow("lag grace: exactly at grace")
        << u"-900 1200/1130, 0 1200/1130"_s << false << QString() << none << QStringList();
    QTest::newRow("lag grace: one second past")
        << u"-901 1200/1130, 0 1200/1130"_s << false << u"warning"_s
        << QJsonObject { { u"gap"_s, -70 }, { u"gap_pct"_s, 5.8 }, { u"source"_s, 1200 }, { u"destination"_s, 1130 },
               { u"since"_s, u"2026-11-26T08:44:59Z"_s } }
        << QStringList { u"1,130"_s, u"1,200"_s, u"70 missing"_s, u"5.8 %"_s, u"15 min"_s };
    QTest::newRow("unreadable sample inside the run does not break it")
        << u"-1500 1200/1130, -900 1200/-, 0 1200/1130"_s << false << u"warning"_s << QJsonObject { { u"gap"_s, -70 } }
        << QStringList { u"25 min"_s };
    QTest::newRow("recovery: healthy now")
        << u"-3600 1200/1000, -1800 1200/1000, 0 1200/1195"_s << false << QString() << none << QStringList();
    QTest::newRow("recovered, then drifted again recently")
        << u"-3600 1200/1100, -1800 1200/1200, -600 1200/1130, 0 1200/1130"_s << false << QString() << none
        << QStringList();
    QTest::newRow("within absolute tolerance")
        << u"-3000 20/10, 0 20/10"_s << false << QString() << none << QStringList();
    QTest::newRow("within percent tolerance")
        << u"-3000 100000/99000, 0 100000/99000"_s << false << QString() << none << QStringList();
    QTest::newRow("clock skew: newest sample in the future")
        << u"-1800 1200/1130, 600 1200/1130"_s << false << u"warning"_s
        << QJsonObject { { u"since"_s, u"2026-11-26T08:30:00Z"_s } } << QStringList { u"30 min"_s };
    QTest::newRow("clock skew: every sample in the future")
        << u"600 1200/1130, 1200 1200/1130"_s << false << QString() << none << QStringList();
    QTest::newRow("clock skew: out of order")
        << u"-100 1200/1130, -2000 1200/1130, -1000 1200/1130, 0 1200/1130"_s << false << u"warning"_s
        << QJsonObject { { u"since"_s, u"2026-11-26T08:26:40Z"_s } } << QStringList { u"33 min"_s };
    QTest::newRow("critical past critical pct")
        << u"-1000 1200/1000, 0 1200/1000"_s << false << u"critical"_s
        << QJsonObject { { u"gap"_s, -200 }, { u"gap_pct"_s, 16.7 } } << QStringList { u"200 missing"_s, u"16.7 %"_s };
    QTest::newRow("growing gap over 4 polls: critical")
        << u"-1200 1000/960, -900 1000/950, -600 1000/940, -300 1000/930, 0 1000/920"_s << false << u"critical"_s
        << QJsonObject { { u"gap"_s, -80 }, { u"grew_polls"_s, 4 } } << QStringList { u"80 missing"_s, u"grew"_s };
    QTest::newRow("gap grew only twice: warning")
        << u"-1200 1000/940, -900 1000/950, -600 1000/950, -300 1000/930, 0 1000/920"_s << false << u"warning"_s
        << QJsonObject { { u"grew_polls"_s, 2 } } << QStringList();
    QTest::newRow("destination ahead of source")
        << u"-1000 1000/1050, 0 1000/1050"_s << false << u"warning"_s
        << QJsonObject { { u"gap"_s, 50 }, { u"gap_pct"_s, 5.0 } } << QStringList { u"50 more"_s };
    QTest::newRow("two-way compares the same way") << u"-1000 1200/1130, 0 1200/1130"_s << true << u"warning"_s
                                                   << QJsonObject { { u"gap"_s, -70 } } << QStringList();
    QTest::newRow("extreme: both zero") << u"-3000 0/0, 0 0/0"_s << false << QString() << none << QStringList();
    QTest::newRow("extreme: empty source, full destination")
        << u"-1000 0/5000, 0 0/5000"_s << false << u"critical"_s
        << QJsonObject { { u"gap"_s, 5000 }, { u"gap_pct"_s, 100.0 } } << QStringList { u"5,000"_s };
    QTest::newRow("extreme: destination zero is a real count")
        << u"-1000 1200/0, 0 1200/0"_s << false << u"critical"_s
        << QJsonObject { { u"gap"_s, -1200 }, { u"destination"_s, 0 } } << QStringList { u"1,200 missing"_s };
    QTest::newRow("extreme: counts near INT64 max")
        << u"-1000 9223372036854775807/0, 0 9223372036854775807/0"_s << false << u"critical"_s
        << QJsonObject { { u"gap"_s, i64(-Max64) }, { u"source"_s, i64(Max64) } }
        << QStringList { u"9,223,372,036,854,775,807"_s };
    QTest::newRow("extreme: both near INT64 max, tiny gap")
        << u"-1000 9223372036854775807/9223372036854775000, 0 9223372036854775807/9223372036854775000"_s << false
        << QString() << none << QStringList();
    QTest::newRow("extreme: very long drift")
        << u"-31536000 1200/1130, 0 1200/1130"_s << false << u"warning"_s << QJsonObject { { u"for_s"_s, 31536000 } }
        << QStringList { u"365 days"_s };
}

void TestRules::countDrift()
{
    QFETCH(QString, spec);
    QFETCH(bool, twoWay);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    IntegrationFacts f = facts(spec);
    if (twoWay)
        f.integration.direction = Direction::TwoWay;
    const QList<Finding> got = Rules::countDrift(f, RuleSettings());
    CHECK_FINDING(got, u"count_drift"_s, severity, evidence, words);
    if (!got.isEmpty())
        QCOMPARE(got.constFirst().integrationId, u"crm-to-email"_s);
}

void TestRules::countDriftWithoutGraceFiresOnTheFirstPoll()
{
    RuleSettings noGrace;
    noGrace.lagGraceS = 0;
    // One poll, already 5.8 % apart: with no grace there is nothing to wait for.
    const QList<Finding> got = Rules::countDrift(facts(u"0 1200/1130"_s), noGrace);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().severity, Severity::Warning);
    // Within tolerance it stays quiet all the same.
    QVERIFY(Rules::countDrift(facts(u"0 1200/1195"_s), noGrace).isEmpty());
    // With the default grace (15 min) the same single poll waits.
    QVERIFY(Rules::countDrift(facts(u"0 1200/1130"_s), RuleSettings()).isEmpty());
}

void TestRules::countDriftExactMessage()
{
    const QList<Finding> got
        = Rules::countDrift(facts(u"-1500 1200/1130, -600 1200/1130, 0 1200/1130"_s), RuleSettings());
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().message,
        u"mailchimp-main holds 1,130 of hubspot-main's 1,200 contacts: 70 missing (5.8 %) for 25 min"_s);
    QCOMPARE(got.constFirst().evidence.value(u"gap"_s).toInteger(), -70);
}

void TestRules::nullCountIsNeverZero()
{
    // The destination could not be read on any poll: with 0 in its place this would be a critical 100 % gap.
    const IntegrationFacts f = facts(u"-7200 1200/-, -3600 1200/-, -1800 1200/-, 0 1200/-"_s);
    const QList<Finding> all = Rules::evaluateIntegration(f, RuleSettings());
    for (const Finding& x : all) {
        if (x.rule == u"count_drift") {
            QCOMPARE(x.severity, Severity::Unknown);
            QVERIFY(x.evidence.value(u"destination"_s).isNull());
            QVERIFY(!x.evidence.contains(u"gap"_s));
            QVERIFY(!x.message.contains(u"1,200 missing"_s));
        }
        QVERIFY2(x.rule != u"silent_failure" && x.rule != u"volume_anomaly", qPrintable(dump(all)));
    }
    // A real 0 is a count.
    const QList<Finding> real = Rules::countDrift(facts(u"-7200 1200/0, 0 1200/0"_s), RuleSettings());
    QCOMPARE(real.size(), 1);
    QCOMPARE(real.constFirst().severity, Severity::Critical);
}

// ---- silent_failure: frozen destination ---------------------------------------------------------------------

void TestRules::silentFrozen_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QJsonObject none;
    QTest::newRow("first poll") << u"0 1200/1130"_s << QString() << none << QStringList();
    QTest::newRow("null destination counts are not frozen")
        << u"-4000 1200/-, -2000 1250/-, 0 1300/-"_s << QString() << none << QStringList();
    QTest::newRow("window: one second short")
        << u"-3599 1200/1130, 0 1210/1130"_s << QString() << none << QStringList();
    QTest::newRow("window: exactly reached")
        << u"-3600 1200/1130, 0 1210/1130"_s << u"warning"_s
        << QJsonObject { { u"source_change"_s, 10 }, { u"frozen_since"_s, u"2026-11-26T08:00:00Z"_s } }
        << QStringList { u"1,130"_s, u"+10"_s, u"1 h"_s };
    QTest::newRow("recovery: destination moved")
        << u"-7200 1200/1100, -3600 1200/1100, -60 1250/1150, 0 1250/1150"_s << QString() << none << QStringList();
    QTest::newRow("source did not change either")
        << u"-7200 1200/1130, 0 1200/1130"_s << QString() << none << QStringList();
    QTest::newRow("source changed before the window only")
        << u"-7200 1100/1130, -3700 1200/1130, -1800 1200/1130, 0 1200/1130"_s << QString() << none << QStringList();
    QTest::newRow("unreadable source inside the window")
        << u"-7200 -/1130, -3600 1200/1130, 0 1210/1130"_s << u"warning"_s << QJsonObject { { u"source_change"_s, 10 } }
        << QStringList();
    QTest::newRow("clock skew: samples in the future")
        << u"600 1200/1130, 1200 1300/1130"_s << QString() << none << QStringList();
    QTest::newRow("large source change: critical")
        << u"-7200 1000/1000, -3600 1000/1000, 0 1500/1000"_s << u"critical"_s
        << QJsonObject { { u"source_change"_s, 500 }, { u"destination"_s, 1000 } } << QStringList { u"+500"_s };
    QTest::newRow("source shrank") << u"-7200 1000/1000, 0 995/1000"_s << u"warning"_s
                                   << QJsonObject { { u"source_change"_s, -5 } } << QStringList { u"-5"_s };
    QTest::newRow("extreme: source from 0 to INT64 max")
        << u"-7200 0/0, 0 9223372036854775807/0"_s << u"critical"_s
        << QJsonObject { { u"source_change"_s, i64(Max64) } } << QStringList();
}

void TestRules::silentFrozen()
{
    QFETCH(QString, spec);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    CHECK_FINDING(Rules::silentFailure(facts(spec), RuleSettings()), u"silent_failure"_s, severity, evidence, words);
}

// ---- silent_failure: middleware -------------------------------------------------------------------------------

void TestRules::silentMiddleware_data()
{
    QTest::addColumn<int>("expectedPerDay");
    QTest::addColumn<QString>("state"); // "active=0 paused=1 invalid=1 last=-7200", or "" for no snapshot
    QTest::addColumn<QString>("runSpec");
    QTest::addColumn<QString>("sampleSpec");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QString halfDay = u"-43200 100/100, 0 100/100"_s;
    const QJsonObject none;
    QTest::newRow("first poll: nothing observed yet")
        << 24 << u"active=1"_s << QString() << u"0 100/100"_s << QString() << none << QStringList();
    QTest::newRow("no expectation, no snapshot")
        << 0 << QString() << QString() << halfDay << QString() << none << QStringList();
    QTest::newRow("paused, no expectation: warning")
        << 0 << u"active=1 paused=1"_s << QString() << halfDay << u"warning"_s
        << QJsonObject { { u"middleware_paused"_s, true } } << QStringList { u"4711"_s, u"paused"_s };
    QTest::newRow("switched off while runs are expected: critical")
        << 24 << u"active=0"_s << runSeries(12, u"success"_s, -60, 3600) << halfDay << u"critical"_s
        << QJsonObject { { u"middleware_active"_s, false } } << QStringList { u"switched off"_s };
    QTest::newRow("invalid: critical") << 0 << u"active=1 invalid=1"_s << QString() << halfDay << u"critical"_s << none
                                       << QStringList { u"invalid"_s };
    QTest::newRow("fewer runs than half the expected")
        << 24 << u"active=1"_s << runSeries(3, u"success"_s, -60, 3600) << halfDay << u"warning"_s
        << QJsonObject { { u"runs"_s, 3 }, { u"expected_runs"_s, 12.0 } } << QStringList { u"3 runs"_s, u"12"_s };
    QTest::newRow("boundary: exactly half the expected runs")
        << 24 << u"active=1"_s << runSeries(6, u"success"_s, -60, 3600) << halfDay << QString() << none
        << QStringList();
    QTest::newRow("no runs at all: critical") << 24 << u"active=1"_s << QString() << halfDay << u"critical"_s
                                              << QJsonObject { { u"runs"_s, 0 } } << QStringList { u"no runs"_s };
    QTest::newRow("recovery: runs as expected")
        << 24 << u"active=1 last=-60"_s << runSeries(12, u"success"_s, -60, 3600) << halfDay << QString() << none
        << QStringList();
    QTest::newRow("clock skew: run stamps in the future still count")
        << 24 << u"active=1"_s << runSeries(12, u"success"_s, 3000, 3600) << halfDay << QString() << none
        << QStringList();
    QTest::newRow("no success for longer than two run intervals")
        << 24 << u"active=1 last=-7201"_s << runSeries(12, u"error"_s, -60, 3600) << halfDay << u"warning"_s
        << QJsonObject { { u"last_success"_s, u"2026-11-26T06:59:59Z"_s } } << QStringList { u"2 h"_s };
    QTest::newRow("last success at the allowed limit")
        << 24 << u"active=1 last=-7200"_s << runSeries(12, u"error"_s, -60, 3600) << halfDay << QString() << none
        << QStringList();
    QTest::newRow("extreme: a million runs a day expected")
        << 1000000 << u"active=1"_s << runSeries(3, u"success"_s) << halfDay << u"warning"_s
        << QJsonObject { { u"runs"_s, 3 }, { u"expected_runs"_s, 500000.0 } } << QStringList { u"500,000"_s };
}

void TestRules::silentMiddleware()
{
    QFETCH(int, expectedPerDay);
    QFETCH(QString, state);
    QFETCH(QString, runSpec);
    QFETCH(QString, sampleSpec);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    IntegrationFacts f = facts(sampleSpec);
    f.integration.middleware = Middleware { u"make-eu"_s, u"4711"_s };
    f.runs = runs(runSpec);
    if (!state.isEmpty()) {
        MiddlewareSnapshot m;
        for (const QString& kv : state.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList p = kv.split(u'=');
            if (p.at(0) == u"active")
                m.active = p.at(1) == u"1";
            else if (p.at(0) == u"paused")
                m.paused = p.at(1) == u"1";
            else if (p.at(0) == u"invalid")
                m.invalid = p.at(1) == u"1";
            else if (p.at(0) == u"last")
                m.lastSuccess = t0().addSecs(p.at(1).toLongLong());
        }
        f.middlewareState = m;
    }
    RuleSettings s;
    s.expectedRunsPerDay = expectedPerDay;
    const QList<Finding> got = Rules::silentFailure(f, s);
    CHECK_FINDING(got, u"silent_failure"_s, severity, evidence, words);
    if (!got.isEmpty())
        QCOMPARE(got.constFirst().connectionId, u"make-eu"_s);
}

// ---- stale ---------------------------------------------------------------------------------------------------

void TestRules::stale_data()
{
    QTest::addColumn<bool>("hasLast");
    QTest::addColumn<qint64>("lastOffset");
    QTest::addColumn<QString>("sampleSpec");
    QTest::addColumn<int>("intervalS");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QJsonObject none;
    // Defaults: interval 300, grace 120 -> warning after 720 s, critical after 1,920 s.
    QTest::newRow("first poll, nothing yet")
        << false << qint64(0) << u"0 -/-"_s << 300 << QString() << none << QStringList();
    QTest::newRow("null counts for a while: never succeeded")
        << false << qint64(0) << u"-800 -/-, 0 -/-"_s << 300 << u"warning"_s
        << QJsonObject { { u"last_poll"_s, QJsonValue() }, { u"age_s"_s, 800 } } << QStringList { u"13 min"_s };
    QTest::newRow("never polled at all") << false << qint64(0) << QString() << 300 << QString() << none
                                         << QStringList();
    QTest::newRow("grace boundary: exactly 2x interval + grace")
        << true << qint64(-720) << u"0 1/1"_s << 300 << QString() << none << QStringList();
    QTest::newRow("grace boundary: one second later")
        << true << qint64(-721) << u"0 -/-"_s << 300 << u"warning"_s
        << QJsonObject { { u"age_s"_s, 721 }, { u"threshold_s"_s, 720 } } << QStringList { u"12 min"_s, u"5 min"_s };
    QTest::newRow("critical boundary: 6x interval + grace")
        << true << qint64(-1920) << u"0 -/-"_s << 300 << u"warning"_s << none << QStringList();
    QTest::newRow("critical boundary: one second later") << true << qint64(-1921) << u"0 -/-"_s << 300 << u"critical"_s
                                                         << QJsonObject { { u"age_s"_s, 1921 } } << QStringList();
    QTest::newRow("recovery: fresh success")
        << true << qint64(-10) << u"-2000 -/-, 0 1/1"_s << 300 << QString() << none << QStringList();
    QTest::newRow("clock skew: slightly in the future is fresh")
        << true << qint64(300) << u"0 1/1"_s << 300 << QString() << none << QStringList();
    QTest::newRow("clock skew: far in the future is unknown")
        << true << qint64(1000) << u"0 1/1"_s << 300 << u"unknown"_s
        << QJsonObject { { u"clock_skew_s"_s, 1000 }, { u"age_s"_s, QJsonValue() } } << QStringList { u"future"_s };
    QTest::newRow("extreme: ten years old")
        << true << qint64(-315360000) << u"0 -/-"_s << 300 << u"critical"_s << QJsonObject { { u"age_s"_s, 315360000 } }
        << QStringList { u"3,650 days"_s };
    QTest::newRow("override: hourly interval") << true << qint64(-7321) << u"0 -/-"_s << 3600 << u"warning"_s
                                               << QJsonObject { { u"threshold_s"_s, 7320 } } << QStringList();
}

void TestRules::stale()
{
    QFETCH(bool, hasLast);
    QFETCH(qint64, lastOffset);
    QFETCH(QString, sampleSpec);
    QFETCH(int, intervalS);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    IntegrationFacts f = facts(sampleSpec);
    if (hasLast)
        f.lastSuccessfulPoll = t0().addSecs(lastOffset);
    RuleSettings s;
    s.intervalS = intervalS;
    CHECK_FINDING(Rules::stale(f, s), u"stale"_s, severity, evidence, words);
}

void TestRules::monitorStale_data()
{
    QTest::addColumn<bool>("hasBeat");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("first start: no heartbeat yet") << false << qint64(0) << QString() << QStringList();
    QTest::newRow("fresh") << true << qint64(-100) << QString() << QStringList();
    QTest::newRow("boundary: at threshold") << true << qint64(-720) << QString() << QStringList();
    QTest::newRow("boundary: past threshold")
        << true << qint64(-721) << u"warning"_s << QStringList { u"12 min"_s, u"stopped"_s };
    QTest::newRow("hours: critical") << true << qint64(-10800) << u"critical"_s << QStringList { u"3 h"_s };
    QTest::newRow("clock skew: far future") << true << qint64(5000) << u"unknown"_s << QStringList { u"future"_s };
    QTest::newRow("extreme: decades") << true << qint64(-946080000) << u"critical"_s << QStringList { u"days"_s };
}

void TestRules::monitorStale()
{
    QFETCH(bool, hasBeat);
    QFETCH(qint64, offset);
    QFETCH(QString, severity);
    QFETCH(QStringList, words);
    const auto beat = hasBeat ? std::optional<QDateTime>(t0().addSecs(offset)) : std::nullopt;
    const QList<Finding> got = Rules::monitorStale(beat, 300, 120, t0());
    CHECK_FINDING(got, u"stale"_s, severity, QJsonObject(), words);
    if (!got.isEmpty()) {
        QVERIFY(got.constFirst().integrationId.isEmpty());
        QVERIFY(got.constFirst().connectionId.isEmpty());
    }
}

// ---- mapping_drift -------------------------------------------------------------------------------------------

void TestRules::mappingDrift_data()
{
    QTest::addColumn<QString>("maps");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QString hub = u"email|Email, firstname|First name, lastname|Last name, phone|Phone number"_s;
    const QString chimp = u"EMAIL|Email Address, FNAME|First Name, LNAME|Last Name, PHONE|Phone Number"_s;
    const QString std3 = u"email>EMAIL*, firstname>FNAME, lastname>LNAME"_s;
    const QJsonObject none;
    QTest::newRow("healthy") << std3 << hub << chimp << QString() << none << QStringList();
    QTest::newRow("first poll: no schema read yet") << std3 << u"!"_s << u"!"_s << QString() << none << QStringList();
    QTest::newRow("empty field list counts as unread") << std3 << u""_s << u""_s << QString() << none << QStringList();
    QTest::newRow("one side unread, other side fine") << std3 << u"!"_s << chimp << QString() << none << QStringList();
    QTest::newRow("FNAME renamed to FIRSTNAME")
        << std3 << hub << u"EMAIL|Email Address, FIRSTNAME|First Name, LNAME|Last Name, PHONE|Phone Number"_s
        << u"warning"_s
        << QJsonObject { { u"field"_s, u"FNAME"_s }, { u"side"_s, u"destination"_s },
               { u"suggestion"_s, u"FIRSTNAME"_s } }
        << QStringList { u"FNAME"_s, u"mailchimp-main"_s, u"FIRSTNAME"_s };
    QTest::newRow("FirstName renamed to First_Name__c")
        << u"Email>EMAIL*, FirstName>FNAME"_s << u"Email, First_Name__c|First Name, LastName|Last Name"_s << chimp
        << u"warning"_s
        << QJsonObject { { u"field"_s, u"FirstName"_s }, { u"side"_s, u"source"_s },
               { u"suggestion"_s, u"First_Name__c"_s } }
        << QStringList { u"First_Name__c"_s, u"hubspot-main"_s };
    QTest::newRow("firstname renamed to first_name")
        << std3 << u"email, first_name|First name, lastname"_s << chimp << u"warning"_s
        << QJsonObject { { u"field"_s, u"firstname"_s }, { u"suggestion"_s, u"first_name"_s } } << QStringList();
    QTest::newRow("key field missing: critical")
        << std3 << hub << u"E_MAIL|Email Address, FNAME, LNAME"_s << u"critical"_s
        << QJsonObject { { u"field"_s, u"EMAIL"_s }, { u"suggestion"_s, u"E_MAIL"_s } } << QStringList { u"EMAIL"_s };
    QTest::newRow("key headlines even when listed second")
        << u"firstname>FNAME, email>EMAIL*"_s << hub << u"FIRST, MAIL"_s << u"critical"_s
        << QJsonObject { { u"field"_s, u"EMAIL"_s } } << QStringList { u"2 mapped fields"_s };
    QTest::newRow("names compare case-sensitively") << u"email>email"_s << hub << chimp << u"warning"_s
                                                    << QJsonObject { { u"suggestion"_s, u"EMAIL"_s } } << QStringList();
    QTest::newRow("no similar field: no suggestion")
        << u"email>EMAIL*, zip>ZIPCODE"_s << u"email, zip"_s << chimp << u"warning"_s
        << QJsonObject { { u"field"_s, u"ZIPCODE"_s }, { u"suggestion"_s, QJsonValue() } }
        << QStringList { u"ZIPCODE"_s };
    QTest::newRow("an already-mapped field is not suggested")
        << std3 << hub << u"EMAIL, FIRSTNAME|First Name, LNAME|Last Name"_s << u"warning"_s
        << QJsonObject { { u"suggestion"_s, u"FIRSTNAME"_s } } << QStringList();
    QTest::newRow("suggested by label") << u"email>EMAIL*, firstname>FNAME"_s << hub << u"EMAIL, MMERGE7|First Name"_s
                                        << u"warning"_s << QJsonObject { { u"suggestion"_s, u"MMERGE7"_s } }
                                        << QStringList();
    QTest::newRow("recovery: mapping updated to the new name")
        << u"email>EMAIL*, firstname>FIRSTNAME"_s << hub << u"EMAIL, FIRSTNAME"_s << QString() << none << QStringList();
    QTest::newRow("missing with the other side unread")
        << std3 << u"!"_s << u"EMAIL, LNAME"_s << u"warning"_s
        << QJsonObject { { u"unchecked_sides"_s, QJsonArray { u"source"_s } } } << QStringList();
    QTest::newRow("extreme: thousands of fields")
        << std3 << hub << QString() << u"critical"_s << QJsonObject { { u"field"_s, u"EMAIL"_s } } << QStringList();
}

void TestRules::mappingDrift()
{
    QFETCH(QString, maps);
    QFETCH(QString, src);
    QFETCH(QString, dst);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    IntegrationFacts f = facts(u"0 1/1"_s);
    f.integration.mappings = mappings(maps);
    f.sourceSchema = schema(src, u"hubspot-main"_s);
    if (QByteArray(QTest::currentDataTag()).startsWith("extreme")) {
        SchemaSnapshot big;
        big.connectionId = u"mailchimp-main"_s;
        for (int i = 0; i < 5000; ++i)
            big.fields.append({ u"MMERGE"_s + QString::number(i), u"Field "_s + QString::number(i), u"text"_s });
        f.destinationSchema = big;
    } else {
        f.destinationSchema = schema(dst, u"mailchimp-main"_s);
    }
    CHECK_FINDING(Rules::mappingDrift(f, RuleSettings()), u"mapping_drift"_s, severity, evidence, words);
}

// ---- volume_anomaly ------------------------------------------------------------------------------------------

void TestRules::volumeAnomaly_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QList<qint64> usual { 10, 12, 8, 11, 9, 10, 12, 8, 10 }; // median 10, MAD 1
    const QJsonObject none;
    QTest::newRow("first poll") << u"0 1000/1000"_s << QString() << none << QStringList();
    QTest::newRow("not enough history") << series(steady(1000, { 10, 12, 8, 11, 9, 10, 5000 })) << QString() << none
                                        << QStringList();
    QTest::newRow("steady growth") << series(steady(1000, usual + QList<qint64> { 11 })) << QString() << none
                                   << QStringList();
    QTest::newRow("early poll: one record in 2 s is not a flood") << series(steady(1000, { 0, 0, 0, 0, 0, 0, 0, 0, 0 }))
            + u", 2 1001/1001"_s << QString() << none << QStringList();
    QTest::newRow("spike: critical") << series(steady(1000, usual + QList<qint64> { 5000 })) << u"critical"_s
                                     << QJsonObject { { u"delta"_s, 5000 }, { u"median"_s, 10.0 }, { u"mad"_s, 1.0 } }
                                     << QStringList { u"+5,000"_s, u"5 min"_s, u"+10"_s };
    QTest::newRow("threshold: just above (score 7.4): warning")
        << series(steady(1000, usual + QList<qint64> { 21 })) << u"warning"_s
        << QJsonObject { { u"delta"_s, 21 }, { u"score"_s, 7.4 } } << QStringList { u"7.4"_s };
    QTest::newRow("threshold: just below (score 5.4)")
        << series(steady(1000, usual + QList<qint64> { 18 })) << QString() << none << QStringList();
    QTest::newRow("mass deletion") << series(steady(10000, usual + QList<qint64> { -3000 })) << u"critical"_s
                                   << QJsonObject { { u"delta"_s, -3000 } } << QStringList { u"-3,000"_s };
    QTest::newRow("null newest count") << series(steady(1000, usual + QList<qint64> { 5000 })) + u", 300 -/-"_s
                                       << QString() << none << QStringList();
    {
        // An unreadable poll in the middle: the next change spans two intervals and is normalised, not a spike.
        QList<qint64> c = steady(1000, usual + QList<qint64> { 10, 10 });
        c[c.size() - 2] = -1;
        QTest::newRow("null count in the middle is normalised") << series(c) << QString() << none << QStringList();
    }
    QTest::newRow("recovery: spike is history now")
        << series(steady(1000, QList<qint64> { 10, 12, 8, 11, 5000, 9, 10, 12, 8, 10, 11 })) << QString() << none
        << QStringList();
    QTest::newRow("clock skew: time going backwards is skipped")
        << series(steady(1000, usual + QList<qint64> { 10 })) + u", -600 1105/1105, 300 1110/1110"_s << QString()
        << none << QStringList();
    QTest::newRow("flat history, tiny change")
        << series(steady(500, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 })) << QString() << none << QStringList();
    QTest::newRow("flat history (MAD 0), real change")
        << series(steady(500, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 50 })) << u"critical"_s
        << QJsonObject { { u"mad"_s, 0.0 }, { u"score"_s, 50.0 } } << QStringList();
    QTest::newRow("extreme: counts near INT64 max")
        << series(steady(Max64 - 1000000, usual + QList<qint64> { 500000 })) << u"critical"_s
        << QJsonObject { { u"delta"_s, 500000 } } << QStringList { u"+500,000"_s };
    QTest::newRow("extreme: zero to INT64 max")
        << series(steady(0, { 0, 0, 0, 0, 0, 0, 0, 0, 0, Max64 })) << u"critical"_s
        << QJsonObject { { u"delta"_s, i64(Max64) } } << QStringList();
}

void TestRules::volumeAnomaly()
{
    QFETCH(QString, spec);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    CHECK_FINDING(Rules::volumeAnomaly(facts(spec), RuleSettings()), u"volume_anomaly"_s, severity, evidence, words);
}

// ---- run_failures --------------------------------------------------------------------------------------------

void TestRules::runFailures_data()
{
    QTest::addColumn<QString>("runSpec");
    QTest::addColumn<qint64>("stored"); // -1: unknown
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QJsonObject none;
    QTest::newRow("first poll: no runs") << QString() << qint64(-1) << QString() << none << QStringList();
    QTest::newRow("two failures in a row: below N")
        << runSeries(6, u"success"_s, -3000) + u", -2000 error, -1000 error"_s << qint64(-1) << QString() << none
        << QStringList();
    QTest::newRow("three failures in a row: critical")
        << runSeries(6, u"success"_s, -4000) + u", -3000 error, -2000 error, -1000 error"_s << qint64(-1)
        << u"critical"_s
        << QJsonObject { { u"consecutive_errors"_s, 3 }, { u"last_error"_s, u"Module 3: invalid email"_s } }
        << QStringList { u"3"_s, u"4711"_s };
    QTest::newRow("pending runs do not break the streak")
        << u"-4000 error, -3000 error, -2000 error, -100 pending"_s << qint64(-1) << u"critical"_s
        << QJsonObject { { u"consecutive_errors"_s, 3 } } << QStringList();
    QTest::newRow("recovery: a success after the failures")
        << u"-9000 error, -8000 error, -7000 error"_s + u", "_s + runSeries(5, u"success"_s) << qint64(-1) << QString()
        << none << QStringList();
    QTest::newRow("error rate at 50 %: warning")
        << u"-6000 success, -5000 error, -4000 success, -3000 error, -2000 success, -1000 error"_s << qint64(-1)
        << u"warning"_s << QJsonObject { { u"error_rate_pct"_s, 50.0 }, { u"errors"_s, 3 }, { u"runs"_s, 6 } }
        << QStringList { u"3 of 6"_s, u"50.0 %"_s };
    QTest::newRow("error rate just under 50 %")
        << u"-7000 success, -6000 success, -5000 error, -4000 success, -3000 error, -2000 success, -1000 error"_s
        << qint64(-1) << QString() << none << QStringList();
    QTest::newRow("too few runs to judge a rate")
        << u"-3000 error, -2000 success, -1000 error"_s << qint64(-1) << QString() << none << QStringList();
    QTest::newRow("failures outside the window")
        << runSeries(5, u"error"_s, -90000) << qint64(-1) << QString() << none << QStringList();
    QTest::newRow("clock skew: out of order")
        << u"-100 success, -300 error, -200 error, -5000 success, -4000 success, -3000 success"_s << qint64(-1)
        << QString() << none << QStringList();
    QTest::newRow("clock skew: future failures count")
        << u"-100 error, 500 error, 900 error"_s << qint64(-1) << u"critical"_s
        << QJsonObject { { u"consecutive_errors"_s, 3 } } << QStringList();
    QTest::newRow("stored incomplete runs") << runSeries(5, u"success"_s) << qint64(5) << u"warning"_s
                                            << QJsonObject { { u"stored_failures"_s, 5 } } << QStringList { u"5"_s };
    QTest::newRow("extreme: a thousand failures")
        << runSeries(1000, u"error"_s, -10, 60) << qint64(Max64) << u"critical"_s
        << QJsonObject { { u"consecutive_errors"_s, 1000 } } << QStringList { u"1,000"_s };
}

void TestRules::runFailures()
{
    QFETCH(QString, runSpec);
    QFETCH(qint64, stored);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    IntegrationFacts f = facts(u"0 1/1"_s);
    f.integration.middleware = Middleware { u"make-eu"_s, u"4711"_s };
    f.runs = runs(runSpec);
    if (stored >= 0) {
        MiddlewareSnapshot m;
        m.storedFailures = stored;
        f.middlewareState = m;
    }
    const QList<Finding> got = Rules::runFailures(f, RuleSettings());
    CHECK_FINDING(got, u"run_failures"_s, severity, evidence, words);
    if (!got.isEmpty())
        QCOMPARE(got.constFirst().connectionId, u"make-eu"_s);
}

// ---- auth ----------------------------------------------------------------------------------------------------

void TestRules::auth_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("hintWords");
    const QStringList plumbline { u"Set API key"_s, u"Ctrl+K"_s, u"plumbline secret set conn-1"_s };
    QTest::newRow("hubspot 401") << u"hubspot"_s << u"auth"_s << 401 << u"critical"_s
                                 << plumbline + QStringList { u"Private Apps"_s, u"Auth tab"_s };
    QTest::newRow("salesforce 401") << u"salesforce"_s << u"auth"_s << 401 << u"critical"_s
                                    << plumbline + QStringList { u"App Manager"_s };
    QTest::newRow("mailchimp 401") << u"mailchimp"_s << u"auth"_s << 401 << u"critical"_s
                                   << plumbline + QStringList { u"API keys"_s, u"us6"_s };
    QTest::newRow("shopify 401") << u"shopify"_s << u"auth"_s << 401 << u"critical"_s
                                 << plumbline + QStringList { u"Develop apps"_s };
    QTest::newRow("make 401") << u"make"_s << u"auth"_s << 401 << u"critical"_s
                              << plumbline + QStringList { u"API access"_s, u"zone"_s };
    QTest::newRow("zapier 401") << u"zapier"_s << u"auth"_s << 401 << u"critical"_s
                                << plumbline + QStringList { u"zap:runs"_s };
    QTest::newRow("generic 401") << u"generic"_s << u"auth"_s << 401 << u"critical"_s
                                 << plumbline + QStringList { u"header"_s };
    QTest::newRow("bare 401 without a kind") << u"hubspot"_s << QString() << 401 << u"critical"_s << plumbline;
    // A token endpoint that refused the grant for good (ARCHITECTURE.md §11): sign in again, with the vendor's steps.
    const QStringList signIn { u"Sign in again"_s, u"plumbline auth login conn-1"_s, u"--name client_secret"_s };
    QTest::newRow("salesforce grant refused") << u"salesforce"_s << u"grant_refused"_s << 400 << u"critical"_s
                                              << signIn + QStringList { u"External Client App Manager"_s, u"Run As"_s };
    QTest::newRow("hubspot grant refused")
        << u"hubspot"_s << u"grant_refused"_s << 400 << u"critical"_s << signIn + QStringList { u"Connected Apps"_s };
    QTest::newRow("shopify grant refused")
        << u"shopify"_s << u"grant_refused"_s << 401 << u"critical"_s << signIn + QStringList { u"Dev Dashboard"_s };
    QTest::newRow("generic grant refused") << u"generic"_s << u"grant_refused"_s << 400 << u"critical"_s
                                           << signIn + QStringList { u"client credentials grant"_s };
    QTest::newRow("token endpoint down is not auth")
        << u"salesforce"_s << u"server"_s << 503 << QString() << QStringList();
    QTest::newRow("token endpoint rate limited is not auth")
        << u"hubspot"_s << u"rate_limited"_s << 429 << QString() << QStringList();
    QTest::newRow("first poll: no answer yet") << u"hubspot"_s << QString() << 0 << QString() << QStringList();
    QTest::newRow("recovery: 200") << u"hubspot"_s << QString() << 200 << QString() << QStringList();
    QTest::newRow("403 is permission, not auth")
        << u"hubspot"_s << u"permission"_s << 403 << QString() << QStringList();
    QTest::newRow("timeout is not auth") << u"hubspot"_s << u"timeout"_s << 0 << QString() << QStringList();
}

void TestRules::auth()
{
    QFETCH(QString, vendor);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, severity);
    QFETCH(QStringList, hintWords);
    const QList<Finding> got = Rules::auth(conn(u"conn-1"_s, kind, status), vendorWords(vendor), t0());
    const QStringList words = status ? QStringList { u"conn-1"_s } : QStringList();
    CHECK_FINDING(got, u"auth"_s, severity, QJsonObject(), words);
    if (got.isEmpty())
        return;
    QCOMPARE(got.constFirst().connectionId, u"conn-1"_s);
    QVERIFY(got.constFirst().integrationId.isEmpty());
    for (const QString& w : hintWords)
        QVERIFY2(got.constFirst().hint.contains(w), qPrintable(w + u" not in: "_s + got.constFirst().hint));
}

// ---- permission ----------------------------------------------------------------------------------------------

void TestRules::permission_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hasCredential");
    QTest::addColumn<qint64>("credentialAgeS");
    QTest::addColumn<int>("rotationDays");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("hintWords");
    const qint64 day = 86400;
    const QJsonObject none;
    QTest::newRow("hubspot missing scope")
        << u"hubspot"_s << u"permission"_s << 403 << false << qint64(0) << 90 << u"critical"_s
        << QJsonObject { { u"http_status"_s, 403 } } << QStringList { u"crm.objects.contacts.read"_s };
    QTest::newRow("salesforce insufficient access")
        << u"salesforce"_s << u"permission"_s << 403 << false << qint64(0) << 90 << u"critical"_s << none
        << QStringList { u"permission set"_s };
    QTest::newRow("shopify scope") << u"shopify"_s << u"permission"_s << 403 << false << qint64(0) << 90
                                   << u"critical"_s << none << QStringList { u"read_customers"_s };
    QTest::newRow("salesforce REQUEST_LIMIT_EXCEEDED is not permission")
        << u"salesforce"_s << u"quota_exhausted"_s << 403 << false << qint64(0) << 90 << QString() << none
        << QStringList();
    QTest::newRow("first poll: no answer, no credential date")
        << u"hubspot"_s << QString() << 0 << false << qint64(0) << 90 << QString() << none << QStringList();
    QTest::newRow("rotation: exactly 90 days")
        << u"hubspot"_s << QString() << 200 << true << 90 * day << 90 << QString() << none << QStringList();
    QTest::newRow("rotation: 91 days") << u"hubspot"_s << QString() << 200 << true << 91 * day << 90 << u"warning"_s
                                       << QJsonObject { { u"credential_age_days"_s, 91 }, { u"rotation_days"_s, 90 } }
                                       << QStringList { u"Private Apps"_s, u"Ctrl+K"_s };
    QTest::newRow("rotation not checked (0)")
        << u"hubspot"_s << QString() << 200 << true << 400 * day << 0 << QString() << none << QStringList();
    QTest::newRow("recovery: access restored, key fresh")
        << u"hubspot"_s << QString() << 200 << true << 3 * day << 90 << QString() << none << QStringList();
    QTest::newRow("clock skew: key set in the future")
        << u"hubspot"_s << QString() << 200 << true << -400 * day << 90 << QString() << none << QStringList();
    QTest::newRow("extreme: a century-old key")
        << u"mailchimp"_s << QString() << 200 << true << 36500 * day << 90 << u"warning"_s
        << QJsonObject { { u"credential_age_days"_s, 36500 } } << QStringList { u"API keys"_s };
    QTest::newRow("denied and old key: denial wins")
        << u"make"_s << u"permission"_s << 403 << true << 200 * day << 90 << u"critical"_s
        << QJsonObject { { u"credential_age_days"_s, 200 } } << QStringList { u"scenarios:read"_s };
}

void TestRules::permission()
{
    QFETCH(QString, vendor);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(bool, hasCredential);
    QFETCH(qint64, credentialAgeS);
    QFETCH(int, rotationDays);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, hintWords);
    ConnectionFacts c = conn(u"conn-1"_s, kind, status);
    if (hasCredential)
        c.credentialSetAt = t0().addSecs(-credentialAgeS);
    RuleSettings s;
    s.rotationDays = rotationDays;
    const QList<Finding> got = Rules::permission(c, vendorWords(vendor), s, t0());
    CHECK_FINDING(got, u"permission"_s, severity, evidence, QStringList { u"conn-1"_s });
    if (got.isEmpty())
        return;
    for (const QString& w : hintWords)
        QVERIFY2(got.constFirst().hint.contains(w), qPrintable(w + u" not in: "_s + got.constFirst().hint));
}

// ---- deprecation ---------------------------------------------------------------------------------------------

void TestRules::deprecation_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("served");
    QTest::addColumn<bool>("deprecated");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hasSunset");
    QTest::addColumn<qint64>("sunsetInS");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const qint64 day = 86400;
    const QJsonObject none;
    QTest::newRow("first poll: no signals")
        << u"v3"_s << QString() << false << false << 0 << false << qint64(0) << QString() << none << QStringList();
    QTest::newRow("healthy: served as requested") << u"2025-01"_s << u"2025-01"_s << false << false << 200 << false
                                                  << qint64(0) << QString() << none << QStringList();
    QTest::newRow("deprecated, no date") << u"62.0"_s << u"62.0"_s << true << false << 200 << false << qint64(0)
                                         << u"warning"_s
                                         << QJsonObject { { u"requested"_s, u"62.0"_s },
                                                { u"days_left"_s, QJsonValue() } }
                                         << QStringList { u"62.0"_s, u"deprecated"_s };
    QTest::newRow("sunset in 91 days, not deprecated")
        << u"v3"_s << QString() << false << false << 200 << true << 91 * day << QString() << none << QStringList();
    QTest::newRow("sunset in 90 days: warning")
        << u"v3"_s << QString() << false << false << 200 << true << 90 * day << u"warning"_s
        << QJsonObject { { u"days_left"_s, 90 } } << QStringList { u"90 day"_s };
    QTest::newRow("sunset in 15 days: warning")
        << u"v3"_s << QString() << true << false << 200 << true << 15 * day << u"warning"_s
        << QJsonObject { { u"days_left"_s, 15 } } << QStringList();
    QTest::newRow("sunset in 14 days: critical")
        << u"v3"_s << QString() << true << false << 200 << true << 14 * day << u"critical"_s
        << QJsonObject { { u"days_left"_s, 14 }, { u"sunset"_s, u"2026-12-10T09:00:00Z"_s } }
        << QStringList { u"14 day"_s };
    QTest::newRow("sunset passed (clock or vendor late)")
        << u"v3"_s << QString() << true << false << 200 << true << -3 * day << u"critical"_s
        << QJsonObject { { u"days_left"_s, -3 } } << QStringList { u"3 days ago"_s };
    QTest::newRow("retired flag") << u"30.0"_s << QString() << false << true << 200 << false << qint64(0)
                                  << u"critical"_s << QJsonObject { { u"retired"_s, true } }
                                  << QStringList { u"30.0"_s, u"retired"_s };
    QTest::newRow("410 Gone") << u"30.0"_s << QString() << false << false << 410 << false << qint64(0) << u"critical"_s
                              << QJsonObject { { u"retired"_s, true } } << QStringList { u"410"_s };
    QTest::newRow("fell forward") << u"2024-01"_s << u"2024-10"_s << false << false << 200 << false << qint64(0)
                                  << u"critical"_s
                                  << QJsonObject { { u"served"_s, u"2024-10"_s }, { u"fell_forward"_s, true } }
                                  << QStringList { u"2024-10"_s, u"2024-01"_s };
    QTest::newRow("recovery: moved to a current version") << u"2026-03"_s << u"2026-03"_s << false << false << 200
                                                          << false << qint64(0) << QString() << none << QStringList();
    QTest::newRow("extreme: sunset a century away, deprecated")
        << u"v3"_s << QString() << true << false << 200 << true << 36500 * day << u"warning"_s
        << QJsonObject { { u"days_left"_s, 36500 } } << QStringList();
}

void TestRules::deprecation()
{
    QFETCH(QString, requested);
    QFETCH(QString, served);
    QFETCH(bool, deprecated);
    QFETCH(bool, retired);
    QFETCH(int, status);
    QFETCH(bool, hasSunset);
    QFETCH(qint64, sunsetInS);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    ConnectionFacts c = conn(u"conn-1"_s, status == 410 ? u"gone"_s : QString(), status);
    c.requestedVersion = requested;
    c.servedVersion = served;
    c.fellForward = !served.isEmpty() && served != requested;
    c.deprecated = deprecated;
    c.retired = retired;
    if (hasSunset)
        c.sunset = t0().addSecs(sunsetInS);
    CHECK_FINDING(Rules::deprecation(c, vendorWords(u"salesforce"_s), RuleSettings(), t0()), u"deprecation"_s, severity,
        evidence, words);
}

// ---- rate_limit ----------------------------------------------------------------------------------------------

void TestRules::rateLimit_data()
{
    QTest::addColumn<qint64>("remaining"); // -1: not known
    QTest::addColumn<qint64>("limit"); // -1: not known
    QTest::addColumn<bool>("limited");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("evidence");
    QTest::addColumn<QStringList>("words");
    const QJsonObject none;
    QTest::newRow("first poll: nothing known")
        << qint64(-1) << qint64(-1) << false << QString() << 0 << QString() << none << QStringList();
    QTest::newRow("healthy") << qint64(180) << qint64(190) << false << QString() << 200 << QString() << none
                             << QStringList();
    QTest::newRow("boundary: exactly 20 %")
        << qint64(38) << qint64(190) << false << QString() << 200 << QString() << none << QStringList();
    QTest::newRow("boundary: under 20 %")
        << qint64(37) << qint64(190) << false << QString() << 200 << u"warning"_s
        << QJsonObject { { u"remaining"_s, 37 }, { u"limit"_s, 190 }, { u"headroom_pct"_s, 19.5 } }
        << QStringList { u"37"_s, u"190"_s, u"19.5 %"_s, u"10 s"_s };
    QTest::newRow("nothing left: critical") << qint64(0) << qint64(190) << false << QString() << 200 << u"critical"_s
                                            << QJsonObject { { u"remaining"_s, 0 } } << QStringList();
    QTest::newRow("429 seen") << qint64(-1) << qint64(-1) << true << u"rate_limited"_s << 429 << u"warning"_s
                              << QJsonObject { { u"rate_limited"_s, true }, { u"retry_after_ms"_s, 2500 } }
                              << QStringList { u"too many requests"_s, u"3 s"_s };
    QTest::newRow("Salesforce daily quota exhausted")
        << qint64(-1) << qint64(-1) << true << u"quota_exhausted"_s << 403 << u"critical"_s
        << QJsonObject { { u"quota_exhausted"_s, true } } << QStringList { u"quota"_s };
    QTest::newRow("recovery: headroom back")
        << qint64(100) << qint64(190) << false << QString() << 200 << QString() << none << QStringList();
    QTest::newRow("limit 0 cannot be judged")
        << qint64(0) << qint64(0) << false << QString() << 200 << QString() << none << QStringList();
    QTest::newRow("skewed figures: remaining above limit")
        << qint64(500) << qint64(190) << false << QString() << 200 << QString() << none << QStringList();
    QTest::newRow("skewed figures: negative remaining")
        << qint64(-5) << qint64(190) << false << QString() << 200 << u"critical"_s
        << QJsonObject { { u"headroom_pct"_s, 0.0 } } << QStringList();
    QTest::newRow("extreme: INT64 max limit")
        << qint64(1) << Max64 << false << QString() << 200 << u"warning"_s << QJsonObject { { u"limit"_s, i64(Max64) } }
        << QStringList { u"9,223,372,036,854,775,807"_s };
}

void TestRules::rateLimit()
{
    QFETCH(qint64, remaining);
    QFETCH(qint64, limit);
    QFETCH(bool, limited);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, evidence);
    QFETCH(QStringList, words);
    ConnectionFacts c = conn(u"conn-1"_s, kind, status);
    if (remaining != -1 || limit != -1) {
        c.quotaRemaining = remaining;
        c.quotaLimit = limit;
        c.quotaWindowS = 10;
    }
    c.rateLimited = limited;
    if (status == 429)
        c.retryAfterMs = 2500;
    CHECK_FINDING(Rules::rateLimit(c, RuleSettings(), t0()), u"rate_limit"_s, severity, evidence, words);
}

// ---- unreachable / bad_response ------------------------------------------------------------------------------

void TestRules::unreachable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("first poll: no answer, no error") << QString() << 0 << QString() << QStringList();
    QTest::newRow("network") << u"network"_s << 0 << u"critical"_s << QStringList { u"could not be reached"_s };
    QTest::newRow("timeout") << u"timeout"_s << 0 << u"critical"_s << QStringList { u"in time"_s };
    QTest::newRow("tls") << u"tls"_s << 0 << u"critical"_s << QStringList { u"certificate"_s };
    QTest::newRow("server 503") << u"server"_s << 503 << u"critical"_s << QStringList { u"503"_s };
    QTest::newRow("bare 500 without a kind") << QString() << 500 << u"critical"_s << QStringList { u"500"_s };
    QTest::newRow("recovery: 200") << QString() << 200 << QString() << QStringList();
    QTest::newRow("404 is not unreachable") << u"not_found"_s << 404 << QString() << QStringList();
    QTest::newRow("parse is bad_response") << u"parse"_s << 200 << QString() << QStringList();
    QTest::newRow("auth is not unreachable") << u"auth"_s << 401 << QString() << QStringList();
}

void TestRules::unreachable()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, severity);
    QFETCH(QStringList, words);
    CHECK_FINDING(
        Rules::unreachable(conn(u"conn-1"_s, kind, status), t0()), u"unreachable"_s, severity, QJsonObject(), words);
}

void TestRules::badResponse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("first poll: nothing") << QString() << 0 << QString() << QStringList();
    QTest::newRow("malformed JSON on 200")
        << u"parse"_s << 200 << u"warning"_s << QStringList { u"200"_s, u"changed"_s };
    QTest::newRow("parse without HTTP status") << u"parse"_s << 0 << u"warning"_s << QStringList { u"conn-1"_s };
    QTest::newRow("recovery: readable again") << QString() << 200 << QString() << QStringList();
    QTest::newRow("server error is unreachable") << u"server"_s << 502 << QString() << QStringList();
    QTest::newRow("timeout is unreachable") << u"timeout"_s << 0 << QString() << QStringList();
}

void TestRules::badResponse()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, severity);
    QFETCH(QStringList, words);
    CHECK_FINDING(
        Rules::badResponse(conn(u"conn-1"_s, kind, status), t0()), u"bad_response"_s, severity, QJsonObject(), words);
}

// ---- not_found -----------------------------------------------------------------------------------------------

namespace {

// One side's newest sample answered "it does not exist".
IntegrationFacts goneFacts(const QString& side, int httpStatus, const QString& problem = u"Resource Not Found"_s)
{
    IntegrationFacts f = facts(u"-300 1200/1190, 0 1200/1190"_s);
    f.integration.middleware = Middleware { u"make-eu"_s, u"4711"_s };
    f.connections.insert(u"hubspot-main"_s, { u"HubSpot (EU)"_s, &vendorWords(u"hubspot"_s) });
    f.connections.insert(u"mailchimp-main"_s, { u"Mailchimp newsletter"_s, &vendorWords(u"mailchimp"_s) });
    f.connections.insert(u"make-eu"_s, { u"Make (EU)"_s, &vendorWords(u"make"_s) });
    SideSample gone;
    gone.errorKind = ErrorKind::NotFound;
    gone.httpStatus = httpStatus;
    gone.errorMessage = problem;
    if (side == u"source")
        f.samples.last().source = gone;
    else if (side == u"destination")
        f.samples.last().destination = gone;
    else if (side == u"middleware") {
        MiddlewareSnapshot m;
        m.missing = true;
        m.httpStatus = httpStatus;
        m.problem = problem;
        f.middlewareState = m;
    }
    return f;
}

} // namespace

void TestRules::notFound_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QStringList>("words"); // in the message
    QTest::addColumn<QStringList>("hintWords"); // in the hint
    QTest::newRow("deleted audience") << u"destination"_s << 404 << u"mailchimp-main"_s
                                      << QStringList { u"Mailchimp audience members"_s, u"Mailchimp newsletter"_s,
                                             u"deleted"_s, u"HTTP 404"_s }
                                      << QStringList { u"Audience › All contacts"_s, u"Ctrl+E"_s };
    QTest::newRow("deleted HubSpot object type") << u"source"_s << 400 << u"hubspot-main"_s
                                                 << QStringList { u"HubSpot object type contacts"_s, u"HubSpot (EU)"_s }
                                                 << QStringList { u"Objects"_s, u"new id"_s };
    QTest::newRow("deleted Make scenario") << u"middleware"_s << 404 << u"make-eu"_s
                                           << QStringList { u"Make scenario 4711"_s, u"Make (EU)"_s, u"deleted"_s }
                                           << QStringList { u"Scenarios"_s, u"/scenarios/<id>/edit"_s };
    QTest::newRow("definition without an id")
        << u"destination"_s << 0 << u"mailchimp-main"_s
        << QStringList { u"cannot be checked"_s, u"Resource Not Found"_s } << QStringList { u"fill in"_s };
    QTest::newRow("nothing missing") << QString() << 0 << QString() << QStringList() << QStringList();
}

void TestRules::notFound()
{
    QFETCH(QString, side);
    QFETCH(int, status);
    QFETCH(QString, connection);
    QFETCH(QStringList, words);
    QFETCH(QStringList, hintWords);
    const QList<Finding> got = Rules::notFound(goneFacts(side, status), RuleSettings());
    if (side.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(dump(got)));
        return;
    }
    CHECK_FINDING(got, u"not_found"_s, u"critical"_s,
        (QJsonObject { { u"side"_s, side }, { u"connection"_s, connection } }), words);
    const Finding& f = got.constFirst();
    QCOMPARE(f.integrationId, u"crm-to-email"_s);
    QCOMPARE(f.connectionId, connection);
    QVERIFY2(f.message.at(0).isUpper(), qPrintable(f.message));
    for (const QString& w : hintWords)
        QVERIFY2(f.hint.contains(w), qPrintable(w + u" not in: "_s + f.hint));
    // Nothing to rotate: the key works, the thing is gone.
    QVERIFY2(!f.hint.contains(u"API key"_s) && !f.hint.contains(u"warning"_s), qPrintable(f.hint));
}

void TestRules::notFoundQuietsTheRulesItExplains()
{
    // A deleted audience: no count_drift "unknown" pointing at a connection warning that does not exist.
    const IntegrationFacts audience = goneFacts(u"destination"_s, 404);
    QStringList rules;
    for (const Finding& f : Rules::evaluateIntegration(audience, RuleSettings()))
        rules << f.rule;
    QCOMPARE(rules, QStringList { u"not_found"_s });

    // A deleted scenario: not "made no runs… is it switched on?" but not_found alone.
    IntegrationFacts scenario = goneFacts(u"middleware"_s, 404);
    scenario.samples = samples(u"-43200 100/100, 0 100/100"_s);
    RuleSettings s;
    s.expectedRunsPerDay = 24;
    QVERIFY2(Rules::silentFailure(scenario, s).isEmpty(), qPrintable(dump(Rules::silentFailure(scenario, s))));
    QCOMPARE(Rules::notFound(scenario, s).size(), 1);
    // The same facts with the scenario present do say it made no runs (the check above can fail).
    scenario.middlewareState.reset();
    QCOMPARE(Rules::silentFailure(scenario, s).size(), 1);
    // A run log that could not be read this time says nothing about how many runs were made.
    scenario.middleware = conn(u"make-eu"_s, u"timeout"_s, 0);
    QVERIFY2(Rules::silentFailure(scenario, s).isEmpty(), qPrintable(dump(Rules::silentFailure(scenario, s))));
}

// ---- missing_key ---------------------------------------------------------------------------------------------

void TestRules::missingKey_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("hintWords");
    QTest::newRow("no entry, no variable") << u"missing_key"_s << u"no_key"_s
                                           << QStringList { u"Set API key"_s, u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s,
                                                  u"plumbline secret set hubspot-main"_s, u"Private Apps"_s };
    QTest::newRow("keychain locked or absent")
        << u"keychain_unavailable"_s << u"keychain_unavailable"_s
        << QStringList { u"Unlock"_s, u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s, u"do not replace it"_s };
    QTest::newRow("a rejected key is auth's") << u"auth"_s << QString() << QStringList();
    QTest::newRow("fine") << QString() << QString() << QStringList();
}

void TestRules::missingKey()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(QStringList, hintWords);
    ConnectionFacts c = conn(u"hubspot-main"_s, kind, 0);
    c.errorMessage = u"No API key for \"HubSpot\": No API key is stored for this connection."_s;
    const QList<Finding> got = Rules::missingKey(c, vendorWords(u"hubspot"_s), t0());
    if (reason.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(dump(got)));
        return;
    }
    CHECK_FINDING(got, u"missing_key"_s, u"critical"_s,
        (QJsonObject { { u"reason"_s, reason }, { u"requests_sent"_s, 0 },
            { u"variable"_s, u"PLUMBLINE_SECRET_HUBSPOT_MAIN"_s } }),
        (QStringList { u"hubspot-main"_s, u"nothing was sent"_s }));
    for (const QString& w : hintWords)
        QVERIFY2(got.constFirst().hint.contains(w), qPrintable(w + u" not in: "_s + got.constFirst().hint));
    // Not "rejected, revoked or expired": no request was made. And the whole connection evaluation agrees.
    QVERIFY(!got.constFirst().message.contains(u"rejected"_s));
    QStringList rules;
    for (const Finding& f : Rules::evaluateConnection(c, vendorWords(u"hubspot"_s), RuleSettings(), t0()))
        rules << f.rule;
    QCOMPARE(rules, QStringList { u"missing_key"_s });
}

void TestRules::unreadCountHintNamesTheReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("auth") << u"auth"_s << u"rejected Plumbline's key"_s;
    QTest::newRow("missing key") << u"missing_key"_s << u"no key it can send"_s;
    QTest::newRow("unreachable") << u"timeout"_s << u"could not be reached"_s;
    QTest::newRow("unnamed") << QString() << u"Test connection"_s;
}

void TestRules::unreadCountHintNamesTheReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    IntegrationFacts f = facts(u"-300 1200/1190, 0 1200/-"_s);
    f.samples.last().destination.errorKind = kindOf(kind);
    const QList<Finding> got = Rules::countDrift(f, RuleSettings());
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().severity, Severity::Unknown);
    QVERIFY2(got.constFirst().hint.contains(words), qPrintable(got.constFirst().hint));
    QVERIFY2(got.constFirst().hint.contains(u"mailchimp-main"_s), qPrintable(got.constFirst().hint));
    QVERIFY2(!got.constFirst().hint.contains(u"own warning"_s), qPrintable(got.constFirst().hint));
    // stale names the same reason instead of "look for a warning".
    f.samples = samples(u"-3600 1200/-, 0 1200/-"_s);
    f.samples.last().destination.errorKind = kindOf(kind);
    f.lastSuccessfulPoll = t0().addSecs(-7200);
    const QList<Finding> stale = Rules::stale(f, RuleSettings());
    QCOMPARE(stale.size(), 1);
    QVERIFY2(stale.constFirst().hint.contains(words), qPrintable(stale.constFirst().hint));
}

void TestRules::findingTextIsBounded()
{
    // 10,000 mappings, none of them present: once a 538 KB line, now a bounded message with exact totals.
    IntegrationFacts f = facts(u"0 1/1"_s);
    f.integration.mappings.clear();
    for (int i = 0; i < 10000; ++i)
        f.integration.mappings << FieldMapping { u"source_field_%1"_s.arg(i), u"DEST_FIELD_%1"_s.arg(i), i == 0 };
    f.sourceSchema = schema(u"email"_s, u"hubspot-main"_s);
    f.destinationSchema = schema(u"EMAIL"_s, u"mailchimp-main"_s);
    const QList<Finding> got = Rules::mappingDrift(f, RuleSettings());
    QCOMPARE(got.size(), 1);
    const Finding& x = got.constFirst();
    QVERIFY2(x.message.size() <= 600, qPrintable(QString::number(x.message.size())));
    QVERIFY2(x.message.contains(u"20000 mapped fields"_s), qPrintable(x.message));
    QVERIFY2(x.message.contains(u"and 19995 more"_s), qPrintable(x.message));
    QCOMPARE(x.evidence.value(u"missing_total"_s).toInteger(), 20000);
    QVERIFY(x.evidence.value(u"missing"_s).toArray().size() <= 50);
    QVERIFY(QJsonDocument(x.evidence).toJson(QJsonDocument::Compact).size() < 8000);
    // Any rule's text: a vendor message of 100,000 characters is cut, never carried whole.
    ConnectionFacts c = conn(u"conn-1"_s, u"parse"_s, 200);
    c.notice = QString(100000, u'x');
    c.deprecated = true;
    const QList<Finding> dep = Rules::deprecation(c, vendorWords(u"generic"_s), RuleSettings(), t0());
    QCOMPARE(dep.size(), 1);
    QVERIFY(dep.constFirst().message.size() <= 600);
}

// ---- the monitoring-plugins precedence (max_state): CRITICAL > WARNING > UNKNOWN > OK ----------------------------

void TestRules::severityPrecedence_data()
{
    QTest::addColumn<QStringList>("severities");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("nothing") << QStringList() << u"ok"_s << 0;
    QTest::newRow("ok") << QStringList { u"ok"_s } << u"ok"_s << 0;
    QTest::newRow("unknown alone") << QStringList { u"ok"_s, u"unknown"_s } << u"unknown"_s << 3;
    QTest::newRow("warning beats unknown") << QStringList { u"unknown"_s, u"warning"_s } << u"warning"_s << 1;
    QTest::newRow("warning beats unknown, either order")
        << QStringList { u"warning"_s, u"unknown"_s } << u"warning"_s << 1;
    QTest::newRow("critical beats all") << QStringList { u"warning"_s, u"critical"_s, u"unknown"_s } << u"critical"_s
                                        << 2;
}

void TestRules::severityPrecedence()
{
    QFETCH(QStringList, severities);
    QFETCH(QString, worst);
    QFETCH(int, exitCode);
    QList<Finding> findings;
    Severity folded = Severity::Ok;
    for (const QString& key : severities) {
        Finding f;
        f.severity = *severityFromKey(key);
        findings << f;
        folded = worse(folded, f.severity);
    }
    QCOMPARE(severityKey(worstOf(findings)), worst);
    QCOMPARE(severityKey(folded), worst);
    QCOMPARE(severityExitCode(worstOf(findings)), exitCode);
}

// ---- evaluate ------------------------------------------------------------------------------------------------

void TestRules::evaluateIntegration()
{
    IntegrationFacts f = facts(u"-7200 1000/900, -3600 1000/900, 0 1500/900"_s);
    f.lastSuccessfulPoll = t0().addSecs(-3600);
    f.sourceSchema = schema(u"email, firstname, lastname"_s, u"hubspot-main"_s);
    f.destinationSchema = schema(u"EMAIL, FIRSTNAME, LNAME"_s, u"mailchimp-main"_s);
    f.integration.middleware = Middleware { u"make-eu"_s, u"4711"_s };
    f.runs = runs(runSeries(3, u"error"_s));
    // The newest sample is current: the last success is the newest sample's time in practice; here it is old.
    const QList<Finding> got = Rules::evaluateIntegration(f, RuleSettings());
    QStringList rules;
    for (const Finding& x : got) {
        rules << x.rule;
        QCOMPARE(x.integrationId, u"crm-to-email"_s);
        QCOMPARE(x.at, t0());
    }
    QCOMPARE(rules,
        QStringList({ u"stale"_s, u"count_drift"_s, u"silent_failure"_s, u"mapping_drift"_s, u"run_failures"_s }));
    QCOMPARE(got.at(1).severity, Severity::Critical); // 600 of 1,500: 40 %
    // The same call twice gives the same list.
    QCOMPARE(Rules::evaluateIntegration(f, RuleSettings()), got);
}

void TestRules::errorKindKeysRoundTrip()
{
    // The store keeps kinds by key: each key names one kind, the empty one none, an unknown one nothing.
    QSet<QString> keys;
    for (int k = static_cast<int>(ErrorKind::None); k <= static_cast<int>(ErrorKind::UnusableKey); ++k) {
        const auto kind = static_cast<ErrorKind>(k);
        const QString key = errorKindKey(kind);
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(errorKindFromKey(key), std::optional<ErrorKind>(kind));
        QCOMPARE(errorKindFromKey(storedErrorKind(kind)), std::optional<ErrorKind>(kind));
    }
    QCOMPARE(storedErrorKind(ErrorKind::None), QString());
    QCOMPARE(errorKindFromKey(QString()), std::optional<ErrorKind>(ErrorKind::None));
    QCOMPARE(errorKindFromKey(u"Auth"_s), std::nullopt);
    QCOMPARE(errorKindFromKey(u"teapot"_s), std::nullopt);
}

void TestRules::alertSubjectKeys()
{
    // Stored keys are part of the store and the webhook payload: they must not change.
    QCOMPARE(AlertSubject::integration(u"crm-to-email"_s).key(), u"integration:crm-to-email"_s);
    QCOMPARE(AlertSubject::connection(u"hubspot-main"_s).key(), u"connection:hubspot-main"_s);
    for (const AlertSubject& s : { AlertSubject::integration(u"a:b"_s), AlertSubject::connection(u"x"_s) })
        QCOMPARE(AlertSubject::parse(s.key()), s);
    Finding onIntegration;
    onIntegration.integrationId = u"i"_s;
    onIntegration.connectionId = u"c"_s;
    QCOMPARE(AlertSubject::of(onIntegration), AlertSubject::integration(u"i"_s));
    Finding onConnection;
    onConnection.connectionId = u"c"_s;
    QCOMPARE(AlertSubject::of(onConnection), AlertSubject::connection(u"c"_s));
    const AlertSubject monitor = AlertSubject::parse(u"monitor"_s);
    QCOMPARE(monitor.kind, AlertSubject::Kind::Monitor);
    QCOMPARE(monitor.key(), u"monitor"_s);
    // A key no version wrote is kept as it was, and its id is what follows the first ':'.
    const AlertSubject odd = AlertSubject::parse(u"workflow:42"_s);
    QCOMPARE(odd.kind, AlertSubject::Kind::Unknown);
    QCOMPARE(odd.id, u"42"_s);
    QCOMPARE(odd.key(), u"workflow:42"_s);
}

void TestRules::evaluateConnection()
{
    ConnectionFacts c = conn(u"sf"_s, u"quota_exhausted"_s, 403);
    c.rateLimited = true;
    c.deprecated = true;
    c.requestedVersion = u"40.0"_s;
    c.credentialSetAt = t0().addDays(-200);
    const QList<Finding> got = Rules::evaluateConnection(c, vendorWords(u"salesforce"_s), RuleSettings(), t0());
    QStringList rules;
    for (const Finding& x : got) {
        rules << x.rule + u'/' + severityKey(x.severity);
        QCOMPARE(x.connectionId, u"sf"_s);
    }
    QCOMPARE(rules, QStringList({ u"permission/warning"_s, u"rate_limit/critical"_s, u"deprecation/warning"_s }));
    QVERIFY(Rules::evaluateConnection(conn(u"ok"_s), vendorWords(u"hubspot"_s), RuleSettings(), t0()).isEmpty());
}

void TestRules::settingsFromChecks()
{
    // Workspace checks override the defaults: a 50 % critical threshold turns the 16.7 % gap into a warning.
    IntegrationFacts f = facts(u"-1000 1200/1000, 0 1200/1000"_s);
    f.lastSuccessfulPoll = t0();
    QCOMPARE(Rules::evaluateIntegration(f, RuleSettings()).constFirst().severity, Severity::Critical);
    f.integration.checks.extra.insert(u"critical_pct"_s, 50);
    const QList<Finding> got = Rules::evaluateIntegration(f, RuleSettings());
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().severity, Severity::Warning);
    // A longer lag grace in the checks silences it.
    f.integration.checks.lagGraceS = 3600;
    QVERIFY(Rules::evaluateIntegration(f, RuleSettings()).isEmpty());
    const RuleSettings s = RuleSettings::forIntegration(f.integration.checks);
    QCOMPARE(s.criticalPct, 50.0);
    QCOMPARE(s.lagGraceS, 3600);
    QCOMPARE(s.staleCriticalFactor, 6);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
