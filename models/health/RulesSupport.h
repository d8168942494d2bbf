#pragma once

// Internal helpers shared by the rule implementations (Rules*.cpp). Not part of the models' API.

#include "../ErrorKind.h"
#include "Finding.h"
#include "HealthFacts.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace plumbline::rules_detail {

// Grouped number in the user's locale: 1,200.
QString num(qint64 value);
// Signed grouped number: +1,200 / -70 / 0.
QString signedNum(qint64 value);
// One decimal in the user's locale: 5.8.
QString pct(double value);
// Rounded to one decimal, for the evidence (JSON): 5.8.
double round1(double value);
// "25 min", "2 h 5 min", "3 days" (translated).
QString duration(qint64 seconds);
// ISO 8601 UTC, or null.
QJsonValue isoOrNull(const QDateTime& dt);
QJsonValue countOrNull(const std::optional<qint64>& count);
// A count that can be used: read, and not negative (a negative count is a broken answer, never a number).
std::optional<qint64> usable(const std::optional<qint64>& count);
// Seconds from `from` to `now`, never negative (a timestamp in the future counts as "just now").
qint64 ageS(const QDateTime& from, const QDateTime& now);

// The longest message and hint a finding carries (characters); longer texts end in "…".
constexpr qsizetype kMaxMessage = 600;
constexpr qsizetype kMaxHint = 1500;
QString bounded(const QString& text, qsizetype limit);

Finding finding(const QString& rule, Severity severity, const QString& message, const QString& hint,
    const QJsonObject& evidence, const QString& integrationId, const QString& connectionId, const QDateTime& at);

// What kept a count from being read, for people: "hubspot-main rejected Plumbline's key" (translated). Empty for a
// kind that has a finding of its own on the integration (not_found).
QString whyUnread(ErrorKind errorKind, const QString& connectionId);

// How the rules name a connection of an integration: its display name from the facts, else its id.
QString connectionName(const IntegrationFacts& facts, const QString& connectionId);

// "In Plumbline: Connections › select <id> › Set API key… (Ctrl+K) …" (translated).
QString pasteKeyHint(const QString& connectionId);
QString signInAgainHint(const QString& connectionId);

} // namespace plumbline::rules_detail
