#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace plumbline {

class SandboxHttpServer;
class VendorSandbox;
struct SandboxContext;
struct SandboxReply;

// The fake vendor stack (ARCHITECTURE.md, "Vendors" and "Contracts"): every vendor on one loopback port under its own
// prefix, one synthetic dataset, scenarios switchable at run time, and the control endpoints under /_sandbox/.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; 0 picks a free port.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:N
    // Stops listening and drops every open connection, held ones included.
    void close();

    QByteArray workspaceJson() const;
    QStringList envLines() const;
    QHash<QString, QString> secrets() const; // connection id -> secret

    // Without a connection id: the whole sandbox (drift-type scenarios then act on destinations only).
    bool setScenario(const QString& name, const QString& connectionId = {});
    // Without a connection id: the sandbox-wide scenario; with one: the scenario in force for that connection.
    QString scenario(const QString& connectionId = {}) const;
    static QStringList scenarioNames();

    // Injectable time: the dataset grows and runs happen by this clock. Resets the dataset's origin to its now.
    void setClock(std::function<QDateTime()> clock);

    // Requests held without an answer right now (timeouts scenario).
    int heldRequests() const;

private:
    SandboxReply dispatch(const QByteArray& method, const QUrl& url,
        const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    SandboxReply control(const QByteArray& method, const QString& path, const QByteArray& body);
    SandboxReply scenarioDocument() const;

    std::unique_ptr<SandboxContext> m_context;
    QList<QPair<QString, std::shared_ptr<VendorSandbox>>> m_vendors; // path prefix -> responder
    SandboxHttpServer* m_http = nullptr;
    quint16 m_port = 0;
};

} // namespace plumbline
