#include "ZapierConnector.h"

#include "ZapierParser.h"

#include <ResponseSignals.h>
#include <Transport.h>

#include <QSet>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

template <typename R> void answerLater(QObject* context, const Connector::Done<R>& done, R r)
{
    QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
}

} // namespace

struct ZapierConnector::Walk
{
    QString ref;
    QDateTime since;
    Done<RunLogResult> done;
    RunLogResult result;
    bool found = false;
    QSet<QString> seen;
    int pages = 0;
};

ZapierConnector::ZapierConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QUrl ZapierConnector::url(const QString& path, const QList<QPair<QString, QString>>& query) const
{
    QUrl u(m_baseUrl + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        u.setQuery(q);
    }
    return u;
}

QUrl ZapierConnector::followable(const QString& next) const
{
    const QUrl base(m_baseUrl);
    const QUrl u = base.resolved(QUrl(next));
    if (!u.isValid() || u.scheme() != base.scheme() || u.host() != base.host() || u.port() != base.port())
        return {};
    return u;
}

void ZapierConnector::get(const QUrl& target, QObject* context, Then then)
{
    HttpRequest request;
    request.method = "GET";
    request.url = target;
    request.headers = { { "Authorization", "Bearer " + m_secret.toUtf8() }, { "Accept", "application/json" } };
    request.connectionId = m_connection.id;
    attachCredential(request);
    const QString version = m_connection.apiVersion.isEmpty() ? u"v2"_s : m_connection.apiVersion;
    m_transport.send(std::move(request), context,
        [then = std::move(then), version](const HttpResponse& r) { then(r, ResponseSignals::read(r, version)); });
}

ConnectorError ZapierConnector::failure(const HttpResponse& r) const
{
    ConnectorError e = ZapierParser::refineError(r.error, r.body);
    e.message = m_transport.redactor().redact(e.message);
    return e;
}

void ZapierConnector::testConnection(QObject* context, Done<TestResult> done)
{
    get(url(u"/v2/zaps"_s, { { u"limit"_s, u"1"_s } }), context,
        [this, done](const HttpResponse& r, const ResponseMeta& meta) {
            TestResult result;
            result.meta = meta;
            if (!r.error.ok())
                result.error = failure(r);
            else
                result.error = ZapierParser::parseZaps(r.body).error;
            done(result);
        });
}

void ZapierConnector::count(const IntegrationSide&, QObject* context, Done<CountResult> done)
{
    CountResult r;
    r.error = { ErrorKind::NotFound, tr("Zapier is middleware and has no record count."), std::nullopt };
    answerLater(context, done, r);
}

void ZapierConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    SchemaResult r;
    r.error = { ErrorKind::NotFound, tr("Zapier is middleware and has no record schema."), std::nullopt };
    answerLater(context, done, r);
}

void ZapierConnector::quota(QObject* context, Done<QuotaResult> done)
{
    // Zapier documents no quota endpoint; X-RateLimit-* headers are read if it sends them (UNCONFIRMED).
    get(url(u"/v2/zaps"_s, { { u"limit"_s, u"1"_s } }), context,
        [this, done](const HttpResponse& r, const ResponseMeta& meta) {
            QuotaResult result;
            result.meta = meta;
            result.quota = meta.quota;
            if (!r.error.ok())
                result.error = failure(r);
            done(result);
        });
}

void ZapierConnector::runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done)
{
    if (ref.trimmed().isEmpty()) {
        RunLogResult r;
        r.error = { ErrorKind::NotFound, tr("No Zap ID is set for this integration."), std::nullopt };
        answerLater(context, done, r);
        return;
    }
    auto walk = std::make_shared<Walk>();
    walk->ref = ref.trimmed();
    walk->since = since;
    walk->done = std::move(done);
    fetchZaps(walk, url(u"/v2/zaps"_s), context);
}

void ZapierConnector::fetchZaps(std::shared_ptr<Walk> walk, const QUrl& target, QObject* context)
{
    ++walk->pages;
    get(target, context, [this, walk, context](const HttpResponse& r, const ResponseMeta& meta) {
        RunLogResult& result = walk->result;
        result.meta = meta;
        if (!r.error.ok()) {
            result.error = failure(r);
            walk->done(result);
            return;
        }
        const ZapierParser::Zaps zaps = ZapierParser::parseZaps(r.body);
        if (!zaps.error.ok()) {
            result.error = zaps.error;
            walk->done(result);
            return;
        }
        for (const auto& zap : zaps.zaps) {
            if (zap.id == walk->ref) {
                result.state = zap.state;
                walk->found = true;
                break;
            }
        }
        if (!walk->found) {
            const QUrl next = zaps.next.isEmpty() ? QUrl() : followable(zaps.next);
            if (next.isValid() && walk->pages < kMaxPages * 2) {
                fetchZaps(walk, next, context);
                return;
            }
            // Deleted only when the whole list was read; a list longer than the walk allows proves nothing.
            result.error = next.isValid()
                ? ConnectorError { ErrorKind::Parse,
                      tr("Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap \"%2\" was not among them.")
                          .arg(walk->pages)
                          .arg(walk->ref.left(64)),
                      std::nullopt }
                : ConnectorError { ErrorKind::NotFound,
                      tr("Zapier lists no Zap with the ID \"%1\" for this account.").arg(walk->ref.left(64)),
                      std::nullopt };
            walk->done(result);
            return;
        }
        walk->pages = 0;
        QList<QPair<QString, QString>> query;
        if (walk->since.isValid())
            query << qMakePair(u"from_date"_s, walk->since.toUTC().toString(Qt::ISODate));
        query << qMakePair(u"limit"_s, QString::number(kRunPageSize));
        fetchRuns(walk, url(u"/v2/zap-runs"_s, query), context);
    });
}

void ZapierConnector::fetchRuns(std::shared_ptr<Walk> walk, const QUrl& target, QObject* context)
{
    ++walk->pages;
    get(target, context, [this, walk, context](const HttpResponse& r, const ResponseMeta& meta) {
        RunLogResult& result = walk->result;
        result.meta = meta;
        if (!r.error.ok()) {
            result.events.clear();
            result.error = failure(r);
            walk->done(result);
            return;
        }
        const ZapierParser::Runs runs = ZapierParser::parseRuns(r.body);
        if (!runs.error.ok()) {
            result.events.clear();
            result.error = runs.error;
            walk->done(result);
            return;
        }
        int fresh = 0;
        for (const auto& run : runs.runs) {
            if (walk->seen.contains(run.event.externalId))
                continue;
            walk->seen.insert(run.event.externalId);
            ++fresh;
            if (run.zapId != walk->ref)
                continue;
            if (walk->since.isValid() && run.event.at < walk->since)
                continue;
            result.events << run.event;
        }
        const QUrl next = runs.next.isEmpty() ? QUrl() : followable(runs.next);
        if (next.isValid() && fresh > 0 && walk->pages < kMaxPages) {
            fetchRuns(walk, next, context);
            return;
        }
        walk->done(result);
    });
}

} // namespace plumbline
