#include "TokenEndpoint.h"

#include <Transport.h>

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QByteArray encoded(const QString& value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

QByteArray TokenRequest::formBody() const
{
    QList<QPair<QByteArray, QString>> fields { { "grant_type", grantType } };
    if (!code.isEmpty())
        fields.append({ "code", code });
    if (!redirectUri.isEmpty())
        fields.append({ "redirect_uri", redirectUri });
    if (!codeVerifier.isEmpty())
        fields.append({ "code_verifier", codeVerifier });
    if (!refreshToken.isEmpty())
        fields.append({ "refresh_token", refreshToken });
    if (!basicAuth) {
        fields.append({ "client_id", clientId });
        if (!clientSecret.isEmpty())
            fields.append({ "client_secret", clientSecret });
    }
    if (!scope.isEmpty())
        fields.append({ "scope", scope });
    QByteArray body;
    for (const auto& [name, value] : std::as_const(fields)) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + encoded(value);
    }
    return body;
}

void TokenEndpoint::request(Transport& transport, const TokenRequest& r, QObject* context, Done done)
{
    for (const QString& secret : { r.clientSecret, r.refreshToken, r.code, r.codeVerifier })
        transport.redactor().addSecret(secret);
    HttpRequest http;
    http.method = "POST";
    http.url = r.tokenUrl;
    http.connectionId = r.connectionId;
    http.body = r.formBody();
    http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    http.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    if (r.basicAuth) {
        const QByteArray pair = encoded(r.clientId) + ':' + encoded(r.clientSecret);
        http.headers.append(qMakePair(QByteArray("Authorization"), "Basic " + pair.toBase64()));
    }
    transport.send(std::move(http), context, [done](const HttpResponse& response) {
        if (response.status == 0) {
            done(TokenResponse::unreachable(response.error.kind, response.error.message));
            return;
        }
        done(TokenResponse::parse(response.status, response.body));
    });
}

} // namespace plumbline
