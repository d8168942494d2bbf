#include "Redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plumbline {

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() >= 4)
        m_secrets.insert(secret);
}

bool Redactor::isSensitiveHeader(const QByteArray& name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "set-cookie"
        || n == "x-shopify-access-token" || n.contains("api-key") || n.contains("apikey") || n.contains("token")
        || n.contains("secret");
}

bool Redactor::isSensitiveQueryKey(const QString& key)
{
    static const QRegularExpression re(u"(key|token|secret|password|passwd|signature|sig|auth|session|code)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

QString Redactor::redactUrl(const QUrl& url) const
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    QUrlQuery query(copy);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto& [key, value] : items) {
        if (isSensitiveQueryKey(key))
            value = kMask;
    }
    query.setQueryItems(items);
    copy.setQuery(query);
    return redact(copy.toString(QUrl::FullyEncoded));
}

QString Redactor::redact(const QString& text) const
{
    QString out = text;
    for (const QString& secret : m_secrets)
        out.replace(secret, kMask);
    // Header lines and "Bearer xyz"/"Basic xyz" wherever they appear.
    // A header line's whole value ("Authorization: Bearer x"); `name=value` pairs only up to the next separator,
    // so the rest of a URL or sentence stays readable.
    static const QRegularExpression header(
        u"((?:authorization|proxy-authorization|cookie|set-cookie|x-shopify-access-token|x-[a-z-]*api-?key|"
        "[a-z-]*token)\\s*:\\s*)[^\\r\\n,;]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, u"\\1"_s + kMask);
    static const QRegularExpression pair(
        u"\\b((?:[a-z_]*token|[a-z_]*api_?key|secret|password|hapikey)\\s*=\\s*)[^&\\s,;#\"']+"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(pair, u"\\1"_s + kMask);
    static const QRegularExpression scheme(u"\\b(Bearer|Basic|Token)\\s+[A-Za-z0-9._~+/=-]{6,}"_s);
    out.replace(scheme, u"\\1 "_s + kMask);
    static const QRegularExpression query(
        u"([?&](?:[a-z_]*key|[a-z_]*token|secret|password|hapikey|access_token|signature)=)[^&\\s#]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(query, u"\\1"_s + kMask);
    return out;
}

} // namespace plumbline
