#include "SandboxDataset.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
// How many of the indices 0..n-1 are congruent to r modulo m (closed form, so counts stay O(1)).
qint64 residues(qint64 n, qint64 r, qint64 m)
{
    return n <= r ? 0 : (n - 1 - r) / m + 1;
}

constexpr qint64 kOptOutModulo = 20; // one person in twenty has opted out of email
constexpr qint64 kOptOutResidue = 7;
constexpr qint64 kNonCustomerModulo = 4; // one in four never bought anything
constexpr qint64 kNonCustomerResidue = 3;
constexpr qint64 kChangedModulo = 10; // one base person in ten changed recently
constexpr qint64 kChangedResidue = 4;
constexpr qint64 kMissingModulo = 33; // value_drift: one person in 33 never reaches the destination
constexpr qint64 kMissingResidue = 5;
} // namespace

SandboxDataset::SandboxDataset(QDateTime origin)
    : m_origin(std::move(origin))
{
}

qint64 SandboxDataset::people(const QDateTime& at) const
{
    const qint64 secs = m_origin.secsTo(at);
    return qMax<qint64>(0, kBasePeople + secs * kGrowthPerMinute / 60);
}

qint64 SandboxDataset::optedOut(const QDateTime& at) const
{
    return residues(people(at), kOptOutResidue, kOptOutModulo);
}

qint64 SandboxDataset::subscribed(const QDateTime& at) const
{
    return people(at) - optedOut(at);
}

qint64 SandboxDataset::customers(const QDateTime& at) const
{
    const qint64 n = people(at);
    return n - residues(n, kNonCustomerResidue, kNonCustomerModulo);
}

qint64 SandboxDataset::cleaned(const QDateTime& at) const
{
    return 12 + people(at) / 150;
}

qint64 SandboxDataset::accounts(const QDateTime& at) const
{
    return 180 + people(at) / 12;
}

qint64 SandboxDataset::leads(const QDateTime& at) const
{
    return people(at) / 3;
}

SandboxPerson SandboxDataset::person(qint64 index) const
{
    static const QStringList first = { u"Ada"_s, u"Ben"_s, u"Chloe"_s, u"Dev"_s, u"Elena"_s, u"Farid"_s, u"Grace"_s,
        u"Hiro"_s, u"Ines"_s, u"Jonas"_s, u"Kemi"_s, u"Luca"_s, u"Maya"_s, u"Noah"_s, u"Olga"_s, u"Priya"_s, u"Quinn"_s,
        u"Rosa"_s, u"Sami"_s, u"Tess"_s, u"Umar"_s, u"Vera"_s, u"Wen"_s };
    static const QStringList last = { u"Almeida"_s, u"Brooks"_s, u"Castillo"_s, u"Dubois"_s, u"Eriksen"_s, u"Fischer"_s,
        u"Gallagher"_s, u"Haddad"_s, u"Ivanova"_s, u"Jensen"_s, u"Kowalski"_s, u"Lindqvist"_s, u"Moreau"_s,
        u"Nakamura"_s, u"Okafor"_s, u"Petrov"_s, u"Rossi"_s, u"Schmidt"_s, u"Tanaka"_s };
    static const QStringList companies = { u"Northwind Traders"_s, u"Acme Outdoor"_s, u"Bluebird Coffee"_s,
        u"Cobalt Labs"_s, u"Driftwood Studio"_s, u"Evergreen Health"_s, u"Foxglove Books"_s };
    static const QStringList stages = { u"subscriber"_s, u"lead"_s, u"marketingqualifiedlead"_s,
        u"salesqualifiedlead"_s, u"opportunity"_s, u"customer"_s };

    SandboxPerson p;
    p.index = index;
    p.firstName = first.at(int(index % first.size()));
    p.lastName = last.at(int((index / first.size()) % last.size()));
    p.company = companies.at(int(index % companies.size()));
    QString domain = p.company.toLower();
    domain.remove(u' ');
    p.email = u"%1.%2.%3@%4.example"_s.arg(p.firstName.toLower(), p.lastName.toLower()).arg(index).arg(domain);
    p.phone = u"+1 555 %1"_s.arg(1000000 + index % 9000000);
    p.emailOptOut = index % kOptOutModulo == kOptOutResidue;
    p.customer = index % kNonCustomerModulo != kNonCustomerResidue;
    p.lifecycleStage = p.customer ? u"customer"_s : stages.at(int(index % (stages.size() - 1)));
    // The base population was created over the two years before the origin, newcomers at the growth rate after it.
    if (index < kBasePeople)
        p.createdAt = m_origin.addSecs(-(kBasePeople - index) * (2 * 365 * 86400 / kBasePeople));
    else
        p.createdAt = m_origin.addSecs((index - kBasePeople) * 60 / kGrowthPerMinute);
    // One base person in ten changed during the day before the origin, so a fresh sandbox has recent changes.
    p.updatedAt = p.createdAt;
    if (index < kBasePeople && index % kChangedModulo == kChangedResidue)
        p.updatedAt = qMax(p.createdAt, m_origin.addSecs(-(3600 + (index * 7919) % (23 * 3600 - 3600))));
    if (index == kCanaryIndex) {
        p.firstName = kCanaryFirstName;
        p.lastName = kCanaryLastName;
        p.email = kCanaryEmail;
        p.phone = kCanaryPhone;
        p.updatedAt = m_origin.addSecs(-1800); // the most recent change of the base population
    }
    return p;
}

QString SandboxDataset::nationalPhone(const QString& phone)
{
    QString digits = phone;
    digits.remove(u' ');
    if (digits.startsWith(u"+1"))
        digits = digits.mid(2);
    if (digits.size() != 10)
        return phone;
    return u"(%1) %2-%3"_s.arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
}

bool SandboxDataset::atDestination(qint64 index, bool valueDrift)
{
    return !valueDrift || index == kCanaryIndex || index % kMissingModulo != kMissingResidue;
}

SandboxPerson SandboxDataset::view(qint64 index, PersonView view, qint64 driftFrom) const
{
    SandboxPerson p = person(index);
    switch (view) {
    case PersonView::HubSpot:
        return p;
    case PersonView::Shopify:
        p.phone.remove(u' ');
        return p;
    case PersonView::Mailchimp:
    case PersonView::Salesforce:
        p.phone = nationalPhone(p.phone);
        break;
    case PersonView::Generic:
        break;
    }
    if (index == kCanaryIndex)
        return p;
    // Formatting the sync introduced: equal after normalisation.
    if (index % 40 == 11)
        p.email[0] = p.email.at(0).toUpper();
    if (index % 25 == 3)
        p.firstName += u' ';
    // Honest differences, well below 1 % of people: edited on one side only.
    static const QStringList otherNames = { u"Whitfield"_s, u"Ashby"_s, u"Marlowe"_s };
    if (index % 300 == 17)
        p.lastName = otherNames.at(int(index / 300 % otherNames.size()));
    if (index % 300 == 217)
        p.company = u"Harbourlight Logistics"_s;
    if (driftFrom >= 0 && index >= driftFrom)
        p.firstName.clear();
    return p;
}

} // namespace plumbline
