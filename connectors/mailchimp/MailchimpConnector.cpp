#include "MailchimpConnector.h"

#include "MailchimpParser.h"

#include <LookupPlan.h>
#include <ResponseSignals.h>
#include <SamplePlan.h>
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

ConnectorError refine(Transport& transport, const HttpResponse& response)
{
    if (response.status < 400)
        return response.error;
    ConnectorError e = MailchimpParser::parseError(response.status, response.body);
    e.retryAfterMs = response.error.retryAfterMs;
    e.message = transport.redactor().redact(e.message);
    return e;
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
            r.error = refine(*t, response);
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

// What the value-check plans share: the audience, the fields and how to send.
struct MemberReader
{
    using MakeRequest = std::function<HttpRequest(const QString& path, const QUrlQuery& query)>;

    Transport* transport = nullptr;
    MakeRequest make;
    QString version;
    QString list; // /lists/{id}
    QString keyField;
    QStringList fields; // with the key
    QString status;

    ValuePage read(const HttpResponse& response, bool one) const
    {
        ValuePage page;
        if (!response.error.ok())
            page.error = refine(*transport, response);
        else if (one)
            page = MailchimpParser::parseMember(response.body, keyField, fields, status);
        else
            page = MailchimpParser::parseMembers(response.body, keyField, fields, status);
        page.meta = ResponseSignals::read(response, version);
        return page;
    }
    HttpRequest page(MailchimpParser::MembersPage p) const
    {
        p.keyField = keyField;
        p.fields = fields;
        p.status = status;
        return make(list + u"/members"_s, MailchimpParser::membersQuery(p));
    }
};

namespace {

class MailchimpSample final : public SamplePlan
{
public:
    explicit MailchimpSample(MemberReader reader)
        : m_reader(std::move(reader))
    {
    }

    QString vendorName() const override { return u"Mailchimp"_s; }
    int pageLimit() const override { return 1000; }
    HttpRequest probe() const override
    {
        MailchimpParser::MembersPage p;
        p.count = 1;
        p.onlyTotal = true;
        return m_reader.page(p);
    }
    HttpRequest recent(const QDateTime& since, const QDateTime& before, int limit, qint64 offset) const override
    {
        MailchimpParser::MembersPage p;
        p.count = limit;
        p.offset = offset;
        p.since = since;
        p.before = before;
        return m_reader.page(p);
    }
    HttpRequest spread(qint64 offset, int limit, qint64) override
    {
        MailchimpParser::MembersPage p;
        p.count = limit;
        p.offset = offset;
        return m_reader.page(p);
    }
    ValuePage read(Kind kind, const HttpResponse& response) override
    {
        ValuePage page = m_reader.read(response, false);
        if (kind == Kind::Probe && page.error.ok() && !page.total)
            page.error
                = { ErrorKind::Parse, MailchimpParser::tr("Mailchimp's answer has no \"total_items\"."), std::nullopt };
        return page;
    }

private:
    MemberReader m_reader;
};

// Mailchimp has no batch read: one GET per key, or the whole list a thousand members a page, whichever is cheaper
// (value-reconciliation.md §2). The first page tells the list's size; for a single key, one GET.
class MailchimpLookup final : public LookupPlan
{
public:
    static constexpr int kPage = 1000;

    explicit MailchimpLookup(MemberReader reader)
        : m_reader(std::move(reader))
    {
    }

    QString vendorName() const override { return u"Mailchimp"_s; }
    std::optional<Step> next(const LookupProgress& progress) override
    {
        m_pending = progress.pending;
        if (m_mode == Mode::Unknown)
            m_mode = progress.pending.size() > 1 ? Mode::List : Mode::PerKey;
        if (m_mode == Mode::List && m_total && m_offset > 0) {
            const qint64 pagesLeft = (*m_total - m_offset + kPage - 1) / kPage;
            if (pagesLeft <= 0)
                return std::nullopt;
            if (pagesLeft > progress.pending.size())
                m_mode = Mode::PerKey;
        }
        if (m_mode == Mode::List) {
            MailchimpParser::MembersPage p;
            p.count = kPage;
            p.offset = m_offset;
            return Step { m_reader.page(p), {} };
        }
        const QString key = progress.pending.first();
        QUrlQuery q;
        q.addQueryItem(u"fields"_s, MailchimpParser::memberFields(m_reader.keyField, m_reader.fields, false));
        return Step { m_reader.make(m_reader.list + u"/members/"_s + MailchimpParser::subscriberHash(key), q),
            { key } };
    }
    ValuePage read(Step& step, const HttpResponse& response) override
    {
        if (m_mode == Mode::PerKey) {
            if (response.status == 404) { // not in the audience
                ValuePage page;
                page.meta = ResponseSignals::read(response, m_reader.version);
                return page;
            }
            return m_reader.read(response, true);
        }
        ValuePage page = m_reader.read(response, false);
        if (!page.error.ok())
            return page;
        if (!page.total) {
            page.error
                = { ErrorKind::Parse, MailchimpParser::tr("Mailchimp's answer has no \"total_items\"."), std::nullopt };
            return page;
        }
        m_total = page.total;
        m_offset += kPage;
        if (m_offset >= *m_total || page.records.isEmpty())
            step.keys = m_pending; // the whole list is read: what it did not hold is missing
        return page;
    }

private:
    enum class Mode
    {
        Unknown,
        List,
        PerKey,
    };
    MemberReader m_reader;
    Mode m_mode = Mode::Unknown;
    std::optional<qint64> m_total;
    qint64 m_offset = 0;
    QStringList m_pending;
};

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

std::optional<ConnectorError> MailchimpConnector::valuesProblem(
    const IntegrationSide& side, const QString& keyField) const
{
    if (const auto problem = precondition())
        return problem;
    if (audience(side.object).isEmpty())
        return ConnectorError { ErrorKind::NotFound,
            QCoreApplication::translate("MailchimpConnector", "No Mailchimp audience id is set."), std::nullopt };
    if (keyField.trimmed().isEmpty())
        return ConnectorError { ErrorKind::NotFound,
            QCoreApplication::translate("MailchimpConnector", "No Mailchimp key field is set for the value check."),
            std::nullopt };
    ConnectorError filterError;
    if (!MailchimpParser::memberStatus(side.filter, filterError))
        return filterError;
    return std::nullopt;
}

MemberReader MailchimpConnector::memberReader(
    const IntegrationSide& side, const QString& keyField, const QStringList& fields) const
{
    ConnectorError unused; // valuesProblem() read the filter first
    MemberReader reader { &m_transport,
        [this](const QString& path, const QUrlQuery& q) {
            return makeRequest(path, q.query(QUrl::FullyEncoded).toLatin1());
        },
        apiVersion(), u"/lists/%1"_s.arg(segment(audience(side.object))), keyField, QStringList { keyField } + fields,
        MailchimpParser::memberStatus(side.filter, unused).value_or(QString()) };
    reader.fields.removeDuplicates();
    return reader;
}

void MailchimpConnector::sample(
    const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done)
{
    if (const auto problem = valuesProblem(side, request.keyField))
        return failSample(context, std::move(done), *problem, apiVersion());
    runSample(m_transport, std::make_shared<MailchimpSample>(memberReader(side, request.keyField, request.fields)),
        request, context, std::move(done));
}

void MailchimpConnector::lookup(
    const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done)
{
    if (const auto problem = valuesProblem(side, request.keyField))
        return failLookup(context, std::move(done), *problem, apiVersion());
    runLookup(m_transport, std::make_shared<MailchimpLookup>(memberReader(side, request.keyField, request.fields)),
        request, context, std::move(done));
}

} // namespace plumbline
