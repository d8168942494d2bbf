#include "MailchimpSandbox.h"

#include <sandbox/SandboxFields.h>
#include <sandbox/SandboxSchemas.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

MailchimpSandbox::MailchimpSandbox(SandboxContext& context, QString connectionId, QString audienceId)
    : VendorSandbox(context, std::move(connectionId))
    , m_audienceId(std::move(audienceId))
{
}

SandboxReply MailchimpSandbox::problem(int status, const QString& title, const QString& detail)
{
    SandboxReply r = SandboxReply::json(status,
        QJsonDocument(QJsonObject { { u"type"_s, u"https://mailchimp.com/developer/marketing/docs/errors/"_s },
            { u"title"_s, title }, { u"status"_s, status }, { u"detail"_s, detail }, { u"instance"_s, uuid() } }),
        QByteArrayLiteral("application/problem+json; charset=utf-8"));
    r.setHeader(QByteArrayLiteral("Link"),
        QByteArrayLiteral(
            "<https://us6.api.mailchimp.com/schema/3.0/ProblemDetailDocument.json>; rel=\"describedBy\""));
    return r;
}

bool MailchimpSandbox::authorized(const SandboxRequest& request) const
{
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        return colon >= 0 && decoded.mid(colon + 1) == secret().toUtf8();
    }
    // OAuth access tokens are sent as Bearer.
    return auth == "Bearer " + secret().toUtf8();
}

SandboxReply MailchimpSandbox::unauthorized(const SandboxRequest&) const
{
    return problem(401, u"API Key Invalid"_s,
        u"Your API key may be invalid, or you've attempted to access the wrong datacenter."_s);
}

SandboxReply MailchimpSandbox::forbidden(const SandboxRequest&) const
{
    return problem(403, u"Forbidden"_s, u"The API key provided does not have access to this resource."_s);
}

SandboxReply MailchimpSandbox::tooManyRequests(const SandboxRequest&) const
{
    return problem(429, u"Too Many Requests"_s, u"You have exceeded the limit of 10 simultaneous connections."_s);
}

SandboxReply MailchimpSandbox::serverError(int status) const
{
    if (status == 503)
        return problem(503, u"Service Unavailable"_s, u"The service is temporarily unavailable."_s);
    return problem(500, u"Internal Server Error"_s,
        u"An unexpected internal error has occurred. Please contact Support for more information."_s);
}

std::optional<SandboxReply> MailchimpSandbox::retired(const SandboxRequest&) const
{
    SandboxReply r = problem(410, u"Gone"_s, u"This version of the API has been retired."_s);
    r.setHeader(QByteArrayLiteral("Sunset"), httpDate(now().addDays(-1)));
    return r;
}

SandboxReply MailchimpSandbox::route(const SandboxRequest& request)
{
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (request.method != "GET")
        return problem(405, u"Method Not Allowed"_s, u"The requested method and resource are not compatible."_s);
    if (path == u"/ping")
        return SandboxReply::json(200, QJsonObject { { u"health_status"_s, u"Everything's Chimpy!"_s } });
    const QString listPath = u"/lists/"_s + m_audienceId;
    if (path == listPath)
        return list();
    if (path == listPath + u"/merge-fields"_s)
        return mergeFields(request);
    if (path == listPath + u"/members"_s)
        return members(request);
    if (path.startsWith(listPath + u"/members/"_s))
        return member(path.mid(listPath.size() + 9), request);
    return problem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
}

SandboxReply MailchimpSandbox::list()
{
    const QDateTime t = now();
    // Members arrive from HubSpot through the Make scenario: a destination, trailing its source.
    const qint64 members = servedCount([this](const QDateTime& at) { return dataset().subscribed(at); }, true);
    const QJsonObject stats {
        { u"member_count"_s, members },
        { u"total_contacts"_s, members + dataset().optedOut(t) },
        { u"unsubscribe_count"_s, dataset().optedOut(t) },
        { u"cleaned_count"_s, dataset().cleaned(t) },
        { u"member_count_since_send"_s, 41 },
        { u"unsubscribe_count_since_send"_s, 2 },
        { u"cleaned_count_since_send"_s, 1 },
        { u"campaign_count"_s, 57 },
        { u"campaign_last_sent"_s, QString(isoMs(t.addDays(-3)).left(19) + u"+00:00"_s) },
        { u"merge_field_count"_s, 5 },
        { u"avg_sub_rate"_s, 212 },
        { u"avg_unsub_rate"_s, 3 },
        { u"target_sub_rate"_s, 9 },
        { u"open_rate"_s, 38.52 },
        { u"click_rate"_s, 4.1 },
        { u"last_sub_date"_s, QString(isoMs(t.addSecs(-SandboxDataset::kSyncLagS)).left(19) + u"+00:00"_s) },
        { u"last_unsub_date"_s, QString(isoMs(t.addDays(-1)).left(19) + u"+00:00"_s) },
    };
    return SandboxReply::json(200,
        QJsonObject { { u"id"_s, m_audienceId }, { u"web_id"_s, 482113 }, { u"name"_s, u"Newsletter (sandbox)"_s },
            { u"contact"_s,
                QJsonObject { { u"company"_s, u"Plumbline Sandbox Ltd"_s }, { u"address1"_s, u"1 Loopback Way"_s },
                    { u"city"_s, u"Localhost"_s }, { u"country"_s, u"US"_s } } },
            { u"permission_reminder"_s, u"You signed up on our website."_s },
            { u"date_created"_s, u"2023-02-14T09:30:00+00:00"_s }, { u"list_rating"_s, 4 },
            { u"double_optin"_s, false }, { u"stats"_s, stats } });
}

