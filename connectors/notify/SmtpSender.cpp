#include "SmtpSender.h"

#include "Redactor.h"

#include <Endpoint.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSmtp, "plumbline.connectors.notify.smtp", QtWarningMsg)

namespace plumbline {

struct SmtpSender::Job
{
    SmtpSettings smtp;
    QString password;
    OutgoingMail mail;
    int connectMs = kDefaultConnectTimeoutMs;
    int totalMs = kDefaultTotalTimeoutMs;
};

namespace {

void initCurlOnce()
{
    // curl_global_init is not thread-safe on every build: once, from the thread that makes the first sender.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t take = std::min(room, left);
    if (take > 0)
        std::memcpy(buffer, upload->data->constData() + upload->offset, take);
    upload->offset += qsizetype(take);
    return take;
}

int checkCancelled(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool*>(user)->load() ? 1 : 0;
}

QString shownServer(const SmtpSettings& smtp)
{
    return u"%1:%2"_s.arg(smtp.host.contains(u':') ? u"[%1]"_s.arg(smtp.host) : smtp.host).arg(smtp.port);
}

bool isHostName(const QString& host)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:-]{1,253}\\z"_s);
    return re.match(host).hasMatch();
}

class Words
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    static DeliveryOutcome outcome(CURLcode code, long reply, const QString& curlText, const SmtpSettings& smtp)
    {
        DeliveryOutcome o;
        o.status = int(reply);
        const QString server = shownServer(smtp);
        const QString detail = curlText.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : curlText;
        switch (code) {
        case CURLE_OK:
            o.ok = true;
            return o;
        case CURLE_LOGIN_DENIED:
            o.kind = ErrorKind::Auth;
            o.permanent = reply != 454; // 454: a temporary authentication failure
            o.error = tr("The mail server %1 refused the user name or password (SMTP %2); check the channel's user "
                         "name and the SMTP password in the keychain")
                          .arg(server)
                          .arg(reply);
            return o;
        case CURLE_USE_SSL_FAILED:
            o.kind = ErrorKind::Tls;
            o.permanent = true;
            o.error = tr("The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so "
                         "nothing was sent (if it takes implicit TLS, usually on port 465, choose security \"tls\")")
                          .arg(server);
            return o;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
            o.kind = ErrorKind::Tls;
            o.permanent = true;
            o.error = tr("The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the "
                         "server uses your organisation's own certificate authority, set its file as ca_file")
                          .arg(server, detail);
            return o;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_SHUTDOWN_FAILED:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_ENGINE_INITFAILED:
        case CURLE_SSL_CLIENTCERT:
            o.kind = ErrorKind::Tls;
            o.error = tr("The secure connection to the mail server %1 failed: %2").arg(server, detail);
            return o;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
            o.kind = ErrorKind::Network;
            o.error = tr("Could not connect to the mail server %1: %2").arg(server, detail);
            return o;
        case CURLE_OPERATION_TIMEDOUT:
            o.kind = ErrorKind::Timeout;
            o.error = tr("The mail server %1 did not answer in time: %2").arg(server, detail);
            return o;
        case CURLE_ABORTED_BY_CALLBACK:
            o.kind = ErrorKind::Network;
            o.error = tr("Sending mail through %1 was cancelled").arg(server);
            return o;
        default:
            break;
        }
        if (reply >= 500) {
            o.permanent = true;
            if (curlText.contains(u"RCPT"_s)) {
                o.kind = ErrorKind::NotFound;
                o.error = tr("The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses")
                              .arg(server)
                              .arg(reply)
                              .arg(detail);
            } else if (curlText.contains(u"MAIL"_s)) {
                o.kind = ErrorKind::Permission;
                o.error = tr("The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "
                             "\"from\"")
                              .arg(server)
                              .arg(reply)
                              .arg(detail);
            } else {
                o.kind = ErrorKind::Server;
                o.error = tr("The mail server %1 refused the message (SMTP %2): %3").arg(server).arg(reply).arg(detail);
            }
            return o;
        }
        if (reply >= 400) {
            o.kind = ErrorKind::Server;
            o.error = tr("The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again")
                          .arg(server)
                          .arg(reply)
                          .arg(detail);
            return o;
        }
        o.kind = ErrorKind::Network;
        o.error = tr("Sending mail through %1 failed: %2").arg(server, detail);
        return o;
    }

    static QString noHost() { return tr("The e-mail channel has no SMTP host; nothing was sent"); }
    static QString badHost(const QString& host)
    {
        return tr("\"%1\" is not a host name; nothing was sent").arg(host.left(80).simplified());
    }
    static QString plainRefused(const QString& server)
    {
        return tr("Mail without TLS may only go to this computer; %1 needs security \"starttls\" or \"tls\". Nothing "
                  "was sent")
            .arg(server);
    }
    static QString noRecipient() { return tr("The e-mail channel has no valid recipient; nothing was sent"); }
    static QString noPassword()
    {
        return tr("The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent");
    }
};

} // namespace

