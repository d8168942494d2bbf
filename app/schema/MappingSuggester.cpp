#include "MappingSuggester.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// Marketing field names that mean the same thing across vendors (normalised form -> meaning).
const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString& meaning, std::initializer_list<const char16_t*> names) {
            t.insert(meaning, meaning);
            for (const char16_t* n : names)
                t.insert(QString::fromUtf16(n), meaning);
        };
        add(u"email"_s, { u"emailaddress", u"mail", u"emailaddr", u"primaryemail", u"email1" });
        add(u"firstname"_s, { u"fname", u"givenname", u"forename", u"first" });
        add(u"lastname"_s, { u"lname", u"surname", u"familyname", u"last" });
        add(u"phone"_s, { u"phonenumber", u"telephone", u"tel", u"phoneno", u"businessphone" });
        add(u"company"_s, { u"companyname", u"organization", u"organisation", u"org" });
        add(u"address"_s, { u"addr", u"streetaddress", u"address1" });
        add(u"zip"_s, { u"zipcode", u"postalcode", u"postcode" });
        add(u"birthday"_s, { u"birthdate", u"dateofbirth", u"dob" });
        add(u"website"_s, { u"url", u"websiteurl", u"homepage" });
        add(u"country"_s, { u"countrycode" });
        add(u"state"_s, { u"region", u"province" });
        return t;
    }();
    return table;
}

double jaccard(const QStringList& a, const QStringList& b)
{
    const QSet<QString> sa(a.cbegin(), a.cend());
    const QSet<QString> sb(b.cbegin(), b.cend());
    if (sa.isEmpty() || sb.isEmpty())
        return 0.0;
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    return double(common) / double(sa.size() + sb.size() - common);
}

bool isEmail(const FieldInfo& f)
{
    return MappingSuggester::canonical(f.name) == u"email" || f.type.compare(u"email"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString MappingSuggester::normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QStringList MappingSuggester::tokens(const QString& text)
{
    QStringList out;
    QString current;
    QChar previous;
    const auto flush = [&] {
        if (!current.isEmpty())
            out << current.toLower();
        current.clear();
    };
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            flush();
        } else {
            // "FirstName" splits at the lower-to-upper change; "FNAME" and "firstname" stay whole.
            if (c.isUpper() && previous.isLower())
                flush();
            current += c;
        }
        previous = c;
    }
    flush();
    return out;
}

QString MappingSuggester::canonical(const QString& text)
{
    const QString n = normalise(text);
    return synonyms().value(n, n);
}

double MappingSuggester::editSimilarity(const QString& a, const QString& b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return 1.0 - double(row[b.size()]) / double(std::max(a.size(), b.size()));
}

double MappingSuggester::similarity(const FieldInfo& source, const FieldInfo& destination)
{
    const QString sn = canonical(source.name);
    const QString dn = canonical(destination.name);
    if (sn.isEmpty() || dn.isEmpty())
        return 0.0;
    if (sn == dn)
        return 1.0;
    const QString sl = canonical(source.label);
    const QString dl = canonical(destination.label);
    double score = 0.0;
    if (!sl.isEmpty() && sl == dl)
        score = 0.95; // same label: "First Name" on both sides
    if ((!sl.isEmpty() && sl == dn) || (!dl.isEmpty() && dl == sn))
        score = std::max(score, 0.9);
    // Words and spelling of the names, and of the labels when both have one. Two different known concepts
    // (first name and last name: "fname" and "lname" differ by one letter) are never alike by spelling.
    const auto spelling = [](const QString& a, const QString& b) {
        const QString na = normalise(a);
        const QString nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty())
            return 0.0;
        if (synonyms().contains(na) && synonyms().contains(nb) && canonical(a) != canonical(b))
            return 0.0;
        return std::max(
            { jaccard(tokens(a), tokens(b)), editSimilarity(na, nb), editSimilarity(canonical(a), canonical(b)) });
    };
    score = std::max(score, spelling(source.name, destination.name));
    if (!sl.isEmpty() && !dl.isEmpty())
        score = std::max(score, 0.9 * spelling(source.label, destination.label));
    return std::min(score, 1.0);
}

QList<MappingSuggestion> MappingSuggester::suggest(
    const QList<FieldInfo>& source, const QList<FieldInfo>& destination, double threshold)
{
    struct Pair
    {
        qsizetype s;
        qsizetype d;
        double score;
    };
    QList<Pair> pairs;
    for (qsizetype s = 0; s < source.size(); ++s) {
        for (qsizetype d = 0; d < destination.size(); ++d) {
            const double score = similarity(source[s], destination[d]);
            if (score >= threshold)
                pairs.append({ s, d, score });
        }
    }
    // Greedy one-to-one: the best pairs first; ties go to the earlier fields so the result is stable.
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.score > b.score; });
    QSet<qsizetype> usedSource;
    QSet<qsizetype> usedDestination;
    QList<Pair> chosen;
    for (const Pair& p : std::as_const(pairs)) {
        if (usedSource.contains(p.s) || usedDestination.contains(p.d))
            continue;
        usedSource.insert(p.s);
        usedDestination.insert(p.d);
        chosen.append(p);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Pair& a, const Pair& b) { return a.s < b.s; });
    QList<MappingSuggestion> out;
    bool keyed = false;
    for (const Pair& p : std::as_const(chosen)) {
        MappingSuggestion m { source[p.s].name, destination[p.d].name, p.score, false };
        if (!keyed && isEmail(source[p.s]) && isEmail(destination[p.d])) {
            m.key = true;
            keyed = true;
        }
        out.append(m);
    }
    return out;
}

std::optional<FieldInfo> MappingSuggester::likelyRename(
    const FieldInfo& old, const QList<FieldInfo>& current, const QStringList& taken, double threshold)
{
    std::optional<FieldInfo> best;
    double bestScore = threshold;
    for (const FieldInfo& f : current) {
        if (f.name == old.name || taken.contains(f.name))
            continue;
        const double score = similarity(old, f);
        if (score >= bestScore && (!best || score > bestScore)) {
            best = f;
            bestScore = score;
        }
    }
    return best;
}

} // namespace plumbline
