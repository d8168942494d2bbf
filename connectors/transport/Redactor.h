#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

namespace plumbline {

// Removes credentials from anything that may reach a log line or an error message: Authorization, cookies and
// API-key headers, key-like query parameters, and any secret value it has been told about.
class Redactor final
{
public:
    static constexpr QLatin1StringView kMask { "[redacted]" };

    void addSecret(const QString& secret);
    QString redact(const QString& text) const;
    QString redactUrl(const QUrl& url) const;

    static bool isSensitiveHeader(const QByteArray& name);
    static bool isSensitiveQueryKey(const QString& key);

private:
    QSet<QString> m_secrets;
};

} // namespace plumbline
