#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace plumbline {

// The command line of the one executable (ARCHITECTURE.md, "Contracts"), parsed without needing a QCoreApplication.
struct CommandLineOptions
{
    enum class Command
    {
        Gui,
        Demo,
        Import,
        Export,
        SecretSet,
        Check,
        Run,
        Report,
        Sandbox,
        Alerts, // alerts [--json]
        AlertAck, // alert ack ID
        AlertSnooze, // alert snooze ID --until DATE
        MaintenanceAdd, // maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]
        MaintenanceList, // maintenance list [INTEGRATION_ID]
        MaintenanceRemove, // maintenance remove WINDOW_ID
        Repair, // repair: copy what can be read from a damaged workspace into a new file
        AuthStatus, // auth status [--json]
        AuthLogin, // auth login CONNECTION_ID [--timeout S]: the browser sign-in (app/AuthLoginCommand)
        NotifyTest, // notify test CHANNEL_ID: one test message now (ARCHITECTURE.md §14)
        NotifyLog, // notify log [--json]: the delivery log
        Version,
        Help,
        Invalid,
    };

    Command command = Command::Gui;
    QString error; // for Invalid: what is wrong, translated
    QString dataDir;
    // The window (or the demo) opened on a `plumbline:` link, such as plumbline://integration/<id> from a
    // notification (the desktop file passes it as %u). Other schemes are refused.
    QString openUrl;
    QString file; // import/export FILE
    QString connectionId; // secret set ID (or channel/<id>/<name>), auth login ID
    QString channelId; // notify test CHANNEL_ID
    QString secretName; // secret set --name: token, client_secret or refresh_token; empty: the connection's one
    bool json = false;
    bool values = false; // check --values: run a value check now (ARCHITECTURE.md §12)
    QStringList integrations;
    QString format;
    QString from;
    QString to;
    QString output;
    int port = 0;
    QString scenario;
    QString until; // alert snooze
    QString note; // maintenance add
    QString targetId; // alert id, integration id or maintenance window id
    // check: the whole poll's deadline (auth login: the wait for the browser, 300 s unless --timeout is given). A
    // vendor that has not answered by then is reported as a timeout (count null) rather than holding the command: the
    // transport alone may retry a stalled request for about a minute, and requests to one host queue behind each other
    // (four at a time).
    int timeoutS = 60;

    bool needsGui() const { return command == Command::Gui || command == Command::Demo; }
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        ExitOk = 0,
        ExitFailure = 1,
        ExitUsage = 64, // sysexits EX_USAGE; `check` keeps 0-3 for its Nagios-style status
    };

    static CommandLineOptions parse(const QStringList& arguments);
    static CommandLineOptions parse(int argc, char** argv);
    static QString helpText();
    static QString versionText();
};

} // namespace plumbline
