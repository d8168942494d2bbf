#include <AppContext.h>
#include <ChangeLogTableModel.h>
#include <ConnectionDialog.h>
#include <ConnectionTableModel.h>
#include <Database.h>
#include <IntegrationDialog.h>
#include <IntegrationTableModel.h>
#include <MainWindow.h>
#include <MappingTableModel.h>
#include <MemorySecretStore.h>
#include <Prompter.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

namespace {

// Answers confirmations from a queue and records what was asked.
class AnsweringPrompter final : public Prompter
{
public:
    QList<bool> answers;
    QStringList titles;
    QStringList texts;
    QString nextFileName;

    bool confirm(const QString& title, const QString& text) override
    {
        titles << title;
        texts << text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    QString openFileName(const QString&, const QString&) override { return nextFileName; }
    QString saveFileName(const QString&, const QString&, const QString&) override { return nextFileName; }
};

// One throwaway workspace on the production composition root: a real SQLite store in a temporary folder, keys in
// memory.
struct Environment
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    WorkspaceRepository* repository = nullptr;
    MemorySecretStore* secrets = nullptr;
    WorkspaceService* service = nullptr;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        if (!dir.isValid())
            return false;
        AppContext::Options options;
        options.databaseFile = dir.filePath(u"plumbline.db"_s);
        options.secrets = AppContext::Secrets::Memory;
        options.osUser = u"tester"_s;
        context = std::make_unique<AppContext>(options);
        if (!context->open())
            return false;
        repository = &context->workspace();
        secrets = static_cast<MemorySecretStore*>(&context->secrets());
        service = &context->service();
        return true;
    }
    MainWindow& makeWindow(bool demo = false)
    {
        window = std::make_unique<MainWindow>(*context, MainWindow::Options { demo, dir.path(), {} });
        window->show();
        return *window;
    }
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunOnEmptyWorkspace();
    void addConnectionStoresDefinitionAndKey();
    void addIntegrationWithMappings();
    void emptyConnectionDialogShowsInlineErrors();
    void deleteConnectionNamesDependents();
    void itemModels();
    void mappingModel();
    void demoShowsBanner();
    void filterParsing();

private:
    // Runs `fill` inside the modal dialog's own event loop once it is shown; rejects it if the test failed there.
    void whenDialogShows(const QString& objectName, std::function<void(QDialog*)> fill);
    static void clickSave(QDialog* dialog);
    void addConnectionThroughDialog(
        const QString& vendor, const QString& name, const QString& secret, std::function<void(QDialog*)> extra = {});

    Environment m_env;
    AnsweringPrompter m_prompter;
    bool m_dialogRan = false;
};

void TestMainWindow::whenDialogShows(const QString& objectName, std::function<void(QDialog*)> fill)
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
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

void TestMainWindow::clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestMainWindow::addConnectionThroughDialog(
    const QString& vendor, const QString& name, const QString& secret, std::function<void(QDialog*)> extra)
{
    whenDialogShows(u"connectionDialog"_s, [=](QDialog* dialog) {
        auto* vendorCombo = child<QComboBox>(dialog, u"vendorCombo"_s);
        QVERIFY(vendorCombo);
        const int index = vendorCombo->findText(vendor);
        QVERIFY(index >= 0);
        vendorCombo->setCurrentIndex(index);
        auto* nameEdit = child<QLineEdit>(dialog, u"nameEdit"_s);
        QVERIFY(nameEdit);
        QTest::keyClicks(nameEdit, name);
        auto* secretEdit = child<QLineEdit>(dialog, u"secretEdit"_s);
        QVERIFY(secretEdit);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secretEdit, secret);
        if (extra) {
            extra(dialog);
            if (QTest::currentTestFailed())
                return;
        }
        clickSave(dialog);
        QVERIFY2(!dialog->isVisible(), "the dialog refused valid input");
    });
    m_env.window->findChild<QAction*>(u"actionAddConnection"_s)->trigger();
    QVERIFY(m_dialogRan);
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_env.open());
    m_env.makeWindow();
    m_env.window->setPrompter(&m_prompter);
    QVERIFY(QTest::qWaitForWindowExposed(m_env.window.get()));
}

