#pragma once

#include <ConnectorResults.h>
#include <Integration.h>

#include <QHash>
#include <QObject>

namespace plumbline {

class SecretStore;
class Transport;
class WorkspaceRepository;

// What one side of an integration said when asked for its count.
struct SideReading
{
    QString connectionId;
    std::optional<qint64> count; // nullopt when it could not be read — never 0
    ConnectorError error;
    ResponseMeta meta;
};

struct IntegrationReading
{
    QString integrationId;
    SideReading source;
    SideReading destination;
    QDateTime at;

    // Destination minus source, when both counts are known.
    std::optional<qint64> gap() const;
    std::optional<double> gapPercent() const;
};

// Asks both sides of integrations for their record counts, now (the demo's live counts and "Refresh").
// Reads each connection's key from the secret store, creates the vendor's connector and keeps nothing else.
class CountProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountProbe)

public:
    CountProbe(WorkspaceRepository& repository, SecretStore& secrets, Transport& transport, QObject* parent = nullptr);
    ~CountProbe() override;

    void probe(const QString& integrationId);
    void probeAll();
    bool isBusy() const { return m_pending > 0; }
    std::optional<IntegrationReading> reading(const QString& integrationId) const;

Q_SIGNALS:
    void readingChanged(const QString& integrationId);
    void busyChanged(bool busy);

private:
    void countSide(const QString& integrationId, const IntegrationSide& side, bool isSource);
    void store(const QString& integrationId, bool isSource, SideReading reading);

    WorkspaceRepository& m_repository;
    SecretStore& m_secrets;
    Transport& m_transport;
    QHash<QString, IntegrationReading> m_readings;
    int m_pending = 0;
};

} // namespace plumbline
