#pragma once

#include <ConnectorResults.h>
#include <HttpHeaders.h>
#include <ValuePage.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace plumbline {

// Pure readers of Shopify Admin REST answers (vendor-apis.md §4). Every function takes bytes (and headers) and
// never throws; a body not in the documented shape gives ErrorKind::Parse, never a made-up value.
class ShopifyParser final
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyParser)

public:
    // GET /admin/api/{v}/{resource}/count.json -> {"count": N}. `count` is set only when read.
    static CountResult parseCount(const QByteArray& body);

    // GET /admin/api/{v}/shop.json -> {"shop": {"name", "myshopify_domain", ...}}; `account` is the shop name
    // (or its myshopify domain when unnamed).
    static TestResult parseShop(const QByteArray& body);

    // X-Shopify-Shop-Api-Call-Limit: used/bucket -> remaining = bucket - used, limit = bucket.
    static std::optional<QuotaState> parseCallLimit(const HeaderList& headers);

    // X-Shopify-API-Version (served) vs the requested version -> fellForward; X-Shopify-API-Deprecated-Reason ->
    // deprecated + notice. Returns the served version ("" when not said).
    static QString readVersionSignals(
        const HeaderList& headers, const QString& requestedVersion, DeprecationSignals& into);

    // GET /admin/api/{v}/deprecated_api_calls.json -> deprecated + notice per call, the earliest
    // migration_deadline as sunset. An empty list leaves `into` untouched.
    struct DeprecatedCalls
    {
        DeprecationSignals deprecation;
        int calls = 0;
        ConnectorError error;
    };
    static DeprecatedCalls parseDeprecatedApiCalls(const QByteArray& body);

    // The vendor's words from an error body: {"errors": "..."}, {"errors": {"field": ["msg", ...]}} or
    // {"error": "...", "error_description": "..."}. Empty when the body says nothing readable.
    static QString errorText(const QByteArray& body);

    // Refines the transport's classification with the body (and Shopify's 402/423 for frozen/locked shops).
    static ConnectorError refineError(int status, const ConnectorError& transportError, const QByteArray& body);

    // Documented fields of a REST resource (no schema endpoint exists); nullopt for resources we do not know.
    static std::optional<QList<SchemaField>> resourceFields(const QString& resource);
    static QStringList knownResources();

    // Value checks (ARCHITECTURE.md §12). `fields=` for a customer: the key, the mapped fields (a dotted
    // "default_address.city" asks for default_address), id and updated_at.
    static QString customerFields(const QString& keyField, const QStringList& fields);
    // `GET …/customers.json`: limit (at most 250), fields, updated_at_min/updated_at_max (a half-open window ends a
    // second early: Shopify's bounds are inclusive, in seconds), since_id.
    struct CustomersPage
    {
        QString keyField;
        QStringList fields;
        int limit = 50;
        QDateTime since; // invalid: no window
        QDateTime before;
        qint64 sinceId = 0;
    };
    static QUrlQuery customersQuery(const CustomersPage& page);
    // `GET …/customers/search.json?query=email:a@x.com OR email:b@y.com&fields=…&limit=250`.
    static QUrlQuery searchQuery(const QString& keyField, const QStringList& fields, const QStringList& keys);
    // `{"customers":[…]}` → records (key = the key field, fields as named with default_address an object,
    // changedAt = updated_at) and the largest and smallest id read.
    struct Customers
    {
        ValuePage page;
        qint64 minId = 0;
        qint64 maxId = 0;
    };
    static Customers parseCustomers(const QByteArray& body, const QString& keyField, const QStringList& fields);
};

} // namespace plumbline
