// In-place updates keep persistent indexes; the alerts model's states and filters; the overview's filter proxy;
// the API versions calendar's ordering and urgency. Every model runs under QAbstractItemModelTester.
#include <ConnectionTableModel.h>
#include <Database.h>
#include <IntegrationTableModel.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>
#include <calendar/ApiVersionCalendar.h>
#include <views/AlertTableModel.h>
#include <views/ApiVersionCalendarModel.h>
#include <views/IntegrationFilterProxy.h>

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

struct Store
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<WorkspaceRepository> workspace;
    std::unique_ptr<MonitorRepository> history;

    bool open()
    {
        if (!dir.isValid() || !database.open(dir.filePath(u"plumbline.db"_s)))
            return false;
        workspace = std::make_unique<WorkspaceRepository>(database, u"tester"_s);
        history = std::make_unique<MonitorRepository>(database);
        return true;
    }
    bool connection(const QString& id, const QString& name, Vendor vendor, const QString& version)
    {
        Connection c;
        c.id = id;
        c.name = name;
        c.vendor = vendor;
        c.baseUrl = u"https://example.com/"_s + id;
        c.apiVersion = version;
        return bool(workspace->saveConnection(c));
    }
    bool integration(const QString& id, const QString& name, const QString& from, const QString& to)
    {
        Integration i;
        i.id = id;
        i.name = name;
        i.source = { from, u"contacts"_s, QJsonValue::Null };
        i.destination = { to, u"members"_s, QJsonValue::Null };
        return bool(workspace->saveIntegration(i));
    }
};

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

Alert alert(qint64 id, const QString& subject, const QString& rule, Severity severity, qint64 openedMinutesAgo)
{
    Alert a;
    a.id = id;
    a.subject = subject;
    a.rule = rule;
    a.severity = severity;
    a.message = u"message %1"_s.arg(id);
    a.openedAt = kNow.addSecs(-60 * openedMinutesAgo);
    return a;
}

} // namespace

class TestViewsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Adding, renaming (which moves a row) and deleting integrations updates rows in place: a persistent index on
    // another row follows it; snapshots only send dataChanged; nothing resets.
    void integrationModelUpdatesInPlace()
    {
        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"a"_s, u"HubSpot"_s, Vendor::HubSpot, u"v3"_s));
        QVERIFY(s.connection(u"b"_s, u"Mailchimp"_s, Vendor::Mailchimp, u"3.0"_s));
        QVERIFY(s.integration(u"m"_s, u"M flow"_s, u"a"_s, u"b"_s));
        QVERIFY(s.integration(u"t"_s, u"T flow"_s, u"a"_s, u"b"_s));
        IntegrationTableModel model(*s.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex t(model.index(model.rowOf(u"t"_s), IntegrationTableModel::NameColumn));

        QVERIFY(s.integration(u"c"_s, u"C flow"_s, u"a"_s, u"b"_s)); // sorts before both
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(t.isValid());
        QCOMPARE(t.data(IntegrationTableModel::IdRole).toString(), u"t"_s);

        Integration renamed = *s.workspace->integration(u"t"_s);
        renamed.name = u"A flow"_s; // now first
        QVERIFY(s.workspace->saveIntegration(renamed));
        QVERIFY(!moved.isEmpty() || !changed.isEmpty());
        QCOMPARE(t.data(IntegrationTableModel::IdRole).toString(), u"t"_s);
        QCOMPARE(t.data().toString(), u"A flow"_s);
        QCOMPARE(model.rowOf(u"t"_s), t.row());

        CountSnapshot snap;
        snap.source = 1000;
        snap.destination = 940;
        snap.at = kNow;
        snap.status = Severity::Warning;
        changed.clear();
        model.setSnapshot(u"m"_s, snap);
        QVERIFY(!changed.isEmpty());
        const int m = model.rowOf(u"m"_s);
        QCOMPARE(model.index(m, IntegrationTableModel::GapColumn).data().toString(), QLocale().toString(-60));
        QCOMPARE(model.index(m, IntegrationTableModel::GapPercentColumn).data().toString(),
            IntegrationTableModel::tr("%1 %").arg(QLocale().toString(-6.0, 'f', 1)));
        QCOMPARE(
            model.index(m, IntegrationTableModel::GapColumn).data(IntegrationTableModel::SortRole).toLongLong(), -60);

        QVERIFY(s.workspace->removeIntegration(u"c"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(t.data(IntegrationTableModel::IdRole).toString(), u"t"_s);

        // Renaming a connection changes what every row shows (and searches), without structure changes.
        changed.clear();
        Connection a = *s.workspace->connection(u"a"_s);
        a.name = u"HubSpot EU"_s;
        QVERIFY(s.workspace->saveConnection(a));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.index(0, 0).data(IntegrationTableModel::SearchRole).toString().contains(u"HubSpot EU"_s));
        QCOMPARE(resets.size(), 0);

        // Open alerts of the integration and of its connections count in its row.
        model.setOpenAlerts({ alert(1, u"integration:m"_s, u"count_drift"_s, Severity::Warning, 5),
            alert(2, u"connection:a"_s, u"auth"_s, Severity::Critical, 5),
            alert(3, u"integration:t"_s, u"stale"_s, Severity::Warning, 5) });
        QCOMPARE(model.openAlerts(u"m"_s), 2);
        QCOMPARE(model.openAlerts(u"t"_s), 2);
        QCOMPARE(model.index(model.rowOf(u"m"_s), IntegrationTableModel::AlertsColumn).data().toString(), u"2"_s);

        ConnectionTableModel connections(*s.workspace);
        QAbstractItemModelTester connectionsTester(
            &connections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy connectionResets(&connections, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex b(connections.index(connections.rowOf(u"b"_s), 0));
        QVERIFY(s.connection(u"0"_s, u"Aardvark"_s, Vendor::Generic, u"v1"_s));
        QCOMPARE(b.data(ConnectionTableModel::IdRole).toString(), u"b"_s);
        QCOMPARE(connectionResets.size(), 0);
    }

    // The state word and the reason in their own columns: the reason is the worst finding's whole line (on screen,
    // in the tooltip and read aloud), never cut to fit the state column.
    void integrationModelReasonColumn()
    {
        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"a"_s, u"HubSpot"_s, Vendor::HubSpot, u"v3"_s));
        QVERIFY(s.connection(u"b"_s, u"Mailchimp"_s, Vendor::Mailchimp, u"3.0"_s));
        QVERIFY(s.integration(u"m"_s, u"M flow"_s, u"a"_s, u"b"_s));
        QVERIFY(s.integration(u"t"_s, u"T flow"_s, u"a"_s, u"b"_s));
        IntegrationTableModel model(*s.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(IntegrationTableModel::ColumnCount));
        QCOMPARE(model.headerData(IntegrationTableModel::ReasonColumn, Qt::Horizontal).toString(),
            IntegrationTableModel::tr("Reason"));
        const int m = model.rowOf(u"m"_s);
        const QModelIndex status = model.index(m, IntegrationTableModel::StatusColumn);
        const QModelIndex reason = model.index(m, IntegrationTableModel::ReasonColumn);
        QVERIFY(status.data().toString().isEmpty()); // not evaluated yet
        QVERIFY(reason.data().toString().isEmpty());
        QVERIFY(reason.data(Qt::ToolTipRole).toString().isEmpty());

        const QString headline = u"hubspot-sandbox rejected the key (401): the private app token was revoked or "
                                 "rotated; Plumbline cannot read contacts until a new one is stored"_s;
        CountSnapshot snap;
        snap.at = kNow;
        snap.status = Severity::Critical;
        snap.headline = headline;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(u"m"_s, snap);
        bool reasonChanged = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            reasonChanged = reasonChanged
                || (from.row() <= m && to.row() >= m && from.column() <= IntegrationTableModel::ReasonColumn
                    && to.column() >= IntegrationTableModel::ReasonColumn);
        }
        QVERIFY(reasonChanged);
        QCOMPARE(status.data().toString(), severityDisplayName(Severity::Critical));
        QCOMPARE(reason.data().toString(), headline);
        QCOMPARE(reason.data(Qt::AccessibleTextRole).toString(), headline);
        const QString whole
            = IntegrationTableModel::tr("%1: %2").arg(severityDisplayName(Severity::Critical), headline);
        QCOMPARE(reason.data(Qt::ToolTipRole).toString(), whole);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), whole);
        QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), whole);
        QCOMPARE(status.data(IntegrationTableModel::SortRole).toInt(), 4); // worst first when sorting by state

        // Healthy: the state says so; there is no reason to show, but one to read aloud.
        CountSnapshot ok;
        ok.at = kNow;
        ok.status = Severity::Ok;
        model.setSnapshot(u"t"_s, ok);
        const int t = model.rowOf(u"t"_s);
        QCOMPARE(
            model.index(t, IntegrationTableModel::StatusColumn).data().toString(), severityDisplayName(Severity::Ok));
        QVERIFY(model.index(t, IntegrationTableModel::ReasonColumn).data().toString().isEmpty());
        QCOMPARE(model.index(t, IntegrationTableModel::ReasonColumn).data(Qt::AccessibleTextRole).toString(),
            IntegrationTableModel::tr("no problem found"));
    }

    // One order of severities everywhere: worse() folds by it and the overview sorts by it, "not checked yet"
    // just above ok. Descending, the worst comes first: critical, warning, unknown, not checked, ok.
    void stateSortFollowsTheOneSeverityOrder()
    {
        QCOMPARE(severityRank(Severity::Ok), 0);
        QVERIFY(severityRank(Severity::Ok) < severityRank(Severity::Unknown));
        QVERIFY(severityRank(Severity::Unknown) < severityRank(Severity::Warning));
        QVERIFY(severityRank(Severity::Warning) < severityRank(Severity::Critical));
        QCOMPARE(worse(Severity::Unknown, Severity::Warning), Severity::Warning);

        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"hs"_s, u"HubSpot"_s, Vendor::HubSpot, u"v3"_s));
        QVERIFY(s.connection(u"mc"_s, u"Mailchimp"_s, Vendor::Mailchimp, u"3.0"_s));
        const QStringList all { u"ok"_s, u"unchecked"_s, u"unknown"_s, u"warning"_s, u"critical"_s };
        for (const QString& id : all)
            QVERIFY(s.integration(id, id, u"hs"_s, u"mc"_s));
        IntegrationTableModel model(*s.workspace);
        const auto snapshot = [](Severity status) {
            CountSnapshot snap;
            snap.source = 10;
            snap.destination = 10;
            snap.at = kNow;
            snap.status = status;
            return snap;
        };
        model.setSnapshot(u"ok"_s, snapshot(Severity::Ok));
        model.setSnapshot(u"unknown"_s, snapshot(Severity::Unknown));
        model.setSnapshot(u"warning"_s, snapshot(Severity::Warning));
        model.setSnapshot(u"critical"_s, snapshot(Severity::Critical));
        IntegrationFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(IntegrationTableModel::StatusColumn, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(IntegrationTableModel::IdRole).toString();
        QCOMPARE(order, (QStringList { u"critical"_s, u"warning"_s, u"unknown"_s, u"unchecked"_s, u"ok"_s }));
    }

    void overviewFilterAndSearch()
    {
        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"hs"_s, u"HubSpot"_s, Vendor::HubSpot, u"v3"_s));
        QVERIFY(s.connection(u"mc"_s, u"Mailchimp"_s, Vendor::Mailchimp, u"3.0"_s));
        QVERIFY(s.connection(u"sf"_s, u"Salesforce"_s, Vendor::Salesforce, u"62.0"_s));
        QVERIFY(s.integration(u"one"_s, u"Contacts to newsletter"_s, u"hs"_s, u"mc"_s));
        QVERIFY(s.integration(u"two"_s, u"Leads to CRM"_s, u"hs"_s, u"sf"_s));
        QVERIFY(s.integration(u"three"_s, u"Audience back"_s, u"mc"_s, u"sf"_s));
        IntegrationTableModel model(*s.workspace);
        IntegrationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ids = [&proxy] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << proxy.index(row, 0).data(IntegrationTableModel::IdRole).toString();
            return out;
        };
        proxy.setSearchText(u"salesforce"_s); // a system's name, not in any integration's name
        const auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        QCOMPARE(sorted(ids()), (QStringList { u"three"_s, u"two"_s }));
        proxy.setSearchText(u"hubspot NEWS"_s); // every word, any case
        QCOMPARE(ids(), QStringList { u"one"_s });
        proxy.setSearchText(u"members"_s); // an object
        QCOMPARE(ids().size(), 3);
        proxy.setSearchText(QString());

        const auto snapshot = [](qint64 source, qint64 destination, std::optional<Severity> status) {
            CountSnapshot snap;
            snap.source = source;
            snap.destination = destination;
            snap.at = kNow;
            snap.status = status;
            return snap;
        };
        model.setSnapshot(u"one"_s, snapshot(999, 999, Severity::Ok));
        model.setSnapshot(u"two"_s, snapshot(1000, 1500, Severity::Critical));
        proxy.setStateFilter(IntegrationFilterProxy::StateFilter::Problems);
        QCOMPARE(ids(), QStringList { u"two"_s });
        proxy.setStateFilter(IntegrationFilterProxy::StateFilter::NotChecked);
        QCOMPARE(ids(), QStringList { u"three"_s });
        // An open alert makes an integration a problem even while its last state is ok.
        model.setOpenAlerts({ alert(9, u"integration:one"_s, u"stale"_s, Severity::Warning, 1) });
        proxy.setStateFilter(IntegrationFilterProxy::StateFilter::Problems);
        QCOMPARE(sorted(ids()), (QStringList { u"one"_s, u"two"_s }));
        // A poll that changes the state re-filters the live proxy.
        model.setSnapshot(u"three"_s, snapshot(10, 10, Severity::Warning));
        QCOMPARE(ids().size(), 3);
        proxy.setStateFilter(IntegrationFilterProxy::StateFilter::All);

        // Numbers sort as numbers: 999 < 1 000 < …; unread counts sort first ascending.
        model.setSnapshot(u"three"_s, snapshot(10, 10, Severity::Warning));
        proxy.sort(IntegrationTableModel::SourceCountColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QStringList { u"three"_s, u"one"_s, u"two"_s }));
        proxy.sort(IntegrationTableModel::GapPercentColumn, Qt::DescendingOrder);
        QCOMPARE(ids().first(), u"two"_s);
        proxy.sort(IntegrationTableModel::StatusColumn, Qt::DescendingOrder); // worst first
        QCOMPARE(ids(), (QStringList { u"two"_s, u"three"_s, u"one"_s }));
    }

    void alertModelStatesFiltersAndInPlaceRefresh()
    {
        AlertTableModel model;
        model.setClock([] { return kNow; });
        model.setSubjectNamer([](const QString& subject) { return subject.toUpper(); });
        AlertFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Alert open = alert(1, u"integration:x"_s, u"count_drift"_s, Severity::Warning, 90);
        Alert acknowledged = alert(2, u"connection:hs"_s, u"auth"_s, Severity::Critical, 30);
        acknowledged.acknowledgedAt = kNow.addSecs(-600);
        acknowledged.acknowledgedBy = u"dana"_s;
        Alert snoozed = alert(3, u"integration:y"_s, u"stale"_s, Severity::Warning, 10);
        snoozed.snoozedUntil = kNow.addSecs(3600);
        Alert snoozeOver = alert(4, u"integration:z"_s, u"rate_limit"_s, Severity::Warning, 500);
        snoozeOver.snoozedUntil = kNow.addSecs(-60); // ran out: open again
        Alert resolved = alert(5, u"integration:x"_s, u"silent_failure"_s, Severity::Critical, 3000);
        resolved.resolvedAt = kNow.addSecs(-60 * 2000);
        model.setAlerts({ open, acknowledged, snoozed, snoozeOver, resolved });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.stateOf(open), AlertTableModel::State::Open);
        QCOMPARE(model.stateOf(acknowledged), AlertTableModel::State::Acknowledged);
        QCOMPARE(model.stateOf(snoozed), AlertTableModel::State::Snoozed);
        QCOMPARE(model.stateOf(snoozeOver), AlertTableModel::State::Open);
        QCOMPARE(model.stateOf(resolved), AlertTableModel::State::Resolved);
        QCOMPARE(model.openCount(), 4);
        QCOMPARE(model.index(1, AlertTableModel::StateColumn).data().toString(),
            AlertTableModel::tr("Acknowledged by %1").arg(u"dana"_s));
        QVERIFY(model.index(2, AlertTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(AlertTableModel::tr("Snoozed until %1").left(13)));
        QCOMPARE(
            model.index(1, AlertTableModel::RuleColumn).data().toString(), AlertTableModel::tr("Credentials rejected"));
        QCOMPARE(model.index(1, AlertTableModel::SubjectColumn).data().toString(), u"CONNECTION:HS"_s);
        QCOMPARE(model.index(0, AlertTableModel::DurationColumn).data().toString(),
            AlertTableModel::tr("%1 h %2 min").arg(1).arg(30));
        QCOMPARE(model.index(4, AlertTableModel::DurationColumn).data(AlertTableModel::SortRole).toLongLong(),
            qint64(1000 * 60));

        const auto count = [&proxy](AlertFilterProxy::Filter f) {
            proxy.setFilter(f);
            return proxy.rowCount();
        };
        QCOMPARE(count(AlertFilterProxy::Filter::Open), 4);
        QCOMPARE(count(AlertFilterProxy::Filter::Acknowledged), 1);
        QCOMPARE(count(AlertFilterProxy::Filter::Snoozed), 1);
        QCOMPARE(count(AlertFilterProxy::Filter::Resolved), 1);
        QCOMPARE(count(AlertFilterProxy::Filter::All), 5);

        // A refresh where one alert got acknowledged and a new one opened: persistent indexes follow their rows.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex keep(model.index(2, 0));
        const QPersistentModelIndex keepInProxy(proxy.mapFromSource(model.index(3, 0)));
        open.acknowledgedAt = kNow;
        open.acknowledgedBy = u"lee"_s;
        Alert fresh = alert(6, u"integration:w"_s, u"mapping_drift"_s, Severity::Warning, 1);
        model.setAlerts({ fresh, open, acknowledged, snoozed, snoozeOver, resolved });
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(keep.data(AlertTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(keepInProxy.data(AlertTableModel::IdRole).toLongLong(), 4);
        QCOMPARE(model.stateOf(model.alertAt(model.rowOf(u"1"_s))), AlertTableModel::State::Acknowledged);
        QCOMPARE(proxy.rowCount(), 6);

        QCOMPARE(AlertTableModel::ruleDisplayName(u"made_up"_s), u"made_up"_s);
        QCOMPARE(AlertTableModel::durationText(59), AlertTableModel::tr("under a minute"));
        QCOMPARE(AlertTableModel::durationText(3 * 86400), AlertTableModel::tr("%n days", nullptr, 3));
    }

    // Real alerts through the store: reload reads every alert and its last event.
    void alertModelReadsTheStore()
    {
        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"hs"_s, u"HubSpot"_s, Vendor::HubSpot, u"v3"_s));
        AlertTransition opened;
        opened.kind = AlertTransition::Kind::Opened;
        opened.alert = alert(0, u"connection:hs"_s, u"auth"_s, Severity::Critical, 30);
        opened.notify = true;
        QList<AlertTransition> transitions { opened };
        QVERIFY(s.history->saveTransitions(transitions, kNow.addSecs(-1800)));
        AlertTransition ack { AlertTransition::Kind::Acknowledged, transitions.first().alert, false };
        ack.alert.acknowledgedAt = kNow.addSecs(-60);
        ack.alert.acknowledgedBy = u"dana"_s;
        QList<AlertTransition> second { ack };
        QVERIFY(s.history->saveTransitions(second, kNow.addSecs(-60)));
        AlertTableModel model;
        model.setClock([] { return kNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*s.history);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.stateOf(model.alertAt(0)), AlertTableModel::State::Acknowledged);
        QCOMPARE(model.index(0, AlertTableModel::LastChangeColumn).data(AlertTableModel::SortRole).toDateTime(),
            kNow.addSecs(-60));
    }

    void calendarUrgencyAndOrder()
    {
        QCOMPARE(ApiVersionCalendar::urgencyFor(-1), ApiVersionRow::Urgency::Retired);
        QCOMPARE(ApiVersionCalendar::urgencyFor(0), ApiVersionRow::Urgency::Critical);
        QCOMPARE(ApiVersionCalendar::urgencyFor(13), ApiVersionRow::Urgency::Critical);
        QCOMPARE(ApiVersionCalendar::urgencyFor(14), ApiVersionRow::Urgency::Soon);
        QCOMPARE(ApiVersionCalendar::urgencyFor(89), ApiVersionRow::Urgency::Soon);
        QCOMPARE(ApiVersionCalendar::urgencyFor(90), ApiVersionRow::Urgency::Ok);
        QCOMPARE(ApiVersionCalendar::urgencyFor(std::nullopt), ApiVersionRow::Urgency::Soon);

        Store s;
        QVERIFY(s.open());
        QVERIFY(s.connection(u"hs"_s, u"HubSpot"_s, Vendor::HubSpot, u"2026-03"_s)); // sunset in 10 days
        QVERIFY(s.connection(u"sf-old"_s, u"Old org"_s, Vendor::Salesforce, u"35.0"_s)); // catalog: Summer '27
        QVERIFY(s.connection(u"sf-gone"_s, u"Legacy org"_s, Vendor::Salesforce, u"29.0"_s)); // catalog: retired
        QVERIFY(s.connection(u"sh"_s, u"Shop"_s, Vendor::Shopify, u"2025-01"_s)); // fell forward
        QVERIFY(s.connection(u"mc"_s, u"Mailchimp"_s, Vendor::Mailchimp, u"3.0"_s)); // checked, nothing
        QVERIFY(s.connection(u"mk"_s, u"Make"_s, Vendor::Make, u"v2"_s)); // never checked

        // Before any check: versions and the catalog only.
        QList<ApiVersionRow> rows = ApiVersionCalendar::build(*s.workspace, nullptr, kNow);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.first().connectionId, u"sf-gone"_s);
        QCOMPARE(rows.first().urgency, ApiVersionRow::Urgency::Retired);
        QCOMPARE(rows.first().source, ApiVersionRow::Source::Catalog);

        PollBatch batch;
        ConnectionFacts hs;
        hs.connectionId = u"hs"_s;
        hs.ts = kNow.addSecs(-300);
        hs.httpStatus = 200;
        hs.requestedVersion = u"2026-03"_s;
        hs.servedVersion = u"2026-03"_s;
        hs.deprecated = true;
        hs.deprecatedAt = kNow.addDays(-30);
        hs.sunset = kNow.addDays(10);
        ConnectionFacts sh;
        sh.connectionId = u"sh"_s;
        sh.ts = kNow.addSecs(-300);
        sh.httpStatus = 200;
        sh.requestedVersion = u"2025-01"_s;
        sh.servedVersion = u"2025-04"_s;
        sh.fellForward = true;
        ConnectionFacts mc;
        mc.connectionId = u"mc"_s;
        mc.ts = kNow.addSecs(-300);
        mc.httpStatus = 200;
        mc.requestedVersion = u"3.0"_s;
        mc.servedVersion = u"3.0"_s;
        batch.connectionFacts = { hs, sh, mc };
        QVERIFY(s.history->write(batch));

        rows = ApiVersionCalendar::build(*s.workspace, s.history.get(), kNow);
        QStringList order;
        for (const ApiVersionRow& r : rows)
            order << r.connectionId;
        // Retired first; then by days left (fell forward today, 10 days, Summer '27); undated last.
        QCOMPARE(order, (QStringList { u"sf-gone"_s, u"sh"_s, u"hs"_s, u"sf-old"_s, u"mc"_s, u"mk"_s }));
        QCOMPARE(rows.at(1).kind, ApiVersionRow::Kind::FellForward);
        QCOMPARE(rows.at(1).urgency, ApiVersionRow::Urgency::Critical);
        QCOMPARE(rows.at(2).urgency, ApiVersionRow::Urgency::Critical);
        QCOMPARE(rows.at(2).daysLeft, std::optional<qint64>(10));
        QCOMPARE(rows.at(2).servedVersion, u"2026-03"_s);
        QCOMPARE(rows.at(3).urgency, ApiVersionRow::Urgency::Ok);
        QCOMPARE(rows.at(3).deadline.date(), QDate(2027, 6, 1));
        QCOMPARE(rows.at(4).urgency, ApiVersionRow::Urgency::Ok);
        QCOMPARE(rows.at(5).urgency, ApiVersionRow::Urgency::Unknown);

        // The model shows them in that order and updates in place when the deadline moves.
        ApiVersionCalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.index(2, ApiVersionCalendarModel::DaysLeftColumn).data().toString(),
            ApiVersionCalendarModel::tr("%n days", nullptr, 10));
        QCOMPARE(
            model.index(0, ApiVersionCalendarModel::DaysLeftColumn).data(ApiVersionCalendarModel::SortRole).toLongLong()
                < 0,
            true);
        QCOMPARE(model.index(2, 0).data(ApiVersionCalendarModel::SeverityRole).toString(), u"critical"_s);
        const QPersistentModelIndex hsIndex(model.index(2, 0));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        rows = ApiVersionCalendar::build(*s.workspace, s.history.get(), kNow.addDays(-30)); // 40 days left then
        model.setRows(rows);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(hsIndex.data(ApiVersionCalendarModel::ConnectionIdRole).toString(), u"hs"_s);
        QCOMPARE(model.rowAt(hsIndex.row()).urgency, ApiVersionRow::Urgency::Soon);
    }
};

QTEST_MAIN(TestViewsModels)
#include "tst_views_models.moc"
