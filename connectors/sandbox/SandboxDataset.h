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

private:
    QDateTime m_origin;
};

} // namespace plumbline
