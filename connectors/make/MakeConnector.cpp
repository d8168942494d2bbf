#include "MakeConnector.h"

#include "MakeParser.h"

#include <ResponseSignals.h>
#include <Transport.h>

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

template <typename R> void answerLater(QObject* context, const Connector::Done<R>& done, R r)
{
    QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
}

QString segment(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

struct MakeConnector::LogWalk
{
    QString ref;
    QDateTime since;
    Done<RunLogResult> done;
    RunLogResult result;
    QSet<QString> seen;
    QString last;
    int pages = 0;
};

MakeConnector::MakeConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

void MakeConnector::get(const QString& path, const QUrlQuery& query, QObject* context, Then then)
{
    HttpRequest request;
    request.method = "GET";
    QUrl url(m_baseUrl + path);
    if (!query.isEmpty())
        url.setQuery(query);
    request.url = url;
    request.headers = { { "Authorization", "Token " + m_secret.toUtf8() }, { "Accept", "application/json" } };
    request.connectionId = m_connection.id;
    attachCredential(request);
    const QString version = m_connection.apiVersion.isEmpty() ? u"v2"_s : m_connection.apiVersion;
    m_transport.send(std::move(request), context,
        [then = std::move(then), version](const HttpResponse& r) { then(r, ResponseSignals::read(r, version)); });
}

ConnectorError MakeConnector::failure(const HttpResponse& r) const
{
    ConnectorError e = MakeParser::refineError(r.status, r.error, r.body);
    e.message = m_transport.redactor().redact(e.message);
    return e;
}

void MakeConnector::testConnection(QObject* context, Done<TestResult> done)
{
    get(u"/users/me"_s, {}, context, [this, done](const HttpResponse& r, const ResponseMeta& meta) {
        TestResult result = r.error.ok() ? MakeParser::parseMe(r.body) : TestResult {};
        if (!r.error.ok())
            result.error = failure(r);
        result.meta = meta;
        done(result);
    });
}

void MakeConnector::count(const IntegrationSide&, QObject* context, Done<CountResult> done)
{
    CountResult r;
    r.error = { ErrorKind::NotFound, tr("Make is middleware and has no record count."), std::nullopt };
    answerLater(context, done, r);
}

void MakeConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    SchemaResult r;
    r.error = { ErrorKind::NotFound, tr("Make is middleware and has no record schema."), std::nullopt };
    answerLater(context, done, r);
}

void MakeConnector::quota(QObject* context, Done<QuotaResult> done)
{
    const QString org = m_connection.options.value(u"organization_id").toVariant().toString().trimmed();
    if (org.isEmpty()) {
        // Make reports its limit per organization only; without the id the headroom is unknown, which is no error.
        answerLater(context, done, QuotaResult {});
        return;
    }
    get(u"/organizations/"_s + segment(org), {}, context,
        [this, done](const HttpResponse& r, const ResponseMeta& meta) {
            QuotaResult result = r.error.ok() ? MakeParser::parseOrganization(r.body) : QuotaResult {};
            if (!r.error.ok())
                result.error = failure(r);
            if (!result.quota.limit && meta.quota.limit)
                result.quota = meta.quota;
            result.meta = meta;
            result.meta.quota = result.quota;
            done(result);
        });
}

void MakeConnector::runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done)
{
    if (ref.trimmed().isEmpty()) {
        RunLogResult r;
        r.error = { ErrorKind::NotFound, tr("No Make scenario ID is set for this integration."), std::nullopt };
        answerLater(context, done, r);
        return;
    }
    auto walk = std::make_shared<LogWalk>();
    walk->ref = ref.trimmed();
    walk->since = since;
    walk->done = std::move(done);
    get(u"/scenarios/"_s + segment(walk->ref), {}, context,
        [this, walk, context](const HttpResponse& r, const ResponseMeta& meta) {
            RunLogResult state = r.error.ok() ? MakeParser::parseScenario(r.body) : RunLogResult {};
            if (!r.error.ok())
                state.error = failure(r);
            state.meta = meta;
            if (!state.error.ok()) {
                walk->done(state);
                return;
            }
            walk->result = state;
            fetchLogs(walk, context);
        });
}

void MakeConnector::fetchLogs(std::shared_ptr<LogWalk> walk, QObject* context)
{
    QUrlQuery query;
    if (walk->since.isValid())
        query.addQueryItem(u"from"_s, QString::number(walk->since.toMSecsSinceEpoch()));
    query.addQueryItem(u"pg[limit]"_s, QString::number(kPageSize));
    if (!walk->last.isEmpty())
        query.addQueryItem(u"pg[last]"_s, walk->last);
    ++walk->pages;
    get(u"/scenarios/%1/logs"_s.arg(segment(walk->ref)), query, context,
        [this, walk, context](const HttpResponse& r, const ResponseMeta& meta) {
            RunLogResult& result = walk->result;
            result.meta = meta;
            if (!r.error.ok()) {
                result.events.clear();
                result.error = failure(r);
                walk->done(result);
                return;
            }
            const MakeParser::Logs page = MakeParser::parseLogs(r.body);
            if (!page.error.ok()) {
                result.events.clear();
                result.error = page.error;
                walk->done(result);
                return;
            }
            bool reachedSince = false;
            int added = 0;
            for (const RunEvent& ev : page.events) {
                if (walk->since.isValid() && ev.at < walk->since) {
                    reachedSince = true; // sorted newest first: everything after is older
                    continue;
                }
                if (walk->seen.contains(ev.externalId))
                    continue;
                walk->seen.insert(ev.externalId);
                result.events << ev;
                ++added;
            }
            const bool more = page.entries >= kPageSize && !page.last.isEmpty() && page.last != walk->last
                && !reachedSince && added > 0 && walk->pages < kMaxPages;
            if (more) {
                walk->last = page.last;
                fetchLogs(walk, context);
                return;
            }
            walk->done(result);
        });
}

} // namespace plumbline
