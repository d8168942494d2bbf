#pragma once

#include <Connector.h>

namespace plumbline {

struct HttpRequest;

// Mailchimp Marketing API 3.0 (connectors/README.md, vendor-apis.md §3). HTTP Basic `user:<api key>`; base URL
// `https://<dc>.api.mailchimp.com/3.0` with <dc> from the key's suffix (or options.data_centre), unless base_url
// is set (VendorCatalog::effectiveBaseUrl).
//
// count(side): `GET /lists/{object}` (object = audience id; empty → options.audience_id) → `stats.…`:
//   filter null / "" / "subscribed" → member_count, "unsubscribed" → unsubscribe_count, "cleaned" →
//   cleaned_count (also as `{"status":"…"}`); anything else is refused locally (Parse). Mailchimp caches stats
//   for at least five minutes.
// schema(object): `GET /lists/{object}/merge-fields?count=1000` → EMAIL + merge tags.
// quota(): Mailchimp documents no quota headers or endpoint (its limit is 10 concurrent connections), so no
// request is made and the quota is reported unknown, without error.
class MailchimpConnector final : public Connector
{
public:
    MailchimpConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;

private:
    QString apiVersion() const;
    QString audience(const QString& object) const;
    std::optional<ConnectorError> precondition() const;
    HttpRequest makeRequest(const QString& path, const QByteArray& query = {}) const;
};

} // namespace plumbline