void TestMainWindow::firstRunOnEmptyWorkspace()
{
    MainWindow& window = *m_env.window;
    auto* firstRun = child<QWidget>(&window, u"firstRunPage"_s);
    QVERIFY(firstRun);
    QVERIFY(firstRun->isVisible());
    QVERIFY(child<QWidget>(&window, u"integrationList"_s));
    QCOMPARE(window.currentPage(), MainWindow::Page::FirstRun);
    // Going to the overview with no connections stays on the first-run page.
    window.findChild<QAction*>(u"actionShowIntegrations"_s)->trigger();
    QVERIFY(firstRun->isVisible());

    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QTest::mouseClick(child<QPushButton>(&window, u"openDemoButton"_s), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QVERIFY(child<QPushButton>(&window, u"addFirstConnectionButton"_s));
    for (const char* name : { "actionShowIntegrations", "actionShowConnections", "actionShowChangeLog",
             "actionAddConnection", "actionAddIntegration", "actionEditSelected", "actionDeleteSelected",
             "actionImport", "actionExport", "actionQuit" })
        QVERIFY2(window.findChild<QAction*>(QString::fromLatin1(name)), name);
    QVERIFY(!window.findChild<QAction*>(u"actionShowConnections"_s)->shortcut().isEmpty());
}

void TestMainWindow::addConnectionStoresDefinitionAndKey()
{
    addConnectionThroughDialog(u"HubSpot"_s, u"HubSpot production"_s, u"pat-na1-0123456789"_s, [](QDialog* dialog) {
        // The id is suggested from the name while adding.
        QCOMPARE(child<QLineEdit>(dialog, u"idEdit"_s)->text(), u"hubspot-production"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"ownerEdit"_s), u"Marketing ops"_s);
    });
    if (QTest::currentTestFailed())
        return;
    WorkspaceRepository& repo = *m_env.repository;
    QTRY_VERIFY(m_env.secrets->contains(u"hubspot-production"_s, u"token"_s));
    QTRY_COMPARE(repo.connection(u"hubspot-production"_s).value_or(Connection {}).secretState, SecretState::Stored);
    const Connection c = *repo.connection(u"hubspot-production"_s);
    QCOMPARE(c.name, u"HubSpot production"_s);
    QCOMPARE(c.vendor, Vendor::HubSpot);
    QCOMPARE(c.owner, u"Marketing ops"_s);
    QCOMPARE(c.apiVersion, u"2026-03"_s);
    QVERIFY(!child<QWidget>(m_env.window.get(), u"firstRunPage"_s)->isVisible());
    QVERIFY(!child<QWidget>(m_env.window.get(), u"errorBanner"_s)->isVisible());
    auto* table = child<QTableView>(m_env.window.get(), u"connectionsTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestMainWindow::addIntegrationWithMappings()
{
    addConnectionThroughDialog(
        u"Mailchimp"_s, u"Mailchimp newsletter"_s, u"0123456789abcdef-us6"_s, [](QDialog* dialog) {
            auto* dc = child<QLabel>(dialog, u"dataCentreLabel"_s);
            QVERIFY(dc);
            QVERIFY(dc->isVisible());
            QVERIFY2(dc->text().contains(u"us6"_s), qPrintable(dc->text()));
            QTest::keyClicks(child<QLineEdit>(dialog, u"option_audience_id"_s), u"a1b2c3d4e5"_s);
        });
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(m_env.secrets->contains(u"mailchimp-newsletter"_s, u"api_key"_s));
    QCOMPARE(m_env.repository->connection(u"mailchimp-newsletter"_s)->options.value(u"audience_id").toString(),
        u"a1b2c3d4e5"_s);

    whenDialogShows(u"integrationDialog"_s, [](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"idEdit"_s), u"hubspot-to-mailchimp"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Newsletter sync"_s);
        auto* source = child<QComboBox>(dialog, u"sourceConnectionCombo"_s);
        auto* destination = child<QComboBox>(dialog, u"destinationConnectionCombo"_s);
        QVERIFY(source && destination);
        source->setCurrentIndex(source->findData(u"hubspot-production"_s));
        destination->setCurrentIndex(destination->findData(u"mailchimp-newsletter"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"sourceObjectEdit"_s), u"contacts"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"sourceFilterEdit"_s), u"{\"hs_email_optout\": false}"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"destinationObjectEdit"_s), u"members"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"destinationFilterEdit"_s), u"status=subscribed"_s);
        child<QSpinBox>(dialog, u"intervalSpin"_s)->setValue(600);
        QTest::keyClicks(child<QLineEdit>(dialog, u"ownerEdit"_s), u"Dana"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"purposeEdit"_s), u"Newsletter audience"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"runbookEdit"_s), u"Check the Make scenario first."_s);

        auto* view = child<QTableView>(dialog, u"mappingsTable"_s);
        QVERIFY(view);
        QAbstractItemModel* model = view->model();
        auto* add = child<QPushButton>(dialog, u"addMappingButton"_s);
        const QStringList sources { u"email"_s, u"firstname"_s, u"lastname"_s };
        const QStringList destinations { u"email_address"_s, u"FNAME"_s, u"LNAME"_s };
        for (int row = 0; row < 3; ++row) {
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(model->rowCount(), row + 1);
            // The new row opens an editor on its source field: type into it like a user.
            const QModelIndex sourceIndex = model->index(row, MappingTableModel::SourceColumn);
            auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(sourceIndex));
            QVERIFY(editor);
            QTest::keyClicks(editor, sources.at(row));
            QTest::keyClick(editor, Qt::Key_Return);
            // The delegate commits on Return through a queued call.
            QTRY_COMPARE(sourceIndex.data().toString(), sources.at(row));
            QVERIFY(model->setData(model->index(row, MappingTableModel::DestinationColumn), destinations.at(row)));
        }
        QVERIFY(model->setData(model->index(0, MappingTableModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));

        // An incomplete row is refused with a message naming it.
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(view->indexWidget(model->index(3, 0)), Qt::Key_Escape);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        auto* mappingError = child<QLabel>(dialog, u"error_mappings"_s);
        QVERIFY(mappingError->isVisible());
        QVERIFY2(mappingError->text().contains(u'4'), qPrintable(mappingError->text()));
        view->setCurrentIndex(model->index(3, 0));
        QTest::mouseClick(child<QPushButton>(dialog, u"removeMappingButton"_s), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 3);

        // Reorder: lastname moves above firstname.
        view->setCurrentIndex(model->index(2, 0));
        QTest::mouseClick(child<QPushButton>(dialog, u"moveMappingUpButton"_s), Qt::LeftButton);
        QCOMPARE(model->index(1, 0).data().toString(), u"lastname"_s);
        QCOMPARE(view->currentIndex().row(), 1);
        clickSave(dialog);
        QVERIFY2(!dialog->isVisible(), "the integration dialog refused valid input");
    });
    m_env.window->findChild<QAction*>(u"actionAddIntegration"_s)->trigger();
    QVERIFY(m_dialogRan);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Integration> i = m_env.repository->integration(u"hubspot-to-mailchimp"_s);
    QVERIFY(i);
    QCOMPARE(i->name, u"Newsletter sync"_s);
    QCOMPARE(i->source.connection, u"hubspot-production"_s);
    QCOMPARE(i->source.object, u"contacts"_s);
    QVERIFY(i->source.filter.isObject());
    QCOMPARE(i->source.filter.toObject().value(u"hs_email_optout").toBool(true), false);
    QCOMPARE(i->destination.filter, QJsonValue(u"status=subscribed"_s));
    QCOMPARE(i->destination.connection, u"mailchimp-newsletter"_s);
    QCOMPARE(i->checks.intervalS, 600);
    QCOMPARE(i->owner, u"Dana"_s);
    QCOMPARE(i->runbook, u"Check the Make scenario first."_s);
    const QList<FieldMapping> expected { { u"email"_s, u"email_address"_s, true }, { u"lastname"_s, u"LNAME"_s, false },
        { u"firstname"_s, u"FNAME"_s, false } };
    QCOMPARE(i->mappings, expected);

    // The overview shows it, with its definition in the detail panel.
    MainWindow& window = *m_env.window;
    QCOMPARE(window.currentPage(), MainWindow::Page::Integrations);
    QCOMPARE(child<QTableView>(&window, u"integrationsTable"_s)->model()->rowCount(), 1);
    auto* detail = child<QWidget>(&window, u"integrationDetail"_s);
    QVERIFY(detail);
    QTRY_VERIFY(detail->property("plainText").toString().contains(u"Check the Make scenario first."_s));
    QVERIFY(detail->property("plainText").toString().contains(u"email_address"_s));
}

