#include "GenericConnector.h"

#include "GenericParser.h"

#include <LookupPlan.h>
#include <SamplePlan.h>

#include <ResponseSignals.h>
#include <Transport.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

template <typename R> void answerLater(QObject* context, const Connector::Done<R>& done, R r)
{
    QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
}

ConnectorError settingsError(const QString& message)
{
    return { ErrorKind::Parse, message, std::nullopt };
}

// "a=1&b=2" or {"a": 1} as query items; nullopt for other shapes.
std::optional<QList<QPair<QString, QString>>> queryItems(const QJsonValue& filter)
{
    QList<QPair<QString, QString>> items;
    if (filter.isString()) {
        QString text = filter.toString().trimmed();
        if (text.startsWith(u'?'))
            text.remove(0, 1);
        for (const QString& pair : text.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return std::nullopt;
            items << qMakePair(QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()));
        }
        return items;
    }
    if (filter.isObject()) {
        const QJsonObject o = filter.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isString())
                items << qMakePair(it.key(), it->toString());
            else if (it->isDouble())
                items << qMakePair(it.key(), QString::number(it->toDouble(), 'g', 17));
            else if (it->isBool())
                items << qMakePair(it.key(), it->toBool() ? u"true"_s : u"false"_s);
            else
                return std::nullopt;
        }
        return items;
    }
    return std::nullopt;
}

class GenericSample final : public SamplePlan
{
public:
    GenericSample(
        const GenericConnector& connector, HttpRequest probe, IntegrationSide side, GenericParser::RecordShape shape)
        : m_connector(connector)
        , m_probe(std::move(probe))
        , m_side(std::move(side))
        , m_shape(std::move(shape))
    {
    }

    QString vendorName() const override { return vendorDisplayName(Vendor::Generic); }
    int pageLimit() const override { return 100; }
    bool hasRecent() const override { return false; }
    HttpRequest probe() const override { return m_probe; }
    HttpRequest recent(const QDateTime&, const QDateTime&, int limit, qint64 offset) const override
    {
        return page(offset, limit);
    }
    HttpRequest spread(qint64 offset, int limit, qint64) override { return page(offset, limit); }
    ValuePage read(Kind kind, const HttpResponse& response) override
    {
        ValuePage page;
        if (!response.error.ok()) {
            page.error = m_connector.failure(response);
        } else if (kind == Kind::Probe) {
            const CountResult count = GenericParser::parseCount(response.body, m_connector.countPointer());
            page.total = count.count;
            page.error = count.error;
        } else {
            page = GenericParser::parseRecords(response.body, m_shape);
        }
        page.meta = m_connector.metaOf(response);
        return page;
    }

private:
    HttpRequest page(qint64 offset, int limit) const
    {
        const QString pattern = m_connector.option(u"list_path"_s, u"{object}?limit={limit}&offset={offset}"_s);
        return m_connector
            .getFrom(pattern,
                { { u"object"_s, m_side.object }, { u"limit"_s, QString::number(limit) },
                    { u"offset"_s, QString::number(offset) } })
            .value_or(HttpRequest {});
    }

    const GenericConnector& m_connector;
    HttpRequest m_probe;
    IntegrationSide m_side;
    GenericParser::RecordShape m_shape;
};

class GenericLookup final : public LookupPlan
{
public:
    GenericLookup(const GenericConnector& connector, IntegrationSide side, GenericParser::RecordShape shape)
        : m_connector(connector)
        , m_side(std::move(side))
        , m_shape(std::move(shape))
    {
    }

    QString vendorName() const override { return vendorDisplayName(Vendor::Generic); }
    std::optional<Step> next(const LookupProgress& progress) override
    {
        const QString key = progress.pending.first();
        auto request = m_connector.getFrom(
            m_connector.option(u"lookup_path"_s), { { u"object"_s, m_side.object }, { u"key"_s, key } });
        return Step { request.value_or(HttpRequest {}), { key } };
    }
    ValuePage read(Step&, const HttpResponse& response) override
    {
        ValuePage page;
        if (response.status == 404) {
            // missing at the destination
        } else if (!response.error.ok()) {
            page.error = m_connector.failure(response);
        } else {
            page = GenericParser::parseRecords(response.body, m_shape);
        }
        page.meta = m_connector.metaOf(response);
        return page;
    }

private:
    const GenericConnector& m_connector;
    IntegrationSide m_side;
    GenericParser::RecordShape m_shape;
};

