#include "ShopifyParser.h"

#include <VendorJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

ConnectorError parseError(const QString& message)
{
    return { ErrorKind::Parse, message, std::nullopt };
}

// A JSON object, or a description of why the body is not one.
std::optional<QJsonObject> object(const QByteArray& body, QString* problem)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *problem = ShopifyParser::tr("Shopify sent a body that is not JSON (%1 at byte %2).")
                       .arg(e.errorString())
                       .arg(e.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = ShopifyParser::tr("Shopify sent JSON that is not an object.");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QDateTime> isoDate(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!d.isValid())
        return std::nullopt;
    return d.toUTC();
}

SchemaField f(const char* name, const char* label, const char* type)
{
    return { QString::fromLatin1(name), QString::fromLatin1(label), QString::fromLatin1(type) };
}

} // namespace

CountResult ShopifyParser::parseCount(const QByteArray& body)
{
    CountResult r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue v = o->value(u"count");
    if (v.isUndefined()) {
        r.error = parseError(tr("Shopify's count answer has no \"count\"."));
        return r;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9007199254740992.0) {
        r.error = parseError(tr("Shopify's \"count\" is not a whole number of records."));
        return r;
    }
    r.count = static_cast<qint64>(d);
    return r;
}

TestResult ShopifyParser::parseShop(const QByteArray& body)
{
    TestResult r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue shop = o->value(u"shop");
    if (!shop.isObject()) {
        r.error = parseError(tr("Shopify's shop answer has no \"shop\" object."));
        return r;
    }
    const QJsonValue name = shop.toObject().value(u"name");
    const QJsonValue domain = shop.toObject().value(u"myshopify_domain");
    if ((!name.isUndefined() && !name.isNull() && !name.isString())
        || (!domain.isUndefined() && !domain.isNull() && !domain.isString())) {
        r.error = parseError(tr("Shopify's shop name is not text."));
        return r;
    }
    r.account = name.toString().isEmpty() ? domain.toString() : name.toString();
    return r;
}

std::optional<QuotaState> ShopifyParser::parseCallLimit(const HeaderList& headers)
{
    const auto v = HttpHeaders::value(headers, "X-Shopify-Shop-Api-Call-Limit");
    if (!v)
        return std::nullopt;
    static const QRegularExpression re(u"^\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*$"_s);
    const auto m = re.match(QString::fromLatin1(*v));
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 used = m.captured(1).toLongLong();
    const qint64 bucket = m.captured(2).toLongLong();
    if (bucket <= 0)
        return std::nullopt;
    QuotaState q;
    q.limit = bucket;
    q.remaining = std::max<qint64>(0, bucket - used);
    q.source = u"X-Shopify-Shop-Api-Call-Limit"_s;
    return q;
}

QString ShopifyParser::readVersionSignals(
    const HeaderList& headers, const QString& requestedVersion, DeprecationSignals& into)
{
    QString served;
    if (const auto v = HttpHeaders::value(headers, "X-Shopify-API-Version")) {
        served = QString::fromLatin1(v->trimmed());
        if (!served.isEmpty() && !requestedVersion.isEmpty() && served != requestedVersion) {
            into.fellForward = true;
            if (into.notice.isEmpty())
                into.notice = tr("Asked for API version %1, Shopify served %2.").arg(requestedVersion, served);
        }
    }
    if (const auto v = HttpHeaders::value(headers, "X-Shopify-API-Deprecated-Reason")) {
        const QString reason = QString::fromUtf8(v->trimmed());
        into.deprecated = true;
        into.notice = reason.isEmpty() ? tr("Shopify marked this call as deprecated.") : reason;
    }
    return served;
}

