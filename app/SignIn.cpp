#include "SignIn.h"

#include <AuthMethod.h>
#include <Endpoint.h>
#include <SecretStore.h>
#include <Transport.h>
#include <auth/OAuthEndpoints.h>
#include <auth/Pkce.h>
#include <auth/TokenEndpoint.h>

#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

struct SignIn::Attempt
{
    quint64 id = 0;
    Connection connection;
    AuthSettings settings;
    OAuthEndpoints endpoints;
    OpenBrowser openBrowser;
    QString state;
    QString verifier; // PKCE: kept in memory for this attempt only
    QString clientSecret; // empty: a public client
    QString secretProblem; // why the keychain could not be asked for the client secret, if it could not
    QString redirectUri;
    QUrl authorizeUrl;
    Stage stage = Stage::OpeningBrowser;
    QObject* context = nullptr; // callbacks of secret stores and the transport die with it
};

namespace {

QByteArray percent(const QString& value)
{
    return QUrl::toPercentEncoding(value);
}

QString duration(std::chrono::milliseconds ms)
{
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(ms).count();
    if (seconds >= 60 && seconds % 60 == 0)
        return SignIn::tr("%n minute(s)", nullptr, int(seconds / 60));
    return SignIn::tr("%n second(s)", nullptr, int(std::max<qint64>(seconds, 1)));
}

} // namespace

