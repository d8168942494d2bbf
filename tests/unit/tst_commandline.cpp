// Unit tests for CommandLine::parse (ARCHITECTURE.md, "Contracts" command line).

#include <CommandLine.h>

#include <QTest>

using namespace Qt::StringLiterals;
using plumbline::CommandLine;
using plumbline::CommandLineOptions;
using Command = plumbline::CommandLineOptions::Command;

Q_DECLARE_METATYPE(plumbline::CommandLineOptions::Command)

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void dataDir_data();
    void dataDir();
    void options();
    void invalid_data();
    void invalid();
    void argvOverload();
    void texts();
    void authLogin();
    void openUrl();
};

void TestCommandLine::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Command>("command");
    QTest::addColumn<bool>("needsGui");
    QTest::newRow("none") << QStringList {} << Command::Gui << true;
    QTest::newRow("demo") << QStringList { u"--demo"_s } << Command::Demo << true;
    QTest::newRow("import") << QStringList { u"import"_s, u"a.json"_s } << Command::Import << false;
    QTest::newRow("export") << QStringList { u"export"_s, u"b.json"_s } << Command::Export << false;
    QTest::newRow("secret set") << QStringList { u"secret"_s, u"set"_s, u"hubspot-main"_s } << Command::SecretSet
                                << false;
    QTest::newRow("auth status") << QStringList { u"auth"_s, u"status"_s, u"--json"_s } << Command::AuthStatus << false;
    QTest::newRow("auth login") << QStringList { u"auth"_s, u"login"_s, u"sf"_s } << Command::AuthLogin << false;
    QTest::newRow("check") << QStringList { u"check"_s } << Command::Check << false;
    QTest::newRow("run") << QStringList { u"run"_s } << Command::Run << false;
    QTest::newRow("report") << QStringList { u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"r.pdf"_s }
                            << Command::Report << false;
    QTest::newRow("sandbox") << QStringList { u"sandbox"_s } << Command::Sandbox << false;
    QTest::newRow("alerts") << QStringList { u"alerts"_s, u"--json"_s } << Command::Alerts << false;
    QTest::newRow("alert ack") << QStringList { u"alert"_s, u"ack"_s, u"7"_s } << Command::AlertAck << false;
    QTest::newRow("alert snooze") << QStringList { u"alert"_s, u"snooze"_s, u"7"_s, u"--until"_s, u"2030-01-01"_s }
                                  << Command::AlertSnooze << false;
    QTest::newRow("maintenance add") << QStringList { u"maintenance"_s, u"add"_s, u"x"_s, u"--from"_s, u"2030-01-01"_s,
        u"--to"_s, u"2030-01-02"_s } << Command::MaintenanceAdd
                                     << false;
    QTest::newRow("maintenance list") << QStringList { u"maintenance"_s, u"list"_s } << Command::MaintenanceList
                                      << false;
    QTest::newRow("maintenance remove") << QStringList { u"maintenance"_s, u"remove"_s, u"3"_s }
                                        << Command::MaintenanceRemove << false;
    QTest::newRow("--version") << QStringList { u"--version"_s } << Command::Version << false;
    QTest::newRow("-v") << QStringList { u"-v"_s } << Command::Version << false;
    QTest::newRow("--help") << QStringList { u"--help"_s } << Command::Help << false;
    QTest::newRow("-h") << QStringList { u"-h"_s } << Command::Help << false;
    QTest::newRow("help wins over a bad command")
        << QStringList { u"frobnicate"_s, u"--help"_s } << Command::Help << false;
}

void TestCommandLine::commands()
{
    QFETCH(QStringList, args);
    QFETCH(Command, command);
    QFETCH(bool, needsGui);
    const CommandLineOptions o = CommandLine::parse(args);
    QVERIFY2(o.command == command, qPrintable(o.error));
    QVERIFY(o.error.isEmpty());
    QCOMPARE(o.needsGui(), needsGui);
}

void TestCommandLine::dataDir_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Command>("command");
    QTest::newRow("separate") << QStringList { u"--data-dir"_s, u"/srv/plumb"_s } << Command::Gui;
    QTest::newRow("equals") << QStringList { u"--data-dir=/srv/plumb"_s } << Command::Gui;
    QTest::newRow("separate before command")
        << QStringList { u"--data-dir"_s, u"/srv/plumb"_s, u"check"_s } << Command::Check;
    QTest::newRow("equals after command")
        << QStringList { u"import"_s, u"f.json"_s, u"--data-dir=/srv/plumb"_s } << Command::Import;
    QTest::newRow("with demo") << QStringList { u"--demo"_s, u"--data-dir"_s, u"/srv/plumb"_s } << Command::Demo;
}

