#pragma once

#include <MonitorRecords.h>
#include <RuleSettings.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plumbline {

// The person's preferences, kept in the settings file (AppPaths::settingsFile(), INI; PLUMBLINE_SETTINGS overrides
// it, and tests point it at a temporary file). Keys, by group:
//   [ui]            language (empty: the system's; en, de, fr, es), theme (system, light, dark), start_minimised
//   [notifications] desktop (true/false); an old `webhook_url` is moved into a channel and the keychain at start
//                   (AppContext::migrateLegacyWebhook) and removed from the file: no secret stays here
//   [checks]        interval_s, tolerance_pct, tolerance_abs, lag_grace_s: defaults for new integrations' checks
//   [retention]     raw_days, hourly_days (0: forever)
// Unknown or malformed values fall back to the defaults below; save() refuses invalid values and then writes nothing.
struct AppSettingsValues
{
    enum class Theme
    {
        System,
        Light,
        Dark,
    };

    QString language; // empty: follow the system
    Theme theme = Theme::System;
    bool startMinimised = false;
    bool desktopNotifications = true;
    // Defaults for new integrations' checks (and the thresholds the monitor falls back to).
    int intervalS = 300;
    double tolerancePct = 2.0;
    qint64 toleranceAbs = 10;
    int lagGraceS = 900;
    RetentionSettings retention;

    bool operator==(const AppSettingsValues&) const = default;
};

class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    using Values = AppSettingsValues;
    using Theme = AppSettingsValues::Theme;

    // Check intervals and retention outside these bounds are refused.
    static constexpr int kMinIntervalS = 60; // as the integration editor
    static constexpr int kMaxIntervalS = 7 * 86400;
    static constexpr int kMaxRetentionDays = 36500;

    explicit AppSettings(QString fileName);
    // The settings file of this user (AppPaths::settingsFile()).
    AppSettings();

    const QString& fileName() const { return m_fileName; }

    Values load() const;
    // Validates every value first: an error message (and nothing written), or an empty string once saved.
    QString save(const Values& values) const;

    // The URL of the one webhook of versions before 0.2 (empty when the file has none), and its removal once it is
    // in the keychain.
    QString legacyWebhookUrl() const;
    void forgetLegacyWebhookUrl() const;

    // Why a webhook URL is refused (a channel's), or an empty string. An empty URL is valid (not set).
    static QString webhookUrlError(const QString& url);
    static QString validate(const Values& values);

    // The languages Plumbline ships (ISO 639-1), and a language's name in that language.
    static QStringList languages();
    static QString languageName(const QString& code);
    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString& key);

    // The monitor's defaults: RuleSettings' built-in thresholds with the check defaults applied.
    static RuleSettings ruleDefaults(const Values& values);
    // The checks a new integration starts with.
    static Checks newChecks(const Values& values);

private:
    QString m_fileName;
};

} // namespace plumbline
