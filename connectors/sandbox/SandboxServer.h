#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
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

    // Every answer is written after a random delay in [minMs, maxMs] (as real vendors answer in 80–250 ms), for
    // benchmarks; 0, 0 (the default) answers at once.
    void setLatency(int minMs, int maxMs)
    {
        m_latencyMinMs = qMax(0, minMs);
        m_latencyMaxMs = qMax(m_latencyMinMs, maxMs);
    }

    // Requests held without an answer right now (timeouts scenario).
    int heldRequests() const;

    // A stand-in for a chat webhook (the demo's notification channel, ARCHITECTURE.md §14): POST
    // /_sandbox/notify/<name> answers 200 "ok" as Slack does and keeps the body; GET /_sandbox/notify lists them.
    QString notifyUrl(const QString& name) const { return baseUrl() + QStringLiteral("/_sandbox/notify/") + name; }
    QList<QByteArray> notifications() const { return m_notifications; }

    // OAuth (the design card's §11), for the connections with a token endpoint (Salesforce, HubSpot, Shopify, the
    // generic API); any other connection id gets false, 0 or an empty string.
    // How long access tokens issued from now on live by the sandbox clock, and the expires_in where the vendor sends
    // one. Defaults: Salesforce 7200 (a 2-hour session), HubSpot 1800, Shopify 86399, generic 3600.
    bool setTokenLifetime(const QString& connectionId, qint64 seconds);
    qint64 tokenLifetime(const QString& connectionId) const;
    // Requests served by the connection's token endpoint, refused ones included.
    int tokenRequests(const QString& connectionId) const;
    // A valid refresh token, as a finished sign-in would have stored (no browser needed).
    QString issueRefreshToken(const QString& connectionId);
    // A live access token for API requests, as an admin pasting a short-lived token would have.
    QString issueAccessToken(const QString& connectionId);
    // http://127.0.0.1:N/salesforce/services/oauth2/token; the sign-in address where the vendor has one.
    QString tokenUrl(const QString& connectionId) const;
    QString authorizeUrl(const QString& connectionId) const;

private:
    SandboxReply dispatch(const QByteArray& method, const QUrl& url,
        const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    SandboxReply control(const QByteArray& method, const QString& path, const QByteArray& body);
    SandboxReply scenarioDocument() const;
    SandboxReply oauthControl(const QByteArray& method, const QByteArray& body);
    QJsonObject oauthEntry(const QString& connectionId) const;
    std::shared_ptr<VendorSandbox> vendorOf(const QString& connectionId) const;
    // What a scenario switch does at once: refresh_revoked revokes every issued access token of its connections.
    void applyScenarioEffects();

    std::unique_ptr<SandboxContext> m_context;
    QList<QPair<QString, std::shared_ptr<VendorSandbox>>> m_vendors; // path prefix -> responder
    SandboxHttpServer* m_http = nullptr;
    int m_latencyMinMs = 0;
    int m_latencyMaxMs = 0;
    QRandomGenerator m_latencyRandom { 20261204 };
    quint16 m_port = 0;
    QList<QByteArray> m_notifications; // the last kMaxNotifications bodies posted to /_sandbox/notify/
};

} // namespace plumbline