void TestCommandLine::dataDir()
{
    QFETCH(QStringList, args);
    QFETCH(Command, command);
    const CommandLineOptions o = CommandLine::parse(args);
    QVERIFY2(o.command == command, qPrintable(o.error));
    QCOMPARE(o.dataDir, u"/srv/plumb"_s);
    // A folder whose name contains '=' survives the equals form.
    QCOMPARE(CommandLine::parse({ u"--data-dir=/a=b"_s }).dataDir, u"/a=b"_s);
}

void TestCommandLine::options()
{
    CommandLineOptions o = CommandLine::parse({ u"import"_s, u"my file.json"_s });
    QCOMPARE(o.file, u"my file.json"_s);
    o = CommandLine::parse({ u"export"_s, u"-"_s });
    QCOMPARE(o.command, Command::Export);
    QCOMPARE(o.file, u"-"_s);
    o = CommandLine::parse({ u"secret"_s, u"set"_s, u"a.b c"_s });
    QCOMPARE(o.connectionId, u"a.b c"_s);
    QVERIFY(o.secretName.isEmpty()); // the connection's own secret
    o = CommandLine::parse({ u"secret"_s, u"set"_s, u"sf"_s, u"--name"_s, u"client_secret"_s });
    QCOMPARE(o.secretName, u"client_secret"_s);
    QCOMPARE(CommandLine::parse({ u"secret"_s, u"set"_s, u"sf"_s, u"--name=refresh_token"_s }).secretName,
        u"refresh_token"_s);
    o = CommandLine::parse({ u"auth"_s, u"login"_s, u"sf"_s });
    QCOMPARE(o.connectionId, u"sf"_s);
    o = CommandLine::parse({ u"check"_s, u"--json"_s, u"--integration"_s, u"a"_s, u"--integration=b"_s });
    QCOMPARE(o.command, Command::Check);
    QVERIFY(o.json);
    QCOMPARE(o.integrations, (QStringList { u"a"_s, u"b"_s }));
    QVERIFY(!CommandLine::parse({ u"check"_s }).json);
    o = CommandLine::parse({ u"report"_s, u"--format=csv"_s, u"--from"_s, u"2025-01-01"_s, u"--to=2025-02-01"_s,
        u"--output"_s, u"r.csv"_s });
    QCOMPARE(o.command, Command::Report);
    QCOMPARE(o.format, u"csv"_s);
    QCOMPARE(o.from, u"2025-01-01"_s);
    QCOMPARE(o.to, u"2025-02-01"_s);
    QCOMPARE(o.output, u"r.csv"_s);
    QCOMPARE(CommandLine::parse({ u"report"_s, u"-o"_s, u"x.pdf"_s }).output, u"x.pdf"_s);
    o = CommandLine::parse({ u"sandbox"_s, u"--port"_s, u"8080"_s, u"--scenario=count_drift"_s });
    QCOMPARE(o.command, Command::Sandbox);
    QCOMPARE(o.port, 8080);
    QCOMPARE(o.scenario, u"count_drift"_s);
    QCOMPARE(CommandLine::parse({ u"sandbox"_s, u"--port=0"_s }).port, 0);
    QCOMPARE(CommandLine::parse({ u"sandbox"_s, u"--port=65535"_s }).port, 65535);
}