void TestMainWindow::emptyConnectionDialogShowsInlineErrors()
{
    const qsizetype before = m_env.repository->connections().size();
    whenDialogShows(u"connectionDialog"_s, [](QDialog* dialog) {
        auto* error = child<QLabel>(dialog, u"error_name"_s);
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(child<QLabel>(dialog, u"error_id"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"error_secret"_s)->isVisible());
        // Fixing the name clears its message on the next try.
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Shop"_s);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!error->isVisible());
        dialog->reject();
    });
    m_env.window->findChild<QAction*>(u"actionAddConnection"_s)->trigger();
    QVERIFY(m_dialogRan);
    QCOMPARE(m_env.repository->connections().size(), before);
}

void TestMainWindow::deleteConnectionNamesDependents()
{
    MainWindow& window = *m_env.window;
    WorkspaceRepository& repo = *m_env.repository;
    window.findChild<QAction*>(u"actionShowConnections"_s)->trigger();
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    auto* table = child<QTableView>(&window, u"connectionsTable"_s);
    auto* model = qobject_cast<ConnectionTableModel*>(table->model());
    QVERIFY(model);
    const int row = model->rowOf(u"hubspot-production"_s);
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto* deleteAction = window.findChild<QAction*>(u"actionDeleteSelected"_s);
    QVERIFY(deleteAction->isEnabled());

    m_prompter.answers = { false };
    deleteAction->trigger();
    QCOMPARE(m_prompter.texts.size(), 1);
    QVERIFY2(m_prompter.texts.last().contains(u"Newsletter sync"_s), qPrintable(m_prompter.texts.last()));
    QTest::qWait(50);
    QVERIFY(repo.connection(u"hubspot-production"_s));
    QVERIFY(repo.integration(u"hubspot-to-mailchimp"_s));
    QVERIFY(m_env.secrets->contains(u"hubspot-production"_s, u"token"_s));

    m_prompter.answers = { true };
    deleteAction->trigger();
    QCOMPARE(m_prompter.texts.size(), 2);
    QTRY_VERIFY(!m_env.secrets->contains(u"hubspot-production"_s, u"token"_s));
    QVERIFY(!repo.connection(u"hubspot-production"_s));
    QVERIFY(!repo.integration(u"hubspot-to-mailchimp"_s));
    QVERIFY(repo.connection(u"mailchimp-newsletter"_s));
    QVERIFY(m_env.secrets->contains(u"mailchimp-newsletter"_s, u"api_key"_s));
    QVERIFY(!child<QWidget>(&window, u"errorBanner"_s)->isVisible());
    QCOMPARE(child<QTableView>(&window, u"integrationsTable"_s)->model()->rowCount(), 0);
}

