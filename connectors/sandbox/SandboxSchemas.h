#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace plumbline {

// Field schemas served by the sandbox, in each vendor's own shape. `drifted` is the mapping_drift variant:
// a mapped field renamed on that side (HubSpot firstname -> first_name, Salesforce FirstName -> First_Name__c,
// Mailchimp FNAME -> FIRSTNAME), keeping the label so a monitor can suggest the rename.
class SandboxSchemas final
{
public:
    static QJsonArray hubspotProperties(const QString& objectType, bool drifted);
    static QJsonObject salesforceDescribe(const QString& sobject, bool drifted); // empty: unknown sObject
    static QJsonArray mailchimpMergeFields(const QString& listId, bool drifted);
};

} // namespace plumbline
