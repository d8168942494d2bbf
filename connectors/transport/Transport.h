#pragma once

#include "ConnectorError.h"
#include "HttpHeaders.h"
#include "Redactor.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace plumbline {

// A credential that can be renewed when a vendor refuses it (ARCHITECTURE.md §11): an access token that came from a
// token endpoint. `done` gets the new token, or an empty one and why there is none (the grant was revoked: auth;
// the token endpoint is down: unreachable or rate_limited).
class RenewableCredential
{
public:
    using Renewed = std::function<void(const QString& token, const ConnectorError& error)>;
    virtual ~RenewableCredential() = default;
    virtual void renewAfterRefusal(const QString& refusedToken, QObject* context, Renewed done) = 0;
    // The token held now (a request built with an older one sends this instead); empty when none is held.
    virtual QString currentToken() const = 0;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString connectionId; // for the per-connection request budget
    // The URL carries personal data (a value check's lookup keys: e-mail addresses in a query, a subscriber hash in
    // the path). Logs and error messages then name only the host and the path without its last segment.
    bool personal = false;
    // The URL is itself a credential (a Slack, Teams or Google Chat webhook: whoever has it can post). Logs and error
    // messages then name only its scheme, host and port: "https://hooks.slack.com/…".
    bool secretUrl = false;
    // At most this many attempts (0: the policy's). A notification's POST is sent once; its outbox decides on retries.
    int maxAttempts = 0;
    // With a renewable credential, a 401 renews it once and sends the request once more, with `credentialToken`
    // replaced by the new token in every header value.
    std::shared_ptr<RenewableCredential> credential;
    QString credentialToken;
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    HeaderList headers;
    QByteArray body;
    qint64 latencyMs = 0; // of the last attempt
    int attempts = 0;
    ConnectorError error;

    std::optional<QByteArray> header(const QByteArray& name) const { return HttpHeaders::value(headers, name); }
};

struct TransportPolicy
{
    int stallTimeoutMs = 15000; // no byte for this long: give up the attempt
    int deadlineMs = 45000; // the whole attempt, however it trickles
    int maxAttempts = 3;
    int backoffBaseMs = 500;
    int backoffCapMs = 10000;
    int maxRetryAfterMs = 30000; // a longer Retry-After is reported, not waited for
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    int maxConcurrentPerHost = 4;
    int budgetPerConnection = 300; // requests per budget window, so polling never eats a customer's quota
    int budgetWindowMs = 3600000;
};

// The one way connectors talk HTTP (ARCHITECTURE.md, "Vendors"): TLS verified, plain http only to loopback, stall and
// total timeouts, at most `maxAttempts` with full-jitter backoff honouring Retry-After, no retry of 4xx other than
// 408/429, bounded concurrency per host, a per-connection budget, a size cap, and credentials redacted from every
// log line and message. Clock, randomness and timers' scale are injectable for tests.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    using Done = std::function<void(const HttpResponse&)>;

    explicit Transport(QNetworkAccessManager& network, TransportPolicy policy = {}, QObject* parent = nullptr);
    ~Transport() override;

    void send(HttpRequest request, QObject* context, Done done);

    Redactor& redactor() { return m_redactor; }
    const TransportPolicy& policy() const { return m_policy; }

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); } // uniform in [0, 1)

    // Full jitter: random(0, min(cap, base * 2^retry)) for retry = 0, 1, ...
    static qint64 backoffDelay(int retry, double random, int baseMs, int capMs);
    // Whether a URL may be fetched: https, or http to a loopback address.
    static bool isAllowedUrl(const QUrl& url);

Q_SIGNALS:
    // Every wait before a retry, for tests and diagnostics.
    void retryScheduled(const QUrl& redactedUrl, int attempt, qint64 delayMs);

private:
    struct Job;
    void enqueue(std::shared_ptr<Job> job);
    void pump();
    void startAttempt(std::shared_ptr<Job> job);
    void finishAttempt(std::shared_ptr<Job> job, QNetworkReply* reply);
    void complete(std::shared_ptr<Job> job, HttpResponse response);
    void renewAndResend(std::shared_ptr<Job> job, HttpResponse refused);
    bool takeBudget(const QString& connectionId);
    // The request's URL as logs and messages show it: redacted; for personal requests only up to the path's last
    // segment, without the query; for a secret URL only its scheme, host and port.
    QString shownUrl(const HttpRequest& request) const;

    QNetworkAccessManager& m_network;
    TransportPolicy m_policy;
    Redactor m_redactor;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_random;
    QHash<QString, int> m_active;
    QHash<QString, std::deque<std::shared_ptr<Job>>> m_queued;
    QHash<QString, std::deque<QDateTime>> m_budget;
};

} // namespace plumbline
