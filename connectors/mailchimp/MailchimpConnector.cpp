#include "MailchimpConnector.h"

#include "MailchimpParser.h"

#include <ResponseSignals.h>
#include <Transport.h>

#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QString segment(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s.trimmed()));
}

template <typename R, typename OnOk>
void exchange(Transport& transport, HttpRequest request, const QString& version, QObject* context,
    Connector::Done<R> done, OnOk onOk)
{
    Transport* t = &transport;
    transport.send(std::move(request), context, [t, version, done, onOk](const HttpResponse& response) {
        R r;
        r.meta = ResponseSignals::read(response, version);
        if (!response.error.ok()) {
            if (response.status >= 400) {
                r.error = MailchimpParser::parseError(response.status, response.body);
                r.error.retryAfterMs = response.error.retryAfterMs;
                r.error.message = t->redactor().redact(r.error.message);
            } else {
                r.error = response.error;
            }
            done(r);
            return;
        }
        onOk(response, r);
        done(r);
    });
}

template <typename R> void finishLater(QObject* context, Connector::Done<R> done, R r, const QString& version)
{
    r.meta.requestedApiVersion = version;
    r.meta.servedApiVersion = version;
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

template <typename R> void fail(QObject* context, Connector::Done<R> done, ConnectorError error, const QString& version)
{
    R r;
    r.error = std::move(error);
    finishLater(context, std::move(done), std::move(r), version);
}

} // namespace

MailchimpConnector::MailchimpConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QString MailchimpConnector::apiVersion() const
{
    const QString v = m_connection.apiVersion.trimmed();
    return v.isEmpty() ? u"3.0"_s : v;
}

QString MailchimpConnector::audience(const QString& object) const
{
    const QString id = object.trimmed();
    return id.isEmpty() ? m_connection.options.value(u"audience_id").toString().trimmed() : id;
}

std::optional<ConnectorError> MailchimpConnector::precondition() const
{
    if (m_baseUrl.isEmpty())
        return ConnectorError { ErrorKind::Network,
            QCoreApplication::translate("MailchimpConnector",
                "No Mailchimp data centre: the API key has no \"-us6\"-style suffix and no base URL is set."),
            std::nullopt };
    return std::nullopt;
}

HttpRequest MailchimpConnector::makeRequest(const QString& path, const QByteArray& query) const
{
    HttpRequest r;
    r.method = "GET";
    r.url = QUrl(m_baseUrl + path);
    if (!query.isEmpty())
        r.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    r.headers << qMakePair(QByteArray("Authorization"), MailchimpParser::authorization(m_secret));
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    r.connectionId = m_connection.id;
    attachCredential(r);
    return r;
}

void MailchimpConnector::testConnection(QObject* context, Done<TestResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    exchange<TestResult>(m_transport, makeRequest(u"/ping"_s), apiVersion(), context, std::move(done),
        [](const HttpResponse& response, TestResult& r) { MailchimpParser::parsePing(response.body, r.error); });
}

void MailchimpConnector::count(const IntegrationSide& side, QObject* context, Done<CountResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    const QString id = audience(side.object);
    if (id.isEmpty()) {
        fail(context, std::move(done),
            { ErrorKind::NotFound,
                QCoreApplication::translate("MailchimpConnector", "No Mailchimp audience id is set."), std::nullopt },
            apiVersion());
        return;
    }
    ConnectorError filterError;
    const auto field = MailchimpParser::statsField(side.filter, filterError);
    if (!field) {
        fail(context, std::move(done), filterError, apiVersion());
        return;
    }
    exchange<CountResult>(m_transport, makeRequest(u"/lists/%1"_s.arg(segment(id))), apiVersion(), context,
        std::move(done), [f = *field](const HttpResponse& response, CountResult& r) {
            r.count = MailchimpParser::parseCount(response.body, f, r.error);
        });
}

void MailchimpConnector::schema(const QString& object, QObject* context, Done<SchemaResult> done)
{
    if (const auto problem = precondition()) {
        fail(context, std::move(done), *problem, apiVersion());
        return;
    }
    const QString id = audience(object);
    if (id.isEmpty()) {
        fail(context, std::move(done),
            { ErrorKind::NotFound,
                QCoreApplication::translate("MailchimpConnector", "No Mailchimp audience id is set."), std::nullopt },
            apiVersion());
        return;
    }
    exchange<SchemaResult>(m_transport, makeRequest(u"/lists/%1/merge-fields"_s.arg(segment(id)), "count=1000"),
        apiVersion(), context, std::move(done), [](const HttpResponse& response, SchemaResult& r) {
            if (auto fields = MailchimpParser::parseSchema(response.body, r.error))
                r.fields = std::move(*fields);
        });
}

void MailchimpConnector::quota(QObject* context, Done<QuotaResult> done)
{
    QuotaResult r;
    r.quota.source = QCoreApplication::translate("MailchimpConnector", "none documented");
    finishLater(context, std::move(done), std::move(r), apiVersion());
}

} // namespace plumbline
