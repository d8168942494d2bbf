// The Notifications page (ARCHITECTURE.md §14) on the real window over the demo wiring (tests/common/DemoWindow.h):
// adding a channel through its editor (the secret goes to the secret store, never into the SQLite file), the
// editor's refusals shown beside the fields, the integration editor's notify list, Send test with its outcome and
// its row in the delivery log, and the plumbline://integration/<id> link.
#include "../common/DemoWindow.h"
#include "../common/WebhookReceiver.h"

#include <IntegrationDialog.h>
#include <IntegrationTableModel.h>
#include <MessageBanner.h>
#include <NotifyChannelDialog.h>
#include <Prompter.h>
#include <SecretStore.h>
#include <notify/DeliveryOutcome.h>
#include <notify/NotificationCenter.h>
#include <notify/NotifyChannel.h>
#include <pages/NotificationsPage.h>
#include <store/NotifyRepository.h>
#include <views/ChannelTableModel.h>
#include <views/DeliveryLogTableModel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

const QString kCanaryUrl = u"https://hooks.slack.com/services/T0CANARY/B0CANARY/plumblineCanary42"_s;

class AnsweringPrompter final : public Prompter
{
public:
    QList<bool> answers;
    bool confirm(const QString&, const QString&) override { return answers.isEmpty() ? false : answers.takeFirst(); }
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Env : test::DemoWindow
{
    // The demo brings its own channel ("#mops-alerts (demo)", to the sandbox); these tests start from none.
    [[nodiscard]] bool start(const QString& osUser = u"tester"_s, const QSize& size = QSize(1100, 720))
    {
        if (!DemoWindow::start(osUser, size))
            return false;
        bool done = false;
        bool ok = false;
        service->removeChannel(u"demo-slack"_s, window.get(), [&](const StoreResult& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }

    NotificationsPage* page() const { return window->findChild<NotificationsPage*>(u"notificationsPage"_s); }

    [[nodiscard]] bool save(const NotifyChannel& c, const QHash<QString, QString>& secrets = {})
    {
        bool done = false;
        bool ok = false;
        service->saveChannel(c, secrets, window.get(), [&](const StoreResult& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }

    QString secret(const QString& channelId, const QString& name)
    {
        QString value = u"(not read)"_s;
        bool done = false;
        context->secrets().read(SecretStore::channelScope(channelId), name, window.get(), [&](const SecretResult& r) {
            value = r.value;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) ? value : u"(no answer)"_s;
    }

    void screenshot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("PLUMBLINE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            window->grab().save(QDir(folder).filePath(u"notifications-%1.png"_s.arg(name)));
    }
};

NotifyChannel slack(const QString& id, const QString& name, bool isDefault = false)
{
    NotifyChannel c;
    c.id = id;
    c.kind = ChannelKind::Slack;
    c.name = name;
    c.isDefault = isDefault;
    return c;
}

NotifyChannel email(const QString& id, const QString& name, const QString& person, const QString& to)
{
    NotifyChannel c;
    c.id = id;
    c.kind = ChannelKind::Email;
    c.name = name;
    c.person = person;
    c.to = QStringList { to };
    c.smtp.host = u"smtp.example.com"_s;
    c.smtp.from = u"plumbline@example.com"_s;
    c.minSeverity = Severity::Critical;
    c.quiet.from = QTime(22, 0);
    c.quiet.to = QTime(7, 0);
    c.timeZone = u"Europe/Berlin"_s;
    return c;
}

} // namespace

class TestNotificationsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addSlackChannelThroughTheDialog();
    void dialogRefusesBadTimeZoneAndAddress();
    void integrationEditorSavesTheNotifyList();
    void sendTestShowsTheOutcomeAndLogsIt();
    void removeAsksAndRemovesTheSecret();
    void linkOpensTheIntegration();
    void screenshots();

private:
    // Runs `fill` inside the modal dialog's own event loop once it is shown.
    void whenDialogShows(const QString& objectName, std::function<void(QDialog*)> fill);
    bool m_dialogRan = false;
};

void TestNotificationsGui::whenDialogShows(const QString& objectName, std::function<void(QDialog*)> fill)
{
    m_dialogRan = false;
    auto* poll = new QTimer(this);
    poll->setInterval(10);
    auto deadline = std::make_shared<int>(500);
    connect(poll, &QTimer::timeout, this, [this, poll, objectName, fill, deadline] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName || !dialog->isVisible()) {
            if (--*deadline <= 0)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        m_dialogRan = true;
        fill(dialog);
        if (dialog->isVisible() && QTest::currentTestFailed())
            dialog->reject();
    });
    poll->start();
}

void TestNotificationsGui::addSlackChannelThroughTheDialog()
{
    Env env;
    QVERIFY(env.start());
    auto* show = child<QAction>(env.window.get(), u"actionShowNotifications"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+6"_s));
    show->trigger();
    QCOMPARE(env.window->currentPage(), MainWindow::Page::Notifications);
    NotificationsPage* page = env.page();
    QVERIFY(page && page->isVisible());
    QVERIFY(child<QLabel>(page, u"noChannelsLabel"_s)->isVisible());

    whenDialogShows(u"notifyChannelDialog"_s, [](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"channelIdEdit"_s), u"mops-slack"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"channelNameEdit"_s), u"#mops-alerts"_s);
        auto* kind = child<QComboBox>(dialog, u"channelKindCombo"_s);
        kind->setCurrentIndex(kind->findData(u"slack"_s));
        child<QCheckBox>(dialog, u"channelDefaultCheck"_s)->setChecked(true);
        QLineEdit* url = child<QLineEdit>(dialog, u"secretUrlEdit"_s);
        QVERIFY(url->isVisible());
        QCOMPARE(url->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>(dialog, u"emailToEdit"_s)->isVisible()); // e-mail rows only for e-mail
        QCOMPARE(child<QLabel>(dialog, u"secretState_url"_s)->text(), NotifyChannelDialog::tr("Not set yet."));
        QTest::keyClicks(url, kCanaryUrl);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(child<QPushButton>(page, u"addChannelButton"_s), Qt::LeftButton);
    QVERIFY(m_dialogRan);

    QTRY_VERIFY(env.service->channel(u"mops-slack"_s).has_value());
    const NotifyChannel saved = *env.service->channel(u"mops-slack"_s);
    QCOMPARE(saved.name, u"#mops-alerts"_s);
    QCOMPARE(saved.kind, ChannelKind::Slack);
    QVERIFY(saved.isDefault);
    QTRY_COMPARE(env.secret(u"mops-slack"_s, NotifyChannel::kUrl), kCanaryUrl);
    // The definition is in the SQLite file (or its write-ahead log); the URL is not.
    const QString db = env.dir.filePath(u"plumbline.sqlite"_s);
    const QByteArray bytes = fileBytes(db) + fileBytes(db + u"-wal"_s);
    QVERIFY(bytes.contains("mops-slack"));
    QVERIFY(!bytes.contains("plumblineCanary42"));
    QVERIFY(!bytes.contains("T0CANARY"));

    // The table shows it, with its secret in place and selected.
    ChannelTableModel* model = page->channelModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ChannelTableModel::NameColumn).data().toString(), u"#mops-alerts"_s);
    QCOMPARE(
        model->index(0, ChannelTableModel::KindColumn).data().toString(), channelKindDisplayName(ChannelKind::Slack));
    QCOMPARE(model->index(0, ChannelTableModel::DefaultColumn).data().toString(), ChannelTableModel::tr("Default"));
    QTRY_COMPARE(model->index(0, ChannelTableModel::StatusColumn).data().toString(), ChannelTableModel::tr("OK"));
    QCOMPARE(page->selectedChannelId(), std::optional<QString>(u"mops-slack"_s));
    QVERIFY(child<QLabel>(page, u"noChannelsLabel"_s)->isHidden());

    // Editing keeps the stored URL when the field stays empty, and says it is stored.
    whenDialogShows(u"notifyChannelDialog"_s, [](QDialog* dialog) {
        QVERIFY(child<QLineEdit>(dialog, u"channelIdEdit"_s)->isReadOnly());
        QTRY_COMPARE(child<QLabel>(dialog, u"secretState_url"_s)->text(),
            NotifyChannelDialog::tr("Stored in the keychain; leave empty to keep it."));
        QVERIFY(child<QLineEdit>(dialog, u"secretUrlEdit"_s)->text().isEmpty());
        auto* name = child<QLineEdit>(dialog, u"channelNameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"#mops"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, u"editChannelButton"_s), Qt::LeftButton);
    QVERIFY(m_dialogRan);
    QTRY_COMPARE(env.service->channel(u"mops-slack"_s)->name, u"#mops"_s);
    QCOMPARE(env.secret(u"mops-slack"_s, NotifyChannel::kUrl), kCanaryUrl);
}

void TestNotificationsGui::dialogRefusesBadTimeZoneAndAddress()
{
    Env env;
    QVERIFY(env.start());
    env.window->showPage(MainWindow::Page::Notifications);
    NotificationsPage* page = env.page();

    whenDialogShows(u"notifyChannelDialog"_s, [](QDialog* d) {
        auto* dialog = qobject_cast<NotifyChannelDialog*>(d);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"channelIdEdit"_s), u"dana"_s);
        auto* kind = child<QComboBox>(dialog, u"channelKindCombo"_s);
        kind->setCurrentIndex(kind->findData(u"email"_s));
        QVERIFY(child<QLineEdit>(dialog, u"emailToEdit"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, u"secretUrlEdit"_s)->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, u"emailToEdit"_s), u"dana-at-example.com"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"smtpHostEdit"_s), u"smtp.example.com"_s);
        child<QCheckBox>(dialog, u"quietHoursCheck"_s)->setChecked(true);
        auto* zone = child<QComboBox>(dialog, u"timeZoneCombo"_s);
        QVERIFY(zone->isEditable());
        QCOMPARE(zone->currentIndex(), 0); // this computer's
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), u"Mars/Olympus_Mons"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // Refused: still open, each problem beside its field.
        QVERIFY(dialog->isVisible());
        const QHash<QString, QString> errors = dialog->fieldErrors();
        QVERIFY2(errors.contains(u"to"_s), qPrintable(QStringList(errors.values()).join(u" | "_s)));
        QVERIFY2(errors.value(u"to"_s).contains(u"dana-at-example.com"_s), qPrintable(errors.value(u"to"_s)));
        QVERIFY2(errors.contains(u"timeZone"_s), qPrintable(QStringList(errors.values()).join(u" | "_s)));
        QVERIFY(errors.value(u"timeZone"_s).contains(u"Mars/Olympus_Mons"_s));
        QVERIFY(child<QLabel>(dialog, u"error_to"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"error_timeZone"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"error_general"_s)->isHidden());
        QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, u"emailToEdit"_s));

        // A Slack channel with a plain-http URL to another computer is refused the same way.
        kind->setCurrentIndex(kind->findData(u"slack"_s));
        zone->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(dialog, u"secretUrlEdit"_s), u"http://hooks.example.com/x"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"error_secret_url"_s)->isVisible());
        QVERIFY(!dialog->fieldErrors().contains(u"to"_s));
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(page, u"addChannelButton"_s), Qt::LeftButton);
    QVERIFY(m_dialogRan);
    QTest::qWait(50);
    QVERIFY(env.service->channels().isEmpty());

    // Fixed, the same form passes and builds the channel as typed.
    NotifyChannelDialog dialog(*env.service, std::nullopt);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"channelIdEdit"_s), u"dana"_s);
    auto* kind = child<QComboBox>(&dialog, u"channelKindCombo"_s);
    kind->setCurrentIndex(kind->findData(u"email"_s));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"emailToEdit"_s), u"dana@example.com, ops@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"smtpHostEdit"_s), u"smtp.example.com"_s);
    auto* security = child<QComboBox>(&dialog, u"smtpSecurityCombo"_s);
    security->setCurrentIndex(security->findData(u"tls"_s));
    child<QCheckBox>(&dialog, u"quietHoursCheck"_s)->setChecked(true);
    auto* zone = child<QComboBox>(&dialog, u"timeZoneCombo"_s);
    zone->setCurrentIndex(zone->findData(u"Europe/Berlin"_s));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"secretPasswordEdit"_s), u"hunter2"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const NotifyChannel c = dialog.channel();
    QCOMPARE(c.to, (QStringList { u"dana@example.com"_s, u"ops@example.com"_s }));
    QCOMPARE(c.smtp.security, SmtpSecurity::Tls);
    QCOMPARE(c.smtp.port, 465); // follows the security
    QCOMPARE(c.timeZone, u"Europe/Berlin"_s);
    QCOMPARE(c.quiet.from, QTime(22, 0));
    QCOMPARE(dialog.secrets(), (QHash<QString, QString> { { NotifyChannel::kPassword, u"hunter2"_s } }));
}

