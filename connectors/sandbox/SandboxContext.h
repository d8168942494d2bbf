#pragma once

#include "SandboxDataset.h"
#include "SandboxScenario.h"

#include <QHash>
#include <functional>

namespace plumbline {

// What every vendor responder shares: the dataset, the scenarios in force, the accepted secrets and the clock.
struct SandboxContext
{
    SandboxDataset dataset;
    SandboxScenarios scenarios;
    QHash<QString, QString> secrets; // connection id -> the one secret the sandbox accepts for it
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }
};

} // namespace plumbline
