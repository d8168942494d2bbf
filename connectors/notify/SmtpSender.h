#pragma once

#include "OutgoingMail.h"
#include <notify/DeliveryOutcome.h>

#include <notify/NotifyChannel.h>

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace plumbline {

// E-mail through libcurl's SMTP (ARCHITECTURE.md §14): STARTTLS required for `starttls` (no fallback to plain),
// implicit TLS (smtps://) for `tls`, plain SMTP only to this computer for `none`; the peer's certificate and host
// name always verified (against `ca_file` when set, else the system's store); AUTH with the channel's user name and
// the keychain's password when a user name is set. Each send runs curl_easy_perform on a worker thread and answers on
// the caller's thread. Errors are one translated line with the server's reply code; the password never appears in
// one.
class SmtpSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpSender)

public:
    using Done = std::function<void(const DeliveryOutcome&)>;

    static constexpr int kDefaultConnectTimeoutMs = 15000;
    static constexpr int kDefaultTotalTimeoutMs = 60000;

    explicit SmtpSender(QObject* parent = nullptr);
    // Cancels the sends under way (within about a second) and waits for them; their `done` is not called.
    ~SmtpSender() override;

    // One attempt, no retry. `done` runs once, on this object's thread, if `context` is still alive then.
    void send(const SmtpSettings& smtp, const QString& password, const OutgoingMail& mail, QObject* context, Done done);
    void setTimeouts(int connectMs, int totalMs);

    // Why this mail cannot go out with these settings, before anything is sent (no host, plain SMTP to another
    // computer, no recipient); a default outcome (ok = false, empty error) when it can.
    static DeliveryOutcome refusal(const SmtpSettings& smtp, const QString& password, const OutgoingMail& mail);
    // The address libcurl connects to: smtp://host:port, or smtps://host:port for implicit TLS.
    static QString serverUrl(const SmtpSettings& smtp);

private:
    struct Job;
    static DeliveryOutcome perform(const Job& job, const std::atomic_bool& cancelled);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_connectMs = kDefaultConnectTimeoutMs;
    int m_totalMs = kDefaultTotalTimeoutMs;
};

} // namespace plumbline