void TestCommandLine::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString secretUse = u"Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] "
                              "(the secret is read from standard input)."_s;
    const QString authUse = u"Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json]."_s;
    QTest::newRow("secret set unknown name") << QStringList { u"secret"_s, u"set"_s, u"a"_s, u"--name"_s,
        u"password"_s } << u"--name needs token, client_secret or refresh_token."_s;
    QTest::newRow("name twice") << QStringList { u"secret"_s, u"set"_s, u"a"_s, u"--name=token"_s, u"--name=token"_s }
                                << u"--name is given twice; give it once."_s;
    QTest::newRow("name on another command")
        << QStringList { u"check"_s, u"--name"_s, u"token"_s } << u"--name belongs to secret set."_s;
    QTest::newRow("auth alone") << QStringList { u"auth"_s } << authUse;
    QTest::newRow("auth login without id")
        << QStringList { u"auth"_s, u"login"_s } << u"Use: plumbline auth login CONNECTION_ID [--timeout S]."_s;
    QTest::newRow("auth status with id") << QStringList { u"auth"_s, u"status"_s, u"x"_s } << authUse;
    QTest::newRow("auth logout") << QStringList { u"auth"_s, u"logout"_s, u"x"_s } << authUse;
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << u"Unknown option --bogus."_s;
    QTest::newRow("unknown short option") << QStringList { u"check"_s, u"-x"_s } << u"Unknown option -x."_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"Unknown command frobnicate."_s;
    QTest::newRow("secret alone") << QStringList { u"secret"_s } << secretUse;
    QTest::newRow("secret set without id") << QStringList { u"secret"_s, u"set"_s } << secretUse;
    QTest::newRow("secret set two ids") << QStringList { u"secret"_s, u"set"_s, u"a"_s, u"b"_s } << secretUse;
    QTest::newRow("secret get") << QStringList { u"secret"_s, u"get"_s, u"a"_s } << secretUse;
    QTest::newRow("import without file") << QStringList { u"import"_s } << u"import needs exactly one FILE."_s;
    QTest::newRow("import two files") << QStringList { u"import"_s, u"a"_s, u"b"_s }
                                      << u"import needs exactly one FILE."_s;
    QTest::newRow("export without file") << QStringList { u"export"_s } << u"export needs exactly one FILE."_s;
    QTest::newRow("demo with command") << QStringList { u"--demo"_s, u"check"_s }
                                       << u"--demo opens the window; it cannot be combined with a command."_s;
    QTest::newRow("command with demo") << QStringList { u"import"_s, u"f.json"_s, u"--demo"_s }
                                       << u"--demo opens the window; it cannot be combined with a command."_s;
    QTest::newRow("extra argument") << QStringList { u"check"_s, u"now"_s } << u"Unexpected argument now."_s;
    QTest::newRow("run extra") << QStringList { u"run"_s, u"x"_s } << u"Unexpected argument x."_s;
    QTest::newRow("data-dir without value") << QStringList { u"--data-dir"_s } << u"--data-dir needs a folder."_s;
    QTest::newRow("data-dir empty") << QStringList { u"--data-dir="_s, u"check"_s } << u"--data-dir needs a folder."_s;
    QTest::newRow("integration without id")
        << QStringList { u"check"_s, u"--integration"_s } << u"--integration needs an integration id."_s;
    QTest::newRow("integration empty") << QStringList { u"check"_s, u"--integration="_s }
                                       << u"--integration needs an integration id."_s;
    QTest::newRow("format without value")
        << QStringList { u"report"_s, u"--format"_s } << u"--format needs pdf, csv or html."_s;
    QTest::newRow("snooze without until")
        << QStringList { u"alert"_s, u"snooze"_s, u"7"_s } << u"alert snooze needs --until DATE."_s;
    QTest::newRow("maintenance add without dates")
        << QStringList { u"maintenance"_s, u"add"_s, u"x"_s } << u"maintenance add needs --from DATE and --to DATE."_s;
    QTest::newRow("format unknown") << QStringList { u"report"_s, u"--format"_s, u"docx"_s }
                                    << u"--format needs pdf, csv or html."_s;
    QTest::newRow("from without value") << QStringList { u"report"_s, u"--from"_s } << u"--from needs a date."_s;
    QTest::newRow("to without value") << QStringList { u"report"_s, u"--to"_s } << u"--to needs a date."_s;
    QTest::newRow("-o without value") << QStringList { u"report"_s, u"-o"_s } << u"-o needs a path."_s;
    QTest::newRow("port not a number") << QStringList { u"sandbox"_s, u"--port"_s, u"http"_s }
                                       << u"--port needs a number from 0 to 65535."_s;
    QTest::newRow("port too big") << QStringList { u"sandbox"_s, u"--port=65536"_s }
                                  << u"--port needs a number from 0 to 65535."_s;
    QTest::newRow("port negative") << QStringList { u"sandbox"_s, u"--port=-1"_s }
                                   << u"--port needs a number from 0 to 65535."_s;
    QTest::newRow("port missing") << QStringList { u"sandbox"_s, u"--port"_s }
                                  << u"--port needs a number from 0 to 65535."_s;
    QTest::newRow("scenario missing") << QStringList { u"sandbox"_s, u"--scenario"_s } << u"--scenario needs a name."_s;
    // A repeated single-valued option is a mistake, not "the last one wins".
    QTest::newRow("data-dir twice") << QStringList { u"--data-dir=/a"_s, u"check"_s, u"--data-dir"_s, u"/b"_s }
                                    << u"--data-dir is given twice; give it once."_s;
    QTest::newRow("output twice, two spellings") << QStringList { u"report"_s, u"-o"_s, u"a.pdf"_s,
        u"--output=b.pdf"_s } << u"--output is given twice; give it once."_s;
    QTest::newRow("timeout twice") << QStringList { u"check"_s, u"--timeout=5"_s, u"--timeout=50"_s }
                                   << u"--timeout is given twice; give it once."_s;
    QTest::newRow("json twice") << QStringList { u"check"_s, u"--json"_s, u"--json"_s }
                                << u"--json is given twice; give it once."_s;
    QTest::newRow("maintenance remove not a number") << QStringList { u"maintenance"_s, u"remove"_s, u"abc"_s }
                                                     << u"abc is not a window id; maintenance list shows the ids."_s;
    QTest::newRow("maintenance remove zero") << QStringList { u"maintenance"_s, u"remove"_s, u"0"_s }
                                             << u"0 is not a window id; maintenance list shows the ids."_s;
    QTest::newRow("alert ack not a number") << QStringList { u"alert"_s, u"ack"_s, u"first"_s }
                                            << u"first is not an alert id; plumbline alerts shows the ids."_s;
}

