#include "CommandLine.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

QString CommandLine::versionText()
{
    return u"plumbline %1"_s.arg(QStringLiteral(PLUMBLINE_VERSION));
}

QString CommandLine::helpText()
{
    return tr("Usage: plumbline [--data-dir DIR] [COMMAND]\n"
              "\n"
              "Plumbline watches the API integrations of a marketing stack and says when one quietly breaks.\n"
              "\n"
              "Commands:\n"
              "  (none)                         open the window on the default workspace\n"
              "  --demo                         open the window on a throwaway demo workspace\n"
              "  plumbline://integration/ID     open the window on that integration (a notification's link)\n"
              "  import FILE                    import definitions from a workspace JSON file (all or nothing)\n"
              "  export FILE                    export definitions to a workspace JSON file (never secrets)\n"
              "  secret set CONNECTION_ID [--name NAME]\n"
              "                                 read a secret from standard input into the OS keychain; NAME is\n"
              "                                 token (the API key, default), client_secret or refresh_token\n"
              "  secret set channel/CHANNEL_ID/NAME\n"
              "                                 a notification channel's secret: url, password, routing_key or\n"
              "                                 signing_secret\n"
              "  notify test CHANNEL_ID         send a test message to a notification channel now\n"
              "  notify log [--json]            the delivery log of notifications, newest first\n"
              "  auth status [--json]           per OAuth connection: method, who is signed in, when the access\n"
              "                                 token expires, its last renewal and any problem\n"
              "  check [--json] [--values] [--integration ID]... [--timeout S]\n"
              "                                 poll now and print the health (exit 0 ok, 1 warning, 2 critical,\n"
              "                                 3 unknown); a side with no answer within S seconds (default 60)\n"
              "                                 is reported as a timeout; a value check runs when one is due, or\n"
              "                                 now with --values\n"
              "  run                            poll on schedule without a window until SIGINT/SIGTERM\n"
              "  report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH\n"
              "                                 write an audit report (csv: PATH is a new folder); dates are\n"
              "                                 YYYY-MM-DD (UTC days) or ISO 8601; default: the last 30 days\n"
              "  sandbox [--port N] [--scenario NAME]\n"
              "                                 serve the fake vendor stack on 127.0.0.1\n"
              "  alerts [--json]                list the open alerts\n"
              "  alert ack ID                   acknowledge an alert (it still notifies if it gets worse)\n"
              "  alert snooze ID --until DATE   keep an alert quiet until DATE (ISO 8601, e.g. 2026-12-01T09:00)\n"
              "  maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]\n"
              "                                 poll but raise no alerts during a maintenance window\n"
              "  maintenance list [INTEGRATION_ID]\n"
              "  maintenance remove WINDOW_ID\n"
              "  repair                         copy what can still be read from a damaged workspace file into a\n"
              "                                 new one (the damaged file is kept beside it)\n")
        // auth login: its own message, so the sign-in's lines are translated apart from the rest.
        + tr("  auth login CONNECTION_ID [--timeout S]\n"
             "                                 sign in to an oauth_authorization_code connection in a browser on\n"
             "                                 this computer: prints the address, waits S seconds (default 300)\n"
             "                                 for the redirect, stores the refresh token in the OS keychain\n"
             "                                 (exit 0 signed in, 1 not)\n")
        + tr("\n"
             "Options:\n"
             "  --data-dir DIR                 use the workspace in DIR\n"
             "  --version                      print the version\n"
             "  --help                         print this help\n"
             "\n"
             "Without a keychain (servers, CI), an API key may come from the environment variable\n"
             "PLUMBLINE_SECRET_<ID> (an OAuth connection's client secret) and its refresh token from\n"
             "PLUMBLINE_REFRESH_TOKEN_<ID>: the connection id upper-cased, other characters replaced by '_'.\n"
             "Exit codes: 0 success, 1 failure, 64 wrong usage (check: 0-3 as above).\n");
}

CommandLineOptions CommandLine::parse(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return parse(args);
}

