#include "TokenSource.h"

#include <algorithm>

namespace plumbline {

TokenSource::TokenSource(Fetch fetch, std::function<QDateTime()> clock, qint64 assumedLifetimeS)
    : m_fetch(std::move(fetch))
    , m_clock(std::move(clock))
    , m_assumedLifetimeS(std::max<qint64>(60, assumedLifetimeS))
{
}

std::optional<QDateTime> TokenSource::expiresAt() const
{
    if (!m_held || !m_renewedAt)
        return std::nullopt;
    const std::optional<qint64> known = m_held->grant->expiresInS;
    return m_renewedAt->addSecs(known ? *known : m_assumedLifetimeS);
}

bool TokenSource::fresh(const QDateTime& now) const
{
    return m_held && m_renewAt && now < *m_renewAt;
}

void TokenSource::token(Ready ready)
{
    if (m_waiting.isEmpty() && fresh(m_clock())) {
        ready(*m_held);
        return;
    }
    renew(std::move(ready));
}

void TokenSource::renewAfterRefusal(const QString& refusedToken, Ready ready)
{
    if (m_waiting.isEmpty() && m_held && m_held->grant->accessToken != refusedToken && fresh(m_clock())) {
        ready(*m_held); // renewed since that request went out
        return;
    }
    if (m_held && m_held->grant->accessToken == refusedToken)
        m_renewAt.reset(); // refused: no longer fresh, whatever its expiry said
    renew(std::move(ready));
}

void TokenSource::renew(Ready ready)
{
    m_waiting.append(std::move(ready));
    if (m_waiting.size() > 1)
        return; // one renewal at a time: this caller gets the same answer
    m_fetch([this](const TokenResponse& response) { finish(response); });
}

void TokenSource::finish(const TokenResponse& response)
{
    if (response.outcome == TokenResponse::Outcome::Granted && response.grant) {
        const QDateTime now = m_clock();
        m_held = response;
        m_renewedAt = now;
        const std::optional<qint64> known = response.grant->expiresInS;
        const qint64 lifetime = known ? *known : m_assumedLifetimeS;
        // Known expiry: renew a tenth of the lifetime (at least a minute) ahead; assumed: at half of it.
        const qint64 lead = known ? std::max<qint64>(60, lifetime / 10) : lifetime / 2;
        m_renewAt = now.addSecs(std::max<qint64>(0, lifetime - lead));
    }
    const QList<Ready> waiting = std::exchange(m_waiting, {});
    for (const Ready& ready : waiting)
        ready(response);
}

} // namespace plumbline
