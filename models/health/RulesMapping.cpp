// mapping_drift: every mapped field must still exist on its side (by API name, case-sensitive); suggest the
// likely rename.

#include "Rules.h"

#include "RulesSupport.h"

#include <QJsonArray>
#include <QSet>
#include <vector>

using namespace Qt::StringLiterals;

namespace plumbline {

using namespace rules_detail;

namespace {

// Case-, separator- and Salesforce-suffix-insensitive form: "First_Name__c" -> "firstname".
QString normalised(const QString& name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(u"__c"))
        n.chop(3);
    QString out;
    out.reserve(n.size());
    for (QChar c : std::as_const(n)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

qsizetype levenshtein(const QString& a, const QString& b)
{
    std::vector<qsizetype> prev(static_cast<size_t>(b.size()) + 1);
    std::vector<qsizetype> cur(prev.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[static_cast<size_t>(j)]
                = qMin(qMin(prev[static_cast<size_t>(j)] + 1, cur[static_cast<size_t>(j - 1)] + 1),
                    prev[static_cast<size_t>(j - 1)] + cost);
        }
        std::swap(prev, cur);
    }
    return prev[static_cast<size_t>(b.size())];
}

bool isSubsequence(const QString& shorter, const QString& longer)
{
    qsizetype j = 0;
    for (qsizetype i = 0; i < longer.size() && j < shorter.size(); ++i) {
        if (longer.at(i) == shorter.at(j))
            ++j;
    }
    return j == shorter.size();
}

// 1.0: the same name but for case/separators, or the candidate's label; otherwise a similarity in [0, 1).
double similarity(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    const qsizetype longest = qMax(a.size(), b.size());
    double s = 1.0 - static_cast<double>(levenshtein(a, b)) / static_cast<double>(longest);
    if (a.at(0) != b.at(0))
        s *= 0.9; // renames rarely change the first letter (FNAME is not LNAME)
    // An abbreviation (FNAME for FIRSTNAME): the shorter is a subsequence of the longer with the same first letter.
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= 2 && shorter.at(0) == longer.at(0) && isSubsequence(shorter, longer))
        s = qMax(s, 0.6 + 0.35 * static_cast<double>(shorter.size()) / static_cast<double>(longer.size()));
    return qMin(s, 0.99);
}

constexpr double SuggestThreshold = 0.6;

// The most likely new name of `missing` among the schema's fields that no other mapping uses.
QString suggestion(const QString& missing, const SchemaSnapshot& schema, const QSet<QString>& mappedNames)
{
    const QString m = normalised(missing);
    QString best;
    double bestScore = 0.0;
    for (const FieldInfo& f : schema.fields) {
        if (f.name.isEmpty() || mappedNames.contains(f.name))
            continue;
        const double score = qMax(similarity(m, normalised(f.name)), similarity(m, normalised(f.label)));
        if (score > bestScore) {
            bestScore = score;
            best = f.name;
        }
    }
    return bestScore >= SuggestThreshold ? best : QString();
}

struct Missing
{
    QString field;
    QString side; // "source" or "destination"
    QString connection;
    QString suggestion;
    bool key = false;
};

bool usableSchema(const std::optional<SchemaSnapshot>& s)
{
    return s && !s->fields.isEmpty(); // an empty field list is an unread schema, not "every field deleted"
}

} // namespace

