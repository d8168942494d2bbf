#include "CountProbe.h"

#include "WorkspaceService.h"

#include <ConnectorRegistry.h>
#include <SecretStore.h>
#include <Transport.h>
#include <WorkspaceRepository.h>

namespace plumbline {

std::optional<qint64> IntegrationReading::gap() const
{
    if (!source.count || !destination.count)
        return std::nullopt;
    return *destination.count - *source.count;
}

std::optional<double> IntegrationReading::gapPercent() const
{
    const auto g = gap();
    if (!g || *source.count == 0)
        return std::nullopt;
    return 100.0 * double(*g) / double(*source.count);
}

CountProbe::CountProbe(WorkspaceRepository& repository, SecretStore& secrets, Transport& transport, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_transport(transport)
{
}

CountProbe::~CountProbe() = default;

std::optional<IntegrationReading> CountProbe::reading(const QString& integrationId) const
{
    const auto it = m_readings.constFind(integrationId);
    if (it == m_readings.constEnd())
        return std::nullopt;
    return *it;
}

void CountProbe::probeAll()
{
    for (const Integration& i : m_repository.integrations())
        probe(i.id);
}

void CountProbe::probe(const QString& integrationId)
{
    const std::optional<Integration> integration = m_repository.integration(integrationId);
    if (!integration)
        return;
    countSide(integrationId, integration->source, true);
    countSide(integrationId, integration->destination, false);
}

void CountProbe::countSide(const QString& integrationId, const IntegrationSide& side, bool isSource)
{
    const std::optional<Connection> connection = m_repository.connection(side.connection);
    if (!connection)
        return;
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    m_secrets.read(connection->id, WorkspaceService::secretNameFor(*connection), this,
        [this, integrationId, side, isSource, connection = *connection](const SecretResult& secret) {
            if (!secret.ok()) {
                SideReading r;
                r.connectionId = connection.id;
                r.error = { ErrorKind::Auth, secret.message, std::nullopt };
                store(integrationId, isSource, r);
                return;
            }
            // The connector lives until its answer arrives; it keeps the key in memory only.
            std::shared_ptr<Connector> connector = ConnectorRegistry::create(m_transport, connection, secret.value);
            connector->count(side, this, [this, integrationId, isSource, connector](const CountResult& result) {
                SideReading r;
                r.connectionId = connector->connection().id;
                r.count = result.count;
                r.error = result.error;
                r.meta = result.meta;
                store(integrationId, isSource, r);
            });
        });
}

void CountProbe::store(const QString& integrationId, bool isSource, SideReading reading)
{
    IntegrationReading& r = m_readings[integrationId];
    r.integrationId = integrationId;
    r.at = QDateTime::currentDateTimeUtc();
    (isSource ? r.source : r.destination) = std::move(reading);
    Q_EMIT readingChanged(integrationId);
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace plumbline