GenericParser::RecordShape shapeOf(const GenericConnector& c, const QString& keyField, const QStringList& fields)
{
    GenericParser::RecordShape shape;
    shape.recordsPointer = c.option(u"records_pointer"_s, u"/data"_s);
    shape.keyField = keyField;
    shape.keyPointer = c.option(u"key_pointer"_s);
    shape.fields = QStringList { keyField } + fields;
    shape.fields.removeDuplicates();
    shape.changedField = c.option(u"changed_field"_s, u"updated_at"_s);
    return shape;
}

} // namespace

GenericConnector::GenericConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

QString GenericConnector::countPointer() const
{
    const QJsonValue v = m_connection.options.value(u"count_pointer");
    return v.isString() && !v.toString().trimmed().isEmpty() ? v.toString().trimmed() : u"/total"_s;
}

QByteArray GenericConnector::method() const
{
    const QString m = m_connection.options.value(u"method").toString().trimmed().toUpper();
    return m.isEmpty() ? QByteArray("GET") : m.toLatin1();
}

std::optional<ConnectorError> GenericConnector::authProblem() const
{
    static const QRegularExpression token(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"_s);
    const QString header = m_connection.options.value(u"auth_header").toString().trimmed();
    if (!header.isEmpty() && !token.match(header).hasMatch())
        return settingsError(tr("The auth header name \"%1\" is not a valid HTTP header name.").arg(header.left(64)));
    const QString scheme = m_connection.options.value(u"auth_scheme").toString().trimmed();
    if (!scheme.isEmpty() && !token.match(scheme).hasMatch())
        return settingsError(tr("The auth scheme must be one word, like Bearer or Token."));
    if (m_baseUrl.isEmpty())
        return settingsError(tr("The connection has no URL."));
    return std::nullopt;
}

HttpRequest GenericConnector::request(const QByteArray& method, const QUrl& url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.connectionId = m_connection.id;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (!m_secret.isEmpty()) {
        QString header = m_connection.options.value(u"auth_header").toString().trimmed();
        if (header.isEmpty())
            header = u"Authorization"_s;
        // An explicitly empty scheme sends the bare key (e.g. X-API-Key: <key>).
        const QString scheme = m_connection.options.contains(u"auth_scheme")
            ? m_connection.options.value(u"auth_scheme").toString().trimmed()
            : u"Bearer"_s;
        const QString value = scheme.isEmpty() ? m_secret : scheme + u' ' + m_secret;
        r.headers << qMakePair(header.toLatin1(), value.toUtf8());
    }
    attachCredential(r);
    return r;
}

std::optional<QUrl> GenericConnector::urlFor(const QString& path) const
{
    QString url = m_baseUrl;
    const QString trimmed = path.trimmed();
    if (!trimmed.isEmpty()) {
        for (const QString& seg : trimmed.split(u'/', Qt::SkipEmptyParts)) {
            if (seg == u".." || seg == u".")
                return std::nullopt;
            url += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(seg));
        }
    }
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return std::nullopt;
    return u;
}

