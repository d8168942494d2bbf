#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace plumbline {

// The transport rule (ARCHITECTURE.md, "Vendors") as one predicate for the store, the editors and the transport: https
// to anywhere, plain http only to this computer (localhost, 127.0.0.0/8, ::1).
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    static bool isLoopbackHost(const QString& host);
    static bool isAllowed(const QUrl& url);
    // Why `text` cannot be an API address, translated; empty when it can.
    static QString problem(const QString& text);
};

} // namespace plumbline