void TestNotificationsGui::integrationEditorSavesTheNotifyList()
{
    Env env;
    QVERIFY(env.start());
    QVERIFY(env.save(slack(u"mops-slack"_s, u"#mops-alerts"_s, true)));
    QVERIFY(env.save(email(u"dana-mail"_s, u"Dana Whitfield"_s, u"Dana"_s, u"dana@example.com"_s)));
    const QList<Integration> integrations = env.service->integrations();
    QVERIFY(!integrations.isEmpty());
    const QString id = integrations.first().id;
    QVERIFY(env.service->integration(id)->notify.isEmpty());

    env.window->openIntegration(id);
    whenDialogShows(u"integrationDialog"_s, [](QDialog* dialog) {
        auto* tabs = child<QTabWidget>(dialog, u"integrationTabs"_s);
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* list = child<QListWidget>(dialog, u"notifyList"_s);
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(child<QLabel>(dialog, u"notifyHint"_s)->text(),
            IntegrationDialog::tr("Empty: the default channels (%1).").arg(u"#mops-alerts"_s));
        auto* owner = child<QLineEdit>(dialog, u"ownerEdit"_s);
        owner->clear();
        QTest::keyClicks(owner, u"Dana"_s);
        QVERIFY2(child<QLabel>(dialog, u"ownerChannelsLabel"_s)->text().contains(u"Dana Whitfield"_s),
            qPrintable(child<QLabel>(dialog, u"ownerChannelsLabel"_s)->text()));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == u"mops-slack")
                list->item(row)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    child<QAction>(env.window.get(), u"actionEditIntegration"_s)->trigger();
    QVERIFY(m_dialogRan);
    QCOMPARE(env.service->integration(id)->notify, QStringList { u"mops-slack"_s });
    QCOMPARE(env.service->integration(id)->owner, u"Dana"_s);
    // The routing follows: the list, and the owner's channel.
    const QList<NotifyChannel> route
        = NotifyChannels::routeFor(env.service->integration(id)->notify, u"Dana"_s, env.service->channels());
    QCOMPARE(route.size(), 2);

    // Opened again, the list shows what was saved.
    IntegrationDialog again(*env.service, env.service->integration(id));
    auto* list = child<QListWidget>(&again, u"notifyList"_s);
    for (int row = 0; row < list->count(); ++row)
        QCOMPARE(list->item(row)->checkState() == Qt::Checked,
            list->item(row)->data(Qt::UserRole).toString() == u"mops-slack");
    QCOMPARE(again.integration().notify, QStringList { u"mops-slack"_s });
}

void TestNotificationsGui::sendTestShowsTheOutcomeAndLogsIt()
{
    Env env;
    QVERIFY(env.start());
    test::Receiver receiver;
    QVERIFY(receiver.listen());
    QVERIFY(env.save(slack(u"hook"_s, u"#loopback"_s), { { NotifyChannel::kUrl, receiver.url().toString() } }));
    env.window->showPage(MainWindow::Page::Notifications);
    NotificationsPage* page = env.page();
    QAbstractItemModelTester channelTester(
        page->channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester logTester(page->logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->reload();
    page->selectChannel(u"hook"_s);
    auto* sendTest = child<QPushButton>(page, u"sendTestButton"_s);
    QVERIFY(sendTest->isEnabled());
    QVERIFY(!child<QPushButton>(page, u"retryNowButton"_s)->isEnabled()); // not failing
    QTest::mouseClick(sendTest, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sendTest->isEnabled(), 10000);
    const QString shown = page->testOutcomeText();

    // What the page says is what the delivery answered: the same attempt again, for its outcome.
    std::optional<DeliveryOutcome> outcome;
    env.context->notifications().sendTest(u"hook"_s, env.window.get(), [&](const DeliveryOutcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    const QString expected
        = outcome->ok ? NotificationsPage::tr("Test message delivered to %1").arg(u"#loopback"_s) : outcome->error;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
    qInfo("Send test: %s", qPrintable(shown));
    QVERIFY(child<MessageBanner>(page, outcome->ok ? u"testDeliveredBanner"_s : u"testFailedBanner"_s)->isVisible());

    // The delivery log shows the test rows, newest first.
    DeliveryLogTableModel* log = page->logModel();
    if (env.context->notifications().log(10, u"hook"_s).isEmpty())
        QEXPECT_FAIL("",
            "Back end at 37825d1: Send test queues no row (NotifyRepository binds the test message's null subject "
            "into notify_outbox.subject, NOT NULL); remove this once it is fixed",
            Abort);
    QTRY_COMPARE(log->rowCount(), 2);
    QCOMPARE(log->index(0, DeliveryLogTableModel::EventColumn).data().toString(), DeliveryLogTableModel::tr("Test"));
    QCOMPARE(log->index(0, DeliveryLogTableModel::ChannelColumn).data().toString(), u"#loopback"_s);
    QCOMPARE(log->index(0, DeliveryLogTableModel::AttemptsColumn).data().toInt(), 1);
    const OutboxEntry::State state = outcome->ok ? OutboxEntry::State::Sent : OutboxEntry::State::Failed;
    QTRY_COMPARE(log->index(1, DeliveryLogTableModel::StateColumn).data().toString(), outboxStateDisplayName(state));
    if (!outcome->ok)
        QVERIFY(log->index(1, DeliveryLogTableModel::DetailColumn).data().toString().contains(outcome->error));
    QCOMPARE(page->logTable()->model()->rowCount(), 2);

    // The filter by channel: another channel's log is empty.
    QVERIFY(env.save(slack(u"other"_s, u"#other"_s)));
    auto* filter = child<QComboBox>(page, u"logChannelFilter"_s);
    QTRY_VERIFY(filter->findData(u"other"_s) >= 0);
    filter->setCurrentIndex(filter->findData(u"other"_s));
    QCOMPARE(log->rowCount(), 0);
    filter->setCurrentIndex(filter->findData(u"hook"_s));
    QCOMPARE(log->rowCount(), 2);
}

void TestNotificationsGui::removeAsksAndRemovesTheSecret()
{
    Env env;
    QVERIFY(env.start());
    AnsweringPrompter prompter;
    env.window->setPrompter(&prompter);
    QVERIFY(env.save(slack(u"mops-slack"_s, u"#mops-alerts"_s), { { NotifyChannel::kUrl, kCanaryUrl } }));
    env.window->showPage(MainWindow::Page::Notifications);
    NotificationsPage* page = env.page();
    page->reload();
    page->selectChannel(u"mops-slack"_s);
    prompter.answers = { false };
    QTest::mouseClick(child<QPushButton>(page, u"removeChannelButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(env.service->channel(u"mops-slack"_s));
    prompter.answers = { true };
    QTest::mouseClick(child<QPushButton>(page, u"removeChannelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!env.service->channel(u"mops-slack"_s));
    QTRY_COMPARE(env.secret(u"mops-slack"_s, NotifyChannel::kUrl), QString());
    QTRY_COMPARE(page->channelModel()->rowCount(), 0);
    env.window->setPrompter(nullptr);
}

void TestNotificationsGui::linkOpensTheIntegration()
{
    Env env;
    QVERIFY(env.start());
    const QList<Integration> integrations = env.service->integrations();
    QVERIFY(integrations.size() > 1);
    const QString id = integrations.last().id;
    env.window->showPage(MainWindow::Page::Notifications);
    env.window->openIntegration(id);
    QCOMPARE(env.window->currentPage(), MainWindow::Page::Integrations);
    auto* sidebar = child<QAbstractItemView>(env.window.get(), u"integrationList"_s);
    QCOMPARE(sidebar->currentIndex().data(IntegrationTableModel::IdRole).toString(), id);
    QVERIFY(!child<QWidget>(env.window.get(), u"errorBanner"_s)->isVisible());
    env.window->openIntegration(u"no-such-flow"_s);
    QVERIFY(child<QWidget>(env.window.get(), u"errorBanner"_s)->isVisible());
    QVERIFY(child<MessageBanner>(env.window.get(), u"errorBanner"_s)->text().contains(u"no-such-flow"_s));
}

void TestNotificationsGui::screenshots()
{
    // PLUMBLINE_SCREENSHOT_DIR=<dir>: the page with two channels and a few log rows, at two window sizes.
    if (qEnvironmentVariable("PLUMBLINE_SCREENSHOT_DIR").isEmpty())
        QSKIP("PLUMBLINE_SCREENSHOT_DIR is not set");
    Env env;
    QVERIFY(env.start(u"tester"_s, QSize(1440, 900)));
    test::Receiver receiver;
    QVERIFY(receiver.listen());
    QVERIFY(env.save(
        slack(u"mops-slack"_s, u"#mops-alerts"_s, true), { { NotifyChannel::kUrl, receiver.url().toString() } }));
    QVERIFY(env.save(email(u"dana-mail"_s, u"Dana Whitfield"_s, u"Dana"_s, u"dana@example.com"_s)));
    // A few rows as the monitor writes them: delivered, given up, waiting for a retry.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<OutboxEntry> rows;
    const auto row
        = [&](const QString& channel, NotifyMessage::Event event, Severity severity, const QString& name, qint64 agoS) {
              OutboxEntry e;
              e.channelId = channel;
              e.message.event = event;
              e.message.severity = severity;
              e.message.subject = u"integration:x"_s;
              e.message.dedupKey = u"k%1"_s.arg(rows.size());
              e.message.subjectName = name;
              e.message.title = name;
              e.createdAt = now.addSecs(-agoS);
              e.dueAt = e.createdAt;
              e.note = u""_s;
              rows << e;
          };
    row(u"mops-slack"_s, NotifyMessage::Event::Opened, Severity::Critical, u"HubSpot → Mailchimp newsletter"_s, 7200);
    row(u"dana-mail"_s, NotifyMessage::Event::Opened, Severity::Critical, u"HubSpot → Mailchimp newsletter"_s, 7190);
    row(u"mops-slack"_s, NotifyMessage::Event::Escalated, Severity::Critical, u"Shopify → Salesforce orders"_s, 3600);
    row(u"mops-slack"_s, NotifyMessage::Event::Resolved, Severity::Critical, u"HubSpot → Mailchimp newsletter"_s, 900);
    row(u"dana-mail"_s, NotifyMessage::Event::Resolved, Severity::Warning, u"Shopify → Salesforce orders"_s, 600);
    const StoreResult queued = env.context->outbox().enqueue(rows);
    QVERIFY2(queued.ok(), qPrintable(queued.error));
    NotifyRepository& outbox = env.context->outbox();
    QVERIFY(outbox.beginAttempt(rows[0].id, now.addSecs(-7199), {}).ok());
    QVERIFY(outbox.beginAttempt(rows[2].id, now.addSecs(-3599), {}).ok());
    QVERIFY(outbox.markSent(rows[0].id, now.addSecs(-7199), 200).ok());
    QVERIFY(outbox.markSent(rows[2].id, now.addSecs(-3599), 200).ok());
    QVERIFY(outbox.beginAttempt(rows[1].id, now.addSecs(-7000), {}).ok());
    QVERIFY(outbox.markFailed(rows[1].id, now.addSecs(-7000), 535, u"The SMTP server refused the sign-in."_s, {}).ok());
    QVERIFY(outbox.beginAttempt(rows[4].id, now.addSecs(-500), {}).ok());
    QVERIFY(
        outbox
            .markFailed(rows[4].id, now.addSecs(-500), 0, u"Could not connect to smtp.example.com."_s, now.addSecs(600))
            .ok());
    env.window->showPage(MainWindow::Page::Notifications);
    NotificationsPage* page = env.page();
    page->reload();
    page->selectChannel(u"mops-slack"_s);
    QTest::mouseClick(child<QPushButton>(page, u"sendTestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->testOutcomeText().startsWith(u"Sending"_s), 10000);
    QTRY_VERIFY(page->logModel()->rowCount() >= 5);
    QTest::qWait(300);
    env.screenshot(u"1440x900"_s);
    env.window->resize(1024, 700);
    page->selectChannel(u"dana-mail"_s);
    QTest::qWait(300);
    env.screenshot(u"1024x700"_s);
    whenDialogShows(u"notifyChannelDialog"_s, [&env](QDialog* dialog) {
        QTest::qWait(200);
        const QString folder = qEnvironmentVariable("PLUMBLINE_SCREENSHOT_DIR");
        dialog->grab().save(QDir(folder).filePath(u"notifications-dialog-email.png"_s));
        Q_UNUSED(env);
        dialog->reject();
    });
    page->selectChannel(u"dana-mail"_s);
    QTest::mouseClick(child<QPushButton>(page, u"editChannelButton"_s), Qt::LeftButton);
    QVERIFY(m_dialogRan);
}

QTEST_MAIN(TestNotificationsGui)
#include "tst_notifications_gui.moc"