void TestMainWindow::itemModels()
{
    Environment env;
    QVERIFY(env.open());
    WorkspaceRepository& repo = *env.repository;
    ConnectionTableModel connections(repo);
    IntegrationTableModel integrations(repo);
    ChangeLogTableModel changeLog(repo);
    QAbstractItemModelTester t1(&connections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&integrations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&changeLog, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject::connect(&repo, &WorkspaceRepository::changeLogChanged, &changeLog, &ChangeLogTableModel::reload);
    // Both update in place: rows are inserted and removed, never reset.
    QSignalSpy connectionsReset(&connections, &QAbstractItemModel::rowsInserted);
    QSignalSpy integrationsReset(&integrations, &QAbstractItemModel::rowsInserted);
    QSignalSpy integrationsRemoved(&integrations, &QAbstractItemModel::rowsRemoved);
    QSignalSpy connectionsModelReset(&connections, &QAbstractItemModel::modelReset);
    QSignalSpy changeLogReset(&changeLog, &QAbstractItemModel::modelReset);

    Connection a;
    a.id = u"a"_s;
    a.name = u"A"_s;
    a.vendor = Vendor::HubSpot;
    Connection b = a;
    b.id = u"b"_s;
    b.name = u"B"_s;
    b.vendor = Vendor::Zapier;
    QVERIFY(repo.saveConnection(a));
    QVERIFY(repo.saveConnection(b));
    QVERIFY(connectionsReset.size() >= 2);
    QCOMPARE(connections.rowCount(), 2);
    QCOMPARE(connections.index(connections.rowOf(u"b"_s), ConnectionTableModel::NameColumn).data().toString(), u"B"_s);
    QTRY_VERIFY(changeLog.rowCount() >= 2);
    QVERIFY(!changeLogReset.isEmpty());

    Integration i;
    i.id = u"a-to-b"_s;
    i.name = u"A to B"_s;
    i.source = { u"a"_s, u"contacts"_s, QJsonValue::Null };
    i.destination = { u"b"_s, u"rows"_s, QJsonValue::Null };
    const qsizetype before = integrationsReset.size();
    QVERIFY(repo.saveIntegration(i));
    QVERIFY(integrationsReset.size() > before);
    QCOMPARE(integrations.rowCount(), 1);
    QCOMPARE(integrations.index(0, IntegrationTableModel::NameColumn).data().toString(), u"A to B"_s);
    QCOMPARE(integrations.index(0, 0).data(IntegrationTableModel::IdRole).toString(), u"a-to-b"_s);
    QVERIFY(repo.removeConnection(u"a"_s, true));
    QCOMPARE(integrations.rowCount(), 0);
    QCOMPARE(integrationsRemoved.size(), 1);
    QCOMPARE(connections.rowCount(), 1);
    QCOMPARE(connectionsModelReset.size(), 0);
}

void TestMainWindow::mappingModel()
{
    MappingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.incompleteRows(), (QList<int> { 0, 1 }));
    QVERIFY(model.setData(model.index(0, MappingTableModel::SourceColumn), u"email"_s));
    QVERIFY(model.setData(model.index(0, MappingTableModel::DestinationColumn), u"email_address"_s));
    QVERIFY(model.setData(model.index(0, MappingTableModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, MappingTableModel::SourceColumn), u"firstname"_s));
    QVERIFY(model.setData(model.index(1, MappingTableModel::DestinationColumn), u"FNAME"_s));
    QCOMPARE(changed.size(), 5);
    QVERIFY(model.incompleteRows().isEmpty());
    QVERIFY(model.moveRows({}, 1, 1, {}, 0));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.mappings().constFirst().source, u"firstname"_s);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.mappings(), (QList<FieldMapping> { { u"email"_s, u"email_address"_s, true } }));
}

