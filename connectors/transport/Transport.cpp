#include "Transport.h"

#include <Endpoint.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "plumbline.connectors.transport", QtWarningMsg)

namespace plumbline {

struct Transport::Job
{
    HttpRequest request;
    QPointer<QObject> context;
    Done done;
    QString host;
    int attempts = 0;
    QString abortReason; // set when we abort an attempt ourselves
    ErrorKind abortKind = ErrorKind::None;
    QElapsedTimer elapsed;
    bool renewed = false; // the credential was renewed once for this request
};

Transport::Transport(QNetworkAccessManager& network, TransportPolicy policy, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

Transport::~Transport() = default;

qint64 Transport::backoffDelay(int retry, double random, int baseMs, int capMs)
{
    const double ceiling = std::min(double(capMs), double(baseMs) * std::pow(2.0, retry));
    return qint64(std::clamp(random, 0.0, 1.0) * ceiling);
}

bool Transport::isAllowedUrl(const QUrl& url)
{
    return Endpoint::isAllowed(url);
}

bool Transport::takeBudget(const QString& connectionId)
{
    if (connectionId.isEmpty() || m_policy.budgetPerConnection <= 0)
        return true;
    auto& stamps = m_budget[connectionId];
    const QDateTime now = m_clock();
    while (!stamps.empty() && stamps.front().msecsTo(now) >= m_policy.budgetWindowMs)
        stamps.pop_front();
    if (int(stamps.size()) >= m_policy.budgetPerConnection)
        return false;
    stamps.push_back(now);
    return true;
}

void Transport::send(HttpRequest request, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->context = context;
    job->done = std::move(done);
    job->host = job->request.url.host() + u':' + QString::number(job->request.url.port(0));

    if (!isAllowedUrl(job->request.url)) {
        HttpResponse r;
        r.error = { ErrorKind::Network,
            tr("Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.")
                .arg(shownUrl(job->request)),
            std::nullopt };
        return complete(job, r);
    }
    // A line break or NUL in a header (a pasted key with a newline) would add lines to the request.
    for (const auto& [name, value] : job->request.headers) {
        if (name.contains('\r') || name.contains('\n') || name.contains('\0') || value.contains('\r')
            || value.contains('\n') || value.contains('\0')) {
            HttpResponse r;
            r.error = { ErrorKind::UnusableKey,
                tr("Refused to send a request to %1: the %2 header contains a line break or NUL character (a key "
                   "pasted with an extra line?). Nothing was sent.")
                    .arg(shownUrl(job->request), QString::fromLatin1(name.left(64)).simplified()),
                std::nullopt };
            return complete(job, r);
        }
    }
    if (!takeBudget(job->request.connectionId)) {
        HttpResponse r;
        r.error = { ErrorKind::QuotaExhausted,
            tr("Plumbline's own request budget for connection \"%1\" is used up (%2 requests per hour); it waits so "
               "that monitoring never eats into the vendor quota.")
                .arg(job->request.connectionId)
                .arg(m_policy.budgetPerConnection),
            std::nullopt };
        return complete(job, r);
    }
    enqueue(job);
}

void Transport::enqueue(std::shared_ptr<Job> job)
{
    m_queued[job->host].push_back(std::move(job));
    pump();
}

void Transport::pump()
{
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        auto& queue = it.value();
        while (!queue.empty() && m_active.value(it.key()) < m_policy.maxConcurrentPerHost) {
            auto job = queue.front();
            queue.pop_front();
            ++m_active[it.key()];
            startAttempt(job);
        }
    }
}

void Transport::startAttempt(std::shared_ptr<Job> job)
{
    ++job->attempts;
    job->abortKind = ErrorKind::None;
    job->abortReason.clear();
    QNetworkRequest request(job->request.url);
    for (const auto& [name, value] : job->request.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_policy.stallTimeoutMs);

    job->elapsed.start();
    QNetworkReply* reply = m_network.sendCustomRequest(request, job->request.method, job->request.body);
    qCDebug(lcTransport) << job->request.method << shownUrl(job->request) << "attempt" << job->attempts;

    // Our own stall timer too: QNetworkAccessManager's transfer timeout only covers its HTTP backend.
    auto* stall = new QTimer(reply);
    stall->setSingleShot(true);
    stall->start(m_policy.stallTimeoutMs);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->start(m_policy.deadlineMs);
    const auto abortWith = [job, reply](ErrorKind kind, const QString& reason) {
        if (job->abortKind != ErrorKind::None)
            return;
        job->abortKind = kind;
        job->abortReason = reason;
        reply->abort();
    };
    connect(stall, &QTimer::timeout, reply, [this, abortWith] {
        abortWith(ErrorKind::Timeout, tr("no data for %1 s").arg(m_policy.stallTimeoutMs / 1000.0));
    });
    connect(deadline, &QTimer::timeout, reply, [this, abortWith] {
        abortWith(ErrorKind::Timeout, tr("no complete answer within %1 s").arg(m_policy.deadlineMs / 1000.0));
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, stall, abortWith](qint64 received, qint64 total) {
        stall->start(m_policy.stallTimeoutMs);
        if (received > m_policy.maxResponseBytes || total > m_policy.maxResponseBytes)
            abortWith(ErrorKind::Parse, tr("the response is larger than %1 bytes").arg(m_policy.maxResponseBytes));
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [this, reply, abortWith] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > m_policy.maxResponseBytes)
            abortWith(ErrorKind::Parse, tr("the response is larger than %1 bytes").arg(m_policy.maxResponseBytes));
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { finishAttempt(job, reply); });
}

QString Transport::shownUrl(const HttpRequest& request) const
{
    if (request.secretUrl) {
        QUrl shown;
        shown.setScheme(request.url.scheme());
        shown.setHost(request.url.host());
        shown.setPort(request.url.port());
        return m_redactor.redact(shown.toString(QUrl::FullyEncoded) + QStringLiteral("/…"));
    }
    if (!request.personal)
        return m_redactor.redactUrl(request.url);
    QUrl shown = request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QString path = shown.path();
    shown.setPath(path.left(path.lastIndexOf(u'/') + 1) + QStringLiteral("…"));
    return m_redactor.redactUrl(shown);
}

namespace {

// A secret URL may still appear in Qt's own error strings: replace it, its path and its query there too.
QString hideSecretUrl(QString text, const QUrl& url, const QString& shown)
{
    for (const QString& form : { url.toString(QUrl::FullyEncoded), url.toString() }) {
        if (!form.isEmpty())
            text.replace(form, shown);
    }
    for (const QString& part : { url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded) }) {
        if (part.size() > 1)
            text.replace(part, QStringLiteral("/…"));
    }
    for (const QString& part : { url.query(QUrl::FullyEncoded), url.query(QUrl::FullyDecoded) }) {
        if (part.size() > 1)
            text.replace(part, QStringLiteral("…"));
    }
    return text;
}

bool isRetryable(const HttpResponse& r)
{
    switch (r.error.kind) {
    case ErrorKind::Server:
        return r.status >= 500 || r.status == 0;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

void Transport::finishAttempt(std::shared_ptr<Job> job, QNetworkReply* reply)
{
    reply->deleteLater();
    HttpResponse r;
    r.attempts = job->attempts;
    r.latencyMs = job->elapsed.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs())
        r.headers << pair;
    const QString where = shownUrl(job->request);

    if (job->abortKind != ErrorKind::None) {
        r.error = { job->abortKind, tr("%1: %2").arg(where, job->abortReason), std::nullopt };
        r.status = job->abortKind == ErrorKind::Timeout ? 0 : r.status;
    } else {
        if (reply->bytesAvailable() > m_policy.maxResponseBytes) {
            r.error = { ErrorKind::Parse,
                tr("%1: the response is larger than %2 bytes").arg(where).arg(m_policy.maxResponseBytes),
                std::nullopt };
        } else {
            r.body = reply->readAll();
        }
        const QNetworkReply::NetworkError e = reply->error();
        if (!r.error.ok()) {
            // size error already set
        } else if (r.status >= 200 && r.status < 400) {
            // success (304 included)
        } else if (r.status == 401) {
            r.error = { ErrorKind::Auth, tr("%1: the credentials were rejected (HTTP 401)").arg(where), std::nullopt };
        } else if (r.status == 403) {
            r.error = { ErrorKind::Permission, tr("%1: access denied (HTTP 403)").arg(where), std::nullopt };
        } else if (r.status == 404) {
            r.error = { ErrorKind::NotFound, tr("%1: not found (HTTP 404)").arg(where), std::nullopt };
        } else if (r.status == 408) {
            r.error = { ErrorKind::Timeout, tr("%1: the server timed out (HTTP 408)").arg(where), std::nullopt };
        } else if (r.status == 410) {
            r.error = { ErrorKind::Gone, tr("%1: gone (HTTP 410)").arg(where), std::nullopt };
        } else if (r.status == 429) {
            std::optional<qint64> after;
            if (const auto v = r.header("Retry-After"))
                after = HttpHeaders::parseRetryAfter(*v, m_clock());
            r.error = { ErrorKind::RateLimited, tr("%1: rate limited (HTTP 429)").arg(where), after };
        } else if (r.status >= 400) {
            r.error
                = { ErrorKind::Server, tr("%1: the server answered HTTP %2").arg(where).arg(r.status), std::nullopt };
        } else if (e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError) {
            r.error = { ErrorKind::Timeout, tr("%1: timed out").arg(where), std::nullopt };
        } else if (e == QNetworkReply::SslHandshakeFailedError) {
            r.error = { ErrorKind::Tls, tr("%1: the secure connection failed (%2)").arg(where, reply->errorString()),
                std::nullopt };
        } else if (e != QNetworkReply::NoError || r.status == 0) {
            r.error = { ErrorKind::Network, tr("%1: %2").arg(where, reply->errorString()), std::nullopt };
        }
    }
    r.error.message = m_redactor.redact(r.error.message);
    if (job->request.secretUrl)
        r.error.message = hideSecretUrl(r.error.message, job->request.url, where);

    --m_active[job->host];
    const int maxAttempts = job->request.maxAttempts > 0 ? job->request.maxAttempts : m_policy.maxAttempts;
    if (!r.error.ok() && isRetryable(r) && job->attempts < maxAttempts) {
        qint64 delay = backoffDelay(job->attempts - 1, m_random(), m_policy.backoffBaseMs, m_policy.backoffCapMs);
        bool retry = true;
        if (r.error.retryAfterMs) {
            if (*r.error.retryAfterMs > m_policy.maxRetryAfterMs)
                retry = false; // report it; the scheduler will come back later
            else
                delay = std::max(delay, *r.error.retryAfterMs);
        }
        if (retry) {
            qCInfo(lcTransport) << "retrying" << where << "in" << delay << "ms after" << r.error.message;
            Q_EMIT retryScheduled(QUrl(where), job->attempts + 1, delay);
            QTimer::singleShot(delay, this, [this, job] {
                m_queued[job->host].push_front(job);
                pump();
            });
            pump();
            return;
        }
    }
    if (r.status == 401 && job->request.credential && !job->renewed) {
        renewAndResend(job, std::move(r));
        pump();
        return;
    }
    if (!r.error.ok())
        qCInfo(lcTransport) << "request failed:" << r.error.message;
    complete(job, std::move(r));
    pump();
}

void Transport::renewAndResend(std::shared_ptr<Job> job, HttpResponse refused)
{
    job->renewed = true;
    const QString old = job->request.credentialToken;
    qCInfo(lcTransport) << "renewing the access token after" << refused.error.message;
    job->request.credential->renewAfterRefusal(old, this,
        [this, job, refused = std::move(refused), old](const QString& token, const ConnectorError& error) mutable {
            if (token.isEmpty()) {
                // No new token: the answer is why (a revoked grant, or the token endpoint being down), not the
                // vendor's 401, so a transient outage is never read as "sign in again".
                HttpResponse r;
                r.attempts = refused.attempts;
                r.latencyMs = refused.latencyMs;
                r.error = error;
                r.error.message = m_redactor.redact(r.error.message);
                qCInfo(lcTransport) << "request failed:" << r.error.message;
                complete(job, std::move(r));
                return;
            }
            m_redactor.addSecret(token);
            const QByteArray from = old.toUtf8();
            const QByteArray to = token.toUtf8();
            for (auto& header : job->request.headers) {
                if (!from.isEmpty())
                    header.second.replace(from, to);
            }
            job->request.credentialToken = token;
            job->attempts = 0;
            enqueue(job);
        });
}

void Transport::complete(std::shared_ptr<Job> job, HttpResponse response)
{
    QObject* context = job->context.data();
    if (!context)
        return;
    QTimer::singleShot(0, context, [job, response = std::move(response)] {
        if (job->context)
            job->done(response);
    });
}

} // namespace plumbline
