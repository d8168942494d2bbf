#include "OAuthEndpoints.h"

#include <AuthMethod.h>
#include <Connection.h>
#include <ConnectorRegistry.h>
#include <VendorProfile.h>

namespace plumbline {

namespace {

// An absolute address, or nothing: a default built on an empty base URL ("/services/oauth2/token") is no address.
QUrl absolute(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

OAuthEndpoints OAuthEndpoints::of(const Connection& connection)
{
    const AuthSettings settings = AuthSettings::of(connection.auth);
    QString base = VendorCatalog::effectiveBaseUrl(connection);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const VendorDescriptor::OAuthDefaults defaults = base.isEmpty()
        ? VendorDescriptor::OAuthDefaults()
        : ConnectorRegistry::descriptor(connection.vendor).oauthDefaults(base);
    OAuthEndpoints e;
    e.authorizeUrl = absolute(settings.authorizeUrl.isEmpty() ? defaults.authorizeUrl : settings.authorizeUrl);
    e.tokenUrl = absolute(settings.tokenUrl.isEmpty() ? defaults.tokenUrl : settings.tokenUrl);
    return e;
}

} // namespace plumbline
