#include "CheckReport.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QJsonValue optionalNumber(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalDate(const std::optional<QDateTime>& v)
{
    return v && v->isValid() ? QJsonValue(v->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sideJson(const SideHealth& side)
{
    return {
        { u"connection"_s, side.connectionId },
        { u"count"_s, optionalNumber(side.sample.count) }, // null, never 0, when it could not be read
        { u"http_status"_s,
            side.sample.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(side.sample.httpStatus) },
        { u"latency_ms"_s, double(side.sample.latencyMs) },
        { u"error"_s,
            side.sample.errorKind == ErrorKind::None ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(errorKindKey(side.sample.errorKind)) },
    };
}

} // namespace

QJsonObject CheckReport::findingJson(const Finding& f)
{
    return { { u"rule"_s, f.rule }, { u"severity"_s, severityKey(f.severity) }, { u"message"_s, f.message },
        { u"hint"_s, f.hint }, { u"evidence"_s, f.evidence } };
}

QJsonObject CheckReport::toJson(const CycleReport& report)
{
    QJsonArray integrations;
    for (const IntegrationHealth& h : report.integrations) {
        QJsonArray findings;
        for (const Finding& f : h.findings)
            findings.append(findingJson(f));
        QJsonObject integration { { u"id"_s, h.id }, { u"status"_s, severityKey(h.status) },
            { u"source"_s, sideJson(h.source) }, { u"destination"_s, sideJson(h.destination) },
            { u"findings"_s, findings } };
        if (h.values) // ARCHITECTURE.md §12: only integrations that have had a value check
            integration.insert(u"values"_s, h.values->toJson());
        integrations.append(integration);
    }
    QJsonArray connections;
    for (const ConnectionHealth& h : report.connections) {
        QJsonArray findings;
        for (const Finding& f : h.findings)
            findings.append(findingJson(f));
        QJsonObject c { { u"id"_s, h.id }, { u"status"_s, severityKey(h.status) }, { u"findings"_s, findings } };
        if (h.facts) {
            const ConnectionFacts& f = *h.facts;
            c.insert(u"rate_limit"_s,
                QJsonObject { { u"remaining"_s, optionalNumber(f.quotaRemaining) },
                    { u"limit"_s, optionalNumber(f.quotaLimit) },
                    { u"window_s"_s, f.quotaWindowS ? QJsonValue(*f.quotaWindowS) : QJsonValue(QJsonValue::Null) } });
            c.insert(u"api_version"_s,
                QJsonObject { { u"requested"_s, f.requestedVersion },
                    { u"served"_s, f.servedVersion.isEmpty() ? f.requestedVersion : f.servedVersion },
                    { u"deprecated"_s, f.deprecated || f.retired || f.fellForward },
                    { u"sunset"_s, optionalDate(f.sunset) } });
        } else {
            c.insert(u"rate_limit"_s, QJsonValue::Null);
            c.insert(u"api_version"_s, QJsonValue::Null);
        }
        connections.append(c);
    }
    QJsonObject doc { { u"generated_at"_s, report.generatedAt.toUTC().toString(Qt::ISODate) },
        { u"status"_s, severityKey(report.status) }, { u"integrations"_s, integrations },
        { u"connections"_s, connections } };
    if (!report.storeError.isEmpty())
        doc.insert(u"error"_s, report.storeError);
    if (!report.monitorFindings.isEmpty()) { // ARCHITECTURE.md §14: notifications that fail
        QJsonArray findings;
        for (const Finding& f : report.monitorFindings)
            findings.append(findingJson(f));
        doc.insert(u"monitor"_s, QJsonObject { { u"findings"_s, findings } });
    }
    return doc;
}

QJsonObject CheckReport::errorJson(const QString& error, const QDateTime& at)
{
    return { { u"generated_at"_s, at.toUTC().toString(Qt::ISODate) }, { u"status"_s, severityKey(Severity::Unknown) },
        { u"error"_s, error }, { u"integrations"_s, QJsonArray() }, { u"connections"_s, QJsonArray() } };
}

QString CheckReport::errorText(const QString& error)
{
    // The status words stay English in every language: monitoring systems parse them.
    return u"PLUMBLINE UNKNOWN - "_s + error.simplified() + u'\n';
}

QString CheckReport::toText(const CycleReport& report)
{
    const QLocale locale;
    QHash<Severity, int> tally;
    for (const IntegrationHealth& h : report.integrations)
        ++tally[h.status];
    QString out = report.storeError.isEmpty()
        ? tr("PLUMBLINE %1 - %n integration(s): %2 ok, %3 warning, %4 critical, %5 unknown", nullptr,
              int(report.integrations.size()))
                .arg(severityKey(report.status).toUpper())
                .arg(tally.value(Severity::Ok))
                .arg(tally.value(Severity::Warning))
                .arg(tally.value(Severity::Critical))
                .arg(tally.value(Severity::Unknown))
            + u'\n'
        : errorText(report.storeError); // the store's own message says what failed (save or read) and where
    const auto count
        = [&locale](const SideHealth& s) { return s.sample.count ? locale.toString(*s.sample.count) : tr("n/a"); };
    for (const IntegrationHealth& h : report.integrations) {
        out += u"\n%1  %2  %3 → %4\n"_s.arg(severityDisplayName(h.status).toUpper(), -8)
                   .arg(h.id, count(h.source), count(h.destination));
        if (h.values && h.values->compared() && h.values->sampled > 0) {
            const ValueCheckResult& v = *h.values;
            out += u"    %1\n"_s.arg(
                tr("values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)", nullptr, v.requests())
                    .arg(locale.toString(v.matched), locale.toString(v.sampled),
                        locale.toString(v.matchRateLow * 100, 'f', 1), locale.toString(v.matchRateHigh * 100, 'f', 1),
                        locale.toString(v.missingAtDestination)));
        } else if (h.values && !h.values->compared()) {
            out += u"    %1\n"_s.arg(tr("values: %1").arg(h.values->problem));
        }
        for (const Finding& f : h.findings) {
            out += u"    [%1] %2: %3\n"_s.arg(severityKey(f.severity), f.rule, f.message);
            if (!f.hint.isEmpty())
                out += u"        %1\n"_s.arg(tr("What to check: %1").arg(f.hint));
        }
    }
    if (!report.monitorFindings.isEmpty()) {
        out += u"\n%1\n"_s.arg(tr("Plumbline itself:"));
        for (const Finding& f : report.monitorFindings) {
            out += u"    [%1] %2: %3\n"_s.arg(severityKey(f.severity), f.rule, f.message);
            if (!f.hint.isEmpty())
                out += u"        %1\n"_s.arg(tr("What to check: %1").arg(f.hint));
        }
    }
    return out;
}

} // namespace plumbline
