// Connection rules: auth, permission, deprecation, rate_limit, unreachable, bad_response.

#include "Rules.h"

#include "RulesSupport.h"

using namespace Qt::StringLiterals;

namespace plumbline {

using namespace rules_detail;

namespace {

QJsonObject baseEvidence(const ConnectionFacts& f)
{
    QJsonObject ev;
    if (f.httpStatus != 0)
        ev.insert(u"http_status"_s, f.httpStatus);
    if (f.errorKind != ErrorKind::None)
        ev.insert(u"error_kind"_s, errorKindKey(f.errorKind));
    if (!f.errorMessage.isEmpty())
        ev.insert(u"error"_s, f.errorMessage);
    return ev;
}

QString statusSuffix(int httpStatus)
{
    return httpStatus != 0 ? Rules::tr(" (HTTP %1)").arg(httpStatus) : QString();
}

} // namespace

// ---- auth ----------------------------------------------------------------------------------------------------

QList<Finding> Rules::auth(const ConnectionFacts& facts, const VendorWords& vendor, const QDateTime& now)
{
    if (facts.errorKind == ErrorKind::GrantRefused) {
        // The token endpoint said no for good (ARCHITECTURE.md §11): renewing again cannot help, a person must act.
        const QString message = tr("%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's "
                                   "client id or secret changed")
                                    .arg(facts.connectionId);
        const QString hint = vendor.grantHint() + u' ' + signInAgainHint(facts.connectionId);
        return { finding(
            u"auth"_s, Severity::Critical, message, hint, baseEvidence(facts), QString(), facts.connectionId, now) };
    }
    const bool fires
        = facts.errorKind == ErrorKind::Auth || (facts.errorKind == ErrorKind::None && facts.httpStatus == 401);
    if (!fires)
        return {};
    const QString message = tr("%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped")
                                .arg(facts.connectionId, statusSuffix(facts.httpStatus));
    const QString hint = vendor.newKeyHint() + u' ' + pasteKeyHint(facts.connectionId);
    return { finding(
        u"auth"_s, Severity::Critical, message, hint, baseEvidence(facts), QString(), facts.connectionId, now) };
}

// ---- permission ----------------------------------------------------------------------------------------------

QList<Finding> Rules::permission(
    const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now)
{
    // A 403 whose kind is quota_exhausted (Salesforce REQUEST_LIMIT_EXCEEDED) is rate_limit's, not ours.
    const bool denied
        = facts.errorKind == ErrorKind::Permission || (facts.errorKind == ErrorKind::None && facts.httpStatus == 403);
    QJsonObject ev = baseEvidence(facts);
    std::optional<qint64> ageDays;
    if (facts.credentialSetAt && facts.credentialSetAt->isValid() && now.isValid()) {
        const qint64 secs = facts.credentialSetAt->secsTo(now);
        if (secs >= 0) // set "in the future" (clock skew): age unknown, no rotation warning
            ageDays = secs / 86400;
        ev.insert(u"credential_set_at"_s, isoOrNull(*facts.credentialSetAt));
        ev.insert(u"credential_age_days"_s, ageDays ? QJsonValue(*ageDays) : QJsonValue(QJsonValue::Null));
    }
    if (denied) {
        const QString message = tr("%1 accepted Plumbline's key but refused access%2: a permission or scope is missing")
                                    .arg(facts.connectionId, statusSuffix(facts.httpStatus));
        return { finding(
            u"permission"_s, Severity::Critical, message, vendor.scopeHint(), ev, QString(), facts.connectionId, now) };
    }
    if (settings.rotationDays > 0 && ageDays && *ageDays > settings.rotationDays) {
        ev.insert(u"rotation_days"_s, settings.rotationDays);
        const QString message = tr("The key of %1 is %2 days old; your policy is to replace keys every %3 days")
                                    .arg(facts.connectionId, num(*ageDays), num(settings.rotationDays));
        const QString hint = vendor.newKeyHint() + u' ' + pasteKeyHint(facts.connectionId) + u' '
            + tr("Revoke the old key afterwards so only the new one works.");
        return { finding(u"permission"_s, Severity::Warning, message, hint, ev, QString(), facts.connectionId, now) };
    }
    return {};
}

// ---- deprecation ---------------------------------------------------------------------------------------------

QList<Finding> Rules::deprecation(
    const ConnectionFacts& facts, const VendorWords& vendor, const RuleSettings& settings, const QDateTime& now)
{
    const bool retired = facts.retired || facts.httpStatus == 410 || facts.errorKind == ErrorKind::Gone;
    // The connector decides "fell forward" (it knows each vendor's version spelling); a different spelling of the
    // same version must not read as critical here.
    const bool fellForward = facts.fellForward;
    std::optional<qint64> daysLeft;
    std::optional<qint64> secsLeft;
    if (facts.sunset && facts.sunset->isValid() && now.isValid()) {
        secsLeft = now.secsTo(*facts.sunset);
        // Whole days, rounded down; a sunset already passed gives a negative number.
        daysLeft = *secsLeft >= 0 ? *secsLeft / 86400 : -((-*secsLeft + 86399) / 86400);
    }
    const qint64 warnS = static_cast<qint64>(settings.deprecationWarningDays) * 86400;
    const qint64 critS = static_cast<qint64>(settings.deprecationCriticalDays) * 86400;
    const bool sunsetCritical = secsLeft && *secsLeft <= critS;
    const bool sunsetWarning = secsLeft && *secsLeft <= warnS;

    Severity severity = Severity::Ok;
    if (retired || fellForward || sunsetCritical)
        severity = Severity::Critical;
    else if (facts.deprecated || sunsetWarning)
        severity = Severity::Warning;
    if (severity == Severity::Ok)
        return {};

    const QString requested = facts.requestedVersion.isEmpty() ? tr("(default)") : facts.requestedVersion;
    QJsonObject ev {
        { u"requested"_s, facts.requestedVersion },
        { u"served"_s, facts.servedVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(facts.servedVersion) },
        { u"sunset"_s, facts.sunset ? isoOrNull(*facts.sunset) : QJsonValue(QJsonValue::Null) },
        { u"days_left"_s, daysLeft ? QJsonValue(*daysLeft) : QJsonValue(QJsonValue::Null) },
        { u"notice"_s, facts.notice.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(facts.notice) },
        { u"deprecated"_s, facts.deprecated },
        { u"retired"_s, retired },
        { u"fell_forward"_s, fellForward },
    };
    if (facts.httpStatus != 0)
        ev.insert(u"http_status"_s, facts.httpStatus);

    QString message;
    if (retired) {
        message = tr("API version %1 of %2 has been retired%3: requests to it no longer work")
                      .arg(requested, facts.connectionId, statusSuffix(facts.httpStatus));
    } else if (fellForward) {
        message = tr("%1 answered with API version %2 instead of the requested %3: the old version is no longer "
                     "served")
                      .arg(facts.connectionId, facts.servedVersion.isEmpty() ? tr("(another)") : facts.servedVersion,
                          requested);
    } else if (daysLeft && *daysLeft < 0) {
        message = tr("API version %1 of %2 passed its end date %3 days ago and may stop working at any moment")
                      .arg(requested, facts.connectionId, num(-*daysLeft));
    } else if (daysLeft) {
        message = tr("API version %1 of %2 stops working on %3, in %n day(s)", nullptr, static_cast<int>(*daysLeft))
                      .arg(requested, facts.connectionId,
                          QLocale().toString(facts.sunset->toUTC().date(), QLocale::ShortFormat));
    } else {
        message = tr("API version %1 of %2 is deprecated").arg(requested, facts.connectionId);
    }
    if (!facts.notice.isEmpty())
        message += u": "_s + facts.notice.simplified().left(160);
    return { finding(
        u"deprecation"_s, severity, message, vendor.versionHint(), ev, QString(), facts.connectionId, now) };
}

// ---- rate_limit ----------------------------------------------------------------------------------------------

QList<Finding> Rules::rateLimit(const ConnectionFacts& facts, const RuleSettings& settings, const QDateTime& now)
{
    const bool exhausted = facts.errorKind == ErrorKind::QuotaExhausted;
    const bool throttled = facts.rateLimited || facts.errorKind == ErrorKind::RateLimited || facts.httpStatus == 429;
    std::optional<double> headroom;
    std::optional<qint64> remaining;
    if (facts.quotaRemaining && facts.quotaLimit && *facts.quotaLimit > 0) {
        remaining = qBound<qint64>(0, *facts.quotaRemaining, *facts.quotaLimit);
        headroom = static_cast<double>(*remaining) / static_cast<double>(*facts.quotaLimit) * 100.0;
    }
    const bool low = headroom && *headroom < settings.headroomWarningPct;
    const bool empty = remaining && *remaining == 0;
    if (!exhausted && !throttled && !low)
        return {};
    const Severity severity = (exhausted || empty) ? Severity::Critical : Severity::Warning;

    QJsonObject ev = baseEvidence(facts);
    ev.insert(u"remaining"_s, facts.quotaRemaining ? QJsonValue(*facts.quotaRemaining) : QJsonValue(QJsonValue::Null));
    ev.insert(u"limit"_s, facts.quotaLimit ? QJsonValue(*facts.quotaLimit) : QJsonValue(QJsonValue::Null));
    ev.insert(u"window_s"_s, facts.quotaWindowS ? QJsonValue(*facts.quotaWindowS) : QJsonValue(QJsonValue::Null));
    ev.insert(u"headroom_pct"_s, headroom ? QJsonValue(round1(*headroom)) : QJsonValue(QJsonValue::Null));
    if (facts.retryAfterMs)
        ev.insert(u"retry_after_ms"_s, *facts.retryAfterMs);
    ev.insert(u"rate_limited"_s, throttled);
    ev.insert(u"quota_exhausted"_s, exhausted);

    QString message;
    if (exhausted) {
        message = tr("%1 has used up its API quota%2: every system sharing it is refused until the quota resets")
                      .arg(facts.connectionId, statusSuffix(facts.httpStatus));
    } else if (headroom) {
        message = tr("%1 has %2 of %3 API calls left (%4 %)")
                      .arg(facts.connectionId, num(*remaining), num(*facts.quotaLimit), pct(*headroom));
        if (facts.quotaWindowS)
            message = tr("%1 has %2 of %3 API calls left in its %4 window (%5 %)")
                          .arg(facts.connectionId, num(*remaining), num(*facts.quotaLimit),
                              duration(*facts.quotaWindowS), pct(*headroom));
        if (throttled)
            message += tr(", and it answered \"too many requests\"");
    } else {
        message = facts.retryAfterMs ? tr("%1 answered \"too many requests\" and asked to wait %2")
                                           .arg(facts.connectionId, duration((*facts.retryAfterMs + 999) / 1000))
                                     : tr("%1 answered \"too many requests\"").arg(facts.connectionId);
    }
    const QString hint = tr("Plumbline uses only a few calls per check; something else is using this account's API "
                            "allowance heavily (another sync, an export, a new app or a script). Look at the "
                            "account's API usage page or ask whoever runs the other integrations; if it keeps "
                            "happening, spread scheduled jobs out or raise the plan's limit.");
    return { finding(u"rate_limit"_s, severity, message, hint, ev, QString(), facts.connectionId, now) };
}

// ---- unreachable / bad_response ------------------------------------------------------------------------------

QList<Finding> Rules::unreachable(const ConnectionFacts& facts, const QDateTime& now)
{
    const ErrorKind k = facts.errorKind;
    const bool fires = k == ErrorKind::Network || k == ErrorKind::Timeout || k == ErrorKind::Tls
        || k == ErrorKind::Server || (k == ErrorKind::None && facts.httpStatus >= 500 && facts.httpStatus <= 599);
    if (!fires)
        return {};
    QString message;
    QString hint;
    if (k == ErrorKind::Timeout) {
        message = tr("%1 did not answer in time, even after retrying").arg(facts.connectionId);
        hint = tr("Check the vendor's status page for an outage. If the vendor reports no problem, check this "
                  "computer's internet connection, proxy or VPN.");
    } else if (k == ErrorKind::Tls) {
        message
            = tr("The secure connection to %1 failed: its certificate could not be verified").arg(facts.connectionId);
        hint = tr("Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this "
                  "computer. Check the date and time, and ask IT whether a proxy intercepts connections to this "
                  "vendor; also check the connection's address.");
    } else if (k == ErrorKind::Network) {
        message = tr("%1 could not be reached: the address could not be found or the connection was refused")
                      .arg(facts.connectionId);
        hint = tr("Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) "
                  "in Plumbline; then check the vendor's status page.");
    } else {
        message = tr("%1 answered with a server error%2, even after retrying")
                      .arg(facts.connectionId, statusSuffix(facts.httpStatus));
        hint = tr("The problem is at the vendor. Check its status page; if it lasts, contact its support with the time "
                  "shown here. Nothing needs changing in Plumbline.");
    }
    return { finding(
        u"unreachable"_s, Severity::Critical, message, hint, baseEvidence(facts), QString(), facts.connectionId, now) };
}

QList<Finding> Rules::badResponse(const ConnectionFacts& facts, const QDateTime& now)
{
    if (facts.errorKind != ErrorKind::Parse)
        return {};
    const QString message = tr("%1 answered%2 but Plumbline could not read the answer: the API may have changed")
                                .arg(facts.connectionId, statusSuffix(facts.httpStatus));
    const QString hint = tr("Check the vendor's status page and developer changelog for a change to the API. Check the "
                            "connection's address and API version in Plumbline (a proxy or login page may answer "
                            "instead of the vendor). If it persists, update Plumbline.");
    return { finding(
        u"bad_response"_s, Severity::Warning, message, hint, baseEvidence(facts), QString(), facts.connectionId, now) };
}

} // namespace plumbline