GenericConnector::Built GenericConnector::buildCount(const IntegrationSide& side) const
{
    Built b;
    if (const auto problem = authProblem()) {
        b.error = *problem;
        return b;
    }
    const QByteArray m = method();
    if (m != "GET" && m != "POST") {
        b.error = settingsError(tr("The count request may use GET or POST, not %1: Plumbline only reads.")
                                    .arg(QString::fromLatin1(m.left(16))));
        return b;
    }
    if (!GenericParser::isValidPointer(countPointer())) {
        b.error = settingsError(tr("\"%1\" is not a JSON pointer; write it like /meta/total.").arg(countPointer()));
        return b;
    }
    const auto url = urlFor(side.object);
    if (!url) {
        b.error = { ErrorKind::NotFound,
            tr("\"%1\" cannot be made into a URL below the connection's URL.").arg(side.object.left(100)),
            std::nullopt };
        return b;
    }
    b.request = request(m, *url);

    // The body: a string option, or JSON stored in the options.
    QByteArray body;
    const QJsonValue option = m_connection.options.value(u"body");
    if (option.isString())
        body = option.toString().toUtf8();
    else if (option.isObject())
        body = QJsonDocument(option.toObject()).toJson(QJsonDocument::Compact);
    else if (option.isArray())
        body = QJsonDocument(option.toArray()).toJson(QJsonDocument::Compact);
    QJsonParseError pe;
    QJsonDocument json = QJsonDocument::fromJson(body, &pe);
    const bool isJson = !body.isEmpty() && pe.error == QJsonParseError::NoError;

    // The filter: a JSON object merges into a JSON object body (POST); otherwise it becomes query parameters.
    if (side.filter.isObject() && m == "POST" && (body.isEmpty() || (isJson && json.isObject()))) {
        QJsonObject merged = json.object();
        const QJsonObject filter = side.filter.toObject();
        for (auto it = filter.begin(); it != filter.end(); ++it)
            merged.insert(it.key(), it.value());
        body = QJsonDocument(merged).toJson(QJsonDocument::Compact);
        json = QJsonDocument(merged);
    } else if (!side.filter.isNull() && !side.filter.isUndefined()) {
        const auto items = queryItems(side.filter);
        if (!items) {
            b.error = settingsError(tr("A filter for a generic connection is query parameters (\"a=1&b=2\" or "
                                       "{\"a\": 1}), or a JSON object merged into a POST body."));
            return b;
        }
        QUrlQuery query(b.request.url);
        for (const auto& [k, v] : *items)
            query.addQueryItem(k, v);
        b.request.url.setQuery(query);
    }
    if (m == "POST" || !body.isEmpty()) {
        b.request.body = body;
        const bool jsonBody = !body.isEmpty() && (isJson || side.filter.isObject());
        b.request.headers << qMakePair(QByteArray("Content-Type"),
            jsonBody ? QByteArray("application/json") : QByteArray("text/plain; charset=utf-8"));
    }
    return b;
}

QString GenericConnector::option(const QString& key, const QString& fallback) const
{
    const QString v = m_connection.options.value(key).toString().trimmed();
    return v.isEmpty() ? fallback : v;
}

