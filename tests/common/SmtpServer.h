#pragma once

// A real SMTP server on loopback for e-mail tests: one run of tests/common/smtp_server.py (Debian's python3-aiosmtpd),
// its port, and the messages it accepted. pythonWithAiosmtpd() finds an interpreter that has the module.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace plumbline::test {

// One run of tests/common/smtp_server.py: its port, and the messages it accepted (one JSON file each).
class SmtpServer
{
public:
    ~SmtpServer() { stop(); }

    bool start(const QString& python, const QStringList& args, QString& why)
    {
        m_out = std::make_unique<QTemporaryDir>();
        m_process.setProgram(python);
        m_process.setArguments(QStringList { QStringLiteral(PLUMBLINE_TEST_DATA "/../common/smtp_server.py"),
                                   QStringLiteral("--out"), m_out->path() }
            + args);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            why = QStringLiteral("the SMTP server did not start: ") + m_process.errorString();
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < 20000) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(200);
        }
        bool ok = false;
        m_port = quint16(m_process.readLine().trimmed().toUInt(&ok));
        if (!ok || m_port == 0) {
            why = QStringLiteral("the SMTP server printed no port: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the server exits on end of input
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    quint16 port() const { return m_port; }

    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        const QDir dir(m_out->path());
        for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object();
        }
        return out;
    }

    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_out;
    quint16 m_port = 0;
};

// Debian's python3 has python3-aiosmtpd; a python3 earlier on PATH (pyenv, a venv) may not. Empty when none has it.
inline QString pythonWithAiosmtpd()
{
    for (const QString& candidate :
        { QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3")) }) {
        if (candidate.isEmpty())
            continue;
        QProcess probe;
        probe.start(candidate, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace plumbline::test
