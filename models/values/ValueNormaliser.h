#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace plumbline {

// How a mapped field's two values are compared (value-reconciliation.md §4).
enum class FieldKind
{
    Text, // trimmed, whitespace collapsed, Unicode NFC; a difference in letter case alone is "case only"
    Email, // trimmed, NFC, case-folded; case-only differences counted apart
    Phone, // E.164 through libphonenumber, with the integration's default region
    Date, // a calendar date (HubSpot's midnight-UTC milliseconds, ISO dates, Mailchimp's MM/DD/YYYY)
    DateTime, // an instant in UTC, equal within a second (ISO 8601 with offsets, epoch milliseconds)
    Boolean, // true/yes/1/checked/on against false/no/0/off
    MultiSelect, // ';'-joined (HubSpot checkboxes, Salesforce multi-picklists) or a JSON array, compared as sets
    Number, // numerically (HubSpot sends numbers as strings)
    Address, // an object {addr1, addr2, city, state, zip, country} (Mailchimp ADDRESS) or one line, sub-field-wise
};

QString fieldKindKey(FieldKind kind); // "text", "email", ...
std::optional<FieldKind> fieldKindFromKey(const QString& key);
// The kind for a field from its names and the schema type the vendor reports (HubSpot "phonenumber", Salesforce
// "phone"/"date"/"datetime"/"boolean"/"multipicklist", Mailchimp "phone"/"date"/"birthday"/"address"/"number"),
// the explicit mapping type winning when given.
FieldKind inferFieldKind(const QString& sourceName, const QString& sourceType, const QString& destinationName,
    const QString& destinationType);

struct NormalisedValue
{
    bool empty = true; // null, "", whitespace only, an empty set or an address with nothing in it
    bool parsed = true; // false: not readable as its kind (compared as text instead)
    QString value; // the canonical form compared for equality
    QString folded; // value case-folded (case-only differences)
};

struct NormaliseOptions
{
    QString region = QStringLiteral("US"); // phones without a country code
};

NormalisedValue normaliseValue(FieldKind kind, const QJsonValue& raw, const NormaliseOptions& options = {});

enum class FieldOutcome
{
    Equal, // equal after normalisation
    BothEmpty,
    EmptyOnDestination, // a value on the source, nothing at the destination
    EmptyOnSource,
    Truncated, // the destination holds a strict prefix of the source's value
    CaseOnly, // equal but for letter case (text and e-mail)
    Differs,
};

QString fieldOutcomeKey(FieldOutcome outcome); // "equal", "both_empty", "empty_on_destination", ...
// A field whose outcome is a failure for value_drift (empty on the destination, truncated, differs).
bool isFailure(FieldOutcome outcome);

FieldOutcome compareValues(
    FieldKind kind, const QJsonValue& source, const QJsonValue& destination, const NormaliseOptions& options = {});

// The normalised matching form of a key (e-mail: trimmed, NFC, case-folded), for lookups and key hashes.
QString normaliseKey(const QString& key);

} // namespace plumbline
