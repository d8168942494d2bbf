#include "ResponseSignals.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

ResponseMeta ResponseSignals::read(const HttpResponse& response, const QString& requestedApiVersion)
{
    ResponseMeta meta;
    meta.httpStatus = response.status;
    meta.latencyMs = response.latencyMs;
    meta.requestedApiVersion = requestedApiVersion;
    meta.servedApiVersion = requestedApiVersion;
    readDeprecation(response.headers, meta.deprecation);
    readGenericRateLimit(response.headers, meta.quota);
    if (response.status == 410)
        meta.deprecation.retired = true;
    return meta;
}

void ResponseSignals::readDeprecation(const HeaderList& headers, DeprecationSignals& into)
{
    if (const auto v = HttpHeaders::value(headers, "Deprecation")) {
        const QByteArray value = v->trimmed();
        into.deprecated = true;
        if (value.startsWith('@')) {
            bool ok = false;
            const qint64 seconds = value.mid(1).toLongLong(&ok);
            if (ok)
                into.deprecatedAt = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        } else if (const auto date = HttpHeaders::parseHttpDate(value)) {
            into.deprecatedAt = *date;
        } else if (value.compare("false", Qt::CaseInsensitive) == 0) {
            into.deprecated = false;
        }
    }
    if (const auto v = HttpHeaders::value(headers, "Sunset")) {
        if (const auto date = HttpHeaders::parseHttpDate(*v))
            into.sunset = *date;
    }
    // Salesforce: Warning: 299 - "This API is deprecated and will be removed by Summer '27..."
    for (const auto& [name, value] : headers) {
        if (name.compare("Warning", Qt::CaseInsensitive) != 0)
            continue;
        const QString text = QString::fromUtf8(value).trimmed();
        if (text.startsWith(u"299")) {
            into.deprecated = true;
            static const QRegularExpression quoted(u"\"([^\"]*)\""_s);
            const auto m = quoted.match(text);
            into.notice = m.hasMatch() ? m.captured(1) : text;
        }
    }
}

void ResponseSignals::readGenericRateLimit(const HeaderList& headers, QuotaState& into)
{
    const auto number = [&](const char* name) -> std::optional<qint64> {
        const auto v = HttpHeaders::value(headers, name);
        bool ok = false;
        const qint64 n = v ? v->trimmed().toLongLong(&ok) : 0;
        return ok ? std::optional<qint64>(n) : std::nullopt;
    };
    if (const auto remaining = number("X-RateLimit-Remaining")) {
        into.remaining = remaining;
        into.limit = number("X-RateLimit-Limit");
        into.source = u"X-RateLimit-*"_s;
    }
    if (const auto remaining = number("RateLimit-Remaining")) {
        into.remaining = remaining;
        into.limit = number("RateLimit-Limit");
        into.source = u"RateLimit-*"_s;
    }
    // draft-ietf-httpapi-ratelimit-headers: RateLimit: "default";r=50;t=30 and RateLimit-Policy: "default";q=100;w=60
    static const QRegularExpression param(u";\\s*([a-z]+)=(\\d+)"_s);
    const auto params = [&](const char* name) {
        QHash<QString, qint64> out;
        if (const auto v = HttpHeaders::value(headers, name)) {
            auto it = param.globalMatch(QString::fromLatin1(*v));
            while (it.hasNext()) {
                const auto m = it.next();
                out.insert(m.captured(1), m.captured(2).toLongLong());
            }
        }
        return out;
    };
    const auto rl = params("RateLimit");
    if (rl.contains(u"r"_s)) {
        into.remaining = rl.value(u"r"_s);
        into.source = u"RateLimit"_s;
        const auto policy = params("RateLimit-Policy");
        if (policy.contains(u"q"_s))
            into.limit = policy.value(u"q"_s);
        if (policy.contains(u"w"_s))
            into.windowS = int(policy.value(u"w"_s));
    }
}

} // namespace plumbline
