#pragma once

// A workspace with a known history for the audit report's tests and benchmark: connections, integrations with
// documentation and mappings, polls every few hours over a period (counts constant within a UTC day, so daily
// averages are exact), findings at the latest poll, a deprecation notice, and two alerts with known timelines.

#include <Database.h>
#include <MonitorRepository.h>
#include <WorkspaceRepository.h>

#include <QJsonObject>

namespace plumbline::test {

struct ReportFixture
{
    int integrations = 3;
    int days = 90;
    int pollHours = 4;
    QDateTime end; // the last poll is one poll before this (UTC, whole hour)
    bool injectionVectors = true; // names and notes that start with formula characters

    // Known facts (filled by write()).
    QStringList integrationNames;
    QStringList connectionNames;
    QStringList findingMessages;
    QDateTime incidentOpened; // warning count_drift on integration 0: acknowledged after 1 h, resolved after 24 h
    QDateTime outageOpened; // critical auth on connection "mailchimp-news": still open
    static QString integrationId(int i) { return QStringLiteral("flow-%1").arg(i, 3, 10, QLatin1Char('0')); }
    static qint64 sourceCount(int integration, int day) { return 10000 + 10 * integration + 100 * day; }
    static qint64 gap(int integration) { return -(20 + integration % 7); } // destination - source

