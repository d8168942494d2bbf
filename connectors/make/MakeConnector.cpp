#include "MakeConnector.h"

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

MakeConnector::MakeConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

void MakeConnector::testConnection(QObject* context, Done<TestResult> done)
{
    notYet(context, std::move(done));
}

void MakeConnector::count(const IntegrationSide&, QObject* context, Done<CountResult> done)
{
    notYet(context, std::move(done));
}

void MakeConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    notYet(context, std::move(done));
}

void MakeConnector::quota(QObject* context, Done<QuotaResult> done)
{
    notYet(context, std::move(done));
}

void MakeConnector::runLog(const QString&, const QDateTime&, QObject* context, Done<RunLogResult> done)
{
    notYet(context, std::move(done));
}

} // namespace plumbline
