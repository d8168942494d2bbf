#include "MonitorCommands.h"

#include "../notify/NotificationCenter.h"

#include "../AppPaths.h"
#include "../StopSignals.h"
#include "../settings/AppSettings.h"
#include "../values/ValueChecker.h"
#include "CheckReport.h"
#include "Monitor.h"
#include "Poller.h"

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>

#include <QCoreApplication>
#include <QDebug>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommands)
};

// How long `check` and a stopping `run` wait for notifications that are due to go out.
constexpr int kNotifyFlushMs = 10000;

// A headless monitor: the composition root on the workspace of --data-dir, with the settings file's thresholds,
// retention and notification channels (the same as the window's).
struct HeadlessMonitor
{
    std::unique_ptr<AppContext> context;
    WorkspaceRepository* workspace = nullptr;
    MonitorRepository* history = nullptr;
    Monitor* monitor = nullptr;

    QString open(const CommandLineOptions& o, AppContext::Options options)
    {
        options.databaseFile = AppPaths::databaseFile(AppPaths::dataDir(o.dataDir));
        context = std::make_unique<AppContext>(std::move(options));
        if (const AppContext::Opened opened = context->open(); !opened)
            return opened.message;
        const AppSettings settings;
        context->applySettings(settings.load());
        // An old settings file's webhook URL moves into the keychain before anything is sent.
        QEventLoop loop;
        context->migrateLegacyWebhook(settings, context.get(), [&loop](const QString& error) {
            if (!error.isEmpty())
                qWarning().noquote() << error;
            loop.quit();
        });
        loop.exec();
        workspace = &context->workspace();
        history = &context->history();
        monitor = &context->monitor();
        return {};
    }
    Database& database() { return context->database(); }
};

} // namespace

