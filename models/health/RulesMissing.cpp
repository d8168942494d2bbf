// What is missing rather than broken: not_found (an object, scenario or Zap that no longer exists) and missing_key
// (Plumbline had no key to send). Both name the system and the thing, and say what to do; neither is the vendor
// rejecting anything, so neither may send people to rotate keys or to look for a warning that is not there.

#include "Rules.h"

#include "RulesSupport.h"

#include "../Connection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plumbline {

using namespace rules_detail;

namespace {

// The words of a connection's vendor; a connection the facts do not label speaks of a service in general.
const VendorWords& vendorOf(const IntegrationFacts& facts, const QString& connectionId)
{
    static const VendorWords general;
    const auto it = facts.connections.constFind(connectionId);
    return it != facts.connections.cend() && it->vendor ? *it->vendor : general;
}

QString editHint()
{
    return Rules::tr("If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, "
                     "Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.");
}

struct Gone
{
    QString side; // source, destination, middleware
    QString connection; // id
    QString ref; // object or scenario/Zap id
    int httpStatus = 0;
    QString problem;
};

} // namespace

// ---- not_found -----------------------------------------------------------------------------------------------

QList<Finding> Rules::notFound(const IntegrationFacts& facts, const RuleSettings& settings)
{
    Q_UNUSED(settings)
    const Integration& in = facts.integration;
    QList<Gone> gone;
    if (!facts.samples.isEmpty()) {
        const Sample& newest = facts.samples.constLast();
        if (newest.source.errorKind == ErrorKind::NotFound)
            gone.append({ u"source"_s, in.source.connection, in.source.object, newest.source.httpStatus,
                newest.source.errorMessage });
        if (newest.destination.errorKind == ErrorKind::NotFound)
            gone.append({ u"destination"_s, in.destination.connection, in.destination.object,
                newest.destination.httpStatus, newest.destination.errorMessage });
    }
    if (in.middleware && facts.middlewareState && facts.middlewareState->missing) {
        gone.append({ u"middleware"_s, in.middleware->connection, in.middleware->ref, facts.middlewareState->httpStatus,
            facts.middlewareState->problem });
    }
    if (gone.isEmpty())
        return {};

    const Gone& head = gone.constFirst();
    const VendorWords& vendor = vendorOf(facts, head.connection);
    const QString system = connectionName(facts, head.connection);
    const QString thing = vendor.monitoredThing();
    QString message;
    QString hint;
    if (head.httpStatus == 0 && !head.problem.isEmpty()) {
        // No request could be made: the definition itself lacks what names the object (no id, no connection).
        message = tr("%1 cannot be checked in %2: %3").arg(thing, system, head.problem);
        hint = tr("Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.");
    } else {
        const QString what = head.ref.isEmpty() ? thing : tr("%1 %2").arg(thing, head.ref);
        message = tr("%1 no longer exists in %2%3: it was deleted or its id changed")
                      .arg(what, system, head.httpStatus != 0 ? tr(" (HTTP %1)").arg(head.httpStatus) : QString());
        hint = vendor.whereToLook(what) + u' ' + editHint();
    }
    if (gone.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < gone.size(); ++i) {
            const Gone& g = gone.at(i);
            others << tr("%1 %2 in %3")
                          .arg(vendorOf(facts, g.connection).monitoredThing(), g.ref,
                              connectionName(facts, g.connection));
        }
        message += tr("; also gone: %1").arg(others.join(u", "_s));
    }
    // The first letter of "the Mailchimp audience …" starts the sentence.
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();

    QJsonArray all;
    for (const Gone& g : gone) {
        QJsonObject o { { u"side"_s, g.side }, { u"connection"_s, g.connection }, { u"id"_s, g.ref } };
        if (g.httpStatus != 0)
            o.insert(u"http_status"_s, g.httpStatus);
        if (!g.problem.isEmpty())
            o.insert(u"error"_s, g.problem);
        all.append(o);
    }
    QJsonObject ev { { u"side"_s, head.side }, { u"connection"_s, head.connection }, { u"id"_s, head.ref } };
    if (head.httpStatus != 0)
        ev.insert(u"http_status"_s, head.httpStatus);
    if (gone.size() > 1)
        ev.insert(u"missing"_s, all);
    return { finding(u"not_found"_s, Severity::Critical, message, hint, ev, in.id, head.connection, facts.now) };
}

// ---- missing_key ---------------------------------------------------------------------------------------------

QList<Finding> Rules::missingKey(const ConnectionFacts& facts, const VendorWords& vendor, const QDateTime& now)
{
    const bool missing = facts.errorKind == ErrorKind::MissingKey;
    const bool unavailable = facts.errorKind == ErrorKind::KeychainUnavailable;
    const bool unusable = facts.errorKind == ErrorKind::UnusableKey;
    if (!missing && !unavailable && !unusable)
        return {};
    const QString variable = secretVariableName(facts.connectionId);
    QJsonObject ev {
        { u"reason"_s,
            missing        ? u"no_key"_s
                : unusable ? u"unusable_key"_s
                           : u"keychain_unavailable"_s },
        { u"entry"_s, u"connection/%1/token"_s.arg(facts.connectionId) },
        { u"variable"_s, variable },
        { u"requests_sent"_s, 0 },
    };
    if (!facts.errorMessage.isEmpty())
        ev.insert(u"error"_s, facts.errorMessage);
    QString message;
    QString hint;
    if (missing) {
        message = tr("Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)")
                      .arg(facts.connectionId);
        hint = tr("Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). "
                  "Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for "
                  "the plumbline command, or store the key once with: plumbline secret set %1.")
                   .arg(facts.connectionId, variable)
            + u' ' + tr("If you need a new key:") + u' ' + vendor.newKeyHint();
    } else if (unusable) {
        message = tr("The API key of %1 contains a line break or another control character, so Plumbline did not "
                     "send it (nothing was sent to the vendor)")
                      .arg(facts.connectionId);
        hint = tr("A key never contains line breaks; this one was probably pasted with an extra line. Store it "
                  "again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the "
                  "key comes from the environment variable %2, set it without the line break.")
                   .arg(facts.connectionId, variable);
    } else {
        message = tr("Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing "
                     "was sent to the vendor)")
                      .arg(facts.connectionId);
        hint = tr("The keychain is locked or not running. Unlock it (log in to the desktop again, or open the "
                  "system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check "
                  "again. Where there is no keychain (a server, CI), set the environment variable %1 for the "
                  "plumbline command instead. The key itself is probably fine: do not replace it.")
                   .arg(variable);
    }
    return { finding(u"missing_key"_s, Severity::Critical, message, hint, ev, QString(), facts.connectionId, now) };
}

// ---- store_failure -------------------------------------------------------------------------------------------

QList<Finding> Rules::storeFailure(
    const QString& error, const QString& filePath, const QString& integrationId, const QDateTime& now)
{
    const QString message = tr("Plumbline could not save or read this check in its workspace file, so its history "
                               "has stopped: %1")
                                .arg(error.simplified());
    const QString hint = tr("Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room "
                            "on the disk that holds %1 and check that the file can be written (the folder is shown "
                            "in File › Settings › Data folder). If the file is damaged, restore it from a backup or "
                            "run \"plumbline repair\".")
                             .arg(filePath);
    const QJsonObject ev { { u"file"_s, filePath }, { u"error"_s, bounded(error.simplified(), kMaxMessage) } };
    return { finding(u"store_failure"_s, Severity::Unknown, message, hint, ev, integrationId, QString(), now) };
}

} // namespace plumbline
