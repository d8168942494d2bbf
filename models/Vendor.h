#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace plumbline {

// The vendors Plumbline speaks to. The keys are part of the workspace JSON contract.
enum class Vendor
{
    HubSpot,
    Salesforce,
    Mailchimp,
    Shopify,
    Make,
    Zapier,
    Generic,
};

QString vendorKey(Vendor vendor);
std::optional<Vendor> vendorFromKey(const QString& key);
QString vendorDisplayName(Vendor vendor);
QList<Vendor> allVendors();

} // namespace plumbline

Q_DECLARE_METATYPE(plumbline::Vendor)
