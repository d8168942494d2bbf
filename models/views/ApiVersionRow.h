#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace plumbline {

// One line of the API versions calendar: a connection's API version and one known deadline for it (or none).
// Assembled by the app layer (app/calendar) from the vendor catalog and the stored connection facts.
struct ApiVersionRow
{
    enum class Kind
    {
        None, // no deadline known for this version
        Sunset, // the version stops answering on `deadline`
        Deprecated, // the vendor marked it deprecated (since `deadline`, when given)
        Retired, // already gone: 410, no longer offered
        FellForward, // the vendor served another version than the one asked for
    };
    enum class Urgency
    {
        Retired, // past its sunset or no longer served
        Critical, // under 14 days left, or fell forward
        Soon, // under 90 days left, or deprecated without a date
        Ok, // a deadline further away, or checked and nothing announced
        Unknown, // never checked and nothing in the catalog
    };
    enum class Source
    {
        Vendor, // what the vendor's own responses said (Deprecation, Sunset, Warning 299, version lists, 410)
        Catalog, // Plumbline's table of announced end-of-life dates
        None,
    };

    QString connectionId;
    QString connectionName;
    QString vendorName; // translated display name
    QString requestedVersion; // the version the connection asks for
    QString servedVersion; // as served at the latest check; empty when not known
    Kind kind = Kind::None;
    QDateTime deadline; // invalid: no date
    Source source = Source::None;
    QString notice; // the vendor's or the catalog's words
    Urgency urgency = Urgency::Unknown;
    std::optional<qint64> daysLeft; // from now to the deadline; negative when past
    QDateTime checkedAt; // the facts' time; invalid when never checked

    QString key() const
    {
        return connectionId + u'\n' + QString::number(int(kind)) + u'\n' + QString::number(int(source));
    }
    bool operator==(const ApiVersionRow&) const = default;
};

} // namespace plumbline
