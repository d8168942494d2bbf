#include "HeadlessRunner.h"

#include "AppPaths.h"
#include "AuthLoginCommand.h"
#include "SandboxCommand.h"
#include "Translations.h"
#include "WorkspaceService.h"
#include "auth/AuthCommands.h"
#include "monitor/MonitorCommands.h"
#include "notify/NotifyCommands.h"
#include "report/ReportCommand.h"

#include <AuthMethod.h>
#include <SecretStore.h>
#include <StoreRepair.h>
#include <VendorProfile.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace plumbline {

HeadlessRunner::HeadlessRunner(QTextStream& out, QTextStream& err, QIODevice& in, AppContext::Options services)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_services(std::move(services))
{
    m_services.leaseKind.clear(); // only `run` polls on schedule and so names itself in the lease
}

int HeadlessRunner::run(const CommandLineOptions& o)
{
    using Command = CommandLineOptions::Command;
    // Polling commands take PLUMBLINE_SECRET_<ID> where set (servers, CI), else the keychain; `secret set` always
    // writes to the keychain.
    AppContext::Options polling = m_services;
    if (polling.secrets == AppContext::Secrets::Keychain)
        polling.secrets = AppContext::Secrets::EnvironmentThenKeychain;
    polling.leaseKind.clear();
    switch (o.command) {
    case Command::Help:
        m_out << CommandLine::helpText();
        return CommandLine::ExitOk;
    case Command::Version:
        m_out << CommandLine::versionText() << '\n';
        return CommandLine::ExitOk;
    case Command::Invalid:
        m_err << o.error << '\n' << tr("See plumbline --help.") << '\n';
        return CommandLine::ExitUsage;
    case Command::Import:
        return runImport(o);
    case Command::Export:
        return runExport(o);
    case Command::SecretSet:
        return runSecretSet(o);
    case Command::Check:
        return runCheckCommand(o, polling, m_out, m_err);
    case Command::Sandbox:
        return runSandboxCommand(quint16(o.port), o.scenario, m_out, m_err);
    case Command::Run:
        polling.leaseKind = u"run"_s; // how a second `run` or a window names this poller
        return runRunCommand(o, polling, m_out, m_err);
    case Command::Alerts:
    case Command::AlertAck:
    case Command::AlertSnooze:
    case Command::MaintenanceAdd:
    case Command::MaintenanceList:
    case Command::MaintenanceRemove:
        return runAlertCommand(o, m_services, m_out, m_err);
    case Command::Report:
        return runReportCommand(o, m_services, m_out, m_err);
    case Command::Repair:
        return runRepair(o);
    case Command::AuthStatus:
        return runAuthStatusCommand(o, polling, m_out, m_err);
    case Command::AuthLogin: {
        // The keychain only, as for `secret set`: the refresh token is written there.
        const std::unique_ptr<AppContext> context = openContext(o);
        return context ? runAuthLoginCommand(o, *context, m_out, m_err) : int(CommandLine::ExitFailure);
    }
    case Command::NotifyTest:
    case Command::NotifyLog: {
        // `notify test` sends with the secrets `check` and `run` would use (environment, then keychain).
        const std::unique_ptr<AppContext> context = openContext(o, polling);
        return context ? runNotifyCommand(o, *context, m_out, m_err) : int(CommandLine::ExitFailure);
    }
    case Command::Gui:
    case Command::Demo:
        break;
    }
    return CommandLine::ExitUsage;
}

std::unique_ptr<AppContext> HeadlessRunner::openContext(const CommandLineOptions& o)
{
    return openContext(o, m_services);
}

std::unique_ptr<AppContext> HeadlessRunner::openContext(const CommandLineOptions& o, AppContext::Options options)
{
    options.databaseFile = AppPaths::databaseFile(AppPaths::dataDir(o.dataDir));
    auto context = std::make_unique<AppContext>(std::move(options));
    if (const AppContext::Opened opened = context->open(); !opened) {
        m_err << opened.message << '\n';
        return nullptr;
    }
    return context;
}

int HeadlessRunner::runImport(const CommandLineOptions& o)
{
    const std::unique_ptr<AppContext> context = openContext(o);
    if (!context)
        return CommandLine::ExitFailure;
    const WorkspaceService::ImportOutcome outcome = context->service().importFile(o.file);
    if (!outcome.ok()) {
        m_err << tr("Nothing was imported from %1:").arg(o.file) << '\n';
        for (const QString& line : outcome.messages())
            m_err << "  " << line << '\n';
        return CommandLine::ExitFailure;
    }
    m_out << tr("Imported %n connection(s)", nullptr, outcome.connections) << ", "
          << tr("%n integration(s)", nullptr, outcome.integrations) << '\n';
    return CommandLine::ExitOk;
}