SignIn::SignIn(SecretStore& secrets, Transport& transport, Clock clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_transport(transport)
    , m_clock(clock ? std::move(clock) : systemClock())
{
    connect(&m_receiver, &LoopbackReceiver::finished, this, &SignIn::received);
    connect(&m_receiver, &LoopbackReceiver::stateRejected, this, [this] {
        Q_EMIT progress(Stage::WaitingForBrowser,
            tr("An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for "
               "the browser…"));
    });
}

SignIn::~SignIn()
{
    m_receiver.disconnect(this);
}

bool SignIn::current(quint64 id) const
{
    return m_attempt && m_attempt->id == id;
}

QUrl SignIn::authorizeUrl() const
{
    return m_attempt ? m_attempt->authorizeUrl : QUrl();
}

QString SignIn::redirectUri() const
{
    return m_attempt ? m_attempt->redirectUri : QString();
}

QString SignIn::vendorName() const
{
    return m_attempt ? vendorDisplayName(m_attempt->connection.vendor) : QString();
}

QString SignIn::newState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SignIn::start(const Connection& connection, OpenBrowser openBrowser)
{
    if (m_attempt)
        return false;
    m_attempt = std::make_unique<Attempt>();
    Attempt& a = *m_attempt;
    a.id = m_nextId++;
    a.connection = connection;
    a.settings = AuthSettings::of(connection.auth);
    a.endpoints = OAuthEndpoints::of(connection);
    a.openBrowser = std::move(openBrowser);
    a.context = new QObject(this);

    Result refusal;
    refusal.outcome = Outcome::NotApplicable;
    const AuthFlow flow = AuthMethod::flowOf(connection);
    if (flow == AuthFlow::Static) {
        refusal.message = tr("The connection \"%1\" uses a key that is pasted in, not a sign-in in the browser; only "
                             "connections with the sign-in method \"%2\" sign in this way. Store its key with: "
                             "plumbline secret set %1")
                              .arg(connection.id, QLatin1String(AuthMethod::kAuthorizationCode));
        finish(refusal, true);
        return true;
    }
    if (flow == AuthFlow::ClientCredentials) {
        refusal.message = tr("The connection \"%1\" gets its tokens with its client id and client secret, without a "
                             "sign-in in the browser. Store the client secret with: plumbline secret set %1 --name "
                             "client_secret")
                              .arg(connection.id);
        finish(refusal, true);
        return true;
    }
    if (const auto problems = AuthMethod::problems(connection); !problems.isEmpty()) {
        QStringList lines;
        for (const auto& [key, message] : problems)
            lines << u"%1: %2"_s.arg(key, message);
        refusal.message
            = tr("The connection \"%1\" cannot sign in: %2").arg(connection.id, lines.join(QLatin1String("; ")));
        finish(refusal, true);
        return true;
    }
    const auto unusable = [](const QUrl& url) { return url.isEmpty() || !Endpoint::isAllowed(url); };
    if (unusable(a.endpoints.authorizeUrl) || unusable(a.endpoints.tokenUrl)) {
        refusal.message = tr("The connection \"%1\" has no usable sign-in or token address: set auth.authorize_url "
                             "and auth.token_url (https://, or http:// to this computer only), or its base URL.")
                              .arg(connection.id);
        finish(refusal, true);
        return true;
    }

    // Listening first: a port in use is found before the browser or the keychain is bothered.
    const quint16 port
        = quint16(a.settings.redirectPort > 0 ? a.settings.redirectPort : AuthMethod::kDefaultRedirectPort);
    a.state = newState();
    if (const LoopbackReceiver::Listening l = m_receiver.listen(port, a.state, m_timeout); !l) {
        Result r;
        r.outcome
            = l.problem == LoopbackReceiver::Listening::Problem::PortInUse ? Outcome::PortInUse : Outcome::CannotListen;
        r.message = l.message;
        finish(r, true);
        return true;
    }
    a.redirectUri = m_receiver.redirectUri();
    a.verifier = Pkce::codeVerifier();
    for (const QString& secret : { a.state, a.verifier })
        m_transport.redactor().addSecret(secret);

    // The authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3), every value percent-encoded once; a query the
    // workspace's authorize_url already has is kept.
    QByteArray query = a.endpoints.authorizeUrl.query(QUrl::FullyEncoded).toLatin1();
    const auto add = [&query](const char* name, const QString& value) {
        if (!query.isEmpty())
            query += '&';
        query += QByteArray(name) + '=' + percent(value);
    };
    add("response_type", u"code"_s);
    add("client_id", a.settings.clientId);
    add("redirect_uri", a.redirectUri);
    if (a.settings.scope && !a.settings.scope->trimmed().isEmpty())
        add("scope", a.settings.scope->simplified());
    add("state", a.state);
    add("code_challenge", Pkce::challengeS256(a.verifier));
    add("code_challenge_method", u"S256"_s);
    a.authorizeUrl = a.endpoints.authorizeUrl;
    a.authorizeUrl.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    readClientSecret();
    return true;
}

void SignIn::readClientSecret()
{
    Attempt& a = *m_attempt;
    const quint64 id = a.id;
    // HubSpot's apps have a client secret; a Salesforce public client has none (credentials-oauth.md §1.4).
    m_secrets.read(
        a.connection.id, QLatin1String(AuthMethod::kClientSecret), a.context, [this, id](const SecretResult& r) {
            if (!current(id))
                return;
            if (r.ok()) {
                m_attempt->clientSecret = r.value;
                m_transport.redactor().addSecret(r.value);
            } else if (r.error != SecretError::NotFound) {
                // Go on without one: a public client needs none, and if the vendor wants it its refusal says so.
                m_attempt->secretProblem = r.message;
            }
            openBrowser();
        });
}

void SignIn::openBrowser()
{
    Attempt& a = *m_attempt;
    a.stage = Stage::OpeningBrowser;
    Q_EMIT progress(Stage::OpeningBrowser, tr("Opening the sign-in page of %1 in the browser…").arg(vendorName()));
    const quint64 id = a.id;
    const bool opened = a.openBrowser && a.openBrowser(a.authorizeUrl);
    if (!current(id)) // cancelled from inside openBrowser
        return;
    if (!opened) {
        Q_EMIT progress(Stage::OpeningBrowser,
            tr("Plumbline could not open a browser. Open this address in a browser on this computer: %1")
                .arg(a.authorizeUrl.toString(QUrl::FullyEncoded)));
    }
    if (!current(id))
        return;
    m_attempt->stage = Stage::WaitingForBrowser;
    Q_EMIT progress(Stage::WaitingForBrowser, tr("Waiting for the browser…"));
}

void SignIn::received(const LoopbackReceiver::Result& answer)
{
    if (!m_attempt)
        return;
    using Kind = LoopbackReceiver::Result::Kind;
    Result r;
    r.vendorError = answer.error;
    switch (answer.kind) {
    case Kind::Code:
        exchange(answer.code);
        return;
    case Kind::Declined:
        r.outcome = Outcome::Declined;
        r.message = tr("You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the "
                       "sign-in again and allow access.")
                        .arg(vendorName());
        break;
    case Kind::VendorError:
        r.outcome = Outcome::VendorError;
        r.message = tr("%1 ended the sign-in with an error (%2), so Plumbline is not signed in.")
                        .arg(vendorName(),
                            answer.errorDescription.isEmpty() ? answer.error
                                                              : answer.error + u": "_s + answer.errorDescription);
        break;
    case Kind::WrongState:
        r.outcome = Outcome::WrongState;
        r.message = tr("The only answers that reached Plumbline did not carry the state this sign-in sent (they may "
                       "come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is "
                       "not signed in; run the sign-in again and finish it in the page it opens.");
        break;
    case Kind::TimedOut:
        r.outcome = Outcome::TimedOut;
        r.message = tr("The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the "
                       "page of %2 showed an error about the callback or redirect address, register %3 as a callback "
                       "URL in the app there; then run the sign-in again.")
                        .arg(duration(m_timeout), vendorName(), m_attempt->redirectUri);
        break;
    case Kind::Cancelled:
        r.outcome = Outcome::Cancelled;
        r.message = tr("The sign-in was cancelled.");
        break;
    }
    finish(r);
}

void SignIn::exchange(const QString& code)
{
    Attempt& a = *m_attempt;
    a.stage = Stage::ExchangingCode;
    Q_EMIT progress(Stage::ExchangingCode, tr("Finishing the sign-in with %1…").arg(vendorName()));
    TokenRequest request;
    request.tokenUrl = a.endpoints.tokenUrl;
    request.grantType = u"authorization_code"_s;
    request.clientId = a.settings.clientId;
    request.clientSecret = a.clientSecret;
    request.code = code; // decoded once by the receiver; the form body encodes it once
    request.codeVerifier = a.verifier;
    request.redirectUri = a.redirectUri; // the same as in the authorization request (RFC 6749 §4.1.3)
    request.connectionId = a.connection.id;
    const quint64 id = a.id;
    TokenEndpoint::request(m_transport, request, a.context, [this, id](const TokenResponse& response) {
        if (current(id))
            exchanged(response);
    });
}

void SignIn::exchanged(const TokenResponse& response)
{
    const Attempt& a = *m_attempt;
    Result r;
    r.vendorError = response.error;
    const Redactor& redactor = m_transport.redactor();
    const QString what = redactor.redact(response.description.isEmpty() ? response.error
            : response.error.isEmpty()                                  ? response.description
                                       : response.error + u": "_s + response.description);
    switch (response.outcome) {
    case TokenResponse::Outcome::Granted:
        if (response.grant->refreshToken.isEmpty()) {
            m_transport.redactor().addSecret(response.grant->accessToken);
            r.outcome = Outcome::NoRefreshToken;
            r.message = tr("%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access "
                           "by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in "
                           "the app there and list it in the connection's auth.scope (for Salesforce, \"api "
                           "refresh_token\"); then sign in again.")
                            .arg(vendorName());
            break;
        }
        store(*response.grant);
        return;
    case TokenResponse::Outcome::SignInAgain:
        r.outcome = Outcome::TokenRefused;
        r.message
            = tr("%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret "
                 "in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in "
                 "again.")
                  .arg(vendorName(), what.isEmpty() ? tr("HTTP %1").arg(response.httpStatus) : what, a.redirectUri);
        if (!a.secretProblem.isEmpty())
            r.message += u' ' + tr("The client secret could not be read from the keychain: %1").arg(a.secretProblem);
        break;
    case TokenResponse::Outcome::Transient:
        r.outcome = Outcome::TokenUnavailable;
        r.message = tr("The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the "
                       "sign-in again in a moment.")
                        .arg(vendorName(), what.isEmpty() ? errorKindKey(response.errorKind()) : what);
        break;
    case TokenResponse::Outcome::Unreadable:
        r.outcome = Outcome::TokenUnreadable;
        r.message = tr("The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was "
                       "stored; check the connection's auth.token_url.")
                        .arg(vendorName())
                        .arg(response.httpStatus);
        break;
    }
    finish(r);
}

void SignIn::store(const TokenGrant& grant)
{
    Attempt& a = *m_attempt;
    m_transport.redactor().addSecret(grant.accessToken);
    m_transport.redactor().addSecret(grant.refreshToken);
    a.stage = Stage::StoringToken;
    Q_EMIT progress(Stage::StoringToken, tr("Storing the refresh token in %1…").arg(m_secrets.displayName()));
    const quint64 id = a.id;
    // Stored before success is reported: a sign-in that only lived in memory would be lost on the next start.
    m_secrets.write(a.connection.id, QLatin1String(AuthMethod::kRefreshToken), grant.refreshToken, a.context,
        [this, id, grant](const SecretResult& stored) {
            if (!current(id))
                return;
            Result r;
            r.outcome = Outcome::SignedIn;
            r.grant = grant;
            r.refreshTokenStored = stored.ok();
            r.signedInAt = m_clock();
            r.identity = QUrl(grant.instanceUrl).host();
            const QString who = r.identity.isEmpty() ? vendorName() : u"%1 (%2)"_s.arg(vendorName(), r.identity);
            r.message = tr("Signed in to %1. The connection \"%2\" now renews its access by itself.")
                            .arg(who, m_attempt->connection.id);
            if (!stored.ok()) {
                r.warning = tr("The refresh token could not be stored in %1 (%2), so it is kept in memory; you will "
                               "need to sign in again after Plumbline restarts.")
                                .arg(m_secrets.displayName(), stored.message);
            }
            finish(r);
        });
}

void SignIn::cancel()
{
    if (!m_attempt || m_attempt->stage == Stage::StoringToken)
        return;
    if (m_receiver.isListening()) {
        m_receiver.cancel(); // finished(Cancelled) comes back through received()
        return;
    }
    Result r;
    r.outcome = Outcome::Cancelled;
    r.message = tr("The sign-in was cancelled.");
    finish(r);
}

void SignIn::finish(Result result, bool queued)
{
    if (!m_attempt)
        return;
    if (queued) {
        const quint64 id = m_attempt->id;
        QTimer::singleShot(0, m_attempt->context, [this, id, result = std::move(result)] {
            if (current(id))
                finish(result);
        });
        return;
    }
    result.connectionId = m_attempt->connection.id;
    // The attempt goes first, so a slot connected to finished() may start the next sign-in at once.
    const std::unique_ptr<Attempt> done = std::move(m_attempt);
    done->context->deleteLater();
    if (m_receiver.isListening())
        m_receiver.cancel(); // its finished() finds no attempt and is ignored
    Q_EMIT finished(result);
}

} // namespace plumbline
