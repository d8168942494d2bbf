#include "AppSettings.h"

#include "../AppPaths.h"

#include <Transport.h>

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const QString kLanguage = u"ui/language"_s;
const QString kTheme = u"ui/theme"_s;
const QString kStartMinimised = u"ui/start_minimised"_s;
const QString kDesktop = u"notifications/desktop"_s;
// Until 0.2 the one webhook's URL, in plain text; now only read to move it into a channel and the keychain.
const QString kWebhookUrl = u"notifications/webhook_url"_s;
const QString kInterval = u"checks/interval_s"_s;
const QString kTolerancePct = u"checks/tolerance_pct"_s;
const QString kToleranceAbs = u"checks/tolerance_abs"_s;
const QString kLagGrace = u"checks/lag_grace_s"_s;
const QString kRawDays = u"retention/raw_days"_s;
const QString kHourlyDays = u"retention/hourly_days"_s;

template <typename T> T number(const QSettings& s, const QString& key, T fallback, T min, T max)
{
    bool ok = false;
    const QVariant v = s.value(key);
    if (!v.isValid())
        return fallback;
    T value {};
    if constexpr (std::is_floating_point_v<T>)
        value = static_cast<T>(v.toString().toDouble(&ok));
    else
        value = static_cast<T>(v.toString().toLongLong(&ok));
    return ok && value >= min && value <= max ? value : fallback;
}

bool boolean(const QSettings& s, const QString& key, bool fallback)
{
    const QString v = s.value(key).toString().trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return true;
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return false;
    return fallback;
}

} // namespace

AppSettings::AppSettings(QString fileName)
    : m_fileName(std::move(fileName))
{
}

AppSettings::AppSettings()
    : AppSettings(AppPaths::settingsFile())
{
}

QStringList AppSettings::languages()
{
    return { u"en"_s, u"de"_s, u"fr"_s, u"es"_s };
}

QString AppSettings::languageName(const QString& code)
{
    // Each language in its own name, so a person can find theirs whatever the current language is.
    if (code == u"en")
        return u"English"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"fr")
        return u"Français"_s;
    if (code == u"es")
        return u"Español"_s;
    return code;
}

QString AppSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

AppSettings::Theme AppSettings::themeFromKey(const QString& key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

AppSettings::Values AppSettings::load() const
{
    const QSettings s(m_fileName, QSettings::IniFormat);
    const Values d;
    Values v;
    const QString language = s.value(kLanguage).toString().trimmed().toLower();
    v.language = languages().contains(language) ? language : QString();
    v.theme = themeFromKey(s.value(kTheme).toString().trimmed().toLower());
    v.startMinimised = boolean(s, kStartMinimised, d.startMinimised);
    v.desktopNotifications = boolean(s, kDesktop, d.desktopNotifications);
    v.intervalS = number<int>(s, kInterval, d.intervalS, kMinIntervalS, kMaxIntervalS);
    v.tolerancePct = number<double>(s, kTolerancePct, d.tolerancePct, 0.0, 100.0);
    v.toleranceAbs = number<qint64>(s, kToleranceAbs, d.toleranceAbs, 0, 1000000000);
    v.lagGraceS = number<int>(s, kLagGrace, d.lagGraceS, 0, 7 * 86400);
    v.retention.rawDays = number<int>(s, kRawDays, d.retention.rawDays, 0, kMaxRetentionDays);
    v.retention.hourlyDays = number<int>(s, kHourlyDays, d.retention.hourlyDays, 0, kMaxRetentionDays);
    return v;
}

QString AppSettings::legacyWebhookUrl() const
{
    const QSettings s(m_fileName, QSettings::IniFormat);
    return s.value(kWebhookUrl).toString().trimmed();
}

void AppSettings::forgetLegacyWebhookUrl() const
{
    QSettings s(m_fileName, QSettings::IniFormat);
    s.remove(kWebhookUrl);
    s.sync();
}

QString AppSettings::webhookUrlError(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…");
    if (!Transport::isAllowedUrl(url))
        return tr("The webhook URL must start with https:// (plain http:// is allowed only to this computer).");
    return {};
}

QString AppSettings::validate(const Values& v)
{
    if (!v.language.isEmpty() && !languages().contains(v.language))
        return tr("Plumbline is not available in the language \"%1\".").arg(v.language);
    if (v.intervalS < kMinIntervalS || v.intervalS > kMaxIntervalS)
        return tr("The check interval must be between %L1 and %L2 seconds.").arg(kMinIntervalS).arg(kMaxIntervalS);
    if (v.tolerancePct < 0.0 || v.tolerancePct > 100.0)
        return tr("The tolerance must be between 0 and 100 %.");
    if (v.toleranceAbs < 0 || v.toleranceAbs > 1000000000)
        return tr("The tolerance in records must be between 0 and %L1.").arg(1000000000);
    if (v.lagGraceS < 0 || v.lagGraceS > 7 * 86400)
        return tr("The lag grace must be between 0 seconds and 7 days.");
    if (v.retention.rawDays < 0 || v.retention.rawDays > kMaxRetentionDays || v.retention.hourlyDays < 0
        || v.retention.hourlyDays > kMaxRetentionDays) {
        return tr("Retention must be between 0 (keep forever) and %L1 days.").arg(kMaxRetentionDays);
    }
    return {};
}

QString AppSettings::save(const Values& v) const
{
    if (const QString error = validate(v); !error.isEmpty())
        return error;
    QSettings s(m_fileName, QSettings::IniFormat);
    s.setValue(kLanguage, v.language);
    s.setValue(kTheme, themeKey(v.theme));
    s.setValue(kStartMinimised, v.startMinimised);
    s.setValue(kDesktop, v.desktopNotifications);
    s.setValue(kInterval, v.intervalS);
    s.setValue(kTolerancePct, v.tolerancePct);
    s.setValue(kToleranceAbs, v.toleranceAbs);
    s.setValue(kLagGrace, v.lagGraceS);
    s.setValue(kRawDays, v.retention.rawDays);
    s.setValue(kHourlyDays, v.retention.hourlyDays);
    s.sync();
    if (s.status() != QSettings::NoError)
        return tr("The settings could not be written to %1.").arg(m_fileName);
    return {};
}

RuleSettings AppSettings::ruleDefaults(const Values& v)
{
    RuleSettings r;
    r.intervalS = v.intervalS;
    r.tolerancePct = v.tolerancePct;
    r.toleranceAbs = v.toleranceAbs;
    r.lagGraceS = v.lagGraceS;
    return r;
}

Checks AppSettings::newChecks(const Values& v)
{
    Checks c;
    c.intervalS = v.intervalS;
    c.tolerancePct = v.tolerancePct;
    c.toleranceAbs = v.toleranceAbs;
    c.lagGraceS = v.lagGraceS;
    return c;
}

} // namespace plumbline
