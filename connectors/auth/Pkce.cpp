#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace plumbline {

QString Pkce::codeVerifier(const std::function<quint32()>& random)
{
    static constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr quint32 kChoices = sizeof(kUnreserved) - 1; // 66
    // Rejection sampling keeps every character equally likely.
    constexpr quint32 kLimit = (0xFFFFFFFFu / kChoices) * kChoices;
    const auto draw = [&random]() -> quint32 { return random ? random() : QRandomGenerator::system()->generate(); };
    QString out;
    out.reserve(64);
    while (out.size() < 64) {
        const quint32 v = draw();
        if (v >= kLimit)
            continue;
        out += QLatin1Char(kUnreserved[v % kChoices]);
    }
    return out;
}

QString Pkce::challengeS256(const QString& verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace plumbline