std::optional<HttpRequest> GenericConnector::getFrom(
    const QString& pattern, const QHash<QString, QString>& values) const
{
    if (pattern.isEmpty())
        return std::nullopt;
    const QString expanded = GenericParser::expand(pattern, values);
    const qsizetype q = expanded.indexOf(u'?');
    // The expanded values are percent-encoded already: join the path as it is, refusing what climbs out of the base.
    const QString path = q < 0 ? expanded : expanded.left(q);
    for (const QString& seg : path.split(u'/', Qt::SkipEmptyParts)) {
        if (seg == u".." || seg == u"." || QUrl::fromPercentEncoding(seg.toUtf8()).contains(u'/'))
            return std::nullopt;
    }
    QUrl url(m_baseUrl + u'/' + path, QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(expanded.mid(q + 1), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return request("GET", url);
}

ResponseMeta GenericConnector::metaOf(const HttpResponse& response) const
{
    return ResponseSignals::read(response, m_connection.apiVersion);
}

void GenericConnector::send(HttpRequest r, QObject* context, Then then)
{
    const QString version = m_connection.apiVersion;
    m_transport.send(std::move(r), context, [then = std::move(then), version](const HttpResponse& resp) {
        then(resp, ResponseSignals::read(resp, version));
    });
}

ConnectorError GenericConnector::failure(const HttpResponse& r) const
{
    ConnectorError e = GenericParser::refineError(r.error, r.body);
    e.message = m_transport.redactor().redact(e.message);
    return e;
}

void GenericConnector::testConnection(QObject* context, Done<TestResult> done)
{
    const auto url = urlFor({});
    if (const auto problem = authProblem(); problem || !url) {
        TestResult r;
        r.error = problem ? *problem : settingsError(tr("The connection's URL is not valid."));
        answerLater(context, done, r);
        return;
    }
    send(request("GET", *url), context, [this, done](const HttpResponse& r, const ResponseMeta& meta) {
        TestResult result;
        result.meta = meta;
        if (!r.error.ok())
            result.error = failure(r);
        done(result);
    });
}

void GenericConnector::count(const IntegrationSide& side, QObject* context, Done<CountResult> done)
{
    Built b = buildCount(side);
    if (!b.error.ok()) {
        CountResult r;
        r.error = b.error;
        answerLater(context, done, r);
        return;
    }
    const QString pointer = countPointer();
    send(std::move(b.request), context, [this, done, pointer](const HttpResponse& r, const ResponseMeta& meta) {
        CountResult result = r.error.ok() ? GenericParser::parseCount(r.body, pointer) : CountResult {};
        if (!r.error.ok())
            result.error = failure(r);
        result.meta = meta;
        done(result);
    });
}

void GenericConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    SchemaResult r;
    r.error = { ErrorKind::NotFound, tr("A generic REST connection has no schema endpoint."), std::nullopt };
    answerLater(context, done, r);
}

void GenericConnector::quota(QObject* context, Done<QuotaResult> done)
{
    const auto url = urlFor({});
    if (const auto problem = authProblem(); problem || !url) {
        QuotaResult r;
        r.error = problem ? *problem : settingsError(tr("The connection's URL is not valid."));
        answerLater(context, done, r);
        return;
    }
    send(request("GET", *url), context, [this, done](const HttpResponse& r, const ResponseMeta& meta) {
        QuotaResult result;
        result.meta = meta;
        result.quota = meta.quota;
        if (!r.error.ok())
            result.error = failure(r);
        done(result);
    });
}

void GenericConnector::runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done)
{
    const QString pointer = m_connection.options.value(u"errors_pointer").toString().trimmed();
    RunLogResult early;
    if (pointer.isEmpty()) {
        early.error
            = { ErrorKind::NotFound, tr("This generic connection has no run/error list pointer set."), std::nullopt };
    } else if (!GenericParser::isValidPointer(pointer)) {
        early.error = settingsError(tr("\"%1\" is not a JSON pointer; write it like /errors.").arg(pointer));
    } else if (const auto problem = authProblem()) {
        early.error = *problem;
    }
    const auto url = urlFor(ref);
    if (early.error.ok() && !url)
        early.error = { ErrorKind::NotFound,
            tr("\"%1\" cannot be made into a URL below the connection's URL.").arg(ref.left(100)), std::nullopt };
    if (!early.error.ok()) {
        answerLater(context, done, early);
        return;
    }
    send(request("GET", *url), context, [this, done, pointer, since](const HttpResponse& r, const ResponseMeta& meta) {
        RunLogResult result = r.error.ok() ? GenericParser::parseRuns(r.body, pointer) : RunLogResult {};
        if (!r.error.ok())
            result.error = failure(r);
        if (since.isValid())
            result.events.removeIf([&](const RunEvent& e) { return e.at < since; });
        result.meta = meta;
        done(result);
    });
}

void GenericConnector::sample(
    const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done)
{
    Built probe = buildCount(side);
    const bool listable = getFrom(option(u"list_path"_s, u"{object}?limit={limit}&offset={offset}"_s),
        { { u"object"_s, side.object }, { u"limit"_s, u"1"_s },
            { u"offset"_s,
                u"0"_s } }).has_value();
    if (probe.error.ok() && !listable)
        probe.error = settingsError(tr("The list_path option does not make a URL below the connection's URL."));
    if (!probe.error.ok() || request.keyField.trimmed().isEmpty())
        return failSample(context, std::move(done),
            probe.error.ok() ? settingsError(tr("A value check needs a key field.")) : probe.error,
            m_connection.apiVersion);
    runSample(m_transport,
        std::make_shared<GenericSample>(*this, probe.request, side, shapeOf(*this, request.keyField, request.fields)),
        request, context, std::move(done));
}

void GenericConnector::lookup(
    const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done)
{
    if (const auto problem = authProblem())
        return failLookup(context, std::move(done), *problem, m_connection.apiVersion);
    const QString pattern = option(u"lookup_path"_s);
    if (!pattern.contains(u"{key}") || !getFrom(pattern, { { u"object"_s, side.object }, { u"key"_s, u"k"_s } }))
        return failLookup(context, std::move(done),
            { ErrorKind::NotFound,
                tr("Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API."),
                std::nullopt },
            m_connection.apiVersion);
    runLookup(m_transport,
        std::make_shared<GenericLookup>(*this, side, shapeOf(*this, request.keyField, request.fields)), request,
        context, std::move(done));
}

} // namespace plumbline
