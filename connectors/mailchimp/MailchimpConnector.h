#pragma once

#include <Connector.h>

namespace plumbline {

struct HttpRequest;
struct MemberReader;

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
//
// Value checks: sample() reads `GET /lists/{id}/members` pages (status from the side's filter as count() reads it;
// `fields=` with only the key, the mapped merge fields and last_changed): total_items first, then the recent
// stratum (sort_field=last_changed, sort_dir=DESC, since_last_changed/before_last_changed), then spread pages at
// random offsets. lookup() pages the whole list with count=1000 when that costs fewer requests than one
// `GET /lists/{id}/members/{md5(lowercase email)}` per key (a 404 there: not in the audience), and picks the keys.
class MailchimpConnector final : public Connector
{
public:
    MailchimpConnector(Transport& transport, Connection connection, QString secret);

    void testConnection(QObject* context, Done<TestResult> done) override;
    void count(const IntegrationSide& side, QObject* context, Done<CountResult> done) override;
    void schema(const QString& object, QObject* context, Done<SchemaResult> done) override;
    void quota(QObject* context, Done<QuotaResult> done) override;
    void sample(
        const IntegrationSide& side, const SampleRequest& request, QObject* context, Done<SampleResult> done) override;
    void lookup(
        const IntegrationSide& side, const LookupRequest& request, QObject* context, Done<LookupResult> done) override;

private:
    QString apiVersion() const;
    QString audience(const QString& object) const;
    std::optional<ConnectorError> precondition() const;
    HttpRequest makeRequest(const QString& path, const QByteArray& query = {}) const;
    // Why a value check cannot start on this side (no data centre, no audience, an unusable filter), else nothing.
    std::optional<ConnectorError> valuesProblem(const IntegrationSide& side, const QString& keyField) const;
    MemberReader memberReader(const IntegrationSide& side, const QString& keyField, const QStringList& fields) const;
};

} // namespace plumbline
