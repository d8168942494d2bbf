#pragma once

#include <QDateTime>
#include <QString>

namespace plumbline {

// One synthetic person. The same person is a HubSpot contact, a Mailchimp member (unless opted out), a Shopify
// customer (three in four people) and, through the Shopify -> Salesforce flow, a Salesforce contact.
struct SandboxPerson
{
    qint64 index = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString phone;
    QString lifecycleStage;
    bool emailOptOut = false;
    bool customer = false;
    QDateTime createdAt;
    QDateTime updatedAt; // createdAt, or a change within the day before the dataset's origin (one in ten)
};

// Which vendor shows a person: each writes the same person its own way (SandboxDataset::view).
enum class PersonView
{
    HubSpot, // the CRM of record: phone "+1 555 1000123"
    Shopify, // E.164 phone "+15551000123"
    Mailchimp, // a destination: phone "(555) 100-0123"
    Salesforce, // a destination: phone "(555) 100-0123"
    Generic, // a destination: the CRM's values as loaded
};

// The synthetic marketing dataset: a population that grows steadily with (injected) time, so consecutive polls
// differ. Everything is a pure function of the person index and the time: no storage, any size.
class SandboxDataset final
{
public:
    static constexpr qint64 kBasePeople = 2400;
    static constexpr qint64 kGrowthPerMinute = 6;
    // Healthy destinations trail their source by this much time (at most a couple of records).
    static constexpr qint64 kSyncLagS = 20;

    // A person planted for tests that scan stored files and outputs: recently modified (so a value check's recent
    // stratum picks it), subscribed, a customer, present and equal at every vendor. Its raw values must never
    // appear in the store, logs, `check` output or reports.
    static constexpr qint64 kCanaryIndex = 42;
    static inline const QString kCanaryFirstName = QStringLiteral("Canaryella");
    static inline const QString kCanaryLastName = QStringLiteral("Quillfeather");
    static inline const QString kCanaryEmail = QStringLiteral("canaryella.quillfeather@canary-plumbline.example");
    static inline const QString kCanaryPhone = QStringLiteral("+1 555 0100999");

    explicit SandboxDataset(QDateTime origin = QDateTime::currentDateTimeUtc());

    QDateTime origin() const { return m_origin; }
    void setOrigin(const QDateTime& origin) { m_origin = origin; }

    qint64 people(const QDateTime& at) const;
    qint64 subscribed(const QDateTime& at) const; // people without hs_email_optout
    qint64 optedOut(const QDateTime& at) const;
    qint64 customers(const QDateTime& at) const;
    qint64 cleaned(const QDateTime& at) const;
    qint64 accounts(const QDateTime& at) const;
    qint64 leads(const QDateTime& at) const;

    SandboxPerson person(qint64 index) const;

    // How a vendor shows person `index`. Destinations write it as the sync left it: phones in their format, the
    // e-mail's first letter upper-cased for one person in 40, a trailing space after the first name for one in 25
    // (all equal after normalisation), and, honestly different, another last name for one in 300 and another company
    // for one in 300. Under value_drift (`driftFrom` >= 0) a destination has no first name for people from index
    // `driftFrom` on (the newest).
    SandboxPerson view(qint64 index, PersonView view, qint64 driftFrom = -1) const;
    // Whether a destination holds person `index` at all: under value_drift one in 33 never arrived (the counts are
    // served as in healthy, so only a value check sees it).
    static bool atDestination(qint64 index, bool valueDrift);
    // value_drift's first index without a first name at the destination: the newest ~15 % of `people`.
    static qint64 driftFrom(qint64 people) { return people - people * 15 / 100; }
    // "+1 555 1000123" written as "(555) 100-0123".
    static QString nationalPhone(const QString& phone);

private:
    QDateTime m_origin;
};

} // namespace plumbline
