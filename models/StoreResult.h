#pragma once

#include <QString>

namespace plumbline {

// The outcome of a store operation: ok, or a translated message saying what went wrong.
struct StoreResult
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    static StoreResult failure(const QString& message) { return { message }; }
};

} // namespace plumbline
