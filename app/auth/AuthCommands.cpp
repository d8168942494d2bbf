#include "AuthCommands.h"

#include "../AppPaths.h"
#include "../CredentialKeepers.h"
#include "../WorkspaceService.h"

#include <AuthMethod.h>
#include <Database.h>
#include <VendorProfile.h>
#include <WorkspaceRepository.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthCommands)
};

QJsonValue isoOrNull(const std::optional<QDateTime>& at)
{
    return at ? QJsonValue(at->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString flowKey(AuthFlow flow)
{
    switch (flow) {
    case AuthFlow::ClientCredentials:
        return u"client_credentials"_s;
    case AuthFlow::AuthorizationCode:
        return u"authorization_code"_s;
    case AuthFlow::Static:
        break;
    }
    return u"static"_s;
}

QString whenText(const std::optional<QDateTime>& at)
{
    return at ? at->toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : Tr::tr("unknown");
}

} // namespace

int runAuthStatusCommand(
    const CommandLineOptions& o, const AppContext::Options& services, QTextStream& out, QTextStream& err)
{
    AppContext::Options options = services;
    options.databaseFile = AppPaths::databaseFile(AppPaths::dataDir(o.dataDir));
    AppContext context(std::move(options));
    if (const AppContext::Opened opened = context.open(); !opened) {
        err << opened.message << '\n';
        return CommandLine::ExitFailure;
    }
    const QList<Connection> connections = context.service().connections();
    QList<std::pair<Connection, CredentialStatus>> results;
    QEventLoop loop; // a command-line tool waiting for its one job, not a nested loop inside a GUI
    QObject receiver;
    int pending = 0;
    for (const Connection& c : connections) {
        if (!AuthMethod::isOAuth(c)) {
            results.append({ c, CredentialStatus {} });
            continue;
        }
        const qsizetype slot = results.size();
        results.append({ c, CredentialStatus {} });
        ++pending;
        context.credentials().probe(c, &receiver, [&, slot](const CredentialStatus& status) {
            results[slot].second = status;
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0) {
        // Each token request has the transport's own deadlines; this only bounds a keychain that never answers.
        QTimer::singleShot(120 * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    bool problem = false;
    QJsonArray rows;
    for (const auto& [c, s] : results) {
        const bool oauth = AuthMethod::isOAuth(c);
        const bool failed = oauth && (pending > 0 || s.problemKind != ErrorKind::None);
        problem = problem || failed;
        QJsonObject row {
            { u"id"_s, c.id },
            { u"name"_s, c.name },
            { u"vendor"_s, vendorKey(c.vendor) },
            { u"auth_method"_s, c.authMethod.isEmpty() ? VendorCatalog::profile(c.vendor).authMethod : c.authMethod },
            { u"flow"_s, flowKey(AuthMethod::flowOf(c)) },
        };
        if (oauth) {
            row.insert(u"signed_in_as"_s, s.identity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.identity));
            row.insert(u"access_token_expires_at"_s, isoOrNull(s.expiresAt));
            row.insert(u"last_renewal"_s, isoOrNull(s.lastRenewal));
            row.insert(u"refresh_token_in_memory_only"_s, s.refreshTokenInMemoryOnly);
            row.insert(u"token_requests"_s, s.tokenRequests);
            if (s.problemKind != ErrorKind::None || !s.problem.isEmpty()) {
                row.insert(u"problem"_s,
                    QJsonObject { { u"kind"_s, errorKindKey(s.problemKind) }, { u"message"_s, s.problem } });
            } else {
                row.insert(u"problem"_s, QJsonValue(QJsonValue::Null));
            }
        }
        rows.append(row);
    }
    if (o.json) {
        out << QJsonDocument(QJsonObject { { u"connections"_s, rows } }).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& [c, s] : results) {
            if (!AuthMethod::isOAuth(c)) {
                out << Tr::tr("%1 (%2): a stored API key or token; nothing to renew")
                           .arg(c.id, vendorDisplayName(c.vendor))
                    << '\n';
                continue;
            }
            out << Tr::tr("%1 (%2): %3").arg(c.id, vendorDisplayName(c.vendor), c.authMethod) << '\n';
            if (!s.identity.isEmpty())
                out << "  " << Tr::tr("signed in as %1").arg(s.identity) << '\n';
            out << "  "
                << Tr::tr("access token expires %1; last renewed %2")
                       .arg(whenText(s.expiresAt), whenText(s.lastRenewal))
                << '\n';
            if (!s.problem.isEmpty())
                out << "  " << Tr::tr("problem: %1").arg(s.problem) << '\n';
        }
        if (results.isEmpty())
            out << Tr::tr("The workspace has no connections.") << '\n';
    }
    out.flush();
    return problem ? CommandLine::ExitFailure : CommandLine::ExitOk;
}

} // namespace plumbline
