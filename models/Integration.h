#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace plumbline {

// One side of a data flow: an object at a connection, with an optional filter that makes counts comparable.
struct IntegrationSide
{
    QString connection;
    QString object;
    QJsonValue filter = QJsonValue::Null; // null, a string (e.g. SOQL WHERE) or an object (e.g. HubSpot filterGroups)

    bool operator==(const IntegrationSide&) const = default;
};

struct Middleware
{
    QString connection;
    QString ref; // Make scenario id, Zap id, ...

    bool operator==(const Middleware&) const = default;
};

struct FieldMapping
{
    QString source;
    QString destination;
    bool key = false;

    bool operator==(const FieldMapping&) const = default;
};

enum class Direction
{
    OneWay,
    TwoWay,
};

QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(const QString& key);
QString directionDisplayName(Direction direction);

// Check settings. Known keys are typed; keys added by later versions are carried in `extra` unchanged.
struct Checks
{
    int intervalS = 300;
    double tolerancePct = 2.0;
    qint64 toleranceAbs = 10;
    int lagGraceS = 900;
    QJsonObject extra;

    QJsonObject toJson() const;
    bool operator==(const Checks&) const = default;
};

// A data flow between two connections, with its mappings, checks and documentation (ARCHITECTURE.md, "Contracts").
struct Integration
{
    QString id;
    QString name;
    IntegrationSide source;
    IntegrationSide destination;
    Direction direction = Direction::OneWay;
    std::optional<Middleware> middleware;
    QList<FieldMapping> mappings;
    Checks checks;
    QString owner;
    QString purpose;
    QString runbook;
    QStringList notify; // channel ids its alerts go to (ARCHITECTURE.md §14); empty: the workspace's default channels

    QDateTime createdAt;
    QDateTime updatedAt;

    QStringList connectionIds() const;
    bool sameDefinition(const Integration& other) const;
};

} // namespace plumbline
