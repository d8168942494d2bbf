#include "MailchimpSandbox.h"

#include <sandbox/SandboxSchemas.h>

#include <QJsonArray>

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

std::optional<SandboxReply> MailchimpSandbox::deleted(const SandboxRequest& request) const
{
    // A deleted audience: everything under /lists/{id} is 404 "Resource Not Found".
    if (!request.path.startsWith(u"/lists/"_s + m_audienceId))
        return std::nullopt;
    return problem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
}

} // namespace plumbline
