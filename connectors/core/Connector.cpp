#include "Connector.h"

#include <Transport.h>
#include <VendorProfile.h>

#include <QTimer>

namespace plumbline {

QString runStatusKey(RunEvent::Status status)
{
    switch (status) {
    case RunEvent::Status::Success:
        return QStringLiteral("success");
    case RunEvent::Status::Warning:
        return QStringLiteral("warning");
    case RunEvent::Status::Error:
        return QStringLiteral("error");
    case RunEvent::Status::Pending:
        return QStringLiteral("pending");
    case RunEvent::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Connector::Connector(Transport& transport, Connection connection, QString secret)
    : m_transport(transport)
    , m_connection(std::move(connection))
    , m_secret(std::move(secret))
{
    m_baseUrl = VendorCatalog::effectiveBaseUrl(m_connection, m_secret);
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    m_transport.redactor().addSecret(m_secret);
}

Connector::~Connector() = default;

void Connector::attachCredential(HttpRequest& request) const
{
    if (!m_credential)
        return;
    request.credential = m_credential;
    request.credentialToken = m_secret;
    // Renewed since this connector was made (a refusal earlier in the same poll): send the token held now.
    const QString now = m_credential->currentToken();
    if (!now.isEmpty() && !m_secret.isEmpty() && now != m_secret) {
        for (auto& header : request.headers)
            header.second.replace(m_secret.toUtf8(), now.toUtf8());
        request.credentialToken = now;
    }
}

bool Connector::isMiddleware() const
{
    return VendorCatalog::isMiddleware(m_connection.vendor);
}

void Connector::runLog(const QString&, const QDateTime&, QObject* context, Done<RunLogResult> done)
{
    RunLogResult r;
    r.error = { ErrorKind::NotFound,
        QCoreApplication::translate("Connector", "%1 connections have no run log.")
            .arg(vendorDisplayName(m_connection.vendor)),
        std::nullopt };
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

void Connector::sample(const IntegrationSide&, const SampleRequest&, QObject* context, Done<SampleResult> done)
{
    SampleResult r;
    r.error = { ErrorKind::NotFound,
        QCoreApplication::translate("Connector", "%1 connections cannot be sampled for a value check.")
            .arg(vendorDisplayName(m_connection.vendor)),
        std::nullopt };
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

void Connector::lookup(const IntegrationSide&, const LookupRequest&, QObject* context, Done<LookupResult> done)
{
    LookupResult r;
    r.error = { ErrorKind::NotFound,
        QCoreApplication::translate("Connector", "%1 connections cannot look records up by key for a value check.")
            .arg(vendorDisplayName(m_connection.vendor)),
        std::nullopt };
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

} // namespace plumbline
