#include "AuthMethod.h"

#include "Connection.h"
#include "Endpoint.h"
#include "SecretShapes.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace plumbline {

AuthSettings AuthSettings::of(const QJsonObject& auth)
{
    AuthSettings s;
    s.tokenUrl = auth.value(u"token_url").toString().trimmed();
    s.authorizeUrl = auth.value(u"authorize_url").toString().trimmed();
    s.clientId = auth.value(u"client_id").toString().trimmed();
    if (const QJsonValue scope = auth.value(u"scope"); scope.isString())
        s.scope = scope.toString();
    if (const QJsonValue port = auth.value(u"redirect_port"); port.isDouble())
        s.redirectPort = port.toInt();
    return s;
}

QJsonObject AuthSettings::toJson() const
{
    QJsonObject o;
    if (!tokenUrl.isEmpty())
        o.insert(u"token_url"_s, tokenUrl);
    if (!authorizeUrl.isEmpty())
        o.insert(u"authorize_url"_s, authorizeUrl);
    o.insert(u"client_id"_s, clientId);
    o.insert(u"scope"_s, scope ? QJsonValue(*scope) : QJsonValue(QJsonValue::Null));
    if (redirectPort > 0)
        o.insert(u"redirect_port"_s, redirectPort);
    return o;
}

AuthFlow AuthMethod::flowOf(const QString& method)
{
    if (method == QLatin1String(kClientCredentials))
        return AuthFlow::ClientCredentials;
    if (method == QLatin1String(kAuthorizationCode))
        return AuthFlow::AuthorizationCode;
    return AuthFlow::Static;
}

AuthFlow AuthMethod::flowOf(const Connection& connection)
{
    return flowOf(connection.authMethod);
}

QString AuthMethod::key(AuthFlow flow)
{
    switch (flow) {
    case AuthFlow::ClientCredentials:
        return QString::fromLatin1(kClientCredentials);
    case AuthFlow::AuthorizationCode:
        return QString::fromLatin1(kAuthorizationCode);
    case AuthFlow::Static:
        break;
    }
    return {};
}

bool AuthMethod::offers(Vendor vendor, AuthFlow flow)
{
    switch (flow) {
    case AuthFlow::Static:
        return true;
    case AuthFlow::ClientCredentials:
        // Salesforce through the customer's own External Client App, Shopify's Dev Dashboard app, any OAuth server.
        return vendor == Vendor::Salesforce || vendor == Vendor::Shopify || vendor == Vendor::Generic;
    case AuthFlow::AuthorizationCode:
        // Salesforce's web-server flow with PKCE, HubSpot's OAuth app. Mailchimp's needs an embedded client secret
        // and has no PKCE; Make's and Zapier's need an app approved by the vendor (credentials-oauth.md §4, §5).
        return vendor == Vendor::Salesforce || vendor == Vendor::HubSpot;
    }
    return false;
}

QString AuthMethod::primarySecretName(const Connection& connection, const QString& staticName)
{
    return isOAuth(connection) ? QString::fromLatin1(kClientSecret) : staticName;
}

QList<std::pair<QString, QString>> AuthMethod::problems(const Connection& c)
{
    QList<std::pair<QString, QString>> out;
    const AuthFlow flow = flowOf(c);
    if (flow == AuthFlow::Static) {
        if (c.authMethod.startsWith(u"oauth_") && c.authMethod != u"oauth_bearer") {
            out.append({ u"auth_method"_s,
                tr("unknown sign-in method \"%1\"; expected \"%2\", \"%3\" or the vendor's token method")
                    .arg(SecretShapes::printable(c.authMethod), QLatin1String(kClientCredentials),
                        QLatin1String(kAuthorizationCode)) });
        }
        return out;
    }
    if (!offers(c.vendor, flow)) {
        out.append({ u"auth_method"_s,
            tr("%1 connections cannot use \"%2\"").arg(vendorDisplayName(c.vendor), c.authMethod) });
        return out;
    }
    const QJsonValue clientId = c.auth.value(u"client_id");
    if (!clientId.isString() || clientId.toString().trimmed().isEmpty())
        out.append(
            { u"auth.client_id"_s, tr("required for \"%1\": the app's client id (consumer key)").arg(c.authMethod) });
    for (const char* key : { "token_url", "authorize_url" }) {
        const QJsonValue v = c.auth.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const QString at = u"auth."_s + QLatin1String(key);
        if (!v.isString()) {
            out.append({ at, tr("expected an address") });
            continue;
        }
        // The token endpoint receives the client secret and the refresh token: the transport rule holds for it.
        if (const QString why = Endpoint::problem(v.toString()); !why.isEmpty())
            out.append({ at, tr("\"%1\" cannot be used: %2").arg(SecretShapes::printable(v.toString()), why) });
    }
    if (c.vendor == Vendor::Generic && c.auth.value(u"token_url").toString().trimmed().isEmpty())
        out.append(
            { u"auth.token_url"_s, tr("required for a generic REST connection: the OAuth server's token address") });
    if (const QJsonValue scope = c.auth.value(u"scope"); !scope.isUndefined() && !scope.isNull() && !scope.isString())
        out.append({ u"auth.scope"_s, tr("expected null or a space-separated list of scopes") });
    if (const QJsonValue port = c.auth.value(u"redirect_port"); !port.isUndefined() && !port.isNull()) {
        const double p = port.toDouble(-1);
        if (!port.isDouble() || p != double(qint64(p)) || p < 1024 || p > 65535)
            out.append({ u"auth.redirect_port"_s, tr("expected a port number from 1024 to 65535") });
    }
    return out;
}

} // namespace plumbline
