#include "SandboxServer.h"

#include "SandboxContext.h"
#include "SandboxHttpServer.h"
#include "SandboxWorkspace.h"

#include <AuthMethod.h>
#include <WorkspaceJson.h>
#include <generic/sandbox/GenericSandbox.h>
#include <hubspot/sandbox/HubSpotSandbox.h>
#include <mailchimp/sandbox/MailchimpSandbox.h>
#include <make/sandbox/MakeSandbox.h>
#include <salesforce/sandbox/SalesforceSandbox.h>
#include <shopify/sandbox/ShopifySandbox.h>
#include <zapier/sandbox/ZapierSandbox.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}
} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<SandboxContext>(SandboxContext { SandboxDataset(QDateTime::currentDateTimeUtc()),
          SandboxScenarios(SandboxWorkspace::connectionIds(), toSet(SandboxWorkspace::destinationIds())),
          SandboxWorkspace::secrets(), SandboxWorkspace::clientIds(), {}, {}, {}, {} }))
{
    SandboxContext& c = *m_context;
    // A connection's secret is a bearer credential only where the workspace sends it as one; once it is an OAuth
    // client secret, only the token endpoint takes it.
    for (const Connection& connection : SandboxWorkspace::build(QString()).connections) {
        if (AuthMethod::flowOf(connection) == AuthFlow::Static)
            c.staticSecrets.insert(connection.id);
    }
    c.baseUrl = baseUrl();
    using W = SandboxWorkspace;
    m_vendors = {
        { u"/hubspot"_s, std::make_shared<HubSpotSandbox>(c, W::kHubSpot) },
        { u"/salesforce"_s, std::make_shared<SalesforceSandbox>(c, W::kSalesforce) },
        { u"/mailchimp/3.0"_s, std::make_shared<MailchimpSandbox>(c, W::kMailchimp, W::kAudienceId) },
        { u"/shopify"_s, std::make_shared<ShopifySandbox>(c, W::kShopify, W::kShop) },
        { u"/make/api/v2"_s,
            std::make_shared<MakeSandbox>(c, W::kMake,
                MakeSandbox::Ids { W::kMakeScenarioId, W::kMakeTeamId, W::kMakeOrganizationId, W::kMailchimp }) },
        { u"/zapier"_s, std::make_shared<ZapierSandbox>(c, W::kZapier, W::kZapId, W::kSalesforce) },
        { u"/generic"_s, std::make_shared<GenericSandbox>(c, W::kGeneric, W::kGenericAuthHeader, QByteArray()) },
    };
    for (const auto& [prefix, vendor] : std::as_const(m_vendors))
        vendor->setPrefix(prefix);
}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(quint16 port)
{
    if (m_http)
        return false;
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_http = new SandboxHttpServer(
        [this](const QByteArray& method, const QUrl& url, const SandboxHeaders& headers, const QByteArray& body) {
            SandboxReply reply = dispatch(method, url, headers, body);
            if (!reply.hold && m_latencyMaxMs > 0) { // a vendor's think time: the answer is written after it
                reply.hold = true;
                reply.holdMs = int(m_latencyRandom.bounded(m_latencyMinMs, m_latencyMaxMs + 1));
            }
            return reply;
        },
        this);
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    m_context->baseUrl = baseUrl();
    return true;
}

void SandboxServer::close()
{
    if (!m_http)
        return;
    m_http->shutdown();
    delete m_http; // takes its QTcpServer and every socket with it
    m_http = nullptr;
}

QString SandboxServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QByteArray SandboxServer::workspaceJson() const
{
    return WorkspaceJson::serialize(SandboxWorkspace::build(baseUrl()));
}

QStringList SandboxServer::envLines() const
{
    QStringList lines;
    const auto s = secrets();
    for (const QString& id : SandboxWorkspace::connectionIds())
        lines << SandboxWorkspace::envName(id) + u'=' + s.value(id);
    return lines;
}

QHash<QString, QString> SandboxServer::secrets() const
{
    return m_context->secrets;
}

QStringList SandboxServer::scenarioNames()
{
    return SandboxScenarios::names();
}

bool SandboxServer::setScenario(const QString& name, const QString& connectionId)
{
    const auto s = SandboxScenarios::fromName(name);
    if (!s)
        return false;
    if (connectionId.isEmpty()) {
        m_context->scenarios.setAll(*s, m_context->now());
    } else if (!m_context->scenarios.setFor(connectionId, *s, m_context->now())) {
        return false;
    }
    applyScenarioEffects();
    return true;
}

void SandboxServer::applyScenarioEffects()
{
    for (const QString& id : m_context->scenarios.connectionIds()) {
        if (m_context->scenarios.effective(id) == Scenario::RefreshRevoked)
            m_context->tokens.revokeAccessTokens(id);
    }
}

