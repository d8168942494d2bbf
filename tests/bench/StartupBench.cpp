#include "StartupBench.h"

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

// A data dir like a busy workspace: `integrations` integrations between four connections (on a closed loopback
// port, so polls fail fast instead of reaching the internet) and a day of five-minute samples each.
bool prepareDataDir(const QString& dir, int integrations, QString& error)
{
    Database db;
    if (const Database::OpenResult r = db.open(QDir(dir).filePath(u"plumbline.sqlite"_s)); !r) {
        error = r.message;
        return false;
    }
    Workspace w;
    const QList<QPair<QString, Vendor>> connections { { u"hubspot"_s, Vendor::HubSpot },
        { u"mailchimp"_s, Vendor::Mailchimp }, { u"salesforce"_s, Vendor::Salesforce },
        { u"shopify"_s, Vendor::Shopify } };
    for (const auto& [id, vendor] : connections) {
        Connection c;
        c.id = id;
        c.name = id;
        c.vendor = vendor;
        c.baseUrl = u"http://127.0.0.1:9/"_s + id;
        w.connections << c;
    }
    QStringList ids;
    for (int i = 0; i < integrations; ++i) {
        Integration in;
        in.id = u"integration-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        in.name = u"Integration %1: contacts to audience"_s.arg(i);
        in.source = { connections[i % 2].first, u"contacts"_s, QJsonValue::Null };
        in.destination = { connections[2 + i % 2].first, u"members"_s, QJsonValue::Null };
        in.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false } };
        w.integrations << in;
        ids << in.id;
    }
    WorkspaceRepository workspace(db, u"bench"_s);
    if (const StoreResult r = workspace.importWorkspace(w, u"bench"_s); !r) {
        error = r.error;
        return false;
    }
    MonitorRepository history(db);
    PollBatch batch;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    for (const QString& id : std::as_const(ids)) {
        for (int k = 288; k > 0; --k) {
            Sample s;
            s.ts = end.addSecs(-300LL * k);
            s.source.count = 1000 + k;
            s.source.httpStatus = 200;
            s.destination.count = 990 + k;
            s.destination.httpStatus = 200;
            batch.samples << qMakePair(id, s);
        }
    }
    batch.heartbeat = end;
    if (const StoreResult r = history.write(batch); !r) {
        error = r.error;
        return false;
    }
    return true;
}

struct Launch
{
    qint64 firstPaintMs = -1;
    double rssMiB = -1;
};

// Starts `program`, waits for its "first_paint_ms N" line; with `settleMs` >= 0 keeps it open that long and reads
// its VmRSS, then ends it.
std::optional<Launch> launch(const QString& program, const QStringList& arguments, int settleMs, QString& error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"qt.qpa.*=false"_s);
    if (settleMs < 0)
        env.insert(u"PLUMBLINE_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    else
        env.insert(u"PLUMBLINE_REPORT_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"PLUMBLINE_LAUNCH_EPOCH_MS"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return std::nullopt;
    }
    Launch result;
    QByteArray out;
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 30000) {
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first_paint_ms ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            result.firstPaintMs = out.mid(at + 15, out.indexOf('\n', at) - at - 15).trimmed().toLongLong();
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(100);
    }
    if (result.firstPaintMs < 0) {
        error = u"%1 printed no first paint: %2"_s.arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    if (settleMs >= 0) {
        QThread::msleep(ulong(settleMs));
        QFile status(u"/proc/%1/status"_s.arg(process.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    result.rssMiB = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
        process.kill();
        if (result.rssMiB < 0) {
            error = u"VmRSS of %1 could not be read"_s.arg(program);
            process.waitForFinished(5000);
            return std::nullopt;
        }
    }
    process.waitForFinished(10000);
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString plumblineBinary()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"plumbline"_s);
    return QFileInfo::exists(beside) ? beside : QStringLiteral(PLUMBLINE_BINARY);
}

} // namespace

std::optional<QList<BenchResult>> runStartup(const StartupOptions& options, QString& error)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !prepareDataDir(dir.path(), options.integrations, error))
        return std::nullopt;
    const QString app = plumblineBinary();
    const QStringList appArgs { u"--data-dir"_s, dir.path() };
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList bareArgs { u"--bare-window"_s, QString::number(options.integrations) };

    QList<double> appPaint;
    QList<double> barePaint;
    for (int r = 0; r < options.repeats; ++r) {
        // Interleaved, so drift in machine load hits both sides alike.
        const std::optional<Launch> a = launch(app, appArgs, -1, error);
        if (!a)
            return std::nullopt;
        const std::optional<Launch> b = launch(self, bareArgs, -1, error);
        if (!b)
            return std::nullopt;
        appPaint << double(a->firstPaintMs);
        barePaint << double(b->firstPaintMs);
    }
    const std::optional<Launch> appIdle = launch(app, appArgs, options.settleMs, error);
    if (!appIdle)
        return std::nullopt;
    const std::optional<Launch> bareIdle = launch(self, bareArgs, options.settleMs, error);
    if (!bareIdle)
        return std::nullopt;

    const QString name = u"startup_first_paint_%1"_s.arg(options.integrations);
    QList<BenchResult> results;
    results << BenchResult { name, median(appPaint), u"ms"_s, median(barePaint),
        u"bare Qt window with a %1-row table, same launcher (median of %2)"_s.arg(options.integrations)
            .arg(options.repeats),
        options.repeats };
    results << BenchResult { u"idle_rss_%1"_s.arg(options.integrations), appIdle->rssMiB, u"MiB"_s, bareIdle->rssMiB,
        u"bare Qt window with a %1-row table, VmRSS %2 ms after first paint"_s.arg(options.integrations)
            .arg(options.settleMs),
        1 };
    return results;
}

int runBareWindow(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const int rows = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QMainWindow window;
    auto* table = new QTableWidget(rows, 6, &window);
    table->setHorizontalHeaderLabels(
        { u"Integration"_s, u"Status"_s, u"Source"_s, u"Destination"_s, u"Gap"_s, u"Checked"_s });
    for (int r = 0; r < rows; ++r) {
        table->setItem(r, 0, new QTableWidgetItem(u"Integration %1: contacts to audience"_s.arg(r)));
        table->setItem(r, 1, new QTableWidgetItem(u"OK"_s));
        table->setItem(r, 2, new QTableWidgetItem(QString::number(1000 + r)));
        table->setItem(r, 3, new QTableWidgetItem(QString::number(990 + r)));
        table->setItem(r, 4, new QTableWidgetItem(u"-10"_s));
        table->setItem(r, 5, new QTableWidgetItem(u"09:00"_s));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.resize(1100, 720);

    const bool exitAfter = qEnvironmentVariableIntValue("PLUMBLINE_EXIT_AFTER_FIRST_PAINT") == 1;
    bool ok = false;
    const qint64 launchedAt = qEnvironmentVariable("PLUMBLINE_LAUNCH_EPOCH_MS").toLongLong(&ok);
    struct Filter final : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && onPaint) {
                watched->removeEventFilter(this);
                QTimer::singleShot(0, this, std::exchange(onPaint, {}));
            }
            return false;
        }
    } filter;
    filter.onPaint = [&] {
        const qint64 ms = ok ? QDateTime::currentMSecsSinceEpoch() - launchedAt : sinceStart.elapsed();
        QTextStream(stdout) << "first_paint_ms " << ms << Qt::endl;
        if (exitAfter)
            QCoreApplication::exit(0);
    };
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}

} // namespace plumbline::bench
