#pragma once

#include "ConnectorResults.h"

#include <Connection.h>
#include <Integration.h>

#include <QObject>
#include <functional>

namespace plumbline {

class Transport;

// One vendor account spoken to over the shared transport. Operations are asynchronous and answer with value
// types; `done` runs on the event loop, only while `context` lives. A connector holds its secret in memory only.
class Connector
{
    Q_DISABLE_COPY_MOVE(Connector)

public:
    template <typename T> using Done = std::function<void(const T&)>;

    Connector(Transport& transport, Connection connection, QString secret);
    virtual ~Connector();

    const Connection& connection() const { return m_connection; }

    virtual void testConnection(QObject* context, Done<TestResult> done) = 0;
    // Number of records of `side.object`, narrowed by `side.filter` in the vendor's own terms.
    virtual void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) = 0;
    virtual void schema(const QString& object, QObject* context, Done<SchemaResult> done) = 0;
    virtual void quota(QObject* context, Done<QuotaResult> done) = 0;
    // Middleware only: runs of `ref` (scenario id, zap id) since `since`, and the middleware's state.
    virtual void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done);

    // Make and Zapier, as their descriptors declare.
    bool isMiddleware() const;

protected:
    Transport& m_transport;
    Connection m_connection;
    QString m_secret;
    QString m_baseUrl; // effective base URL without a trailing slash
};

} // namespace plumbline