QString SandboxServer::scenario(const QString& connectionId) const
{
    if (connectionId.isEmpty())
        return SandboxScenarios::name(m_context->scenarios.global());
    if (!m_context->scenarios.hasConnection(connectionId))
        return {};
    return SandboxScenarios::name(m_context->scenarios.effective(connectionId));
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_context->clock = std::move(clock);
    m_context->dataset.setOrigin(m_context->now());
    // Scenario clocks restart on the new time line.
    const Scenario global = m_context->scenarios.global();
    QHash<QString, Scenario> perConnection;
    for (const QString& id : m_context->scenarios.connectionIds())
        perConnection.insert(id, m_context->scenarios.effective(id));
    m_context->scenarios.setAll(Scenario::Healthy, m_context->now());
    m_context->scenarios.setAll(global, m_context->now());
    for (auto it = perConnection.cbegin(); it != perConnection.cend(); ++it) {
        if (m_context->scenarios.effective(it.key()) != it.value())
            m_context->scenarios.setFor(it.key(), it.value(), m_context->now());
    }
    applyScenarioEffects();
}

int SandboxServer::heldRequests() const
{
    return m_http ? m_http->heldCount() : 0;
}

std::shared_ptr<VendorSandbox> SandboxServer::vendorOf(const QString& connectionId) const
{
    for (const auto& [prefix, vendor] : m_vendors) {
        if (vendor->connectionId() == connectionId)
            return vendor;
    }
    return nullptr;
}

bool SandboxServer::setTokenLifetime(const QString& connectionId, qint64 seconds)
{
    return m_context->tokens.setLifetime(connectionId, seconds);
}

qint64 SandboxServer::tokenLifetime(const QString& connectionId) const
{
    return m_context->tokens.lifetime(connectionId);
}

int SandboxServer::tokenRequests(const QString& connectionId) const
{
    return m_context->tokens.requests(connectionId);
}

QString SandboxServer::issueRefreshToken(const QString& connectionId)
{
    return m_context->tokens.newFamily(connectionId, QString());
}

QString SandboxServer::issueAccessToken(const QString& connectionId)
{
    const bool diesEarly = m_context->scenarios.hasConnection(connectionId)
        && m_context->scenarios.effective(connectionId) == Scenario::TokenExpired;
    return m_context->tokens.issueAccessToken(connectionId, m_context->now(), 0, diesEarly);
}

QString SandboxServer::tokenUrl(const QString& connectionId) const
{
    const auto vendor = vendorOf(connectionId);
    return vendor && !vendor->tokenPath().isEmpty() ? vendor->baseUrl() + vendor->tokenPath() : QString();
}

QString SandboxServer::authorizeUrl(const QString& connectionId) const
{
    const auto vendor = vendorOf(connectionId);
    return vendor && !vendor->authorizePath().isEmpty() ? vendor->baseUrl() + vendor->authorizePath() : QString();
}

SandboxReply SandboxServer::dispatch(
    const QByteArray& method, const QUrl& url, const SandboxHeaders& headers, const QByteArray& body)
{
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u"/_sandbox/"))
        return control(method, path, body);
    for (const auto& [prefix, vendor] : std::as_const(m_vendors)) {
        if (path == prefix || path.startsWith(prefix + u'/')) {
            SandboxRequest request { method, path.mid(prefix.size()), QUrlQuery(url), headers, body };
            return vendor->handle(request);
        }
    }
    return SandboxReply::json(404,
        QJsonObject { { u"error"_s, u"No vendor is served at %1."_s.arg(path) },
            { u"prefixes"_s,
                QJsonArray { u"/hubspot"_s, u"/salesforce"_s, u"/mailchimp/3.0"_s, u"/shopify"_s, u"/make/api/v2"_s,
                    u"/zapier"_s, u"/generic"_s, u"/_sandbox/"_s } } });
}

SandboxReply SandboxServer::scenarioDocument() const
{
    QJsonObject connections;
    for (const QString& id : m_context->scenarios.connectionIds())
        connections.insert(id, scenario(id));
    return SandboxReply::json(200, QJsonObject { { u"scenario"_s, scenario() }, { u"connections"_s, connections } });
}

QJsonObject SandboxServer::oauthEntry(const QString& connectionId) const
{
    QJsonObject o { { u"client_id"_s, m_context->clientIds.value(connectionId) },
        { u"token_url"_s, tokenUrl(connectionId) }, { u"lifetime_s"_s, tokenLifetime(connectionId) },
        { u"token_requests"_s, tokenRequests(connectionId) } };
    if (const QString authorize = authorizeUrl(connectionId); !authorize.isEmpty())
        o.insert(u"authorize_url"_s, authorize);
    return o;
}

