#pragma once

// A tiny OAuth 2.0 authorization server on a loopback port, for sign-in tests (ARCHITECTURE.md §11), speaking the
// sandbox's contract: Salesforce's web-server flow (GET /salesforce/services/oauth2/authorize → 302 to the
// redirect_uri with a code ending "%3D%3D"; POST /salesforce/services/oauth2/token → access_token, refresh_token,
// instance_url, id, token_type, issued_at, signature, scope, no expires_in) and HubSpot's (GET
// /hubspot/oauth/authorize; POST /hubspot/oauth/2026-03/token, which needs the client secret → token_type,
// refresh_token, access_token, expires_in 1800). It checks what a real one checks: the client id, the redirect_uri of
// the authorization request repeated in the token request, a code used once, and PKCE S256
// (base64url(sha256(code_verifier)) equals the code_challenge). Every request is kept for the test to read. No
// Q_OBJECT: header-only, no moc.

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <optional>

namespace plumbline::test {

using namespace Qt::StringLiterals;

// application/x-www-form-urlencoded (query strings and token request bodies), decoded once; nullopt when a name
// repeats.
inline std::optional<QMap<QString, QString>> formFields(const QByteArray& encoded)
{
    QMap<QString, QString> fields;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
        };
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        if (fields.contains(name))
            return std::nullopt;
        fields.insert(name, eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    return fields;
}

class FakeAuthorizationServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray body;
        QMap<QString, QString> fields; // the query (GET) or the form body (POST), decoded
    };

    // What the next sign-ins get.
    QString clientId = u"3MVG9plumblineTestClient.id"_s;
    QString clientSecret = u"plumbline-test-client-secret-7f3a"_s; // HubSpot requires it; Salesforce refuses it if set
    bool salesforceRequiresSecret = false;
    QString declineWith; // non-empty: the authorize step redirects with error=<this> instead of a code
    bool omitRefreshToken = false; // Salesforce without the refresh_token scope
    std::optional<std::pair<int, QByteArray>> tokenFailure; // status and body the token endpoint answers instead

    QList<Request> authorizeRequests;
    QList<Request> tokenRequests;
    QStringList issuedCodes;
    QStringList issuedRefreshTokens;
    QStringList issuedAccessTokens;
    QStringList refusals; // why a token request was refused, for failure messages

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, &FakeAuthorizationServer::accept, Qt::UniqueConnection);
        return true;
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    QString salesforceBase() const { return baseUrl() + u"/salesforce"_s; }
    QString hubspotBase() const { return baseUrl() + u"/hubspot"_s; }