ShopifyParser::DeprecatedCalls ShopifyParser::parseDeprecatedApiCalls(const QByteArray& body)
{
    DeprecatedCalls r;
    QString problem;
    const auto o = object(body, &problem);
    if (!o) {
        r.error = parseError(problem);
        return r;
    }
    const QJsonValue list = o->value(u"deprecated_api_calls");
    if (!list.isArray()) {
        r.error = parseError(tr("Shopify's deprecated API calls answer has no \"deprecated_api_calls\" list."));
        return r;
    }
    QStringList notices;
    for (const QJsonValue& item : list.toArray()) {
        if (!item.isObject()) {
            r = {};
            r.error = parseError(tr("A deprecated API call entry is not an object."));
            return r;
        }
        const QJsonObject call = item.toObject();
        const QJsonValue deadline = call.value(u"migration_deadline");
        std::optional<QDateTime> when;
        if (!deadline.isNull() && !deadline.isUndefined()) {
            when = isoDate(deadline);
            if (!when) {
                r = {};
                r.error = parseError(tr("A deprecated API call has an unreadable \"migration_deadline\"."));
                return r;
            }
        }
        const QJsonValue description = call.value(u"description");
        const QJsonValue endpoint = call.value(u"endpoint");
        if ((!description.isUndefined() && !description.isNull() && !description.isString())
            || (!endpoint.isUndefined() && !endpoint.isNull() && !endpoint.isString())) {
            r = {};
            r.error = parseError(tr("A deprecated API call's description is not text."));
            return r;
        }
        ++r.calls;
        r.deprecation.deprecated = true;
        if (when && (!r.deprecation.sunset || *when < *r.deprecation.sunset))
            r.deprecation.sunset = when;
        QString text = description.toString();
        if (!endpoint.toString().isEmpty())
            text = text.isEmpty() ? endpoint.toString() : u"%1: %2"_s.arg(endpoint.toString(), text);
        if (!text.isEmpty())
            notices << text;
    }
    r.deprecation.notice = notices.join(u"; "_s);
    return r;
}

QString ShopifyParser::errorText(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QJsonValue errors = o.value(u"errors");
    if (errors.isString())
        return errors.toString();
    if (errors.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : errors.toArray())
            if (e.isString())
                parts << e.toString();
        return parts.join(u"; "_s);
    }
    if (errors.isObject()) {
        QStringList parts;
        const QJsonObject byField = errors.toObject();
        for (auto it = byField.begin(); it != byField.end(); ++it) {
            QStringList messages;
            if (it->isString())
                messages << it->toString();
            for (const QJsonValue& m : it->toArray())
                if (m.isString())
                    messages << m.toString();
            parts << u"%1: %2"_s.arg(it.key(), messages.join(u", "_s));
        }
        return parts.join(u"; "_s);
    }
    const QJsonValue error = o.value(u"error");
    const QJsonValue description = o.value(u"error_description");
    if (error.isString() && description.isString())
        return u"%1: %2"_s.arg(error.toString(), description.toString());
    if (error.isString())
        return error.toString();
    return description.toString();
}

ConnectorError ShopifyParser::refineError(int status, const ConnectorError& transportError, const QByteArray& body)
{
    ConnectorError e = transportError;
    if (status == 402) {
        e.kind = ErrorKind::Permission;
        e.message = tr("Shopify: the shop is frozen or its plan does not include this (HTTP 402)");
    } else if (status == 423) {
        e.kind = ErrorKind::Permission;
        e.message = tr("Shopify: the shop is locked (HTTP 423)");
    }
    const QString text = errorText(body).left(500);
    if (!text.isEmpty())
        e.message = tr("%1 — Shopify says: %2").arg(e.message, text);
    return e;
}

QStringList ShopifyParser::knownResources()
{
    return { u"customers"_s, u"orders"_s, u"products"_s };
}

std::optional<QList<SchemaField>> ShopifyParser::resourceFields(const QString& resource)
{
    // Field lists of the REST Admin resources (shopify.dev/docs/api/admin-rest: Customer, Order, Product).
    if (resource == u"customers") {
        return QList<SchemaField> {
            f("id", "ID", "integer"),
            f("email", "Email", "string"),
            f("first_name", "First name", "string"),
            f("last_name", "Last name", "string"),
            f("phone", "Phone", "string"),
            f("accepts_marketing", "Accepts email marketing (legacy)", "boolean"),
            f("email_marketing_consent", "Email marketing consent", "object"),
            f("sms_marketing_consent", "SMS marketing consent", "object"),
            f("orders_count", "Number of orders", "integer"),
            f("total_spent", "Total spent", "string"),
            f("state", "Account state", "string"),
            f("verified_email", "Email verified", "boolean"),
            f("tax_exempt", "Tax exempt", "boolean"),
            f("tags", "Tags", "string"),
            f("currency", "Currency", "string"),
            f("note", "Note", "string"),
            f("addresses", "Addresses", "array"),
            f("default_address", "Default address", "object"),
            f("last_order_id", "Last order ID", "integer"),
            f("created_at", "Created at", "datetime"),
            f("updated_at", "Updated at", "datetime"),
        };
    }
    if (resource == u"orders") {
        return QList<SchemaField> {
            f("id", "ID", "integer"),
            f("name", "Order name", "string"),
            f("order_number", "Order number", "integer"),
            f("email", "Email", "string"),
            f("phone", "Phone", "string"),
            f("customer", "Customer", "object"),
            f("financial_status", "Financial status", "string"),
            f("fulfillment_status", "Fulfillment status", "string"),
            f("currency", "Currency", "string"),
            f("total_price", "Total price", "string"),
            f("subtotal_price", "Subtotal price", "string"),
            f("total_tax", "Total tax", "string"),
            f("total_discounts", "Total discounts", "string"),
            f("line_items", "Line items", "array"),
            f("tags", "Tags", "string"),
            f("source_name", "Source", "string"),
            f("cancelled_at", "Cancelled at", "datetime"),
            f("closed_at", "Closed at", "datetime"),
            f("processed_at", "Processed at", "datetime"),
            f("created_at", "Created at", "datetime"),
            f("updated_at", "Updated at", "datetime"),
        };
    }
    if (resource == u"products") {
        return QList<SchemaField> {
            f("id", "ID", "integer"),
            f("title", "Title", "string"),
            f("handle", "Handle", "string"),
            f("body_html", "Description (HTML)", "string"),
            f("vendor", "Vendor", "string"),
            f("product_type", "Product type", "string"),
            f("status", "Status", "string"),
            f("tags", "Tags", "string"),
            f("variants", "Variants", "array"),
            f("options", "Options", "array"),
            f("images", "Images", "array"),
            f("published_at", "Published at", "datetime"),
            f("created_at", "Created at", "datetime"),
            f("updated_at", "Updated at", "datetime"),
        };
    }
    return std::nullopt;
}

