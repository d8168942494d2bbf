#pragma once

#include <Clock.h>
#include <Connection.h>
#include <auth/LoopbackReceiver.h>
#include <auth/TokenResponse.h>

#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace plumbline {

class SecretStore;
class Transport;

// A person's sign-in for an oauth_authorization_code connection (ARCHITECTURE.md §11; RFC 8252 with PKCE): opens the
// vendor's sign-in page in the system browser, waits on the loopback redirect (LoopbackReceiver), exchanges the code
// for tokens (TokenEndpoint, grant authorization_code with the PKCE verifier, and the client secret when the keychain
// holds one), and stores the refresh token as the connection's `refresh_token` entry before it reports success. One
// sign-in at a time. Built by the composition root (AppContext::signIn); the window opens the browser with
// QDesktopServices, `plumbline auth login` prints the address.
class SignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignIn)

public:
    enum class Outcome
    {
        SignedIn, // the refresh token is stored (or, see Result::refreshTokenStored, held in the result only)
        Declined, // the person said no in the browser (error=access_denied)
        VendorError, // the vendor's sign-in page sent back another error
        WrongState, // only answers with a wrong or missing state came back: nothing was used
        TimedOut, // the browser did not come back in time
        Cancelled, // cancel()
        TokenRefused, // the token endpoint refused the code or the client (invalid_grant, invalid_client, …)
        TokenUnavailable, // the token endpoint could not be reached, or was busy (5xx, 429, timeout)
        TokenUnreadable, // the token endpoint's answer had no access token
        NoRefreshToken, // signed in, but no refresh token came, so access cannot be renewed
        PortInUse, // another program holds the redirect port
        CannotListen, // the loopback listener could not start for another reason
        NotApplicable, // not an authorization-code connection, or its auth settings are incomplete
    };
    Q_ENUM(Outcome)

    enum class Stage
    {
        OpeningBrowser,
        WaitingForBrowser,
        ExchangingCode,
        StoringToken,
    };
    Q_ENUM(Stage)

    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString connectionId;
        QString message; // translated, for people; never holds a secret
        QString warning; // SignedIn only: what did not go as it should (the keychain refused the refresh token)
        QString vendorError; // the vendor's error code, when one came (access_denied, invalid_grant, …)
        QString identity; // what was signed in to, where the vendor says (Salesforce: the instance host); may be empty
        QDateTime signedInAt; // SignedIn: when the tokens came (the injected clock)
        bool refreshTokenStored = false;
        // SignedIn: what the token endpoint gave. Holds secrets: never print, log or store it. When the keychain
        // refused the refresh token (!refreshTokenStored), the caller keeps grant->refreshToken in memory.
        std::optional<TokenGrant> grant;

        bool ok() const { return outcome == Outcome::SignedIn; }
    };

    // Opens the sign-in address in a browser; false when it could not (the address is then shown for the person to
    // open). The window passes QDesktopServices::openUrl; the command line prints the address and returns true.
    using OpenBrowser = std::function<bool(const QUrl& authorizeUrl)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout { std::chrono::minutes(5) };

    // `clock` (empty: the system clock) stamps Result::signedInAt; the wait for the browser is kDefaultTimeout
    // unless setTimeout() says otherwise.
    SignIn(SecretStore& secrets, Transport& transport, Clock clock = {}, QObject* parent = nullptr);
    ~SignIn() override;

    // Starts signing `connection` in. false (and nothing emitted) while another sign-in runs; otherwise exactly one
    // finished() follows, never from inside start(), even when the connection cannot sign in at all.
    bool start(const Connection& connection, OpenBrowser openBrowser);
    // Stops the running sign-in: finished(Cancelled). Ignored while the refresh token is being stored, which cannot be
    // taken back half-way.
    void cancel();

    bool isRunning() const { return m_attempt != nullptr; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The running sign-in's addresses; empty before the browser is opened or when none runs.
    QUrl authorizeUrl() const;
    QString redirectUri() const;

    // `state`: 32 random bytes from the system's secure generator, base64url without padding (43 characters).
    static QString newState();

Q_SIGNALS:
    void progress(plumbline::SignIn::Stage stage, const QString& message);
    void finished(const plumbline::SignIn::Result& result);

private:
    struct Attempt;

    void readClientSecret();
    void openBrowser();
    void received(const LoopbackReceiver::Result& answer);
    void exchange(const QString& code);
    void exchanged(const TokenResponse& response);
    void store(const TokenGrant& grant);
    // Ends the running attempt now and emits finished(); `queued`: on the next event-loop turn instead.
    void finish(Result result, bool queued = false);
    bool current(quint64 id) const;
    QString vendorName() const;

    SecretStore& m_secrets;
    Transport& m_transport;
    Clock m_clock;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    LoopbackReceiver m_receiver;
    std::unique_ptr<Attempt> m_attempt;
    quint64 m_nextId = 1;
};

} // namespace plumbline