CommandLineOptions CommandLine::parse(const QStringList& arguments)
{
    using Command = CommandLineOptions::Command;
    CommandLineOptions o;
    QStringList positional;
    const auto invalid = [&o](const QString& message) {
        o.command = Command::Invalid;
        o.error = message;
        return o;
    };
    bool demo = false;
    QSet<QString> given; // options that take one value: a second one is a mistake, not "the last one wins"
    static const QStringList singleValued { u"--data-dir"_s, u"--format"_s, u"--from"_s, u"--to"_s, u"-o"_s,
        u"--output"_s, u"--port"_s, u"--timeout"_s, u"--until"_s, u"--note"_s, u"--scenario"_s, u"--json"_s,
        u"--demo"_s, u"--name"_s, u"--values"_s };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const auto value = [&](QString& target) -> bool {
            const qsizetype eq = a.indexOf(u'=');
            if (a.startsWith(u"--") && eq > 0) {
                target = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            target = arguments.at(++i);
            return true;
        };
        const QString name = a.startsWith(u"--") && a.contains(u'=') ? a.left(a.indexOf(u'=')) : a;
        if (name == u"--help" || name == u"-h") {
            o.command = Command::Help;
            return o;
        }
        if (name == u"--version" || name == u"-v") {
            o.command = Command::Version;
            return o;
        }
        if (singleValued.contains(name)) {
            const QString canonical = name == u"-o" ? u"--output"_s : name;
            if (given.contains(canonical))
                return invalid(tr("%1 is given twice; give it once.").arg(name));
            given.insert(canonical);
        }
        if (name == u"--demo") {
            demo = true;
        } else if (name == u"--json") {
            o.json = true;
        } else if (name == u"--values") {
            o.values = true;
        } else if (name == u"--data-dir") {
            if (!value(o.dataDir) || o.dataDir.isEmpty())
                return invalid(tr("--data-dir needs a folder."));
        } else if (name == u"--integration") {
            QString id;
            if (!value(id) || id.isEmpty())
                return invalid(tr("--integration needs an integration id."));
            o.integrations << id;
        } else if (name == u"--format") {
            if (!value(o.format) || !QStringList { u"pdf"_s, u"csv"_s, u"html"_s }.contains(o.format))
                return invalid(tr("--format needs pdf, csv or html."));
        } else if (name == u"--from") {
            if (!value(o.from))
                return invalid(tr("--from needs a date."));
        } else if (name == u"--to") {
            if (!value(o.to))
                return invalid(tr("--to needs a date."));
        } else if (name == u"-o" || name == u"--output") {
            if (!value(o.output))
                return invalid(tr("-o needs a path."));
        } else if (name == u"--port") {
            QString port;
            bool ok = false;
            if (!value(port) || (o.port = port.toInt(&ok), !ok) || o.port < 0 || o.port > 65535)
                return invalid(tr("--port needs a number from 0 to 65535."));
        } else if (name == u"--timeout") {
            QString seconds;
            bool ok = false;
            if (!value(seconds) || (o.timeoutS = seconds.toInt(&ok), !ok) || o.timeoutS < 1 || o.timeoutS > 3600)
                return invalid(tr("--timeout needs a number of seconds from 1 to 3600."));
        } else if (name == u"--until") {
            if (!value(o.until) || o.until.isEmpty())
                return invalid(tr("--until needs a date and time."));
        } else if (name == u"--note") {
            if (!value(o.note))
                return invalid(tr("--note needs a text."));
        } else if (name == u"--name") {
            static const QStringList names { u"token"_s, u"client_secret"_s, u"refresh_token"_s };
            if (!value(o.secretName) || !names.contains(o.secretName))
                return invalid(tr("--name needs token, client_secret or refresh_token."));
        } else if (name == u"--scenario") {
            if (!value(o.scenario))
                return invalid(tr("--scenario needs a name."));
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return invalid(tr("Unknown option %1.").arg(a));
        } else {
            positional << a;
        }
    }

    // A link a notification carries (plumbline://integration/<id>), handed over by the desktop: the window on it.
    if (!positional.isEmpty() && positional.first().contains(u"://"_s)) {
        const QUrl url(positional.first(), QUrl::StrictMode);
        if (url.scheme().compare(u"plumbline"_s, Qt::CaseInsensitive) != 0 || !url.isValid())
            return invalid(
                tr("%1 is not a Plumbline link; only plumbline:// links can be opened.").arg(positional.first()));
        if (positional.size() != 1)
            return invalid(
                tr("A plumbline:// link is opened on its own; unexpected argument %1.").arg(positional.at(1)));
        o.openUrl = positional.takeFirst();
    }
    if (positional.isEmpty()) {
        o.command = demo ? Command::Demo : Command::Gui;
        return o;
    }
    if (demo)
        return invalid(tr("--demo opens the window; it cannot be combined with a command."));
    const QString command = positional.takeFirst();
    if (command == u"import" || command == u"export") {
        o.command = command == u"import" ? Command::Import : Command::Export;
        if (positional.size() != 1)
            return invalid(tr("%1 needs exactly one FILE.").arg(command));
        o.file = positional.first();
        return o;
    }
    if (command == u"secret") {
        if (positional.size() != 2 || positional.first() != u"set")
            return invalid(tr("Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] "
                              "(the secret is read from standard input)."));
        o.command = Command::SecretSet;
        o.connectionId = positional.at(1);
        return o;
    }
    if (given.contains(u"--name"_s))
        return invalid(tr("--name belongs to secret set."));
    if (command == u"notify") {
        const QString verb = positional.value(0);
        if (verb == u"test" && positional.size() == 2) {
            o.command = Command::NotifyTest;
            o.channelId = positional.at(1);
            return o;
        }
        if (verb == u"log" && positional.size() == 1) {
            o.command = Command::NotifyLog;
            return o;
        }
        return invalid(tr("Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json]."));
    }
    if (command == u"auth") {
        const QString verb = positional.value(0);
        if (verb == u"status" && positional.size() == 1) {
            o.command = Command::AuthStatus;
            return o;
        }
        // auth login CONNECTION_ID [--timeout S] (ARCHITECTURE.md §11): the browser sign-in.
        if (verb == u"login") {
            if (positional.size() != 2)
                return invalid(tr("Use: plumbline auth login CONNECTION_ID [--timeout S]."));
            o.command = Command::AuthLogin;
            o.connectionId = positional.at(1);
            if (!given.contains(u"--timeout"_s))
                o.timeoutS = 300; // five minutes to sign in, not the minute `check` gives a poll
            return o;
        }
        return invalid(tr("Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json]."));
    }
    if (command == u"alerts") {
        if (!positional.isEmpty())
            return invalid(tr("Unexpected argument %1.").arg(positional.first()));
        o.command = Command::Alerts;
        return o;
    }
    if (command == u"alert") {
        const QString verb = positional.value(0);
        if (positional.size() != 2 || (verb != u"ack" && verb != u"snooze"))
            return invalid(tr("Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE."));
        bool ok = false;
        if (positional.at(1).toLongLong(&ok) <= 0 || !ok)
            return invalid(tr("%1 is not an alert id; plumbline alerts shows the ids.").arg(positional.at(1)));
        o.command = verb == u"ack" ? Command::AlertAck : Command::AlertSnooze;
        o.targetId = positional.at(1);
        if (o.command == Command::AlertSnooze && o.until.isEmpty())
            return invalid(tr("alert snooze needs --until DATE."));
        return o;
    }
    if (command == u"maintenance") {
        const QString verb = positional.value(0);
        if (verb == u"add" && positional.size() == 2) {
            if (o.from.isEmpty() || o.to.isEmpty())
                return invalid(tr("maintenance add needs --from DATE and --to DATE."));
            o.command = Command::MaintenanceAdd;
            o.targetId = positional.at(1);
            return o;
        }
        if (verb == u"list" && positional.size() <= 2) {
            o.command = Command::MaintenanceList;
            o.targetId = positional.value(1);
            return o;
        }
        if (verb == u"remove" && positional.size() == 2) {
            bool ok = false;
            if (positional.at(1).toLongLong(&ok) <= 0 || !ok)
                return invalid(tr("%1 is not a window id; maintenance list shows the ids.").arg(positional.at(1)));
            o.command = Command::MaintenanceRemove;
            o.targetId = positional.at(1);
            return o;
        }
        return invalid(tr("Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], "
                          "maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID."));
    }
    const struct
    {
        const char16_t* name;
        Command command;
    } simple[] = { { u"check", Command::Check }, { u"run", Command::Run }, { u"report", Command::Report },
        { u"sandbox", Command::Sandbox }, { u"repair", Command::Repair } };
    for (const auto& s : simple) {
        if (command == QStringView(s.name)) {
            if (!positional.isEmpty())
                return invalid(tr("Unexpected argument %1.").arg(positional.first()));
            o.command = s.command;
            if (o.values && s.command != Command::Check)
                return invalid(tr("--values belongs to plumbline check."));
            return o;
        }
    }
    return invalid(tr("Unknown command %1.").arg(command));
}

} // namespace plumbline