SandboxReply SandboxServer::oauthControl(const QByteArray& method, const QByteArray& body)
{
    QStringList ids;
    for (const QString& id : m_context->scenarios.connectionIds()) {
        if (m_context->tokens.serves(id))
            ids << id;
    }
    if (method == "GET") {
        QJsonObject connections;
        for (const QString& id : std::as_const(ids))
            connections.insert(id, oauthEntry(id));
        return SandboxReply::json(200, QJsonObject { { u"connections"_s, connections } });
    }
    const auto badRequest = [](const QString& message) {
        return SandboxReply::json(400, QJsonObject { { u"error"_s, message } });
    };
    if (method != "POST") {
        SandboxReply r = SandboxReply::json(405, QJsonObject { { u"error"_s, u"method not allowed"_s } });
        r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST"));
        return r;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(u"expected a JSON object like {\"connection\": ID, \"lifetime_s\": N} or "
                          "{\"connection\": ID, \"issue\": \"access_token\"|\"refresh_token\"}"_s);
    const QJsonObject o = doc.object();
    const QString id = o.value(u"connection").toString();
    if (!ids.contains(id))
        return badRequest(u"unknown connection \"%1\"; connections with OAuth: %2"_s.arg(id, ids.join(u", ")));
    const QJsonValue lifetime = o.value(u"lifetime_s");
    const QJsonValue issue = o.value(u"issue");
    if (lifetime.isUndefined() && issue.isUndefined())
        return badRequest(u"nothing to do: give \"lifetime_s\" or \"issue\""_s);
    if (!lifetime.isUndefined()) {
        const double seconds = lifetime.toDouble(-1);
        if (!lifetime.isDouble() || seconds != double(qint64(seconds)) || seconds < 1)
            return badRequest(u"\"lifetime_s\" must be a whole number of seconds, at least 1"_s);
    }
    if (!issue.isUndefined() && issue != QJsonValue(u"access_token"_s) && issue != QJsonValue(u"refresh_token"_s))
        return badRequest(u"\"issue\" must be \"access_token\" or \"refresh_token\""_s);
    if (!lifetime.isUndefined())
        setTokenLifetime(id, qint64(lifetime.toDouble()));
    QJsonObject entry = oauthEntry(id);
    if (issue == QJsonValue(u"access_token"_s))
        entry.insert(u"access_token"_s, issueAccessToken(id));
    else if (issue == QJsonValue(u"refresh_token"_s))
        entry.insert(u"refresh_token"_s, issueRefreshToken(id));
    entry.insert(u"connection"_s, id);
    return SandboxReply::json(200, entry);
}

SandboxReply SandboxServer::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    const auto badRequest = [](const QString& message) {
        QJsonArray names;
        for (const QString& n : scenarioNames())
            names << n;
        return SandboxReply::json(400, QJsonObject { { u"error"_s, message }, { u"scenarios"_s, names } });
    };
    const auto methodNotAllowed = [](const QByteArray& allowed) {
        SandboxReply r = SandboxReply::json(405, QJsonObject { { u"error"_s, u"method not allowed"_s } });
        r.setHeader(QByteArrayLiteral("Allow"), allowed);
        return r;
    };
    if (path == u"/_sandbox/workspace") {
        if (method != "GET")
            return methodNotAllowed("GET");
        SandboxReply r;
        r.body = workspaceJson();
        r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
        return r;
    }
    if (path == u"/_sandbox/env") {
        if (method != "GET")
            return methodNotAllowed("GET");
        return SandboxReply::text(200, envLines().join(u'\n').toUtf8() + '\n');
    }
    if (path == u"/_sandbox/oauth")
        return oauthControl(method, body);
    if (path == u"/_sandbox/notify") {
        if (method != "GET")
            return methodNotAllowed("GET");
        QJsonArray received;
        for (const QByteArray& b : std::as_const(m_notifications)) {
            const QJsonDocument doc = QJsonDocument::fromJson(b);
            received << (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QString::fromUtf8(b)));
        }
        return SandboxReply::json(200, QJsonObject { { u"received"_s, received } });
    }
    if (path.startsWith(u"/_sandbox/notify/")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        constexpr qsizetype kMaxNotifications = 200;
        m_notifications << body.left(64 * 1024);
        while (m_notifications.size() > kMaxNotifications)
            m_notifications.removeFirst();
        return SandboxReply::text(200, QByteArrayLiteral("ok"));
    }
    if (path == u"/_sandbox/scenario") {
        if (method == "GET")
            return scenarioDocument();
        if (method != "POST")
            return methodNotAllowed("GET, POST");
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return badRequest(u"expected a JSON object like {\"scenario\": NAME, \"connection\": ID}"_s);
        const QJsonObject o = doc.object();
        const QString name = o.value(u"scenario").toString();
        if (!SandboxScenarios::fromName(name))
            return badRequest(u"unknown scenario \"%1\""_s.arg(name));
        const QJsonValue connection = o.value(u"connection");
        if (!connection.isUndefined() && !connection.isNull()
            && (!connection.isString() || !m_context->scenarios.hasConnection(connection.toString())))
            return badRequest(u"unknown connection \"%1\"; expected one of: %2"_s.arg(
                connection.toString(), m_context->scenarios.connectionIds().join(u", ")));
        setScenario(name, connection.toString());
        return scenarioDocument();
    }
    return SandboxReply::json(404, QJsonObject { { u"error"_s, u"unknown control endpoint %1"_s.arg(path) } });
}

} // namespace plumbline