void TestCommandLine::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CommandLineOptions o = CommandLine::parse(args);
    QCOMPARE(o.command, Command::Invalid);
    QCOMPARE(o.error, message);
    QVERIFY(!o.needsGui());
}

void TestCommandLine::argvOverload()
{
    QByteArray a0("plumbline"), a1("--data-dir=/tmp/x"), a2("secret"), a3("set"), a4("hubspot-main");
    char* argv[] = { a0.data(), a1.data(), a2.data(), a3.data(), a4.data() };
    const CommandLineOptions o = CommandLine::parse(5, argv);
    QCOMPARE(o.command, Command::SecretSet);
    QCOMPARE(o.dataDir, u"/tmp/x"_s);
    QCOMPARE(o.connectionId, u"hubspot-main"_s);
    char* only[] = { a0.data() };
    QCOMPARE(CommandLine::parse(1, only).command, Command::Gui);
}

void TestCommandLine::texts()
{
    QCOMPARE(CommandLine::versionText(), u"plumbline "_s + QStringLiteral(PLUMBLINE_VERSION));
    const QString help = CommandLine::helpText();
    for (const QString& word : { u"--data-dir"_s, u"--demo"_s, u"import FILE"_s, u"export FILE"_s,
             u"secret set CONNECTION_ID"_s, u"check"_s, u"run"_s, u"report"_s, u"sandbox"_s, u"PLUMBLINE_SECRET_"_s })
        QVERIFY2(help.contains(word), qPrintable(word));
    QCOMPARE(int(CommandLine::ExitUsage), 64);
}

void TestCommandLine::authLogin()
{
    CommandLineOptions o = CommandLine::parse({ u"auth"_s, u"login"_s, u"sf-prod"_s });
    QVERIFY2(o.command == Command::AuthLogin, qPrintable(o.error));
    QCOMPARE(o.connectionId, u"sf-prod"_s);
    QCOMPARE(o.timeoutS, 300); // five minutes to sign in unless told otherwise
    QVERIFY(!o.needsGui());
    o = CommandLine::parse({ u"--timeout"_s, u"30"_s, u"auth"_s, u"login"_s, u"sf-prod"_s });
    QCOMPARE(o.command, Command::AuthLogin);
    QCOMPARE(o.timeoutS, 30);
    for (const QStringList& wrong : { QStringList { u"auth"_s, u"login"_s }, QStringList { u"auth"_s },
             QStringList { u"auth"_s, u"login"_s, u"a"_s, u"b"_s }, QStringList { u"auth"_s, u"logout"_s, u"a"_s } })
        QCOMPARE(CommandLine::parse(wrong).command, Command::Invalid);
    QVERIFY(CommandLine::helpText().contains(u"auth login CONNECTION_ID"_s));
}

void TestCommandLine::openUrl()
{
    // The desktop file passes a notification's link as %u: the window opens on it.
    CommandLineOptions o = CommandLine::parse({ u"plumbline://integration/hubspot-newsletter"_s });
    QVERIFY2(o.command == Command::Gui, qPrintable(o.error));
    QCOMPARE(o.openUrl, u"plumbline://integration/hubspot-newsletter"_s);
    QVERIFY(o.needsGui());
    o = CommandLine::parse({ u"--data-dir=/tmp/w"_s, u"PLUMBLINE://alerts"_s });
    QCOMPARE(o.command, Command::Gui);
    QCOMPARE(o.openUrl, u"PLUMBLINE://alerts"_s);
    QCOMPARE(o.dataDir, u"/tmp/w"_s);
    o = CommandLine::parse({ u"--demo"_s, u"plumbline://integration/x"_s });
    QCOMPARE(o.command, Command::Demo);
    QCOMPARE(o.openUrl, u"plumbline://integration/x"_s);
    QVERIFY(CommandLine::parse({}).openUrl.isEmpty());

    o = CommandLine::parse({ u"https://example.com/integration/x"_s });
    QCOMPARE(o.command, Command::Invalid);
    QCOMPARE(o.error,
        u"https://example.com/integration/x is not a Plumbline link; only plumbline:// links can be opened."_s);
    o = CommandLine::parse({ u"plumbline://integration/x"_s, u"check"_s });
    QCOMPARE(o.command, Command::Invalid);
    QCOMPARE(o.error, u"A plumbline:// link is opened on its own; unexpected argument check."_s);
    QCOMPARE(CommandLine::parse({ u"check"_s, u"plumbline://integration/x"_s }).command, Command::Invalid);
    QVERIFY(CommandLine::helpText().contains(u"plumbline://integration/ID"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
