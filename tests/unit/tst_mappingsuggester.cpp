// Field mapping suggestions (the guided wizard and the dashboard's suggested renames), mapping states from schema
// history, and the item models that show them.
#include <schema/MappingHealth.h>
#include <schema/MappingSuggester.h>
#include <views/MappingStateModel.h>
#include <views/RunLogModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

Q_DECLARE_METATYPE(QList<FieldInfo>)
Q_DECLARE_METATYPE(QList<MappingSuggestion>)

namespace {

FieldInfo field(const QString& name, const QString& label = {}, const QString& type = u"string"_s)
{
    return { name, label, type };
}

QList<FieldInfo> hubspotContacts()
{
    return { field(u"email"_s, u"Email"_s), field(u"firstname"_s, u"First Name"_s),
        field(u"lastname"_s, u"Last Name"_s), field(u"company"_s, u"Company Name"_s),
        field(u"phone"_s, u"Phone Number"_s, u"phonenumber"_s), field(u"lifecyclestage"_s, u"Lifecycle Stage"_s),
        field(u"hs_object_id"_s, u"Record ID"_s, u"number"_s), field(u"createdate"_s, u"Create Date"_s) };
}

QList<FieldInfo> mailchimpAudience()
{
    return { field(u"EMAIL"_s, u"Email Address"_s, u"email"_s), field(u"FNAME"_s, u"First Name"_s, u"text"_s),
        field(u"LNAME"_s, u"Last Name"_s, u"text"_s), field(u"PHONE"_s, u"Phone Number"_s, u"phone"_s),
        field(u"COMPANY"_s, u"Company"_s, u"text"_s), field(u"BIRTHDAY"_s, u"Birthday"_s, u"birthday"_s) };
}

QString pairs(const QList<MappingSuggestion>& s)
{
    QStringList out;
    for (const MappingSuggestion& m : s)
        out << m.source + u"->"_s + m.destination + (m.key ? u"*"_s : QString());
    return out.join(u", "_s);
}

} // namespace

class TestMappingSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normaliseAndTokens()
    {
        QCOMPARE(MappingSuggester::normalise(u"First_Name "_s), u"firstname"_s);
        QCOMPARE(MappingSuggester::normalise(u"e-mail.address"_s), u"emailaddress"_s);
        QCOMPARE(MappingSuggester::tokens(u"FirstName"_s), QStringList({ u"first"_s, u"name"_s }));
        QCOMPARE(MappingSuggester::tokens(u"FNAME"_s), QStringList({ u"fname"_s }));
        QCOMPARE(MappingSuggester::tokens(u"hs_object_id"_s), QStringList({ u"hs"_s, u"object"_s, u"id"_s }));
        QCOMPARE(MappingSuggester::editSimilarity(u"abc"_s, u"abc"_s), 1.0);
        QCOMPARE(MappingSuggester::editSimilarity(u"abc"_s, u"xyz"_s), 0.0);
        QCOMPARE(MappingSuggester::editSimilarity(QString(), u"x"_s), 0.0);
    }

    void similarity_data()
    {
        QTest::addColumn<FieldInfo>("a");
        QTest::addColumn<FieldInfo>("b");
        QTest::addColumn<bool>("match"); // at or above the default threshold
        // Synonyms across vendors.
        QTest::newRow("firstname~FNAME") << field(u"firstname"_s) << field(u"FNAME"_s) << true;
        QTest::newRow("lastname~LNAME") << field(u"lastname"_s) << field(u"LNAME"_s) << true;
        QTest::newRow("email~EMAIL") << field(u"email"_s) << field(u"EMAIL"_s) << true;
        QTest::newRow("email~email_address") << field(u"email"_s) << field(u"email_address"_s) << true;
        QTest::newRow("phone~PHONE") << field(u"phone"_s) << field(u"PHONE"_s) << true;
        QTest::newRow("company~COMPANY") << field(u"company"_s) << field(u"COMPANY"_s) << true;
        QTest::newRow("phone~Business Phone label")
            << field(u"phone"_s) << field(u"Phone"_s, u"Business Phone"_s) << true;
        // Case, underscore, space and punctuation variants.
        QTest::newRow("first_name~FirstName") << field(u"first_name"_s) << field(u"FirstName"_s) << true;
        QTest::newRow("Last Name~last-name") << field(u"Last Name"_s) << field(u"last-name"_s) << true;
        QTest::newRow("createdate~CreatedDate") << field(u"createdate"_s) << field(u"CreatedDate"_s) << true;
        // Same label, different names (a renamed custom field).
        QTest::newRow("same label") << field(u"first_name"_s, u"First Name"_s) << field(u"FIRSTNAME"_s, u"First Name"_s)
                                    << true;
        QTest::newRow("MMERGE3 labelled Company")
            << field(u"company"_s, u"Company Name"_s) << field(u"MMERGE3"_s, u"Company"_s) << true;
        // Unrelated fields never match.
        QTest::newRow("firstname!~LNAME") << field(u"firstname"_s) << field(u"LNAME"_s) << false;
        QTest::newRow("fname!~lname") << field(u"fname"_s) << field(u"lname"_s) << false;
        QTest::newRow("email!~phone") << field(u"email"_s, u"Email"_s) << field(u"PHONE"_s, u"Phone Number"_s) << false;
        QTest::newRow("lifecyclestage!~BIRTHDAY")
            << field(u"lifecyclestage"_s, u"Lifecycle Stage"_s) << field(u"BIRTHDAY"_s, u"Birthday"_s) << false;
        QTest::newRow("hs_object_id!~Id")
            << field(u"hs_object_id"_s, u"Record ID"_s) << field(u"Id"_s, u"Contact ID"_s) << false;
        QTest::newRow("empty") << field(QString()) << field(u"EMAIL"_s) << false;
    }
    void similarity()
    {
        QFETCH(FieldInfo, a);
        QFETCH(FieldInfo, b);
        QFETCH(bool, match);
        const double score = MappingSuggester::similarity(a, b);
        QVERIFY2((score >= MappingSuggester::kDefaultThreshold) == match, qPrintable(QString::number(score)));
        QVERIFY(score >= 0.0 && score <= 1.0);
        QCOMPARE(MappingSuggester::similarity(a, b) >= MappingSuggester::kDefaultThreshold,
            MappingSuggester::similarity(b, a) >= MappingSuggester::kDefaultThreshold);
    }

    void suggest_data()
    {
        QTest::addColumn<QList<FieldInfo>>("source");
        QTest::addColumn<QList<FieldInfo>>("destination");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HubSpot contacts -> Mailchimp audience")
            << hubspotContacts() << mailchimpAudience() << MappingSuggester::kDefaultThreshold
            << u"email->EMAIL*, firstname->FNAME, lastname->LNAME, company->COMPANY, phone->PHONE"_s;
        QTest::newRow("Shopify customers -> Salesforce Contact")
            << QList<FieldInfo> { field(u"email"_s), field(u"first_name"_s), field(u"last_name"_s), field(u"phone"_s),
                   field(u"orders_count"_s, QString(), u"integer"_s) }
            << QList<FieldInfo> { field(u"Id"_s, u"Contact ID"_s), field(u"LastName"_s, u"Last Name"_s),
                   field(u"FirstName"_s, u"First Name"_s), field(u"Email"_s, u"Email"_s, u"email"_s),
                   field(u"Phone"_s, u"Business Phone"_s) }
            << MappingSuggester::kDefaultThreshold
            << u"email->Email*, first_name->FirstName, last_name->LastName, phone->Phone"_s;
        // One to one: two source fields want the same destination; the better one wins and the other gets nothing.
        QTest::newRow("one to one") << QList<FieldInfo> { field(u"email"_s), field(u"email_address"_s) }
                                    << QList<FieldInfo> { field(u"EMAIL"_s) } << MappingSuggester::kDefaultThreshold
                                    << u"email->EMAIL*"_s;
        QTest::newRow("nothing in common") << QList<FieldInfo> { field(u"lifecyclestage"_s, u"Lifecycle Stage"_s) }
                                           << QList<FieldInfo> { field(u"BIRTHDAY"_s, u"Birthday"_s) }
                                           << MappingSuggester::kDefaultThreshold << QString();
        // Threshold: a near name passes a loose threshold and fails a strict one.
        QTest::newRow("loose threshold") << QList<FieldInfo> { field(u"zipcode"_s) }
                                         << QList<FieldInfo> { field(u"ZIP_CODE2"_s) } << 0.5
                                         << u"zipcode->ZIP_CODE2"_s;
        QTest::newRow("strict threshold") << QList<FieldInfo> { field(u"zipcode"_s) }
                                          << QList<FieldInfo> { field(u"ZIP_CODE2"_s) } << 0.99 << QString();
        QTest::newRow("no key without email")
            << QList<FieldInfo> { field(u"phone"_s) } << QList<FieldInfo> { field(u"PHONE"_s) }
            << MappingSuggester::kDefaultThreshold << u"phone->PHONE"_s;
        QTest::newRow("empty schemas") << QList<FieldInfo>() << mailchimpAudience()
                                       << MappingSuggester::kDefaultThreshold << QString();
    }
    void suggest()
    {
        QFETCH(QList<FieldInfo>, source);
        QFETCH(QList<FieldInfo>, destination);
        QFETCH(double, threshold);
        QFETCH(QString, expected);
        const QList<MappingSuggestion> s = MappingSuggester::suggest(source, destination, threshold);
        QCOMPARE(pairs(s), expected);
        for (const MappingSuggestion& m : s)
            QVERIFY(m.confidence >= threshold && m.confidence <= 1.0);
    }

    void likelyRename()
    {
        const QList<FieldInfo> drifted { field(u"EMAIL"_s, u"Email Address"_s), field(u"FIRSTNAME"_s, u"First Name"_s),
            field(u"LNAME"_s, u"Last Name"_s) };
        const std::optional<FieldInfo> guess
            = MappingSuggester::likelyRename(field(u"FNAME"_s, u"First Name"_s), drifted, { u"EMAIL"_s, u"LNAME"_s });
        QVERIFY(guess);
        QCOMPARE(guess->name, u"FIRSTNAME"_s);
        // Fields already used by another mapping are not offered; nothing similar: no guess.
        QVERIFY(!MappingSuggester::likelyRename(field(u"LNAME"_s, u"Last Name"_s), drifted, { u"LNAME"_s }));
        QVERIFY(!MappingSuggester::likelyRename(field(u"BIRTHDAY"_s, u"Birthday"_s), drifted));
    }

    void mappingStatesFromSchemaHistory()
    {
        Integration i;
        i.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false },
            { u"lastname"_s, u"LNAME"_s, false }, { u"score"_s, u"SCORE"_s, false } };
        const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        const QDateTime t1 = t0.addDays(3);
        const QList<SchemaSnapshot> source {
            { u"hubspot"_s, u"contacts"_s, t0,
                { field(u"email"_s), field(u"firstname"_s, u"First Name"_s), field(u"lastname"_s),
                    field(u"score"_s, QString(), u"number"_s) } },
            { u"hubspot"_s, u"contacts"_s, t1,
                { field(u"email"_s), field(u"first_name"_s, u"First Name"_s), field(u"lastname"_s),
                    field(u"score"_s, QString(), u"string"_s) } },
        };
        const QList<SchemaSnapshot> destination { { u"mailchimp"_s, u"list"_s, t0,
            { field(u"EMAIL"_s), field(u"FNAME"_s), field(u"SCORE"_s, QString(), u"number"_s) } } };
        const QList<MappingState> states = MappingHealth::evaluate(i, source, destination);
        QCOMPARE(states.size(), qsizetype(4));
        QCOMPARE(states[0].state, MappingState::State::Ok);
        QCOMPARE(states[1].state, MappingState::State::MissingOnSource);
        QCOMPARE(states[1].suggestion, u"first_name"_s);
        QCOMPARE(states[1].since, t1);
        QCOMPARE(states[2].state, MappingState::State::MissingOnDestination);
        QVERIFY(states[2].suggestion.isEmpty());
        QCOMPARE(states[3].state, MappingState::State::TypeChanged);
        QVERIFY2(states[3].detail.contains(u"number"_s) && states[3].detail.contains(u"string"_s),
            qPrintable(states[3].detail));
        // Without schemas nothing is claimed; with one side only, only that side's problems.
        for (const MappingState& s : MappingHealth::evaluate(i, {}, {}))
            QCOMPARE(s.state, MappingState::State::Unknown);
        const QList<MappingState> half = MappingHealth::evaluate(i, {}, destination);
        QCOMPARE(half[0].state, MappingState::State::Unknown);
        QCOMPARE(half[2].state, MappingState::State::MissingOnDestination);

        const QList<SchemaChange> changes = MappingHealth::changes(source);
        QCOMPARE(changes.size(), qsizetype(4)); // added first_name, type of score, removed firstname; first fetch
        QCOMPARE(changes.last().kind, SchemaChange::Kind::FirstSeen);
        QCOMPARE(changes.first().ts, t1);
        int added = 0, removed = 0, typed = 0;
        for (const SchemaChange& c : changes) {
            added += c.kind == SchemaChange::Kind::Added && c.field == u"first_name";
            removed += c.kind == SchemaChange::Kind::Removed && c.field == u"firstname";
            typed += c.kind == SchemaChange::Kind::TypeChanged && c.field == u"score";
        }
        QCOMPARE(added + removed + typed, 3);

        MappingStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStates(states);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, MappingStateModel::SuggestionColumn).data().toString(),
            MappingStateModel::tr("Renamed to “%1”?").arg(u"first_name"_s));
        QCOMPARE(model.index(1, MappingStateModel::StateColumn).data(MappingStateModel::StateKeyRole).toString(),
            u"missing_on_source"_s);
        QCOMPARE(model.index(0, MappingStateModel::KeyColumn).data().toString(), MappingStateModel::tr("key"));
        // Same rows with new states: no reset (the view keeps its selection).
        QList<MappingState> fixed = states;
        fixed[1].state = MappingState::State::Ok;
        model.setStates(fixed);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(changed.size(), 1);
        model.setStates(fixed.mid(0, 2));
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 2);
    }

    void runLogModelFiltersPagesAndCopies()
    {
        RunLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QList<RunLogEntry> entries;
        for (int n = 0; n < 250; ++n) {
            entries << RunLogEntry { t0.addSecs(300 * n),
                n % 10 == 0 ? RunLogEntry::Category::PollError : RunLogEntry::Category::Run, u"Make"_s,
                n % 10 == 0 ? u"server"_s : u"success"_s, u"Run %1\twith a tab\nand a line"_s.arg(n) };
        }
        model.setEntries(entries);
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.pageCount(), 3);
        QCOMPARE(model.rowCount(), RunLogModel::kDefaultPageSize);
        QVERIFY(model.index(0, RunLogModel::MessageColumn).data().toString().startsWith(u"Run 249"_s)); // newest first
        model.setPage(2);
        QCOMPARE(model.rowCount(), 50);
        model.setPage(7); // clamped
        QCOMPARE(model.page(), 2);
        model.setCategoryFilter(RunLogEntry::Category::PollError);
        QCOMPARE(model.page(), 0);
        QCOMPARE(model.filteredCount(), 25);
        model.setCategoryFilter(std::nullopt);
        model.setTextFilter(u"run 24"_s);
        QCOMPARE(model.filteredCount(), 11); // 24, 240..249
        model.setTextFilter(u"nothing like this"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pageCount(), 1);
        model.setTextFilter(QString());
        const QString copied = model.tabSeparated({ 0, 1 });
        const QStringList lines = copied.split(u'\n');
        QCOMPARE(lines.size(), qsizetype(2));
        QCOMPARE(lines[0].split(u'\t').size(), qsizetype(RunLogModel::ColumnCount));
        QCOMPARE(lines[0].split(u'\t').first(), t0.addSecs(300 * 249).toString(Qt::ISODate));
        QVERIFY(model.tabSeparated({ 999 }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingSuggester)
#include "tst_mappingsuggester.moc"