void TestMainWindow::demoShowsBanner()
{
    Environment env;
    QVERIFY(env.open());
    MainWindow& window = env.makeWindow(true);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = child<QWidget>(&window, u"demoBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(!child<QWidget>(&window, u"errorBanner"_s)->isVisible());
    // The heartbeat tells the truth about the monitor the composition root gave the window, and that this is the demo.
    auto* polling = child<QLabel>(&window, u"pollingLabel"_s);
    QVERIFY2(polling->text().startsWith(u"Not checked yet"_s), qPrintable(polling->text()));
    QVERIFY2(polling->text().contains(u"keys in memory only"_s), qPrintable(polling->text()));

    // Outside the demo there is no demo banner.
    QVERIFY(!child<QWidget>(m_env.window.get(), u"demoBanner"_s)->isVisible());
}

void TestMainWindow::filterParsing()
{
    QCOMPARE(IntegrationDialog::parseFilter(u"  "_s), QJsonValue(QJsonValue::Null));
    QVERIFY(IntegrationDialog::parseFilter(u"{\"a\": 1}"_s).isObject());
    QCOMPARE(IntegrationDialog::parseFilter(u"[1, 2]"_s), QJsonValue(u"[1, 2]"_s));
    QCOMPARE(IntegrationDialog::parseFilter(u"IsDeleted = false"_s), QJsonValue(u"IsDeleted = false"_s));
    QCOMPARE(IntegrationDialog::filterText(QJsonValue(u"x"_s)), u"x"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
