#pragma once

#include <HealthFacts.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace plumbline {

// One proposed field mapping, with how sure the suggester is (0..1).
struct MappingSuggestion
{
    QString source;
    QString destination;
    double confidence = 0.0;
    bool key = false;

    bool operator==(const MappingSuggestion&) const = default;
};

// Suggests field mappings between two schemas by name and label similarity: names and labels are normalised (case,
// underscores, spaces, punctuation), compared by tokens and edit distance, and known marketing synonyms
// (HubSpot `firstname` <-> Mailchimp `FNAME`, `email` <-> `EMAIL`/`email_address`, ...) count as exact. Pairs are
// assigned one to one, greedily by score, above a threshold; an email pair is preferred as the key.
// Pure functions: the same rules suggest a likely rename on the dashboard.
class MappingSuggester final
{
public:
    static constexpr double kDefaultThreshold = 0.72;

    // Lower case, with every run of non-alphanumeric characters removed ("First_Name " -> "firstname").
    static QString normalise(const QString& text);
    // Words of a name or label: split on separators and lower/upper case changes ("FirstName" -> first, name).
    static QStringList tokens(const QString& text);
    // The canonical concept of a name when it is a known synonym ("fname" -> "firstname"), else the normal form.
    static QString canonical(const QString& text);
    // Normalised Levenshtein similarity, 1 for equal strings, 0 for nothing in common.
    static double editSimilarity(const QString& a, const QString& b);

    // How alike two fields are, 0..1 (1: same name after normalising, or known synonyms).
    static double similarity(const FieldInfo& source, const FieldInfo& destination);

    // One-to-one suggestions, best first by source order of the source schema.
    static QList<MappingSuggestion> suggest(
        const QList<FieldInfo>& source, const QList<FieldInfo>& destination, double threshold = kDefaultThreshold);

    // The field of `current` that most likely replaced `old` (renamed, same label or similar name), if any.
    // Fields named in `taken` (already used by other mappings) are not offered.
    static std::optional<FieldInfo> likelyRename(const FieldInfo& old, const QList<FieldInfo>& current,
        const QStringList& taken = {}, double threshold = kDefaultThreshold);
};

} // namespace plumbline
