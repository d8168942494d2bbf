#include "VendorDescriptor.h"

namespace plumbline {

QString VendorDescriptor::derivedBaseUrl(const Connection&, const QString&) const
{
    return profile().defaultBaseUrl;
}

QList<FieldProblem> VendorDescriptor::vendorProblems(const Connection&, const std::optional<QString>&) const
{
    return {};
}

QStringList VendorDescriptor::objectSuggestions(const Connection&) const
{
    return {};
}

QList<VersionDeadline> VendorDescriptor::versionDeadlines(const QString&) const
{
    return {};
}

VendorDescriptor::OAuthDefaults VendorDescriptor::oauthDefaults(const QString&) const
{
    return {};
}

} // namespace plumbline
