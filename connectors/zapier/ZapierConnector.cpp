#include "ZapierConnector.h"

#include <Transport.h>

#include <QTimer>

namespace plumbline {

namespace {
template <typename R>
void notYet(QObject* context, Connector::Done<R> done)
{
    R r;
    r.error = { ErrorKind::NotFound, QStringLiteral("not implemented yet"), std::nullopt };
    QTimer::singleShot(0, context, [done, r] { done(r); });
}
} // namespace

ZapierConnector::ZapierConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

void ZapierConnector::testConnection(QObject* context, Done<TestResult> done)
{
    notYet(context, std::move(done));
}

void ZapierConnector::count(const IntegrationSide&, QObject* context, Done<CountResult> done)
{
    notYet(context, std::move(done));
}

void ZapierConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    notYet(context, std::move(done));
}

void ZapierConnector::quota(QObject* context, Done<QuotaResult> done)
{
    notYet(context, std::move(done));
}

void ZapierConnector::runLog(const QString&, const QDateTime&, QObject* context, Done<RunLogResult> done)
{
    notYet(context, std::move(done));
}

} // namespace plumbline
