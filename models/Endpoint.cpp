#include "Endpoint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plumbline {

bool Endpoint::isLoopbackHost(const QString& host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h == u"::1" || h == u"0:0:0:0:0:0:0:1")
        return true;
    static const QRegularExpression v4(u"^127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\z"_s);
    const QRegularExpressionMatch m = v4.match(h);
    if (!m.hasMatch())
        return false;
    for (int k = 1; k <= 3; ++k) {
        if (m.captured(k).toInt() > 255)
            return false;
    }
    return true;
}

bool Endpoint::isAllowed(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopbackHost(url.host());
}

QString Endpoint::problem(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("not a full address starting with https://");
    if (!isAllowed(url))
        return tr("plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer "
                  "(localhost, 127.0.0.1, ::1); use https://%1 instead")
            .arg(url.host());
    return {};
}

} // namespace plumbline