QList<Finding> Rules::mappingDrift(const IntegrationFacts& facts, const RuleSettings& settings)
{
    Q_UNUSED(settings)
    const Integration& in = facts.integration;
    if (in.mappings.isEmpty())
        return {};
    const bool haveSrc = usableSchema(facts.sourceSchema);
    const bool haveDst = usableSchema(facts.destinationSchema);
    if (!haveSrc && !haveDst)
        return {}; // no schema read yet (or the vendor has none): nothing to compare, nothing to claim

    QSet<QString> srcNames;
    QSet<QString> dstNames;
    if (haveSrc) {
        for (const FieldInfo& f : facts.sourceSchema->fields)
            srcNames.insert(f.name);
    }
    if (haveDst) {
        for (const FieldInfo& f : facts.destinationSchema->fields)
            dstNames.insert(f.name);
    }
    QSet<QString> mappedSrc;
    QSet<QString> mappedDst;
    for (const FieldMapping& m : in.mappings) {
        mappedSrc.insert(m.source);
        mappedDst.insert(m.destination);
    }

    QList<Missing> missing;
    for (const FieldMapping& m : in.mappings) {
        if (haveSrc && !m.source.isEmpty() && !srcNames.contains(m.source)) {
            missing.append({ m.source, u"source"_s, in.source.connection,
                suggestion(m.source, *facts.sourceSchema, mappedSrc), m.key });
        }
        if (haveDst && !m.destination.isEmpty() && !dstNames.contains(m.destination)) {
            missing.append({ m.destination, u"destination"_s, in.destination.connection,
                suggestion(m.destination, *facts.destinationSchema, mappedDst), m.key });
        }
    }
    if (missing.isEmpty())
        return {};

    // The key mapping first: it decides the severity and the headline.
    const Missing* head = &missing.constFirst();
    for (const Missing& x : missing) {
        if (x.key && !head->key)
            head = &x;
    }
    const Severity severity = head->key ? Severity::Critical : Severity::Warning;

    // Bounded: a workspace with thousands of mappings must not make a finding of half a megabyte (one line of
    // text, one row in the store, one card in the window). The totals stay exact.
    constexpr qsizetype kEvidenceItems = 50;
    constexpr qsizetype kMessageItems = 5;
    QJsonArray all;
    for (const Missing& x : missing) {
        if (all.size() >= kEvidenceItems)
            break;
        all.append(QJsonObject {
            { u"field"_s, x.field },
            { u"side"_s, x.side },
            { u"suggestion"_s, x.suggestion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x.suggestion) },
            { u"key"_s, x.key },
        });
    }
    QJsonObject ev {
        { u"field"_s, head->field },
        { u"side"_s, head->side },
        { u"suggestion"_s, head->suggestion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(head->suggestion) },
        { u"missing"_s, all },
        { u"missing_total"_s, static_cast<qint64>(missing.size()) },
    };
    QJsonArray unchecked;
    if (!haveSrc)
        unchecked.append(u"source"_s);
    if (!haveDst)
        unchecked.append(u"destination"_s);
    if (!unchecked.isEmpty())
        ev.insert(u"unchecked_sides"_s, unchecked);

    QString message;
    if (missing.size() == 1) {
        message = head->suggestion.isEmpty()
            ? tr("The mapped field %1 no longer exists in %2").arg(head->field, head->connection)
            : tr("The mapped field %1 no longer exists in %2 (renamed to %3?)")
                  .arg(head->field, head->connection, head->suggestion);
    } else {
        QStringList parts;
        for (const Missing& x : missing) {
            if (parts.size() >= kMessageItems)
                break;
            parts << (x.suggestion.isEmpty()
                    ? tr("%1 in %2").arg(x.field, x.connection)
                    : tr("%1 in %2 (renamed to %3?)").arg(x.field, x.connection, x.suggestion));
        }
        if (missing.size() > parts.size())
            parts << tr("and %n more", nullptr, static_cast<int>(missing.size() - parts.size()));
        message = tr("%n mapped fields no longer exist: %1", nullptr, static_cast<int>(missing.size()))
                      .arg(parts.join(u", "_s));
    }
    if (head->key)
        message += tr("; %1 is the field that matches records").arg(head->field);

    QString hint = head->suggestion.isEmpty()
        ? tr("Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field "
             "mapping in the sync and in Plumbline (Integrations › edit › Mappings).")
              .arg(head->field, head->connection)
        : tr("The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the "
             "mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).")
              .arg(head->field, head->connection, head->suggestion);
    if (head->key)
        hint += u' '
            + tr("Without this field the sync cannot tell which records belong together and may create duplicates or "
                 "stop.");
    return { finding(u"mapping_drift"_s, severity, message, hint, ev, in.id, head->connection, facts.now) };
}

} // namespace plumbline
