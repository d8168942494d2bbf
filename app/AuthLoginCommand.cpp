#include "AuthLoginCommand.h"

#include "AppContext.h"
#include "SignIn.h"
#include "StopSignals.h"
#include "WorkspaceService.h"

#include <SecretStore.h>

#include <QEventLoop>

namespace plumbline {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthLoginCommand)
};
} // namespace

int runAuthLoginCommand(const CommandLineOptions& o, AppContext& context, QTextStream& out, QTextStream& err)
{
    const std::optional<Connection> connection = context.service().connection(o.connectionId);
    if (!connection) {
        err << Tr::tr("There is no connection \"%1\".").arg(o.connectionId) << '\n';
        err.flush();
        return CommandLine::ExitFailure;
    }
    SignIn& signIn = context.signIn();
    signIn.setTimeout(std::chrono::seconds(o.timeoutS));

    QEventLoop loop; // a command-line tool waiting for its one job, not a nested loop inside a GUI
    int code = CommandLine::ExitFailure;
    QObject receiver;
    // Ctrl+C or SIGTERM ends the wait (and closes the port) instead of killing the process half-way.
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &receiver, [&signIn] { signIn.cancel(); });
    QObject::connect(&signIn, &SignIn::progress, &receiver, [&](SignIn::Stage stage, const QString& message) {
        // The address itself is printed by the browser stand-in below; "opening the browser" would not be true here.
        if (stage == SignIn::Stage::OpeningBrowser)
            return;
        out << message << '\n';
        out.flush();
    });
    QObject::connect(&signIn, &SignIn::finished, &receiver, [&](const SignIn::Result& r) {
        if (r.ok() && r.refreshTokenStored) {
            out << r.message << '\n';
            code = CommandLine::ExitOk;
        } else if (r.ok()) {
            // This process ends now: a refresh token held in memory would end with it.
            err << Tr::tr("Signed in, but the refresh token could not be stored in %1, and it ends with this "
                          "command: Plumbline cannot renew the connection's access. Make the keychain available "
                          "(unlock it, or start a Secret Service), then run plumbline auth login %2 again.")
                       .arg(context.secrets().displayName(), o.connectionId)
                << '\n';
            if (!r.warning.isEmpty())
                err << r.warning << '\n';
        } else {
            err << r.message << '\n';
        }
        loop.quit();
    });
    // The command line does not start a browser: it may run over ssh, where a browser would open on the wrong
    // computer or not at all. The person opens the address in a browser on this computer, where the loopback
    // redirect arrives.
    const auto printAddress = [&](const QUrl& url) {
        out << Tr::tr("To sign in \"%1\" (%2), open this address in a browser on this computer:")
                   .arg(connection->id, vendorDisplayName(connection->vendor))
            << "\n\n  " << url.toString(QUrl::FullyEncoded) << "\n\n"
            << Tr::tr("Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.")
                   .arg(signIn.redirectUri())
                   .arg(o.timeoutS)
            << '\n';
        out.flush();
        return true;
    };
    if (!signIn.start(*connection, printAddress)) {
        err << Tr::tr("Another sign-in is running.") << '\n';
        err.flush();
        return CommandLine::ExitFailure;
    }
    loop.exec();
    out.flush();
    err.flush();
    return code;
}

} // namespace plumbline