int runCheckCommand(
    const CommandLineOptions& o, const AppContext::Options& services, QTextStream& out, QTextStream& err)
{
    constexpr int kUnknown = 3;
    // Whatever happens, the first line on standard output is a plugin status line, and --json prints a document
    // (monitoring systems read stdout; an empty one reads as a crash or as "no problem").
    const auto unknown = [&](const QString& error) {
        if (o.json)
            out << QJsonDocument(CheckReport::errorJson(error, QDateTime::currentDateTimeUtc()))
                       .toJson(QJsonDocument::Indented);
        else
            out << CheckReport::errorText(error);
        out.flush();
        return kUnknown;
    };
    HeadlessMonitor m;
    if (const QString error = m.open(o, services); !error.isEmpty())
        return unknown(error);
    const quint64 readMark = m.database().readFaults();
    const QList<Integration> integrations = m.workspace->integrations();
    if (const StoreResult read = m.database().readResultSince(readMark); !read)
        return unknown(read.error);
    for (const QString& id : o.integrations) {
        const bool known = std::any_of(
            integrations.cbegin(), integrations.cend(), [&id](const Integration& i) { return i.id == id; });
        if (!known)
            return unknown(Tr::tr("there is no integration \"%1\"").arg(id));
    }
    if (integrations.isEmpty())
        return unknown(Tr::tr("the workspace has no integrations; import one with plumbline import FILE"));
    // One overall deadline (--timeout, default 60 s): what has not answered by then is reported as a timeout,
    // so a stalled vendor makes `check` slow by at most that much instead of by retries × stall per queued request.
    m.context->poller().setDeadline(o.timeoutS * 1000);
    QEventLoop loop; // a command-line tool waiting for its one cycle
    // Value checks first (those due, or all with --values), so that the cycle's evaluation reads them.
    ValueChecker& values = m.context->valueChecker();
    // They get half of the deadline, so that a stalled vendor cannot hold them and the poll after them both.
    QTimer valueDeadline;
    valueDeadline.setSingleShot(true);
    QObject::connect(&valueDeadline, &QTimer::timeout, &values, &ValueChecker::cancel);
    valueDeadline.start(std::max(5, o.timeoutS / 2) * 1000);
    values.run(o.integrations, o.values, [&loop, &err](const QList<ValueChecker::Outcome>& outcomes) {
        for (const ValueChecker::Outcome& v : outcomes) {
            if (!v.storeError.isEmpty())
                err << v.storeError << '\n';
        }
        loop.quit();
    });
    loop.exec();
    CycleReport report;
    QObject::connect(
        m.monitor, &Monitor::storeError, &loop, [&err](const QString& message) { err << message << '\n'; });
    m.monitor->runCycle(o.integrations, [&](const CycleReport& r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    // What this cycle has to tell goes out before the process ends (the rest waits in the outbox for the poller).
    m.context->notifications().flush(kNotifyFlushMs, &loop, [&loop] { loop.quit(); });
    loop.exec();
    if (o.json)
        out << QJsonDocument(CheckReport::toJson(report)).toJson(QJsonDocument::Indented);
    else
        out << CheckReport::toText(report);
    out.flush();
    return severityExitCode(report.status);
}

int runRunCommand(const CommandLineOptions& o, const AppContext::Options& services, QTextStream& out, QTextStream& err)
{
    HeadlessMonitor m;
    if (const QString error = m.open(o, services); !error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    StopSignals stop;
    if (!stop.isValid()) {
        err << Tr::tr("Cannot set up signal handling.") << '\n';
        return 1;
    }
    bool stopping = false;
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [&] {
        stopping = true;
        m.monitor->stop();
        // Let a cycle in flight finish and be stored; it never takes longer than the transport's deadlines.
        if (!m.monitor->isPolling())
            QCoreApplication::quit();
    });
    QObject::connect(m.monitor, &Monitor::pollingChanged, &stop, [&](bool polling) {
        if (!polling && stopping)
            QCoreApplication::quit();
    });
    QObject::connect(m.monitor, &Monitor::cycleFinished, &stop, [&out](const CycleReport& r) {
        out << CheckReport::toText(r).section(u'\n', 0, 0) << '\n';
        out.flush();
    });
    QObject::connect(m.monitor, &Monitor::storeError, &stop, [&err](const QString& message) {
        err << message << '\n';
        err.flush();
    });
    QObject::connect(m.context.get(), &AppContext::notificationFailed, &stop,
        [&err](const QString& channel, const QString& e, bool final) {
            err << (final ? Tr::tr("Notification to %1 given up: %2") : Tr::tr("Notification to %1 failed: %2"))
                       .arg(channel, e)
                << '\n';
            err.flush();
        });
    // One poller per workspace: a second `run` (or a window) follows the one that polls and takes over when it stops.
    const auto announce = [&](bool leading) {
        if (leading) {
            out << Tr::tr("Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.", nullptr,
                int(m.workspace->integrations().size()))
                << '\n';
        } else if (const std::optional<LeaseHolder> poller = m.monitor->poller()) {
            out << Tr::tr("Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows "
                          "and takes over if it stops.")
                       .arg(poller->kind)
                       .arg(poller->pid)
                       .arg(poller->host)
                << '\n';
        }
        out.flush();
    };
    QObject::connect(m.monitor, &Monitor::leadershipChanged, &stop, [&](bool leading) {
        if (!stopping)
            announce(leading);
    });
    m.monitor->start();
    QCoreApplication::exec();
    // Messages due now still go (a few seconds at most); the others stay in the outbox for the next poller.
    QEventLoop flush;
    m.context->notifications().flush(kNotifyFlushMs, &flush, [&flush] { flush.quit(); });
    flush.exec();
    out << Tr::tr("Stopped.") << '\n';
    return 0;
}

namespace {

// ISO 8601 date-time (with or without an offset; without one it is local time) or a date (its start).
std::optional<QDateTime> parseWhen(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

int runAlertCommand(
    const CommandLineOptions& o, const AppContext::Options& services, QTextStream& out, QTextStream& err)
{
    using Command = CommandLineOptions::Command;
    HeadlessMonitor m;
    if (const QString error = m.open(o, services); !error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    const auto alertId = [&]() -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = o.targetId.toLongLong(&ok);
        if (!ok || !m.history->alert(id) || !m.history->alert(id)->isOpen()) {
            err << Tr::tr("There is no open alert %1; see plumbline alerts.").arg(o.targetId) << '\n';
            return std::nullopt;
        }
        return id;
    };
    switch (o.command) {
    case Command::Alerts: {
        const QList<Alert> open = m.history->openAlerts();
        if (o.json) {
            QJsonArray list;
            for (const Alert& a : open) {
                list.append(QJsonObject { { u"id"_s, double(a.id) }, { u"subject"_s, a.subject }, { u"rule"_s, a.rule },
                    { u"severity"_s, severityKey(a.severity) }, { u"message"_s, a.message },
                    { u"opened_at"_s, a.openedAt.toUTC().toString(Qt::ISODate) },
                    { u"acknowledged"_s, a.acknowledgedAt.isValid() },
                    { u"snoozed_until"_s,
                        a.snoozedUntil.isValid() ? QJsonValue(a.snoozedUntil.toUTC().toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null) } });
            }
            out << QJsonDocument(QJsonObject { { u"alerts"_s, list } }).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (open.isEmpty())
            out << Tr::tr("No open alerts.") << '\n';
        for (const Alert& a : open) {
            out << u"%1  %2  %3  %4: %5"_s.arg(a.id).arg(
                severityDisplayName(a.severity).toUpper(), a.subject, a.rule, a.message);
            if (a.acknowledgedAt.isValid())
                out << "  " << Tr::tr("(acknowledged by %1)").arg(a.acknowledgedBy);
            if (a.snoozedUntil.isValid())
                out << "  " << Tr::tr("(snoozed until %1)").arg(localTime(a.snoozedUntil));
            out << '\n';
        }
        return 0;
    }
    case Command::AlertAck: {
        const auto id = alertId();
        if (!id)
            return 1;
        m.monitor->acknowledge(*id);
        out << Tr::tr("Alert %1 acknowledged; it will still notify if it gets worse.").arg(*id) << '\n';
        return 0;
    }
    case Command::AlertSnooze: {
        const auto id = alertId();
        if (!id)
            return 1;
        const std::optional<QDateTime> until = parseWhen(o.until);
        if (!until || *until <= QDateTime::currentDateTimeUtc()) {
            err << Tr::tr("--until needs a date and time in the future, e.g. 2026-12-01T09:00.") << '\n';
            return 64;
        }
        m.monitor->snooze(*id, *until);
        out << Tr::tr("Alert %1 snoozed until %2.").arg(*id).arg(localTime(*until)) << '\n';
        return 0;
    }
    case Command::MaintenanceAdd: {
        if (!m.workspace->integration(o.targetId)) {
            err << Tr::tr("There is no integration \"%1\".").arg(o.targetId) << '\n';
            return 1;
        }
        const std::optional<QDateTime> from = parseWhen(o.from);
        const std::optional<QDateTime> to = parseWhen(o.to);
        if (!from || !to || *to <= *from) {
            err << Tr::tr("--from and --to need dates and times (ISO 8601), the end after the start.") << '\n';
            return 64;
        }
        // A window wholly in the past would silence nothing; it is almost always a typo in the year or month.
        if (*to <= QDateTime::currentDateTimeUtc()) {
            err << Tr::tr("The window ends at %1, which is already past; it would silence nothing. Check the dates.")
                       .arg(localTime(*to))
                << '\n';
            return 64;
        }
        StoreResult result;
        const qint64 id = m.history->addMaintenanceWindow(o.targetId, *from, *to, o.note, &result);
        if (id == 0) {
            err << result.error << '\n';
            return 1;
        }
        out << Tr::tr("Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.")
                   .arg(id)
                   .arg(o.targetId, localTime(*from), localTime(*to))
            << '\n';
        return 0;
    }
    case Command::MaintenanceList: {
        QStringList ids;
        if (!o.targetId.isEmpty() && !m.workspace->integration(o.targetId)) {
            err << Tr::tr("There is no integration \"%1\".").arg(o.targetId) << '\n';
            return 1;
        }
        if (!o.targetId.isEmpty())
            ids << o.targetId;
        else
            for (const Integration& i : m.workspace->integrations())
                ids << i.id;
        int shown = 0;
        for (const QString& id : std::as_const(ids)) {
            for (const MaintenanceWindow& w : m.history->maintenanceWindows(id)) {
                out << u"%1  %2  %3 → %4  %5"_s.arg(w.id).arg(
                    w.integrationId, localTime(w.from), localTime(w.to), w.note)
                    << '\n';
                ++shown;
            }
        }
        if (shown == 0)
            out << Tr::tr("No maintenance windows.") << '\n';
        return 0;
    }
    case Command::MaintenanceRemove: {
        const qint64 id = o.targetId.toLongLong(); // the parser accepts only a positive number
        const StoreResult r = m.history->removeMaintenanceWindow(id);
        if (!r) {
            err << r.error << '\n';
            return 1;
        }
        out << Tr::tr("Maintenance window %1 removed.").arg(id) << '\n';
        return 0;
    }
    default:
        break;
    }
    return 64;
}

} // namespace plumbline
