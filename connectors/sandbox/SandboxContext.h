#pragma once

#include "SandboxDataset.h"
#include "SandboxScenario.h"
#include "SandboxTokens.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace plumbline {

// What every vendor responder shares: the dataset, the scenarios in force, the accepted secrets, what the token
// endpoints handed out and the clock.
struct SandboxContext
{
    SandboxDataset dataset;
    SandboxScenarios scenarios;
    // connection id -> the one secret the sandbox accepts for it: the static token where the sandbox workspace's
    // connection uses a static method, its OAuth client secret otherwise (and for the token endpoints always).
    QHash<QString, QString> secrets;
    QHash<QString, QString> clientIds; // connection id -> the OAuth client id its token endpoint expects
    QSet<QString> staticSecrets; // connections whose secret is accepted as it is on API requests
    SandboxTokens tokens;
    QString baseUrl; // http://127.0.0.1:N once listening
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }
};

} // namespace plumbline