SandboxReply MailchimpSandbox::mergeFields(const SandboxRequest& request) const
{
    const QJsonArray all
        = SandboxSchemas::mailchimpMergeFields(m_audienceId, state().scenario == Scenario::MappingDrift);
    // The vendor's default page size is 10; honour count and offset so a client that forgets count sees it.
    const int count = qBound(1,
        request.query.queryItemValue(u"count"_s).isEmpty() ? 10 : request.query.queryItemValue(u"count"_s).toInt(),
        1000);
    const int offset = qMax(0, request.query.queryItemValue(u"offset"_s).toInt());
    QJsonArray page;
    for (int i = offset; i < all.size() && i < offset + count; ++i)
        page << all.at(i);
    return SandboxReply::json(200,
        QJsonObject { { u"merge_fields"_s, page }, { u"list_id"_s, m_audienceId }, { u"total_items"_s, all.size() } });
}

namespace {
QString mailchimpTime(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
}

QString hashOf(const QString& email)
{
    return QString::fromLatin1(QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex());
}
} // namespace

QList<qint64> MailchimpSandbox::present() const
{
    // Members arrive through the Make scenario: each person SandboxDataset::kSyncLagS after their creation (by
    // creation time, so the base population, created long ago, is complete; the count is served by servedCount()).
    const QDateTime arrived = now().addSecs(-SandboxDataset::kSyncLagS);
    const qint64 people = dataset().people(now());
    QList<qint64> out;
    out.reserve(people);
    for (qint64 i = 0; i < people; ++i) {
        if (SandboxDataset::atDestination(i, valueDrift()) && dataset().person(i).createdAt <= arrived)
            out << i;
    }
    return out;
}

QJsonObject MailchimpSandbox::memberJson(qint64 index) const
{
    const SandboxPerson p = dataset().view(index, PersonView::Mailchimp, driftFrom());
    const QString firstTag = state().scenario == Scenario::MappingDrift ? u"FIRSTNAME"_s : u"FNAME"_s;
    const QJsonObject merge { { firstTag, p.firstName }, { u"LNAME"_s, p.lastName }, { u"PHONE"_s, p.phone },
        { u"COMPANY"_s, p.company },
        { u"ADDRESS"_s,
            QJsonObject { { u"addr1"_s, u"%1 Harbour Street"_s.arg(1 + index % 200) }, { u"addr2"_s, QString() },
                { u"city"_s, u"Portland"_s }, { u"state"_s, u"OR"_s }, { u"zip"_s, u"97201"_s },
                { u"country"_s, u"US"_s } } } };
    return QJsonObject { { u"id"_s, hashOf(p.email) }, { u"email_address"_s, p.email },
        { u"unique_email_id"_s, hashOf(p.email).left(10) },
        { u"status"_s, p.emailOptOut ? u"unsubscribed"_s : u"subscribed"_s }, { u"merge_fields"_s, merge },
        { u"timestamp_signup"_s, mailchimpTime(p.createdAt) }, { u"last_changed"_s, mailchimpTime(p.updatedAt) },
        { u"list_id"_s, m_audienceId } };
}

SandboxReply MailchimpSandbox::members(const SandboxRequest& request) const
{
    const auto item
        = [&request](const QString& name) { return request.query.queryItemValue(name, QUrl::FullyDecoded); };
    const int count = item(u"count"_s).isEmpty() ? 10 : item(u"count"_s).toInt();
    if (count < 1 || count > 1000)
        return problem(400, u"Invalid Resource"_s, u"The count must be between 1 and 1000."_s);
    const qint64 offset = qMax(0, item(u"offset"_s).toInt());
    const QString status = item(u"status"_s);
    const QDateTime since = QDateTime::fromString(item(u"since_last_changed"_s), Qt::ISODate);
    const QDateTime before = QDateTime::fromString(item(u"before_last_changed"_s), Qt::ISODate);
    QList<QPair<QDateTime, qint64>> selected;
    for (qint64 i : present()) {
        const SandboxPerson p = dataset().person(i);
        if (!status.isEmpty() && status != (p.emailOptOut ? u"unsubscribed" : u"subscribed"))
            continue;
        if ((since.isValid() && p.updatedAt < since) || (before.isValid() && p.updatedAt >= before))
            continue;
        selected.append({ p.updatedAt, i });
    }
    if (item(u"sort_field"_s) == u"last_changed") {
        std::stable_sort(
            selected.begin(), selected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        if (item(u"sort_dir"_s).compare(u"DESC"_s, Qt::CaseInsensitive) == 0)
            std::reverse(selected.begin(), selected.end());
    }
    QJsonArray page;
    for (qint64 k = offset; k < qMin<qint64>(selected.size(), offset + count); ++k)
        page << memberJson(selected.at(k).second);
    const QJsonObject out { { u"members"_s, page }, { u"list_id"_s, m_audienceId },
        { u"total_items"_s, qint64(selected.size()) } };
    return SandboxReply::json(200, SandboxFields::keep(out, SandboxFields::fromQuery(item(u"fields"_s))));
}

SandboxReply MailchimpSandbox::member(const QString& hash, const SandboxRequest& request) const
{
    // The API takes the subscriber hash, the e-mail address or the contact id.
    const QString wanted = hash.contains(u'@') ? hashOf(hash) : hash.toLower();
    for (qint64 i : present()) {
        if (hashOf(dataset().person(i).email) != wanted)
            continue;
        const QStringList fields
            = SandboxFields::fromQuery(request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded));
        return SandboxReply::json(200, SandboxFields::keep(memberJson(i), fields));
    }
    return problem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
}

std::optional<SandboxReply> MailchimpSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted audience: everything under /lists/{id} is 404 "Resource Not Found".
    if (!request.path.startsWith(u"/lists/"_s + m_audienceId))
        return std::nullopt;
    return problem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
}

} // namespace plumbline