private:
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString vendor;
        bool used = false;
    };

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto* buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0 && lines[i].left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                        length = lines[i].mid(colon + 1).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                Request r;
                r.method = first.value(0);
                r.target = first.value(1);
                r.body = buffer->mid(end + 4, length);
                buffer->clear();
                socket->write(answer(r));
                socket->disconnectFromHost();
            });
        }
    }

    static QByteArray reply(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + (status < 400 ? " OK" : " Error")
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + "Connection: close\r\n\r\n" + body;
    }
    static QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    static QByteArray oauthError(const QString& error, const QString& description)
    {
        return json({ { u"error"_s, error }, { u"error_description"_s, description } });
    }

    QByteArray answer(Request r)
    {
        const qsizetype question = r.target.indexOf('?');
        const QByteArray path = question < 0 ? r.target : r.target.left(question);
        const std::optional<QMap<QString, QString>> fields
            = formFields(r.method == "GET" ? (question < 0 ? QByteArray() : r.target.mid(question + 1)) : r.body);
        if (!fields)
            return reply(400, oauthError(u"invalid_request"_s, u"a parameter is repeated"_s));
        r.fields = *fields;
        if (r.method == "GET"
            && (path == "/salesforce/services/oauth2/authorize" || path == "/hubspot/oauth/authorize")) {
            authorizeRequests << r;
            return authorize(r, path.startsWith("/salesforce") ? u"salesforce"_s : u"hubspot"_s);
        }
        if (r.method == "POST"
            && (path == "/salesforce/services/oauth2/token" || path == "/hubspot/oauth/2026-03/token")) {
            tokenRequests << r;
            return token(r, path.startsWith("/salesforce") ? u"salesforce"_s : u"hubspot"_s);
        }
        return reply(404, oauthError(u"not_found"_s, QString::fromLatin1(path)));
    }

    QByteArray authorize(const Request& r, const QString& vendor)
    {
        const QMap<QString, QString>& f = r.fields;
        const QUrl redirect(f.value(u"redirect_uri"_s));
        if (f.value(u"response_type"_s) != u"code" || f.value(u"client_id"_s) != clientId || !redirect.isValid()
            || redirect.scheme() != u"http" || f.value(u"state"_s).isEmpty()
            || f.value(u"code_challenge_method"_s) != u"S256" || f.value(u"code_challenge"_s).size() != 43)
            return reply(400, oauthError(u"invalid_request"_s, u"bad authorization request"_s));
        const QByteArray state = QUrl::toPercentEncoding(f.value(u"state"_s));
        QByteArray location = redirect.toString(QUrl::FullyEncoded).toUtf8() + '?';
        if (!declineWith.isEmpty()) {
            location += "error=" + QUrl::toPercentEncoding(declineWith)
                + "&error_description=end-user+denied+authorization&state=" + state;
            return reply(302, {}, "Location: " + location + "\r\n");
        }
        // Salesforce codes are base64 and end in "==", which travels as %3D%3D; the '+' and '/' inside travel
        // encoded too.
        const QString code = u"aPrx%1+%2/AbC=="_s.arg(vendor).arg(issuedCodes.size() + 1);
        issuedCodes << code;
        m_grants.insert(
            code, { f.value(u"client_id"_s), f.value(u"redirect_uri"_s), f.value(u"code_challenge"_s), vendor });
        location += "code=" + QUrl::toPercentEncoding(code) + "&state=" + state;
        return reply(302, {}, "Location: " + location + "\r\n");
    }

    QByteArray token(const Request& r, const QString& vendor)
    {
        const QMap<QString, QString>& f = r.fields;
        const auto refuse = [this](const QString& error, const QString& why) {
            refusals << why;
            return reply(400, oauthError(error, why));
        };
        if (tokenFailure)
            return reply(tokenFailure->first, tokenFailure->second);
        if (f.value(u"grant_type"_s) != u"authorization_code")
            return refuse(u"unsupported_grant_type"_s, u"grant type not supported"_s);
        const auto it = m_grants.find(f.value(u"code"_s));
        if (it == m_grants.end() || it->vendor != vendor)
            return refuse(u"invalid_grant"_s, u"invalid authorization code"_s);
        if (it->used)
            return refuse(u"invalid_grant"_s, u"authorization code already used"_s);
        it->used = true;
        if (f.value(u"client_id"_s) != it->clientId)
            return refuse(u"invalid_client_id"_s, u"client identifier invalid"_s);
        if (f.value(u"redirect_uri"_s) != it->redirectUri)
            return refuse(u"invalid_grant"_s, u"redirect_uri mismatch"_s);
        const QByteArray digest
            = QCryptographicHash::hash(f.value(u"code_verifier"_s).toLatin1(), QCryptographicHash::Sha256);
        if (QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            != it->challenge)
            return refuse(u"invalid_grant"_s, u"invalid code verifier"_s);
        const bool needsSecret = vendor == u"hubspot" || salesforceRequiresSecret;
        if (needsSecret && f.value(u"client_secret"_s) != clientSecret)
            return refuse(u"invalid_client"_s, u"invalid client credentials"_s);
        const int n = issuedRefreshTokens.size() + issuedAccessTokens.size() + 1;
        const QString access = u"00Dplumbline!access.%1.%2"_s.arg(vendor).arg(n);
        const QString refresh = u"5Aep861plumbline.refresh.%1.%2"_s.arg(vendor).arg(n);
        issuedAccessTokens << access;
        QJsonObject o;
        if (vendor == u"salesforce") {
            o = { { u"access_token"_s, access }, { u"instance_url"_s, salesforceBase() },
                { u"id"_s, u"https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA"_s },
                { u"token_type"_s, u"Bearer"_s }, { u"issued_at"_s, u"1796122800000"_s },
                { u"signature"_s, u"c2lnbmF0dXJl"_s }, { u"scope"_s, u"api refresh_token"_s } };
        } else {
            o = { { u"token_type"_s, u"bearer"_s }, { u"access_token"_s, access }, { u"expires_in"_s, 1800 } };
        }
        if (!omitRefreshToken) {
            o.insert(u"refresh_token"_s, refresh);
            issuedRefreshTokens << refresh;
        }
        return reply(200, json(o));
    }

    QTcpServer m_server;
    QHash<QString, Grant> m_grants;
};

} // namespace plumbline::test
