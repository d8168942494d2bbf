#pragma once

#include "ConnectorResults.h"

#include <Connection.h>
#include <Integration.h>

#include <QObject>
#include <functional>
#include <memory>

namespace plumbline {

class RenewableCredential;
struct HttpRequest;
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
    // An access token from a token endpoint (the secret given to the constructor): a request refused with 401 renews
    // it once through `credential` and is sent once more (ARCHITECTURE.md §11).
    void setCredential(std::shared_ptr<RenewableCredential> credential) { m_credential = std::move(credential); }

    virtual void testConnection(QObject* context, Done<TestResult> done) = 0;
    // Number of records of `side.object`, narrowed by `side.filter` in the vendor's own terms.
    virtual void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) = 0;
    virtual void schema(const QString& object, QObject* context, Done<SchemaResult> done) = 0;
    virtual void quota(QObject* context, Done<QuotaResult> done) = 0;
    // Middleware only: runs of `ref` (scenario id, zap id) since `since`, and the middleware's state.
    virtual void runLog(const QString& ref, const QDateTime& since, QObject* context, Done<RunLogResult> done);

    // Value checks (ARCHITECTURE.md §12). Records of `side.object` (narrowed by its filter): about half changed
    // recently, the rest spread, with only the key and the requested fields, within `request.maxRequests`.
    virtual void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done);
    // The records of `side.object` whose `request.keyField` equals each key, within `request.maxRequests` (the
    // cheapest batch call the vendor has). Vendors without it answer an error of kind NotFound.
    virtual void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done);

    // Make and Zapier, as their descriptors declare.
    bool isMiddleware() const;

protected:
    // Every request a connector sends carries the credential, so the transport can renew it.
    void attachCredential(HttpRequest& request) const;

    Transport& m_transport;
    Connection m_connection;
    QString m_secret;
    QString m_baseUrl; // effective base URL without a trailing slash
    std::shared_ptr<RenewableCredential> m_credential;
};

} // namespace plumbline
