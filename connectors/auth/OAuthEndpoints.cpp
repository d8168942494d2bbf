#include "OAuthEndpoints.h"

#include <AuthMethod.h>
#include <Connection.h>
#include <ConnectorRegistry.h>
#include <VendorDescriptor.h>
#include <VendorProfile.h>

namespace plumbline {

namespace {

QString baseUrl(const Connection& c)
{
    QString base = VendorCatalog::effectiveBaseUrl(c, QString());
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace

QUrl OAuthEndpoints::tokenUrl(const Connection& connection)
{
    const AuthSettings auth = AuthSettings::of(connection.auth);
    if (!auth.tokenUrl.isEmpty())
        return QUrl(auth.tokenUrl);
    const QString url
        = ConnectorRegistry::descriptor(connection.vendor).defaultTokenUrl(connection, baseUrl(connection));
    return url.isEmpty() ? QUrl() : QUrl(url);
}

QUrl OAuthEndpoints::authorizeUrl(const Connection& connection)
{
    const AuthSettings auth = AuthSettings::of(connection.auth);
    if (!auth.authorizeUrl.isEmpty())
        return QUrl(auth.authorizeUrl);
    const QString url
        = ConnectorRegistry::descriptor(connection.vendor).defaultAuthorizeUrl(connection, baseUrl(connection));
    return url.isEmpty() ? QUrl() : QUrl(url);
}

} // namespace plumbline