int HeadlessRunner::runExport(const CommandLineOptions& o)
{
    const std::unique_ptr<AppContext> context = openContext(o);
    if (!context)
        return CommandLine::ExitFailure;
    if (const StoreResult r = context->service().exportFile(o.file); !r) {
        m_err << r.error << '\n';
        return CommandLine::ExitFailure;
    }
    m_out << tr("Exported the workspace to %1 (without secrets).").arg(o.file) << '\n';
    return CommandLine::ExitOk;
}

int HeadlessRunner::runSecretSet(const CommandLineOptions& o)
{
    const std::unique_ptr<AppContext> context = openContext(o);
    if (!context)
        return CommandLine::ExitFailure;
    WorkspaceService& service = context->service();
    const bool channel = o.connectionId.startsWith(u"channel/"); // a notification channel's secret (§14)
    if (!channel && !service.connection(o.connectionId)) {
        m_err << tr("There is no connection \"%1\".").arg(o.connectionId) << '\n';
        return CommandLine::ExitFailure;
    }
    QByteArray bytes = m_in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    const QString secret = QString::fromUtf8(bytes);
    if (secret.trimmed().isEmpty()) {
        m_err << tr("No secret on standard input; nothing was stored.") << '\n';
        return CommandLine::ExitFailure;
    }
    if (channel)
        return runChannelSecretSet(o.connectionId, secret, *context, m_out, m_err);
    QEventLoop loop; // a command-line tool waiting for its one job, not a nested loop inside a GUI
    int code = CommandLine::ExitFailure;
    QObject receiver;
    // `token` is the vendor's static secret, whatever the vendor calls its entry (Mailchimp: api_key).
    const Connection connection = *service.connection(o.connectionId);
    const QString entry
        = o.secretName == u"token" ? VendorCatalog::profile(connection.vendor).secretName : o.secretName;
    const QString stored = entry.isEmpty() ? WorkspaceService::secretNameFor(connection) : entry;
    service.setSecret(
        o.connectionId, secret, &receiver,
        [&](const StoreResult& r) {
            if (r) {
                m_out << (stored == QLatin1String(AuthMethod::kClientSecret)
                        ? tr("The client secret for \"%1\" is stored in %2.")
                        : stored == QLatin1String(AuthMethod::kRefreshToken)
                        ? tr("The refresh token for \"%1\" is stored in %2.")
                        : tr("The API key for \"%1\" is stored in %2."))
                             .arg(o.connectionId, context->secrets().displayName())
                      << '\n';
                code = CommandLine::ExitOk;
            } else {
                m_err << r.error << '\n';
            }
            loop.quit();
        },
        entry);
    loop.exec();
    return code;
}

int HeadlessRunner::runRepair(const CommandLineOptions& o)
{
    const QString file = AppPaths::databaseFile(AppPaths::dataDir(o.dataDir));
    const StoreRepair::Result r = StoreRepair::repair(file);
    if (!r.ok()) {
        m_err << r.error << '\n';
        return CommandLine::ExitFailure;
    }
    if (!r.needed) {
        m_out << tr("The workspace file %1 is not damaged; nothing was changed.").arg(file) << '\n';
        return CommandLine::ExitOk;
    }
    m_out << tr("Repaired %1. What could be read was copied into a new workspace file:").arg(file) << '\n';
    for (const StoreRepair::Table& t : r.tables) {
        QString line = u"  %1: "_s.arg(t.name) + tr("%n row(s) copied", nullptr, int(t.copied));
        if (t.dropped > 0)
            line += u", "_s + tr("%n dropped (their definition could not be read)", nullptr, int(t.dropped));
        if (t.damaged)
            line += u", "_s + tr("rows on damaged pages are lost");
        m_out << line << '\n';
    }
    m_out << tr("The damaged file is kept as %1.").arg(r.damagedCopy) << '\n';
    return CommandLine::ExitOk;
}

int runHeadless(int argc, char** argv, const CommandLineOptions& options)
{
    using Command = CommandLineOptions::Command;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (options.command == Command::Help || options.command == Command::Version
        || options.command == Command::Invalid) {
        // No QCoreApplication: these work anywhere, even without a display or a writable home.
        return HeadlessRunner(out, err, in).run(options);
    }
    // `report` draws a PDF, which needs fonts and so a QGuiApplication; it never shows a window, so it runs on the
    // offscreen platform unless one is chosen explicitly (servers and CI have no display).
    std::unique_ptr<QCoreApplication> application;
    if (options.command == Command::Report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // The offscreen platform asks for a runtime folder; under cron, sudo or ssh there is often none, and Qt
            // would print a warning about it on every report. A private one in the temp folder is what Qt falls back to
            // anyway.
#ifdef Q_OS_UNIX
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + u"/plumbline-runtime-"_s + QString::number(getuid());
            if (QDir().mkpath(runtime)
                && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    AppPaths::setApplicationIdentity();
    Translations translations;
    translations.install(app);
    in.open(stdin, QIODevice::ReadOnly);
    return HeadlessRunner(out, err, in).run(options);
}

} // namespace plumbline
