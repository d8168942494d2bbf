#include "SandboxSchemas.h"

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {
QJsonObject hubspotProperty(const QString& name, const QString& label, const QString& type, const QString& fieldType,
    const QString& description, const QJsonArray& options = {})
{
    return QJsonObject {
        { u"name"_s, name },
        { u"label"_s, label },
        { u"type"_s, type },
        { u"fieldType"_s, fieldType },
        { u"groupName"_s, u"contactinformation"_s },
        { u"description"_s, description },
        { u"options"_s, options },
        { u"displayOrder"_s, -1 },
        { u"calculated"_s, false },
        { u"externalOptions"_s, false },
        { u"hasUniqueValue"_s, name == u"email" },
        { u"hidden"_s, false },
        { u"hubspotDefined"_s, !name.contains(u'_') || name.startsWith(u"hs_") },
        { u"formField"_s, true },
        { u"archived"_s, false },
        { u"createdAt"_s, u"2019-08-06T02:41:52.000Z"_s },
        { u"updatedAt"_s, u"2025-11-03T09:12:00.000Z"_s },
        { u"modificationMetadata"_s,
            QJsonObject {
                { u"archivable"_s, true }, { u"readOnlyDefinition"_s, true }, { u"readOnlyValue"_s, false } } },
    };
}

QJsonObject option(const QString& label, const QString& value, int order)
{
    return { { u"label"_s, label }, { u"value"_s, value }, { u"displayOrder"_s, order }, { u"hidden"_s, false },
        { u"description"_s, QString() } };
}

QJsonObject sfField(const QString& name, const QString& label, const QString& type, int length, bool custom = false,
    const QString& soapType = u"xsd:string"_s)
{
    return QJsonObject {
        { u"name"_s, name },
        { u"label"_s, label },
        { u"type"_s, type },
        { u"soapType"_s, soapType },
        { u"length"_s, length },
        { u"custom"_s, custom },
        { u"nillable"_s, name != u"Id" && name != u"LastName" },
        { u"createable"_s, name != u"Id" },
        { u"updateable"_s, name != u"Id" },
        { u"unique"_s, false },
        { u"externalId"_s, false },
        { u"defaultValue"_s, QJsonValue::Null },
        { u"picklistValues"_s, QJsonArray {} },
        { u"referenceTo"_s, type == u"reference" ? QJsonArray { u"Account"_s } : QJsonArray {} },
    };
}

QJsonObject mergeField(
    int id, const QString& tag, const QString& name, const QString& type, const QString& listId, int order)
{
    return QJsonObject {
        { u"merge_id"_s, id },
        { u"tag"_s, tag },
        { u"name"_s, name },
        { u"type"_s, type },
        { u"required"_s, false },
        { u"default_value"_s, QString() },
        { u"public"_s, true },
        { u"display_order"_s, order },
        { u"options"_s,
            type == u"phone" ? QJsonObject { { u"phone_format"_s, u"none"_s } } : QJsonObject { { u"size"_s, 25 } } },
        { u"help_text"_s, QString() },
        { u"list_id"_s, listId },
    };
}
} // namespace

QJsonArray SandboxSchemas::hubspotProperties(const QString& objectType, bool drifted)
{
    QJsonArray out;
    if (objectType == u"companies") {
        out << hubspotProperty(u"name"_s, u"Company name"_s, u"string"_s, u"text"_s, u"The name of the company."_s);
        out << hubspotProperty(u"domain"_s, u"Company Domain Name"_s, u"string"_s, u"text"_s, u"The domain name."_s);
        return out;
    }
    out << hubspotProperty(u"email"_s, u"Email"_s, u"string"_s, u"text"_s, u"A contact's email address"_s);
    // mapping_drift: the property a mapping uses was replaced by a custom one with the same label.
    out << hubspotProperty(drifted ? u"first_name"_s : u"firstname"_s, u"First Name"_s, u"string"_s, u"text"_s,
        u"A contact's first name"_s);
    out << hubspotProperty(u"lastname"_s, u"Last Name"_s, u"string"_s, u"text"_s, u"A contact's last name"_s);
    out << hubspotProperty(
        u"company"_s, u"Company Name"_s, u"string"_s, u"text"_s, u"Name of the contact's company."_s);
    out << hubspotProperty(
        u"phone"_s, u"Phone Number"_s, u"string"_s, u"phonenumber"_s, u"A contact's primary phone number"_s);
    out << hubspotProperty(u"lifecyclestage"_s, u"Lifecycle Stage"_s, u"enumeration"_s, u"radio"_s,
        u"The qualification of contacts to sales readiness."_s,
        QJsonArray { option(u"Subscriber"_s, u"subscriber"_s, 0), option(u"Lead"_s, u"lead"_s, 1),
            option(u"Marketing Qualified Lead"_s, u"marketingqualifiedlead"_s, 2),
            option(u"Sales Qualified Lead"_s, u"salesqualifiedlead"_s, 3),
            option(u"Opportunity"_s, u"opportunity"_s, 4), option(u"Customer"_s, u"customer"_s, 5) });
    out << hubspotProperty(u"hs_email_optout"_s, u"Unsubscribed from all email"_s, u"enumeration"_s,
        u"booleancheckbox"_s, u"Indicates that the current email address has opted out of all email."_s,
        QJsonArray { option(u"True"_s, u"true"_s, 0), option(u"False"_s, u"false"_s, 1) });
    out << hubspotProperty(
        u"createdate"_s, u"Create Date"_s, u"datetime"_s, u"date"_s, u"The date that a contact entered the system"_s);
    out << hubspotProperty(u"lastmodifieddate"_s, u"Last Modified Date"_s, u"datetime"_s, u"date"_s,
        u"Most recent timestamp of any property update for a contact."_s);
    out << hubspotProperty(
        u"hs_object_id"_s, u"Record ID"_s, u"number"_s, u"number"_s, u"The unique ID for this record."_s);
    return out;
}