    QString write(Database& db)
    {
        using namespace Qt::StringLiterals;
        const QDateTime start = end.addDays(-days);
        WorkspaceRepository workspace(db, u"auditor"_s);
        workspace.setClock([start]() { return start.addDays(-1); });
        Workspace w;
        const auto connection
            = [&](const QString& id, const QString& name, Vendor vendor, const QString& version, const QString& notes) {
                  Connection c;
                  c.id = id;
                  c.name = name;
                  c.vendor = vendor;
                  c.apiVersion = version;
                  c.owner = u"Dana Whitfield"_s;
                  c.notes = notes;
                  if (vendor == Vendor::Mailchimp)
                      c.options = QJsonObject { { u"audience_id"_s, u"a1b2c3"_s }, { u"data_centre"_s, u"us6"_s } };
                  w.connections << c;
                  connectionNames << name;
              };
        connection(u"hubspot-main"_s, u"HubSpot marketing hub"_s, Vendor::HubSpot, u"v3"_s,
            injectionVectors ? u"@SUM(1)"_s : u"Private app"_s);
        connection(u"mailchimp-news"_s, u"Mailchimp newsletter"_s, Vendor::Mailchimp, u"3.0"_s,
            injectionVectors ? u"=1+2\";=1+2"_s : QString());
        connection(u"make-eu"_s, u"Make EU zone"_s, Vendor::Make, u"v2"_s, QString());
        for (int i = 0; i < integrations; ++i) {
            Integration in;
            in.id = integrationId(i);
            in.name = i == 1 && injectionVectors ? u"=1+2 contacts sync"_s
                                                 : u"Contacts flow %1"_s.arg(i, 3, 10, QLatin1Char('0'));
            in.source = { u"hubspot-main"_s, u"contacts"_s, QJsonValue::Null };
            in.destination = { u"mailchimp-news"_s, u"a1b2c3"_s, QJsonValue(u"subscribed"_s) };
            if (i % 2 == 0)
                in.middleware = Middleware { u"make-eu"_s, QString::number(900 + i) };
            in.mappings = { { u"email"_s, u"EMAIL"_s, true }, { u"firstname"_s, u"FNAME"_s, false } };
            in.owner = i == 2 && injectionVectors ? u"+1"_s : u"Marketing Ops"_s;
            in.purpose = i == 2 && injectionVectors ? u"-1"_s : u"Opted-in contacts receive the newsletter."_s;
            in.runbook = i == 2 && injectionVectors ? u"\tcheck\r\nthen \"restart\""_s
                                                    : u"Check the Make scenario's history."_s;
            w.integrations << in;
            integrationNames << in.name;
        }
        if (const StoreResult r = workspace.importWorkspace(w, u"fixture"_s); !r)
            return r.error;
        // One change inside the period: the first integration's runbook, five days before the end.
        if (integrations > 0) {
            workspace.setClock([this]() { return end.addDays(-5); });
            Integration changed = w.integrations.first();
            changed.runbook += u" Escalate to Dana."_s;
            if (const StoreResult r = workspace.saveIntegration(changed); !r)
                return r.error;
        }

        MonitorRepository monitor(db);
        for (QDateTime t = start; t < end; t = t.addSecs(3600LL * pollHours)) {
            PollBatch batch;
            const int day = int(start.daysTo(t));
            for (int i = 0; i < integrations; ++i) {
                Sample s;
                s.ts = t;
                s.source.count = sourceCount(i, day);
                s.source.httpStatus = 200;
                s.destination.count = sourceCount(i, day) + gap(i);
                s.destination.httpStatus = 200;
                batch.samples << qMakePair(integrationId(i), s);
            }
            if (const StoreResult r = monitor.write(batch); !r)
                return r.error;
        }
        const QDateTime last = end.addSecs(-3600LL * pollHours);
        PollBatch latest;
        ConnectionFacts facts;
        facts.connectionId = u"mailchimp-news"_s;
        facts.ts = last;
        facts.httpStatus = 200;
        facts.requestedVersion = u"3.0"_s;
        facts.servedVersion = u"3.0"_s;
        facts.deprecated = true;
        facts.deprecatedAt = start;
        facts.sunset = end.addDays(60);
        facts.notice = u"Marketing API 3.0 will be retired"_s;
        latest.connectionFacts << facts;
        Finding drift;
        drift.rule = u"count_drift"_s;
        drift.severity = Severity::Warning;
        drift.message = u"Mailchimp newsletter holds 20 fewer records than HubSpot marketing hub"_s;
        drift.hint = u"Open the Make scenario history"_s;
        drift.integrationId = integrationId(0);
        drift.at = last;
        Finding sunset;
        sunset.rule = u"deprecation"_s;
        sunset.severity = Severity::Warning;
        sunset.message = u"Mailchimp API 3.0 sunsets in 60 days"_s;
        sunset.hint = u"Plan the move to the next API version"_s;
        sunset.connectionId = u"mailchimp-news"_s;
        sunset.at = last;
        latest.findings << drift << sunset;
        findingMessages << drift.message << sunset.message;
        if (const StoreResult r = monitor.write(latest); !r)
            return r.error;

        // Alerts: a warning on integration 0 (acknowledged after an hour, resolved after a day), and a critical
        // on the Mailchimp connection that is still open.
        incidentOpened = end.addDays(-10);
        outageOpened = end.addDays(-2);
        QList<AlertTransition> t;
        Alert a;
        a.subject = u"integration:"_s + integrationId(0);
        a.rule = u"count_drift"_s;
        a.severity = Severity::Warning;
        a.message = u"Destination behind by 20 records"_s;
        a.openedAt = incidentOpened;
        t = { AlertTransition { AlertTransition::Kind::Opened, a, true } };
        if (const StoreResult r = monitor.saveTransitions(t, incidentOpened); !r)
            return r.error;
        a = t.first().alert;
        a.acknowledgedAt = incidentOpened.addSecs(3600);
        a.acknowledgedBy = u"dana"_s;
        t = { AlertTransition { AlertTransition::Kind::Acknowledged, a, false } };
        if (const StoreResult r = monitor.saveTransitions(t, a.acknowledgedAt); !r)
            return r.error;
        a.resolvedAt = incidentOpened.addDays(1);
        t = { AlertTransition { AlertTransition::Kind::Resolved, a, true } };
        if (const StoreResult r = monitor.saveTransitions(t, a.resolvedAt); !r)
            return r.error;
        Alert outage;
        outage.subject = u"connection:mailchimp-news"_s;
        outage.rule = u"auth"_s;
        outage.severity = Severity::Critical;
        outage.message = u"Mailchimp rejected the API key"_s;
        outage.openedAt = outageOpened;
        t = { AlertTransition { AlertTransition::Kind::Opened, outage, true } };
        if (const StoreResult r = monitor.saveTransitions(t, outageOpened); !r)
            return r.error;
        return {};
    }
};

} // namespace plumbline::test
