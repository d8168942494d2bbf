#include "Vendor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plumbline {

QString vendorKey(Vendor vendor)
{
    switch (vendor) {
    case Vendor::HubSpot:
        return u"hubspot"_s;
    case Vendor::Salesforce:
        return u"salesforce"_s;
    case Vendor::Mailchimp:
        return u"mailchimp"_s;
    case Vendor::Shopify:
        return u"shopify"_s;
    case Vendor::Make:
        return u"make"_s;
    case Vendor::Zapier:
        return u"zapier"_s;
    case Vendor::Generic:
        return u"generic"_s;
    }
    return {};
}

std::optional<Vendor> vendorFromKey(const QString& key)
{
    for (Vendor v : allVendors()) {
        if (vendorKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString vendorDisplayName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::HubSpot:
        return QCoreApplication::translate("Vendor", "HubSpot");
    case Vendor::Salesforce:
        return QCoreApplication::translate("Vendor", "Salesforce");
    case Vendor::Mailchimp:
        return QCoreApplication::translate("Vendor", "Mailchimp");
    case Vendor::Shopify:
        return QCoreApplication::translate("Vendor", "Shopify");
    case Vendor::Make:
        return QCoreApplication::translate("Vendor", "Make");
    case Vendor::Zapier:
        return QCoreApplication::translate("Vendor", "Zapier");
    case Vendor::Generic:
        return QCoreApplication::translate("Vendor", "Generic REST API");
    }
    return {};
}

QList<Vendor> allVendors()
{
    return { Vendor::HubSpot, Vendor::Salesforce, Vendor::Mailchimp, Vendor::Shopify, Vendor::Make, Vendor::Zapier,
        Vendor::Generic };
}

} // namespace plumbline