QJsonObject SandboxSchemas::salesforceDescribe(const QString& sobject, bool drifted)
{
    QJsonArray fields;
    fields << sfField(u"Id"_s, u"Contact ID"_s, u"id"_s, 18, false, u"tns:ID"_s);
    if (sobject == u"Contact") {
        fields << sfField(u"AccountId"_s, u"Account ID"_s, u"reference"_s, 18, false, u"tns:ID"_s);
        fields << sfField(u"LastName"_s, u"Last Name"_s, u"string"_s, 80);
        // mapping_drift: an admin replaced the standard field with a custom one of the same label.
        fields << (drifted ? sfField(u"First_Name__c"_s, u"First Name"_s, u"string"_s, 40, true)
                           : sfField(u"FirstName"_s, u"First Name"_s, u"string"_s, 40));
        fields << sfField(u"Email"_s, u"Email"_s, u"email"_s, 80);
        fields << sfField(u"Phone"_s, u"Business Phone"_s, u"phone"_s, 40);
        fields << sfField(u"LeadSource"_s, u"Lead Source"_s, u"picklist"_s, 255);
        fields << sfField(u"HasOptedOutOfEmail"_s, u"Email Opt Out"_s, u"boolean"_s, 0, false, u"xsd:boolean"_s);
        fields << sfField(u"CreatedDate"_s, u"Created Date"_s, u"datetime"_s, 0, false, u"xsd:dateTime"_s);
    } else if (sobject == u"Account") {
        fields << sfField(u"Name"_s, u"Account Name"_s, u"string"_s, 255);
        fields << sfField(u"Website"_s, u"Website"_s, u"url"_s, 255);
        fields << sfField(u"Phone"_s, u"Account Phone"_s, u"phone"_s, 40);
    } else if (sobject == u"Lead") {
        fields << sfField(u"LastName"_s, u"Last Name"_s, u"string"_s, 80);
        fields << sfField(u"FirstName"_s, u"First Name"_s, u"string"_s, 40);
        fields << sfField(u"Email"_s, u"Email"_s, u"email"_s, 80);
        fields << sfField(u"Company"_s, u"Company"_s, u"string"_s, 255);
    } else {
        return {};
    }
    const QString base = u"/services/data/v62.0/sobjects/"_s + sobject;
    return QJsonObject {
        { u"name"_s, sobject },
        { u"label"_s, sobject },
        { u"labelPlural"_s, QString(sobject + u"s"_s) },
        { u"keyPrefix"_s,
            sobject == u"Contact"       ? u"003"_s
                : sobject == u"Account" ? u"001"_s
                                        : u"00Q"_s },
        { u"custom"_s, false },
        { u"createable"_s, true },
        { u"updateable"_s, true },
        { u"queryable"_s, true },
        { u"urls"_s, QJsonObject { { u"describe"_s, QString(base + u"/describe"_s) }, { u"sobject"_s, base } } },
        { u"fields"_s, fields },
        { u"childRelationships"_s, QJsonArray {} },
    };
}

QJsonArray SandboxSchemas::mailchimpMergeFields(const QString& listId, bool drifted)
{
    QJsonArray out;
    out << mergeField(1, drifted ? u"FIRSTNAME"_s : u"FNAME"_s, u"First Name"_s, u"text"_s, listId, 1);
    out << mergeField(2, u"LNAME"_s, u"Last Name"_s, u"text"_s, listId, 2);
    out << mergeField(4, u"PHONE"_s, u"Phone Number"_s, u"phone"_s, listId, 4);
    out << mergeField(5, u"COMPANY"_s, u"Company"_s, u"text"_s, listId, 5);
    out << mergeField(6, u"BIRTHDAY"_s, u"Birthday"_s, u"birthday"_s, listId, 6);
    return out;
}

} // namespace plumbline
