#include "MailchimpConnector.h"

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

MailchimpConnector::MailchimpConnector(Transport& transport, Connection connection, QString secret)
    : Connector(transport, std::move(connection), std::move(secret))
{
}

void MailchimpConnector::testConnection(QObject* context, Done<TestResult> done)
{
    notYet(context, std::move(done));
}

void MailchimpConnector::count(const IntegrationSide&, QObject* context, Done<CountResult> done)
{
    notYet(context, std::move(done));
}

void MailchimpConnector::schema(const QString&, QObject* context, Done<SchemaResult> done)
{
    notYet(context, std::move(done));
}

void MailchimpConnector::quota(QObject* context, Done<QuotaResult> done)
{
    notYet(context, std::move(done));
}

} // namespace plumbline