namespace {

QString shopifyTime(const QDateTime& t)
{
    // An offset is part of Shopify's format; UTC's is written as %2B so the query keeps its '+'.
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"%2B00:00"_s;
}

QString head(const QString& field)
{
    return field.section(u'.', 0, 0);
}

} // namespace

QString ShopifyParser::customerFields(const QString& keyField, const QStringList& fields)
{
    QStringList names { u"id"_s, head(keyField) };
    for (const QString& f : fields)
        names << head(f);
    names << u"updated_at"_s;
    names.removeDuplicates();
    return names.join(u',');
}

QUrlQuery ShopifyParser::customersQuery(const CustomersPage& page)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(qBound(1, page.limit, 250)));
    q.addQueryItem(u"fields"_s, customerFields(page.keyField, page.fields));
    if (page.since.isValid()) {
        q.addQueryItem(u"updated_at_min"_s, shopifyTime(page.since));
        q.addQueryItem(u"updated_at_max"_s, shopifyTime(page.before.addSecs(-1)));
    }
    if (page.sinceId > 0)
        q.addQueryItem(u"since_id"_s, QString::number(page.sinceId));
    return q;
}

QUrlQuery ShopifyParser::searchQuery(const QString& keyField, const QStringList& fields, const QStringList& keys)
{
    QStringList terms;
    for (const QString& k : keys)
        terms << head(keyField) + u':' + k;
    QUrlQuery q;
    // QUrlQuery keeps '%' sequences and a literal '+' (which servers read as a space): encode both first.
    QString query = terms.join(u" OR "_s);
    query.replace(u'%', u"%25"_s).replace(u'+', u"%2B"_s);
    q.addQueryItem(u"query"_s, query);
    q.addQueryItem(u"fields"_s, customerFields(keyField, fields));
    q.addQueryItem(u"limit"_s, u"250"_s);
    return q;
}

ShopifyParser::Customers ShopifyParser::parseCustomers(
    const QByteArray& body, const QString& keyField, const QStringList& fields)
{
    Customers out;
    QJsonParseError pe;
    const auto doc = parseRecordsJson(body, pe);
    const QJsonValue list = doc && doc->isObject() ? doc->object().value(u"customers"_s) : QJsonValue();
    if (!list.isArray()) {
        out.page.error = { ErrorKind::Parse, tr("Shopify's answer has no \"customers\" list."), std::nullopt };
        return out;
    }
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject c = v.toObject();
        ValueRecord r;
        r.key = c.value(head(keyField)).toString();
        for (const QString& f : fields) {
            if (c.contains(head(f)))
                r.fields.insert(head(f), clippedFieldValue(c.value(head(f))));
        }
        r.changedAt = vendorTime(c.value(u"updated_at"_s));
        const qint64 id = qint64(c.value(u"id"_s).toDouble());
        if (id > 0) {
            out.minId = out.minId == 0 ? id : qMin(out.minId, id);
            out.maxId = qMax(out.maxId, id);
        }
        out.page.records << r;
    }
    return out;
}

} // namespace plumbline