SmtpSender::SmtpSender(QObject* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    initCurlOnce();
}

SmtpSender::~SmtpSender()
{
    m_cancelled->store(true);
    m_pool.waitForDone();
}

void SmtpSender::setTimeouts(int connectMs, int totalMs)
{
    m_connectMs = std::max(1, connectMs);
    m_totalMs = std::max(m_connectMs, totalMs);
}

QString SmtpSender::serverUrl(const SmtpSettings& smtp)
{
    QUrl url;
    url.setScheme(smtp.security == SmtpSecurity::Tls ? u"smtps"_s : u"smtp"_s);
    url.setHost(smtp.host);
    url.setPort(smtp.port);
    return url.toString(QUrl::FullyEncoded);
}

DeliveryOutcome SmtpSender::refusal(const SmtpSettings& smtp, const QString& password, const OutgoingMail& mail)
{
    DeliveryOutcome o;
    o.permanent = true;
    o.kind = ErrorKind::Network;
    if (smtp.host.trimmed().isEmpty())
        o.error = Words::noHost();
    else if (!isHostName(smtp.host) || smtp.port < 1 || smtp.port > 65535)
        o.error = Words::badHost(smtp.host);
    else if (smtp.security == SmtpSecurity::None && !Endpoint::isLoopbackHost(smtp.host)) {
        o.kind = ErrorKind::Tls;
        o.error = Words::plainRefused(shownServer(smtp));
    } else if (mail.envelopeTo.isEmpty())
        o.error = Words::noRecipient();
    else if (!smtp.username.isEmpty() && password.isEmpty()) {
        o.kind = ErrorKind::MissingKey;
        o.error = Words::noPassword();
    } else
        return {};
    return o;
}

void SmtpSender::send(
    const SmtpSettings& smtp, const QString& password, const OutgoingMail& mail, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    if (DeliveryOutcome refused = refusal(smtp, password, mail); !refused.error.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), refused] {
                if (guard && done)
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    Job job { smtp, password, mail, m_connectMs, m_totalMs };
    std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_pool.start([this, job = std::move(job), cancelled, guard, done = std::move(done)]() mutable {
        const DeliveryOutcome outcome = perform(job, *cancelled);
        if (cancelled->load())
            return;
        // Back on the caller's thread; the sender waits for this worker before it goes, so `this` is still there.
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), outcome] {
                if (guard && done)
                    done(outcome);
            },
            Qt::QueuedConnection);
    });
}

DeliveryOutcome SmtpSender::perform(const Job& job, const std::atomic_bool& cancelled)
{
    CURL* curl = curl_easy_init();
    if (!curl) {
        DeliveryOutcome o;
        o.kind = ErrorKind::Network;
        o.error = Words::tr("Could not start the mail client (libcurl)");
        return o;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = serverUrl(job.smtp).toUtf8();
    const QByteArray from = '<' + job.mail.envelopeFrom.toUtf8() + '>';
    curl_slist* recipients = nullptr;
    for (const QString& to : job.mail.envelopeTo)
        recipients = curl_slist_append(recipients, QByteArray('<' + to.toUtf8() + '>').constData());
    const QByteArray username = job.smtp.username.toUtf8();
    const QByteArray password = job.password.toUtf8();
    const QByteArray caFile = job.smtp.caFile.toLocal8Bit();
    Upload upload { &job.mail.data, 0 };

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    // STARTTLS is required, never "if offered": a server (or a man in the middle) that hides it gets nothing.
    curl_easy_setopt(
        curl, CURLOPT_USE_SSL, long(job.smtp.security == SmtpSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(job.connectMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(job.totalMs));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    if (!username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(job.mail.data.size()));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &checkCancelled);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &cancelled);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    DeliveryOutcome outcome = Words::outcome(code, reply, QString::fromUtf8(errorBuffer).simplified(), job.smtp);
    // curl's own words do not hold the password, but nothing that reaches a log or the window may.
    Redactor redactor;
    redactor.addSecret(job.password);
    outcome.error = redactor.redact(outcome.error).simplified();
    if (!outcome.ok)
        qCInfo(lcSmtp) << "mail not sent:" << outcome.error;
    return outcome;
}

} // namespace plumbline
